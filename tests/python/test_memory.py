"""Engine memory as a learner's training loop sees it: every tensor dies when its Python object
does, so a long loop runs in constant memory, and an allocation that cannot be satisfied is
PyTorch's RuntimeError, after which torch carries on."""
import unittest

import torch


class ALoopOfExpressions(unittest.TestCase):
    def test_frees_every_tensor_of_a_hundred_thousand_steps(self):
        x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
        y = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
        before = torch._live_tensors()
        for _ in range(100_000):
            z = 3 * (x**2) + 2 * y + 5
        del z
        self.assertEqual(torch._live_tensors() - before, 0)


class AChainOfAMillionAdditions(unittest.TestCase):
    def test_is_built_run_backward_and_freed(self):
        live = torch._live_tensors()
        x = torch.tensor(1.0, requires_grad=True)
        total = x
        for _ in range(1_000_000):
            total = total + x
        total.backward()
        self.assertEqual(x.grad.item(), 1000001.0)
        del total
        self.assertEqual(torch._live_tensors() - live, 2, "x and its grad are left")
        del x
        self.assertEqual(torch._live_tensors() - live, 0)


class AHundredDeepGraphsFreedInARow(unittest.TestCase):
    def test_leave_no_tensor_and_torch_working(self):
        live = torch._live_tensors()
        x = torch.tensor([1.0], requires_grad=True)
        for _ in range(100):
            total = x
            for _ in range(5_000):  # 10,000 nodes deep
                total = total * 1.0 + x
            del total
        del x
        self.assertEqual(torch._live_tensors() - live, 0)
        self.assertEqual((torch.tensor([2.0]) * 3).tolist(), [6.0])


class AnInPlaceOpOnAViewThatSavesTheViewsBase(unittest.TestCase):
    def test_is_freed_with_its_last_tensor(self):
        live = torch._live_tensors()
        y = torch.tensor([1.0, 2.0, 3.0], requires_grad=True) * 1
        y[:].mul_(y)  # mul_ saves y, whose grad_fn is now the CopySlices holding mul_'s node
        del y
        self.assertEqual(torch._live_tensors() - live, 0)


class AnAllocationThatCannotBeSatisfied(unittest.TestCase):
    def allocate_too_much(self):
        torch.tensor([0.0]).expand(50000, 50000).clone()

    def test_raises_pytorchs_runtime_error(self):
        with self.assertRaises(RuntimeError) as caught:
            self.allocate_too_much()
        self.assertEqual(str(caught.exception), "[enforce fail at alloc_cpu.cpp:75] data. DefaultCPUAllocator: "
                         "not enough memory: you tried to allocate 10000000000 bytes.")

    def test_leaves_torch_working(self):
        with self.assertRaises(RuntimeError):
            self.allocate_too_much()
        self.assertEqual((torch.tensor([2.0]) * 3).tolist(), [6.0])


if __name__ == "__main__":
    unittest.main()
