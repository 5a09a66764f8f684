import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: torch.set_default_dtype(torch.int8))
show(lambda: torch.set_default_dtype(torch.int16))
torch.set_default_dtype(torch.float16)
print(torch.tensor([1.5, 2.0]), torch.tensor([1.5]).dtype, torch.get_default_dtype())
print(torch.tensor([1, 2]) / 3)
torch.set_default_dtype(torch.float32)
x = torch.tensor([1.0])
print(x.half().type(), x.bfloat16().type(), x.char().type(), x.short().type())
print(x.type(torch.HalfTensor), torch.tensor([1.0], dtype=torch.int16).type())
print(isinstance(x.half(), torch.HalfTensor), torch.ShortTensor, torch.CharTensor, torch.BFloat16Tensor)
