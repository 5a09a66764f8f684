"""gradbook.step_backward: the seed lesson's backward pass as steps, in the engine's own order,
with the gradient each node received, its local derivative and what it sent to each input;
the learner's tensors are left as they were.

Expected values, by hand, for z = 3 * (x ** 2) + 2 * y + 5 with gradient ones:
∂z/∂y = 2, ∂z/∂x = 6x = [6, 12, 18]."""
import unittest

import torch
from torch.autograd.graph import _last_backward_edges, _set_backward_trace

STEP = "application/vnd.gradbook.step-backward+json"
SEED = """import torch, gradbook
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
z = 3 * (x ** 2) + 2 * y + 5
"""


def run_cell(source, namespace=None):
    namespace = {} if namespace is None else namespace
    exec(compile(source, "<cell>", "exec"), namespace)
    return namespace


class SeedLessonSteps(unittest.TestCase):
    def setUp(self):
        self.cell = run_cell(SEED + "shown = gradbook.step_backward(z, torch.ones_like(x))")
        self.spec = self.cell["shown"]._repr_mimebundle_()[STEP]
        self.titles = {node["id"]: node["title"] for node in self.spec["graph"]["nodes"]}

    def test_the_steps_are_the_nodes_in_the_order_the_engine_runs_them(self):
        # The engine's own record of a backward pass over the same graph: each node's outgoing
        # gradients, in the order they flowed.
        was = _set_backward_trace(True)
        try:
            self.cell["z"].backward(torch.ones(3), retain_graph=True)
            engine_order = []
            for source, *_ in _last_backward_edges():
                if source is not None and (not engine_order or engine_order[-1] is not source):
                    engine_order.append(source)
        finally:
            _set_backward_trace(was)
        names = [type(node).__name__ for node in engine_order]
        self.assertEqual([step["title"] for step in self.spec["steps"]], names)
        # 2 * y (created after 3 * x ** 2) runs before it: later nodes first, as in PyTorch.
        self.assertEqual(names, ["AddBackward0", "AddBackward0", "MulBackward0", "MulBackward0", "PowBackward0"])
        self.assertEqual(self.spec["steps"][0]["produces"], "z")

    def test_each_step_shows_incoming_gradient_local_derivative_and_what_flows_on(self):
        summary = [
            (step["incoming"], [(self.titles[i["to"]], i["input"], i["formula"], i["grad"]) for i in step["inputs"]])
            for step in self.spec["steps"]
        ]
        self.assertEqual(summary, [
            ("[1., 1., 1.]", [("AddBackward0", "a", "∂(a + b)/∂a = 1", "[1., 1., 1.]")]),
            ("[1., 1., 1.]", [("MulBackward0", "a", "∂(a + b)/∂a = 1", "[1., 1., 1.]"),
                              ("MulBackward0", "b", "∂(a + b)/∂b = 1", "[1., 1., 1.]")]),
            ("[1., 1., 1.]", [("y", "a", "∂(a·b)/∂a = b", "[2., 2., 2.]")]),
            ("[1., 1., 1.]", [("PowBackward0", "a", "∂(a·b)/∂a = b", "[3., 3., 3.]")]),
            ("[3., 3., 3.]", [("x", "a", "∂(a^2)/∂a = 2·a^1", "[ 6., 12., 18.]")]),
        ])
        self.assertEqual(self.spec["steps"][4]["inputs"][0]["chain"],
                         "∂L/∂a = ∂L/∂y · ∂y/∂a = [3., 3., 3.] · 2·a^1 = [ 6., 12., 18.]")

    def test_leaves_fill_their_grad_at_the_step_it_arrives(self):
        filled = [{self.titles[leaf]: grad for leaf, grad in step["leaves"].items()} for step in self.spec["steps"]]
        self.assertEqual(filled, [{}, {}, {"y": "grad [2., 2., 2.]"}, {}, {"x": "grad [ 6., 12., 18.]"}])
        self.assertEqual({self.titles[leaf]: line for leaf, line in self.spec["leaves_before"].items()},
                         {"x": "grad None", "y": "grad None"})

    def test_the_learners_tensors_are_untouched_and_backward_still_works(self):
        self.assertIsNone(self.cell["x"].grad)
        self.assertIsNone(self.cell["y"].grad)
        self.cell["z"].backward(torch.ones(3))
        self.assertEqual(self.cell["x"].grad.tolist(), [6.0, 12.0, 18.0])
        self.assertEqual(self.cell["y"].grad.tolist(), [2.0, 2.0, 2.0])

    def test_a_retained_intermediate_gradient_is_untouched_so_backward_counts_once(self):
        # torch.autograd.grad fills retain_grad() tensors in PyTorch 1.13; stepping must not.
        cell = run_cell(SEED + "h = x ** 2\nh.retain_grad()\nz = 3 * h + 2 * y + 5\n"
                        "gradbook.step_backward(z, torch.ones_like(x))\nz.backward(torch.ones_like(x))")
        self.assertEqual(cell["h"].grad.tolist(), [3.0, 3.0, 3.0])
        self.assertEqual(cell["x"].grad.tolist(), [6.0, 12.0, 18.0])

    def test_a_leaf_that_has_a_grad_shows_what_backward_would_add_to_it(self):
        cell = run_cell(SEED + "z.backward(torch.ones_like(x), retain_graph=True)\n"
                        "shown = gradbook.step_backward(z, torch.ones_like(x))")
        spec = cell["shown"]._repr_mimebundle_()[STEP]
        self.assertEqual(spec["steps"][4]["leaves"], {"n6": "grad [12., 24., 36.]"})
        self.assertEqual(cell["x"].grad.tolist(), [6.0, 12.0, 18.0])

    def test_the_text_form_lists_every_step(self):
        text = self.cell["shown"]._repr_mimebundle_()["text/plain"]
        self.assertEqual(text.splitlines()[0], "backward pass of z, in the engine's order (5 steps):")
        self.assertIn("step 5/5: PowBackward0\n  incoming ∂L/∂y = [3., 3., 3.]\n  to x: ∂(a^2)/∂a = 2·a^1\n"
                      "    ∂L/∂a = ∂L/∂y · ∂y/∂a = [3., 3., 3.] · 2·a^1 = [ 6., 12., 18.]\n  x.grad = [ 6., 12., 18.]", text)

    def test_a_tensor_without_history_is_refused_clearly(self):
        with self.assertRaisesRegex(RuntimeError, "has no grad_fn"):
            run_cell("import torch, gradbook\ngradbook.step_backward(torch.ones(2))")

    def test_a_non_scalar_without_gradient_gets_pytorchs_error(self):
        with self.assertRaisesRegex(RuntimeError, "grad can be implicitly created only for scalar outputs"):
            run_cell(SEED + "gradbook.step_backward(z)")


