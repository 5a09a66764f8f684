# clip_grad_norm_ scales every gradient by max_norm / (total norm + 1e-6) when that is below 1
# and returns the total norm; clip_grad_value_ clamps each element.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)


def fresh_grads():
    model.zero_grad()
    model(torch.randn(4, 3)).pow(2).sum().backward()


fresh_grads()
print(nn.utils.clip_grad_norm_(model.parameters(), 0.5), model.weight.grad, model.bias.grad)
fresh_grads()
print(nn.utils.clip_grad_norm_(model.parameters(), 100.0), model.weight.grad)  # below max_norm: unchanged
fresh_grads()
print(nn.utils.clip_grad_norm_(model.parameters(), 0.1, norm_type=float("inf")), model.weight.grad)
fresh_grads()
print(nn.utils.clip_grad_norm_(model.parameters(), 1, norm_type=1), model.bias.grad)
fresh_grads()
print(nn.utils.clip_grad_norm_(model.weight, 0.2), model.weight.grad)
print(nn.utils.clip_grad_norm_([torch.zeros(2, requires_grad=True)], 1.0))  # no grads at all

fresh_grads()
print(nn.utils.clip_grad_value_(model.parameters(), 0.3), model.weight.grad, model.bias.grad)

fresh_grads()
model.weight.grad[0, 0] = float("inf")
try:
    nn.utils.clip_grad_norm_(model.parameters(), 1.0, error_if_nonfinite=True)
except RuntimeError as e:
    print("RuntimeError:", e)
print(nn.utils.clip_grad_norm_(model.parameters(), 1.0), model.weight.grad)
