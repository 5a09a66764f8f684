// The headless runner: lessons and .py files in one process, gradbook.explain as on the page, live
// controls as their function's output for the initial values, batch
// mode with fresh state per file (stderr kept as a terminal shows it), exit status 1 with the traceback on stderr for an uncaught error, a sandbox by default,
// and a batch that outlives a file which breaks Python.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const gradbook = (args) =>
  new Promise((resolve) => {
    execFile('node', [join(root, 'bin/gradbook.mjs'), ...args], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }));
  });

// What PyTorch 1.13 prints for the seed lesson's cells, and the verdict of its exercise's starter.
const SEED_LESSON_OUTPUT = `tensor([16., 27., 44.], grad_fn=<AddBackward0>)
Gradients of z with respect to x:  None
Gradients of z with respect to y:  None
Gradients of z with respect to x:  tensor([ 6., 12., 18.])
Gradients of z with respect to y:  tensor([2., 2., 2.])
exercise power-rule: ✗ x_grad should be [7, 16, 31], yours is [0, 0, 0]
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

test('--solutions runs each exercise’s solution, whose verdict must pass', async () => {
  const seed = await gradbook(['run', '--solutions', 'web/lessons/01-gradients-and-backpropagation.md']);
  assert.equal(seed.code, 0);
  assert.match(seed.stdout, /\nexercise power-rule: ✓ correct\n {2}x_grad: exact\n$/);
  const dir = await scratch({
    'wrong.md': '```python exercise=answer\nanswer = 0\n```\n\n```python solution\nanswer = 41\n```\n\n'
      + '```python check\nimport gradbook\ngradbook.check(answer, 42, name="answer")\n```\n\n```python\nprint("after")\n```\n',
  });
  const starter = await gradbook(['run', join(dir, 'wrong.md')]);
  assert.equal(starter.code, 0, 'a starter failing its checks is what a learner starts from');
  assert.equal(starter.stdout, 'exercise answer: ✗ answer should be 42, yours is 0\nafter\n');
  const solved = await gradbook(['run', '--solutions', join(dir, 'wrong.md')]);
  assert.equal(solved.code, 1);
  assert.equal(solved.stdout, 'exercise answer: ✗ answer should be 42, yours is 41\n');
  assert.equal(solved.stderr, 'gradbook: the solution of exercise answer does not pass its checks: answer should be 42, yours is 41\n');
});

test('the runner explains what the page explains: the chain rule right after the seed lesson\'s backward', async () => {
  const seed = await readFile(join(root, 'web/lessons/01-gradients-and-backpropagation.md'), 'utf8');
  const backwardCell = /^```python\n(?:(?!```)[^])*?\.backward\(/m.exec(seed); // the first cell that calls it
  const backward = seed.indexOf('\n```', backwardCell.index + backwardCell[0].length) + '\n```'.length; // its end
  const dir = await scratch({ 'seed.md': `${seed.slice(0, backward)}\n\n\`\`\`python\nimport gradbook\nprint(gradbook.explain(x))\n\`\`\`\n` });
  const { code, stdout } = await gradbook(['run', join(dir, 'seed.md')]);
  assert.equal(code, 0);
  const explained = stdout.split('\n');
  assert.ok(explained.includes('How x.grad was computed: the chain rule along the graph of the latest backward pass.'), stdout);
  assert.ok(explained.includes('  ∂z/∂x = ∂z/∂u₄ · ∂u₄/∂u₂ · ∂u₂/∂u₁ · ∂u₁/∂x = 1 · 1 · 3 · 2x = 6x = [6, 12, 18]'));
  assert.ok(explained.includes('  z = u₄ + 5   (AddBackward0)'));
});

