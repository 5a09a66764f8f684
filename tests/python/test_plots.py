"""Plots tell the truth: gradbook.plot draws series against their x values, in every form it
takes; matplotlib.pyplot's subset fits its axes as matplotlib does, bins a histogram as
numpy.histogram does and draws a grid of subplots. The expected numbers are real matplotlib
3.6's and numpy 1.24's; those of FilledAreas, ErrorBars, barh, TextsAndAnnotations and Ticks
are worked out by matplotlib 3.6's rules as its source states them (5% margins of the data's
extent, sticky bar edges, ScalarFormatter's decimals), with no matplotlib here to record them."""
import contextlib
import io
import unittest

import gradbook
import matplotlib.pyplot as plt
import torch
from gradbook import _display

FIGURE = "application/vnd.gradbook.figure+json"


def spec(figure):
    return figure._repr_mimebundle_()[FIGURE]


def view():
    """The current axes' limits, to 12 decimals (as matplotlib's, up to rounding)."""
    return tuple(tuple(round(v, 12) for v in limits) for limits in (plt.xlim(), plt.ylim()))


def series(figure):
    return [(layer["label"], layer["x"], layer["y"]) for layer in spec(figure)["layers"]]


class GradbookPlotForms(unittest.TestCase):
    def setUp(self):
        _display.reset()

    def test_a_series_is_drawn_against_its_index(self):
        self.assertEqual(series(gradbook.plot([3, 2, 1])), [(None, [0, 1, 2], [3, 2, 1])])

    def test_a_series_is_drawn_against_the_x_values_given(self):
        self.assertEqual(series(gradbook.plot([-1, 0, 1], [1, 0, 1])), [(None, [-1, 0, 1], [1, 0, 1])])

    def test_named_series_share_the_x_values_given_first(self):
        figure = gradbook.plot([-0.5, 0, 0.5], {"squared": [0.25, 0, 0.25], "absolute": [0.5, 0, 0.5]})
        self.assertEqual(series(figure), [("squared", [-0.5, 0, 0.5], [0.25, 0, 0.25]),
                                          ("absolute", [-0.5, 0, 0.5], [0.5, 0, 0.5])])
        self.assertEqual(spec(figure)["xlim"], [-0.55, 0.55])

    def test_x_and_y_can_be_keywords(self):
        self.assertEqual(series(gradbook.plot(x=[1, 2], y=[5, 6])), [(None, [1, 2], [5, 6])])
        self.assertEqual(series(gradbook.plot({"a": [5, 6]}, x=[1, 2])), [("a", [1, 2], [5, 6])])

    def test_a_named_series_may_bring_its_own_x_values(self):
        figure = gradbook.plot({"train": ([0, 1, 2], [3, 2, 1]), "test": ([0, 2], [4, 3])})
        self.assertEqual(series(figure), [("train", [0, 1, 2], [3, 2, 1]), ("test", [0, 2], [4, 3])])

    def test_tensors_are_values_too(self):
        figure = gradbook.plot(torch.linspace(0, 1, 3), torch.tensor([1.0, 2.0, 3.0]))
        self.assertEqual(series(figure), [(None, [0, 0.5, 1], [1, 2, 3])])

    def test_x_and_y_of_different_lengths_are_refused(self):
        with self.assertRaisesRegex(ValueError, r"^x and y must have the same length, but have 2 and 3 values$"):
            gradbook.plot([1, 2], [1, 2, 3])

    def test_x_given_twice_is_refused(self):
        with self.assertRaisesRegex(TypeError, r"^plot\(\) got x twice"):
            gradbook.plot([1, 2], [3, 4], x=[1, 2])

    def test_nothing_to_draw_is_refused(self):
        with self.assertRaisesRegex(TypeError, r"^plot\(\) needs the values to draw"):
            gradbook.plot(x=[1, 2])


