import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
z = 3 * (x ** 2) + 2 * y + 5
print(z)
print("Gradients of z with respect to x: ", x.grad)
z.backward(torch.ones_like(x))
print("Gradients of z with respect to x: ", x.grad)
print("Gradients of z with respect to y: ", y.grad)
