// unittest-file.mjs reports every unittest outcome, and a file that fails in any way fails
// visibly: a failed assertion, an error in a test or its setUp, an import error, no tests,
// a test that never finishes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { runUnittestFile } from './unittest-file.mjs';

const fixture = (name) => fileURLToPath(new URL(`fixtures/${name}.py`, import.meta.url));

test('each test is reported by Class.test_method with its outcome and unittest\'s message', async () => {
  const outcomes = await runUnittestFile(fixture('runner_outcomes'));
  const byName = Object.fromEntries(outcomes.map((o) => [o.name, o]));
  assert.deepEqual(Object.keys(byName).sort(), [
    'Outcomes.test_fails_an_assertion', 'Outcomes.test_passes', 'Outcomes.test_raises', 'Outcomes.test_skipped',
    'SetUpFails.test_after_a_failing_setup',
  ]);
  assert.equal(byName['Outcomes.test_passes'].outcome, 'passed');
  assert.equal(byName['Outcomes.test_skipped'].outcome, 'skipped');
  assert.equal(byName['Outcomes.test_skipped'].message, 'skipped on purpose');

  const failedAssertion = byName['Outcomes.test_fails_an_assertion'];
  assert.equal(failedAssertion.outcome, 'failed');
  assert.match(failedAssertion.message, /^Traceback \(most recent call last\):\n.*runner_outcomes\.py", line 11, in test_fails_an_assertion\n/s);
  assert.match(failedAssertion.message, /AssertionError: 2 != 3\n/);
  assert.match(failedAssertion.message, /printed before failing/, 'what the test printed is shown with it');

  assert.equal(byName['Outcomes.test_raises'].outcome, 'failed');
  assert.match(byName['Outcomes.test_raises'].message, /KeyError: 'raised inside the test'/);
  assert.equal(byName['SetUpFails.test_after_a_failing_setup'].outcome, 'failed');
  assert.match(byName['SetUpFails.test_after_a_failing_setup'].message, /in setUp\n.*RuntimeError: setUp failed on purpose/s);
});

test('a file that cannot be imported fails with the import error', async () => {
  const [outcome, ...rest] = await runUnittestFile(fixture('runner_import_error'));
  assert.deepEqual(rest, []);
  assert.equal(outcome.outcome, 'failed');
  assert.match(outcome.message, /ModuleNotFoundError: No module named 'no_such_module'/);
});

test('a file without tests fails', async () => {
  const [outcome, ...rest] = await runUnittestFile(fixture('runner_no_tests'));
  assert.deepEqual(rest, []);
  assert.equal(outcome.outcome, 'failed');
  assert.match(outcome.message, /runner_no_tests\.py has no tests$/);
});

test('a file that never finishes is stopped after its timeout and fails', async () => {
  const [outcome, ...rest] = await runUnittestFile(fixture('runner_never_ends'), { timeout: 2000 });
  assert.deepEqual(rest, []);
  assert.equal(outcome.outcome, 'failed');
  assert.match(outcome.message, /runner_never_ends\.py did not finish within 2 s; it was stopped/);
});
