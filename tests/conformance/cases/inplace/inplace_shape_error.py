import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

x = torch.zeros(3)
show(lambda: x.add_(torch.ones(2, 3)))
