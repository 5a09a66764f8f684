"""Runs one unittest file and reports every test's outcome, for tests/python/unittest-file.mjs.

A test's name is ``Class.test_method``; a failure's message is unittest's own traceback, with
what the test printed (unittest's buffer) appended. A file that cannot be imported, or has no
tests, is one failed outcome: nothing goes unreported.
"""
import importlib.util
import json
import pathlib
import sys
import traceback
import unittest


class _Outcomes(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.buffer = True
        self.outcomes = []

    def _add(self, test, outcome, message=""):
        if isinstance(test, unittest.TestCase):
            name = f"{type(test).__name__}.{test._testMethodName}"
        else:  # an error in setUpClass, setUpModule and the like, which unittest reports by description
            name = str(test)
        self.outcomes.append({"name": name, "outcome": outcome, "message": message})

    def addSuccess(self, test):
        super().addSuccess(test)
        self._add(test, "passed")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._add(test, "failed", self.failures[-1][1])

    def addError(self, test, err):
        super().addError(test, err)
        self._add(test, "failed", self.errors[-1][1])

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            found = self.failures if issubclass(err[0], test.failureException) else self.errors
            self._add(test, "failed", f"{subtest._subDescription()}\n{found[-1][1]}")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._add(test, "skipped", reason)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._add(test, "passed")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._add(test, "failed", "the test passed but is marked expectedFailure")


def report(path):
    """Runs the tests of the file at ``path``; returns their outcomes as JSON."""
    name = pathlib.Path(path).stem
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:  # noqa: BLE001 — any error importing the file fails it
        return json.dumps([{"name": "import", "outcome": "failed", "message": traceback.format_exc()}])
    result = _Outcomes()
    unittest.defaultTestLoader.loadTestsFromModule(module).run(result)
    if not result.outcomes:
        result.outcomes.append({"name": "tests", "outcome": "failed", "message": f"{path} has no tests"})
    return json.dumps(result.outcomes)
