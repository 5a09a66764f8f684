"""torchvision's datasets, transforms and make_grid over our torch: the IDX format, the images a
transform is given, ToTensor's bits, and Fashion-MNIST read from the copy the site ships.
(What torchvision itself prints for the same calls is checked by the conformance cases under
tests/conformance/cases/datasets/.)"""
import gzip
import os
import struct
import tempfile
import unittest

import torch
from torch.utils.data import DataLoader
from torchvision import datasets, transforms
from torchvision.datasets.idx import read_idx
from torchvision.utils import make_grid


def idx_bytes(type_code, sizes, body):
    return struct.pack(">BBBB", 0, 0, type_code, len(sizes)) + struct.pack(f">{len(sizes)}I", *sizes) + body


class IdxFormat(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp()

    def write(self, name, data):
        path = os.path.join(self.folder, name)
        with (gzip.open if name.endswith(".gz") else open)(path, "wb") as f:
            f.write(data)
        return path

    def test_bytes_with_their_sizes_become_a_uint8_tensor_of_that_shape(self):
        t = read_idx(self.write("images", idx_bytes(0x08, [2, 2, 3], bytes(range(12)))))
        self.assertEqual(t.dtype, torch.uint8)
        self.assertEqual(t.shape, (2, 2, 3))
        self.assertEqual(t[1].tolist(), [[6, 7, 8], [9, 10, 11]])

    def test_gzipped_files_are_read_through_gzip(self):
        t = read_idx(self.write("labels.gz", idx_bytes(0x08, [4], bytes([3, 1, 4, 1]))))
        self.assertEqual(t.tolist(), [3, 1, 4, 1])

    def test_wider_elements_are_big_endian(self):
        body = struct.pack(">3h", -2, 300, 7) + struct.pack(">2f", 1.5, -0.25)
        self.assertEqual(read_idx(self.write("shorts", idx_bytes(0x0B, [3], body[:6]))).tolist(), [-2, 300, 7])
        floats = read_idx(self.write("floats", idx_bytes(0x0D, [1, 2], body[6:])))
        self.assertEqual((floats.dtype, floats.tolist()), (torch.float32, [[1.5, -0.25]]))

    def test_a_file_that_is_not_idx_is_refused(self):
        path = self.write("notes.txt", b"hello, world")
        with self.assertRaisesRegex(ValueError, "is not an IDX file"):
            read_idx(path)


class FashionMNISTFromTheSite(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.test_set = datasets.FashionMNIST("data", train=False)

    def test_the_test_split_has_ten_thousand_images_and_int64_labels(self):
        self.assertEqual(len(self.test_set), 10000)
        self.assertEqual((self.test_set.data.shape, self.test_set.data.dtype), ((10000, 28, 28), torch.uint8))
        self.assertEqual(self.test_set.targets.dtype, torch.int64)
        self.assertEqual(self.test_set.targets.bincount().tolist(), [1000] * 10)

    def test_an_item_is_a_grayscale_image_and_an_int_label(self):
        image, label = self.test_set[0]
        self.assertEqual((image.mode, image.size, type(label), label), ("L", (28, 28), int, 9))
        self.assertEqual(image.getpixel((15, 10)), int(self.test_set.data[0, 10, 15]))
        self.assertEqual(image.tobytes()[:28 * 11][-28:], bytes(self.test_set.data[0, 10].tolist()))
        self.assertRegex(repr(image), r"^<PIL\.Image\.Image image mode=L size=28x28 at 0x[0-9A-F]+>$")

    def test_to_tensor_divides_each_byte_by_255_in_float32(self):
        image, _ = self.test_set[5]
        expected = self.test_set.data[5].to(torch.float32).div(255).unsqueeze(0)
        tensor = transforms.ToTensor()(image)
        self.assertEqual(tensor.dtype, torch.float32)
        self.assertTrue(torch.equal(tensor, expected))
        self.assertEqual(tensor[0, 14, 14].item(), struct.unpack("f", struct.pack("f", int(self.test_set.data[5, 14, 14]) / 255))[0])

    def test_to_tensor_gives_the_default_dtype(self):
        image, _ = self.test_set[5]
        torch.set_default_dtype(torch.float64)
        try:
            tensor = transforms.ToTensor()(image)
        finally:
            torch.set_default_dtype(torch.float32)
        self.assertEqual((tensor.shape, tensor.dtype), ((1, 28, 28), torch.float64))
        self.assertEqual(tensor[0, 14, 14].item(), int(self.test_set.data[5, 14, 14]) / 255)

    def test_a_flipped_image_has_its_rows_reversed(self):
        image, _ = self.test_set[0]
        torch.manual_seed(0)  # the first draw of torch.rand(1) is below 1
        flipped = transforms.RandomHorizontalFlip(p=1.0)(image)
        self.assertTrue(torch.equal(transforms.ToTensor()(flipped), transforms.ToTensor()(image).flip(-1)))

    def test_a_data_loader_batches_transformed_images(self):
        loaded = datasets.FashionMNIST("data", train=False, transform=transforms.ToTensor())
        images, labels = next(iter(DataLoader(loaded, batch_size=5)))
        self.assertEqual((images.shape, images.dtype), ((5, 1, 28, 28), torch.float32))
        self.assertEqual(labels.tolist(), loaded.targets[:5].tolist())

    def test_files_under_root_come_before_the_sites_copy(self):
        root = tempfile.mkdtemp()
        raw = os.path.join(root, "FashionMNIST", "raw")
        os.makedirs(raw)
        for split, n in (("train", 2), ("t10k", 1)):
            with open(os.path.join(raw, f"{split}-images-idx3-ubyte"), "wb") as f:
                f.write(idx_bytes(0x08, [n, 2, 2], bytes(4 * n)))
            with gzip.open(os.path.join(raw, f"{split}-labels-idx1-ubyte.gz"), "wb") as f:
                f.write(idx_bytes(0x08, [n], bytes(range(n))))
        self.assertEqual(len(datasets.FashionMNIST(root)), 2)
        self.assertEqual(datasets.FashionMNIST(root, train=False).data.shape, (1, 2, 2))


class MNISTIsNotShipped(unittest.TestCase):
    def test_without_its_files_mnist_says_where_to_put_them(self):
        with self.assertRaisesRegex(RuntimeError, r"^MNIST cannot be downloaded here: this site ships Fashion-MNIST "
                                                  r".* in data/MNIST/raw to use it\.$"):
            datasets.MNIST("data", download=True)
        with self.assertRaisesRegex(RuntimeError, "^Dataset not found. You can use download=True to download it$"):
            datasets.MNIST("data")


class MakeGrid(unittest.TestCase):
    def test_images_are_tiled_with_padding_between_and_around(self):
        grid = make_grid(torch.ones(3, 1, 2, 2), nrow=2, padding=1, pad_value=0.5)
        self.assertEqual(grid.shape, (3, 7, 7))
        self.assertEqual(grid[0, 1].tolist(), [0.5, 1.0, 1.0, 0.5, 1.0, 1.0, 0.5])
        self.assertEqual(grid[0, 4].tolist(), [0.5, 1.0, 1.0, 0.5, 0.5, 0.5, 0.5])


if __name__ == "__main__":
    unittest.main()
