import torch

for args in [(5, 5, (3,)), (5, 3, (3,))]:
    try:
        torch.randint(*args)
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    torch.randint(3, 4)
except TypeError as e:
    print("TypeError:", e)
