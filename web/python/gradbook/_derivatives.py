"""What gradbook.explain says about each op, by grad_fn name: one row per op.

A row gives the op's forward form and how the gradient goes back through it, each as a pair of
templates (plain text, LaTeX) over the names of the op's inputs ``{a}``, ``{b}``, ``{c}``, its
output ``{y}`` and the gradient that reached it ``{g}``:

- Elementwise ops (``Pointwise``) give the local derivative ∂y/∂a, a factor of the chain rule:
  the backward step is ``{g} · factor``. The derivatives of +, −, ·, /, ** and the rest of
  polynomial algebra are Monomials, so that a chain's factors multiply out (3 · 2x = 6x);
  they come from the functions in _explain.ALGEBRA_DERIVATIVES, which read the numbers an op
  saved; their rows here write the same derivatives as templates over those numbers (``{alpha}``,
  ``{p}``, ``{p_1}`` = p − 1, see saved_numbers), for where no Monomial can be built and for
  gradbook.step_backward, which shows each node's local derivative on its own.
- Every other op (``Structural``: reductions, matrix products, shapes, indexing, losses) gives
  the whole backward step per input, e.g. ``{a}ᵀ·{g}`` for the second input of a matrix product.
"""

from ._monomial import number_text


class Pointwise:
    """An elementwise op: y = f(a, b, ...). ``local`` is ∂y/∂input per input (a template pair);
    ``evaluate(node, a, b, ...)`` recomputes y from the inputs'
    values (and the numbers the node saved)."""

    elementwise = True

    def __init__(self, forward, local=None, evaluate=None):
        self.forward = forward
        self.local = local
        self.evaluate = evaluate


class Structural:
    """An op whose gradient is not one factor per element: ``backward`` is the gradient each
    input receives, per input (a template pair). A matrix product writes its shapes too."""

    elementwise = False

    def __init__(self, forward, backward, shapes=False):
        self.forward = forward
        self.backward = backward
        self.shapes = shapes


def _unary(forward, local, evaluate):
    return Pointwise(forward, (local,), evaluate)


def _torch(name):
    import torch

    return lambda node, a: getattr(torch, name)(a)


STEP = ("1 where {a} > 0, else 0", r"\mathbf{{1}}[{a} > 0]")
IDENTITY = ("1", "1")
ZERO = ("0", "0")
BETWEEN = ("1 where the bounds do not clip {a}, else 0", r"\mathbf{{1}}[\text{{unclipped}}]")

