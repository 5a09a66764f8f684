"""The torch package over the engine: what the conformance cases' printed text cannot show,
such as object identity and agreement with Python's own float64 maths."""
import math
import unittest

import torch


class OneEngineTensorHasOnePythonObject(unittest.TestCase):
    def test_reading_grad_twice_gives_the_same_object(self):
        x = torch.tensor([1.0], requires_grad=True)
        (x * 3).sum().backward()
        self.assertIs(x.grad, x.grad)

    def test_grad_stays_the_same_object_after_an_in_place_op_on_its_tensor(self):
        x = torch.tensor([1.0], requires_grad=True)
        (x * 3).sum().backward()
        grad = x.grad
        with torch.no_grad():
            x.add_(1)
        self.assertIs(x.grad, grad)

    def test_an_in_place_op_returns_its_tensor(self):
        x = torch.tensor([1.0], requires_grad=True)
        with torch.no_grad():
            self.assertIs(x.add_(1), x)


class IndexPutFromTheTensorItWrites(unittest.TestCase):
    def test_is_refused_with_pytorchs_error_and_writes_nothing(self):
        x = torch.arange(4.0)
        for accumulate in (True, False):
            with self.assertRaises(RuntimeError) as caught:
                x.index_put_((torch.tensor([0, 1, 2, 3]),), x, accumulate=accumulate)
            self.assertEqual(str(caught.exception), "unsupported operation: some elements of the input tensor and the "
                             "written-to tensor refer to a single memory location. Please clone() the tensor before "
                             "performing the operation.")
        self.assertEqual(x.tolist(), [0.0, 1.0, 2.0, 3.0])


class ScatterFromTheTensorItWrites(unittest.TestCase):
    def test_is_refused_with_pytorchs_error_and_writes_nothing(self):
        x = torch.arange(4.0)
        index = torch.tensor([3, 2, 1, 0])
        for scatter in (x.scatter_, x.scatter_add_):
            with self.assertRaises(RuntimeError) as caught:
                scatter(0, index, x)
            self.assertEqual(str(caught.exception), "unsupported operation: some elements of the input tensor and the "
                             "written-to tensor refer to a single memory location. Please clone() the tensor before "
                             "performing the operation.")
        self.assertEqual(x.tolist(), [0.0, 1.0, 2.0, 3.0])
        self.assertEqual(x.scatter_(0, index, x.clone()).tolist(), [3.0, 2.0, 1.0, 0.0])


class Float64RoundsAsPythonsMathModule(unittest.TestCase):
    """The engine's float64 log, log2 and pow are the accurate C library's, as Python's are."""

    xs = [0.001 + i * 0.7331 for i in range(2000)]

    def setUp(self):
        self.t = torch.tensor(self.xs, dtype=torch.float64)

    def test_log(self):
        self.assertEqual(torch.log(self.t).tolist(), [math.log(x) for x in self.xs])

    def test_log2(self):
        self.assertEqual(torch.log2(self.t).tolist(), [math.log2(x) for x in self.xs])

    def test_pow(self):
        self.assertEqual(torch.pow(self.t, 0.37).tolist(), [math.pow(x, 0.37) for x in self.xs])


if __name__ == "__main__":
    unittest.main()
