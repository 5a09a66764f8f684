"""NumPy's spellings of parameter names, which PyTorch's argument parser accepts for its
operators: torch.sum(x, axis=0, keepdims=True), torch.add(x1=a, x2=b), torch.exp(x=a); and
out= (see _out.py), which takes the same path.

Every operator goes through this, so the common call must cost next to nothing: the wrapper
is generated once per function with the function's own parameters (no *args/**kwargs packing)
plus a ``**numpy`` catch-all; only a call that uses a NumPy name takes the slow path."""
import inspect

# NumPy's name -> PyTorch's, as in PyTorch's python_arg_parser.
_PYTORCH_NAME = {"x": "input", "a": "input", "x1": "input", "x2": "other", "axis": "dim", "keepdims": "keepdim"}


class _Missing:
    """The default of a required parameter that has a NumPy name: it may come by that name."""

    __slots__ = ()

    def __repr__(self):
        return "<missing>"


_MISSING = _Missing()
_P = inspect.Parameter


def _translated_call(function, given, numpy):
    """Calls ``function`` with its arguments (``given``: every parameter's value, defaults and
    _MISSING included) after moving those passed under NumPy's names to PyTorch's."""
    parameters = inspect.signature(function).parameters
    out = numpy.pop("out", _MISSING)
    if out is not _MISSING:
        from ._out import TAKES_OUT, write_out

        if function.__name__ not in TAKES_OUT:  # Python's own "unexpected keyword argument" error
            return function(**{k: v for k, v in given.items() if v is not _MISSING}, out=out)
        return write_out(function.__name__, _translated_call(function, given, numpy), out)
    for name, value in numpy.items():
        target = _PYTORCH_NAME.get(name)
        if target not in given:  # no such parameter: let Python raise its own TypeError
            return function(**{k: v for k, v in given.items() if v is not _MISSING}, **numpy)
        if given[target] is not _MISSING and given[target] is not parameters[target].default:
            raise TypeError(f"{function.__name__}() got multiple values for argument '{target}'")
        given[target] = value
    positional, keywords = [], {}
    for name, p in parameters.items():
        value = given[name]
        if p.kind is _P.VAR_POSITIONAL:  # what comes before *args must go by position
            positional = [keywords.pop(n) for n in list(keywords)] + list(value)
        elif value is not _MISSING:
            keywords[name] = value
    return function(*positional, **keywords)


def numpy_names(function):
    """``function``, also taking NumPy's name for each of its parameters that has one."""
    try:
        parameters = inspect.signature(function).parameters
    except (TypeError, ValueError):
        return function
    if not any(name in parameters for name in _PYTORCH_NAME.values()):
        return function
    if any(p.kind in (_P.VAR_KEYWORD, _P.POSITIONAL_ONLY) for p in parameters.values()):
        return function
    targets = set(_PYTORCH_NAME.values())
    signature, call, given, env = [], [], [], {"_function": function, "_MISSING": _MISSING, "_slow": _translated_call}
    keyword_only_started = defaulted = False
    required = []
    for i, (name, p) in enumerate(parameters.items()):
        if p.kind is _P.VAR_POSITIONAL:
            signature.append(f"*{name}")
            call.append(f"*{name}")
            keyword_only_started = True
        else:
            if p.kind is _P.KEYWORD_ONLY and not keyword_only_started:
                signature.append("*")
                keyword_only_started = True
            if p.default is not _P.empty:
                env[f"_d{i}"] = p.default
                signature.append(f"{name}=_d{i}")
                defaulted = True
            elif name in targets or (defaulted and p.kind is _P.POSITIONAL_OR_KEYWORD):
                # may come by its NumPy name, or follows one that may: optional here, checked below
                signature.append(f"{name}=_MISSING")
                required.append(name)
                defaulted = True
            else:
                signature.append(name)
            call.append(f"{name}={name}" if p.kind is _P.KEYWORD_ONLY else name)
        given.append(f"{name!r}: {name}")
    missing = "".join(f" or {n} is _MISSING" for n in required)
    source = (
        f"def {function.__name__}({', '.join(signature + ['**numpy'])}):\n"
        f"    if numpy{missing}:\n"
        f"        return _slow(_function, {{{', '.join(given)}}}, numpy)\n"
        f"    return _function({', '.join(call)})\n"
    )
    exec(source, env)
    wrapper = env[function.__name__]
    wrapper.__qualname__ = function.__qualname__
    wrapper.__module__ = function.__module__
    wrapper.__doc__ = function.__doc__
    wrapper.__wrapped__ = function
    return wrapper
