// The inline CSS a lesson or a cell's HTML may keep: how its own text and boxes look (colours,
// font weight, style and size, alignment, spacing, borders, widths), within limits. Nothing
// that takes an element out of its place or over others (position, z-index, transforms,
// negative margins, display, visibility), fetches (url(), image-set()) or reads the page's
// variables (var()) gets through: the markup must not dress up the page around it.
// docs/sanitizing.md lists the rules.

const COLOR = /^(#[0-9a-f]{3,8}|[a-z]+|(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([\d\s.,%/a-z-]*\))$/i;

/** A non-negative length with at most `limits[unit]` of each unit (a bare 0 is always fine). */
const length = (limits, keywords = []) => (value) => {
  if (keywords.includes(value)) return true;
  const match = /^(\d+(?:\.\d+)?)(px|em|rem|%)?$/.exec(value);
  if (!match) return false;
  const [, number, unit] = match;
  return unit ? Number(number) <= (limits[unit] ?? -1) : Number(number) === 0;
};
const oneOf = (...words) => (value) => words.includes(value);
const color = (value) => COLOR.test(value) && !/\b(var|env|attr|url)\(/i.test(value);

const SPACING = length({ px: 64, em: 4, rem: 4, '%': 10 });
const BORDER_WIDTH = length({ px: 8, em: 0.5, rem: 0.5 }, ['thin', 'medium', 'thick']);
const BORDER_STYLE = oneOf('none', 'hidden', 'solid', 'dashed', 'dotted', 'double', 'groove', 'ridge', 'inset', 'outset');
const RADIUS = length({ px: 32, em: 2, rem: 2, '%': 50 });
const SIDES = ['top', 'right', 'bottom', 'left'];
const CORNERS = ['top-left', 'top-right', 'bottom-right', 'bottom-left'];

// Longhand properties (the browser expands shorthands such as `margin` or `border` into these).
const ALLOWED = new Map([
  ['color', color],
  ['background-color', color],
  ['font-weight', (value) => /^(normal|bold|bolder|lighter|[1-9]00)$/.test(value)],
  ['font-style', oneOf('normal', 'italic', 'oblique')],
  ['font-size', length({ px: 48, em: 3, rem: 3, '%': 300 }, ['small', 'medium', 'large', 'x-large', 'smaller', 'larger'])],
  ['font-family', (value) => /^[\w\s,"'-]+$/.test(value)],
  ['text-align', oneOf('left', 'right', 'center', 'justify', 'start', 'end')],
  ['vertical-align', oneOf('baseline', 'top', 'middle', 'bottom', 'sub', 'super', 'text-top', 'text-bottom')],
  ['text-decoration-line', (value) => /^(none|((underline|overline|line-through)\s*)+)$/.test(value)],
  ['text-decoration-style', oneOf('solid', 'double', 'dotted', 'dashed', 'wavy')],
  ['text-decoration-color', color],
  ['width', length({ px: 1200, em: 75, rem: 75, '%': 100 }, ['auto'])],
  ['max-width', length({ px: 1200, em: 75, rem: 75, '%': 100 }, ['none'])],
  ['border-collapse', oneOf('collapse', 'separate')],
  ...SIDES.map((side) => [`margin-${side}`, (value) => value === 'auto' || SPACING(value)]),
  ...SIDES.map((side) => [`padding-${side}`, SPACING]),
  ...SIDES.map((side) => [`border-${side}-width`, BORDER_WIDTH]),
  ...SIDES.map((side) => [`border-${side}-style`, BORDER_STYLE]),
  ...SIDES.map((side) => [`border-${side}-color`, color]),
  ...CORNERS.map((corner) => [`border-${corner}-radius`, (value) => value.split(' ').every(RADIUS)]),
]);

// Parsed by an element of a document that renders nothing and loads nothing.
const parser = document.implementation.createHTMLDocument('').createElement('div');

/** The declarations of a style attribute's text that are allowed, as style text ('' for none). */
export function safeInlineStyle(text) {
  parser.style.cssText = text;
  const kept = [...parser.style]
    .map((name) => [name, parser.style.getPropertyValue(name)])
    .filter(([name, value]) => ALLOWED.get(name)?.(value));
  parser.style.cssText = '';
  for (const [name, value] of kept) parser.style.setProperty(name, value);
  return parser.style.cssText; // shorthands again where all their longhands were kept
}