UNARY = {
    "SigmoidBackward0": _unary(("σ({a})", r"\sigma({a})"),
                               ("σ({a})(1 − σ({a}))", r"\sigma({a})\,(1-\sigma({a}))"), _torch("sigmoid")),
    "TanhBackward0": _unary(("tanh({a})", r"\tanh({a})"), ("1 − tanh²({a})", r"1-\tanh^2({a})"), _torch("tanh")),
    "ExpBackward0": _unary(("exp({a})", "e^{{{a}}}"), ("exp({a})", "e^{{{a}}}"), _torch("exp")),
    "Exp2Backward0": _unary(("2^{a}", "2^{{{a}}}"), ("ln 2 · 2^{a}", r"\ln 2\cdot 2^{{{a}}}"), _torch("exp2")),
    "Expm1Backward0": _unary(("exp({a}) − 1", "e^{{{a}}}-1"), ("exp({a})", "e^{{{a}}}"), _torch("expm1")),
    "LogBackward0": _unary(("log({a})", r"\log {a}"), ("1/{a}", r"\frac{{1}}{{{a}}}"), _torch("log")),
    "Log2Backward0": _unary(("log₂({a})", r"\log_2 {a}"), ("1/({a} · ln 2)", r"\frac{{1}}{{{a}\ln 2}}"), _torch("log2")),
    "Log10Backward0": _unary(("log₁₀({a})", r"\log_{{10}} {a}"), ("1/({a} · ln 10)", r"\frac{{1}}{{{a}\ln 10}}"),
                             _torch("log10")),
    "Log1PBackward0": _unary(("log(1 + {a})", r"\log(1+{a})"), ("1/(1 + {a})", r"\frac{{1}}{{1+{a}}}"), _torch("log1p")),
    "ReluBackward0": _unary(("relu({a})", r"\operatorname{{relu}}({a})"), STEP, _torch("relu")),
    "SinBackward0": _unary(("sin({a})", r"\sin {a}"), ("cos({a})", r"\cos {a}"), _torch("sin")),
    "CosBackward0": _unary(("cos({a})", r"\cos {a}"), ("−sin({a})", r"-\sin {a}"), _torch("cos")),
    "TanBackward0": _unary(("tan({a})", r"\tan {a}"), ("1 + tan²({a})", r"1+\tan^2 {a}"), _torch("tan")),
    "SinhBackward0": _unary(("sinh({a})", r"\sinh {a}"), ("cosh({a})", r"\cosh {a}"), _torch("sinh")),
    "CoshBackward0": _unary(("cosh({a})", r"\cosh {a}"), ("sinh({a})", r"\sinh {a}"), _torch("cosh")),
    "AsinBackward0": _unary(("asin({a})", r"\arcsin {a}"), ("1/√(1 − {a}²)", r"\frac{{1}}{{\sqrt{{1-{a}^2}}}}"),
                            _torch("asin")),
    "AcosBackward0": _unary(("acos({a})", r"\arccos {a}"), ("−1/√(1 − {a}²)", r"-\frac{{1}}{{\sqrt{{1-{a}^2}}}}"),
                            _torch("acos")),
    "AtanBackward0": _unary(("atan({a})", r"\arctan {a}"), ("1/(1 + {a}²)", r"\frac{{1}}{{1+{a}^2}}"), _torch("atan")),
    "SqrtBackward0": _unary(("√{a}", r"\sqrt{{{a}}}"), ("1/(2√{a})", r"\frac{{1}}{{2\sqrt{{{a}}}}}"), _torch("sqrt")),
    "RsqrtBackward0": _unary(("1/√{a}", r"\frac{{1}}{{\sqrt{{{a}}}}}"), ("−1/(2·{a}^1.5)", r"-\frac{{1}}{{2{a}^{{3/2}}}}"),
                             _torch("rsqrt")),
    "ReciprocalBackward0": _unary(("1/{a}", r"\frac{{1}}{{{a}}}"), ("−1/{a}²", r"-\frac{{1}}{{{a}^2}}"),
                                  _torch("reciprocal")),
    "AbsBackward0": _unary(("|{a}|", r"\lvert {a}\rvert"), ("sign({a})", r"\operatorname{{sign}}({a})"), _torch("abs")),
    "ErfBackward0": _unary(("erf({a})", r"\operatorname{{erf}}({a})"), ("2/√π · exp(−{a}²)", r"\tfrac{{2}}{{\sqrt\pi}}e^{{-{a}^2}}"),
                           _torch("erf")),
    "SoftplusBackward0": _unary(("softplus({a}) = log(1 + exp({a}))", r"\operatorname{{softplus}}({a}) = \log(1+e^{{{a}}})"),
                                ("σ({a})", r"\sigma({a})"), None),
    "GeluBackward0": _unary(("gelu({a}) = {a}·Φ({a})", r"\operatorname{{gelu}}({a}) = {a}\,\Phi({a})"),
                            ("Φ({a}) + {a}·φ({a})", r"\Phi({a}) + {a}\,\varphi({a})"), None),
    "SiluBackward0": _unary(("silu({a}) = {a}·σ({a})", r"\operatorname{{silu}}({a}) = {a}\,\sigma({a})"),
                            ("σ({a})(1 + {a}(1 − σ({a})))", r"\sigma({a})\,(1+{a}\,(1-\sigma({a})))"), None),
    "MishBackward0": _unary(("mish({a}) = {a}·tanh(softplus({a}))", r"\operatorname{{mish}}({a}) = {a}\tanh(\operatorname{{softplus}}({a}))"),
                            ("tanh(softplus({a})) + {a}·σ({a})(1 − tanh²(softplus({a})))",
                             r"\tanh(\operatorname{{sp}}({a})) + {a}\,\sigma({a})\,(1-\tanh^2(\operatorname{{sp}}({a})))"), None),
    "LeakyReluBackward0": _unary(("leaky_relu({a})", r"\operatorname{{leaky\_relu}}({a})"),
                                 ("1 where {a} > 0, else the negative slope α", r"1 \text{{ if }} {a} > 0 \text{{ else }} \alpha"), None),
    "EluBackward0": _unary(("elu({a})", r"\operatorname{{elu}}({a})"),
                           ("1 where {a} > 0, else α·exp({a})", r"1 \text{{ if }} {a} > 0 \text{{ else }} \alpha e^{{{a}}}"), None),
    "HardtanhBackward0": _unary(("hardtanh({a})", r"\operatorname{{hardtanh}}({a})"), BETWEEN, None),
    "HardsigmoidBackward0": _unary(("hardsigmoid({a})", r"\operatorname{{hardsigmoid}}({a})"),
                                   ("1/6 where −3 < {a} < 3, else 0", r"\tfrac16\,\mathbf{{1}}[-3<{a}<3]"), None),
    "HardswishBackward0": _unary(("hardswish({a})", r"\operatorname{{hardswish}}({a})"),
                                 ("(2{a} + 3)/6 where −3 < {a} < 3; 0 below, 1 above", r"\tfrac{{2{a}+3}}{{6}} \text{{ on }} (-3, 3)"), None),
    "ClampBackward1": _unary(("clamp({a})", r"\operatorname{{clamp}}({a})"), BETWEEN, None),
    "ClampMinBackward0": _unary(("clamp_min({a})", r"\operatorname{{clamp\_min}}({a})"), BETWEEN, None),
    "ClampMaxBackward0": _unary(("clamp_max({a})", r"\operatorname{{clamp\_max}}({a})"), BETWEEN, None),
    "SignBackward0": _unary(("sign({a})", r"\operatorname{{sign}}({a})"), ZERO, _torch("sign")),
    "RoundBackward0": _unary(("round({a})", r"\operatorname{{round}}({a})"), ZERO, _torch("round")),
    "FloorBackward0": _unary(("floor({a})", r"\lfloor {a}\rfloor"), ZERO, _torch("floor")),
    "CeilBackward0": _unary(("ceil({a})", r"\lceil {a}\rceil"), ZERO, _torch("ceil")),
    "TruncBackward0": _unary(("trunc({a})", r"\operatorname{{trunc}}({a})"), ZERO, _torch("trunc")),
    "FracBackward0": _unary(("frac({a})", r"\operatorname{{frac}}({a})"), IDENTITY, _torch("frac")),
    "CloneBackward0": _unary(("clone({a})", r"{a}"), IDENTITY, lambda node, a: a),
    "ToCopyBackward0": _unary(("{a}.to(…)", r"{a}"), IDENTITY, lambda node, a: a),
    "AliasBackward0": _unary(("{a}", r"{a}"), IDENTITY, lambda node, a: a),
    "NanToNumBackward0": _unary(("nan_to_num({a})", r"\operatorname{{nan\_to\_num}}({a})"),
                                ("1 where {a} is finite, else 0", r"\mathbf{{1}}[{a} \text{{ finite}}]"), None),
}

