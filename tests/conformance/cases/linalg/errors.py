import torch


def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


singular = torch.tensor([[1., 2], [2, 4]])
attempt(lambda: torch.linalg.inv(singular))
attempt(lambda: torch.inverse(torch.stack([torch.eye(2), singular])))
attempt(lambda: torch.linalg.solve(singular, torch.ones(2)))
attempt(lambda: torch.linalg.solve(torch.stack([torch.eye(2), singular]), torch.ones(2)))
attempt(lambda: torch.linalg.cholesky(torch.tensor([[1., 2], [2, 1]])))
attempt(lambda: torch.linalg.cholesky(-torch.eye(3)))
attempt(lambda: torch.linalg.inv(torch.ones(2, 3)))
attempt(lambda: torch.linalg.det(torch.ones(2, 3)))
attempt(lambda: torch.linalg.inv(torch.ones(3)))
attempt(lambda: torch.linalg.inv(torch.ones(2, 2, dtype=torch.long)))
attempt(lambda: torch.linalg.det(torch.ones(2, 2, dtype=torch.long)))
attempt(lambda: torch.linalg.solve(torch.eye(2), torch.ones(3)))
attempt(lambda: torch.linalg.solve(torch.eye(2).expand(3, 2, 2), torch.ones(2, 2, 1)))
attempt(lambda: torch.linalg.solve(torch.eye(2), torch.ones(2, dtype=torch.float64)))
attempt(lambda: torch.linalg.eigh(torch.ones(2, 3)))
attempt(lambda: torch.linalg.svd(torch.ones(3, dtype=torch.long)))
attempt(lambda: torch.linalg.qr(torch.ones(3)))
attempt(lambda: torch.linalg.qr(torch.ones(3, 3), mode="x"))
attempt(lambda: torch.linalg.cholesky(torch.ones(2, 3)))
attempt(lambda: torch.linalg.matrix_norm(torch.ones(3, 3), 3))
attempt(lambda: torch.linalg.matrix_norm(torch.ones(3, 3), "abc"))
attempt(lambda: torch.linalg.matrix_norm(torch.ones(3)))
attempt(lambda: torch.linalg.norm(torch.ones(2, 2, 2), 2))
attempt(lambda: torch.linalg.vector_norm(torch.ones(3, dtype=torch.long)))
print(isinstance(RuntimeError("x"), torch.linalg.LinAlgError))
try:
    torch.linalg.inv(singular)
except torch.linalg.LinAlgError as e:
    print("caught as LinAlgError; a RuntimeError:", isinstance(e, RuntimeError))
attempt(lambda: torch.cholesky(torch.tensor([[1., 2], [2, 1]])))
attempt(lambda: torch.cholesky(torch.ones(2, 3)))
attempt(lambda: torch.logdet(torch.ones(2, 3)))
attempt(lambda: torch.linalg.eigvalsh(torch.ones(2, 3)))
attempt(lambda: torch.linalg.svdvals(torch.ones(3)))
attempt(lambda: torch.linalg.eigh(torch.eye(2), UPLO="X"))
attempt(lambda: torch.linalg.multi_dot([torch.ones(2, 2)]))
