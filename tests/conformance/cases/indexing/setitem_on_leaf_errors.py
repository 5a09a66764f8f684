import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
for code in ["w[0] = 1", "w[0] += 1", "w[[0]] = 1.0", "w[0:3] = 1.0", "w[:] = 1.0"]:
    try:
        exec(code)
    except RuntimeError as e:
        print(code, "->", e)
with torch.no_grad():
    w[0] = 10
print(w)
