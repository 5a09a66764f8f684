import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = torch.tensor([True, False])
show(lambda: b - b)
show(lambda: b - 1)
show(lambda: -b)
show(lambda: b.abs())
show(lambda: b // b)
