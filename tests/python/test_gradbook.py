"""The gradbook module: the computational graph with traced gradients (the chain rule written
out is in test_explain.py), landscapes, decision boundaries and line charts, as the data the page draws.

gradbook names tensors by the variables of the cell that calls it, so the scenes that need
names run as a learner's cell, in a namespace of their own."""
import unittest

import gradbook
import torch
from torch.autograd.graph import _set_backward_trace

GRAPH = "application/vnd.gradbook.graph+json"
FIGURE = "application/vnd.gradbook.figure+json"
SEED = """import torch, gradbook
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
z = 3 * (x ** 2) + 2 * y + 5
"""
BACKWARD = "z.backward(torch.ones_like(x))\n"


def setUpModule():
    _set_backward_trace(True)  # as the notebook page runs


def run_cell(source, namespace=None):
    """Runs ``source`` as a cell; returns its namespace."""
    namespace = {} if namespace is None else namespace
    exec(compile(source, "<cell>", "exec"), namespace)
    return namespace


def shown(source):
    """The mime bundle of the value the cell leaves in ``shown``."""
    return run_cell(source)["shown"]._repr_mimebundle_()


def nodes_titled(spec, title):
    return [node for node in spec["nodes"] if node["title"] == title]


def edge(spec, from_title, to_title):
    titles = {node["id"]: node["title"] for node in spec["nodes"]}
    return next(e for e in spec["edges"] if (titles[e["from"]], titles[e["to"]]) == (from_title, to_title))


class GraphBeforeBackward(unittest.TestCase):
    def setUp(self):
        self.spec = shown(SEED + "shown = gradbook.graph(z)")[GRAPH]

    def test_names_every_node_by_its_grad_fn_or_variable(self):
        self.assertEqual(sorted(node["title"] for node in self.spec["nodes"]),
                         sorted(["AddBackward0", "AddBackward0", "MulBackward0", "MulBackward0", "PowBackward0",
                                 "x", "y", "z"]))

    def test_shows_a_leaf_with_its_values_and_no_grad(self):
        [x] = nodes_titled(self.spec, "x")
        self.assertEqual((x["kind"], x["subtitle"], x["lines"]), ("leaf", "AccumulateGrad", ["[1., 2., 3.]", "grad None"]))

    def test_shows_the_result_with_its_values(self):
        self.assertEqual(nodes_titled(self.spec, "z")[0]["lines"], ["[16., 27., 44.]"])

    def test_has_every_edge_without_a_gradient(self):
        self.assertEqual(len(self.spec["edges"]), 7)
        self.assertTrue(all(e["grad"] is None for e in self.spec["edges"]))

    def test_notes_that_backward_has_not_run(self):
        self.assertRegex(self.spec["note"], r"Run backward\(\)")


class GraphAfterBackward(unittest.TestCase):
    def setUp(self):
        self.bundle = shown(SEED + BACKWARD + "shown = gradbook.graph(z)")
        self.spec = self.bundle[GRAPH]

    def test_carries_on_each_edge_the_gradient_that_flowed_along_it(self):
        self.assertEqual(edge(self.spec, "z", "AddBackward0")["grad"], "[1., 1., 1.]")
        self.assertEqual(edge(self.spec, "MulBackward0", "PowBackward0")["grad"], "[3., 3., 3.]")
        self.assertEqual(edge(self.spec, "PowBackward0", "x")["grad"], "[ 6., 12., 18.]")
        self.assertEqual(edge(self.spec, "MulBackward0", "y")["grad"], "[2., 2., 2.]")

    def test_shows_a_leafs_grad(self):
        self.assertEqual(nodes_titled(self.spec, "x")[0]["lines"], ["[1., 2., 3.]", "grad [ 6., 12., 18.]"])

    def test_is_marked_traced(self):
        self.assertIs(self.spec["traced"], True)

    def test_as_text_lists_the_edges_top_down(self):
        lines = self.bundle["text/plain"].split("\n")
        self.assertEqual(lines[0], "computational graph of z:")
        self.assertEqual(lines[1], "  z -> AddBackward0   grad [1., 1., 1.]")
        self.assertEqual(lines[-1], "  PowBackward0 -> x   grad [ 6., 12., 18.]")


class GraphLabels(unittest.TestCase):
    def test_name_a_modules_parameters_by_where_they_live(self):
        spec = shown("""import torch, gradbook
model = torch.nn.Sequential(torch.nn.Linear(2, 1))
loss = model(torch.ones(1, 2)).sum()
shown = gradbook.graph(loss)""")[GRAPH]
        leaves = sorted(node["title"] for node in spec["nodes"] if node["kind"] == "leaf")
        self.assertEqual(leaves, ["model.0.bias", "model.0.weight"])

    def test_wrap_a_row_too_wide_for_one_line_as_pytorch_wraps_it(self):
        spec = shown("""import torch, gradbook
wide = torch.linspace(-1, 1, 8, requires_grad=True)
shown = gradbook.graph((wide * 3).sum())""")[GRAPH]
        self.assertEqual(nodes_titled(spec, "wide")[0]["lines"][0],
                         "[-1.0000, -0.7143, -0.4286, -0.1429,  0.1429,\n  0.4286,  0.7143,  1.0000]")

    def test_keep_the_values_of_a_narrow_column(self):
        spec = shown("""import torch, gradbook
column = torch.linspace(-1, 1, 8).reshape(8, 1).requires_grad_()
shown = gradbook.graph(column.sum())""")[GRAPH]
        self.assertEqual(len(nodes_titled(spec, "column")[0]["lines"][0].split("\n")), 8)


