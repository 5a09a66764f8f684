import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = torch.tensor([7.0, -7.0])
print(torch.div(a, 2), torch.div(a, 2, rounding_mode='floor'), torch.div(a, 2, rounding_mode='trunc'))
print(torch.div(torch.tensor([7, -7]), 2, rounding_mode='floor'))
show(lambda: torch.div(a, 2, rounding_mode='round'))
x = torch.tensor([3.0], requires_grad=True)
print(torch.div(x, 2, rounding_mode='floor'), torch.div(x, 2, rounding_mode=None))
