# bfloat16 softmax and log_softmax along a dim other than the last (runs of 16 columns through
# the vectorised exp, the rest through the C library's, softmax rounding a lone column's exp
# first), and sigmoid's gradient computed in float32 and rounded once.
import torch

torch.manual_seed(0)
for shape, dim in [((3, 5), 0), ((4, 37), 0), ((2, 6, 20), 1), ((7, 40), 0), ((5, 3, 2), 0)]:
    x = (torch.randn(*shape) * 3).bfloat16()
    print(shape, dim)
    print(torch.softmax(x, dim))
    print(torch.log_softmax(x, dim))
print(torch.nn.functional.softmax(torch.tensor([[1.609375], [0.349609375], [0.177734375]]).bfloat16(), dim=0))

x = (torch.randn(6, 5) * 3).bfloat16().requires_grad_()
torch.sigmoid(x).backward((torch.randn(6, 5) * 2).bfloat16())
print(x.grad)
y = torch.randn(40).bfloat16().requires_grad_()
torch.sigmoid(y).sum().backward()
print(y.grad)
