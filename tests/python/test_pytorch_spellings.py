"""Spellings real programs use beside PyTorch's own. What PyTorch prints for them (the legacy
Variable, NumPy's keyword names, Tensor.new_* factories, linspace's bits) is in the conformance
cases; here is what differs from PyTorch's text."""
import unittest

import torch


class NumPyKeywordNames(unittest.TestCase):
    def test_giving_both_spellings_of_an_argument_is_a_type_error(self):
        # PyTorch's message lists the overloads of sum(); ours names the argument given twice.
        with self.assertRaises(TypeError) as caught:
            torch.ones(2).sum(keepdim=True, keepdims=True)
        self.assertEqual(str(caught.exception), "sum() got multiple values for argument 'keepdim'")


if __name__ == "__main__":
    unittest.main()
