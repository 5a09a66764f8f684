"""gradbook.explain(x): the chain rule behind x.grad, written out with the numbers, for each
family of ops: algebra, unary functions, sums and means, matrix products (Linear), broadcasting,
indexing and the losses; constants by their values; long chains whole in text and folded on the
page. The expected numbers are PyTorch 1.13's.

gradbook names tensors by the variables of the cell that calls it, so each scene runs as a
learner's cell, in a namespace of its own."""
import unittest

from torch.autograd.graph import _set_backward_trace


def setUpModule():
    _set_backward_trace(True)  # as the notebook page and the runner run


def explained(source, leaf):
    """What gradbook.explain(leaf) gives after the cell ``source``: (text, markdown)."""
    namespace = {}
    exec(compile("import torch, gradbook\nimport torch.nn.functional as F\n" + source
                 + f"\nshown = gradbook.explain({leaf})", "<cell>", "exec"), namespace)
    bundle = namespace["shown"]._repr_mimebundle_()
    return bundle["text/plain"], bundle["text/markdown"]


def lines(text):
    return text.split("\n")


SEED = """
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
z = 3 * (x ** 2) + 2 * y + 5
"""


class Algebra(unittest.TestCase):
    def test_writes_the_forward_pass_the_chain_rule_and_the_backward_pass(self):
        text, _ = explained(SEED + "z.backward(torch.ones_like(x))", "x")
        self.assertEqual(text, """\
How x.grad was computed: the chain rule along the graph of the latest backward pass.
The forward pass, one node at a time:
  u₁ = x^2   (PowBackward0)
  u₂ = 3·u₁   (MulBackward0)
  u₃ = 2·y   (MulBackward0)
  u₄ = u₂ + u₃   (AddBackward0)
  z = u₄ + 5   (AddBackward0)
The chain rule, one factor per node:
  ∂z/∂x = ∂z/∂u₄ · ∂u₄/∂u₂ · ∂u₂/∂u₁ · ∂u₁/∂x = 1 · 1 · 3 · 2x = 6x = [6, 12, 18]
The backward pass, step by step, with the gradients it computed:
  ∂z/∂z = [1, 1, 1]   (the gradient backward() started from)
  ∂z/∂u₄ = ∂z/∂z = [1, 1, 1]
  ∂z/∂u₂ = ∂z/∂u₄ = [1, 1, 1]
  ∂z/∂u₁ = ∂z/∂u₂ · 3 = [3, 3, 3]
  ∂z/∂x = ∂z/∂u₁ · 2x = [6, 12, 18]""")

    def test_writes_the_chain_rule_in_latex_for_the_page(self):
        _, markdown = explained(SEED + "z.backward(torch.ones_like(x))", "x")
        # one part to a line, aligned at =, so that the display fits a phone
        self.assertIn("\n".join([
            r"&= 1 \cdot 1 \cdot 3 \cdot 2x \\",
            r"&= 6x \\",
            r"&= \texttt{[6,\ 12,\ 18]}",
            r"\end{aligned}"]), markdown)
        # the numbers of each backward step as code, which wraps at its spaces
        self.assertIn(r"- $\frac{\partial z}{\partial x} = \frac{\partial z}{\partial u_{1}} \cdot 2x$ = `[6, 12, 18]`", markdown)
        self.assertIn(r"- $u_{4} = u_{2} + u_{3}$ &nbsp; (AddBackward0)", markdown)

    def test_shows_a_constant_by_its_value_not_as_c(self):
        text, markdown = explained("""
a = torch.tensor([1.0, 2.0], requires_grad=True)
d = a - 4
b = d / 2
c = 10 - b
c.backward(torch.ones(2))""", "a")
        self.assertEqual(lines(text)[2:5], ["  d = a − 4   (SubBackward0)",
                                            "  b = d / 2   (DivBackward0)",
                                            "  c = 10 − b   (RsubBackward1)"])
        self.assertNotIn("constant that needs no gradient", text)
        self.assertIn("∂c/∂a = ∂c/∂b · ∂b/∂d · ∂d/∂a = -1 · 0.5 · 1 = -0.5 = [-0.5, -0.5]", text)

    def test_adds_up_the_paths_when_a_leaf_is_used_twice(self):
        text, _ = explained("""
a = torch.tensor(2.0, requires_grad=True)
b = a * a + a / 4
b.backward()""", "a")
        self.assertIn("  u₂ = a / 4   (DivBackward0)", lines(text))
        self.assertIn("  path: ∂b/∂u₂ · ∂u₂/∂a = 1 · 0.25 = 0.25", lines(text))
        self.assertEqual(lines(text).count("  path: ∂b/∂u₁ · ∂u₁/∂a = 1 · a = a"), 2)
        self.assertIn("  ∂b/∂a = sum of the paths = 4.25", lines(text))
        # a·a sends a back to a twice, a/4 sends 1/4: 2 + 2 + 0.25
        self.assertEqual(lines(text)[-1], "  ∂b/∂a = ∂b/∂u₂ · 0.25 + ∂b/∂u₁ · a + ∂b/∂u₁ · a = 4.25")

    def test_warns_when_grad_holds_gradients_of_earlier_backward_passes(self):
        text, _ = explained(SEED + "z.backward(torch.ones_like(x), retain_graph=True)\nz.backward(torch.ones_like(x))", "x")
        self.assertTrue(text.endswith(
            "\nx.grad is [12, 24, 36], not [6, 12, 18]: gradients add up in .grad across backward passes until it\n"
            "    is zeroed (optimizer.zero_grad(), or x.grad.zero_())."))

    def test_names_a_non_ones_gradient_given_to_backward_a_vector_jacobian_product(self):
        text, _ = explained(SEED + "z.backward(torch.tensor([1.0, 0.5, 2.0]))", "x")
        self.assertIn("  ∂z/∂x = ∂z/∂u₄ · ∂u₄/∂u₂ · ∂u₂/∂u₁ · ∂u₁/∂x = 1 · 1 · 3 · 2x = 6x", lines(text))
        self.assertIn("  ∂z/∂x = ∂z/∂u₁ · 2x = [6, 6, 36]", lines(text))
        self.assertIn("backward() started from the gradient [1, 0.5, 2] instead of ones", text)

    def test_says_so_when_the_graph_was_freed_with_its_unnamed_output(self):
        text, _ = explained("w = torch.tensor([1.0], requires_grad=True)\n(w * 2).sum().backward()", "w")
        self.assertEqual(text, "The graph from the latest backward pass down to w is gone: its output was no variable's, "
                               "so it was freed. Keep it in one (loss = ...; loss.backward()) to see the chain rule.")

    def test_says_so_when_no_backward_pass_has_reached_the_tensor(self):
        text, _ = explained("w = torch.tensor([1.0], requires_grad=True)", "w")
        self.assertEqual(text, "w.grad is None: there is no chain rule to show until a backward pass reaches w.")


