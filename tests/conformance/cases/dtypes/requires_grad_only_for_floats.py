import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: torch.tensor([1, 2], requires_grad=True))
show(lambda: torch.ones(2, dtype=torch.int64, requires_grad=True))
x = torch.tensor([1, 2])
show(lambda: x.requires_grad_())
print(torch.tensor([1.0], dtype=torch.float64, requires_grad=True))
