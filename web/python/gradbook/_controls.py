"""Live controls: sliders, dropdowns and checkboxes that re-run a function when moved, with
ipywidgets' interact conventions.

    interact(fn, lr=(0.001, 1.0), steps=(1, 200), kind=["SGD", "Adam"], log=True)

shows the controls, then what ``fn(**values)`` shows for their initial values. The page draws
the controls from plain data (``application/vnd.gradbook.controls+json``: id and controls); what
the function prints and displays follows, up to a marker (``…controls-end+json``), and the page
gathers it under the controls. Moving a control asks Python, in a run that takes no cell number,
for ``rerun(id, values)``, whose output replaces it. Without a page (the headless runner, the
lesson recordings) only the function's own output remains: what it shows for the initial values.

Each interact is kept under an id that holds a token of this interpreter, so controls drawn by an
interpreter that has since been replaced are told apart (rerun raises ControlsInactive).
"""
import inspect
import json
import math
import os
import sys

from . import _display
from ._errors import describe_error

CONTROLS = "application/vnd.gradbook.controls+json"
CONTROLS_END = "application/vnd.gradbook.controls-end+json"

_interactions = {}  # id -> (fn, {parameter: Control})
_token = None  # this interpreter's, made on first use: never part of a saved interpreter image


class ControlsInactive(LookupError):
    """The controls belong to an interpreter (or a namespace) that is gone."""


class Control:
    """One control: what it draws (``spec()``) and the value the function gets."""

    def __init__(self, kind, name, value, **fields):
        self.kind = kind
        self.name = name
        self.value = value
        self._fields = fields

    def spec(self):
        return {"kind": self.kind, "label": self.name, **self._fields, "value": self._page_value(self.value)}

    def __repr__(self):
        fields = "".join(f", {key}={value!r}" for key, value in self._fields.items() if key != "labels")
        return f"{self.kind}({self.name!r}{fields}, value={self.value!r})"

    def _page_value(self, value):
        return value


class _Slider(Control):
    """from_page, here and in the other controls: the function's argument for what the page sent."""

    def from_page(self, value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"slider {self.name!r} got {value!r}, not a number")
        value = min(max(value, self._fields["lo"]), self._fields["hi"])
        return int(round(value)) if self._fields["integer"] else _tidy(value)


class _Dropdown(Control):
    def __init__(self, name, labels, values, index):
        super().__init__("dropdown", name, values[index], labels=labels)
        self._values = values

    def _page_value(self, value):
        return next(i for i, option in enumerate(self._values) if option is value or option == value)

    def from_page(self, index):
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(self._values):
            raise ValueError(f"dropdown {self.name!r} has no option {index!r}")
        return self._values[index]


class _Checkbox(Control):
    def from_page(self, value):
        if not isinstance(value, bool):
            raise ValueError(f"checkbox {self.name!r} got {value!r}, not True or False")
        return value


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def slider(name, lo, hi, step=None, value=None):
    """A slider from lo to hi. Integers throughout (lo, hi, and step and value if given) make an
    integer slider with step 1 by default; otherwise step defaults to a hundredth of the range.
    The value starts at the middle, on a step, unless given."""
    for label, number in (("lo", lo), ("hi", hi), ("step", step), ("value", value)):
        if number is not None and not _is_number(number):
            raise TypeError(f"slider {name!r}: {label} must be a finite number, got {number!r}")
    if not lo < hi:
        raise ValueError(f"slider {name!r}: lo must be less than hi, got lo={lo!r}, hi={hi!r}")
    integer = all(isinstance(number, int) for number in (lo, hi, step, value) if number is not None)
    if step is None:
        step = 1 if integer else (hi - lo) / 100
    if step <= 0:
        raise ValueError(f"slider {name!r}: step must be positive, got {step!r}")
    if value is None:
        value = lo + (hi - lo) // 2 // step * step if integer else lo + round((hi - lo) / 2 / step) * step
    elif not lo <= value <= hi:
        raise ValueError(f"slider {name!r}: value {value!r} is outside [{lo!r}, {hi!r}]")
    return _Slider("slider", name, value if integer else _tidy(value), lo=lo, hi=hi, step=step, integer=integer)


def _tidy(number):
    """A slider's float without the last-digit noise of lo + k * step (0.5005, not
    0.5005000000000001), as the page shows it."""
    return float(round(number, 12))


