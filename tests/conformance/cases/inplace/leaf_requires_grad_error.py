import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

w = torch.tensor([1.0, 2.0], requires_grad=True)
show(lambda: w.add_(1))
show(lambda: w.exp_())
show(lambda: w.zero_())
with torch.no_grad():
    w -= 0.5
print(w)
