import torch

A = torch.tensor([[1., 2], [3, 4], [5, 6.5], [-1, 0.5]])
b = torch.tensor([1., 0, 2, 1])
print(torch.linalg.lstsq(A, b))
print(torch.linalg.lstsq(A, torch.stack([b, 2 * b], 1)).solution)
print(torch.linalg.lstsq(A.double(), b.double().unsqueeze(1)).rank)
print(torch.linalg.pinv(A))
print(torch.linalg.pinv(torch.ones(2, 2)), torch.linalg.pinv(A.T).shape)
print(torch.linalg.matrix_rank(torch.ones(3, 3)), torch.linalg.matrix_rank(A), torch.linalg.matrix_rank(torch.ones(2, 3, 3)))
print(torch.linalg.matrix_rank(torch.diag(torch.tensor([1., 1e-3])), atol=0.01), torch.linalg.matrix_rank(torch.diag(torch.tensor([1., 1e-3])), tol=0.01))
X = A.double().requires_grad_()
Y = b.double().unsqueeze(1).requires_grad_()
out = torch.linalg.lstsq(X, Y).solution
print(out.grad_fn.name())
(out * torch.tensor([[1.], [-2]], dtype=torch.float64)).sum().backward()
print(X.grad, Y.grad)
X.grad = None
P = torch.linalg.pinv(X)
print(P.grad_fn.name())
(P * torch.arange(8.).reshape(2, 4)).sum().backward()
print(X.grad)


def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: torch.linalg.lstsq(A, torch.ones(2, 1)))
attempt(lambda: torch.linalg.matrix_rank(torch.ones(3)))
attempt(lambda: torch.linalg.pinv(torch.ones(3, dtype=torch.long)))
attempt(lambda: torch.linalg.lstsq(X, b.double()).solution.sum().backward())
