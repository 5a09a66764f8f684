"""Losses of operands of different dtypes, as PyTorch 1.13 computes them: the loss's dtype and
value, each gradient's dtype and value, and PyTorch's error when it raises it, forward or backward
(all recorded from PyTorch 1.13)."""
import unittest

import torch
import torch.nn.functional as F

X = [0.25, 1.5, -2.0, 3.0]  # as int64: [0, 1, -2, 3]
Y = [1.0, -0.5, 2.0, 3.0]  # as int64: [1, 0, 2, 3]
LABELS = [0.0, 1.0, 1.0, 0.0]


def tensor(values, dtype, requires_grad=False):
    return torch.tensor(values, dtype=torch.float64).to(dtype).requires_grad_(requires_grad)


class LossTestCase(unittest.TestCase):
    def assertTensor(self, t, dtype, values):
        self.assertEqual((t.dtype, t.tolist()), (dtype, values))

    def assertRuntimeError(self, message, f, *args, **kwargs):
        with self.assertRaises(RuntimeError) as caught:
            f(*args, **kwargs)
        self.assertEqual(str(caught.exception), message)


class MseLoss(LossTestCase):
    def test_an_int64_input_and_a_float64_target_fail_at_backward_with_the_input_named(self):
        target = tensor(Y, torch.float64, True)
        loss = F.mse_loss(tensor(X, torch.int64), target)
        self.assertTensor(loss, torch.float64, 4.8125)
        self.assertRuntimeError("Found dtype Long but expected Double", loss.backward)
        self.assertIsNone(target.grad)

    def test_the_input_gradient_is_taken_first(self):
        loss = F.mse_loss(tensor(X, torch.float32, True), tensor(Y, torch.float64, True))
        self.assertTensor(loss, torch.float64, 5.140625)
        self.assertRuntimeError("Found dtype Double but expected Float", loss.backward)

    def test_the_target_gradient_alone_names_the_input(self):
        loss = F.mse_loss(tensor(X, torch.float64), tensor(Y, torch.float32, True), reduction="none")
        self.assertTensor(loss, torch.float64, [0.5625, 4.0, 16.0, 0.0])
        self.assertRuntimeError("Found dtype Double but expected Float", loss.sum().backward)

    def test_the_target_gradient_of_one_dtype_is_plus_zero_where_input_equals_target(self):
        target = tensor(Y, torch.float32, True)
        F.mse_loss(tensor(X, torch.float32), target).backward()
        self.assertTensor(target.grad, torch.float32, [0.375, -1.0, 2.0, 0.0])
        self.assertEqual(str(target.grad), "tensor([ 0.3750, -1.0000,  2.0000,  0.0000])")


class HuberLoss(LossTestCase):
    def test_the_loss_has_the_input_dtype(self):
        loss = F.huber_loss(tensor(X, torch.float32, True), tensor(Y, torch.float64))
        self.assertTensor(loss, torch.float32, 1.3203125)
        self.assertRuntimeError("Found dtype Double but expected Float", loss.backward)

    def test_an_int64_input_cannot_hold_the_loss(self):
        self.assertRuntimeError("result type Float can't be cast to the desired output type Long",
                                F.huber_loss, tensor(X, torch.int64), tensor(Y, torch.float32, True))

    def test_the_target_gradient_names_the_input(self):
        loss = F.huber_loss(tensor(X, torch.float64), tensor(Y, torch.float32, True), reduction="sum")
        self.assertTensor(loss, torch.float64, 5.28125)
        self.assertRuntimeError("Found dtype Double but expected Float", loss.backward)


class SmoothL1Loss(LossTestCase):
    def test_each_gradient_has_its_operand_dtype(self):
        x, y = tensor(X, torch.float64, True), tensor(Y, torch.float32, True)
        loss = F.smooth_l1_loss(x, y)
        self.assertTensor(loss, torch.float64, 1.3203125)
        loss.backward()
        self.assertTensor(x.grad, torch.float64, [-0.1875, 0.25, -0.25, 0.0])
        self.assertTensor(y.grad, torch.float32, [0.1875, -0.25, 0.25, 0.0])

    def test_beta_0_counts_a_zero_difference_as_negative(self):
        x, y = tensor(X, torch.float32, True), tensor(Y, torch.float32, True)
        F.smooth_l1_loss(x, y, beta=0.0).backward()
        self.assertTensor(x.grad, torch.float32, [-0.25, 0.25, -0.25, -0.25])
        self.assertTensor(y.grad, torch.float32, [0.25, -0.25, 0.25, -0.25])


class BinaryCrossEntropy(LossTestCase):
    def test_the_target_must_have_the_input_dtype(self):
        self.assertRuntimeError("Found dtype Double but expected Float", F.binary_cross_entropy,
                                tensor([0.25, 0.5], torch.float32, True), tensor([0.0, 1.0], torch.float64))
        self.assertRuntimeError("Found dtype Float but expected Long", F.binary_cross_entropy,
                                tensor([0.0, 1.0], torch.int64), tensor([0.0, 1.0], torch.float32, True))

    def test_with_logits_the_loss_has_the_target_dtype(self):
        x = tensor(X, torch.float64, True)
        loss = F.binary_cross_entropy_with_logits(x, tensor(LABELS, torch.float32))
        self.assertTensor(loss, torch.float32, 1.5507169961929321)
        loss.backward()
        self.assertTensor(x.grad, torch.float64,
                          [0.14054412522144952, -0.04560638095158909, -0.2201992694944706, 0.23814353170560834])

    def test_with_logits_an_int64_operand_fails_in_the_first_in_place_step(self):
        self.assertRuntimeError("result type Double can't be cast to the desired output type Long",
                                F.binary_cross_entropy_with_logits, tensor(X, torch.float64, True),
                                tensor(LABELS, torch.int64))
        self.assertRuntimeError("result type Float can't be cast to the desired output type Long",
                                F.binary_cross_entropy_with_logits, tensor(X, torch.int64),
                                tensor(LABELS, torch.float64, True))


class KlDivAndNllLoss(LossTestCase):
    def test_kl_div_refuses_integral_operands(self):
        self.assertRuntimeError("kl_div: Integral inputs not supported.", F.kl_div,
                                tensor(X, torch.float32, True), tensor(Y, torch.int64), reduction="batchmean")

    def test_nll_loss_wants_its_weight_of_the_input_dtype(self):
        self.assertRuntimeError("expected scalar type Float but found Double", F.cross_entropy,
                                torch.zeros(2, 3, requires_grad=True), torch.tensor([0, 2]),
                                torch.ones(3, dtype=torch.float64))


if __name__ == "__main__":
    unittest.main()
