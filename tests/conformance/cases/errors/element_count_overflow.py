import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

x = torch.zeros(1)
# More than 2**63 - 1 elements overflow, even on the way to a zero-size result.
show(lambda: x.expand(2**32, 2**32))
show(lambda: x.expand(2**32, 2**32).numel())
show(lambda: x.expand(2**62, 4))
show(lambda: x.expand(2**32, 2**32, 0))
show(lambda: x.expand(2**31, 2**31).numel())
show(lambda: x.expand(2**63 - 1).numel())
show(lambda: torch.zeros(0, 2**32, 2**32).shape)
# A new tensor's bytes overflow first.
show(lambda: torch.zeros(2**32, 2**32))
show(lambda: torch.ones(2**62))
show(lambda: torch.empty(2**62, 4, 0))
show(lambda: torch.full((2**61,), 1.0))
# view and reshape: no shape of that many elements matches.
show(lambda: torch.zeros(3).view(2**32, 2**32))
show(lambda: torch.zeros(3).reshape(-1, 2**32, 2**32))