class SeriesColours(unittest.TestCase):
    def setUp(self):
        _display.reset()

    def test_a_name_keeps_its_colour_from_the_landscape_to_the_loss_plot(self):
        paths = {"SGD": [(1, 1), (0.5, 0.5)], "Adam": [(1, -1), (0, 0)]}
        landscape = gradbook.landscape(lambda x, y: x**2 + y**2, (-2, 2), (-2, 2), path=paths, arrows=0)
        on_map = {l["label"]: l["color"] for l in spec(landscape)["layers"] if l["type"] == "path"}
        losses = gradbook.plot({"Adam": [2, 0], "SGD": [2, 0.5]})
        on_plot = {l["label"]: l["color"] for l in spec(losses)["layers"]}
        self.assertEqual(on_map, on_plot)
        self.assertNotEqual(on_map["SGD"], on_map["Adam"])

    def test_a_fresh_namespace_starts_the_colours_again(self):
        first = spec(gradbook.plot({"b": [1]}))["layers"][0]["color"]
        _display.reset()
        self.assertEqual(spec(gradbook.plot({"a": [1]}))["layers"][0]["color"], first)


class AxesFittedToTheData(unittest.TestCase):
    def tearDown(self):
        plt.close("all")

    def limits(self, draw):
        fig, ax = plt.subplots()
        draw(ax)
        return ax.get_xlim(), ax.get_ylim()

    def assertLimits(self, actual, expected):
        for got, want in zip(actual, expected):
            self.assertAlmostEqual(got[0], want[0], places=12)
            self.assertAlmostEqual(got[1], want[1], places=12)

    def test_a_line_gets_a_five_percent_margin(self):
        self.assertLimits(self.limits(lambda ax: ax.plot([1, 2, 3], [4, 5, 7])), ((0.9, 3.1), (3.85, 7.15)))

    def test_a_single_value_is_widened_first(self):
        self.assertLimits(self.limits(lambda ax: ax.plot([2, 2], [3, 3])), ((1.89, 2.11), (2.835, 3.165)))
        self.assertLimits(self.limits(lambda ax: ax.plot([0, 0], [0, 0])), ((-0.055, 0.055), (-0.055, 0.055)))

    def test_bars_stand_on_their_baseline(self):
        self.assertLimits(self.limits(lambda ax: ax.bar([1, 2, 3], [4, 5, 6])), ((0.46, 3.54), (0.0, 6.3)))
        self.assertLimits(self.limits(lambda ax: ax.bar([1, 2, 3], [-4, 5, 6])), ((0.46, 3.54), (-4.5, 6.5)))

    def test_a_log_axis_gets_its_margin_in_decades(self):
        def draw(ax):
            ax.plot([1, 2, 3], [1, 10, 100])
            ax.set_yscale("log")
        self.assertLimits(self.limits(draw), ((0.9, 3.1), (10 ** -0.1, 10 ** 2.1)))

    def test_reference_lines_count_on_their_own_axis(self):
        def draw(ax):
            ax.plot([1, 2, 3])
            ax.axvline(5)
            ax.axhline(5)
        self.assertLimits(self.limits(draw), ((-0.25, 5.25), (0.8, 5.2)))

    def test_limits_set_are_kept_and_returned(self):
        plt.plot([1, 2, 3])
        self.assertEqual(plt.xlim(0, 5), (0.0, 5.0))
        self.assertEqual(plt.xlim((1, 2)), (1.0, 2.0))
        self.assertEqual(plt.xlim(right=3), (1.0, 3.0))
        self.assertEqual(plt.ylim(bottom=0), (0.0, 3.1))
        self.assertEqual(spec(plt.gcf())["xlim"], [1.0, 3.0])

    def test_an_unknown_scale_is_refused_with_matplotlibs_words(self):
        with self.assertRaisesRegex(ValueError, r"^'foo' is not a valid value for scale; supported values are 'linear', 'log', "):
            plt.gca().set_yscale("foo")


