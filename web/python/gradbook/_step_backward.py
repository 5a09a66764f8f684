"""gradbook.step_backward(loss): the backward pass behind ``loss``, one node at a time, in the
order the engine runs it, over the picture of gradbook.graph.

The gradients are computed once, by one torch.autograd.grad call with the engine's backward
trace on (so the learner's .grad stays untouched and the graph is kept), and the steps replay
that trace: the engine records each node's outgoing gradients as the node runs, so the order of
the nodes in the trace is the engine's own execution order.

Spec (application/vnd.gradbook.step-backward+json):
  {"graph": <gradbook.graph spec; each edge also has "flow", the key of the gradient along it>,
   "steps": [{"node", "title", "produces", "incoming",
              "inputs": [{"flow", "to", "to_title", "input", "formula", "grad", "chain"}],
              "leaves": {leaf node id: "grad ..."}}],  # the .grad lines that change at this step
   "leaves_before": {leaf node id: "grad ..."}}  # their line before the backward pass
  A leaf node is drawn with its final .grad line.
"""
import torch
from torch.autograd.graph import _last_backward_edges, _set_backward_trace

from ._derivatives import local_derivative, mean_count
from ._graph import MAX_NODES, Graph, _Builder
from ._names import Names, caller_namespace
from ._short import short

STEP_MIME = "application/vnd.gradbook.step-backward+json"
INPUT_LETTERS = "abcdefgh"


class StepBackward(Graph):
    """The graph with the backward pass's steps over it (the spec holds both)."""

    mime = STEP_MIME

    def _text(self):
        steps = self.spec["steps"]
        lines = [f"backward pass of {self._root_name}, in the engine's order ({len(steps)} steps):"]
        for number, step in enumerate(steps, 1):
            produces = f" (→ {step['produces']})" if step["produces"] else ""
            lines.append(f"step {number}/{len(steps)}: {step['title']}{produces}")
            lines.append(f"  incoming ∂L/∂y = {step['incoming']}")
            for flow in step["inputs"]:
                lines.append(f"  to {flow['to_title']}: {flow['formula'] or 'local derivative not in the table'}")
                lines.append(f"    {flow['chain']}")
            for leaf, grad in step["leaves"].items():
                lines.append(f"  {self._title(leaf)}.{grad.replace('grad ', 'grad = ', 1)}")
        return "\n".join(line.replace("\n", " ") for line in lines)

    def _title(self, node_id):
        return next(node["title"] for node in self.spec["graph"]["nodes"] if node["id"] == node_id)


def step_backward(loss, gradient=None):
    """The backward pass of ``loss`` (with ``gradient`` for a non-scalar, as in backward()) as
    steps to walk through; the .grad of leaves and of the cell's retain_grad() tensors are not
    changed."""
    namespace = caller_namespace()
    names = Names(namespace)
    if loss.grad_fn is None:
        raise RuntimeError("step_backward needs a tensor computed from tensors that require grad "
                           "(this one has no grad_fn)")
    leaves = _leaves(loss.grad_fn)
    if not leaves:
        raise RuntimeError("step_backward needs a tensor computed from tensors that require grad "
                           "(no leaf of this graph requires grad)")
    was_tracing = _set_backward_trace(True)
    retained = _retained_grads(namespace)
    try:
        torch.autograd.grad([loss], leaves, None if gradient is None else [gradient], retain_graph=True)
        traced = _last_backward_edges()
    finally:
        _set_backward_trace(was_tracing)
        for tensor, grad in retained:
            tensor.grad = grad
    root_name = names.of_tensor(loss) or "tensor"
    graph, ids = _graph(loss, root_name, names, traced)
    steps = _steps(traced, names, graph, ids)
    # Leaves are drawn with the .grad they end with (the picture's size is its final one) and
    # say which line they show before the step that fills it.
    before = {}
    for step in steps:
        for leaf, grad in step["leaves"].items():
            node = next(node for node in graph["nodes"] if node["id"] == leaf)
            before.setdefault(leaf, node["lines"][1])
            node["lines"][1] = grad
    return StepBackward({"graph": graph, "steps": steps, "leaves_before": before}, root_name)


