// The Python tests of the torch package and the gradbook module: every tests/python/**/test_*.py
// (stdlib unittest) runs in a fresh runtime, and each of its tests is a subtest named
// Class.test_method whose failure shows unittest's traceback.
//
// To run only some files, give part of their path:
//   PYTHON_TESTS=test_memory node --test tests/python/unittest.test.mjs
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { runUnittestFile } from './unittest-file.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.env.PYTHON_TESTS ?? '';

const files = readdirSync(here, { recursive: true })
  .filter((path) => /(^|\/)test_[^/]*\.py$/.test(path) && path.includes(only))
  .sort();

/** A failed Python test, shown as unittest wrote it rather than with a JavaScript stack. */
class PythonFailure extends Error {
  constructor(message) {
    super(message);
    this.name = 'PythonFailure';
    this.stack = message;
  }
}

test('some Python test file is found', () => {
  if (!files.length) throw new Error(`no tests/python/**/test_*.py file has ${JSON.stringify(only)} in its path`);
});

for (const file of files) {
  test(relative(join(here, '../..'), join(here, file)), async (t) => {
    for (const { name, outcome, message } of await runUnittestFile(join(here, file))) {
      await t.test(name, { skip: outcome === 'skipped' && message }, () => {
        if (outcome === 'failed') throw new PythonFailure(message);
      });
    }
  });
}
