import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: torch.ones(2, -1))
show(lambda: torch.zeros(2.5))
