// The headless runner reads stdin as Python does: input() writes its prompt to stdout and takes
// the next line of the runner's stdin; with stdin at its end, EOFError. (The page asks in a field
// instead: tests/e2e/small-things.test.mjs.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PROGRAM = 'import sys\nname = input("Name? ")\nprint("Hello", name)\nprint(repr(sys.stdin.readline()))\n';

async function runWithStdin(input) {
  const dir = await mkdtemp(join(tmpdir(), 'gradbook-stdin-'));
  await writeFile(join(dir, 'greet.py'), PROGRAM);
  return spawnSync(process.execPath, [join(root, 'bin/gradbook.mjs'), 'run', join(dir, 'greet.py')], { input, encoding: 'utf8' });
}

test('input() prompts on stdout and reads a line of stdin; later reads go on from there', async () => {
  // What python3 greet.py prints for this stdin.
  const { status, stdout } = await runWithStdin('Ada\nLovelace\n');
  assert.equal(status, 0);
  assert.equal(stdout, "Name? Hello Ada\n'Lovelace\\n'\n");
});

test('input() at the end of stdin raises EOFError, as Python does', async () => {
  const { status, stdout, stderr } = await runWithStdin('');
  assert.equal(status, 1);
  assert.equal(stdout, 'Name? ');
  assert.match(stderr, /\nEOFError: EOF when reading a line\n$/);
});