class UnaryFunctions(unittest.TestCase):
    """Each function's derivative, written out, and its numbers at u = [0.5, 2]."""

    def step(self, call):
        text, _ = explained(f"u = torch.tensor([0.5, 2.0], requires_grad=True)\nout = {call}.sum()\nout.backward()", "u")
        return lines(text)[-1]

    def test_sigmoid(self):
        self.assertEqual(self.step("torch.sigmoid(u)"), "  ∂out/∂u = ∂out/∂u₁ · (σ(u)(1 − σ(u))) = [0.235, 0.105]")

    def test_tanh(self):
        self.assertEqual(self.step("torch.tanh(u)"), "  ∂out/∂u = ∂out/∂u₁ · (1 − tanh²(u)) = [0.7864, 0.07065]")

    def test_exp(self):
        self.assertEqual(self.step("torch.exp(u)"), "  ∂out/∂u = ∂out/∂u₁ · exp(u) = [1.649, 7.389]")

    def test_log(self):
        self.assertEqual(self.step("torch.log(u)"), "  ∂out/∂u = ∂out/∂u₁ · 1/u = [2, 0.5]")

    def test_relu(self):
        self.assertEqual(self.step("torch.relu(u - 1)"), "  ∂out/∂u = ∂out/∂u₁ = [0, 1]")
        text, _ = explained("u = torch.tensor([0.5, 2.0], requires_grad=True)\nout = torch.relu(u - 1).sum()\nout.backward()", "u")
        self.assertIn("  ∂out/∂u₁ = ∂out/∂u₂ · (1 where u₁ > 0, else 0) = [0, 1]", lines(text))

    def test_sin_and_cos(self):
        self.assertEqual(self.step("torch.sin(u)"), "  ∂out/∂u = ∂out/∂u₁ · cos(u) = [0.8776, -0.4161]")
        self.assertEqual(self.step("torch.cos(u)"), "  ∂out/∂u = ∂out/∂u₁ · −sin(u) = [-0.4794, -0.9093]")

    def test_sqrt_and_abs(self):
        self.assertEqual(self.step("torch.sqrt(u)"), "  ∂out/∂u = ∂out/∂u₁ · 1/(2√u) = [0.7071, 0.3536]")
        self.assertEqual(self.step("torch.abs(u)"), "  ∂out/∂u = ∂out/∂u₁ · sign(u) = [1, 1]")

    def test_softplus_gelu_and_leaky_relu(self):
        self.assertEqual(self.step("F.softplus(u)"), "  ∂out/∂u = ∂out/∂u₁ · σ(u) = [0.6225, 0.8808]")
        self.assertEqual(self.step("F.gelu(u)"), "  ∂out/∂u = ∂out/∂u₁ · (Φ(u) + u·φ(u)) = [0.8675, 1.085]")
        self.assertEqual(self.step("F.leaky_relu(u)"),
                         "  ∂out/∂u = ∂out/∂u₁ · (1 where u > 0, else the negative slope α) = [1, 1]")

    def test_the_forward_pass_names_the_function(self):
        text, markdown = explained("u = torch.tensor([0.5, 2.0], requires_grad=True)\nout = torch.sigmoid(u).sum()\nout.backward()", "u")
        self.assertEqual(lines(text)[2], "  u₁ = σ(u)   (SigmoidBackward0)")
        self.assertIn(r"\cdot \left(\sigma(u)\,(1-\sigma(u))\right)", markdown)


