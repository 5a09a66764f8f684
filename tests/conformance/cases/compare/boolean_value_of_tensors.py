import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(bool(torch.tensor([3.0])), bool(torch.tensor(0)))
show(lambda: bool(torch.tensor([1, 2])))
show(lambda: bool(torch.tensor([])))
if torch.tensor(2.0) > 1:
    print("greater")
