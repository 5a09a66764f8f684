"""A learner's training loop in constant memory. In a file of its own: the engine's WebAssembly
memory only grows, so its size shows this loop's needs only in a fresh runtime."""
import unittest

import torch


class FiveThousandTrainingStepsOfATwoLayerNetwork(unittest.TestCase):
    """Linear layers written as broadcast multiply-and-sum, a squared hidden activation, mean
    squared error, and in-place SGD updates under no_grad, as a lesson would write them."""

    @classmethod
    def setUpClass(cls):
        x = torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.5], [-2.0, 1.0, 0.75], [0.1, 0.2, 0.3]])
        y = torch.tensor([[1.0], [0.0], [-1.0], [0.5]])
        w1 = torch.tensor([[0.1, -0.2, 0.3, 0.05], [0.2, 0.1, -0.1, 0.15], [-0.3, 0.2, 0.1, -0.05]],
                          requires_grad=True)
        b1 = torch.tensor([0.0, 0.1, -0.1, 0.05], requires_grad=True)
        w2 = torch.tensor([[0.3], [-0.2], [0.1], [0.25]], requires_grad=True)
        b2 = torch.tensor([0.05], requires_grad=True)
        params = [w1, b1, w2, b2]

        def linear(inp, w, b):
            return (inp.view(inp.shape[0], w.shape[0], 1) * w.view(1, w.shape[0], w.shape[1])).sum(1) + b

        cls.losses = []
        for step in range(5000):
            h = linear(x, w1, b1)
            out = linear(h * h, w2, b2)
            loss = ((out - y) ** 2).mean()
            loss.backward()
            with torch.no_grad():
                for p in params:
                    p -= 0.01 * p.grad
                    p.grad = None
            if step == 100:
                live, heap = torch._live_tensors(), torch._heap_bytes()
            if step % 1000 == 0:
                cls.losses.append(loss.item())
        cls.live_growth = torch._live_tensors() - live
        cls.heap_growth = torch._heap_bytes() - heap
        cls.heap = torch._heap_bytes()

    def test_keep_the_number_of_live_tensors_flat(self):
        self.assertEqual(self.live_growth, 0)

    def test_keep_the_heap_flat(self):
        self.assertEqual(self.heap_growth, 0)

    def test_keep_the_heap_under_64_mib(self):
        self.assertLess(self.heap, 64 * 2**20)

    def test_lower_the_loss(self):
        self.assertLess(self.losses[-1], self.losses[0])


if __name__ == "__main__":
    unittest.main()
