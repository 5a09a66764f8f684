"""gradbook.interact and its controls: ipywidgets' conventions for what a keyword stands for,
the plain data the page draws, the function's output for the initial values between the
controls and their end marker, re-runs with the values the page sends, and clear errors."""
import contextlib
import io
import json
import unittest
from unittest import mock

import gradbook
from gradbook import _controls

CONTROLS = "application/vnd.gradbook.controls+json"
CONTROLS_END = "application/vnd.gradbook.controls-end+json"


class Shown:
    """What a piece of code printed and displayed, in order: ('stdout' | 'stderr', text) or
    ('display', bundle)."""

    def __init__(self, action):
        self.items = []
        with mock.patch("gradbook._display.publish", side_effect=lambda bundle: self.items.append(("display", bundle))), \
                contextlib.redirect_stdout(_Stream(self.items, "stdout")), \
                contextlib.redirect_stderr(_Stream(self.items, "stderr")):
            action()

    def controls(self):
        return next(bundle[CONTROLS] for kind, bundle in self.items if kind == "display" and CONTROLS in bundle)


class _Stream(io.StringIO):
    def __init__(self, items, name):
        super().__init__()
        self.items, self.name = items, name

    def write(self, text):
        self.items.append((self.name, text))
        return len(text)


def report(lr, steps, optimizer, nesterov):
    print(f"lr={lr} steps={steps} optimizer={optimizer} nesterov={nesterov}")


class Abbreviations(unittest.TestCase):
    def setUp(self):
        self.shown = Shown(lambda: gradbook.interact(
            report, lr=(0.001, 1.0), steps=(1, 200), optimizer=["SGD", "Adam"], nesterov=True))
        self.spec = self.shown.controls()

    def test_a_float_tuple_is_a_slider_with_a_hundred_steps_starting_in_the_middle(self):
        self.assertEqual(self.spec["controls"][0], {
            "parameter": "lr", "kind": "slider", "label": "lr", "lo": 0.001, "hi": 1.0, "step": 0.00999,
            "integer": False, "value": 0.5005})

    def test_an_int_tuple_is_an_integer_slider_with_step_1(self):
        self.assertEqual(self.spec["controls"][1], {
            "parameter": "steps", "kind": "slider", "label": "steps", "lo": 1, "hi": 200, "step": 1,
            "integer": True, "value": 100})

    def test_a_list_is_a_dropdown_sent_as_labels_and_an_index(self):
        self.assertEqual(self.spec["controls"][2], {
            "parameter": "optimizer", "kind": "dropdown", "label": "optimizer", "labels": ["SGD", "Adam"], "value": 0})

    def test_a_bool_is_a_checkbox(self):
        self.assertEqual(self.spec["controls"][3], {"parameter": "nesterov", "kind": "checkbox", "label": "nesterov", "value": True})

    def test_the_function_output_for_the_initial_values_comes_between_the_controls_and_their_end(self):
        kinds = [(kind, list(value)[0] if kind == "display" else value) for kind, value in self.shown.items]
        self.assertEqual(kinds, [
            ("display", CONTROLS),
            ("stdout", "lr=0.5005 steps=100 optimizer=SGD nesterov=True"), ("stdout", "\n"),
            ("display", CONTROLS_END)])
        self.assertEqual(self.shown.items[-1][1][CONTROLS_END], {"id": self.spec["id"]})

    def test_the_text_form_names_the_values(self):
        bundle = self.shown.items[0][1]
        self.assertEqual(bundle["text/plain"], "interact: lr=0.5005, steps=100, optimizer='SGD', nesterov=True")


