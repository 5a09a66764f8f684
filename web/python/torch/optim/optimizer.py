"""The Optimizer base: parameter groups, per-parameter state, zero_grad, state_dict, repr."""
import warnings
from collections import defaultdict

from .._engine import ops
from .._tensor import Tensor
from ..autograd.grad_mode import no_grad


class _RequiredParameter:
    def __repr__(self):
        return "<required parameter>"


required = _RequiredParameter()


def require_nonnegative(**values):
    """PyTorch's argument checks: `Invalid learning rate: -1` and the like."""
    labels = {"lr": "learning rate", "eps": "epsilon value", "momentum": "momentum value",
              "weight_decay": "weight_decay value", "alpha": "alpha value"}
    for name, value in values.items():
        if not 0.0 <= value:
            raise ValueError(f"Invalid {labels[name]}: {value}")


def _typename(value):
    if isinstance(value, Tensor):
        return "torch." + {"float32": "Float", "float64": "Double", "int64": "Long", "int32": "Int",
                           "bool": "Bool"}[value.dtype.name] + "Tensor"
    return type(value).__qualname__


class Optimizer:
    """Holds parameter groups (dicts of params and options) and each parameter's state."""

    def __init__(self, params, defaults):
        self.defaults = defaults
        if isinstance(params, Tensor):
            raise TypeError("params argument given to the optimizer should be an iterable of Tensors or dicts, "
                            f"but got {_typename(params)}")
        self.state = defaultdict(dict)
        self.param_groups = []
        self._step_count = 0
        groups = list(params)
        if not groups:
            raise ValueError("optimizer got an empty parameter list")
        if not isinstance(groups[0], dict):
            groups = [{"params": groups}]
        for group in groups:
            self.add_param_group(group)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "step" in cls.__dict__:
            step = cls.__dict__["step"]

            def counted_step(self, *args, **kwargs):
                self._step_count += 1
                with no_grad():
                    return step(self, *args, **kwargs)

            counted_step.__name__ = "step"
            counted_step.__doc__ = step.__doc__
            cls.step = counted_step

    def add_param_group(self, param_group):
        assert isinstance(param_group, dict), "param group must be a dict"
        params = param_group["params"]
        if isinstance(params, Tensor):
            param_group["params"] = [params]
        elif isinstance(params, set):
            raise TypeError("optimizer parameters need to be organized in ordered collections, but the ordering of "
                            "tensors in sets will change between runs. Please use a list instead.")
        else:
            param_group["params"] = list(params)
        for param in param_group["params"]:
            if not isinstance(param, Tensor):
                raise TypeError("optimizer can only optimize Tensors, but one of the params is " + _typename(param))
            if not param.is_leaf:
                raise ValueError("can't optimize a non-leaf Tensor")
        for name, default in self.defaults.items():
            if default is required and name not in param_group:
                raise ValueError("parameter group didn't specify a value of required optimization parameter " + name)
            param_group.setdefault(name, default)
        params = param_group["params"]
        if len(params) != len(set(params)):
            warnings.warn("optimizer contains a parameter group with duplicate parameters; in future, this will cause "
                          "an error; see github.com/pytorch/pytorch/issues/40967 for more information", stacklevel=3)
        seen = set()
        for group in self.param_groups:
            seen.update(group["params"])
        if not seen.isdisjoint(params):
            raise ValueError("some parameters appear in more than one parameter group")
        self.param_groups.append(param_group)

    def zero_grad(self, set_to_none=False):
        for group in self.param_groups:
            for param in group["params"]:
                ops.zero_grad(param._h, bool(set_to_none))

    def step(self, closure=None):
        raise NotImplementedError

    def _parameters_with_grad(self):
        """(group, param, grad, state) for each parameter that has a gradient, in group order."""
        for group in self.param_groups:
            for param in group["params"]:
                grad = param.grad
                if grad is not None:
                    yield group, param, grad, self.state[param]

    def _closure_loss(self, closure):
        if closure is None:
            return None
        from ..autograd.grad_mode import enable_grad

        with enable_grad():
            return closure()

    def state_dict(self):
        index = {}
        groups = []
        for group in self.param_groups:
            packed = {k: v for k, v in group.items() if k != "params"}
            for param in group["params"]:
                index.setdefault(id(param), len(index))
            packed["params"] = [index[id(p)] for p in group["params"]]
            groups.append(packed)
        state = {(index[id(k)] if isinstance(k, Tensor) else k): v for k, v in self.state.items()}
        return {"state": state, "param_groups": groups}

    def load_state_dict(self, state_dict):
        groups = state_dict["param_groups"]
        if len(groups) != len(self.param_groups):
            raise ValueError("loaded state dict has a different number of parameter groups")
        if any(len(a["params"]) != len(b["params"]) for a, b in zip(self.param_groups, groups)):
            raise ValueError("loaded state dict contains a parameter group that doesn't match the size of "
                             "optimizer's group")
        by_index = {i: p for saved, own in zip(groups, self.param_groups) for i, p in zip(saved["params"], own["params"])}
        self.state = defaultdict(dict)
        for key, value in state_dict["state"].items():
            if key in by_index:
                param = by_index[key]
                self.state[param] = {k: (v.clone().to(param.dtype) if isinstance(v, Tensor) and k != "step" else
                                         v.clone() if isinstance(v, Tensor) else v) for k, v in value.items()}
            else:
                self.state[key] = value
        self.param_groups = [dict(saved, params=own["params"]) for saved, own in zip(groups, self.param_groups)]

    def __getstate__(self):
        return {"defaults": self.defaults, "state": self.state, "param_groups": self.param_groups}

    def __repr__(self):
        text = type(self).__name__ + " ("
        for i, group in enumerate(self.param_groups):
            text += f"\nParameter Group {i}\n"
            for key in sorted(group):
                if key != "params":
                    text += f"    {key}: {group[key]}\n"
        return text + ")"
