// Embedded notebooks live in a shadow root: the host page's styles cannot reach in and ours
// cannot leak out. Only CSS custom properties cross the boundary, which is how a host themes
// them (--gradbook-accent and the other --gradbook-* variables of notebook.css).
import { siteAssets } from '../app/site-assets.js';

/** Gives `host` a shadow root with the notebook's stylesheet; resolves once it has loaded. */
export function isolatedRoot(host) {
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  // Gradbook on another origin (a CDN, which must send CORS headers for its modules anyway):
  // fetched with CORS, the sheet's rules can be read to share its fonts.
  style.crossOrigin = 'anonymous';
  style.href = siteAssets.shadowCSS;
  root.append(style);
  const loaded = new Promise((resolve) => {
    style.onload = () => resolve(shareFontFaces(style.sheet));
    style.onerror = resolve;
  });
  return { root, loaded };
}

let fontsShared = false;

// Chromium ignores @font-face rules inside a shadow root, so KaTeX's fonts are declared once
// in the document, with their URLs made absolute. They add font families and style nothing.
function shareFontFaces(sheet) {
  if (fontsShared) return;
  fontsShared = true;
  let rules;
  try {
    rules = [...sheet.cssRules].filter((rule) => rule instanceof CSSFontFaceRule);
  } catch {
    return; // unreadable (a host without CORS headers): math falls back to other fonts
  }
  const absolute = (text) => text.replace(/url\("?([^")]+)"?\)/g, (_, url) => `url("${new URL(url, sheet.href)}")`);
  const fonts = document.createElement('style');
  fonts.dataset.gradbookFonts = '';
  fonts.textContent = rules.map((rule) => absolute(rule.cssText)).join('\n');
  document.head.append(fonts);
}
