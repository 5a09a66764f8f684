import torch
import torch.nn.functional as F

a = torch.tensor([1.0, 4.0], requires_grad=True)
b = torch.tensor([2.0, 1.0], requires_grad=True)
loss = F.mse_loss(a, b, reduction="sum")
loss.backward()
print(loss, a.grad, b.grad)
print(loss.grad_fn.name(), [type(n).__name__ for n, _ in loss.grad_fn.next_functions])
