import torch


def run(**options):
    torch.manual_seed(0)
    w = torch.randn(5, requires_grad=True)
    scales = torch.tensor([1.0, 3.0, 10.0, 0.3, 0.1])
    optimizer = torch.optim.SGD([w], lr=0.02, **options)
    history = []
    for step in range(50):
        optimizer.zero_grad()
        loss = (scales * w ** 2).sum()
        loss.backward()
        optimizer.step()
        history.append(loss.item())
    return history


for options in [{}, {"momentum": 0.9}, {"momentum": 0.9, "nesterov": True}]:
    history = run(**options)
    print(options, [f"{v:.6f}" for v in history[::10]], f"{history[-1]:.8f}")
