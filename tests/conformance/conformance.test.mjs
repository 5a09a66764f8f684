// Our conformance cases: small programs whose expected stdout was recorded from PyTorch 1.13
// (scripts/record-conformance.mjs). All run in one batch through the headless runner; each
// case is a test that compares its output byte for byte.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { expectedOutput, programName, pythonPrograms, runWithGradbook } from '../../scripts/python-programs.mjs';

const casesDir = fileURLToPath(new URL('cases', import.meta.url));
const cases = pythonPrograms(casesDir);
const results = runWithGradbook(cases);

cases.forEach((file, i) => {
  test(programName(casesDir, file), () => {
    assert.equal(results[i].stdout, expectedOutput(file), results[i].error ?? undefined);
  });
});
