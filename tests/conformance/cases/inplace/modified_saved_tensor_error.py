import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()
y.add_(1)
show(lambda: y.sum().backward())
