"""Records tests/python/fixtures/pt/<name>.pt with PyTorch 1.13: each object that
tests/python/fixtures/pt/objects.py builds, saved by torch.save to a file named after it.

    /usr/bin/python3 scripts/record-pt-fixtures.py
"""
import os
import sys

import torch

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "python", "fixtures", "pt")
sys.path.insert(0, FIXTURES)

from objects import build  # noqa: E402

assert torch.__version__.startswith("1.13"), f"the fixtures are PyTorch 1.13's files, not {torch.__version__}'s"
for name, obj in build().items():
    torch.save(obj, os.path.join(FIXTURES, f"{name}.pt"))
    print(f"{name}.pt")