class Rerun(unittest.TestCase):
    def test_the_function_runs_again_with_the_values_the_page_sends(self):
        spec = Shown(lambda: gradbook.interact(report, lr=(0.001, 1.0), steps=(1, 200), optimizer={"plain": "SGD", "adaptive": "Adam"}, nesterov=False)).controls()
        again = Shown(lambda: _controls.rerun(spec["id"], json.dumps({"lr": 0.101, "steps": 7, "optimizer": 1, "nesterov": True})))
        self.assertEqual("".join(text for kind, text in again.items if kind == "stdout"), "lr=0.101 steps=7 optimizer=Adam nesterov=True\n")

    def test_a_slider_value_is_kept_in_its_range(self):
        spec = Shown(lambda: gradbook.interact(lambda n: print(n), n=(1, 10))).controls()
        again = Shown(lambda: _controls.rerun(spec["id"], json.dumps({"n": 99})))
        self.assertEqual(again.items[0], ("stdout", "10"))

    def test_a_return_value_is_displayed_and_an_error_shows_its_traceback_on_stderr(self):
        def inverse(x):
            return 1 / x
        spec = Shown(lambda: gradbook.interact(inverse, x=(0, 4))).controls()
        shown = Shown(lambda: _controls.rerun(spec["id"], json.dumps({"x": 4})))
        self.assertEqual(shown.items, [("display", {"text/plain": "0.25"})])
        failed = Shown(lambda: _controls.rerun(spec["id"], json.dumps({"x": 0})))
        stderr = "".join(text for kind, text in failed.items if kind == "stderr")
        self.assertIn("return 1 / x", stderr)
        self.assertTrue(stderr.endswith("ZeroDivisionError: division by zero\n"))

    def test_controls_of_a_namespace_that_was_reset_are_inactive(self):
        spec = Shown(lambda: gradbook.interact(report, lr=(0.001, 1.0), steps=(1, 200), optimizer=["SGD"], nesterov=True)).controls()
        _controls._forget()
        with self.assertRaisesRegex(_controls.ControlsInactive, "Python session that has ended"):
            _controls.rerun(spec["id"], "{}")
        # A fresh interpreter counts interacts from 1 again, under another token.
        newer = Shown(lambda: gradbook.interact(report, lr=(0.001, 1.0), steps=(1, 200), optimizer=["SGD"], nesterov=True)).controls()
        self.assertNotEqual(newer["id"], spec["id"])


class NamedControls(unittest.TestCase):
    def test_slider_dropdown_and_checkbox_carry_their_own_labels(self):
        spec = Shown(lambda: gradbook.interact(
            report,
            lr=gradbook.slider("learning rate", 0.001, 0.2, 0.001, 0.02),
            steps=gradbook.slider("steps", 10, 100, 10),
            optimizer=gradbook.dropdown("optimizer", [("plain SGD", "SGD"), ("Adam", "Adam")], value="Adam"),
            nesterov=gradbook.checkbox("Nesterov momentum"))).controls()
        self.assertEqual([(c["label"], c["value"]) for c in spec["controls"]],
                         [("learning rate", 0.02), ("steps", 50), ("optimizer", 1), ("Nesterov momentum", False)])
        self.assertEqual(spec["controls"][1]["step"], 10)

    def test_a_decorator_without_the_function(self):
        shown = Shown(lambda: gradbook.interact(n=(1, 3))(lambda n: print("n is", n)))
        self.assertEqual("".join(text for kind, text in shown.items if kind == "stdout"), "n is 2\n")


class BadArguments(unittest.TestCase):
    def test_errors_say_what_is_wrong(self):
        cases = [
            (lambda: gradbook.slider("lr", 1.0, 0.5), ValueError, "slider 'lr': lo must be less than hi, got lo=1.0, hi=0.5"),
            (lambda: gradbook.slider("lr", 0, 1, -0.1), ValueError, "slider 'lr': step must be positive, got -0.1"),
            (lambda: gradbook.slider("lr", 0, 1, 0.1, 2), ValueError, r"slider 'lr': value 2 is outside \[0, 1\]"),
            (lambda: gradbook.slider("lr", "0", 1), TypeError, "slider 'lr': lo must be a finite number, got '0'"),
            (lambda: gradbook.dropdown("kind", []), ValueError, "dropdown 'kind': options must not be empty"),
            (lambda: gradbook.dropdown("kind", "SGD"), TypeError, "options must be a list, a tuple or a dict, got str"),
            (lambda: gradbook.dropdown("kind", ["SGD"], value="Adam"), ValueError, "value 'Adam' is not one of the options"),
            (lambda: gradbook.checkbox("log", 1), TypeError, "checkbox 'log': value must be True or False, got 1"),
            (lambda: gradbook.interact(report), TypeError, r"interact\(\) needs at least one control"),
            (lambda: gradbook.interact(3, x=(0, 1)), TypeError, "the first argument must be a function, got int"),
            (lambda: gradbook.interact(report, lr=0.1), TypeError, r"interact: lr=0.1 is not a control; give a tuple \(lo, hi\)"),
            (lambda: gradbook.interact(report, lr=(0.1, 1.0)), TypeError, "missing a required argument: 'steps'"),
            (lambda: gradbook.interact(lambda x=0: x, y=(0, 1)), TypeError, "got an unexpected keyword argument 'y'"),
        ]
        for make, error, message in cases:
            with self.subTest(message), self.assertRaisesRegex(error, message):
                Shown(make)

    def test_nothing_is_shown_when_the_arguments_are_wrong(self):
        shown = Shown(lambda: self.assertRaises(TypeError, gradbook.interact, report, lr=(0.1, 1.0)))
        self.assertEqual(shown.items, [])


if __name__ == "__main__":
    unittest.main()
