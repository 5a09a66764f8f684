// The corpus of real programs: public PyTorch tutorial and course programs (sources and
// changes in each file's header, listed in docs/real-programs.md), with the stdout PyTorch 1.13
// printed (scripts/record-programs.mjs). All run in one batch through the headless runner.
//
// pending.json names each program that cannot pass yet and the first thing it lacks (a
// missing feature, or which printed values differ). A program not in it must print exactly
// what PyTorch printed and finish without an error; a program in it must still fail, so the
// manifest only ever shrinks: whoever makes a program pass removes its line in the same change
// (docs/real-programs.md shows the same status and is checked against it).
//
// Memory addresses in default reprs ("<AddBackward0 object at 0x7f…>") differ from run to run
// even in PyTorch, so they are compared as "0x…".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { expectedOutput, programName, pythonPrograms, runWithGradbook } from '../../scripts/python-programs.mjs';

const programsDir = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
const pending = JSON.parse(readFileSync(new URL('pending.json', import.meta.url), 'utf8'));
const programs = pythonPrograms(programsDir);
const names = programs.map((file) => programName(programsDir, file));
const results = runWithGradbook(programs);

const withoutAddresses = (text) => text.replace(/ object at 0x[0-9a-f]+>/g, ' object at 0x…>');

test('docs/real-programs.md lists every program with its status', () => {
  const doc = readFileSync(new URL('../../docs/real-programs.md', import.meta.url), 'utf8');
  const listed = Object.fromEntries([...doc.matchAll(/^\| `([^`]+)` \| .+ \| (.+) \|$/gm)].map((m) => [m[1], m[2]]));
  const expected = Object.fromEntries(names.map((name) => [name, name in pending ? `pending: ${pending[name]}` : 'passes']));
  assert.deepEqual(listed, expected);
});

test('pending.json names only programs of the corpus, each with what it lacks', () => {
  for (const [name, lacks] of Object.entries(pending)) {
    assert.ok(names.includes(name), `${name} is not a program in tests/programs/`);
    assert.ok(typeof lacks === 'string' && lacks.length > 0, `${name} needs the first thing it lacks`);
  }
});

programs.forEach((file, i) => {
  const name = names[i];
  const { stdout, error } = results[i];
  const passes = error === null && withoutAddresses(stdout) === withoutAddresses(expectedOutput(file));
  if (name in pending) {
    test(`${name} (pending: ${pending[name]})`, () => {
      assert.ok(!passes, `${name} now prints exactly what PyTorch printed: remove it from pending.json and mark it `
        + 'as passing in docs/real-programs.md');
    });
  } else {
    test(name, () => {
      assert.equal(error, null, `${name} raised:\n${error}`);
      assert.equal(withoutAddresses(stdout), withoutAddresses(expectedOutput(file)));
    });
  }
});
