import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
(a * b).sum().backward(inputs=[a])
print(a.grad, b.grad)
(a * b).sum().backward(inputs=b)
print(a.grad, b.grad)
torch.autograd.backward((a * b).sum(), inputs=[a, b])
print(a.grad, b.grad)
try:
    (a * b).sum().backward(inputs=[])
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
