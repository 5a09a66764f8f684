// Two tabs on one lesson: merging the other tab's saved cells into this tab's, cell by cell.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { mergeCells } from '../../web/app/merge-cells.js';

const cell = (id, source, type = 'code') => ({ type, source, id });
const BASE = [cell('a', 'x = 1'), cell('b', 'y = 2'), cell('c', '# Notes', 'markdown')];
const sources = ({ cells }) => cells.map((c) => `${c.id}:${c.source}`);

test('changes to different cells in the two tabs are both kept', () => {
  const ours = [cell('a', 'x = 10'), BASE[1], BASE[2]];
  const theirs = [BASE[0], cell('b', 'y = 20'), BASE[2]];
  assert.deepEqual(sources(mergeCells(BASE, ours, theirs)), ['a:x = 10', 'b:y = 20', 'c:# Notes']);
});

test('a cell changed in both tabs keeps both versions, the other tab’s just below', () => {
  const ours = [cell('a', 'x = "here"'), BASE[1], BASE[2]];
  const theirs = [cell('a', 'x = "there"'), BASE[1], BASE[2]];
  const merged = mergeCells(BASE, ours, theirs);
  assert.deepEqual(sources(merged), ['a:x = "here"', 'a-other-tab:x = "there"', 'b:y = 2', 'c:# Notes']);
  assert.deepEqual(merged.conflicts.map((c) => c.source), ['x = "there"']);
});

test('the same change made in both tabs is no conflict', () => {
  const both = [cell('a', 'x = 3'), BASE[1], BASE[2]];
  assert.deepEqual(mergeCells(BASE, both, both), { cells: both, conflicts: [] });
});

test('when only the other tab changed anything, its cells are taken as they are', () => {
  const theirs = [BASE[2], cell('n', 'new()'), BASE[0]];
  assert.deepEqual(mergeCells(BASE, BASE, theirs).cells, theirs);
});

test('a cell added in one tab comes in after the cell it followed there', () => {
  const ours = [BASE[0], cell('mine', 'mine()'), BASE[1], BASE[2]];
  const theirs = [BASE[0], BASE[1], cell('theirs', 'theirs()'), BASE[2]];
  assert.deepEqual(sources(mergeCells(BASE, ours, theirs)), ['a:x = 1', 'mine:mine()', 'b:y = 2', 'theirs:theirs()', 'c:# Notes']);
});

test('a deleted cell stays deleted, unless the other tab changed it', () => {
  const ours = [BASE[0], BASE[2]]; // deleted b
  assert.deepEqual(sources(mergeCells(BASE, ours, BASE)), ['a:x = 1', 'c:# Notes']);
  const theirs = [BASE[0], cell('b', 'y = 99'), BASE[2]];
  assert.deepEqual(sources(mergeCells(BASE, ours, theirs)), ['a:x = 1', 'b:y = 99', 'c:# Notes']);
});

test('a move in one tab and an edit in the other both survive', () => {
  const ours = [BASE[1], BASE[0], BASE[2]]; // moved b up
  const theirs = [BASE[0], BASE[1], cell('c', '# Edited', 'markdown')];
  assert.deepEqual(sources(mergeCells(BASE, ours, theirs)), ['b:y = 2', 'a:x = 1', 'c:# Edited']);
  assert.deepEqual(sources(mergeCells(BASE, theirs, ours)), ['b:y = 2', 'a:x = 1', 'c:# Edited']);
});

test('cells are compared by what they hold, not by the order of their fields', () => {
  const reordered = BASE.map(({ id, type, source }) => ({ id, source, type }));
  assert.deepEqual(mergeCells(BASE, BASE, reordered).conflicts, []);
  assert.deepEqual(sources(mergeCells(BASE, [cell('a', 'x = 5'), BASE[1], BASE[2]], reordered)), ['a:x = 5', 'b:y = 2', 'c:# Notes']);
});