class Histogram(unittest.TestCase):
    def tearDown(self):
        plt.close("all")

    def test_ten_equal_bins_from_the_least_value_to_the_greatest(self):
        counts, edges, bars = plt.hist([1, 2, 2, 3, 3, 3, 10])
        self.assertEqual(counts.tolist(), [1.0, 2.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0])
        self.assertEqual(edges.tolist(), [1.0, 1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1, 10.0])
        self.assertEqual(repr(bars), "<BarContainer object of 10 artists>")

    def test_values_on_an_edge_fall_as_numpys_do(self):
        counts, edges, _ = plt.hist([0.1 * i for i in range(31)])
        self.assertEqual(counts.tolist(), [3, 3, 3, 3, 3, 3, 3, 3, 3, 4])
        self.assertEqual(edges.tolist(), [0.0, 0.3, 0.6, 0.8999999999999999, 1.2, 1.5, 1.7999999999999998, 2.1, 2.4,
                                          2.6999999999999997, 3.0])

    def test_equal_values_get_a_unit_range(self):
        counts, edges, _ = plt.hist([5, 5, 5])
        self.assertEqual(counts.tolist(), [0, 0, 0, 0, 0, 3, 0, 0, 0, 0])
        self.assertEqual(edges.tolist()[0::5], [4.5, 5.0, 5.5])

    def test_bins_range_weights_and_density(self):
        self.assertEqual(plt.hist([0, 1, 2, 3, 4], bins=[0, 1, 3, 4])[0].tolist(), [1, 2, 2])
        counts, edges, _ = plt.hist([0, 1, 2, 3, 4], bins=4, range=(0, 2))
        self.assertEqual((counts.tolist(), edges.tolist()), ([1, 0, 1, 1], [0.0, 0.5, 1.0, 1.5, 2.0]))
        self.assertEqual(plt.hist([0, 1, 1, 2], bins=2, density=True)[0].tolist(), [0.25, 0.75])
        self.assertEqual(plt.hist([0, 1, 1, 2], bins=2, weights=[1, 2, 3, 4])[0].tolist(), [1.0, 9.0])

    def test_options_that_would_change_the_picture_are_refused_not_ignored(self):
        for option in ({"cumulative": True}, {"histtype": "step"}, {"orientation": "horizontal"}):
            with self.assertRaisesRegex(NotImplementedError, f"hist\\({next(iter(option))}="):
                plt.hist([1, 2, 2, 3], **option)
        plt.hist([1, 2, 2, 3], alpha=0.5, histtype="bar")  # style, and the default: drawn

    def test_the_bars_fill_the_bins(self):
        plt.hist([1, 2, 2, 3], bins=3)
        bars = spec(plt.gcf())["layers"][0]
        self.assertEqual((bars["type"], bars["height"], bars["bottom"]), ("bars", [1, 2, 1], [0, 0, 0]))
        self.assertAlmostEqual(bars["x"][0] - bars["width"][0] / 2, 1.0)
        self.assertAlmostEqual(bars["x"][2] + bars["width"][2] / 2, 3.0)


