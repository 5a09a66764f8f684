"""Runs a lesson's cells under real PyTorch as a notebook would (one namespace; the value of a
cell's last expression is its result) and writes, per cell, its stdout, the repr of its result and
whether it wrote to stderr (a progress bar does; its text holds timings, so only the fact is kept).

An exercise's cell is recorded as its solution, followed by the verdict of its checks.

Reads a JSON list of cells {source, checks} on stdin (checks: an exercise's, encoded, or null);
writes JSON on stdout. gradbook and matplotlib.pyplot are stand-ins here (see gradbook.py): their
pictures have no PyTorch text.
"""
import ast
import contextlib
import io
import json
import sys

from gradbook import Picture
from gradbook._exercise import verdict


def run(sources):
    namespace = {"__name__": "__main__"}
    cells = []
    for index, (source, checks) in enumerate(((cell["source"], cell["checks"]) for cell in sources), 1):
        tree = ast.parse(source)
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            exec(compile(tree, f"<cell {index}>", "exec"), namespace)
            value = eval(compile(ast.Expression(last.value), f"<cell {index}>", "eval"), namespace) if last else None
        picture = isinstance(value, Picture)
        cells.append({
            "stdout": stdout.getvalue(),
            "result": None if value is None or picture else repr(value),
            "picture": picture,
            "stderr": bool(stderr.getvalue()),
            **({"verdict": repr(verdict(namespace, checks))} if checks else {}),
        })
    return cells


if __name__ == "__main__":
    json.dump(run(json.load(sys.stdin)), sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
