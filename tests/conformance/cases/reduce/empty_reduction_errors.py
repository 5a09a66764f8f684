import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

e = torch.tensor([])
show(lambda: e.max())
show(lambda: e.max(dim=0))
show(lambda: e.argmax())
print(e.sum(), e.prod(), e.mean())
