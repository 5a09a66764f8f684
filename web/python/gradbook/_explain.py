"""gradbook.explain(x): the chain rule behind ``x.grad``, written out with the numbers.

It follows the latest backward pass from its output down to ``x``: each node on the way
contributes one step, the gradient it passes to the input the path enters through. What each op
does is one row of the table in _derivatives.py. Elementwise chains are also written as one
product of local derivatives and multiplied out where they are polynomial (1 · 3 · 2x = 6x).
The numbers are those the backward pass computed. A constant a node did not keep (the 3 in
``3 * u``, the 5 in ``u + 5``) is read off the traced gradients or recomputed from the values
the notebook's variables hold; a constant tensor is named by the variable that holds it.
"""
import textwrap

import torch
from torch.autograd.graph import _last_backward_edges

from ._derivatives import CROSS_ENTROPY_NOTE, RULES, THROUGH_TRANSPOSE, mean_count, saved, saved_numbers
from ._explain_layout import Explanation, folded_list, math_line
from ._monomial import Formula, Monomial, number_text
from ._names import Names, caller_namespace

SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
CONSTANT = ("c", "c")
# A gradient with more values than this is given by its shape: its numbers are in the graph.
MAX_NUMBERS = 24
TEXT_WIDTH = 100


def explain(x):
    """How the latest backward pass computed ``x.grad``, by the chain rule."""
    names = Names(caller_namespace())
    leaf_name = names.of_tensor(x) or "x"
    trace = _Trace(_last_backward_edges())
    accumulator = trace.accumulator_of(x)
    if x.grad is not None and (accumulator is None or not any(True for _ in trace.paths_to(accumulator))):
        message = (f"The graph from the latest backward pass down to {leaf_name} is gone: its output was "
                   f"no variable's, so it was freed. Keep it in one (loss = ...; loss.backward()) to see the chain rule.")
        return Explanation(message, message)
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

    def paths_to(self, node):
        """Every chain of edges from the seed down to ``node``, depth first (with a stack of its
        own: a chain may be far longer than Python's recursion limit)."""
        stack = [(edge, []) for edge in reversed(self.into.get(id(node), []))]
        while stack:
            edge, below = stack.pop()
            if edge[0] is None:
                yield [edge] + below
                continue
            stack.extend((above, [edge] + below) for above in reversed(self.into.get(id(edge[0]), [])))

    def arrived(self, node):
        """The sum of the gradients that flowed into ``node`` (None if none did)."""
        grads = [edge[4] for edge in self.into.get(id(node), [])]
        if not grads:
            return None
        total = grads[0]
        for g in grads[1:]:
            total = total + g
        return total

    def ratio(self, node, index):
        """What left ``node`` along edge ``index`` divided by what reached it, if that is one
        number for every element (the node multiplied by a constant)."""
        left = self.along.get((id(node), index))
        total = self.arrived(node)
        if left is None or total is None or total.shape != left.shape:
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
        self.values = {}  # id(node) → the tensor it produced, where it is known or recomputed
        self.constants = {}  # (id(node), input index) → (plain, latex) of a constant input
        self.constant_values = {}  # (id(node), input index) → its value, where known

    def write(self, accumulator):
        paths = list(self.trace.paths_to(accumulator))
        out_node = paths[0][0][2]
        on_paths = {id(edge[2]): edge[2] for path in paths for edge in path}
        operands = [target for node in on_paths.values() for target, _ in node.next_functions
                    if target is not None and type(target).__name__ != "AccumulateGrad"]
        steps = self.forward_order(out_node, (set(on_paths) - {id(accumulator)}) | {id(node) for node in operands})
        for node in steps:  # named from the leaf upwards: u₁, u₂, ... in the order computed
            for index in range(len(node.next_functions)):
                self.operand(node, index)
            self.symbol(node)
            self.evaluate(node)
        out_plain, out_latex = self.symbol(out_node)
        x_plain, x_latex = self.symbol(accumulator)
        leaf = self.names.of_tensor(self.x) or x_plain
        arrived = self.trace.arrived(accumulator)  # what this backward pass added to x.grad
        numbers = _numbers(arrived)

        md = [f"**How `{leaf}.grad` was computed:** the chain rule along the graph of the latest backward pass."]
        text = [f"How {leaf}.grad was computed: the chain rule along the graph of the latest backward pass."]
        definitions = [self.definition(node) for node in steps]
        md.append("The forward pass, one node at a time:")
        md.append(folded_list([(f"${latex}$ &nbsp; ({kind})", kind) for _, latex, kind in definitions], "steps"))
        text.append("The forward pass, one node at a time:")
        text.extend(_wrapped(f"  {plain}   ({kind})") for plain, _, kind in definitions)
        if any(symbol is CONSTANT for symbol in self.constants.values()):
            md.append("($c$ stands for a constant that needs no gradient.)")
            text.append("(c stands for a constant that needs no gradient.)")

        chains = [self.chain(path) for path in paths]
        lhs_plain = f"∂{out_plain}/∂{x_plain}"
        lhs_latex = rf"\frac{{\partial {out_latex}}}{{\partial {x_latex}}}"
        seed = paths[0][0][4]
        ones = all(v == 1 for v in _flat(seed))
        # With a seed of ones, x.grad is the derivative itself; otherwise it is seed times it.
        value_plain = f" = {numbers}" if ones else ""
        value = numbers if ones else None
        text.append("The chain rule, one factor per node:")
        md.append("The chain rule, one factor per node:")
        if len(chains) == 1:
            plain, latex = chains[0]
            if plain == lhs_plain:  # one step: the step below says it
                text.append(_wrapped(f"  {lhs_plain} = {numbers}"))
                md.append(math_line(lhs_latex, lhs_plain, numbers))
            else:
                text.append(_wrapped(f"  {lhs_plain} = {plain}{value_plain}"))
                md.append(math_line(f"{lhs_latex} = {latex}", f"{lhs_plain} = {plain}", value))
        else:
            md.append(f"${x_latex}$ reaches ${out_latex}$ along {len(paths)} paths, and their contributions add up:")
            md.append(folded_list([(f"${latex}$", "path") for _, latex in chains], "paths"))
            text.extend(_wrapped(f"  path: {plain}") for plain, _ in chains)
            text.append(_wrapped(f"  {lhs_plain} = sum of the paths{value_plain}"))
            md.append(math_line(f"{lhs_latex} = \\text{{sum of the paths}}", f"{lhs_plain} = sum of the paths", value))

        backward = self.backward_steps(steps, on_paths, accumulator, out_node)
        md.append("The backward pass, step by step, with the gradients it computed:")
        # The numbers as code, not math: a long row of them wraps at its spaces on a phone.
        md.append(folded_list([(f"${latex}$ = `{numbers}`", kind) for _, latex, numbers, kind in backward], "steps"))
        text.append("The backward pass, step by step, with the gradients it computed:")
        text.extend(_wrapped(f"  {plain}") for plain, _, _, _ in backward)

        notes = []
        kinds = {type(node).__name__ for node in steps}
        if {"NllLossBackward0", "LogSoftmaxBackward0"} <= kinds:
            notes.append(CROSS_ENTROPY_NOTE)
        if not ones:
            notes.append(f"backward() started from the gradient {_numbers(seed)} instead of ones, so {leaf}.grad is "
                         f"that gradient times the derivative above (a vector-Jacobian product): {leaf}.grad = {numbers}")
        if _flat(arrived) != _flat(self.x.grad):
            notes.append(f"{leaf}.grad is {_numbers(self.x.grad)}, not {numbers}: gradients add up in .grad "
                         f"across backward passes until it is zeroed (optimizer.zero_grad(), or {leaf}.grad.zero_()).")
        md.extend(notes)
        text.extend(_wrapped(note) for note in notes)
        return Explanation("\n\n".join(md), "\n".join(text))

    def forward_order(self, out_node, wanted):
        """The wanted op nodes, each after the nodes it reads from (a post-order walk with a
        stack of its own: a graph may be far deeper than Python's recursion limit)."""
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

    # Names and values

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
        """Input ``index`` of ``node``: its symbol if a gradient flows into it, else the
        constant's value or name (CONSTANT if neither is known)."""
        functions = node.next_functions
        if index < len(functions) and functions[index][0] is not None:
            return self.symbol(functions[index][0])
        key = (id(node), index)
        if key not in self.constants:
            symbol, value = self.constant(node, index)
            self.constants[key] = symbol
            if value is not None:
                self.constant_values[key] = value
        return self.constants[key]

    def value(self, node, index):
        """The value of input ``index`` of ``node``, where known."""
        functions = node.next_functions
        if index < len(functions) and functions[index][0] is not None:
            source = functions[index][0]
            if type(source).__name__ == "AccumulateGrad":
                return source.variable.detach()
            return self.values.get(id(source))
        return self.constant_values.get((id(node), index))

    def evaluate(self, node):
        """Records the value ``node`` produced: a variable's, or recomputed from its inputs."""
        named = self.names.value_of_node(node)
        if named is not None:
            self.values[id(node)] = named.detach()
            return
        rule = RULES.get(type(node).__name__)
        evaluate = getattr(rule, "evaluate", None)
        inputs = [self.value(node, i) for i in range(self.arity(node))]
        if evaluate is None or any(v is None for v in inputs):
            return
        with torch.no_grad():
            try:
                self.values[id(node)] = evaluate(node, *inputs)
            except (AttributeError, TypeError, RuntimeError, ValueError):
                return

    def constant(self, node, index):
        """A constant input of ``node``: its symbol (its value as text, the variable that holds
        it, else CONSTANT) and its value (None where unknown)."""
        kind = type(node).__name__
        value = None
        if kind == "MulBackward0":  # ∂(a·c)/∂a = c
            ratio = self.trace.ratio(node, 1 - index)
            value = None if ratio is None else torch.tensor(ratio)
        elif kind == "DivBackward0" and index == 1:  # ∂(a/c)/∂a = 1/c
            ratio = self.trace.ratio(node, 0)
            value = None if not ratio else torch.tensor(1 / ratio)
        elif kind in ("AddBackward0", "SubBackward0", "RsubBackward1", "DivBackward0"):
            value = self.constant_from_output(kind, node, index)
        if value is not None:
            text = _constant_text(value)
            return (text, text), value
        for name, tensor in self.names.constants():
            if self.fits(node, index, tensor):
                return (name, _latex_name(name)), tensor
        return CONSTANT, None

    def constant_from_output(self, kind, node, index):
        """The constant input of y = a ± c, c − a or c / a, from the values of y and a."""
        names_value = self.names.value_of_node(node)
        output = names_value.detach() if names_value is not None else None
        other = self.value(node, 1 - index)
        if output is None or other is None:
            return None
        with torch.no_grad():
            if kind == "AddBackward0":
                return output - other
            if kind == "SubBackward0":
                return other - output if index == 1 else output + other
            if kind == "RsubBackward1":
                return output + other
            return output * other  # c / a

    def fits(self, node, index, tensor):
        """Whether a notebook variable's tensor can be the constant input ``index`` of
        ``node``: the gradients that flowed through the node must be what it would give."""
        kind = type(node).__name__
        g = self.trace.arrived(node)
        try:
            if kind == "MmBackward0" and index == 0:
                return _close(tensor.t() @ g, self.trace.along.get((id(node), 1)))
            if kind == "MmBackward0" and index == 1:
                return _close(g @ tensor.t(), self.trace.along.get((id(node), 0)))
            if kind == "AddmmBackward0" and index == 1:
                return _close(tensor.t() @ g, self.trace.along.get((id(node), 2)))
            if kind == "AddmmBackward0" and index == 2:
                return _close(g @ tensor.t(), self.trace.along.get((id(node), 1)))
            if kind == "MvBackward0" and index == 0:
                return _close(tensor.t() @ g, self.trace.along.get((id(node), 1)))
            if kind == "MulBackward0" and tensor.numel() <= g.numel():  # no big product for a dataset
                other = self.trace.along.get((id(node), 1 - index))
                return other is not None and _close(_sum_to(g * tensor, other.shape), other)
        except (RuntimeError, TypeError, ValueError):
            return False
        # A loss's target: the one variable with the shape that the loss's targets have.
        a = self.trace.along.get((id(node), 0))
        if a is None or kind not in ("MseLossBackward0", "BinaryCrossEntropyBackward0",
                                     "BinaryCrossEntropyWithLogitsBackward0", "NllLossBackward0",
                                     "SmoothL1LossBackward0", "HuberLossBackward0"):
            return False
        shape = list(a.shape[:1]) if kind == "NllLossBackward0" else list(a.shape)
        fitting = [t for _, t in self.names.constants() if list(t.shape) == shape]
        return len(fitting) == 1 and fitting[0] is tensor

    def arity(self, node):
        """How many inputs ``node``'s op has: its edges, or more where its form names a constant
        input that has no edge (the 1 of 1 − u)."""
        rule = RULES.get(type(node).__name__)
        named = sum(f"{{{letter}}}" in rule.forward[0] for letter in "abc") if rule is not None else 0
        return max(1, len(node.next_functions), named)

    def shape(self, node, index):
        """The shape of input ``index`` of ``node``, as text ('?' where unknown)."""
        along = self.trace.along.get((id(node), index))
        if along is not None:
            return _shape(along)
        value = self.value(node, index)
        return _shape(value) if value is not None else "?"

    # The three parts

    def definition(self, node):
        """'u₂ = 3·u₁' for a node: (plain, latex, its grad_fn name)."""
        kind = type(node).__name__
        name = self.symbol(node)
        rule = RULES.get(kind)
        arity = self.arity(node)
        symbols = [self.operand(node, i) for i in range(arity)]
        if rule is None:
            args = ", ".join(s[0] for s in symbols)
            plain, latex = f"{kind}({args})", rf"\mathrm{{{kind}}}({', '.join(s[1] for s in symbols)})"
        else:
            if kind == "MulBackward0" and node.next_functions[1][0] is None:
                symbols = symbols[::-1]  # a constant factor first: 3·u₁
            plain, latex = (self.fill(rule.forward[i], node, symbols, i) for i in (0, 1))
        arrived = self.trace.arrived(node)
        shape = f", shape {_shape(arrived)}" if arrived is not None and arrived.dim() >= 2 else ""
        return f"{name[0]} = {plain}", f"{name[1]} = {latex}", f"{kind}{shape}"

    def fill(self, template, node, symbols, which, g=None, index=None):
        """A row's template with this node's names: which 0 is plain text, 1 LaTeX."""
        arity = len(symbols)
        values = {letter: symbols[i][which] if i < arity else "?" for i, letter in enumerate("abc")}
        values.update(y=self.symbol(node)[which], g=g or "", n=self.count(node, index),
                      **saved_numbers(node),
                      shape_a=self.shape(node, index if index is not None else 0),
                      shape_y=_shape(self.trace.arrived(node)) if self.trace.arrived(node) is not None else "?")
        return template.format(**values)

    def count(self, node, index):
        """n of a mean: how many elements became one (for nll_loss, how many rows)."""
        return mean_count(node, self.trace.along.get((id(node), index or 0)), self.trace.arrived(node))

    def chain(self, path):
        """One path's factors and their product, as (plain, latex)."""
        symbols = [self.symbol(path[0][2])] + [self.symbol(edge[2]) for edge in path[1:]]
        pairs = list(zip(symbols, symbols[1:]))
        plain = " · ".join(f"∂{a[0]}/∂{b[0]}" for a, b in pairs)
        # \allowbreak: inline, a long product of fractions may wrap between them
        latex = r"\,\allowbreak ".join(rf"\frac{{\partial {a[1]}}}{{\partial {b[1]}}}" for a, b in pairs)
        if not all(self.is_factor(edge[0], edge[1]) for edge in path[1:]):
            # A matrix product, an index, a loss or a sum over broadcast dims: no product of
            # factors says it; the backward steps do.
            return plain, latex
        factors = [self.local_derivative(edge[0], edge[1]) for edge in path[1:]]
        plain += " = " + " · ".join(_grouped(f.plain()) for f in factors)
        latex += " = " + r" \cdot ".join(_grouped(f.latex(), f.plain()) for f in factors)
        product = Monomial.product(factors)
        if product is not None and len(factors) > 1:
            plain += f" = {product.plain()}"
            latex += f" = {product.latex()}"
        return plain, latex

    def is_factor(self, node, index):
        """Whether ``node`` passes its gradient to input ``index`` as a product by a factor."""
        if not getattr(RULES.get(type(node).__name__), "elementwise", False):
            return False
        arrived, along = self.trace.arrived(node), self.trace.along.get((id(node), index))
        return arrived is None or along is None or along.numel() >= arrived.numel()

    def backward_steps(self, steps, on_paths, accumulator, out_node):
        """One line per node from the output down to x: the gradient that reached it, from
        each of its consumers on the way, and its numbers: (plain, latex without the numbers,
        numbers, kind)."""
        out_plain, out_latex = self.symbol(out_node)
        lines = []
        seed = self.trace.arrived(out_node)
        lines.append((f"∂{out_plain}/∂{out_plain} = {_numbers(seed)}   (the gradient backward() started from)",
                      rf"\frac{{\partial {out_latex}}}{{\partial {out_latex}}}", _numbers(seed), "seed"))
        ordered = [node for node in reversed(steps) if id(node) in on_paths and node is not out_node] + [accumulator]
        for node in ordered:
            target = self.symbol(node)
            parts = []
            for source, index, _target, _nr, _grad in self.trace.into.get(id(node), []):
                if source is None or id(source) not in on_paths:
                    continue
                parts.append(self.step(source, index))
            numbers = _numbers(self.trace.arrived(node))
            plain = " + ".join(p[0] for p in parts)
            latex = " + ".join(p[1] for p in parts)
            kinds = "+".join(p[2] for p in parts)
            lines.append((f"∂{out_plain}/∂{target[0]} = {plain} = {numbers}",
                          rf"\frac{{\partial {out_latex}}}{{\partial {target[1]}}} = {latex}", numbers, kinds))
        return lines

    def step(self, node, index):
        """What ``node`` sends back to its input ``index``: (plain, latex, kind)."""
        kind = type(node).__name__
        rule = RULES.get(kind)
        out = self.symbol(self.root_of(node))
        y = self.symbol(node)
        g = (f"∂{out[0]}/∂{y[0]}", rf"\frac{{\partial {out[1]}}}{{\partial {y[1]}}}")
        arity = self.arity(node)
        symbols = [self.operand(node, i) for i in range(arity)]
        if rule is None:
            return (f"{kind}'s backward of {g[0]}", rf"\mathrm{{{kind}}}^\top({g[1]})", kind)
        if rule.elementwise:
            factor = self.local_derivative(node, index)
            plain = g[0] if factor.plain() == "1" else f"{g[0]} · {_grouped(factor.plain())}"
            latex = g[1] if factor.plain() == "1" else rf"{g[1]} \cdot {_grouped(factor.latex(), factor.plain())}"
            arrived, along = self.trace.arrived(node), self.trace.along.get((id(node), index))
            if arrived is not None and along is not None and arrived.shape != along.shape:
                plain, latex = _reshaped(plain, latex, symbols[index][0], arrived, along)
            return plain, latex, kind
        plain, latex = (self.fill(rule.backward[min(index, len(rule.backward) - 1)][i], node, symbols, i,
                                  g=g[i], index=index) for i in (0, 1))
        if rule.shapes and "·" in rule.backward[index][0]:
            plain += self.shapes(node, rule.backward[index][0], index)
        if kind == "TBackward0":
            plain, latex = self.through_transpose(node, plain, latex)
        return plain, latex, kind

    def shapes(self, node, template, index):
        """'   (shapes [2, 3]ᵀ·[2, 2] → [3, 2])': a matrix product's step with its shapes."""
        shapes = [(self.shape(node, i),) * 2 for i in range(self.arity(node))]
        shaped = self.fill(template, node, shapes, 0, g=_shape(self.trace.arrived(node)), index=index)
        return f"   (shapes {shaped} → {self.shape(node, index)})"

    def through_transpose(self, node, plain, latex):
        """A transposed weight's step, also written as the gradient of the weight itself:
        (∂L/∂y)ᵀ·x for y = x·Wᵀ + b, as one learns it for Linear."""
        consumers = [edge for edge in self.trace.into.get(id(node), []) if edge[0] is not None]
        if len(consumers) != 1:
            return plain, latex
        consumer, index = consumers[0][0], consumers[0][1]
        template = THROUGH_TRANSPOSE.get((type(consumer).__name__, index))
        if template is None:
            return plain, latex
        out, y = self.symbol(self.root_of(node)), self.symbol(consumer)
        g = (f"∂{out[0]}/∂{y[0]}", rf"\frac{{\partial {out[1]}}}{{\partial {y[1]}}}")
        symbols = [self.operand(consumer, i) for i in range(self.arity(consumer))]
        direct = [self.fill(template[i], consumer, symbols, i, g=g[i], index=index) for i in (0, 1)]
        shapes = [(self.shape(consumer, i),) * 2 for i in range(self.arity(consumer))]
        shaped = self.fill(template[0], consumer, shapes, 0, g=_shape(self.trace.arrived(consumer)))
        shaped = shaped.replace("([", "[").replace("])", "]")  # a shape needs no brackets of its own
        weight = self.shape(node, 0)
        return (f"{plain} = {direct[0]}   (shapes {shaped} → {weight})", f"{latex} = {direct[1]}")

    def root_of(self, node):
        """The output of the latest backward pass (the node the seed entered)."""
        for edge in self.trace.edges:
            if edge[0] is None:
                return edge[2]
        return node

    def local_derivative(self, node, index):
        """∂(output of node)/∂(its input ``index``) of an elementwise op: a Monomial, or a Formula."""
        kind = type(node).__name__
        algebra = ALGEBRA_DERIVATIVES.get(kind)
        if algebra is not None:
            found = algebra(self, node, index)
            if found is not None:
                return found
        rule = RULES.get(kind)
        if rule is not None and rule.local is not None:
            symbols = [self.operand(node, i) for i in range(self.arity(node))]
            template = rule.local[min(index, len(rule.local) - 1)]
            return Formula(*(self.fill(template[i], node, symbols, i) for i in (0, 1)))
        value = self.trace.ratio(node, index)
        if value is not None:
            return Monomial(value)
        source, target = self.symbol(node), self.operand(node, index)
        return Formula(f"∂{source[0]}/∂{target[0]}", rf"\frac{{\partial {source[1]}}}{{\partial {target[1]}}}")


