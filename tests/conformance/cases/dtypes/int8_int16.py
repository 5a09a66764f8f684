import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(torch.tensor([300], dtype=torch.int16), torch.tensor([-5, 7], dtype=torch.int8))
print(torch.tensor([300.7, -300.7, 127.9, -129.5]).to(torch.int8), torch.tensor([70000.7, -40000.2]).short())
print(torch.tensor([1.9, -1.9]).char(), torch.tensor([1, 2]).char().dtype, torch.tensor([1]).short().dtype)
print(torch.tensor([127], dtype=torch.int8) + 1, torch.tensor([32767], dtype=torch.int16) + 1)
print(torch.tensor([100], dtype=torch.int8) * 3, -torch.tensor([-128], dtype=torch.int8))
print((torch.tensor([1], dtype=torch.int8) + torch.tensor([1], dtype=torch.uint8)).dtype)
print(torch.tensor([1, 2], dtype=torch.int8).sum(), torch.tensor([1, 2], dtype=torch.int16).sum().dtype)
print(torch.tensor([5, -3], dtype=torch.int8) // 2, torch.tensor([5, -3], dtype=torch.int16) / 2)
print(torch.tensor([1], dtype=torch.int8).element_size(), torch.tensor([1], dtype=torch.int16).element_size())
print(torch.int8, torch.int16, torch.short, torch.int8.is_signed, torch.tensor([3], dtype=torch.int8).tolist())
show(lambda: torch.tensor([300], dtype=torch.int8))
show(lambda: torch.tensor([-40000], dtype=torch.int16))
show(lambda: torch.tensor([1.5], dtype=torch.int8, requires_grad=True))
print(torch.tensor([1], dtype=torch.int8) + 1000, torch.tensor([1], dtype=torch.int8) * 2.5)
