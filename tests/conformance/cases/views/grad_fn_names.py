import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
x.requires_grad_()
def name(t):
    return type(t.grad_fn).__name__
print(name(x.t()), name(x.T), name(x.transpose(0, 1)), name(x.permute(1, 0)))
print(name(x.unsqueeze(0)), name(x.unsqueeze(0).squeeze()), name(x.unsqueeze(0).squeeze(0)))
print(name(x.view(6)), name(x.reshape(6)), name(x.t().reshape(6)), name(x.flatten()))
print(name(x.unflatten(1, (3, 1))), name(x.expand(2, 2, 3)), name(x.narrow(1, 0, 2)), name(x.select(0, 1)))
print(name(x.t().contiguous()), name(x.view_as(x)), name(x.mT), name(x.movedim(0, 1)))
