import torch

torch.manual_seed(0)
torch.randn(3)
state = torch.get_rng_state()
print(state.dtype, state.shape, state.tolist()[:24], state.tolist()[5016:])
ahead = torch.randn(5)
torch.set_rng_state(state)
print(torch.equal(torch.randn(5), ahead), ahead)
g = torch.Generator()
saved = g.get_state()
first = torch.rand(3, generator=g)
print(torch.equal(torch.rand(3, generator=g.set_state(saved)), first))
for bad in [torch.zeros(10, dtype=torch.uint8), torch.zeros(5056)]:
    try:
        torch.set_rng_state(bad)
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
