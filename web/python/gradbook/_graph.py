"""gradbook.graph(t): the computational graph behind a tensor, as data the page lays out.

Spec (application/vnd.gradbook.graph+json):
  {"nodes": [{"id", "kind": "tensor" | "op" | "leaf", "title", "subtitle", "lines": [...]}],
   "edges": [{"from", "to", "grad"}],     # backward direction: from the output towards leaves
   "traced": bool, "note": str | None}

The tensor itself is on top, then its grad_fn and the nodes behind it, named by their grad_fn
class; leaves (AccumulateGrad) show the leaf's name, value and .grad. After a backward pass
through this graph, each edge carries the gradient that flowed along it.
"""
from torch.autograd.graph import _last_backward_edges

from ._names import Names, caller_namespace
from ._short import short

GRAPH_MIME = "application/vnd.gradbook.graph+json"
MAX_NODES = 150


class Graph:
    """The picture of the graph behind a tensor: its spec for the page, and its text form."""

    mime = GRAPH_MIME

    def __init__(self, spec, root_name):
        self.spec = spec
        self._root_name = root_name

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {self.mime: self.spec, "text/plain": self._text()}

    def _text(self):
        titles = {node["id"]: node["title"] for node in self.spec["nodes"]}
        lines = [f"computational graph of {self._root_name}:"]
        for edge in self.spec["edges"]:
            grad = f"   grad {edge['grad']}" if edge["grad"] else ""
            lines.append(f"  {titles[edge['from']]} -> {titles[edge['to']]}{grad}".replace("\n", " "))
        return "\n".join(lines)

    def __repr__(self):
        return self._text()


def graph(t):
    """The computational graph behind tensor ``t`` (shown as a cell's result, or via display())."""
    names = Names(caller_namespace())
    traced = _last_backward_edges()  # held while building: its nodes' ids key `flows`
    flows = _flows(traced)
    root_name = names.of_tensor(t) or "tensor"
    builder = _Builder(names, flows)
    top = builder.add_tensor(t, root_name)
    grad_fn = t.grad_fn
    if grad_fn is not None:
        builder.edge(top, builder.add_node(grad_fn), flows.get(("seed", id(grad_fn))))
        builder.visit(grad_fn)
    note = None
    if builder.truncated:
        note = f"Only the first {MAX_NODES} nodes are drawn."
    elif t.grad_fn is not None and not builder.traced:
        note = "Run backward() to see the gradient that flows along each edge."
    spec = {"nodes": builder.nodes, "edges": builder.edges, "traced": builder.traced, "note": note}
    return Graph(spec, root_name)


def _flows(traced):
    """Gradients of the latest backward pass: (id(from node), edge index) → text, and
    ('seed', id(to node)) → text for the gradients it started with."""
    flows = {}
    for source, index, target, _input_nr, grad in traced:
        key = ("seed", id(target)) if source is None else (id(source), index)
        flows[key] = short(grad)
    return flows


class _Builder:
    def __init__(self, names, flows):
        self.names = names
        self.flows = flows
        self.nodes = []
        self.edges = []
        self.ids = {}  # id(node) → node id in the spec
        self.keep = []  # the node objects, so ids stay unique while we build
        self.traced = False
        self.truncated = False

    def add_tensor(self, t, name):
        lines = [short(t)]
        grad = t.grad if t.is_leaf or t.retains_grad else None  # a non-leaf's .grad would warn
        if grad is not None:
            lines.append(f"grad {short(grad)}")
        self.nodes.append({"id": "t", "kind": "tensor", "title": name, "subtitle": None, "lines": lines})
        return "t"

    def visit(self, start):
        """Adds ``start`` and everything behind it, breadth first (so the text reads top-down);
        returns the spec id of ``start``."""
        first = self.add_node(start)
        queue = [start]
        while queue:
            node = queue.pop(0)
            source = self.ids[id(node)]
            for index, (target, _input_nr) in enumerate(node.next_functions):
                if target is None:
                    continue
                known = id(target) in self.ids
                target_id = self.add_node(target)
                if target_id is None:
                    continue
                if not known:
                    queue.append(target)
                self.edge(source, target_id, self.flows.get((id(node), index)))
        return first

    def add_node(self, node):
        """The spec id of ``node``, describing it first if it is new (None past MAX_NODES)."""
        spec_id = self.ids.get(id(node))
        if spec_id is not None:
            return spec_id
        if len(self.nodes) >= MAX_NODES:
            self.truncated = True
            return None
        spec_id = self.ids[id(node)] = f"n{len(self.ids)}"
        self.keep.append(node)
        self.nodes.append(self._describe(node, spec_id))
        return spec_id

    def edge(self, source, target, grad):
        self.traced = self.traced or grad is not None
        self.edges.append({"from": source, "to": target, "grad": grad})

    def _describe(self, node, spec_id):
        name = type(node).__name__  # name() is C++-qualified for AccumulateGrad, as in PyTorch
        if name == "AccumulateGrad":
            leaf = node.variable
            lines = [short(leaf), f"grad {short(leaf.grad)}"]
            title = self.names.of_tensor(leaf) or "leaf"
            return {"id": spec_id, "kind": "leaf", "title": title, "subtitle": name, "lines": lines}
        produced = self.names.of_node(node)
        return {"id": spec_id, "kind": "op", "title": name, "subtitle": f"→ {produced}" if produced else None, "lines": []}
