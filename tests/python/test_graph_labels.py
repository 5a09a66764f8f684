"""The values a graph's nodes show: PyTorch's digits, a column and a row of the same few values
both in full (a long row wraps as PyTorch wraps rows past its line width), only the shape when
there are too many; the learner's print options are left as they were."""
import unittest

import torch
from gradbook import graph
from gradbook._short import MAX_LINE_LENGTH, short

VALUES = [0.1234, -1.5, 2.25, 3.0, -0.5, 0.75, 1.125, -2.0]


def leaf_lines(t):
    """The lines of the leaf node drawn for ``t`` in the graph of ``(t * 2).sum()``."""
    total = (t * 2).sum()
    total.backward()
    spec = graph(total).spec
    return next(node["lines"] for node in spec["nodes"] if node["kind"] == "leaf")


class ColumnsAndRowsShowAlike(unittest.TestCase):
    def test_an_8_by_1_column_shows_every_value(self):
        x = torch.tensor([[v] for v in VALUES], requires_grad=True)
        self.assertEqual(short(x), "[[ 0.1234],\n [-1.5000],\n [ 2.2500],\n [ 3.0000],\n"
                         " [-0.5000],\n [ 0.7500],\n [ 1.1250],\n [-2.0000]]")

    def test_a_1_by_8_row_shows_every_value_wrapped_to_the_label_width(self):
        x = torch.tensor([VALUES], requires_grad=True)
        self.assertEqual(short(x), "[[ 0.1234, -1.5000,  2.2500,  3.0000, -0.5000,\n"
                         "   0.7500,  1.1250, -2.0000]]")

    def test_no_label_line_is_wider_than_the_limit(self):
        for shape in [(1, 12), (12,), (2, 6), (3, 4)]:
            with self.subTest(shape=shape):
                lines = short(torch.arange(12.0).reshape(shape) * 1000.5).split("\n")
                self.assertLessEqual(max(len(line) for line in lines), MAX_LINE_LENGTH)

    def test_the_graph_draws_row_and_column_leaves_in_full(self):
        row = torch.tensor([VALUES], requires_grad=True)
        column = torch.tensor([[v] for v in VALUES], requires_grad=True)
        self.assertEqual(leaf_lines(row)[0], short(row))
        self.assertEqual(leaf_lines(column)[0], short(column))
        self.assertNotIn("tensor", leaf_lines(row)[0])

    def test_too_many_values_show_the_shape(self):
        self.assertEqual(short(torch.zeros(1, 13)), "[1, 13] tensor")
        self.assertEqual(short(torch.zeros(13, 1)), "[13, 1] tensor")

    def test_the_learners_print_options_are_kept(self):
        torch.set_printoptions(precision=2, sci_mode=True)
        try:
            short(torch.tensor([[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]]))
            self.assertEqual(repr(torch.tensor([1.0, 20.0])), "tensor([1.00e+00, 2.00e+01])")
            self.assertEqual(torch._print_options.linewidth, 80)
        finally:
            torch.set_printoptions(profile="default")


if __name__ == "__main__":
    unittest.main()