class BarsAndLines(unittest.TestCase):
    def tearDown(self):
        plt.close("all")

    def test_named_bars_are_categories_with_their_names_as_ticks(self):
        plt.bar(["cat", "dog", "bird"], [3, 1, 2])
        figure = spec(plt.gcf())
        self.assertEqual(figure["xticks"], [[0, "cat"], [1, "dog"], [2, "bird"]])
        self.assertEqual(figure["layers"][0]["height"], [3, 1, 2])
        self.assertEqual((plt.xlim(), plt.ylim()), ((-0.54, 2.5400000000000005), (0.0, 3.15)))

    def test_reference_lines_span_the_axes(self):
        plt.plot([0, 1], [0, 1])
        plt.axhline(0.5, color="k", label="half")
        plt.axvline(x=0.25, ymin=0.1, ymax=0.9)
        hline, vline = spec(plt.gcf())["layers"][1:]
        self.assertEqual((hline["type"], hline["y"], hline["from"], hline["to"], hline["color"], hline["label"]),
                         ("hline", 0.5, 0.0, 1.0, "#000000", "half"))
        self.assertEqual((vline["type"], vline["x"], vline["from"], vline["to"]), ("vline", 0.25, 0.1, 0.9))

    def test_named_bars_across_are_categories_up_the_y_axis(self):
        bars = plt.barh(["cat", "dog", "bird"], [3, 1, 2])
        self.assertEqual(repr(bars), "<BarContainer object of 3 artists>")
        figure = spec(plt.gcf())
        layer = figure["layers"][0]
        self.assertEqual(figure["yticks"], [[0, "cat"], [1, "dog"], [2, "bird"]])
        self.assertEqual((layer["type"], layer["y"], layer["width"], layer["height"], layer["left"]),
                         ("barh", [0, 1, 2], [3, 1, 2], [0.8] * 3, [0, 0, 0]))
        self.assertEqual(view(), ((0.0, 3.15), (-0.54, 2.54)))
        self.assertTrue(figure["description"].endswith(
            "1 series: bars across, 3 bars at y from 0 to 2, reaching x from 1 to 3."))

    def test_bars_across_from_a_left_edge_stand_on_it(self):
        plt.barh([1, 2], [2, -1], height=0.5, left=1, tick_label=["a", "b"], align="edge")
        figure = spec(plt.gcf())
        self.assertEqual((figure["yticks"], figure["layers"][0]["y"]), ([[1, "a"], [2, "b"]], [1.25, 2.25]))
        self.assertEqual(view(), ((-0.15, 3.15), (0.925, 2.575)))

    def test_bars_take_their_colours_from_a_cycle_of_their_own(self):
        plt.plot([1, 2])
        plt.bar([1, 2], [3, 4])
        self.assertEqual([l["color"] for l in spec(plt.gcf())["layers"]], ["#1f77b4", "#1f77b4"])

    def test_series_take_the_colour_cycle_in_turn(self):
        plt.plot([1, 2])
        plt.plot([2, 1])
        plt.plot([1, 1], "r--")
        self.assertEqual([l["color"] for l in spec(plt.gcf())["layers"]], ["#1f77b4", "#ff7f0e", "#d62728"])

    def test_a_two_dimensional_y_is_one_line_per_column(self):
        plt.plot([0, 1, 2], torch.tensor([[0.0, 5.0], [1.0, 4.0], [2.0, 3.0]]))
        self.assertEqual([(l["x"], l["y"]) for l in spec(plt.gcf())["layers"]],
                         [([0, 1, 2], [0, 1, 2]), ([0, 1, 2], [5, 4, 3])])

    def test_x_and_y_of_different_lengths_are_refused_with_matplotlibs_words(self):
        with self.assertRaisesRegex(ValueError, r"^x and y must have same first dimension, but have shapes \(3,\) and \(2,\)$"):
            plt.plot([1, 2, 3], [1, 2])


class FilledAreas(unittest.TestCase):
    def tearDown(self):
        plt.close("all")

    def test_a_band_is_the_area_between_two_curves_fitted_with_margins(self):
        band = plt.fill_between([0, 1, 2], [1, 2, 3], [0, 0.5, 1], alpha=0.3, label="band")
        self.assertRegex(repr(band), r"^<matplotlib\.collections\.PolyCollection object at 0x[0-9a-f]+>$")
        layer = spec(plt.gcf())["layers"][0]
        self.assertEqual((layer["type"], layer["x"], layer["y1"], layer["y2"], layer["alpha"], layer["label"]),
                         ("fill", [0, 1, 2], [1, 2, 3], [0, 0.5, 1], 0.3, "band"))
        self.assertEqual(view(), ((-0.1, 2.1), (-0.15, 3.15)))

    def test_y2_defaults_to_zero_and_a_number_is_a_flat_line(self):
        plt.fill_between([1, 2, 3], 2)
        layer = spec(plt.gcf())["layers"][0]
        self.assertEqual((layer["y1"], layer["y2"]), ([2, 2, 2], [0, 0, 0]))
        self.assertEqual(plt.ylim(), (-0.1, 2.1))

    def test_a_band_takes_the_colour_of_the_line_it_surrounds(self):
        plt.plot([0, 1], [1, 2])
        plt.fill_between([0, 1], [0.5, 1.5], [1.5, 2.5], alpha=0.2)
        plt.plot([0, 1], [2, 1])
        plt.fill_between([0, 1], [1.5, 0.5], [2.5, 1.5], color="r")
        self.assertEqual([l["color"] for l in spec(plt.gcf())["layers"]], ["#1f77b4", "#1f77b4", "#ff7f0e", "#d62728"])

    def test_where_and_missing_values_leave_gaps_out_of_the_limits(self):
        plt.fill_between([0, 1, 2, 3], [1, 5, float("nan"), 2], where=[True, False, True, True])
        figure = spec(plt.gcf())
        self.assertEqual(figure["layers"][0]["where"], [True, False, False, True])
        self.assertEqual(view()[0], (-0.15, 3.15))
        self.assertTrue(figure["description"].endswith("1 series: filled area, x from 0 to 3, between y from 0 to 2."))

    def test_curves_that_do_not_broadcast_are_refused_with_numpys_words(self):
        with self.assertRaisesRegex(ValueError, r"^shape mismatch: objects cannot be broadcast to a single shape\.  "
                                                r"Mismatch is between arg 0 with shape \(3,\) and arg 2 with shape \(2,\)\.$"):
            plt.fill_between([0, 1, 2], 1, [0, 1])
        with self.assertRaisesRegex(ValueError, r"^where size \(2\) does not match x size \(3\)$"):
            plt.fill_between([0, 1, 2], [1, 2, 3], where=[True, False])
        with self.assertRaisesRegex(ValueError, r"^'y1' is not 1-dimensional$"):
            plt.fill_between([0, 1], torch.ones(2, 2))
        with self.assertRaisesRegex(NotImplementedError, r"^fill_between\(step='pre'\)"):
            plt.fill_between([0, 1], [1, 2], step="pre")


