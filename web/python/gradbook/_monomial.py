"""The factors of a chain rule: c · a^p · b^q ... (Monomial), or a derivative we can only name
(Formula). Multiplying monomials gives the simplified derivative, e.g. 1 · 3 · 2x = 6x."""
import torch

SUPERSCRIPTS = str.maketrans("0123456789-.", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻·")


def number_text(value):
    """A number or a tensor's values, short: 3, 0.5, [6, 12, 18], [[1, 2], [3, 4]]."""
    if isinstance(value, torch.Tensor):
        value = value.detach().tolist()
    if isinstance(value, list):
        return "[" + ", ".join(number_text(v) for v in value) + "]"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


class Monomial:
    """coefficient · Π symbol^power; symbols are (plain, latex) name pairs."""

    def __init__(self, coefficient, powers=None):
        self.coefficient = coefficient
        self.powers = {s: p for s, p in (powers or {}).items() if p != 0}

    @staticmethod
    def product(factors):
        """The product of the factors, or None if any is a Formula."""
        if any(isinstance(f, Formula) for f in factors):
            return None
        coefficient = 1
        powers = {}
        for f in factors:
            coefficient *= f.coefficient
            for symbol, power in f.powers.items():
                powers[symbol] = powers.get(symbol, 0) + power
        return Monomial(coefficient, powers)

    def plain(self):
        body = "".join(s[0] + _superscript(p) for s, p in self.powers.items())
        return _with_coefficient(self.coefficient, body, "·" if body[:1].isdigit() else "")

    def latex(self):
        body = r"\,".join(s[1] + (f"^{{{number_text(p)}}}" if p != 1 else "") for s, p in self.powers.items())
        return _with_coefficient(self.coefficient, body, r"\,")


class Formula:
    """A derivative written as a formula that is no monomial, σ(u)(1 − σ(u)), or known only by
    name, ∂y/∂u (its numbers come from the traced gradients)."""

    def __init__(self, plain, latex):
        self._plain = plain
        self._latex = latex

    def plain(self):
        return self._plain

    def latex(self):
        return self._latex


def _superscript(power):
    return "" if power == 1 else number_text(power).translate(SUPERSCRIPTS)


def _with_coefficient(coefficient, body, joiner):
    c = number_text(float(coefficient))
    if not body:
        return c
    if c == "1":
        return body
    if c == "-1":
        return "-" + body
    return c + joiner + body if joiner == "·" else c + body
