import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

i = torch.tensor([1, 2])
show(lambda: i.add_(1.5))
show(lambda: i.mul_(torch.tensor([1.5])))
show(lambda: i.div_(2))
b = torch.tensor([True])
show(lambda: b.add_(1))
show(lambda: i.clamp_(0.5, 2))
