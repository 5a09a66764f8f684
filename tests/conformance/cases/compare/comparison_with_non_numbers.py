import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

x = torch.tensor([1.0, 2.0])
print(x == None, x == "a", x != None)
show(lambda: x < "a")
