import torch

a = torch.arange(6.0).reshape(2, 3)
b = torch.arange(12.0).reshape(3, 4) / 7
print(torch.einsum('ij,jk->ik', a, b), torch.einsum('ij,jk', [a, b]))
print(torch.einsum('ij->ji', a), torch.einsum('ij->', a), torch.einsum('ij->j', a), torch.einsum('ba', a))
v = torch.tensor([1.0, 2.0, 3.0])
print(torch.einsum('i,i->', v, v), torch.einsum('i,j->ij', v, v[:2]), torch.einsum('i,i', v, v))
sq = torch.arange(9.0).reshape(3, 3)
print(torch.einsum('ii', sq), torch.einsum('ii->i', sq), torch.einsum('ij,ij->ij', sq, sq))
x = torch.arange(12.0).reshape(2, 2, 3)
y = torch.arange(12.0).reshape(2, 3, 2)
print(torch.einsum('bij,bjk->bik', x, y), torch.einsum('...ij,...jk', x, y), torch.einsum('b i j, b j k -> b i k', x, y))
print(torch.einsum('...j->...', x), torch.einsum('i...->...', x).shape, torch.einsum('iij->j', torch.ones(2, 2, 3)))