def dropdown(name, options, value=None):
    """A choice among options: a list of values (shown as str(value)) or of (label, value)
    pairs, or a dict label -> value. The first option is chosen unless value is given."""
    if isinstance(options, dict):
        pairs = list(options.items())
    elif isinstance(options, (list, tuple)):
        pairs = [option if _is_pair(option) else (str(option), option) for option in options]
    else:
        raise TypeError(f"dropdown {name!r}: options must be a list, a tuple or a dict, got {type(options).__name__}")
    if not pairs:
        raise ValueError(f"dropdown {name!r}: options must not be empty")
    labels, values = [str(label) for label, _ in pairs], [option for _, option in pairs]
    if value is None:
        index = 0
    else:
        index = next((i for i, option in enumerate(values) if option is value or option == value), None)
        if index is None:
            raise ValueError(f"dropdown {name!r}: value {value!r} is not one of the options")
    return _Dropdown(name, labels, values, index)


def _is_pair(option):
    return isinstance(option, tuple) and len(option) == 2 and isinstance(option[0], str)


def checkbox(name, value=False):
    """A checkbox, giving True or False."""
    if not isinstance(value, bool):
        raise TypeError(f"checkbox {name!r}: value must be True or False, got {value!r}")
    return _Checkbox("checkbox", name, value)


def _control(parameter, abbreviation):
    """The control an interact keyword stands for, as in ipywidgets: a tuple (lo, hi[, step]) is
    a slider, a list or dict a dropdown, True or False a checkbox."""
    if isinstance(abbreviation, Control):
        return abbreviation
    if isinstance(abbreviation, bool):
        return checkbox(parameter, abbreviation)
    if isinstance(abbreviation, tuple) and len(abbreviation) in (2, 3):
        return slider(parameter, *abbreviation)
    if isinstance(abbreviation, (list, dict)):
        return dropdown(parameter, abbreviation)
    raise TypeError(
        f"interact: {parameter}={abbreviation!r} is not a control; give a tuple (lo, hi) or (lo, hi, step) "
        "for a slider, a list or dict for a dropdown, True or False for a checkbox, or "
        "gradbook.slider(), dropdown() or checkbox()")


def controls_of(fn, abbreviations):
    """{parameter: Control} for interact(fn, **abbreviations), checked against fn's signature."""
    if not callable(fn):
        raise TypeError(f"interact: the first argument must be a function, got {type(fn).__name__}")
    if not abbreviations:
        raise TypeError("interact() needs at least one control, given as a keyword argument: interact(fn, lr=(0.001, 1.0))")
    controls = {parameter: _control(parameter, abbreviation) for parameter, abbreviation in abbreviations.items()}
    inspect.signature(fn).bind(**{parameter: control.value for parameter, control in controls.items()})
    return controls


def interact(fn=None, /, **abbreviations):
    """Shows controls for fn's keyword arguments and what fn shows for their values; moving a
    control on the page runs fn again and replaces what it showed. Returns None; without fn,
    a decorator: @interact(lr=(0.001, 1.0))."""
    if fn is None:
        def decorate(function):
            interact(function, **abbreviations)
            return function
        return decorate
    controls = controls_of(fn, abbreviations)
    interaction_id = f"{_interpreter_token()}-{len(_interactions) + 1}"
    _interactions[interaction_id] = (fn, controls)
    text = ", ".join(f"{parameter}={control.value!r}" for parameter, control in controls.items())
    _display.publish({
        CONTROLS: {"id": interaction_id, "controls": [{"parameter": parameter, **control.spec()} for parameter, control in controls.items()]},
        "text/plain": f"interact: {text}",
    })
    _call(fn, {parameter: control.value for parameter, control in controls.items()})
    _display.publish({CONTROLS_END: {"id": interaction_id}, "text/plain": ""})


def rerun(interaction_id, page_values):
    """Runs an interact's function again for the values the page sent (JSON: parameter -> the
    slider's number, the dropdown's option index, the checkbox's state)."""
    if interaction_id not in _interactions:
        raise ControlsInactive("these controls belong to a Python session that has ended; run their cell again")
    fn, controls = _interactions[interaction_id]
    values = json.loads(page_values)
    _call(fn, {parameter: control.from_page(values[parameter]) if parameter in values else control.value
               for parameter, control in controls.items()})


def _call(fn, values):
    """fn(**values) as its output area shows it: what it prints and displays, its value (as a
    cell's would be), figures it left open, and an error as its traceback, as ipywidgets does."""
    try:
        value = fn(**values)
        if value is not None:
            _display.display(value)
    except Exception as error:  # noqa: BLE001 — the function's bug, shown where its output goes
        sys.stderr.write(describe_error(error)["traceback"])
    _display.end_cell()


def _interpreter_token():
    global _token
    if _token is None:
        _token = os.urandom(6).hex()
    return _token


def _forget():
    global _token
    _interactions.clear()
    _token = None


_display.on_reset(_forget)
