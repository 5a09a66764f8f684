# Source: https://github.com/yunjey/pytorch-tutorial, tutorials/01-basics/linear_regression/main.py.
#         Licence: none stated in the repository files read (README, tutorials).
# Changed: torch.manual_seed(0) added. The toy data set is written with torch.tensor(...,
# dtype=torch.float32) instead of np.array(..., dtype=np.float32) + torch.from_numpy (same
# values; no numpy here); the matplotlib plot at the end is dropped.
import torch
import torch.nn as nn
torch.manual_seed(0)


# Hyper-parameters
input_size = 1
output_size = 1
num_epochs = 60
learning_rate = 0.001

# Toy dataset
x_train = torch.tensor([[3.3], [4.4], [5.5], [6.71], [6.93], [4.168], 
                    [9.779], [6.182], [7.59], [2.167], [7.042], 
                    [10.791], [5.313], [7.997], [3.1]], dtype=torch.float32)

y_train = torch.tensor([[1.7], [2.76], [2.09], [3.19], [1.694], [1.573], 
                    [3.366], [2.596], [2.53], [1.221], [2.827], 
                    [3.465], [1.65], [2.904], [1.3]], dtype=torch.float32)

# Linear regression model
model = nn.Linear(input_size, output_size)

# Loss and optimizer
criterion = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)  

# Convert numpy arrays to torch tensors
inputs = x_train
targets = y_train

# Train the model
for epoch in range(num_epochs):

    # Forward pass
    outputs = model(inputs)
    loss = criterion(outputs, targets)
    
    # Backward and optimize
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    
    if (epoch+1) % 5 == 0:
        print ('Epoch [{}/{}], Loss: {:.4f}'.format(epoch+1, num_epochs, loss.item()))

# Save the model checkpoint
torch.save(model.state_dict(), 'model.ckpt')
