"""NumPy's spellings of parameter names, which PyTorch's argument parser accepts for its
operators: torch.sum(x, axis=0, keepdims=True), torch.add(x1=a, x2=b), torch.exp(x=a)."""
import functools
import inspect

# NumPy's name -> PyTorch's, as in PyTorch's python_arg_parser.
_PYTORCH_NAME = {"x": "input", "a": "input", "x1": "input", "x2": "other", "axis": "dim", "keepdims": "keepdim"}


def numpy_names(function):
    """``function``, also taking NumPy's name for each of its parameters that has one."""
    try:
        parameters = inspect.signature(function).parameters
    except (TypeError, ValueError):
        return function
    aliases = {numpy: name for numpy, name in _PYTORCH_NAME.items() if name in parameters}
    if not aliases:
        return function

    @functools.wraps(function)
    def call(*args, **kwargs):
        if kwargs:
            for numpy in aliases.keys() & kwargs.keys():
                name = aliases[numpy]
                if name in kwargs:
                    raise TypeError(f"{function.__name__}() got multiple values for argument '{name}'")
                kwargs[name] = kwargs.pop(numpy)
        return function(*args, **kwargs)

    return call
