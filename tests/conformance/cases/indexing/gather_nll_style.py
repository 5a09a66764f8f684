import torch

logp = torch.tensor([[-0.5, -1.2, -2.0], [-1.0, -0.3, -2.5]], requires_grad=True)
target = torch.tensor([2, 1])
picked = logp.gather(1, target.unsqueeze(1))
print(picked)
loss = -picked.mean()
print(loss)
loss.backward()
print(logp.grad)
print(type(picked.grad_fn).__name__)
