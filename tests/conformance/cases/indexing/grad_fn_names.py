import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
def chain(t):
    def rec(g):
        if g is None:
            return "None"
        kids = [rec(n) for n, _ in g.next_functions]
        return type(g).__name__ + ("(" + ", ".join(kids) + ")" if kids else "")
    return rec(t.grad_fn)
for e in ["x[0]", "x[:, 0]", "x[0, :]", "x[:]", "x[0:2]", "x[0:2, 1]", "x[0:2, 0:3]", "x[...]", "x[()]",
          "x[None]", "x[[0, 1]]", "x[:, [0, 1]]", "x[0, [0, 1]]", "x[torch.tensor(0)]", "x[True]", "x[..., None]"]:
    print(e, chain(eval(e)))
