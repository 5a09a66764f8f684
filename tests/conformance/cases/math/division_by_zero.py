import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(torch.tensor([1.0, -1.0, 0.0]) / 0)
print(torch.tensor([5.0, -5.0]) // 0, torch.tensor([5.0]) % 0)
print(torch.tensor([1, 2]) / 0)
show(lambda: torch.tensor([5]) // torch.tensor([0]))
show(lambda: torch.tensor([5]) % 0)
