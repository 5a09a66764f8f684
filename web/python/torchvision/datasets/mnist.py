"""MNIST and Fashion-MNIST as torchvision 0.14 has them, read from their IDX files.

torchvision finds the four files under root/<Dataset>/raw/ (its download puts them there). So do
these, uncompressed or still gzipped; failing that, Fashion-MNIST reads the copy this site ships
(Debian's dataset-fashion-mnist, at the path Debian installs it), fetched only when first read.
The site ships no MNIST: MNIST needs its files under root/MNIST/raw/, or beside the lesson."""
import os

import torch

from .._image import Image
from .idx import read_image_file, read_label_file
from .vision import VisionDataset

SITE_DATASETS = "/usr/share/datasets"


class MNIST(VisionDataset):
    # The file names torchvision downloads, without .gz.
    files = ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"]
    site_copy = None  # the folder under SITE_DATASETS this site ships the dataset in, if it does
    classes = ["0 - zero", "1 - one", "2 - two", "3 - three", "4 - four", "5 - five", "6 - six", "7 - seven",
               "8 - eight", "9 - nine"]

    def __init__(self, root, train=True, transform=None, target_transform=None, download=False):
        super().__init__(root, transform=transform, target_transform=target_transform)
        self.train = train
        folder = self._folder_with_files()
        if folder is None:
            raise RuntimeError(self._not_found(download))
        split = "train" if train else "t10k"
        self.data = read_image_file(self._file(folder, f"{split}-images-idx3-ubyte"))
        self.targets = read_label_file(self._file(folder, f"{split}-labels-idx1-ubyte"))

    @property
    def raw_folder(self):
        return os.path.join(self.root, self.__class__.__name__, "raw")

    @property
    def class_to_idx(self):
        return {c: i for i, c in enumerate(self.classes)}

    @staticmethod
    def _file(folder, name):
        path = os.path.join(folder, name)
        return path if os.path.isfile(path) else path + ".gz"

    def _folder_with_files(self):
        candidates = [self.raw_folder]
        if self.site_copy is not None:
            candidates.append(os.path.join(SITE_DATASETS, self.site_copy))
        for folder in candidates:
            if all(os.path.isfile(self._file(folder, name)) for name in self.files):
                return folder
        return None

    def _not_found(self, download):
        if not download:
            return "Dataset not found. You can use download=True to download it"
        name = self.__class__.__name__
        why = ("this page has no copy of it (a single-file lesson carries no datasets)" if self.site_copy
               else f"this site ships Fashion-MNIST (torchvision.datasets.FashionMNIST) but not {name}")
        return (f"{name} cannot be downloaded here: {why}. Put its four files "
                f"({', '.join(n + '.gz' for n in self.files)}) in {self.raw_folder} to use it.")

    def __getitem__(self, index):
        img, target = Image(self.data[index]), int(self.targets[index])
        if self.transform is not None:
            img = self.transform(img)
        if self.target_transform is not None:
            target = self.target_transform(target)
        return img, target

    def __len__(self):
        return len(self.data)

    def extra_repr(self):
        return f"Split: {'Train' if self.train is True else 'Test'}"


class FashionMNIST(MNIST):
    site_copy = "fashion-mnist"
    classes = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]
