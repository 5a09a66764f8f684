import torch

h = torch.tensor([1.0], dtype=torch.half)
bf = torch.tensor([1.0], dtype=torch.bfloat16)
print((h + bf).dtype, (h + torch.tensor([1.0])).dtype, (bf + torch.tensor([1.0], dtype=torch.float64)).dtype)
print((h + torch.tensor([1])).dtype, (h + 2.5).dtype, (h + torch.tensor(2.5)).dtype, (torch.tensor([1]) * h).dtype)
print(torch.promote_types(torch.half, torch.bfloat16), torch.promote_types(torch.int8, torch.uint8))
print(torch.promote_types(torch.int16, torch.uint8), torch.promote_types(torch.int8, torch.float16))
print(torch.promote_types(torch.bool, torch.int8), torch.promote_types(torch.bfloat16, torch.int64))
print(torch.result_type(h, 1.5), torch.result_type(torch.tensor([1], dtype=torch.int8), 300))
print(torch.result_type(torch.tensor([1], dtype=torch.int16), 1.5))
try:
    torch.promote_types(1, torch.half)
except TypeError as e:
    print("TypeError:", e)
