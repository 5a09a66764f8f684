# Source: https://github.com/pytorch/tutorials, recipes_source/recipes/zeroing_out_gradients.py
#         (PyTorch Recipes: "Zeroing out gradients in PyTorch"). Licence: BSD-3-Clause.
# Changed: torch.manual_seed(0) added. CIFAR10 (a download) is replaced by a small seeded
# stand-in of the same shapes, dtypes and value range: 400 training and 100 test images from
# torch.rand scaled to [-1, 1] (what the recipe's Normalize gives) with labels from
# torch.randint, in TensorDatasets; torchvision is dropped. The loss is printed every 50
# mini-batches instead of every 2000 (the stand-in has 100). The prose is shortened to
# comments.
import torch

import torch.nn as nn
import torch.nn.functional as F

import torch.optim as optim
torch.manual_seed(0)


# 2. Load and normalize the dataset
# Stand-in for torchvision.datasets.CIFAR10(root='./data', train=True/False, download=True, transform=transform)
trainset = torch.utils.data.TensorDataset(torch.rand(400, 3, 32, 32) * 2 - 1, torch.randint(0, 10, (400,)))
trainloader = torch.utils.data.DataLoader(trainset, batch_size=4,
                                          shuffle=True, num_workers=2)

testset = torch.utils.data.TensorDataset(torch.rand(100, 3, 32, 32) * 2 - 1, torch.randint(0, 10, (100,)))
testloader = torch.utils.data.DataLoader(testset, batch_size=4,
                                         shuffle=False, num_workers=2)

classes = ('plane', 'car', 'bird', 'cat',
           'deer', 'dog', 'frog', 'horse', 'ship', 'truck')


# 3. Build the neural network
class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.pool = nn.MaxPool2d(2, 2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = x.flatten(start_dim=1)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x


# 4. Define a Loss function and optimizer
net = Net()
criterion = nn.CrossEntropyLoss()
optimizer = optim.SGD(net.parameters(), lr=0.001, momentum=0.9)


# 5. Zero the gradients while training the network
for epoch in range(2):  # loop over the dataset multiple times

    running_loss = 0.0
    for i, data in enumerate(trainloader, 0):
        # get the inputs; data is a list of [inputs, labels]
        inputs, labels = data

        # zero the parameter gradients
        optimizer.zero_grad()

        # forward + backward + optimize
        outputs = net(inputs)
        loss = criterion(outputs, labels)
        loss.backward()
        optimizer.step()

        # print statistics
        running_loss += loss.item()
        if i % 50 == 49:    # print every 50 mini-batches
            print('[%d, %5d] loss: %.3f' %
                  (epoch + 1, i + 1, running_loss / 50))
            running_loss = 0.0

print('Finished Training')