class ErrorBars(unittest.TestCase):
    def tearDown(self):
        plt.close("all")

    def test_error_bars_reach_into_the_limits_and_return_matplotlibs_container(self):
        bars = plt.errorbar([1, 2, 3], [2, 4, 3], yerr=0.5, capsize=3, label="runs")
        self.assertEqual(repr(bars), "<ErrorbarContainer object of 3 artists>")
        layer = spec(plt.gcf())["layers"][0]
        self.assertEqual((layer["type"], layer["yerr"], layer["xerr"], layer["line"], layer["markers"], layer["capsize"]),
                         ("errorbar", [[0.5] * 3, [0.5] * 3], None, True, False, 3.0))
        self.assertEqual(view(), ((0.9, 3.1), (1.35, 4.65)))

    def test_lower_and_upper_errors_and_x_errors(self):
        plt.errorbar([0, 1], [1, 1], yerr=[[0.5, 0], [1, 2]], xerr=torch.tensor([0.25, 0.5]), fmt="o")
        layer = spec(plt.gcf())["layers"][0]
        self.assertEqual((layer["yerr"], layer["line"], layer["markers"]), ([[0.5, 0], [1, 2]], False, True))
        self.assertEqual(view(), ((-0.3375, 1.5875), (0.375, 3.125)))
        self.assertTrue(spec(plt.gcf())["description"].endswith(
            "1 series: error bars, 2 points, x from 0 to 1, y 1, the bars reaching x from -0.25 to 1.5 and y from 0.5 to 3."))

    def test_the_points_take_the_line_colour_cycle_and_fmt_none_draws_the_bars_alone(self):
        plt.plot([0, 1])
        plt.errorbar([0, 1], [1, 0], yerr=0.1, fmt="none", ecolor="k")
        layer = spec(plt.gcf())["layers"][1]
        self.assertEqual((layer["color"], layer["ecolor"], layer["line"], layer["markers"]),
                         ("#ff7f0e", "#000000", False, False))

    def test_errors_of_the_wrong_shape_or_sign_are_refused_with_matplotlibs_words(self):
        with self.assertRaisesRegex(ValueError, r"^'yerr' \(shape: \(2,\)\) must be a scalar or a 1D or \(2, n\) "
                                                r"array-like whose shape matches 'y' \(shape: \(3,\)\)$"):
            plt.errorbar([1, 2, 3], [1, 2, 3], yerr=[0.1, 0.2])
        with self.assertRaisesRegex(ValueError, r"^'xerr' must not contain negative values$"):
            plt.errorbar([1, 2], [1, 2], xerr=[0.1, -0.2])
        with self.assertRaisesRegex(ValueError, r"^'x' and 'y' must have the same size$"):
            plt.errorbar([1, 2], [1, 2, 3], yerr=1)
        with self.assertRaisesRegex(NotImplementedError, r"^errorbar\(uplims=True\)"):
            plt.errorbar([1, 2], [1, 2], yerr=1, uplims=True)