def _add(writer, node, index):
    sign = -1 if type(node).__name__ == "SubBackward0" and index == 1 else 1
    return Monomial(sign * (saved(node, "_saved_alpha", 1) if index == 1 else 1))


def _mul(writer, node, index):
    other = writer.operand(node, 1 - index)
    if node.next_functions[1 - index][0] is None:  # a constant: its value, if it is one number
        value = writer.trace.ratio(node, index)
        if value is not None:
            return Monomial(value)
    return Monomial(1, {other: 1}) if other is not CONSTANT else None


def _div(writer, node, index):
    a, b = writer.operand(node, 0), writer.operand(node, 1)
    constant_b = node.next_functions[1][0] is None
    if index == 1:  # ∂(a/b)/∂b = -a / b²
        return Monomial(-1, {b: -2, a: 1})
    if constant_b:
        value = writer.trace.ratio(node, 0)
        return Monomial(value) if value is not None else None
    return Monomial(1, {b: -1})


def _pow(writer, node, index):
    p = saved(node, "_saved_exponent", None)
    return Monomial(p, {writer.operand(node, 0): p - 1}) if p is not None else None


def _mean(writer, node, index):
    return Monomial(1 / writer.trace.along[(id(node), index)].numel())


# The local derivatives of polynomial algebra, as Monomials that multiply out along a chain.
ALGEBRA_DERIVATIVES = {
    "AddBackward0": _add,
    "SubBackward0": _add,
    "RsubBackward1": lambda writer, node, index: Monomial(-1 if index == 0 else 1),
    "NegBackward0": lambda writer, node, index: Monomial(-1),
    "SumBackward0": lambda writer, node, index: Monomial(1),
    "MeanBackward0": _mean,
    "MulBackward0": _mul,
    "DivBackward0": _div,
    "PowBackward0": _pow,
}


