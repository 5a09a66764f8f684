import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
B = torch.tensor([[1.0, 0.0, -1.0], [2.0, 1.0, 0.5]])

A.requires_grad_()
B.requires_grad_()
C = A @ B
C.backward(torch.tensor([[1.0, 0.0, 2.0], [0.0, 1.0, 0.0], [1.0, 1.0, 1.0]]))
print(A.grad)
print(B.grad)