def _retained_grads(namespace):
    """(tensor, copy of its .grad) for the namespace's non-leaf tensors that retain_grad():
    PyTorch 1.13's torch.autograd.grad fills their .grad too, and a later backward() of the
    learner's would then count it twice."""
    return [(value, None if value.grad is None else value.grad.detach().clone())
            for value in list(namespace.values())
            if isinstance(value, torch.Tensor) and not value.is_leaf and value.retains_grad]


def _leaves(start):
    """The tensors whose .grad a backward() from ``start`` would fill, in the graph's order."""
    leaves, seen, stack = [], {}, [start]
    while stack:
        node = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen[id(node)] = node  # held, so that no later node gets its id
        if type(node).__name__ == "AccumulateGrad":
            leaves.append(node.variable)
        stack.extend(target for target, _ in reversed(node.next_functions))
    return leaves


def _flow_key(number):
    return f"f{number}"


def _graph(loss, root_name, names, traced):
    """gradbook.graph's spec of ``loss``, each edge labelled with the final gradient along it and
    keyed by its place in the trace; and the node ids by id(grad_fn)."""
    keys = {}
    for number, (source, index, target, _input_nr, _grad) in enumerate(traced):
        keys[("seed", id(target)) if source is None else (id(source), index)] = _flow_key(number)
    builder = _Builder(names, keys)
    top = builder.add_tensor(loss, root_name)
    builder.edge(top, builder.add_node(loss.grad_fn), keys.get(("seed", id(loss.grad_fn))))
    builder.visit(loss.grad_fn)
    if builder.truncated:
        raise ValueError(f"step_backward draws graphs of up to {MAX_NODES} nodes; this one has more")
    grads = {_flow_key(number): short(edge[4]) for number, edge in enumerate(traced)}
    for edge in builder.edges:
        edge["flow"] = edge.pop("grad")
        edge["grad"] = grads.get(edge["flow"])
    return {"nodes": builder.nodes, "edges": builder.edges, "traced": True, "note": None}, builder.ids


def _sizes(node, grad, incoming):
    """The shapes of an input (its gradient has its shape) and of the node's output, and the n
    of a mean."""
    if grad is None or incoming is None:
        return {}
    return {"shape_a": str(list(grad.shape)), "shape_y": str(list(incoming.shape)),
            "n": mean_count(node, grad, incoming)}


def _steps(traced, names, graph, ids):
    titles = {node["id"]: node["title"] for node in graph["nodes"]}
    arrived = {}  # id(target node) → the gradient summed so far, as the engine accumulates it
    steps = []
    for number, (source, index, target, _input_nr, grad) in enumerate(traced):
        if source is not None and (not steps or steps[-1]["source"] is not source):
            steps.append({"source": source, "node": ids[id(source)], "title": type(source).__name__,
                          "produces": names.of_node(source), "incoming": short(arrived.get(id(source))),
                          "inputs": [], "leaves": {}})
        before = arrived.get(id(target))
        arrived[id(target)] = grad if before is None else before + grad
        if source is None:
            continue
        step = steps[-1]
        letter = INPUT_LETTERS[index] if index < len(INPUT_LETTERS) else f"input {index}"
        sizes = _sizes(source, grad, arrived.get(id(source)))
        formula, factor = local_derivative(source, index, letter, **sizes) or (None, f"∂y/∂{letter}")
        if factor is None:  # not elementwise: the formula is the whole gradient the input receives
            chain = f"∂L/∂{letter} = {short(grad)}"
        else:
            factor = f"({factor})" if " " in factor else factor  # 1 − tanh²(a) is one factor
            chain = f"∂L/∂{letter} = ∂L/∂y · ∂y/∂{letter} = {step['incoming']} · {factor} = {short(grad)}"
        step["inputs"].append({
            "flow": _flow_key(number), "to": ids[id(target)], "to_title": titles[ids[id(target)]],
            "input": letter, "formula": formula, "grad": short(grad), "chain": chain,
        })
        if type(target).__name__ == "AccumulateGrad":
            leaf_grad = target.variable.grad
            total = arrived[id(target)] if leaf_grad is None else leaf_grad + arrived[id(target)]
            step["leaves"][ids[id(target)]] = f"grad {short(total)}"
    for step in steps:
        del step["source"]
    return steps
