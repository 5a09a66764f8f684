"""Images as cell output: gradbook.show_images and plt.imshow give PNG pictures whose pixels are
the images' values (decoded here with zlib, as any PNG reader would)."""
import base64
import contextlib
import io
import struct
import unittest
import zlib

import gradbook
import matplotlib.pyplot as plt
import torch
from gradbook import _images
from gradbook._display import mime_bundle


def decode_png(data):
    """(width, height, rows of RGB triples) of an 8-bit RGB PNG with unfiltered rows."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    assert (depth, colour) == (8, 2)
    idat, pos = b"", 8
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = 1 + 3 * width
    rows = []
    for y in range(height):
        line = raw[y * stride:(y + 1) * stride]
        assert line[0] == 0
        rows.append([tuple(line[1 + 3 * x:4 + 3 * x]) for x in range(width)])
    return width, height, rows


class ShowImages(unittest.TestCase):
    def shown(self, *args, **kwargs):
        bundles = []
        shown = _images.display
        _images.display = lambda value: bundles.append(mime_bundle(value))
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                gradbook.show_images(*args, **kwargs)
        finally:
            _images.display = shown
        (bundle,) = bundles
        return decode_png(base64.b64decode(bundle["image/png"])), bundle["text/plain"], out.getvalue()

    def test_a_batch_becomes_one_grid_scaled_from_its_least_to_its_greatest_value(self):
        batch = torch.tensor([[[0.0, 1.0]], [[-1.0, 0.5]]]).unsqueeze(1)  # two 1 x 2 images
        (width, height, rows), text, printed = self.shown(batch, nrow=2, padding=1)
        scale = width // 7  # 2 images of 2 pixels and 3 paddings across
        self.assertEqual((width, height), (7 * scale, 3 * scale))
        first_row = [rows[scale][x * scale] for x in range(7)]
        self.assertEqual(first_row, [(255,) * 3, (128,) * 3, (255,) * 3, (255,) * 3, (0,) * 3, (191,) * 3, (255,) * 3])
        self.assertEqual(text, "<2 images, 2 to a row>")
        self.assertEqual(printed, "")

    def test_labels_are_printed_in_the_rows_of_the_grid(self):
        _, _, printed = self.shown(torch.rand(3, 4, 4), labels=torch.tensor([7, 2, 1]), nrow=2)
        self.assertEqual(printed, "7  2\n1\n")

    def test_a_wrong_number_of_labels_is_refused(self):
        with self.assertRaisesRegex(ValueError, r"^show_images\(\) got 2 labels for 3 images$"):
            gradbook.show_images(torch.rand(3, 1, 4, 4), labels=[1, 2])


class Imshow(unittest.TestCase):
    def tearDown(self):
        plt.close("all")

    def picture(self):
        bundle = mime_bundle(plt.gcf())
        self.assertEqual(bundle["text/plain"], "<Figure size 640x480 with 1 Axes>")
        return decode_png(base64.b64decode(bundle["image/png"]))

    def test_gray_maps_the_least_value_to_black_and_the_greatest_to_white(self):
        self.assertRegex(repr(plt.imshow(torch.tensor([[0.0, 2.0], [1.0, 4.0]]), cmap="gray")),
                         r"^<matplotlib\.image\.AxesImage object at 0x[0-9a-f]+>$")
        width, _, rows = self.picture()
        s = width // 2
        self.assertEqual([rows[0][0], rows[0][s], rows[s][0], rows[s][s]],
                         [(0, 0, 0), (128, 128, 128), (64, 64, 64), (255, 255, 255)])

    def test_the_default_colormap_is_viridis(self):
        plt.imshow(torch.tensor([[0.0, 1.0]]))
        width, _, rows = self.picture()
        self.assertEqual((rows[0][0], rows[0][width - 1]), ((68, 1, 84), (253, 231, 37)))

    def test_colour_images_are_height_by_width_by_channels(self):
        plt.imshow(torch.tensor([[[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]]))
        width, _, rows = self.picture()
        self.assertEqual((rows[0][0], rows[0][width - 1]), ((255, 0, 0), (0, 0, 255)))
        with self.assertRaisesRegex(TypeError, r"^Invalid shape \(1, 28, 28\) for image data$"):
            plt.imshow(torch.zeros(1, 28, 28))


if __name__ == "__main__":
    unittest.main()