# +, −, ·, /, ** and their kin: explain multiplies their local derivatives out as Monomials (see
# _explain.ALGEBRA_DERIVATIVES); the templates say the same over the names and saved numbers.
ONE = ("1", "1")
ALGEBRA = {
    "AddBackward0": Pointwise(("{a} + {b}", "{a} + {b}"), (ONE, ("{alpha}", "{alpha}")),
                              evaluate=lambda node, a, b: a + b),
    "SubBackward0": Pointwise(("{a} − {b}", "{a} - {b}"), (ONE, ("−{alpha}", "-{alpha}")),
                              evaluate=lambda node, a, b: a - b),
    "RsubBackward1": Pointwise(("{b} − {a}", "{b} - {a}"), (("−1", "-1"), ONE), evaluate=lambda node, a, b: b - a),
    "MulBackward0": Pointwise(("{a}·{b}", r"{a}\,{b}"), (("{b}", "{b}"), ("{a}", "{a}")), evaluate=lambda node, a, b: a * b),
    "DivBackward0": Pointwise(("{a} / {b}", r"\frac{{{a}}}{{{b}}}"),
                              (("1/{b}", r"\frac{{1}}{{{b}}}"), ("−{a}/{b}²", r"-\frac{{{a}}}{{{b}^2}}")),
                              evaluate=lambda node, a, b: a / b),
    "PowBackward0": Pointwise(("{a}^{p}", "{{{a}}}^{{{p}}}"), (("{p}·{a}^{p_1}", r"{p}\,{{{a}}}^{{{p_1}}}"),),
                              evaluate=lambda node, a: a ** node._saved_exponent),
    "PowBackward1": Pointwise(("{a}^{b}", "{{{a}}}^{{{b}}}"),
                              (("{b}·{a}^({b} − 1)", r"{b}\,{a}^{{{b}-1}}"), ("{a}^{b} · log({a})", r"{a}^{{{b}}}\log {a}")),
                              evaluate=lambda node, a, b: a ** b),
    "NegBackward0": Pointwise(("−{a}", "-{a}"), (("−1", "-1"),), evaluate=lambda node, a: -a),
    "SumBackward0": Pointwise(("sum({a})", r"\textstyle\sum {a}"), (ONE,)),
    "MeanBackward0": Pointwise(("mean({a})", r"\operatorname{{mean}}({a})"), (("1/{n}", r"\frac{{1}}{{{n}}}"),)),
}


