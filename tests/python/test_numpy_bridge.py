"""NumPy and PyTorch over one storage: torch.from_numpy, Tensor.numpy and torch.as_tensor share
memory (a write through either side shows in the other), torch.tensor and np.array copy, and
the charts take ndarrays as they take tensors."""
import unittest

import gradbook
import matplotlib.pyplot as plt
import numpy as np
import torch

FIGURE = "application/vnd.gradbook.figure+json"


class FromNumpy(unittest.TestCase):
    def setUp(self):
        self.array = np.zeros(4)
        self.tensor = torch.from_numpy(self.array)

    def test_keeps_the_dtype(self):
        self.assertIs(self.tensor.dtype, torch.float64)
        self.assertIs(torch.from_numpy(np.ones(2, dtype=np.int32)).dtype, torch.int32)

    def test_a_write_to_the_tensor_shows_in_the_array(self):
        self.tensor[1] = 5.0
        self.tensor.add_(1.0)
        self.assertEqual(self.array.tolist(), [1.0, 6.0, 1.0, 1.0])

    def test_a_write_to_the_array_shows_in_the_tensor(self):
        self.array[2] = 7.0
        self.array += 1
        self.assertEqual(self.tensor.tolist(), [1.0, 1.0, 8.0, 1.0])

    def test_of_a_view_shares_the_viewed_array(self):
        matrix = np.zeros((2, 3))
        column = torch.from_numpy(matrix.T)
        column[2, 1] = 9.0
        self.assertEqual(matrix[1, 2], 9.0)


class TensorNumpy(unittest.TestCase):
    def test_a_write_to_the_array_shows_in_the_tensor(self):
        tensor = torch.zeros(2, 2)
        tensor.numpy()[0, 1] = 3.0
        self.assertEqual(tensor.tolist(), [[0.0, 3.0], [0.0, 0.0]])

    def test_a_write_to_the_tensor_shows_in_the_array(self):
        tensor = torch.zeros(3)
        array = tensor.numpy()
        tensor.mul_(0).add_(2)
        self.assertEqual(array.tolist(), [2.0, 2.0, 2.0])
        self.assertEqual(array.dtype, np.float32)

    def test_of_a_tensor_requiring_grad_is_refused(self):
        with self.assertRaisesRegex(RuntimeError, r"Use tensor.detach\(\).numpy\(\) instead"):
            torch.ones(2, requires_grad=True).numpy()


class Copies(unittest.TestCase):
    def test_torch_tensor_copies_an_array(self):
        array = np.arange(3.0)
        tensor = torch.tensor(array)
        array[0] = 10.0
        self.assertEqual(tensor.tolist(), [0.0, 1.0, 2.0])

    def test_torch_as_tensor_shares_an_array(self):
        array = np.arange(3.0)
        tensor = torch.as_tensor(array)
        array[0] = 10.0
        self.assertEqual(tensor.tolist(), [10.0, 1.0, 2.0])

    def test_np_array_copies_a_tensor_and_np_asarray_shares_it(self):
        tensor = torch.ones(2)
        copied, shared = np.array(tensor), np.asarray(tensor)
        tensor[0] = 4.0
        self.assertEqual((copied.tolist(), shared.tolist()), ([1.0, 1.0], [4.0, 1.0]))


class Views(unittest.TestCase):
    def test_a_slice_of_an_array_is_a_view(self):
        array = np.arange(6)
        array[2:4][0] = 100
        self.assertEqual(array.tolist(), [0, 1, 100, 3, 4, 5])

    def test_fancy_indexing_copies(self):
        array = np.arange(3)
        picked = array[[0, 1]]
        picked[0] = 50
        self.assertEqual(array.tolist(), [0, 1, 2])


class Charts(unittest.TestCase):
    def test_gradbook_plot_takes_an_array(self):
        spec = gradbook.plot(np.array([3.0, 2.0, 1.0]))._repr_mimebundle_()[FIGURE]
        self.assertEqual(spec["layers"][0]["y"], [3.0, 2.0, 1.0])

    def test_pyplot_takes_arrays(self):
        figure = plt.figure()
        plt.plot(np.arange(3), np.array([[1.0], [4.0], [9.0]]).ravel())
        spec = figure._repr_mimebundle_()[FIGURE]
        self.assertEqual((spec["layers"][0]["x"], spec["layers"][0]["y"]), ([0.0, 1.0, 2.0], [1.0, 4.0, 9.0]))

    def test_landscape_takes_an_array_path(self):
        path = np.array([[1.0, 1.0], [0.5, 0.2]])
        figure = gradbook.landscape(lambda x, y: x ** 2 + y ** 2, (-2, 2), (-2, 2), path=path, arrows=0)
        layers = [l for l in figure._repr_mimebundle_()[FIGURE]["layers"] if l["type"] == "path"]
        self.assertEqual((layers[0]["x"], layers[0]["y"]), ([1.0, 0.5], [1.0, 0.2]))


if __name__ == "__main__":
    unittest.main()
