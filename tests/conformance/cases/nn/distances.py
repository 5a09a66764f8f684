# F.cosine_similarity / nn.CosineSimilarity and F.pairwise_distance / nn.PairwiseDistance:
# values (PyTorch's order of operations and eps), broadcasting, gradients, the graph and errors.
import torch
from torch import nn
import torch.nn.functional as F

torch.set_printoptions(precision=10)
torch.manual_seed(0)
a = torch.randn(4, 6, requires_grad=True)
b = torch.randn(4, 6, requires_grad=True)
c = F.cosine_similarity(a, b)
c.sum().backward()
print(c, a.grad, b.grad)
fn = c.grad_fn
print(type(fn).__name__, type(fn.next_functions[0][0]).__name__, [type(f).__name__ for f, _ in fn.next_functions[0][0].next_functions])
print(F.cosine_similarity(a, b, dim=0), F.cosine_similarity(a.double(), b))
print(F.cosine_similarity(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([[2.0, 1.0]])))  # broadcasts
zero = torch.zeros(3, requires_grad=True)
ones = torch.ones(3, requires_grad=True)
s = F.cosine_similarity(zero, ones, dim=0)
s.backward()
print(s, zero.grad, ones.grad)
print(F.cosine_similarity(torch.tensor([[1e-9, 2e-9]]), torch.tensor([[3.0, 4.0]]), eps=1e-8))
print(nn.CosineSimilarity(), nn.CosineSimilarity(dim=0, eps=1e-6)(a, b))
print(F.cosine_similarity(torch.tensor([[1, 2]]), torch.tensor([[2.0, 1.0]])))

a.grad = b.grad = None
d = F.pairwise_distance(a, b)
d.sum().backward()
print(d, a.grad, b.grad)
node = d.grad_fn
while node is not None:  # the chain down to a
    print(type(node).__name__)
    node = node.next_functions[0][0] if node.next_functions else None
print(F.pairwise_distance(a, b, p=1.0, keepdim=True), F.pairwise_distance(a, b, eps=0.0))
print(F.pairwise_distance(torch.tensor([[1.0, 2.0], [3.0, 5.0]]), torch.tensor([0.0, 1.0])))  # broadcasts
print(F.pairwise_distance(torch.randn(5), torch.randn(5), p=3.0), nn.PairwiseDistance(), nn.PairwiseDistance(p=1)(a, b))
for f in [lambda: F.cosine_similarity(torch.tensor([1, 2]), torch.tensor([1, 2]), dim=0),
          lambda: F.cosine_similarity(a, torch.randn(3, 6)), lambda: F.cosine_similarity(a, b, dim=2)]:
    try:
        f()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
