# Source: https://github.com/karpathy/nn-zero-to-hero, lectures/makemore/makemore_part2_mlp.ipynb
#         (Neural Networks: Zero to Hero, "Building makemore Part 2: MLP"). Licence: MIT.
# Changed: the notebook cells are joined into one program; each cell's last expression, which
# the notebook displays, is printed (print(repr(...))). names.txt (a download, with the cell
# that fetches it) is replaced by a seeded stand-in of 1000 words: the first eight names of
# names.txt (as the lecture notebooks display them), then made-up lowercase words of 2 to 10
# letters drawn with a torch.Generator. torch.manual_seed(0) added (the notebook's first
# weights and its minibatches use the unseeded global generator). The first dataset cell reads
# words[:5], as in the lecture, because the demo cells after it index with torch.arange(32)
# (the 32 examples of five names). Training shortened from 200000 to 1000 steps; the
# matplotlib cells are dropped.
import torch
import torch.nn.functional as F
torch.manual_seed(0)

# Stand-in for: words = open('names.txt', 'r').read().splitlines()
_g = torch.Generator().manual_seed(0)
words = ['emma', 'olivia', 'ava', 'isabella', 'sophia', 'charlotte', 'mia', 'amelia'] + [
    ''.join(chr(97 + int(c)) for c in torch.randint(0, 26, (int(torch.randint(2, 11, (), generator=_g)),), generator=_g))
    for _ in range(992)]
print(repr(words[:8]))

print(repr(len(words)))

# build the vocabulary of characters and mappings to/from integers
chars = sorted(list(set(''.join(words))))
stoi = {s:i+1 for i,s in enumerate(chars)}
stoi['.'] = 0
itos = {i:s for s,i in stoi.items()}
print(itos)

# build the dataset

block_size = 3 # context length: how many characters do we take to predict the next one?
X, Y = [], []
for w in words[:5]:
  
  #print(w)
  context = [0] * block_size
  for ch in w + '.':
    ix = stoi[ch]
    X.append(context)
    Y.append(ix)
    #print(''.join(itos[i] for i in context), '--->', itos[ix])
    context = context[1:] + [ix] # crop and append
  
X = torch.tensor(X)
Y = torch.tensor(Y)

print(repr((X.shape, X.dtype, Y.shape, Y.dtype)))

# build the dataset
block_size = 3 # context length: how many characters do we take to predict the next one?

def build_dataset(words):  
  X, Y = [], []
  for w in words:

    #print(w)
    context = [0] * block_size
    for ch in w + '.':
      ix = stoi[ch]
      X.append(context)
      Y.append(ix)
      #print(''.join(itos[i] for i in context), '--->', itos[ix])
      context = context[1:] + [ix] # crop and append

  X = torch.tensor(X)
  Y = torch.tensor(Y)
  print(X.shape, Y.shape)
  return X, Y

import random
random.seed(42)
random.shuffle(words)
n1 = int(0.8*len(words))
n2 = int(0.9*len(words))

Xtr, Ytr = build_dataset(words[:n1])
Xdev, Ydev = build_dataset(words[n1:n2])
Xte, Yte = build_dataset(words[n2:])

C = torch.randn((27, 2))

emb = C[X]
print(repr(emb.shape))

W1 = torch.randn((6, 100))
b1 = torch.randn(100)

h = torch.tanh(emb.view(-1, 6) @ W1 + b1)

print(repr(h))

print(repr(h.shape))

W2 = torch.randn((100, 27))
b2 = torch.randn(27)

logits = h @ W2 + b2

print(repr(logits.shape))

counts = logits.exp()

prob = counts / counts.sum(1, keepdims=True)

print(repr(prob.shape))

loss = -prob[torch.arange(32), Y].log().mean()
print(repr(loss))

# ------------ now made respectable :) ---------------

print(repr((Xtr.shape, Ytr.shape))) # dataset

g = torch.Generator().manual_seed(2147483647) # for reproducibility
C = torch.randn((27, 10), generator=g)
W1 = torch.randn((30, 200), generator=g)
b1 = torch.randn(200, generator=g)
W2 = torch.randn((200, 27), generator=g)
b2 = torch.randn(27, generator=g)
parameters = [C, W1, b1, W2, b2]

print(repr(sum(p.nelement() for p in parameters))) # number of parameters in total

for p in parameters:
  p.requires_grad = True

lre = torch.linspace(-3, 0, 1000)
lrs = 10**lre

lri = []
lossi = []
stepi = []

for i in range(1000):
  
  # minibatch construct
  ix = torch.randint(0, Xtr.shape[0], (32,))
  
  # forward pass
  emb = C[Xtr[ix]] # (32, 3, 10)
  h = torch.tanh(emb.view(-1, 30) @ W1 + b1) # (32, 200)
  logits = h @ W2 + b2 # (32, 27)
  loss = F.cross_entropy(logits, Ytr[ix])
  #print(loss.item())
  
  # backward pass
  for p in parameters:
    p.grad = None
  loss.backward()
  
  # update
  #lr = lrs[i]
  lr = 0.1 if i < 100000 else 0.01
  for p in parameters:
    p.data += -lr * p.grad

  # track stats
  #lri.append(lre[i])
  stepi.append(i)
  lossi.append(loss.log10().item())

#print(loss.item())

emb = C[Xtr] # (32, 3, 2)
h = torch.tanh(emb.view(-1, 30) @ W1 + b1) # (32, 100)
logits = h @ W2 + b2 # (32, 27)
loss = F.cross_entropy(logits, Ytr)
print(repr(loss))

emb = C[Xdev] # (32, 3, 2)
h = torch.tanh(emb.view(-1, 30) @ W1 + b1) # (32, 100)
logits = h @ W2 + b2 # (32, 27)
loss = F.cross_entropy(logits, Ydev)
print(repr(loss))

# training split, dev/validation split, test split
# 80%, 10%, 10%

context = [0] * block_size
print(repr(C[torch.tensor([context])].shape))



# sample from the model
g = torch.Generator().manual_seed(2147483647 + 10)

for _ in range(20):
    
    out = []
    context = [0] * block_size # initialize with all ...
    while True:
      emb = C[torch.tensor([context])] # (1,block_size,d)
      h = torch.tanh(emb.view(1, -1) @ W1 + b1)
      logits = h @ W2 + b2
      probs = F.softmax(logits, dim=1)
      ix = torch.multinomial(probs, num_samples=1, generator=g).item()
      context = context[1:] + [ix]
      out.append(ix)
      if ix == 0:
        break
    
    print(''.join(itos[i] for i in out))
