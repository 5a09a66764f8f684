"""gradbook.check and gradbook.check_grad, the building blocks of an exercise's hidden checks:
each failure is one sentence in the learner's terms, and an exercise's verdict never raises."""
import base64
import unittest

import gradbook
import torch
from gradbook._exercise import Verdict, decode, verdict


def failure(function, *args, **kwargs):
    """The sentence a failing check gives."""
    try:
        function(*args, **kwargs)
    except gradbook.CheckFailed as failed:
        return str(failed)
    raise AssertionError(f"{function.__name__}{args} passed")


def encoded(text):
    """The scheme of web/lesson-format/exercise-encoding.mjs: UTF-8, each byte XORed with
    (167 * i + 89) mod 256, base64, after "gb1:"."""
    data = bytes(byte ^ ((i * 167 + 89) & 0xFF) for i, byte in enumerate(text.encode("utf-8")))
    return "gb1:" + base64.b64encode(data).decode()


class CheckTest(unittest.TestCase):
    def test_a_right_value_passes(self):
        self.assertIsNone(gradbook.check(torch.tensor([6.0, 12.0, 18.0]), [6, 12, 18]))
        gradbook.check(torch.tensor(5.0), 5)
        gradbook.check(0.1 + 0.2, 0.3)
        gradbook.check([[1, 2], [3, 4]], torch.tensor([[1, 2], [3, 4]]))

    def test_a_wrong_value_is_shown_beside_the_expected_one(self):
        self.assertEqual(
            failure(gradbook.check, torch.tensor([3.0, 6.0, 9.0]), [6, 12, 18], name="x.grad"),
            "x.grad should be [6, 12, 18], yours is [3, 6, 9]")
        self.assertEqual(failure(gradbook.check, 2.5, 1 / 3), "the value should be 0.333333, yours is 2.5")

    def test_a_large_value_is_described_by_its_first_wrong_place(self):
        expected = torch.ones(4, 5)
        yours = expected.clone()
        yours[2, 3] = 0.5
        self.assertEqual(failure(gradbook.check, yours, expected, name="W"),
                         "W is wrong in 1 of 20 places; at [2, 3] it should be 1, yours is 0.5")

    def test_a_near_miss_says_by_how_much(self):
        self.assertEqual(
            failure(gradbook.check, torch.tensor([6.001, 12.0]), [6, 12], name="g"),
            "g should be [6, 12], yours is [6.001, 12] (close: off by 0.001, more than the tolerance 1e-05)")

    def test_the_tolerance_is_relative_to_the_expected_size(self):
        gradbook.check(1000.001, 1000.0, tol=1e-5)
        gradbook.check(torch.tensor([0.5]), [0.6], tol=0.2)
        failure(gradbook.check, 0.5, 0.6, tol=0.01)

    def test_nan_equals_only_nan(self):
        gradbook.check(float("nan"), float("nan"))
        self.assertEqual(failure(gradbook.check, float("nan"), 1.0), "the value should be 1, yours is nan")

    def test_a_shape_mismatch_names_both_shapes(self):
        self.assertEqual(failure(gradbook.check, torch.ones(1, 3), [1, 1, 1], name="x.grad"),
                         "x.grad should have shape [3], yours has shape [1, 3]")
        self.assertEqual(failure(gradbook.check, torch.ones(3), torch.tensor(1.0), name="loss"),
                         "loss should have a single number, yours has shape [3]")

    def test_an_expected_tensor_fixes_the_dtype(self):
        self.assertEqual(
            failure(gradbook.check, torch.tensor([6, 12]), torch.tensor([6.0, 12.0]), name="x.grad"),
            "x.grad should hold floating-point numbers (torch.float32), yours holds integers (torch.int64)")
        gradbook.check(torch.tensor([6, 12]), [6.0, 12.0])  # a list fixes no dtype

    def test_none_and_other_kinds_of_value_are_named(self):
        self.assertEqual(failure(gradbook.check, None, [1, 2], name="x_grad"), "x_grad is None: set it to your answer")
        self.assertEqual(failure(gradbook.check, "abc", [1, 2], name="x_grad"),
                         "x_grad should be a tensor of shape [2], yours is a str ('abc')")
        self.assertEqual(failure(gradbook.check, len, 3, name="n"), "n is a function: call it and give its result")

    def test_a_tensor_with_a_graph_is_compared_by_its_values(self):
        x = torch.tensor([1.0, 2.0], requires_grad=True)
        gradbook.check(x * 2, [2, 4])


