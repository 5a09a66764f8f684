// The styles an exported page needs (export-html.js), taken from the page's own style sheets:
// every rule that styles something in the exported document, the @media and @page rules around
// them, and the fonts those rules name (KaTeX's) inlined as data: URLs, so the page looks as the
// notebook did with no file beside it. It is always the light look: it is made for paper.

const PSEUDO_ELEMENT = /::?(before|after|first-line|first-letter|marker|placeholder|selection|backdrop|-webkit-[\w-]+|-moz-[\w-]+)\b/g;

/** @param {Document} exported  the exported page, parsed (never shown) */
export async function stylesFor(exported) {
  const fontFaces = [];
  const kept = [];
  for (const sheet of document.styleSheets) kept.push(...rulesOf(sheet, exported, fontFaces));
  const css = kept.join('\n');
  // A family the kept rules name (KaTeX names its own, e.g. KaTeX_Main, in `font` and `font-family`).
  const used = fontFaces.filter((rule) => css.includes(unquote(rule.style.getPropertyValue('font-family'))));
  const fonts = await Promise.all(used.map(inlineFontFace));
  return [...fonts, css].join('\n');
}

function rulesOf(sheet, exported, fontFaces) {
  let rules;
  try {
    rules = sheet.cssRules;
  } catch {
    return []; // another origin's sheet: the page has none of its own there
  }
  return [...rules].flatMap((rule) => ruleText(rule, exported, fontFaces));
}

function ruleText(rule, exported, fontFaces) {
  if (rule instanceof CSSImportRule) return rule.styleSheet ? rulesOf(rule.styleSheet, exported, fontFaces) : [];
  if (rule instanceof CSSFontFaceRule) {
    fontFaces.push(rule);
    return [];
  }
  if (rule instanceof CSSStyleRule) return styles(exported, rule.selectorText) ? [rule.cssText] : [];
  if (rule instanceof CSSPageRule) return [rule.cssText];
  if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule) {
    if (/prefers-color-scheme/.test(rule.conditionText)) return [];
    const inner = [...rule.cssRules].flatMap((child) => ruleText(child, exported, fontFaces));
    return inner.length ? [`${rule instanceof CSSMediaRule ? '@media' : '@supports'} ${rule.conditionText} {\n${inner.join('\n')}\n}`] : [];
  }
  return []; // animations and the like: a printed page has no use for them
}

// Whether `selectorText` matches anything in the document; each selector of a list is tried on
// its own, so one the browser cannot query (a vendor pseudo-class) does not drop the others.
function styles(exported, selectorText) {
  const query = (selector) => {
    try {
      return exported.querySelector(selector.replace(PSEUDO_ELEMENT, '') || '*') !== null;
    } catch {
      return false;
    }
  };
  return (selectorText.includes(',') ? splitSelectors(selectorText) : [selectorText]).some(query);
}

function splitSelectors(list) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((part) => part.trim());
}

const unquote = (name) => name.trim().replace(/^["']|["']$/g, '');

// A font face with its files as data: URLs (fetched from where the sheet found them, once per
// page: the site's font files never change under a page, their names carry their content's hash).
const fontData = new Map();
async function inlineFontFace(rule) {
  const base = rule.parentStyleSheet?.href ?? document.baseURI;
  let text = rule.cssText;
  for (const [whole, , url] of rule.cssText.matchAll(/url\((["']?)([^"')]+)\1\)/g)) {
    if (url.startsWith('data:')) continue;
    const href = new URL(url, base).href;
    if (!fontData.has(href)) fontData.set(href, fetchDataURL(href));
    text = text.replace(whole, `url("${await fontData.get(href)}")`);
  }
  return text;
}

async function fetchDataURL(href) {
  const response = await fetch(href);
  if (!response.ok) {
    fontData.delete(href);
    throw new Error(`a font could not be read (HTTP ${response.status})`);
  }
  return dataURL(await response.blob());
}

/** A blob as a data: URL. */
export function dataURL(blob) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}
