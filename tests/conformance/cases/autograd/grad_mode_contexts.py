import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    y = x * 2
    with torch.enable_grad():
        z = x * 2
print(y.requires_grad, z.requires_grad, z.grad_fn.name())
torch.set_grad_enabled(False)
print(torch.is_grad_enabled(), (x * 2).requires_grad)
torch.set_grad_enabled(True)
with torch.set_grad_enabled(False):
    print((x * 2).requires_grad)
print(torch.is_grad_enabled())
@torch.no_grad()
def f(t):
    return t * 2
print(f(x).requires_grad)
with torch.inference_mode():
    q = x * 2
    print(torch.is_inference_mode_enabled())
print(q.requires_grad, torch.is_inference_mode_enabled())
