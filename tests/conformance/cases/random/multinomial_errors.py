import torch


def attempt(f):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)


p = torch.tensor([0.5, 0.5])
attempt(lambda: torch.multinomial(torch.tensor(1.0), 1))
attempt(lambda: torch.multinomial(torch.ones(2, 2, 2), 1))
attempt(lambda: torch.multinomial(torch.tensor([1, 2]), 1))
attempt(lambda: torch.multinomial(p, 0))
attempt(lambda: torch.multinomial(p, 3))
for replacement in (False, True):
    attempt(lambda: torch.multinomial(torch.tensor([1.0, -1.0]), 1, replacement))
    attempt(lambda: torch.multinomial(torch.tensor([1.0, float("inf")]), 1, replacement))
    attempt(lambda: torch.multinomial(torch.tensor([1.0, float("nan")]), 1, replacement))
    attempt(lambda: torch.multinomial(torch.tensor([0.0, 0.0]), 1, replacement))
    attempt(lambda: torch.multinomial(torch.tensor([[1.0, 0.0], [0.0, 0.0]]), 1, replacement))

# Without replacement the rows are checked before any draw; with it, row by row.
torch.manual_seed(0)
attempt(lambda: torch.multinomial(torch.tensor([[1.0, 0.0], [0.0, 0.0]]), 1, True))
print(torch.rand(1))
torch.manual_seed(0)
attempt(lambda: torch.multinomial(torch.tensor([[1.0, 0.0], [0.0, 0.0]]), 1))
print(torch.rand(1))

# Zero rows make an empty result.
print(torch.multinomial(torch.ones(0, 3), 2))