class LandscapeOfAFunctionOfTensors(unittest.TestCase):
    def setUp(self):
        figure = gradbook.landscape(lambda a, b: a**2 + 3 * b**2, (-2, 2), (-1, 1),
                                    path=[(1.0, 0.5), (0.5, 0.2)], resolution=5, arrows=2)
        self.layers = figure._repr_mimebundle_()[FIGURE]["layers"]

    def test_draws_a_field_arrows_and_the_path(self):
        self.assertEqual([layer["type"] for layer in self.layers], ["field", "arrows", "path"])

    def test_samples_the_function_on_a_grid(self):
        field = self.layers[0]
        self.assertEqual((field["x"], field["y"]), ([-2, 2], [-1, 1]))
        self.assertEqual(field["z"][0], [7, 4, 3, 4, 7])  # y = -1: x² + 3
        self.assertEqual(field["z"][2], [4, 1, 0, 1, 4])  # y = 0

    def test_points_the_arrows_downhill(self):
        # At (1, 0.5) the gradient is (2, 3): downhill is (-2, -3).
        arrow = next(p for p in self.layers[1]["points"] if (p[0], p[1]) == (1, 0.5))
        self.assertEqual(list(arrow), [1, 0.5, -2, -3])

    def test_draws_the_path_given(self):
        path = self.layers[2]
        self.assertEqual((path["x"], path["y"]), ([1, 0.5], [0.5, 0.2]))


class LandscapeOfAFunctionOfNumbers(unittest.TestCase):
    def landscape(self):
        return gradbook.landscape(lambda a, b: float(a) * float(b), (0, 1), (0, 1), resolution=3)

    def test_evaluates_it_point_by_point(self):
        layers = self.landscape()._repr_mimebundle_()[FIGURE]["layers"]
        self.assertEqual(layers[0]["z"], [[0, 0, 0], [0, 0.25, 0.5], [0, 0.5, 1]])

    def test_draws_no_arrows_without_a_gradient(self):
        self.assertEqual(len(self.landscape()._repr_mimebundle_()[FIGURE]["layers"]), 1)

    def test_leaves_the_latest_backward_trace_alone(self):
        cell = run_cell(SEED + BACKWARD)
        self.landscape()
        self.assertIs(run_cell("shown = gradbook.graph(z)", cell)["shown"]._repr_mimebundle_()[GRAPH]["traced"], True)


class LandscapeWithSeveralPaths(unittest.TestCase):
    def test_draws_each_named_path_in_its_own_colour(self):
        figure = gradbook.landscape(lambda a, b: a * a + b * b, (-1, 1), (-1, 1), resolution=3, arrows=0,
                                    path={"SGD": [(1, 1), (0.5, 0.5)], "Adam": [(-1, 1), (0, 0)]})
        paths = [layer for layer in figure._repr_mimebundle_()[FIGURE]["layers"] if layer["type"] == "path"]
        self.assertEqual([p["label"] for p in paths], ["SGD", "Adam"])
        self.assertNotEqual(paths[0]["color"], paths[1]["color"])


class DecisionBoundary(unittest.TestCase):
    def setUp(self):
        figure = gradbook.decision_boundary(lambda points: points.sum(1) * 5,
                                            torch.tensor([[-1.0, 0.0], [1.0, 0.0]]), torch.tensor([0, 1]),
                                            x_range=(-1, 1), y_range=(-1, 1), resolution=3)
        self.layers = figure._repr_mimebundle_()[FIGURE]["layers"]

    def test_shades_the_probability_of_class_1(self):
        field = self.layers[0]
        self.assertEqual(field["domain"], [0, 1])
        self.assertEqual(field["z"][1][1], 0.5)
        self.assertLess(field["z"][1][0], 0.01)
        self.assertGreater(field["z"][1][2], 0.99)

    def test_colours_the_points_by_class(self):
        class0, class1 = self.layers[1:]
        self.assertEqual((class0["label"], class0["x"], class1["label"], class1["x"]),
                         ("class 0", [-1], "class 1", [1]))


class Plot(unittest.TestCase):
    def setUp(self):
        self.spec = gradbook.plot({"train": [3, 2, 1], "test": [4, 3, 3]}, title="loss",
                                  xlabel="epoch")._repr_mimebundle_()[FIGURE]

    def test_draws_one_line_per_series(self):
        self.assertEqual([(l["type"], l["label"], l["x"], l["y"]) for l in self.spec["layers"]], [
            ("line", "train", [0, 1, 2], [3, 2, 1]),
            ("line", "test", [0, 1, 2], [4, 3, 3]),
        ])

    def test_keeps_the_title_and_axis_label(self):
        self.assertEqual((self.spec["title"], self.spec["xlabel"]), ("loss", "epoch"))

    def test_shows_a_legend_for_named_series(self):
        self.assertIs(self.spec["legend"], True)

    def test_has_a_linear_y_axis_unless_asked(self):
        self.assertIs(self.spec["log_y"], False)
        self.assertIs(gradbook.plot([1, 0.1, 0.01], log_y=True)._repr_mimebundle_()[FIGURE]["log_y"], True)


if __name__ == "__main__":
    unittest.main()
