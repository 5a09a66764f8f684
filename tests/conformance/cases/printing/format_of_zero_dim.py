import torch

x = torch.tensor(2.5)
print(f"{x}", f"{x:.2f}", f"{x:8.3f}|", "{:e}".format(x))
print(f"{torch.tensor(7)}", f"{torch.tensor(7):04d}")
print(str(x), repr(x))