class SumsAndMeans(unittest.TestCase):
    def test_a_sum_copies_its_gradient_to_every_element(self):
        text, _ = explained("v = torch.tensor([1.0, 2.0], requires_grad=True)\ns = v.sum()\ns.backward()", "v")
        self.assertEqual(lines(text)[-1], "  ∂s/∂v = ∂s/∂s, copied to every element of v's shape [2] = [1, 1]")

    def test_a_mean_divides_it_by_the_count(self):
        text, _ = explained("v = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)\nm = v.mean()\nm.backward()", "v")
        self.assertEqual(lines(text)[-1], "  ∂m/∂v = ∂m/∂m · 0.25, copied to every element of v's shape [4] = [0.25, 0.25, 0.25, 0.25]")

    def test_a_sum_over_a_dim_copies_along_it(self):
        text, _ = explained("v = torch.ones(2, 2, requires_grad=True)\ns = (v.sum(0) * torch.tensor([1.0, 3.0])).sum()\ns.backward()", "v")
        self.assertEqual(lines(text)[-1], "  ∂s/∂v = ∂s/∂u₁ copied along the summed dims, back to v's shape [2, 2] = [[1, 3], [1, 3]]")


LINEAR = """
torch.manual_seed(0)
model = torch.nn.Linear(3, 2)
X = torch.tensor([[1.0, 2.0, 3.0], [0.0, 1.0, -1.0]])
Y = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
L = F.mse_loss(model(X), Y)
L.backward()"""