test('live controls print what their function prints for their initial values, and nothing of their own', async () => {
  const dir = await scratch({
    'controls.py': 'import gradbook\n'
      + 'def show(lr, steps, optimizer, log):\n    print(f"lr={lr} steps={steps} optimizer={optimizer} log={log}")\n'
      + 'print("before")\n'
      + 'gradbook.interact(show, lr=(0.001, 1.0), steps=(1, 200), optimizer=["SGD", "Adam"], log=True)\n'
      + 'print("after")\n',
  });
  const { code, stdout, stderr } = await gradbook(['run', join(dir, 'controls.py')]);
  assert.equal(code, 0, stderr);
  assert.equal(stdout, 'before\nlr=0.5005 steps=100 optimizer=SGD log=True\nafter\n');
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

// A training loop's bar: 202 drawings, each starting with '\r': 0/200 to 200/200, and the last
// again as the bar closes.
const PROGRESS_BAR = 'from tqdm import tqdm\n'
  + 'for step in tqdm(range(200), desc="train", mininterval=0, bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt}"):\n'
  + '    pass\nprint("trained")\n';

test('stderr passes through as Python wrote it: a tqdm bar redraws with carriage returns', async () => {
  const dir = await scratch({ 'bar.py': PROGRESS_BAR });
  const { code, stdout, stderr } = await gradbook(['run', join(dir, 'bar.py')]);
  assert.equal(code, 0);
  assert.equal(stdout, 'trained\n');
  const frames = stderr.split('\r');
  assert.deepEqual([frames.length, frames[0], frames[1], frames.at(-1)], [203, '', 'train:   0%|          | 0/200', 'train: 100%|██████████| 200/200\n']);
});

test('batch mode keeps stderr as a terminal finally shows it in i.stderr, stdout byte for byte', async () => {
  const dir = await scratch({
    'bar.py': PROGRESS_BAR,
    'warn.py': 'import warnings\nprint("out\\rOUT")\nwarnings.warn("careful")\n',
    'quiet.py': 'print(1)\n',
  });
  const outdir = join(dir, 'out');
  const { code } = await gradbook(['run', '--outdir', outdir, ...['bar.py', 'warn.py', 'quiet.py'].map((f) => join(dir, f))]);
  assert.equal(code, 0);
  assert.deepEqual((await readdir(outdir)).sort(), ['1.out', '1.stderr', '2.out', '2.stderr', '3.out']);
  assert.equal(await readFile(join(outdir, '1.out'), 'utf8'), 'trained\n');
  assert.equal(await readFile(join(outdir, '1.stderr'), 'utf8'), 'train: 100%|██████████| 200/200\n');
  assert.equal(await readFile(join(outdir, '2.out'), 'utf8'), 'out\rOUT\n');
  assert.equal(await readFile(join(outdir, '2.stderr'), 'utf8'), `${join(dir, 'warn.py')}:3: UserWarning: careful\n  warnings.warn("careful")\n`);
});

// Node's file system from Python, as a lesson could reach it.
const NODE_FS = 'import js\nfs = js.process.getBuiltinModule("node:fs")\n';

describe('by default a lesson runs in a sandbox', () => {
  let lesson, other, outdir;
  const outputs = {};
  const probes = {
    'system.py': () => `import os\nos.system("touch ${join(other, 'made-by-system')}")\n`,
    'read-own-folder.py': () => `${NODE_FS}print(fs.readFileSync("${join(lesson, 'data.txt')}", "utf8"))\n`,
    'read-other-folder.py': () => `${NODE_FS}print(fs.readFileSync("${join(other, 'secret.txt')}", "utf8"))\n`,
    'write-outside.py': () => `${NODE_FS}fs.writeFileSync("${join(lesson, 'written.txt')}", "x")\n`,
    'write-outdir.py': () => `${NODE_FS}fs.writeFileSync("${join(outdir, 'written.txt')}", "x")\n`,
    'spawn.py': () => 'import js\njs.process.getBuiltinModule("node:child_process").execSync("true")\n',
    'mount.py': () => `import pyodide_js\npyodide_js.mountNodeFS("/host", "${other}")\n`,
    'python-open.py': () => `open("${join(other, 'secret.txt')}")\n`,
    'environment.py': () => 'import js\nprint(len(js.Object.keys(js.process.env)))\n',
  };
  const names = Object.keys(probes);
  const err = (name) => outputs[`${names.indexOf(name) + 1}.err`] ?? '';
  const out = (name) => outputs[`${names.indexOf(name) + 1}.out`];
  const DENIED = /Error: Access to this API has been restricted\ngradbook: the sandbox denied this: .*--trusted lifts this\)\n$/;

  before(async () => {
    other = await scratch({ 'secret.txt': 'secret' });
    lesson = await scratch({ 'data.txt': 'lesson data' });
    outdir = join(lesson, 'out');
    for (const [name, source] of Object.entries(probes)) await writeFile(join(lesson, name), source());
    const { code } = await gradbook(['run', '--outdir', outdir, ...names.map((name) => join(lesson, name))]);
    assert.equal(code, 0);
    for (const name of await readdir(outdir)) outputs[name] = await readFile(join(outdir, name), 'utf8');
  });

  test('os.system raises PermissionError and runs nothing', () => {
    assert.match(err('system.py'), /\n {4}os\.system\(.*\n.*\nPermissionError: os\.system is not allowed: gradbook run is sandboxed /);
    assert.match(err('system.py'), /may not start programs \(run it with --trusted to allow this\)\n$/);
    assert.equal(existsSync(join(other, 'made-by-system')), false);
  });

  test('Node may start no program', () => assert.match(err('spawn.py'), DENIED));

  test('the folder of the file given can be read, another folder cannot', () => {
    assert.equal(out('read-own-folder.py'), 'lesson data\n');
    assert.match(err('read-other-folder.py'), DENIED);
    assert.equal(out('read-other-folder.py'), '');
  });

  test('only --outdir can be written', () => {
    assert.match(err('write-outside.py'), DENIED);
    assert.equal(existsSync(join(lesson, 'written.txt')), false);
    assert.equal(err('write-outdir.py'), '');
    assert.equal(existsSync(join(outdir, 'written.txt')), true);
  });

  test("Python's own files are in memory: the host's are not there, and cannot be mounted", () => {
    assert.match(err('python-open.py'), /FileNotFoundError: \[Errno 44\] No such file or directory/);
    assert.match(err('mount.py'), /Error: hostPath '.*' does not exist\n$/);
  });

  test('no environment variables are passed on', () => assert.equal(out('environment.py'), '0\n'));
});

test("a lesson reads the files beside it from its working folder; what it writes stays in memory", async () => {
  const dir = await scratch({ 'data.csv': 'x,y\n1,2\n' });
  await mkdir(join(dir, 'weights'));
  await writeFile(join(dir, 'weights', 'w.txt'), '0.5');
  await writeFile(join(dir, 'lesson.py'), [
    'import os',
    'print(sorted(os.listdir(".")), os.path.getsize("data.csv"))',
    'print(open("data.csv").read().splitlines(), open("weights/w.txt").read())',
    'open("made.txt", "w").write("kept in memory")',
    'print(open("made.txt").read())',
    'open("missing.csv")',
  ].join('\n'));
  const { code, stdout, stderr } = await gradbook(['run', join(dir, 'lesson.py')]);
  assert.equal(stdout, "['data.csv', 'lesson.py', 'weights'] 8\n['x,y', '1,2'] 0.5\nkept in memory\n");
  assert.equal(code, 1);
  assert.match(stderr, /FileNotFoundError: \[Errno 44\] No such file or directory: 'missing\.csv'\n$/);
  assert.equal(existsSync(join(dir, 'made.txt')), false);
});

test('a file in a folder that is not there is reported as missing, not as refused', async () => {
  const missing = join(await scratch({}), 'no-such-folder', 'lesson.py');
  const { code, stderr } = await gradbook(['run', missing]);
  assert.equal(code, 1);
  assert.equal(stderr, `${missing}: no such file or directory\n`);
});

test('--trusted lifts the sandbox', async () => {
  const other = await scratch({ 'secret.txt': 'secret' });
  const marker = join(other, 'made-by-system');
  const dir = await scratch({
    'system.py': `import os\nprint(os.system("touch ${marker}"))\n`,
    'read-other-folder.py': `${NODE_FS}print(fs.readFileSync("${join(other, 'secret.txt')}", "utf8"))\n`,
  });
  const { code, stdout } = await gradbook(['run', '--trusted', join(dir, 'system.py'), join(dir, 'read-other-folder.py')]);
  assert.equal(code, 0);
  assert.equal(stdout, '0\nsecret\n');
  assert.equal(existsSync(marker), true);
});
