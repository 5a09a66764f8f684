"""Python code the engine calls back (tensor hooks, custom autograd Functions) and the autograd
API's warnings: what conformance cases cannot see, such as lifetimes and tracebacks."""
import sys
import traceback
import unittest

import torch
from torch import _host  # the Python objects the engine holds handles to


class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 2 * x * g


class Failing(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        return a * 2

    @staticmethod
    def backward(ctx, g):
        raise KeyError("inside backward")


class CustomFunctionNodes(unittest.TestCase):
    def test_are_held_while_their_result_lives(self):
        x = torch.tensor([1.0, 2.0], requires_grad=True)
        objects = len(_host._objects)
        y = Square.apply(x)
        self.assertEqual(len(_host._objects) - objects, 1)
        del y

    def test_and_their_contexts_are_freed_with_their_graph(self):
        x = torch.tensor([1.0, 2.0], requires_grad=True)
        x.grad = torch.zeros_like(x)
        tensors, objects = torch._live_tensors(), len(_host._objects)
        for _ in range(200):
            Square.apply(x).sum().backward()
        y = Square.apply(x)
        del y
        self.assertEqual(torch._live_tensors() - tensors, 0)
        self.assertEqual(len(_host._objects) - objects, 0)


class TensorHooks(unittest.TestCase):
    def test_are_released_with_the_tensor_they_were_registered_on(self):
        objects = len(_host._objects)
        for _ in range(50):
            x = torch.tensor([1.0], requires_grad=True)
            x.register_hook(lambda g: g * 2)
            (x * 3).backward()
        del x
        self.assertEqual(len(_host._objects) - objects, 0)


class AnExceptionRaisedInABackward(unittest.TestCase):
    def run_failing_backward(self):
        x = torch.tensor([1.0], requires_grad=True)
        Failing.apply(x).backward()

    def test_keeps_its_type(self):
        with self.assertRaisesRegex(KeyError, "inside backward"):
            self.run_failing_backward()

    def test_keeps_its_traceback_down_to_the_backward(self):
        try:  # not assertRaises, which drops the traceback
            self.run_failing_backward()
        except KeyError as error:
            last = traceback.extract_tb(error.__traceback__)[-1]
        else:
            self.fail("KeyError not raised")
        self.assertEqual((last.filename, last.name, last.line), (__file__, "backward", 'raise KeyError("inside backward")'))

    def test_leaves_the_engine_usable(self):
        with self.assertRaises(KeyError):
            self.run_failing_backward()
        x = torch.tensor([1.0], requires_grad=True)
        self.assertEqual((x * 4).sum().item(), 4.0)
        self.assertTrue(torch.is_grad_enabled())


class ReadingGradOfANonLeaf(unittest.TestCase):
    def test_gives_none(self):
        y = torch.tensor([1.0], requires_grad=True) * 2
        with self.assertWarns(UserWarning):
            self.assertIsNone(y.grad)

    def test_warns_as_pytorch_does_pointing_at_the_line_that_reads_it(self):
        y = torch.tensor([1.0], requires_grad=True) * 2
        with self.assertWarnsRegex(UserWarning, r"^The \.grad attribute of a Tensor that is not a leaf Tensor "
                                                r"is being accessed") as caught:
            line = sys._getframe().f_lineno + 1
            y.grad  # noqa: B018
        self.assertEqual((caught.filename, caught.lineno), (__file__, line))


class TransposingWithDotTOtherThanAMatrix(unittest.TestCase):
    def test_gives_a_vector_unchanged(self):
        with self.assertWarns(UserWarning):
            self.assertEqual(torch.tensor([1.0, 2.0]).T.tolist(), [1.0, 2.0])

    def test_warns(self):
        with self.assertWarnsRegex(UserWarning, r"The use of `x\.T` on tensors of dimension other than 2"):
            torch.tensor([1.0, 2.0]).T  # noqa: B018


if __name__ == "__main__":
    unittest.main()
