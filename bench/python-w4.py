# W4 through Python: the micrograd-style program of bench/workloads.mjs, run by the torch
# package. PROGRAM (JSON) and RUNS are set by the caller; the result is a JSON string.
import json
import time

import torch

program = json.loads(PROGRAM)


def run():
    vs = [torch.tensor(v, requires_grad=True) for v in program["leaves"]]
    y = vs[0]
    for op, i in program["ops"]:
        y = y.tanh() if op == "tanh" else y * vs[i] if op == "mul" else y + vs[i]
    y.backward()
    return [v.grad.item() for v in vs]


grads = run()
for _ in range(3):
    run()
times = []
for _ in range(RUNS):
    started = time.perf_counter()
    run()
    times.append((time.perf_counter() - started) * 1000)
times.sort()
json.dumps({"grads": grads, "median_ms": times[len(times) // 2]})
