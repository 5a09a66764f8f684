import torch

try:
    torch.tensr([1])
except AttributeError as e:
    print("AttributeError:", e)
try:
    torch.ones(2).sizee()
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(torch.ones(1), "no_such_method"))
