// The headless runner: lessons and .py files in one process, batch mode with fresh state per
// file, exit status 1 with the traceback on stderr for an uncaught error, and a batch that
// outlives a file which breaks Python.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const gradbook = (args) =>
  new Promise((resolve) => {
    execFile('node', [join(root, 'bin/gradbook.mjs'), ...args], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }));
  });

// What PyTorch 1.13 prints for the seed lesson's cells.
const SEED_LESSON_OUTPUT = `tensor([16., 27., 44.], grad_fn=<AddBackward0>)
Gradients of z with respect to x:  None
Gradients of z with respect to y:  None
Gradients of z with respect to x:  tensor([ 6., 12., 18.])
Gradients of z with respect to y:  tensor([2., 2., 2.])
`;

async function scratch(files) {
  const dir = await mkdtemp(join(tmpdir(), 'gradbook-runner-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

test('the seed lesson prints exactly what PyTorch prints', async () => {
  const { code, stdout } = await gradbook(['run', 'web/lessons/01-gradients-and-backpropagation.md']);
  assert.equal(code, 0);
  assert.equal(stdout, SEED_LESSON_OUTPUT);
});

test('an uncaught error exits 1 with the traceback on stderr', async () => {
  const dir = await scratch({ 'bad.py': 'import torch\nprint("before")\ntorch.tensor([1.0]).view(3)\n' });
  const { code, stdout, stderr } = await gradbook(['run', join(dir, 'bad.py')]);
  assert.equal(code, 1);
  assert.equal(stdout, 'before\n');
  assert.match(stderr, /^Traceback \(most recent call last\):\n {2}File ".*bad\.py", line 3, in <module>\n/);
  assert.match(stderr, /RuntimeError: shape '\[3\]' is invalid for input of size 1\n$/);
});

test('batch mode writes i.out per file and i.err for failures, each in fresh state', async () => {
  const dir = await scratch({
    'a.py': 'import torch\nx = 41\ntorch.set_printoptions(precision=2)\nprint(torch.tensor([1.5]))\n',
    'b.py': 'print(x)\n',
    'c.py': 'import torch\nprint(torch.tensor([1.5]))\n',
  });
  const outdir = join(dir, 'out');
  const { code } = await gradbook(['run', '--outdir', outdir, ...['a.py', 'b.py', 'c.py'].map((f) => join(dir, f))]);
  assert.equal(code, 0);
  assert.deepEqual((await readdir(outdir)).sort(), ['1.out', '2.err', '2.out', '3.out']);
  assert.equal(await readFile(join(outdir, '1.out'), 'utf8'), 'tensor([1.50])\n');
  assert.match(await readFile(join(outdir, '2.err'), 'utf8'), /NameError: name 'x' is not defined/);
  assert.equal(await readFile(join(outdir, '3.out'), 'utf8'), 'tensor([1.5000])\n');
});

test('a malformed lesson is reported, not run', async () => {
  const dir = await scratch({ 'broken.md': '# Broken\n\n```python\nprint(1)\n' });
  const { code, stderr } = await gradbook(['run', join(dir, 'broken.md')]);
  assert.equal(code, 1);
  assert.match(stderr, /unclosed ```python block/);
});

test('a file that breaks Python gets an .err saying so, and the next file still runs', async () => {
  const dir = await scratch({
    'first.py': 'print("first")\n',
    'deep.py': 'import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\nprint("before")\nf(0)\n',
    'third.py': 'import torch\nprint(torch.ones(2))\n',
  });
  const outdir = join(dir, 'out');
  const { code } = await gradbook(['run', '--outdir', outdir, ...['first.py', 'deep.py', 'third.py'].map((f) => join(dir, f))]);
  assert.equal(code, 0);
  assert.deepEqual((await readdir(outdir)).sort(), ['1.out', '2.err', '2.out', '3.out']);
  assert.equal(await readFile(join(outdir, '1.out'), 'utf8'), 'first\n');
  assert.equal(await readFile(join(outdir, '2.out'), 'utf8'), 'before\n');
  assert.match(await readFile(join(outdir, '2.err'), 'utf8'),
    /^gradbook: Python stopped working: RangeError: Maximum call stack size exceeded\nStack \(most recent call first\):\n/);
  assert.equal(await readFile(join(outdir, '3.out'), 'utf8'), 'tensor([1., 1.])\n');
});
