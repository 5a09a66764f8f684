// "Open a lesson file": a .ipynb or Markdown lesson from disk is checked, kept in the browser
// (it has no URL to load again) under a key made from its content, and opened as its own page.
import { parseLesson } from '../lesson-format/index.mjs';
import { saveOpenedFile } from './storage.js';
import { showNotice } from './notice.js';

export function setUpOpenFile({ button, input }) {
  button.addEventListener('click', () => {
    button.closest('details')?.removeAttribute('open');
    input.click();
  });
  input.addEventListener('change', async () => {
    const file = input.files[0];
    input.value = '';
    if (!file) return;
    try {
      const text = await file.text();
      parseLesson(file.name, text); // refuse a broken file here, not on the next page
      const { key, problem } = saveOpenedFile(file.name, text);
      if (problem) throw new Error(`it cannot be kept in this browser: ${problem}`);
      location.assign(`?file=${key}`);
    } catch (error) {
      showNotice(`Could not open “${file.name}”: ${error.message}`, { kind: 'error', tag: 'open-failed' });
    }
  });
}