def saved_numbers(node):
    """The numbers ``node`` saved that the templates write: ``alpha`` (b's factor in a + α·b),
    ``p`` (the exponent of a^p) and ``p_1`` (p − 1); a letter where the node saved none."""
    alpha = saved(node, "_saved_alpha", 1)
    p = saved(node, "_saved_exponent", None)
    return {"alpha": number_text(alpha), "p": "p" if p is None else number_text(p),
            "p_1": "(p − 1)" if p is None else number_text(p - 1)}


def mean_count(node, along, arrived):
    """The ``{n}`` of a mean: how many elements of the input (its gradient ``along``) became one
    of the output (the gradient that ``arrived`` at it); for nll_loss, how many rows."""
    if arrived is None or along is None:
        return "n"
    if type(node).__name__ == "NllLossBackward0":
        return number_text(along.shape[0] if along.dim() == 2 else 1)
    return number_text(max(1, along.numel() // max(1, arrived.numel())))


def saved(node, attribute, default):
    """A number ``node`` saved (``_saved_alpha``, ``_saved_exponent``), or ``default``."""
    try:
        value = getattr(node, attribute)
    except (AttributeError, RuntimeError):
        return default
    return default if value is None else value


SHAPE_BACK = ("{g} reshaped back to {a}'s shape {shape_a}", r"{g} \text{{ reshaped to }} {shape_a}")
INDEX_BACK = ("zeros of {a}'s shape {shape_a}, with {g} put where the elements were taken (added up where taken twice)",
              r"\text{{zeros}}_{{{shape_a}}} \text{{ with }} {g} \text{{ scattered back}}")
_MEAN_LOSS = " (divided by n = {n} for reduction='mean', the default)"

STRUCTURAL = {
    "SumBackward1": Structural(("{a}.sum(dim)", r"\textstyle\sum_{{\text{{dim}}}} {a}"),
                               (("{g} copied along the summed dims, back to {a}'s shape {shape_a}",
                                 r"{g} \text{{ repeated to }} {shape_a}"),)),
    "MeanBackward1": Structural(("{a}.mean(dim)", r"\operatorname{{mean}}_{{\text{{dim}}}}({a})"),
                                (("{g} / {n}, copied along the averaged dims, back to {a}'s shape {shape_a}",
                                  r"\tfrac{{1}}{{{n}}}\,{g} \text{{ repeated to }} {shape_a}"),)),
    "ProdBackward0": Structural(("prod({a})", r"\textstyle\prod {a}"),
                                (("{g} · prod({a}) / {a}: each element gets the product of the others",
                                  r"{g}\cdot\frac{{\prod {a}}}{{{a}}}"),)),
    "CumsumBackward0": Structural(("cumsum({a})", r"\operatorname{{cumsum}}({a})"),
                                  (("{g} summed from each element to the end (a cumsum backwards)",
                                    r"\operatorname{{cumsum}}_{{\leftarrow}}({g})"),)),
    "VarBackward0": Structural(("var({a})", r"\operatorname{{var}}({a})"),
                               (("{g} · 2({a} − mean({a})) / (n − 1)", r"{g}\cdot\frac{{2({a}-\bar{{{a}}})}}{{n-1}}"),)),
    "StdBackward0": Structural(("std({a})", r"\operatorname{{std}}({a})"),
                               (("{g} · ({a} − mean({a})) / ((n − 1)·{y})", r"{g}\cdot\frac{{{a}-\bar{{{a}}}}}{{(n-1)\,{y}}}"),)),
    "NormBackward1": Structural(("‖{a}‖", r"\lVert {a}\rVert"), (("{g} · {a} / ‖{a}‖", r"{g}\cdot\frac{{{a}}}{{\lVert {a}\rVert}}"),)),
    "LinalgVectorNormBackward0": Structural(("‖{a}‖", r"\lVert {a}\rVert"),
                                            (("{g} · {a} / ‖{a}‖", r"{g}\cdot\frac{{{a}}}{{\lVert {a}\rVert}}"),)),
    "MaxBackward1": Structural(("max({a})", r"\max {a}"), (("{g} at the greatest element(s) of {a}, 0 elsewhere", r"{g}\text{{ at }}\arg\max {a}"),)),
    "MinBackward1": Structural(("min({a})", r"\min {a}"), (("{g} at the least element(s) of {a}, 0 elsewhere", r"{g}\text{{ at }}\arg\min {a}"),)),
    "MaxBackward0": Structural(("{a}.max(dim)", r"\max_{{\text{{dim}}}} {a}"), (INDEX_BACK,)),
    "MinBackward0": Structural(("{a}.min(dim)", r"\min_{{\text{{dim}}}} {a}"), (INDEX_BACK,)),
    "AmaxBackward0": Structural(("amax({a})", r"\max {a}"), (("{g} shared among the greatest elements of {a}, 0 elsewhere", r"{g}\text{{ at }}\arg\max {a}"),)),
    "SortBackward0": Structural(("{a} sorted", r"\operatorname{{sort}}({a})"), (INDEX_BACK,)),
    "TopkBackward0": Structural(("{a}.topk(k)", r"\operatorname{{topk}}({a})"), (INDEX_BACK,)),
    "CatBackward0": Structural(("cat({a}, {b}, …)", r"\operatorname{{cat}}({a}, {b}, \dots)"),
                               (("the part of {g} where this input was placed", r"{g}\text{{ (its part)}}"),)),
    "StackBackward0": Structural(("stack({a}, {b}, …)", r"\operatorname{{stack}}({a}, {b}, \dots)"),
                                 (("the slice of {g} where this input was placed", r"{g}\text{{ (its slice)}}"),)),
    "WhereBackward0": Structural(("where(cond, {b}, {c})", r"\operatorname{{where}}(\text{{cond}}, {b}, {c})"),
                                 (("{g} where cond holds, else 0", r"{g}\,\mathbf{{1}}[\text{{cond}}]"),
                                  ("{g} where cond holds, else 0", r"{g}\,\mathbf{{1}}[\text{{cond}}]"),
                                  ("{g} where cond fails, else 0", r"{g}\,\mathbf{{1}}[\neg\text{{cond}}]"))),
    "MmBackward0": Structural(("{a}·{b}", r"{a}\,{b}"),
                              (("{g}·{b}ᵀ", r"{g}\,{b}^\top"), ("{a}ᵀ·{g}", r"{a}^\top {g}")), shapes=True),
    "AddmmBackward0": Structural(("{a} + {b}·{c}", r"{a} + {b}\,{c}"),
                                 (("{g} summed over the rows, to {a}'s shape {shape_a}", r"\textstyle\sum_{{\text{{rows}}}} {g}"),
                                  ("{g}·{c}ᵀ", r"{g}\,{c}^\top"), ("{b}ᵀ·{g}", r"{b}^\top {g}")), shapes=True),
    "MvBackward0": Structural(("{a}·{b}", r"{a}\,{b}"),
                              (("{g}·{b}ᵀ (an outer product)", r"{g}\,{b}^\top"), ("{a}ᵀ·{g}", r"{a}^\top {g}")), shapes=True),
    "BmmBackward0": Structural(("{a}·{b} (per batch)", r"{a}\,{b}"),
                               (("{g}·{b}ᵀ per batch", r"{g}\,{b}^\top"), ("{a}ᵀ·{g} per batch", r"{a}^\top {g}")), shapes=True),
    "DotBackward0": Structural(("{a}·{b}", r"{a}\cdot {b}"), (("{g}·{b}", r"{g}\,{b}"), ("{g}·{a}", r"{g}\,{a}"))),
    "TBackward0": Structural(("{a}ᵀ", r"{a}^\top"), (("({g})ᵀ", r"\left({g}\right)^\top"),)),
    "TransposeBackward0": Structural(("{a}.transpose(…)", r"{a}^\top"), (("{g} transposed back", r"{g}^\top"),)),
    "PermuteBackward0": Structural(("{a}.permute(…)", r"\operatorname{{permute}}({a})"),
                                   (("{g} with its dims put back in {a}'s order", r"\operatorname{{permute}}^{{-1}}({g})"),)),
    "ViewBackward0": Structural(("{a}.view{shape_y}", r"{a}\text{{ viewed as }}{shape_y}"), (SHAPE_BACK,)),
    "ReshapeAliasBackward0": Structural(("{a}.reshape{shape_y}", r"{a}\text{{ reshaped to }}{shape_y}"), (SHAPE_BACK,)),
    "UnsafeViewBackward0": Structural(("{a}.reshape{shape_y}", r"{a}\text{{ reshaped to }}{shape_y}"), (SHAPE_BACK,)),
    "SqueezeBackward0": Structural(("{a}.squeeze()", r"\operatorname{{squeeze}}({a})"), (SHAPE_BACK,)),
    "SqueezeBackward1": Structural(("{a}.squeeze(dim)", r"\operatorname{{squeeze}}({a})"), (SHAPE_BACK,)),
    "SqueezeBackward3": Structural(("{a}.squeeze(dim)", r"\operatorname{{squeeze}}({a})"), (SHAPE_BACK,)),
    "UnsqueezeBackward0": Structural(("{a}.unsqueeze(dim)", r"\operatorname{{unsqueeze}}({a})"), (SHAPE_BACK,)),
    "ExpandBackward0": Structural(("{a} expanded to {shape_y}", r"{a}\text{{ expanded to }}{shape_y}"),
                                  (("{g} summed over the expanded dims, back to {a}'s shape {shape_a}",
                                    r"\textstyle\sum_{{\text{{expanded}}}} {g}"),)),
    "SelectBackward0": Structural(("{a}[i]", "{a}[i]"), (INDEX_BACK,)),
    "SliceBackward0": Structural(("{a}[i:j]", "{a}[i:j]"), (INDEX_BACK,)),
    "IndexBackward0": Structural(("{a}[index]", r"{a}[\text{{index}}]"), (INDEX_BACK,)),
    "IndexSelectBackward0": Structural(("{a}.index_select(…)", r"{a}[\text{{index}}]"), (INDEX_BACK,)),
    "GatherBackward0": Structural(("{a}.gather(…)", r"\operatorname{{gather}}({a})"), (INDEX_BACK,)),
    "MaskedSelectBackward0": Structural(("{a}[mask]", r"{a}[\text{{mask}}]"), (INDEX_BACK,)),
    "SoftmaxBackward0": Structural(("softmax({a})", r"\operatorname{{softmax}}({a})"),
                                   (("{y} ⊙ ({g} − Σ({g} ⊙ {y})) along the softmax dim",
                                     r"{y} \odot \left({g} - \textstyle\sum {g} \odot {y}\right)"),)),
    "LogSoftmaxBackward0": Structural(("log_softmax({a})", r"\operatorname{{log\_softmax}}({a})"),
                                      (("{g} − softmax({a}) · Σ{g} along the softmax dim",
                                        r"{g} - \operatorname{{softmax}}({a}) \textstyle\sum {g}"),)),
    "MseLossBackward0": Structural(("mse_loss({a}, {b}) = mean(({a} − {b})²)", r"\operatorname{{mse}}({a}, {b}) = \operatorname{{mean}}\,({a}-{b})^2"),
                                   (("{g} · 2({a} − {b})" + _MEAN_LOSS, r"{g}\cdot\tfrac{{2}}{{n}}({a}-{b})"),
                                    ("{g} · −2({a} − {b})" + _MEAN_LOSS, r"-{g}\cdot\tfrac{{2}}{{n}}({a}-{b})"))),
    "NllLossBackward0": Structural(("nll_loss({a}, target) = −mean of {a}[i, targetᵢ]",
                                    r"\operatorname{{nll}}({a}) = -\tfrac1n\textstyle\sum_i {a}_{{i,t_i}}"),
                                   (("{g} · −1 at [i, targetᵢ] and 0 elsewhere" + _MEAN_LOSS,
                                     r"-\tfrac{{{g}}}{{n}}\text{{ at }}[i, t_i]\text{{, else }}0"),)),
    "BinaryCrossEntropyBackward0": Structural(
        ("binary_cross_entropy({a}, {b}) = −mean({b}·log {a} + (1 − {b})·log(1 − {a}))",
         r"\operatorname{{bce}}({a}, {b}) = -\operatorname{{mean}}\,({b}\log {a} + (1-{b})\log(1-{a}))"),
        (("{g} · ({a} − {b}) / ({a}(1 − {a}))" + _MEAN_LOSS, r"{g}\cdot\frac{{{a}-{b}}}{{n\,{a}\,(1-{a})}}"),)),
    "BinaryCrossEntropyWithLogitsBackward0": Structural(
        ("binary_cross_entropy_with_logits({a}, {b}) = bce(σ({a}), {b})",
         r"\operatorname{{bce}}(\sigma({a}), {b})"),
        (("{g} · (σ({a}) − {b})" + _MEAN_LOSS, r"{g}\cdot\tfrac{{1}}{{n}}(\sigma({a})-{b})"),)),
    "SmoothL1LossBackward0": Structural(("smooth_l1_loss({a}, {b})", r"\operatorname{{smooth\_l1}}({a}, {b})"),
                                        (("{g} · clamp(({a} − {b})/β, −1, 1)" + _MEAN_LOSS,
                                          r"{g}\cdot\tfrac1n\operatorname{{clamp}}(\tfrac{{{a}-{b}}}{{\beta}}, -1, 1)"),)),
    "HuberLossBackward0": Structural(("huber_loss({a}, {b})", r"\operatorname{{huber}}({a}, {b})"),
                                     (("{g} · clamp({a} − {b}, −δ, δ)" + _MEAN_LOSS,
                                       r"{g}\cdot\tfrac1n\operatorname{{clamp}}({a}-{b}, -\delta, \delta)"),)),
}

RULES = {**UNARY, **ALGEBRA, **STRUCTURAL}


def local_derivative(node, index, letter, shape_a="?", shape_y="?", n="n"):
    """What gradbook.step_backward writes for input ``index`` of ``node`` (which it calls
    ``letter``), over the input names a, b, c, the node's saved numbers and the sizes it knows,
    as (text, factor): for an elementwise op its local derivative, ('∂(a·b)/∂a = b', 'b'); for
    any other op the whole gradient the input receives, ('∂L/∂b = aᵀ·∂L/∂y', None).
    None for an op the table does not know."""
    rule = RULES.get(type(node).__name__)
    if rule is None:
        return None
    names = dict(a="a", b="b", c="c", y="y", g="∂L/∂y", n=n, shape_a=shape_a, shape_y=shape_y, **saved_numbers(node))
    templates = rule.local if rule.elementwise else rule.backward
    step = templates[min(index, len(templates) - 1)][0].format(**names)
    if not rule.elementwise:
        return f"∂L/∂{letter} = {step}", None
    forward = rule.forward[0].format(**names).split(" = ")[0]  # 'gelu(a) = a·Φ(a)': the name is enough
    return f"∂({forward})/∂{letter} = {step}", step

# A weight that enters a matrix product transposed (Linear computes x·Wᵀ + b): the gradient of
# W itself, by (consumer op, the input the transpose feeds), over the consumer's inputs and the
# gradient that reached the consumer.
THROUGH_TRANSPOSE = {
    ("AddmmBackward0", 2): ("({g})ᵀ·{b}", r"\left({g}\right)^\top {b}"),
    ("MmBackward0", 1): ("({g})ᵀ·{a}", r"\left({g}\right)^\top {a}"),
}

# cross_entropy(u, t) is nll_loss(log_softmax(u), t); the two steps together have a short form.
CROSS_ENTROPY_NOTE = ("cross_entropy(u, target) is nll_loss(log_softmax(u), target): together their gradient is "
                      "(softmax(u) − one_hot(target)) / n.")
