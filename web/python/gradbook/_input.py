"""input() on the page, as Jupyter does it: the prompt is shown as the label of a field under the
cell, not printed, and the answer is the line typed there. The page (web/runtime/worker.mjs)
answers through ``_gradbook_host.ask``; Stop while it waits raises KeyboardInterrupt, as Ctrl+C
does in a terminal."""
import builtins
import json
import sys

import _gradbook_host


def install():
    builtins.input = input


def input(*args, **kwargs):
    """Read a string from the page's prompt field; the trailing newline is not included."""
    if kwargs:
        raise TypeError("input() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError(f"input expected at most 1 argument, got {len(args)}")
    # As CPython does before it prompts: what the cell printed shows before the question.
    sys.stdout.flush()
    sys.stderr.flush()
    reply = json.loads(_gradbook_host.ask(str(args[0]) if args else ""))
    if "answer" in reply:
        return reply["answer"]
    if reply.get("interrupted"):
        raise KeyboardInterrupt
    if reply.get("eof"):
        raise EOFError("EOF when reading a line")
    raise OSError(reply["unavailable"])
