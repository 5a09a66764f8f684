# W4 through Python: the micrograd-style program of bench/workloads.mjs, run by the torch
# package. PROGRAM (JSON) is set by the caller; the result is the function `run`, which the caller
# checks and times as it times every workload.
import json

import torch

program = json.loads(PROGRAM)


def run():
    vs = [torch.tensor(v, requires_grad=True) for v in program["leaves"]]
    y = vs[0]
    for op, i in program["ops"]:
        y = y.tanh() if op == "tanh" else y * vs[i] if op == "mul" else y + vs[i]
    y.backward()
    return [v.grad.item() for v in vs]


run