class CheckGradTest(unittest.TestCase):
    def setUp(self):
        self.x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
        self.h = self.x * self.x
        self.h.retain_grad()
        (3 * self.h).sum().backward()

    def test_a_right_gradient_agrees_exactly(self):
        agreement = gradbook.check_grad("dx", 6 * self.x.detach(), self.x)
        self.assertTrue(agreement.exact)
        self.assertEqual(repr(agreement), "dx: exact")

    def test_a_gradient_within_the_tolerance_agrees_approximately(self):
        agreement = gradbook.check_grad("dh", torch.tensor([3.0, 3.0, 3.00001]), self.h)
        self.assertFalse(agreement.exact)
        self.assertEqual(repr(agreement), "dh: approximate (max diff 1e-05)")

    def test_a_wrong_gradient_is_shown_beside_autograds(self):
        self.assertEqual(failure(gradbook.check_grad, "dx", 3 * self.x.detach(), self.x),
                         "dx should be [6, 12, 18], yours is [3, 6, 9]")
        self.assertEqual(failure(gradbook.check_grad, "dx", torch.ones(3, 1), self.x),
                         "dx should have shape [3], yours has shape [3, 1]")

    def test_a_tensor_without_a_gradient_says_what_autograd_needs(self):
        y = self.x * 2  # not a leaf, and no retain_grad()
        self.assertIn("autograd has no gradient to compare dy with", failure(gradbook.check_grad, "dy", torch.ones(3), y))


class VerdictTest(unittest.TestCase):
    def test_the_encoding_is_undone(self):
        self.assertEqual(decode(encoded("check(x, 1)  # ∂z/∂x\n")), "check(x, 1)  # ∂z/∂x\n")

    def test_passing_checks_are_correct_with_each_gradients_agreement(self):
        x = torch.tensor([1.0, 2.0], requires_grad=True)
        (x * x).sum().backward()
        result = verdict({"x": x, "dx": 2 * x.detach()}, encoded("import gradbook\ngradbook.check_grad('dx', dx, x)\n"))
        self.assertEqual(repr(result), "✓ correct\n  dx: exact")
        self.assertEqual(result._repr_mimebundle_()["application/vnd.gradbook.verdict+json"],
                         {"passed": True, "message": "correct", "details": ["dx: exact"]})

    def test_a_failing_check_is_the_verdict(self):
        result = verdict({"x_grad": torch.tensor([3.0])}, encoded("from gradbook import check\ncheck(x_grad, [6], name='x.grad')\n"))
        self.assertEqual(repr(result), "✗ x.grad should be [6], yours is [3]")

    def test_a_name_the_learner_did_not_set_is_named(self):
        self.assertEqual(repr(verdict({}, encoded("import gradbook\ngradbook.check(x_grad, 1)\n"))),
                         "✗ x_grad is not defined: your code should set it")

    def test_a_check_that_breaks_on_the_learners_value_is_a_verdict_too(self):
        result = verdict({"model": 3}, encoded("model.weight\n"))
        self.assertEqual(repr(result), "✗ the checks could not use your values (AttributeError: 'int' object has no attribute 'weight')")

    def test_the_checks_names_do_not_leak_into_the_learners_namespace(self):
        namespace = {"x": 1}
        verdict(namespace, encoded("import gradbook\nexpected = 1\ngradbook.check(x, expected)\n"))
        self.assertEqual(namespace, {"x": 1})

    def test_checks_that_do_not_compile_say_so(self):
        self.assertIsInstance(verdict({}, encoded("check(")), Verdict)
        self.assertTrue(repr(verdict({}, encoded("check("))).startswith("✗ the exercise's checks do not compile"))


if __name__ == "__main__":
    unittest.main()