class TextsAndAnnotations(unittest.TestCase):
    def tearDown(self):
        plt.close("all")

    def test_a_text_sits_in_data_or_axes_coordinates_and_leaves_the_limits_alone(self):
        plt.plot([0, 1], [0, 1])
        self.assertEqual(repr(plt.text(5, 0.5, "far", color="r", ha="center")), "Text(5, 0.5, 'far')")
        ax = plt.gca()
        ax.text(0.05, 0.95, "corner", transform=ax.transAxes, va="top")
        _, far, corner = spec(plt.gcf())["layers"]
        self.assertEqual((far["at"], far["color"], far["ha"], far["va"]),
                         ({"x": 5, "y": 0.5, "coords": "data"}, "#d62728", "center", "baseline"))
        self.assertEqual((corner["at"]["coords"], corner["color"], corner["va"]), ("axes", "#000000", "top"))
        self.assertEqual(view(), ((-0.05, 1.05), (-0.05, 1.05)))

    def test_an_annotation_points_at_its_point_from_its_text(self):
        plt.plot([0, 1, 2], [0, 2, 1])
        note = plt.annotate("peak", xy=(1, 2), xytext=(1.5, 2.5), arrowprops=dict(facecolor="black"))
        self.assertEqual((repr(note), str(note)), ("Text(1.5, 2.5, 'peak')", "Annotation(1, 2, 'peak')"))
        plt.annotate("start", (0, 0), xytext=(10, -5), textcoords="offset points")
        peak, start = spec(plt.gcf())["layers"][1:]
        self.assertEqual((peak["xy"], peak["at"], peak["arrow"]),
                         ({"x": 1, "y": 2, "coords": "data"}, {"x": 1.5, "y": 2.5, "coords": "data"}, "black"))
        self.assertEqual((start["at"], start["arrow"]), ({"x": 10, "y": -5, "coords": "offset"}, None))
        self.assertEqual(view(), ((-0.1, 2.1), (-0.1, 2.1)))
        self.assertTrue(spec(plt.gcf())["description"].endswith(
            "1 series: line, 3 points, x from 0 to 2, y from 0 to 2. Text: “peak” about (1, 2); “start” about (0, 0)."))

    def test_alignments_and_coordinates_are_checked(self):
        with self.assertRaisesRegex(ValueError, r"^'middle' is not a valid value for horizontalalignment; supported "
                                                r"values are 'center', 'right', 'left'$"):
            plt.text(0, 0, "a", ha="middle")
        with self.assertRaisesRegex(NotImplementedError, r"^annotate\(textcoords='figure fraction'\)"):
            plt.annotate("a", (0, 0), xytext=(0.5, 0.5), textcoords="figure fraction")