class MatrixProducts(unittest.TestCase):
    def test_a_linear_layer_in_matrix_form_with_its_shapes(self):
        text, _ = explained(LINEAR, "model.weight")
        self.assertEqual(text, """\
How model.weight.grad was computed: the chain rule along the graph of the latest backward pass.
The forward pass, one node at a time:
  u₁ = model.weightᵀ   (TBackward0, shape [3, 2])
  u₂ = model.bias + X·u₁   (AddmmBackward0, shape [2, 2])
  L = mse_loss(u₂, Y) = mean((u₂ − Y)²)   (MseLossBackward0)
The chain rule, one factor per node:
  ∂L/∂model.weight = ∂L/∂u₂ · ∂u₂/∂u₁ · ∂u₁/∂model.weight = [[-0.9109, -1.435, -3.12], [0.0263,
      -0.4071, 0.5386]]
The backward pass, step by step, with the gradients it computed:
  ∂L/∂L = 1   (the gradient backward() started from)
  ∂L/∂u₂ = ∂L/∂L · 2(u₂ − Y) (divided by n = 4 for reduction='mean', the default) = [[-0.9109,
      0.0263], [0.3867, -0.4597]]
  ∂L/∂u₁ = Xᵀ·∂L/∂u₂   (shapes [2, 3]ᵀ·[2, 2] → [3, 2]) = [[-0.9109, 0.0263], [-1.435, -0.4071],
      [-3.12, 0.5386]]
  ∂L/∂model.weight = (∂L/∂u₁)ᵀ = (∂L/∂u₂)ᵀ·X   (shapes [2, 2]ᵀ·[2, 3] → [2, 3]) = [[-0.9109, -1.435,
      -3.12], [0.0263, -0.4071, 0.5386]]""")

    def test_the_bias_gets_the_gradient_summed_over_the_rows(self):
        text, _ = explained(LINEAR, "model.bias")
        self.assertEqual(lines(text)[-1], "  ∂L/∂model.bias = ∂L/∂u₂ summed over the rows, to model.bias's shape [2] = [-0.5242, -0.4334]")

    def test_a_matrix_times_a_vector(self):
        text, _ = explained("""
A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
v = torch.tensor([1.0, -1.0], requires_grad=True)
s = (A @ v).sum()
s.backward()""", "v")
        self.assertEqual(lines(text)[-1], "  ∂s/∂v = Aᵀ·∂s/∂u₁   (shapes [3, 2]ᵀ·[3] → [2]) = [9, 12]")


class Broadcasting(unittest.TestCase):
    def test_the_gradient_is_summed_back_to_the_inputs_shape(self):
        text, _ = explained("""
b = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
M = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
total = (M * b).sum()
total.backward()""", "b")
        self.assertEqual(lines(text)[2], "  u₁ = M·b   (MulBackward0, shape [2, 3])")
        self.assertEqual(lines(text)[-1], "  ∂total/∂b = ∂total/∂u₁ · M, summed over the broadcast dims back to b's shape [3] = [5, 7, 9]")


class Indexing(unittest.TestCase):
    def test_the_gradient_is_scattered_back_into_zeros(self):
        text, _ = explained("""
a = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
picked = a[torch.tensor([0, 2, 2])]
s = (picked * 10).sum()
s.backward()""", "a")
        self.assertEqual(lines(text)[2], "  picked = a[index]   (IndexBackward0)")
        self.assertEqual(lines(text)[-2:], [
            "  ∂s/∂a = zeros of a's shape [4], with ∂s/∂picked put where the elements were taken (added up where",
            "      taken twice) = [10, 0, 20, 0]"])


