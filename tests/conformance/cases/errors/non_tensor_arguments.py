import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: torch.exp(3))
show(lambda: torch.exp([1.0]))
show(lambda: torch.add(torch.tensor([1.0]), "a"))
show(lambda: torch.tensor([1.0]) + "a")
show(lambda: torch.tensor([1.0]) + None)
show(lambda: torch.sum([1, 2]))