class Ticks(unittest.TestCase):
    def tearDown(self):
        plt.close("all")

    def test_ticks_set_are_labelled_as_matplotlibs_scalar_formatter_writes_them(self):
        plt.plot([0, 1], [0, 1])
        locs, labels = plt.xticks([0, 0.5, 1])
        self.assertRegex(repr(locs[0]), r"^<matplotlib\.axis\.XTick object at 0x[0-9a-f]+>$")
        self.assertEqual(repr(labels), "[Text(0, 0, '0.0'), Text(0.5, 0, '0.5'), Text(1, 0, '1.0')]")
        plt.yticks([-1, 0, 1])
        figure = spec(plt.gcf())
        self.assertEqual(figure["xticks"], [[0, "0.0"], [0.5, "0.5"], [1, "1.0"]])
        self.assertEqual(figure["yticks"], [[-1, "\u22121"], [0, "0"], [1, "1"]])
        self.assertEqual(view(), ((-0.05, 1.05), (-1.0, 1.05)))  # widened to show the tick at -1
        plt.plot([0, 1], [0, 3])
        self.assertEqual(view(), ((-0.05, 1.05), (-0.15, 3.15)))  # fitted to the data again
        plt.yticks([-1, 0, 1])
        plt.ylim(top=2)
        plt.plot([0, 1], [0, 5])
        self.assertEqual(view()[1], (-1.0, 2.0))  # limits set stay set

    def test_labels_name_the_ticks_and_must_be_as_many(self):
        fig, ax = plt.subplots()
        ax.plot([0, 1, 2])
        ax.set_xticks(range(3))
        self.assertEqual(repr(ax.set_xticklabels(["a", "b", "c"], rotation=45)),
                         "[Text(0, 0, 'a'), Text(1, 0, 'b'), Text(2, 0, 'c')]")
        self.assertEqual((spec(fig)["xticks"], spec(fig)["xtick_rotation"]), ([[0, "a"], [1, "b"], [2, "c"]], 45.0))
        self.assertRegex(repr(ax.set_yticks([0, 2], ["low", "high"])[1]), r"^<matplotlib\.axis\.YTick object at 0x")
        self.assertEqual(repr(ax.get_yticklabels()), "[Text(0, 0, 'low'), Text(0, 2, 'high')]")
        self.assertEqual(ax.get_xticks().tolist(), [0, 1, 2])
        with self.assertRaisesRegex(ValueError, r"^The number of FixedLocator locations \(3\), usually from a call to "
                                                r"set_ticks, does not match the number of ticklabels \(2\)\.$"):
            ax.set_xticklabels(["a", "b"])
        ax.set_xticklabels([])
        self.assertEqual(spec(fig)["xticks"], [[0, ""], [1, ""], [2, ""]])

    def test_no_ticks_and_a_bar_charts_names_turned(self):
        plt.bar(["cat", "dog"], [1, 2])
        locs, labels = plt.xticks(rotation="vertical")
        self.assertEqual((locs.tolist(), repr(labels)), ([0, 1], "[Text(0, 0, 'cat'), Text(1, 0, 'dog')]"))
        self.assertEqual(spec(plt.gcf())["xtick_rotation"], 90.0)
        self.assertEqual(plt.yticks([]), ([], []))
        self.assertEqual(spec(plt.gcf())["yticks"], [])

    def test_ticks_matplotlib_would_choose_itself_are_not_made_up(self):
        plt.plot([1, 2])
        with self.assertRaisesRegex(NotImplementedError, r"knows the x ticks only once they are set"):
            plt.xticks()
        with self.assertRaisesRegex(TypeError, r"^yticks\(\): Parameter 'labels' can't be set without setting 'ticks'$"):
            plt.yticks(labels=["a"])


class TitlesLegendAndGrid(unittest.TestCase):
    def tearDown(self):
        plt.close("all")

    def test_titles_and_labels_return_matplotlibs_texts(self):
        self.assertEqual([repr(plt.title("t")), repr(plt.xlabel("x")), repr(plt.ylabel("y")), repr(plt.suptitle("s"))],
                         ["Text(0.5, 1.0, 't')", "Text(0.5, 0, 'x')", "Text(0, 0.5, 'y')", "Text(0.5, 0.98, 's')"])

    def test_a_legend_only_when_asked_and_names_in_order(self):
        plt.plot([1, 2], label="a")
        plt.plot([2, 1], label="_hidden")
        self.assertIs(spec(plt.gcf())["legend"], False)
        plt.legend()
        figure = spec(plt.gcf())
        self.assertIs(figure["legend"], True)
        self.assertEqual([l["label"] for l in figure["layers"]], ["a", None])
        plt.legend(["first", "second"])
        self.assertEqual([l["label"] for l in spec(plt.gcf())["layers"]], ["first", "second"])

    def test_the_legend_lists_bars_and_error_bars_after_lines_as_matplotlib_does(self):
        plt.errorbar([0, 1], [1, 2], yerr=0.1, fmt="o", label="data")
        plt.bar([0, 1], [1, 1], label="counts")
        plt.plot([0, 1], [1, 2], label="fit")
        self.assertEqual(spec(plt.gcf())["legend_order"], [2, 0, 1])
        plt.legend(["line", "points", "bars"])
        self.assertEqual([l["label"] for l in spec(plt.gcf())["layers"]], ["points", "bars", "line"])

    def test_a_legend_with_nothing_to_name_says_so(self):
        plt.plot([1, 2])
        printed = io.StringIO()
        with contextlib.redirect_stderr(printed):
            plt.legend()
        self.assertTrue(printed.getvalue().startswith("No artists with labels found to put in legend."))
        self.assertIs(spec(plt.gcf())["legend"], False)

    def test_grid_is_off_until_asked_and_grid_toggles(self):
        plt.plot([1, 2])
        self.assertIs(spec(plt.gcf())["grid"], False)
        plt.grid()
        self.assertIs(spec(plt.gcf())["grid"], True)
        plt.grid()
        self.assertIs(spec(plt.gcf())["grid"], False)
        plt.grid(True, alpha=0.3)
        self.assertIs(spec(plt.gcf())["grid"], True)

    def test_the_text_alternative_states_series_and_ranges(self):
        plt.plot([0, 1, 2], [1, 4, 9], label="squares")
        plt.title("growth")
        plt.xlabel("n")
        self.assertEqual(spec(plt.gcf())["description"],
                         "Plot “growth”. x axis “n” from -0.1 to 2.1; y axis from 0.6 to 9.4. "
                         "1 series: squares (line), 3 points, x from 0 to 2, y from 1 to 9.")


