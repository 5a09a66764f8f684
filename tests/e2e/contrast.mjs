// The text on a page whose contrast with what is behind it is below WCAG AA (4.5:1, or 3:1 for
// large text). Runs in the page (page.evaluate). The colour behind a text is the nearest opaque
// background up its ancestors (through shadow roots); for SVG text, the nearest filled shape a
// group draws under it (a graph's node or label box, a plot's legend). Opacity on the way
// (recorded outputs) fades the text into that background; what is fully transparent is not shown. Disabled controls are exempt,
// as WCAG exempts inactive components.
export function lowContrastText() {
  const parse = (color) => {
    if (!/^rgba?\(/.test(color)) return null; // no plain colour (an SVG paint server, none)
    const [r, g, b, a = 1] = color.match(/[\d.]+/g).map(Number);
    return { r, g, b, a };
  };
  const luminance = ({ r, g, b }) => {
    const linear = (c) => (c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const ratio = (x, y) => {
    const [light, dark] = [luminance(x), luminance(y)].sort((p, q) => q - p);
    return (light + 0.05) / (dark + 0.05);
  };
  const up = (element) => element.parentElement ?? element.getRootNode().host ?? null;
  const backgroundOf = (element) => {
    for (let e = element; e; e = up(e)) {
      const background = parse(getComputedStyle(e).backgroundColor);
      if (background?.a >= 0.5) return background;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const opacityOf = (element) => {
    let opacity = 1;
    for (let e = element; e; e = up(e)) opacity *= Number(getComputedStyle(e).opacity);
    return opacity;
  };
  const fade = (color, background, opacity) => ({
    r: color.r * opacity + background.r * (1 - opacity),
    g: color.g * opacity + background.g * (1 - opacity),
    b: color.b * opacity + background.b * (1 - opacity),
  });

  // The nearest filled rect a group up the SVG draws under the whole text (a graph's node or
  // label box, a legend's box): not a legend's colour swatch beside it, not a plot's frame.
  const shapeBehind = (element) => {
    const text = element.getBoundingClientRect();
    const covers = (rect) => {
      const box = rect.getBoundingClientRect();
      return box.left <= text.left && box.right >= text.right && box.top <= text.top && box.bottom >= text.bottom;
    };
    for (let group = element.parentElement; group && group.localName !== 'svg'; group = group.parentElement) {
      const shape = [...group.querySelectorAll(':scope > rect')].find((rect) => parse(getComputedStyle(rect).fill) && covers(rect));
      if (shape) return shape;
    }
    return null;
  };

  const texts = [];
  const collect = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) collect(element.shadowRoot);
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
      if (ownText && element.getClientRects().length && !element.closest('button:disabled, [aria-disabled="true"], style, script, title')) texts.push(element);
    }
  };
  collect(document);

  const problems = [];
  for (const element of texts) {
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden') continue;
    let color;
    let background;
    if (element instanceof SVGElement) {
      const shape = shapeBehind(element);
      color = parse(style.fill);
      background = shape ? parse(getComputedStyle(shape).fill) : backgroundOf(element.closest('svg'));
      if (!color || !background) continue;
    } else {
      color = parse(style.color);
      background = backgroundOf(element);
    }
    const opacity = opacityOf(element) * color.a;
    if (opacity < 0.1) continue; // not shown (a cell's toolbar until the cell is hovered)
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const contrast = ratio(fade(color, background, opacity), background);
    if (contrast < (large ? 3 : 4.5)) {
      problems.push(`${contrast.toFixed(2)}: "${element.textContent.trim().slice(0, 40)}" (${element.localName}.${String(element.className.baseVal ?? element.className).split(' ')[0]}) ${style.color ?? ''} on rgb(${background.r}, ${background.g}, ${background.b})`);
    }
  }
  return problems;
}
