// Light or dark: the page follows the system (prefers-color-scheme) until the learner picks the
// other one with File › Dark theme (or Light theme). The choice is kept in localStorage, so every
// page of the site follows it (the course, its lessons, the iframe embed) and other open tabs switch too. A
// choice that matches the system again is forgotten: the page then follows the system.
const KEY = 'gradbook:theme';
const SYSTEM_DARK = matchMedia('(prefers-color-scheme: dark)');

const systemTheme = () => (SYSTEM_DARK.matches ? 'dark' : 'light');
const shownTheme = () => document.documentElement.dataset.theme ?? systemTheme();

function storedTheme() {
  try {
    const theme = localStorage.getItem(KEY);
    return theme === 'dark' || theme === 'light' ? theme : null;
  } catch {
    return null; // storage denied (a file:// page in some browsers): follow the system
  }
}

function storeTheme(theme) {
  try {
    if (theme) localStorage.setItem(KEY, theme);
    else localStorage.removeItem(KEY);
  } catch {
    // not remembered, but this page still switches
  }
}

/** Shows the page in the theme the learner chose on this site, if any (theme.css). */
export function applyStoredTheme(theme = storedTheme()) {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

/** Makes `button` switch between light and dark; its label names the theme it switches to. */
export function setUpThemeSwitch(button) {
  const sign = document.createElement('span');
  sign.setAttribute('aria-hidden', 'true');
  const words = document.createElement('span');
  words.className = 'theme-switch-words';
  button.replaceChildren(sign, words);
  const label = () => {
    const other = shownTheme() === 'dark' ? 'light' : 'dark';
    sign.textContent = other === 'dark' ? '☾' : '☀';
    words.textContent = other === 'dark' ? 'Dark theme' : 'Light theme';
    button.title = `Show the page in ${other} colours (remembered on this site)`;
  };
  button.addEventListener('click', () => {
    const chosen = shownTheme() === 'dark' ? 'light' : 'dark';
    const kept = chosen === systemTheme() ? null : chosen;
    storeTheme(kept);
    applyStoredTheme(kept);
    label();
  });
  SYSTEM_DARK.addEventListener('change', label);
  addEventListener('storage', (event) => {
    if (event.key !== KEY && event.key !== null) return; // null: storage cleared
    applyStoredTheme();
    label();
  });
  label();
}
