import torch

print(torch.tensor([1.5, 2.0], dtype=torch.float16))
print(torch.tensor([0.1, 1 / 3, 100.7], dtype=torch.bfloat16))
print(torch.tensor([0.1, 1 / 3, 100.7]).half().tolist())
print(torch.tensor([1e-5, 70000.0, -70000.0, float("nan")], dtype=torch.float16))
print(torch.tensor([1e-8, 1e5], dtype=torch.float16), torch.tensor([1e30, 3.0], dtype=torch.bfloat16))
print(torch.tensor(2.5, dtype=torch.half), torch.tensor(3, dtype=torch.bfloat16).item())
print(torch.zeros(2, 2, dtype=torch.half), torch.ones(3).bfloat16())
print(torch.tensor([1.0, 2.0]).half().dtype, torch.tensor([1.0]).bfloat16().dtype, torch.half, torch.float16)
print(torch.tensor([0.1]).half().element_size(), torch.tensor([0.1]).bfloat16().element_size())
print(torch.tensor([0.1]).half().is_floating_point(), torch.float16.is_floating_point, torch.bfloat16.is_signed)
