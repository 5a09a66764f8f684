"""The learner's names for tensors and graph nodes: the variables of the notebook's namespace
that hold them (``x``, ``z``), or the parameters of a module held in one (``net.hidden.weight``),
found from inside a gradbook call."""
import sys

import torch


def caller_namespace():
    """The globals of the first frame outside the gradbook package (the cell that called us)."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "").startswith("gradbook"):
        frame = frame.f_back
    return frame.f_globals if frame is not None else {}


class Names:
    """Which variable names hold which tensor (by identity) and which grad_fn node."""

    def __init__(self, namespace):
        self._tensors = {}
        self._nodes = {}
        self._node_values = {}
        self._constants = []  # (name, tensor) of the tensors no gradient flows into
        self._held = []  # keeps the node objects alive, so their ids stay theirs
        for name, value in namespace.items():
            if name.startswith("_"):
                continue
            if isinstance(value, torch.nn.Module):
                for parameter_name, parameter in value.named_parameters():
                    self._tensors.setdefault(id(parameter), f"{name}.{parameter_name}")
                continue
            if not isinstance(value, torch.Tensor):
                continue
            self._tensors.setdefault(id(value), name)
            if not value.requires_grad:
                self._constants.append((name, value))
            node = value.grad_fn
            if node is not None:
                self._held.append(node)
                self._nodes.setdefault(id(node), name)
                self._node_values.setdefault(id(node), value)

    def of_tensor(self, t):
        return self._tensors.get(id(t))

    def of_node(self, node):
        """The variable whose grad_fn is ``node`` (the value that node produced), if any."""
        return self._nodes.get(id(node))

    def value_of_node(self, node):
        """The tensor ``node`` produced, if a variable holds it."""
        return self._node_values.get(id(node))

    def constants(self):
        """(name, tensor) for each variable holding a tensor that needs no gradient."""
        return list(self._constants)
