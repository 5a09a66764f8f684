"""gradbook.explain(x): the chain rule behind ``x.grad``, written out with the numbers.

It follows the latest backward pass from its output down to ``x``: each node on the way
contributes one factor, the derivative of its output with respect to the input the path
enters through. Factors of the elementwise ops (+, -, *, /, **, neg, sum, mean) are written
symbolically and multiplied out; the numbers are those the backward pass computed. A number a
node did not keep (the 3 in ``3 * u``) is read off the traced gradients: what left the node
along an edge, divided by what reached it.
"""
from torch.autograd.graph import _last_backward_edges

from ._monomial import Monomial, Opaque, number_text
from ._names import Names, caller_namespace
from ._short import short

SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
MAX_PATHS = 6
CONSTANT = ("c", "c")


class Explanation:
    def __init__(self, markdown, text):
        self.markdown = markdown
        self.text = text

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/markdown": self.markdown, "text/plain": self.text}

    def __repr__(self):
        return self.text


def explain(x):
    """How the latest backward pass computed ``x.grad``, by the chain rule."""
    names = Names(caller_namespace())
    leaf_name = names.of_tensor(x) or "x"
    trace = _Trace(_last_backward_edges())
    accumulator = trace.accumulator_of(x)
    if x.grad is None or accumulator is None:
        message = f"{leaf_name}.grad is None: there is no chain rule to show until a backward pass reaches {leaf_name}."
        return Explanation(message, message)
    return _Writer(names, trace, x).write(accumulator)


class _Trace:
    """The latest backward pass's edges, looked up by node."""

    def __init__(self, edges):
        self.edges = edges  # (from node | None, edge index, to node, input_nr, grad); held: ids key the maps
        self.into = {}
        self.along = {}
        for edge in edges:
            self.into.setdefault(id(edge[2]), []).append(edge)
            if edge[0] is not None:
                self.along[(id(edge[0]), edge[1])] = edge[4]

    def accumulator_of(self, x):
        for edge in self.edges:
            if type(edge[2]).__name__ == "AccumulateGrad" and edge[2].variable is x:
                return edge[2]
        return None

    def paths_to(self, node, depth=0):
        """Every chain of edges from the seed down to ``node``."""
        if depth > 200:
            return
        for edge in self.into.get(id(node), []):
            if edge[0] is None:
                yield [edge]
            else:
                for path in self.paths_to(edge[0], depth + 1):
                    yield path + [edge]

    def arrived(self, node):
        """The sum of the gradients that flowed into ``node``."""
        grads = [edge[4] for edge in self.into.get(id(node), [])]
        total = grads[0]
        for g in grads[1:]:
            total = total + g
        return total

    def ratio(self, node, index):
        """What left ``node`` along edge ``index`` divided by what reached it, if that is one
        number for every element (the node multiplied by a constant)."""
        left = self.along.get((id(node), index))
        if left is None or id(node) not in self.into:
            return None
        total = self.arrived(node)
        if total.shape != left.shape:
            return None
        ratios = {round(b / a, 12) for a, b in zip(_flat(total), _flat(left)) if a != 0}
        return ratios.pop() if len(ratios) == 1 else None


