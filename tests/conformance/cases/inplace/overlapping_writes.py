import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

# An expanded tensor holds one memory location many times: writing into it elementwise is refused.
e = lambda: torch.zeros(3).expand(3, 3)
show(lambda: torch.zeros(1).expand(3, 3).add_(1))
show(lambda: e().sub_(1))
show(lambda: e().mul_(torch.ones(3, 3)))
show(lambda: e().div_(2))
show(lambda: e().floor_divide_(2))
show(lambda: e().remainder_(2))
show(lambda: e().neg_())
show(lambda: e().exp_())
show(lambda: e().clamp_(0, 1))
show(lambda: e().copy_(torch.ones(3, 3)))
show(lambda: e().uniform_())
show(lambda: e().normal_())
show(lambda: e().bernoulli_(0.5))
show(lambda: e().scatter_(0, torch.zeros(1, 1, dtype=torch.long), 1.0))
# ... checked before the shape and dtype rules, after the leaf rule.
show(lambda: e().add_(torch.ones(2, 3, 3)))
show(lambda: torch.zeros(3, dtype=torch.int32).expand(3, 3).add_(1.5))
show(lambda: torch.zeros(3, dtype=torch.long).expand(3, 3).sqrt_())
show(lambda: e().copy_(torch.ones(2, 3, 3)))
show(lambda: torch.zeros(3, requires_grad=True).expand(3, 3).add_(1))
show(lambda: torch.zeros(3, requires_grad=True).clone().expand(3, 3).add_(1))
# Filling writes one value: allowed.
show(lambda: e().fill_(1))
show(lambda: e().zero_())
show(lambda: e().masked_fill_(torch.ones(3, 3, dtype=torch.bool), 2))
# An input that partly overlaps the written-to tensor is refused; the same elements are fine.
x = torch.arange(6.0)
show(lambda: x[1:].add_(x[:-1]))
show(lambda: x[1:].copy_(x[:-1]))
show(lambda: x[1:].clamp_(x[:-1]))
show(lambda: x.view(3, 2).add_(x.view(2, 3).t()))
show(lambda: x.view(2, 3).add_(x.view(2, 3)[0]))
show(lambda: x[:3].copy_(x[3:]))
show(lambda: x.view(2, 3).add_(x.view(2, 3)))
show(lambda: x.add_(x))
