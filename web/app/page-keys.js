// The app page's keyboard: the File menu as a WAI-ARIA menu button, and the shortcuts dialog,
// opened with ? or from File ▸ Keyboard shortcuts. Used by the site's page and the single files.
import { menuButton } from './menu-button.js';
import { shortcutHelp } from './shortcut-help.js';

export function setUpPageKeys() {
  const menu = document.getElementById('file-menu');
  menuButton(menu);
  const showHelp = shortcutHelp(document, document.body);
  document.getElementById('keyboard-help').addEventListener('click', () => {
    menu.open = false;
    showHelp();
  });
}
