// Recorded outputs: a lesson recording (tests/lessons/*.json) as the output records its cells
// show until they run.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { keepRecordedOutputs, recordedOutputs, withRecordedOutputs } from '../../web/lesson-format/recorded-outputs.mjs';

test("a recording gives each code cell what it printed and its last value's repr", () => {
  const recording = [
    { stdout: 'tensor([16., 27., 44.])\n', result: null, picture: false, stderr: false },
    { stdout: '', result: 'tensor(2.)', picture: false, stderr: false },
    { stdout: '', result: null, picture: true, stderr: false },
    { stdout: 'epoch 1\n', result: null, picture: false, stderr: true },
  ];
  assert.deepEqual(recordedOutputs(recording), [
    [{ kind: 'stream', name: 'stdout', text: 'tensor([16., 27., 44.])\n' }],
    [{ kind: 'result', data: { 'text/plain': 'tensor(2.)' }, count: null }],
    [],
    [{ kind: 'stream', name: 'stdout', text: 'epoch 1\n' }],
  ]);
});

test('recorded outputs go to the code cells in order; a notebook keeps its own stored outputs', () => {
  const own = [{ kind: 'stream', name: 'stdout', text: 'stored\n' }];
  const cells = [
    { type: 'markdown', source: '# T' },
    { type: 'code', source: 'print(1)' },
    { type: 'code', source: 'print("stored")', expected: own },
  ];
  const recorded = [[{ kind: 'stream', name: 'stdout', text: '1\n' }], [{ kind: 'stream', name: 'stdout', text: 'other\n' }]];
  assert.deepEqual(withRecordedOutputs(cells, recorded), [
    cells[0],
    { type: 'code', source: 'print(1)', expected: recorded[0] },
    cells[2],
  ]);
});

test("an exercise cell shows no recorded output: its recording is its solution's, the answer", () => {
  const exercise = { id: 'power-rule', hints: ['Differentiate term by term.'], solution: 'x_grad = 3 * x ** 2', checks: [] };
  const cells = [
    { type: 'code', source: 'x = torch.tensor([2.0])' },
    { type: 'code', source: 'x_grad = ...  # your answer', exercise },
  ];
  const recorded = [[], [{ kind: 'stream', name: 'stdout', text: 'tensor([12.])\n' }]];
  assert.deepEqual(withRecordedOutputs(cells, recorded), [{ ...cells[0], expected: [] }, cells[1]]);
});

test('a recording of another version of the lesson is not used', () => {
  const cells = [{ type: 'code', source: 'print(1)' }, { type: 'code', source: 'print(2)' }];
  assert.equal(withRecordedOutputs(cells, [[]]), cells);
  assert.equal(withRecordedOutputs(cells, null), cells);
});

test("a learner's edited lesson keeps the recorded outputs of the code cells still as they were", () => {
  const printed = [{ kind: 'stream', name: 'stdout', text: '1\n' }];
  const originals = [
    { id: 'cell-1', type: 'code', source: 'print(1)', expected: printed },
    { id: 'cell-2', type: 'code', source: 'print(2)', expected: [{ kind: 'stream', name: 'stdout', text: '2\n' }] },
  ];
  const edited = [
    { id: 'cell-new', type: 'code', source: 'print(1)' },
    { id: 'cell-1', type: 'code', source: 'print(1)' },
    { id: 'cell-2', type: 'code', source: 'print(20)' },
  ];
  assert.deepEqual(keepRecordedOutputs(edited, originals), [edited[0], { ...edited[1], expected: printed }, edited[2]]);
});
