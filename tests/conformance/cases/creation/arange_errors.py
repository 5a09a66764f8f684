import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: torch.arange(0, 5, 0))
show(lambda: torch.arange(0, -5))
