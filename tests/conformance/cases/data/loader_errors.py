from torch.utils.data import DataLoader, RandomSampler

for make in [lambda: DataLoader([1, 2], batch_size=0), lambda: DataLoader([1, 2], num_workers=-1),
             lambda: DataLoader([1, 2], sampler=RandomSampler([1, 2]), shuffle=True),
             lambda: DataLoader([1, 2], batch_size=None, drop_last=True)]:
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)
print(list(DataLoader([7, 8, 9], batch_size=None)))
