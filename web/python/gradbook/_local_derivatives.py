"""The local derivative of a backward node for each of its inputs, as text, by grad_fn name:
what gradbook.step_backward writes beside each step. ∂y/∂a for input a, ∂y/∂b for input b,
with the numbers the node saved (an exponent, an alpha) filled in.

(Kept apart from gradbook.explain's own table so that the two can be joined into one.)"""


def _number(value):
    return f"{value:g}" if isinstance(value, float) else str(value)


def _add(node, sign):
    alpha = node._saved_alpha
    if alpha == 1:
        return ["∂(a {} b)/∂a = 1".format(sign), "∂(a {} b)/∂b = {}1".format(sign, "−" if sign == "−" else "")]
    return [f"∂(a {sign} α·b)/∂a = 1", f"∂(a {sign} α·b)/∂b = {'−' if sign == '−' else ''}α = {_number(alpha)}"]


def _pow(node):
    n = node._saved_exponent
    return [f"∂(a^{_number(n)})/∂a = {_number(n)}·a^{_number(n - 1)}"]


FORMULAS = {
    "AddBackward0": lambda node: _add(node, "+"),
    "SubBackward0": lambda node: _add(node, "−"),
    "MulBackward0": lambda node: ["∂(a·b)/∂a = b", "∂(a·b)/∂b = a"],
    "DivBackward0": lambda node: ["∂(a/b)/∂a = 1/b", "∂(a/b)/∂b = −a/b²"],
    "PowBackward0": _pow,
    "NegBackward0": lambda node: ["∂(−a)/∂a = −1"],
    "SumBackward0": lambda node: ["∂(Σa)/∂a = 1 for every element"],
    "MeanBackward0": lambda node: ["∂(mean a)/∂a = 1/n for every element (n elements)"],
    "ExpBackward0": lambda node: ["∂exp(a)/∂a = exp(a)"],
    "LogBackward0": lambda node: ["∂log(a)/∂a = 1/a"],
    "TanhBackward0": lambda node: ["∂tanh(a)/∂a = 1 − tanh²(a)"],
    "SigmoidBackward0": lambda node: ["∂σ(a)/∂a = σ(a)·(1 − σ(a))"],
    "ReluBackward0": lambda node: ["∂relu(a)/∂a = 1 where a > 0, else 0"],
}


def local_derivative(node, index):
    """∂y/∂(input ``index``) of ``node`` as text, or None for an op the table does not know."""
    formulas = FORMULAS.get(type(node).__name__)
    if formulas is None:
        return None
    texts = formulas(node)
    return texts[index] if index < len(texts) else None
