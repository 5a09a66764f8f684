"""tqdm, the progress bar training loops wrap their epochs in, is the real tqdm (Debian's 4.64.1,
bundled unchanged): it counts, draws its text bar to stderr with carriage returns, and says
nothing about the browser it runs in (no thread warning, no ipywidgets warning).

The expected frames were printed by tqdm 4.64.1 under CPython. Bars here leave out the elapsed
time and rate (``bar_format``), the only parts that depend on the clock."""
import contextlib
import io
import unittest
import warnings

NO_CLOCK = "{l_bar}{bar}| {n_fmt}/{total_fmt}{postfix}"


def frames(written):
    """The bar's successive drawings, as tqdm separates them with carriage returns."""
    return written.split("\r")[1:]


class TqdmCounts(unittest.TestCase):
    def test_wrapping_an_iterable_yields_its_items_and_counts_them(self):
        from tqdm import tqdm

        bar = tqdm(range(5), file=io.StringIO())
        self.assertEqual(list(bar), [0, 1, 2, 3, 4])
        self.assertEqual(bar.n, 5)
        self.assertEqual(bar.total, 5)

    def test_trange_is_tqdm_over_a_range(self):
        from tqdm import trange

        out = io.StringIO()
        self.assertEqual(sum(trange(2, 8, 2, file=out, bar_format=NO_CLOCK)), 12)
        self.assertEqual(frames(out.getvalue())[-1], "100%|##########| 3/3\n")

    def test_the_bar_goes_to_stderr_and_ends_with_a_newline(self):
        from tqdm import tqdm

        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            for _ in tqdm(range(3), desc="epoch", bar_format=NO_CLOCK):
                pass
        self.assertEqual(frames(err.getvalue()), ["epoch:   0%|          | 0/3", "epoch: 100%|##########| 3/3\n"])

    def test_manual_updates_description_and_postfix(self):
        from tqdm import tqdm

        out = io.StringIO()
        with tqdm(total=10, desc="train", unit="batch", ncols=60, file=out, mininterval=0, bar_format=NO_CLOCK) as bar:
            bar.update(3)
            bar.set_description("epoch 1")
            bar.set_postfix(loss=0.25)
            bar.update(7)
        self.assertEqual(bar.n, 10)
        self.assertEqual(frames(out.getvalue()), [
            "train:   0%|                                          | 0/10",
            "train:  30%|############6                             | 3/10",
            "epoch 1:  30%|############                            | 3/10",
            "epoch 1:  30%|########7                    | 3/10, loss=0.25",
            "epoch 1: 100%|############################| 10/10, loss=0.25",
            "epoch 1: 100%|############################| 10/10, loss=0.25\n",
        ])

    def test_a_bar_that_does_not_leave_clears_its_line(self):
        from tqdm import tqdm

        out = io.StringIO()
        for _ in tqdm(range(2), leave=False, file=out, mininterval=0, bar_format=NO_CLOCK):
            pass
        self.assertEqual(frames(out.getvalue()), ["  0%|          | 0/2", " 50%|#####     | 1/2", "100%|##########| 2/2", " " * 20, ""])

    def test_write_prints_above_the_running_bar(self):
        from tqdm import tqdm

        out = io.StringIO()
        with tqdm(total=2, file=out, bar_format=NO_CLOCK) as bar:
            tqdm.write("halfway", file=out)
            bar.update(2)
        self.assertEqual(out.getvalue().split("halfway\n")[1], "\r  0%|          | 0/2\r100%|##########| 2/2\n")

    def test_close_ends_the_bar_where_it_stopped(self):
        from tqdm import tqdm

        out = io.StringIO()
        bar = tqdm(total=4, file=out, bar_format=NO_CLOCK)
        bar.update(1)
        bar.close()
        self.assertEqual(frames(out.getvalue())[-1], " 25%|##5       | 1/4\n")


class TqdmInTheBrowser(unittest.TestCase):
    def test_a_first_bar_starts_no_monitor_thread_and_warns_nothing(self):
        import importlib

        import tqdm.std

        std = importlib.reload(tqdm.std)  # a tqdm class that has drawn no bar yet
        err = io.StringIO()
        with contextlib.redirect_stderr(err), warnings.catch_warnings():
            warnings.simplefilter("always", std.TqdmWarning)
            self.assertEqual(list(std.tqdm(range(3), file=io.StringIO())), [0, 1, 2])
        self.assertEqual(err.getvalue(), "")
        self.assertIsNone(std.tqdm.monitor)

    def test_the_rate_of_a_fast_loop_is_measured(self):
        from tqdm import tqdm

        out = io.StringIO()
        for _ in tqdm(range(3), file=out):
            pass
        self.assertRegex(frames(out.getvalue())[-1], r"3/3 \[00:00<00:00, [\d.]+it/s\]\n$")

    def test_tqdm_auto_is_the_text_bar_and_says_nothing(self):
        from tqdm.std import TqdmWarning, tqdm as text_bar

        err = io.StringIO()
        with contextlib.redirect_stderr(err), warnings.catch_warnings():
            warnings.simplefilter("always", TqdmWarning)
            from tqdm.auto import tqdm, trange

            self.assertEqual(list(trange(3, file=io.StringIO())), [0, 1, 2])
        self.assertEqual(err.getvalue(), "")
        self.assertTrue(issubclass(tqdm, text_bar))

    def test_tqdm_notebook_draws_the_text_bar(self):
        from tqdm.notebook import tqdm, trange

        out = io.StringIO()
        self.assertEqual(list(tqdm([7, 8], file=out, bar_format=NO_CLOCK)), [7, 8])
        self.assertEqual(frames(out.getvalue())[-1], "100%|##########| 2/2\n")
        self.assertEqual(list(trange(2, file=io.StringIO())), [0, 1])

    def test_the_licence_ships_with_it(self):
        import os

        import tqdm

        with open(os.path.join(os.path.dirname(tqdm.__file__), "LICENCE")) as licence:
            text = licence.read()
        self.assertIn("Mozilla Public License Version 2.0", text)
        self.assertIn("License: MIT", text)
        self.assertEqual(tqdm.__version__, "4.64.1")


if __name__ == "__main__":
    unittest.main()
