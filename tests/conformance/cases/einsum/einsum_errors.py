import torch

a = torch.ones(2, 3)
for equation, operands in [('ii', [a]), ('ij,j', [a, torch.ones(2)]), ('ij->k', [a]), ('i,i,i', [torch.ones(2)] * 2),
                           ('i', [torch.ones(2)] * 2), ('ijk', [a]), ('ij->ii', [a]), ('i.j', [a]), ('i1', [a]),
                           ('...ijk', [a])]:
    try:
        torch.einsum(equation, *operands)
    except RuntimeError as e:
        print("RuntimeError:", e)
