// The embed script (dist/gradbook-embed.js): one <script type="module"> tag on any page defines
// <gradbook-notebook> and upgrades the page's <pre data-gradbook> blocks. The tag's `data-preload`
// attribute starts Python at once instead of on the first run.
import { upgradeCodeBlocks } from './code-blocks.js';
import { GradbookNotebook } from './notebook-element.js';
import { pageRuntime } from './page-runtime.js';

if (!customElements.get('gradbook-notebook')) customElements.define('gradbook-notebook', GradbookNotebook);
if (document.querySelector('script[src*="gradbook-embed"][data-preload]')) pageRuntime();
// Module scripts run after the document is parsed, so every block is already there.
upgradeCodeBlocks();