def _flat(t):
    values = t.detach().reshape(-1).tolist()
    return values if isinstance(values, list) else [values]


def _close(a, b):
    return b is not None and a.shape == b.shape and bool(torch.allclose(a, b, rtol=1e-4, atol=1e-6))


def _sum_to(t, shape):
    """``t`` summed over the dims that broadcasting added or stretched, down to ``shape``."""
    while t.dim() > len(shape):
        t = t.sum(0)
    for dim, size in enumerate(shape):
        if size == 1 and t.shape[dim] != 1:
            t = t.sum(dim, keepdim=True)
    return t


def _shape(t):
    return str(list(t.shape))


def _numbers(t):
    """A gradient's values, or its shape when it has too many to read in a line."""
    if t is None:
        return "None"
    if t.numel() > MAX_NUMBERS:
        return f"a {_shape(t)} tensor"
    return number_text(t)


def _constant_text(value):
    """A constant's value: one number if every element is that number."""
    values = set(_flat(value))
    if len(values) == 1:
        return number_text(values.pop())
    return _numbers(value)


def _reshaped(plain, latex, name, arrived, along):
    """An elementwise step whose input had another shape than its output: a reduction (sum,
    mean) copies the gradient to every element; broadcasting sums it back."""
    shape = _shape(along)
    if along.numel() > arrived.numel():
        return (f"{plain}, copied to every element of {name}'s shape {shape}",
                rf"{latex} \text{{ copied to every element of }} {shape}")
    return (f"{plain}, summed over the broadcast dims back to {name}'s shape {shape}",
            rf"\textstyle\sum_{{\text{{broadcast}}}} {latex} \;\to {shape}")


def _grouped(text, plain=None):
    """A factor in brackets when its plain form is a sum or a sentence, so that g · (…) reads
    right; ``plain`` is given when ``text`` is the factor's LaTeX."""
    if not any(mark in (plain or text) for mark in (" + ", " − ", " - ", " where ", " if ")):
        return text
    return rf"\left({text}\right)" if plain is not None else f"({text})"


def _wrapped(line):
    """A long line wrapped at spaces, its continuations indented under it."""
    indent = " " * (len(line) - len(line.lstrip(" ")) + 4)
    return textwrap.fill(line, TEXT_WIDTH, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


def _latex_name(name):
    head, _, tail = name.partition("_")
    if tail:
        return rf"\mathit{{{head}}}_{{\mathit{{{tail}}}}}"
    if "." in name:
        return rf"\mathit{{{name}}}"
    return name if len(name) == 1 else rf"\mathit{{{name}}}"
