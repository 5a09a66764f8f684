"""input() as the page gives it (gradbook/_input.py): the prompt goes to the page, not to stdout,
and the page's reply becomes the answer or the error Python gives. The page itself is faked here:
``asked`` records each prompt and answers with the reply given."""
import io
import json
import sys
import unittest
from contextlib import redirect_stdout

from gradbook import _input


class FakePage:
    def __init__(self, reply):
        self.reply = reply
        self.asked = []

    def ask(self, prompt):
        self.asked.append(prompt)
        return json.dumps(self.reply)


class InputOnThePage(unittest.TestCase):
    def ask_with(self, reply, *args, **kwargs):
        page = FakePage(reply)
        real, _input._gradbook_host = _input._gradbook_host, page
        self.addCleanup(setattr, _input, "_gradbook_host", real)
        printed = io.StringIO()
        with redirect_stdout(printed):
            result = _input.input(*args, **kwargs)
        return result, page.asked, printed.getvalue()

    def test_the_answer_is_the_line_typed_and_the_prompt_goes_to_the_page(self):
        self.assertEqual(self.ask_with({"answer": "Ada"}, "Name? "), ("Ada", ["Name? "], ""))

    def test_the_prompt_is_any_object_as_str_gives_it(self):
        self.assertEqual(self.ask_with({"answer": "3"}, 42)[1], ["42"])

    def test_no_prompt_asks_with_an_empty_one(self):
        self.assertEqual(self.ask_with({"answer": ""})[:2], ("", [""]))

    def test_end_of_input_is_eoferror(self):
        with self.assertRaisesRegex(EOFError, "^EOF when reading a line$"):
            self.ask_with({"eof": True})

    def test_stop_is_keyboardinterrupt(self):
        with self.assertRaises(KeyboardInterrupt):
            self.ask_with({"interrupted": True})

    def test_a_page_that_cannot_wait_says_why(self):
        with self.assertRaisesRegex(OSError, "^input\\(\\) cannot ask here$"):
            self.ask_with({"unavailable": "input() cannot ask here"})

    def test_wrong_arguments_fail_as_in_cpython(self):
        with self.assertRaisesRegex(TypeError, "^input expected at most 1 argument, got 2$"):
            self.ask_with({"answer": ""}, "a", "b")
        with self.assertRaisesRegex(TypeError, "^input\\(\\) takes no keyword arguments$"):
            self.ask_with({"answer": ""}, prompt="a")

    def test_what_was_printed_is_flushed_before_asking(self):
        flushed = []

        class Recorder(io.StringIO):
            def flush(self):
                flushed.append(self.getvalue())

        page = FakePage({"answer": "x"})
        real, _input._gradbook_host = _input._gradbook_host, page
        self.addCleanup(setattr, _input, "_gradbook_host", real)
        out = Recorder()
        real_stdout, sys.stdout = sys.stdout, out
        try:
            print("before", end="")
            _input.input("?")
        finally:
            sys.stdout = real_stdout
        self.assertEqual(flushed[0], "before")


if __name__ == "__main__":
    unittest.main()
