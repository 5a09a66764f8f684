import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

# Sizes past 2**53 (where a float64 stops holding every integer) stay exact.
x = torch.zeros(1)
big = x.expand(2**53 + 1)
show(lambda: big.shape)
show(lambda: big.numel())
show(lambda: big.stride())
show(lambda: x.expand(3, 2**53 + 1).size(1))
show(lambda: torch.zeros(0, 2**53 + 1).shape)
show(lambda: torch.zeros(0, 2**62 + 3).numel())
show(lambda: x.view(2**53 + 1))
show(lambda: x.reshape(2**53 + 3, -1))
# Sizes past 2**63 - 1 are not integers PyTorch's sizes can hold.
show(lambda: x.expand(2, 2**63))
show(lambda: x.view(2**64))
show(lambda: x.reshape(-(2**63) - 1))
show(lambda: torch.zeros(2, 2**63))
show(lambda: torch.ones((2**63,)))
