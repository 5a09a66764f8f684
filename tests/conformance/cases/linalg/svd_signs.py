# The singular vectors' signs are LAPACK gesdd's: every path it takes (square, QR first for
# tall, LQ first for wide, lower bidiagonal for slightly wide, full matrices), float64 and
# float32 (computed in float32), a rank-deficient matrix and a batch, printed with all digits.
import torch

torch.set_printoptions(precision=10)
torch.manual_seed(0)
shapes = [(2, 2), (3, 3), (4, 2), (2, 5), (6, 6), (4, 3), (3, 4)]
for dtype in (torch.float64, torch.float32):
    for m, n in shapes:
        A = torch.randn(m, n, dtype=dtype)
        print(m, n, dtype)
        print(torch.linalg.svd(A, full_matrices=False))
        U, S, Vh = torch.linalg.svd(A)
        print(U, Vh)
        print(torch.svd(A))

rank2 = torch.tensor([[1., 2, 3], [2, 4, 6], [1, 0, 1], [0, 1, 1]])
print(torch.linalg.svd(rank2, full_matrices=False))
print(torch.linalg.svd(rank2.double()).U)

batch = torch.randn(2, 3, 4)
print(torch.linalg.svd(batch, full_matrices=False))
print(torch.svd(batch.mT.double(), some=False))

torch.set_printoptions(precision=4)
print(torch.linalg.pinv(torch.tensor([[0.5, 0.25], [0.75, 1.0]])))
print(torch.linalg.pinv(rank2))
print(torch.linalg.pinv(batch.double()))