class EveryOpExplainKnows(unittest.TestCase):
    """The formulas come from gradbook.explain's table, so ops beyond the seed lesson's get one
    too: an elementwise op its local derivative, any other op the gradient each input receives."""

    def formulas(self, source):
        spec = run_cell("import torch, gradbook\n" + source)["shown"]._repr_mimebundle_()[STEP]
        return {step["title"]: [(i["formula"], i["chain"]) for i in step["inputs"]] for step in spec["steps"]}

    def test_an_elementwise_op_shows_its_local_derivative_as_one_factor(self):
        steps = self.formulas("x = torch.tensor([0.0, 1.0], requires_grad=True)\n"
                              "shown = gradbook.step_backward(torch.tanh(x).mean())")
        self.assertEqual(steps["MeanBackward0"], [("∂(mean(a))/∂a = 1/2",
                                                   "∂L/∂a = ∂L/∂y · ∂y/∂a = 1. · 1/2 = [0.5000, 0.5000]")])
        self.assertEqual(steps["TanhBackward0"], [("∂(tanh(a))/∂a = 1 − tanh²(a)", "∂L/∂a = ∂L/∂y · ∂y/∂a = "
                                                   "[0.5000, 0.5000] · (1 − tanh²(a)) = [0.5000, 0.2100]")])

    def test_the_numbers_a_node_saved_are_filled_in(self):
        steps = self.formulas("x = torch.tensor([1.0, 2.0], requires_grad=True)\n"
                              "shown = gradbook.step_backward(torch.sub(x ** 3, x, alpha=2).sum())")
        self.assertEqual([f for f, _ in steps["SubBackward0"]], ["∂(a − b)/∂a = 1", "∂(a − b)/∂b = −2"])
        self.assertEqual([f for f, _ in steps["PowBackward0"]], ["∂(a^3)/∂a = 3·a^2"])

    def test_a_matrix_product_shows_the_gradient_each_input_receives(self):
        steps = self.formulas("x = torch.tensor([[1.0, 2.0]], requires_grad=True)\n"
                              "w = torch.tensor([[3.0], [4.0]], requires_grad=True)\n"
                              "shown = gradbook.step_backward((x @ w).sum())")
        self.assertEqual(steps["MmBackward0"], [("∂L/∂a = ∂L/∂y·bᵀ", "∂L/∂a = [[3., 4.]]"),
                                                ("∂L/∂b = aᵀ·∂L/∂y", "∂L/∂b = [[1.],\n [2.]]")])


if __name__ == "__main__":
    unittest.main()
