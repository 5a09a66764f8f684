// The top bar's parts that every page built from index.html has (the course page and the
// single-file lesson): the File menu's progress export and theme item, the bar's phone layout
// and the page's keyboard shortcuts.
import { setUpProgressExport } from './exercise-export.js';
import { setUpThemeSwitch } from './theme.js';
import { setUpTopbar } from './topbar.js';
import { setUpPageKeys } from './page-keys.js';

export function setUpPageChrome() {
  setUpProgressExport(document.getElementById('export-progress'));
  setUpThemeSwitch(document.getElementById('theme-switch'));
  setUpTopbar(document.querySelector('.topbar'), document.getElementById('file-menu'));
  setUpPageKeys();
}
