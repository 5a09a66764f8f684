"""An exercise's verdict: its hidden checks, run after the learner's cell, in a copy of the
cell's namespace (the learner's names are there; the checks' own names do not leak back).

The checks come encoded (see web/lesson-format/exercise-encoding.mjs): the same scheme, undone
here, keeps them from being read by a casual look at the page's files. It is no secret: a
learner who decodes it can read them.
"""
import base64

from ._check import CheckFailed, collecting_agreements

ENCODED_PREFIX = "gb1:"


def decode(encoded):
    """The text of a check or solution that exercise-encoding.mjs encoded."""
    if not encoded.startswith(ENCODED_PREFIX):
        raise ValueError("not an encoded exercise part")
    data = base64.b64decode(encoded[len(ENCODED_PREFIX):])
    return bytes(byte ^ ((i * 167 + 89) & 0xFF) for i, byte in enumerate(data)).decode("utf-8")


class Verdict:
    """What the checks said: passed, and a sentence; shown as "✓ correct" or "✗ <why>", with the
    agreement of each checked gradient below a pass."""

    def __init__(self, passed, message, details=()):
        self.passed = passed
        self.message = message
        self.details = [str(detail) for detail in details]

    def __repr__(self):
        mark = "✓" if self.passed else "✗"
        return "\n".join([f"{mark} {self.message}", *(f"  {detail}" for detail in self.details)])

    def _repr_mimebundle_(self):
        return {
            "text/plain": repr(self),
            "application/vnd.gradbook.verdict+json": {
                "passed": self.passed, "message": self.message, "details": self.details,
            },
        }


def verdict(namespace, encoded_checks):
    """Runs the checks against the names of ``namespace``; a Verdict, never an exception."""
    scope = dict(namespace)
    try:
        code = compile(decode(encoded_checks), "<checks>", "exec")
    except SyntaxError as error:
        return Verdict(False, f"the exercise's checks do not compile ({error.msg}, line {error.lineno})")
    try:
        with collecting_agreements() as agreements:
            exec(code, scope)
    except CheckFailed as failed:
        return Verdict(False, str(failed))
    except NameError as error:
        missing = getattr(error, "name", None)
        if missing is not None and missing not in namespace:
            return Verdict(False, f"{missing} is not defined: your code should set it")
        return _could_not_run(error)
    except Exception as error:  # noqa: BLE001 — a check that breaks is a verdict, not a traceback
        return _could_not_run(error)
    return Verdict(True, "correct", agreements)


def _could_not_run(error):
    return Verdict(False, f"the checks could not use your values ({type(error).__name__}: {error})")