class Losses(unittest.TestCase):
    def test_cross_entropy_is_log_softmax_then_nll(self):
        text, _ = explained("""
logits = torch.tensor([[1.0, 2.0, 0.5]], requires_grad=True)
ce = F.cross_entropy(logits, torch.tensor([1]))
ce.backward()""", "logits")
        self.assertEqual(lines(text)[2:4], ["  u₁ = log_softmax(logits)   (LogSoftmaxBackward0, shape [1, 3])",
                                            "  ce = nll_loss(u₁, target) = −mean of u₁[i, targetᵢ]   (NllLossBackward0)"])
        self.assertEqual(lines(text)[-6:], [
            "  ∂ce/∂u₁ = ∂ce/∂ce · −1 at [i, targetᵢ] and 0 elsewhere (divided by n = 1 for reduction='mean', the",
            "      default) = [[0, -1, 0]]",
            "  ∂ce/∂logits = ∂ce/∂u₁ − softmax(logits) · Σ∂ce/∂u₁ along the softmax dim = [[0.2312, -0.3715,",
            "      0.1402]]",
            "cross_entropy(u, target) is nll_loss(log_softmax(u), target): together their gradient is (softmax(u)",
            "    − one_hot(target)) / n."])

    def test_nll_divides_by_the_batch(self):
        text, _ = explained("""
logp = torch.tensor([[-1.0, -2.0], [-0.5, -3.0]], requires_grad=True)
loss = F.nll_loss(logp, torch.tensor([0, 1]))
loss.backward()""", "logp")
        self.assertEqual(lines(text)[-2:], [
            "  ∂loss/∂logp = ∂loss/∂loss · −1 at [i, targetᵢ] and 0 elsewhere (divided by n = 2 for",
            "      reduction='mean', the default) = [[-0.5, 0], [0, -0.5]]"])

    def test_binary_cross_entropy(self):
        text, _ = explained("""
p = torch.tensor([0.25, 0.5], requires_grad=True)
target = torch.tensor([1.0, 0.0])
loss = F.binary_cross_entropy(p, target)
loss.backward()""", "p")
        self.assertEqual(lines(text)[2:4], [
            "  loss = binary_cross_entropy(p, target) = −mean(target·log p + (1 − target)·log(1 − p))",
            "      (BinaryCrossEntropyBackward0)"])
        self.assertEqual(lines(text)[-2:], [
            "  ∂loss/∂p = ∂loss/∂loss · (p − target) / (p(1 − p)) (divided by n = 2 for reduction='mean', the",
            "      default) = [-2, 1]"])

    def test_mse_names_its_target(self):
        text, _ = explained(LINEAR, "model.weight")
        self.assertIn("  L = mse_loss(u₂, Y) = mean((u₂ − Y)²)   (MseLossBackward0)", lines(text))


CHAIN = """
h = torch.tensor([0.5], requires_grad=True)
out = h
for i in range(12):
    out = torch.tanh(out * 2)
out.backward()"""


class LongChains(unittest.TestCase):
    def test_the_text_has_every_step(self):
        text, _ = explained(CHAIN, "h")
        self.assertEqual(sum(line.startswith("  u") for line in lines(text)), 23)
        self.assertIn("  ∂out/∂u₁₂ = ∂out/∂u₁₃ · 2 = [2.121e-05]", lines(text))
        self.assertEqual(lines(text)[-1], "  ∂out/∂h = ∂out/∂u₁ · 2 = [5.92e-09]")
        self.assertTrue(all(len(line) <= 100 for line in lines(text)), "long lines are wrapped")

    def test_a_chain_deeper_than_pythons_recursion_limit_is_whole(self):
        text, _ = explained("""
h = torch.tensor([0.5], requires_grad=True)
out = h
for i in range(600):
    out = torch.tanh(out * 1.01)
out.backward()""", "h")
        self.assertEqual(sum(line.startswith("  u") for line in lines(text)), 1199)
        self.assertEqual(lines(text)[-1], "  ∂out/∂h = ∂out/∂u₁ · 1.01 = [2.472e-07]")

    def test_the_page_folds_the_middle_steps_into_sections_that_open(self):
        _, markdown = explained(CHAIN, "h")
        self.assertIn("<details><summary>18 more steps (TanhBackward0 ×9, MulBackward0 ×9)</summary>", markdown)
        self.assertIn("<details><summary>19 more steps (TanhBackward0 ×10, MulBackward0 ×9)</summary>", markdown)
        for n in range(1, 24):  # every step is there, folded or not
            self.assertIn(f"- $u_{{{n}}} = ", markdown)

    def test_a_long_chain_rule_is_inline_math_that_wraps(self):
        _, markdown = explained(CHAIN, "h")
        chain = next(part for part in markdown.split("\n\n") if part.startswith(r"$\frac{\partial \mathit{out}}{\partial h}"))
        self.assertTrue(chain.endswith(r"\cdot 2 = \texttt{[5.92e-09]}$"))
        self.assertIn(r"\left(1-\tanh^2(u_{23})\right) \cdot 2", chain)


if __name__ == "__main__":
    unittest.main()
