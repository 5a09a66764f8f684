"""Stand-in for gradbook while recording under real PyTorch: every picture is a Picture,
which has no text of PyTorch's to record. An exercise's checks are gradbook's own code
(web/python/gradbook/_check.py and _exercise.py, which use only PyTorch's API): this module
finds them there, as a package would, so the recorded verdicts are PyTorch's. So are the
controls of interact (_controls.py): their function runs once, for their initial values, and
prints what the page first shows under them."""
import os

__path__ = [os.path.join(os.path.dirname(__file__), "..", "..", "web", "python", "gradbook")]

from gradbook._check import CheckFailed, check, check_grad  # noqa: E402  (needs __path__)
from gradbook._controls import checkbox, controls_of, dropdown, slider  # noqa: E402


class Picture:
    pass


def _picture(*args, **kwargs):
    return Picture()


graph = explain = landscape = decision_boundary = plot = step_backward = _picture


def show_images(images, labels=None, nrow=8):
    """Shows a picture mid-cell, as display() does; labels, which gradbook prints, are not
    recorded here, so a lesson's show_images calls leave them out."""
    if labels is not None:
        raise ValueError("record lessons with show_images() calls without labels")


def display(*values):
    pass


def interact(fn=None, /, **abbreviations):
    if fn is None:
        return lambda function: (interact(function, **abbreviations), function)[1]
    fn(**{parameter: control.value for parameter, control in controls_of(fn, abbreviations).items()})