class _Writer:
    def __init__(self, names, trace, x):
        self.names = names
        self.trace = trace
        self.x = x
        self.symbols = {}  # id(node) → (plain, latex) name of what the node produced
        self.unnamed = 0  # u₁, u₂, ... given out so far
        self.held = []

    def write(self, accumulator):
        paths = list(self.trace.paths_to(accumulator))
        out_node = paths[0][0][2]
        on_paths = {id(edge[0]): edge[0] for path in paths for edge in path[1:]}
        operands = [target for node in on_paths.values() for target, _ in node.next_functions
                    if target is not None and type(target).__name__ != "AccumulateGrad"]
        steps = self.forward_order(out_node, set(on_paths) | {id(node) for node in operands})
        for node in steps:  # named from the leaf upwards: u₁, u₂, ... in the order computed
            for index in range(len(node.next_functions)):
                self.operand(node, index)
            self.symbol(node)
        out_plain, out_latex = self.symbol(out_node)
        x_plain, x_latex = self.symbol(accumulator)
        leaf = self.names.of_tensor(self.x) or x_plain
        arrived = self.trace.arrived(accumulator)  # what this backward pass added to x.grad
        numbers = number_text(arrived)
        lhs_plain = f"∂{out_plain}/∂{x_plain}"
        lhs_latex = rf"\frac{{\partial {out_latex}}}{{\partial {x_latex}}}"

        md = [f"**How `{leaf}.grad` was computed:** the chain rule along the graph of the latest backward pass."]
        text = []
        definitions = [self.definition(node) for node in steps]
        md.append("The forward pass, one node at a time:")
        md.append("\n".join(f"- ${latex}$ &nbsp; ({kind})" for _, latex, kind in definitions))
        text.extend(f"{plain}   ({kind})" for plain, _, kind in definitions)
        if any(CONSTANT[0] in plain.split() for plain, _, _ in definitions):
            md.append("($c$ stands for a constant that needs no gradient.)")
        chains = [self.chain(path) for path in paths[:MAX_PATHS]]
        seed = paths[0][0][4]
        ones = all(v == 1 for v in _flat(seed))
        # With a seed of ones, x.grad is the derivative itself; otherwise it is seed times it.
        value_plain = f" = {numbers}" if ones else ""
        value_latex = f" = {_latex_numbers(numbers)}" if ones else ""
        if len(chains) == 1:
            plain, latex = chains[0]
            text.append(f"{lhs_plain} = {plain}{value_plain}")
            md.append(f"$$\n{lhs_latex} = {latex}{value_latex}\n$$")
        else:
            md.append(f"${x_latex}$ reaches ${out_latex}$ along {len(paths)} paths, and their contributions add up:")
            for plain, latex in chains:
                text.append(f"  path: {plain}")
                md.append(f"$$\n{latex}\n$$")
            text.append(f"{lhs_plain} = sum of the paths{value_plain}")
            md.append(f"$$\n{lhs_latex} = \\text{{sum of the paths}}{value_latex}\n$$")
        if not ones:
            note = (f"backward() started from the gradient {short(seed)} instead of ones, so {leaf}.grad is "
                    f"that gradient times the derivative above (a vector-Jacobian product): {leaf}.grad = {numbers}")
            md.append(note)
            text.append(note)
        if _flat(arrived) != _flat(self.x.grad):
            note = (f"{leaf}.grad is {number_text(self.x.grad)}, not {numbers}: gradients add up in .grad "
                    f"across backward passes until it is zeroed (optimizer.zero_grad(), or {leaf}.grad.zero_()).")
            md.append(note)
            text.append(note)
        return Explanation("\n\n".join(md), "\n".join(text))

    def forward_order(self, out_node, wanted):
        """The wanted op nodes, each after the nodes it reads from (a post-order walk with a
        stack of its own: a graph may be far deeper than Python's recursion limit)."""
        if out_node is None:
            return []
        order = []
        seen = {id(out_node): out_node}  # holds the nodes, so no id is reused meanwhile
        stack = [(out_node, iter(out_node.next_functions))]
        while stack:
            node, targets = stack[-1]
            for target, _ in targets:
                if target is not None and id(target) not in seen:
                    seen[id(target)] = target
                    stack.append((target, iter(target.next_functions)))
                    break
            else:
                stack.pop()
                if id(node) in wanted:
                    order.append(node)
        return order

    def symbol(self, node):
        """The name of what ``node`` produced: the learner's variable, else u₁, u₂, ..."""
        known = self.symbols.get(id(node))
        if known:
            return known
        self.held.append(node)
        if type(node).__name__ == "AccumulateGrad":
            name = self.names.of_tensor(node.variable) or "w"
        else:
            name = self.names.of_node(node)
        if name:
            known = (name, _latex_name(name))
        else:
            self.unnamed += 1
            known = (f"u{self.unnamed}".translate(SUBSCRIPTS), f"u_{{{self.unnamed}}}")
        self.symbols[id(node)] = known
        return known

    def operand(self, node, index):
        """Input ``index`` of ``node``: its symbol if a gradient flows into it, else None."""
        functions = node.next_functions
        if index >= len(functions) or functions[index][0] is None:
            return None
        return self.symbol(functions[index][0])

    def chain(self, path):
        """One path's factors and their product, as (plain, latex)."""
        symbols = [self.symbol(path[0][2])] + [self.symbol(edge[2]) for edge in path[1:]]
        factors = [self.local_derivative(edge[0], edge[1]) for edge in path[1:]]
        pairs = list(zip(symbols, symbols[1:]))
        plain = " · ".join(f"∂{a[0]}/∂{b[0]}" for a, b in pairs) + " = " + " · ".join(f.plain() for f in factors)
        latex = (r"\,".join(rf"\frac{{\partial {a[1]}}}{{\partial {b[1]}}}" for a, b in pairs)
                 + " = " + r" \cdot ".join(f.latex() for f in factors))
        product = Monomial.product(factors)
        if product is not None and len(factors) > 1:
            plain += f" = {product.plain()}"
            latex += f" = {product.latex()}"
        return plain, latex

    def local_derivative(self, node, index):
        """∂(output of node)/∂(its input ``index``): a Monomial, or Opaque if unknown."""
        kind = type(node).__name__
        a, b = self.operand(node, 0), self.operand(node, 1)
        if kind in ("AddBackward0", "SubBackward0"):
            sign = -1 if kind == "SubBackward0" and index == 1 else 1
            return Monomial(sign * (_saved(node, "_saved_alpha", 1) if index == 1 else 1))
        if kind == "RsubBackward1":
            return Monomial(-1 if index == 0 else 1)
        if kind == "NegBackward0":
            return Monomial(-1)
        if kind == "SumBackward0":
            return Monomial(1)
        if kind == "MeanBackward0":
            return Monomial(1 / self.trace.along[(id(node), index)].numel())
        if kind == "MulBackward0":
            other = b if index == 0 else a
            return Monomial(1, {other: 1}) if other is not None else self.constant(node, index)
        if kind == "DivBackward0":
            if index == 1:  # ∂(a/b)/∂b = -a / b²
                return Monomial(-1, {b: -2, **({a: 1} if a is not None else {})})
            return Monomial(1, {b: -1}) if b is not None else self.constant(node, index)
        if kind == "PowBackward0":
            p = _saved(node, "_saved_exponent", None)
            if p is not None and a is not None:
                return Monomial(p, {a: p - 1})
        return self.constant(node, index)

    def constant(self, node, index):
        value = self.trace.ratio(node, index)
        if value is not None:
            return Monomial(value)
        source, target = self.symbol(node), self.operand(node, index) or CONSTANT
        return Opaque(f"∂{source[0]}/∂{target[0]}", rf"\frac{{\partial {source[1]}}}{{\partial {target[1]}}}")

    def definition(self, node):
        """'u₂ = 3·u₁' for a node: (plain, latex, its grad_fn name)."""
        kind = type(node).__name__
        name = self.symbol(node)
        a, b = self.operand(node, 0) or CONSTANT, self.operand(node, 1) or CONSTANT
        factor = self.trace.ratio(node, 0)  # ∂out/∂a: b for a*b, 1/b for a/b
        if kind == "MulBackward0" and b is CONSTANT and factor is not None:
            b = (number_text(factor),) * 2
        if kind == "DivBackward0" and b is CONSTANT and factor:
            b = (number_text(1 / factor),) * 2
        p = _saved(node, "_saved_exponent", None)
        p = number_text(p) if p is not None else "p"
        forms = {
            "AddBackward0": (f"{a[0]} + {b[0]}", f"{a[1]} + {b[1]}"),
            "SubBackward0": (f"{a[0]} − {b[0]}", f"{a[1]} - {b[1]}"),
            "RsubBackward1": (f"{b[0]} − {a[0]}", f"{b[1]} - {a[1]}"),
            "MulBackward0": (f"{b[0]}·{a[0]}" if self.operand(node, 1) is None else f"{a[0]}·{b[0]}",
                             rf"{b[1]}\,{a[1]}" if self.operand(node, 1) is None else rf"{a[1]}\,{b[1]}"),
            "DivBackward0": (f"{a[0]} / {b[0]}", rf"\frac{{{a[1]}}}{{{b[1]}}}"),
            "PowBackward0": (f"{a[0]}^{p}", f"{{{a[1]}}}^{{{p}}}"),
            "NegBackward0": (f"−{a[0]}", f"-{a[1]}"),
            "SumBackward0": (f"sum({a[0]})", rf"\textstyle\sum {a[1]}"),
            "MeanBackward0": (f"mean({a[0]})", rf"\operatorname{{mean}}({a[1]})"),
        }
        args = ", ".join(s[0] for s in (self.operand(node, i) for i in range(len(node.next_functions))) if s)
        plain, latex = forms.get(kind, (f"{kind}({args})", rf"\mathrm{{{kind}}}({args})"))
        return f"{name[0]} = {plain}", f"{name[1]} = {latex}", kind


def _saved(node, attribute, default):
    try:
        value = getattr(node, attribute)
    except (AttributeError, RuntimeError):
        return default
    return default if value is None else value


def _flat(t):
    values = t.detach().reshape(-1).tolist()
    return values if isinstance(values, list) else [values]


def _latex_name(name):
    head, _, tail = name.partition("_")
    if tail:
        return rf"\mathit{{{head}}}_{{\mathit{{{tail}}}}}"
    return name if len(name) == 1 else rf"\mathit{{{name}}}"


def _latex_numbers(text):
    return r"\texttt{" + text.replace(" ", r"\ ") + "}"
