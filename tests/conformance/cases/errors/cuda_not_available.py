import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: torch.ones(2).cuda())
show(lambda: torch.ones(2).to('cuda'))
show(lambda: torch.zeros(2, device='cuda'))