class Subplots(unittest.TestCase):
    def tearDown(self):
        plt.close("all")

    def test_a_row_of_axes_is_a_one_dimensional_array(self):
        fig, axs = plt.subplots(1, 2)
        self.assertEqual((axs.shape, len(axs)), ((2,), 2))
        self.assertEqual(repr(axs), "array([<AxesSubplot: >, <AxesSubplot: >], dtype=object)")
        self.assertEqual(repr(fig), "<Figure size 640x480 with 2 Axes>")

    def test_a_grid_is_indexed_by_row_and_column(self):
        fig, axs = plt.subplots(2, 2, figsize=(8, 6))
        self.assertEqual(axs.shape, (2, 2))
        self.assertIs(axs[1, 0], axs[1][0])
        self.assertEqual(len(list(axs.flat)), 4)
        self.assertEqual(repr(fig), "<Figure size 800x600 with 4 Axes>")

    def test_each_axes_is_a_panel_in_its_place(self):
        fig, axs = plt.subplots(1, 2)
        axs[0].plot([1, 2, 3], label="rising")
        axs[0].set_title("left")
        axs[0].legend()
        axs[1].hist([1, 2, 2, 3])
        axs[1].set_xlabel("value")
        fig.suptitle("two views")
        figure = spec(fig)
        self.assertEqual((figure["title"], figure["rows"], figure["cols"]), ("two views", 1, 2))
        self.assertEqual([(p["row"], p["col"], p["title"], p["xlabel"]) for p in figure["panels"]],
                         [(0, 0, "left", None), (0, 1, None, "value")])
        self.assertEqual([p["layers"][0]["type"] for p in figure["panels"]], ["line", "bars"])
        self.assertTrue(figure["description"].startswith("Figure “two views” with 2 plots. 1. Plot “left”."))

    def test_subplot_picks_a_place_of_the_current_figure(self):
        plt.figure()
        plt.subplot(1, 2, 1)
        plt.plot([1, 2])
        plt.subplot(122)
        plt.scatter([1], [2])
        self.assertEqual(len(plt.gcf().axes), 2)
        self.assertIs(plt.subplot(121), plt.gcf().axes[0])

    def test_an_image_among_panels_is_drawn_there(self):
        fig, axs = plt.subplots(1, 2)
        axs[0].imshow(torch.rand(4, 4), cmap="gray")
        axs[1].plot([1, 2])
        image = spec(fig)["panels"][0]["layers"][0]
        self.assertEqual((image["type"], image["width"], image["height"]), ("image", 280, 280))

    def test_rows_and_columns_must_be_positive_integers(self):
        with self.assertRaisesRegex(ValueError, r"^Number of rows must be a positive integer, not 0$"):
            plt.subplots(0, 1)
        with self.assertRaisesRegex(ValueError, r"^Number of columns must be a positive integer, not 0$"):
            plt.subplots(1, 0)


if __name__ == "__main__":
    unittest.main()
