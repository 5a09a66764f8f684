import torch

f32 = torch.tensor([1.0, 2.0])
f64_scalar = torch.tensor(3.0, dtype=torch.float64)
f64_vec = torch.tensor([3.0], dtype=torch.float64)
print((f32 * f64_scalar).dtype, (f32 * f64_vec).dtype)
i = torch.tensor([1, 2], dtype=torch.int32)
print((i + torch.tensor(5)).dtype, (i + torch.tensor([5])).dtype, (i + torch.tensor(1.5)).dtype)
