// A stream's text is shown as a terminal would finally show it (as Jupyter does): carriage
// returns overwrite the line, cursor-up reaches the lines above, and writes may split anything.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { TerminalText } from '../../web/app/terminal-text.js';

const shown = (...writes) => {
  const terminal = new TerminalText();
  for (const text of writes) terminal.write(text);
  return terminal.text;
};

test('plain text and newlines are shown as written', () => {
  assert.equal(shown('epoch 1\n', 'epoch 2\n', 'done'), 'epoch 1\nepoch 2\ndone');
});

test('a carriage return overwrites the line from its start, character by character', () => {
  assert.equal(shown('\r  0%|   | 0/3', '\r 33%|#  | 1/3', '\r100%|###| 3/3\n'), '100%|###| 3/3\n');
  assert.equal(shown('loading...\rok'), 'okading...');
  assert.equal(shown('abc\r\ndef'), 'abc\ndef');
});

test('text after a bar that ended with a newline starts a new line', () => {
  assert.equal(shown('\rtrain: 100%|##| 2/2\n', 'loss 0.25\n'), 'train: 100%|##| 2/2\nloss 0.25\n');
});

test('a bar that does not leave clears its line with spaces', () => {
  assert.equal(shown('before\n', '\r 50%|#  | 1/2', '\r' + ' '.repeat(14) + '\r', 'after\n'), 'before\nafter         \n');
});

test('cursor-up reaches the line above, as tqdm draws a nested bar', () => {
  // tqdm's inner bar at position 1: down a line, draw, back up.
  const outer = '\router:   0%| | 0/2';
  const inner = (n) => `\n\rinner: ${n}/3\x1b[A`;
  assert.equal(shown(outer, inner(1), inner(3), '\router:  50%| | 1/2'), 'outer:  50%| | 1/2\ninner: 3/3');
  assert.equal(shown('a\nb\nc', '\x1b[2A\rX'), 'X\nb\nc');
  assert.equal(shown('top', '\x1b[5A', 'Z'), 'topZ');
});

test('a carriage return or escape split between writes still takes effect', () => {
  assert.equal(shown('one\ntwo\x1b', '[A\rONE'), 'ONE\ntwo');
  assert.equal(shown('one\ntwo\x1b[', 'A\rONE'), 'ONE\ntwo');
  assert.equal(shown('abc\r', 'X'), 'Xbc');
});

test('other escape sequences are text', () => {
  assert.equal(shown('\x1b[31mred\x1b[0m'), '\x1b[31mred\x1b[0m');
  assert.equal(shown('\x1b', 'x'), '\x1bx');
});

test('write says whether it only appended at the end, so a view may append instead of redraw', () => {
  const terminal = new TerminalText();
  assert.equal(terminal.write('a line\n'), true);
  assert.equal(terminal.write('more'), true);
  assert.equal(terminal.write('\rMORE'), false);
  assert.equal(terminal.write(' and more'), true);
  assert.equal(terminal.write('x\x1b'), false);
  assert.equal(terminal.write('[A'), false);
  assert.equal(terminal.write('y'), false); // the cursor is now on the line above
  assert.equal(terminal.text, 'a line        y\nMORE and morex'); // up keeps the column
});
