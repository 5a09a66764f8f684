"""NumPy 1.24's printed text of arrays and scalars, as our numpy package writes it.

Each expected text was printed by NumPy 1.24.2 for the same values, shape and dtype. The
functions take an array as its elements in C order, its shape and its dtype name."""
import math
import types
import unittest

from numpy._arrayprint import (array2string, array_repr, array_str, format_float_positional,
                               format_float_scientific, format_scalar_repr, format_scalar_str,
                               np_array2string, np_array_repr, np_array_str)
from numpy._element_format import SCALAR_TYPES
from numpy._float_format import as_float32
from numpy._printoptions import get_printoptions, printoptions, set_printoptions

nan, inf = float("nan"), float("inf")


def float32(values):
    """The float32 values nearest to ``values``, as a float32 array holds them."""
    return [as_float32(value) for value in values]


class Float32Scalar(float):
    """Stands for a numpy.float32 scalar: a float32 value that names its dtype."""
    dtype = types.SimpleNamespace(name="float32")

    def __new__(cls, value):
        return super().__new__(cls, as_float32(value))


class FloatDigits(unittest.TestCase):
    """The default floatmode, maxprec: each float gets its shortest round-trip digits, at most
    `precision` (8) after the point; whole floats end with a point."""

    def test_whole_floats_end_with_a_point(self):
        self.assertEqual(array_repr([1.0, 2.0, 3.0], (3,), 'float64'),
                         'array([1., 2., 3.])')
        self.assertEqual(array_str([1.0, 2.0, 3.0], (3,), 'float64'),
                         '[1. 2. 3.]')

    def test_shortest_round_trip_digits(self):
        self.assertEqual(array_repr([0.1, 0.2, 0.3], (3,), 'float64'),
                         'array([0.1, 0.2, 0.3])')
        self.assertEqual(array_repr([0.1 + 0.2], (1,), 'float64'),
                         'array([0.3])')

    def test_at_most_eight_digits_after_the_point(self):
        self.assertEqual(array_repr([1 / 3, 2 / 3], (2,), 'float64'),
                         'array([0.33333333, 0.66666667])')
        self.assertEqual(array_str([math.pi, math.e], (2,), 'float64'),
                         '[3.14159265 2.71828183]')

    def test_the_cut_digit_is_rounded_from_the_exact_binary_value(self):
        self.assertEqual(array_repr([0.123456785, 0.123456775], (2,), 'float64'),
                         'array([0.12345678, 0.12345678])')
        self.assertEqual(array_repr([2.675], (1,), 'float64'),
                         'array([2.675])')

    def test_a_carry_drops_the_nines(self):
        self.assertEqual(array_repr([0.999999999, 1.5], (2,), 'float64'),
                         'array([1. , 1.5])')
        self.assertEqual(array_repr([9.9999999999], (1,), 'float64'),
                         'array([10.])')

    def test_zeros_left_by_rounding_are_trimmed(self):
        self.assertEqual(array_repr([1.000000001], (1,), 'float64'),
                         'array([1.])')
        self.assertEqual(array_repr([1.000000001, 2.5], (2,), 'float64'),
                         'array([1. , 2.5])')

    def test_fractions_pad_right_so_points_align(self):
        self.assertEqual(array_repr([1.5, 2.25, 3.0], (3,), 'float64'),
                         'array([1.5 , 2.25, 3.  ])')
        self.assertEqual(array_str([10.5, -2.125, 300.0], (3,), 'float64'),
                         '[ 10.5    -2.125 300.   ]')

    def test_whole_parts_pad_left(self):
        self.assertEqual(array_repr([1.0, 10.0, 100.0], (3,), 'float64'),
                         'array([  1.,  10., 100.])')
        self.assertEqual(array_repr([-1.0, 10.0], (2,), 'float64'),
                         'array([-1., 10.])')

    def test_float32_uses_float32_shortest_digits(self):
        self.assertEqual(array_repr(float32([0.1, 0.2, 0.3]), (3,), 'float32'),
                         'array([0.1, 0.2, 0.3], dtype=float32)')
        self.assertEqual(array_repr(float32([1 / 3, 2 / 3]), (2,), 'float32'),
                         'array([0.33333334, 0.6666667 ], dtype=float32)')
        self.assertEqual(array_str(float32([0.1, 16777217.0]), (2,), 'float32'),
                         '[1.0000000e-01 1.6777216e+07]')

    def test_negative_zero_keeps_its_sign(self):
        self.assertEqual(array_repr([-0.0, 1.0], (2,), 'float64'),
                         'array([-0.,  1.])')
        self.assertEqual(array_repr([-0.0], (1,), 'float64'),
                         'array([-0.])')
        self.assertEqual(array_repr(float32([0.0, -0.0]), (2,), 'float32'),
                         'array([ 0., -0.], dtype=float32)')

    def test_float32_whole_numbers_print_their_exact_digits(self):
        """In an array the digits run to the point; a float32 scalar stops at its shortest."""
        self.assertEqual(array_repr(float32([71452496.0]), (1,), 'float32'),
                         'array([71452496.], dtype=float32)')
        self.assertEqual(array_str(float32([3.0e12 / 1e5, 16777216.0 * 5]), (2,), 'float32'),
                         '[30000000. 83886080.]')
        self.assertEqual(format_scalar_repr(as_float32(71452496.0), 'float32'),
                         '71452500.0')

    def test_all_zeros(self):
        self.assertEqual(array_repr([0.0, 0.0], (2,), 'float64'),
                         'array([0., 0.])')
        self.assertEqual(array_str([0.0] * 4, (2, 2), 'float64'),
                         ('[[0. 0.]\n'
                          ' [0. 0.]]'))

    def test_large_but_below_1e8_stays_positional(self):
        self.assertEqual(array_repr([99999999.0, 1.5], (2,), 'float64'),
                         'array([9.9999999e+07, 1.5000000e+00])')
        self.assertEqual(array_repr([12345678.9], (1,), 'float64'),
                         'array([12345678.9])')


class ScientificNotation(unittest.TestCase):
    """An array switches to scientific notation when its largest magnitude is at least 1e8, or
    (unless suppress) its smallest non-zero magnitude is below 1e-4 or the ratio exceeds 1000."""

    def test_largest_at_least_1e8(self):
        self.assertEqual(array_repr([1e8, 1.0], (2,), 'float64'),
                         'array([1.e+08, 1.e+00])')
        self.assertEqual(array_repr([1e8], (1,), 'float64'),
                         'array([1.e+08])')
        self.assertEqual(array_repr(float32([123456789.0]), (1,), 'float32'),
                         'array([1.2345679e+08], dtype=float32)')

    def test_smallest_below_1e_minus_4(self):
        self.assertEqual(array_repr([0.0001, 1.0], (2,), 'float64'),
                         'array([1.e-04, 1.e+00])')
        self.assertEqual(array_repr([0.00009999, 1.0], (2,), 'float64'),
                         'array([9.999e-05, 1.000e+00])')
        self.assertEqual(array_repr([1e-5], (1,), 'float64'),
                         'array([1.e-05])')

    def test_ratio_above_1000(self):
        self.assertEqual(array_repr([1.0, 1000.0], (2,), 'float64'),
                         'array([   1., 1000.])')
        self.assertEqual(array_repr([1.0, 1000.5], (2,), 'float64'),
                         'array([1.0000e+00, 1.0005e+03])')
        self.assertEqual(array_repr([0.5, 600.0], (2,), 'float64'),
                         'array([5.e-01, 6.e+02])')

    def test_zeros_do_not_count_for_the_ratio(self):
        self.assertEqual(array_repr([0.0, 0.001, 0.5], (3,), 'float64'),
                         'array([0.   , 0.001, 0.5  ])')
        self.assertEqual(array_repr([0.0, 1e-5], (2,), 'float64'),
                         'array([0.e+00, 1.e-05])')

    def test_float32_compares_its_own_value(self):
        """float32(1e-4) is slightly below 1e-4."""
        self.assertEqual(array_repr(float32([1e-4, 1.0]), (2,), 'float32'),
                         'array([1.e-04, 1.e+00], dtype=float32)')
        self.assertEqual(array_repr([1e-4, 1.0], (2,), 'float64'),
                         'array([1.e-04, 1.e+00])')

    def test_mantissas_share_digits_and_exponents_share_width(self):
        self.assertEqual(array_repr([1e-5, 1.5, 2.25e10], (3,), 'float64'),
                         'array([1.00e-05, 1.50e+00, 2.25e+10])')
        self.assertEqual(array_repr([1e-100, 1.0], (2,), 'float64'),
                         'array([1.e-100, 1.e+000])')
        self.assertEqual(array_repr([1e200, -3e-3], (2,), 'float64'),
                         'array([ 1.e+200, -3.e-003])')

    def test_scientific_digits_are_cut_at_precision(self):
        self.assertEqual(array_repr([1 / 3 * 1e-5, 1.0], (2,), 'float64'),
                         'array([3.33333333e-06, 1.00000000e+00])')
        self.assertEqual(array_repr(float32([math.pi * 1e9]), (1,), 'float32'),
                         'array([3.1415926e+09], dtype=float32)')

    def test_suppress_keeps_small_values_positional(self):
        with printoptions(suppress=True):
            self.assertEqual(array_repr([1e-5, 1.0], (2,), 'float64'),
                             'array([0.00001, 1.     ])')
        with printoptions(suppress=True):
            self.assertEqual(array_repr([1e-10, 1000.0], (2,), 'float64'),
                             'array([   0., 1000.])')
        with printoptions(suppress=True):
            self.assertEqual(array_repr([1.0, 1e5], (2,), 'float64'),
                             'array([     1., 100000.])')

    def test_suppress_still_switches_at_1e8(self):
        with printoptions(suppress=True):
            self.assertEqual(array_repr([1e-5, 1e8], (2,), 'float64'),
                             'array([1.e-05, 1.e+08])')


class NonFiniteValues(unittest.TestCase):
    """nan and inf are written with the current nanstr and infstr, right-aligned to the column."""

    def test_nan_and_inf_among_floats(self):
        self.assertEqual(array_repr([nan, 1.0, -inf, inf], (4,), 'float64'),
                         'array([ nan,   1., -inf,  inf])')
        self.assertEqual(array_str([1.5, nan], (2,), 'float64'),
                         '[1.5 nan]')

    def test_only_non_finite_values(self):
        self.assertEqual(array_repr([nan, nan], (2,), 'float64'),
                         'array([nan, nan])')
        self.assertEqual(array_repr(float32([inf, -inf]), (2,), 'float32'),
                         'array([ inf, -inf], dtype=float32)')
        self.assertEqual(array_repr([nan], (1,), 'float64'),
                         'array([nan])')

    def test_the_column_widens_for_nan_and_inf(self):
        self.assertEqual(array_repr([0.5, -inf], (2,), 'float64'),
                         'array([ 0.5, -inf])')
        self.assertEqual(array_repr([1.0, nan, 2.0], (3,), 'float64'),
                         'array([ 1., nan,  2.])')

    def test_with_scientific_notation(self):
        self.assertEqual(array_repr([1e-8, nan, -inf], (3,), 'float64'),
                         'array([1.e-08,    nan,   -inf])')

    def test_nanstr_and_infstr_options(self):
        with printoptions(nanstr='NaN', infstr='Infinity'):
            self.assertEqual(array_repr([nan, inf, 1.0], (3,), 'float64'),
                             'array([     NaN, Infinity,       1.])')
        with printoptions(infstr='INF'):
            self.assertEqual(array_str([-inf, 0.5], (2,), 'float64'),
                             '[-INF  0.5]')


class SignOption(unittest.TestCase):
    """sign='-' writes only minus signs, '+' a plus on the others too, ' ' a space for them."""

    def test_plus(self):
        with printoptions(sign='+'):
            self.assertEqual(array_repr([1.0, -2.0, 0.0], (3,), 'float64'),
                             'array([+1., -2., +0.])')
        with printoptions(sign='+'):
            self.assertEqual(array_repr([nan, inf], (2,), 'float64'),
                             'array([+nan, +inf])')
        with printoptions(sign='+'):
            self.assertEqual(array_repr([1, -2], (2,), 'int64'),
                             'array([ 1, -2])')

    def test_space_when_no_value_is_negative(self):
        with printoptions(sign=' '):
            self.assertEqual(array_repr([1.0, 2.5], (2,), 'float64'),
                             'array([ 1. ,  2.5])')
        with printoptions(sign=' '):
            self.assertEqual(array_str([0.5], (1,), 'float64'),
                             '[ 0.5]')

    def test_space_adds_nothing_beside_a_negative(self):
        with printoptions(sign=' '):
            self.assertEqual(array_repr([1.0, -2.5], (2,), 'float64'),
                             'array([ 1. , -2.5])')

    def test_negative_zero_counts_as_negative(self):
        with printoptions(sign=' '):
            self.assertEqual(array_repr([-0.0, 1.0], (2,), 'float64'),
                             'array([-0.,  1.])')


class FloatModes(unittest.TestCase):
    """floatmode chooses how many digits: maxprec (the default), fixed, unique, maxprec_equal."""

    def test_precision_option(self):
        with printoptions(precision=3):
            self.assertEqual(array_repr([1 / 3, 0.5], (2,), 'float64'),
                             'array([0.333, 0.5  ])')
        with printoptions(precision=0):
            self.assertEqual(array_repr([1 / 3], (1,), 'float64'),
                             'array([0.])')
        with printoptions(precision=2):
            self.assertEqual(array_str(float32([math.pi]), (1,), 'float32'),
                             '[3.14]')

    def test_fixed_writes_precision_digits(self):
        with printoptions(floatmode='fixed'):
            self.assertEqual(array_repr([1.0, 0.5], (2,), 'float64'),
                             'array([1.00000000, 0.50000000])')
        with printoptions(floatmode='fixed', precision=3):
            self.assertEqual(array_repr([1 / 3], (1,), 'float64'),
                             'array([0.333])')
        with printoptions(floatmode='fixed', precision=2):
            self.assertEqual(array_repr([1e-5, 1.0], (2,), 'float64'),
                             'array([1.00e-05, 1.00e+00])')

    def test_unique_ignores_precision(self):
        with printoptions(floatmode='unique'):
            self.assertEqual(array_repr([1 / 3, 0.1], (2,), 'float64'),
                             'array([0.3333333333333333, 0.1               ])')
        with printoptions(floatmode='unique', precision=2):
            self.assertEqual(array_repr(float32([1 / 3]), (1,), 'float32'),
                             'array([0.33333334], dtype=float32)')

    def test_maxprec_equal_gives_every_element_the_same_digits(self):
        with printoptions(floatmode='maxprec_equal'):
            self.assertEqual(array_repr([1.5, 2.25, 3.0], (3,), 'float64'),
                             'array([1.50, 2.25, 3.00])')
        with printoptions(floatmode='maxprec_equal'):
            self.assertEqual(array_repr([0.1, 1 / 3], (2,), 'float64'),
                             'array([0.10000000, 0.33333333])')
        with printoptions(floatmode='maxprec_equal'):
            self.assertEqual(array_repr(float32([0.1, 0.25]), (2,), 'float32'),
                             'array([0.10, 0.25], dtype=float32)')

    def test_precision_applies_to_the_mantissa_in_scientific_notation(self):
        with printoptions(precision=3):
            self.assertEqual(array_repr([1 / 3 * 1e-5, 2.0], (2,), 'float64'),
                             'array([3.333e-06, 2.000e+00])')
        with printoptions(floatmode='fixed', precision=3):
            self.assertEqual(array_repr([1e-5, 2.0], (2,), 'float64'),
                             'array([1.000e-05, 2.000e+00])')

    def test_array_repr_and_array_str_take_a_precision(self):
        self.assertEqual(array_repr([1 / 3, 2.0], (2,), 'float64', precision=2),
                         'array([0.33, 2.  ])')
        self.assertEqual(array_str([1 / 3, 1e-9], (2,), 'float64', precision=3, suppress_small=True),
                         '[0.333 0.   ]')


class Integers(unittest.TestCase):
    """Integers are right-aligned to the width of the longer of the largest and smallest."""

    def test_common_width(self):
        self.assertEqual(array_repr([1, 10, 100], (3,), 'int64'),
                         'array([  1,  10, 100])')
        self.assertEqual(array_str([-5, 3], (2,), 'int64'),
                         '[-5  3]')
        self.assertEqual(array_str([7, -100, 20], (3,), 'int64'),
                         '[   7 -100   20]')

    def test_large_values(self):
        self.assertEqual(array_repr([2**62, -1], (2,), 'int64'),
                         'array([4611686018427387904,                  -1])')
        self.assertEqual(array_repr([-2**63], (1,), 'int64'),
                         'array([-9223372036854775808])')

    def test_int32_and_uint8_name_their_dtype(self):
        self.assertEqual(array_repr([1, 2], (2,), 'int32'),
                         'array([1, 2], dtype=int32)')
        self.assertEqual(array_repr([0, 255], (2,), 'uint8'),
                         'array([  0, 255], dtype=uint8)')
        self.assertEqual(array_str([0, 255], (2,), 'uint8'),
                         '[  0 255]')

    def test_int64_is_implied(self):
        self.assertEqual(array_repr([-1, 0, 1], (3,), 'int64'),
                         'array([-1,  0,  1])')

    def test_width_of_a_two_dimensional_array(self):
        self.assertEqual(array_repr(list(range(-3, 9)), (3, 4), 'int64'),
                         ('array([[-3, -2, -1,  0],\n'
                          '       [ 1,  2,  3,  4],\n'
                          '       [ 5,  6,  7,  8]])'))


class Booleans(unittest.TestCase):
    """True is written ' True' so that it lines up with False; bool is implied in repr."""

    def test_padded_true(self):
        self.assertEqual(array_repr([True, False, True], (3,), 'bool'),
                         'array([ True, False,  True])')
        self.assertEqual(array_str([True, True], (2,), 'bool'),
                         '[ True  True]')

    def test_two_dimensional(self):
        self.assertEqual(array_repr([True, False, False, True], (2, 2), 'bool'),
                         ('array([[ True, False],\n'
                          '       [False,  True]])'))


class EmptyArrays(unittest.TestCase):
    """An array without elements prints [] with its dtype, and its shape unless it is (0,)."""

    def test_one_dimensional(self):
        self.assertEqual(array_repr([], (0,), 'float64'),
                         'array([], dtype=float64)')
        self.assertEqual(array_repr([], (0,), 'int64'),
                         'array([], dtype=int64)')
        self.assertEqual(array_repr([], (0,), 'bool'),
                         'array([], dtype=bool)')
        self.assertEqual(array_repr(float32([]), (0,), 'float32'),
                         'array([], dtype=float32)')

    def test_other_shapes_are_named(self):
        self.assertEqual(array_repr([], (0, 3), 'float64'),
                         'array([], shape=(0, 3), dtype=float64)')
        self.assertEqual(array_repr([], (2, 0), 'int32'),
                         'array([], shape=(2, 0), dtype=int32)')
        self.assertEqual(array_repr([], (2, 0, 4), 'bool'),
                         'array([], shape=(2, 0, 4), dtype=bool)')

    def test_str_is_brackets(self):
        self.assertEqual(array_str([], (0,), 'float64'),
                         '[]')
        self.assertEqual(array_str([], (0, 3), 'int64'),
                         '[]')

    def test_array2string_of_an_empty_array(self):
        self.assertEqual(array2string([], (3, 0), 'float64'),
                         '[]')


class ZeroDimensional(unittest.TestCase):
    """A 0-d array's repr formats its one element as an array would; its str is the scalar's."""

    def test_repr(self):
        self.assertEqual(array_repr([1.5], (), 'float64'),
                         'array(1.5)')
        self.assertEqual(array_repr([1.0], (), 'float64'),
                         'array(1.)')
        self.assertEqual(array_repr(float32([0.1]), (), 'float32'),
                         'array(0.1, dtype=float32)')
        self.assertEqual(array_repr([5], (), 'int64'),
                         'array(5)')
        self.assertEqual(array_repr([7], (), 'uint8'),
                         'array(7, dtype=uint8)')

    def test_repr_of_bool_has_no_padding(self):
        self.assertEqual(array_repr([True], (), 'bool'),
                         'array(True)')
        self.assertEqual(array_repr([False], (), 'bool'),
                         'array(False)')

    def test_repr_of_non_finite(self):
        self.assertEqual(array_repr([nan], (), 'float64'),
                         'array(nan)')
        self.assertEqual(array_repr(float32([-inf]), (), 'float32'),
                         'array(-inf, dtype=float32)')

    def test_repr_in_scientific_notation(self):
        self.assertEqual(array_repr([1e-7], (), 'float64'),
                         'array(1.e-07)')
        self.assertEqual(array_repr(float32([1e20]), (), 'float32'),
                         'array(1.e+20, dtype=float32)')

    def test_str_is_the_scalar_text(self):
        self.assertEqual(array_str([1.5], (), 'float64'),
                         '1.5')
        self.assertEqual(array_str([1.0], (), 'float64'),
                         '1.0')
        self.assertEqual(array_str([1 / 3], (), 'float64'),
                         '0.3333333333333333')
        self.assertEqual(array_str(float32([0.1]), (), 'float32'),
                         '0.1')
        self.assertEqual(array_str([1e20], (), 'float64'),
                         '1e+20')
        self.assertEqual(array_str([-3], (), 'int32'),
                         '-3')
        self.assertEqual(array_str([True], (), 'bool'),
                         'True')

    def test_precision_does_not_cut_the_str(self):
        with printoptions(precision=3):
            self.assertEqual(array_str([1 / 3], (), 'float64'),
                             '0.3333333333333333')


class NestedBrackets(unittest.TestCase):
    """Each axis adds a bracket; rows of a 2-d array align under the first, 3-d blocks are
    separated by a blank line, 4-d by two."""

    def test_two_dimensional(self):
        self.assertEqual(array_repr([1.0, 2.0, 3.0, 4.0], (2, 2), 'float64'),
                         ('array([[1., 2.],\n'
                          '       [3., 4.]])'))
        self.assertEqual(array_str([1.0, 2.5, -3.0, 4.0], (2, 2), 'float64'),
                         ('[[ 1.   2.5]\n'
                          ' [-3.   4. ]]'))

    def test_columns_share_one_width(self):
        self.assertEqual(array_repr([1.0, 200.0, 3.5, 4.0], (2, 2), 'float64'),
                         ('array([[  1. , 200. ],\n'
                          '       [  3.5,   4. ]])'))

    def test_three_dimensional(self):
        self.assertEqual(array_repr(list(range(12)), (2, 3, 2), 'int64'),
                         ('array([[[ 0,  1],\n'
                          '        [ 2,  3],\n'
                          '        [ 4,  5]],\n'
                          '\n'
                          '       [[ 6,  7],\n'
                          '        [ 8,  9],\n'
                          '        [10, 11]]])'))
        self.assertEqual(array_str(list(range(8)), (2, 2, 2), 'float64'),
                         ('[[[0. 1.]\n'
                          '  [2. 3.]]\n'
                          '\n'
                          ' [[4. 5.]\n'
                          '  [6. 7.]]]'))

    def test_four_dimensional(self):
        self.assertEqual(array_repr(list(range(16)), (2, 2, 2, 2), 'int64'),
                         ('array([[[[ 0,  1],\n'
                          '         [ 2,  3]],\n'
                          '\n'
                          '        [[ 4,  5],\n'
                          '         [ 6,  7]]],\n'
                          '\n'
                          '\n'
                          '       [[[ 8,  9],\n'
                          '         [10, 11]],\n'
                          '\n'
                          '        [[12, 13],\n'
                          '         [14, 15]]]])'))
        self.assertEqual(array_str(list(range(16)), (2, 2, 2, 2), 'int64'),
                         ('[[[[ 0  1]\n'
                          '   [ 2  3]]\n'
                          '\n'
                          '  [[ 4  5]\n'
                          '   [ 6  7]]]\n'
                          '\n'
                          '\n'
                          ' [[[ 8  9]\n'
                          '   [10 11]]\n'
                          '\n'
                          '  [[12 13]\n'
                          '   [14 15]]]]'))

    def test_single_element_axes(self):
        self.assertEqual(array_repr([1.0], (1, 1, 1), 'float64'),
                         'array([[[1.]]])')
        self.assertEqual(array_str([2], (1, 1), 'int32'),
                         '[[2]]')

    def test_dtype_suffix_after_nested_brackets(self):
        self.assertEqual(array_repr(float32([1.0, 2.0, 3.0, 4.0]), (2, 2), 'float32'),
                         ('array([[1., 2.],\n'
                          '       [3., 4.]], dtype=float32)'))


class LineWrapping(unittest.TestCase):
    """Lines end before `linewidth` (75); wrapped elements continue under the first element."""

    def test_long_float_row_in_repr(self):
        self.assertEqual(array_repr([i / 7 for i in range(20)], (20,), 'float64'),
                         ('array([0.        , 0.14285714, 0.28571429, 0.42857143, 0.57142857,\n'
                          '       0.71428571, 0.85714286, 1.        , 1.14285714, 1.28571429,\n'
                          '       1.42857143, 1.57142857, 1.71428571, 1.85714286, 2.        ,\n'
                          '       2.14285714, 2.28571429, 2.42857143, 2.57142857, 2.71428571])'))

    def test_long_float_row_in_str(self):
        self.assertEqual(array_str([i / 7 for i in range(20)], (20,), 'float64'),
                         ('[0.         0.14285714 0.28571429 0.42857143 0.57142857 0.71428571\n'
                          ' 0.85714286 1.         1.14285714 1.28571429 1.42857143 1.57142857\n'
                          ' 1.71428571 1.85714286 2.         2.14285714 2.28571429 2.42857143\n'
                          ' 2.57142857 2.71428571]'))

    def test_long_int_row(self):
        self.assertEqual(array_repr(list(range(40)), (40,), 'int64'),
                         ('array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,\n'
                          '       17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,\n'
                          '       34, 35, 36, 37, 38, 39])'))
        self.assertEqual(array_str(list(range(40)), (40,), 'int64'),
                         ('[ 0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23\n'
                          ' 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39]'))

    def test_rows_of_a_matrix_wrap_inside_their_brackets(self):
        self.assertEqual(array_repr([i * 1.5 for i in range(36)], (2, 18), 'float64'),
                         ('array([[ 0. ,  1.5,  3. ,  4.5,  6. ,  7.5,  9. , 10.5, 12. , 13.5, 15. ,\n'
                          '        16.5, 18. , 19.5, 21. , 22.5, 24. , 25.5],\n'
                          '       [27. , 28.5, 30. , 31.5, 33. , 34.5, 36. , 37.5, 39. , 40.5, 42. ,\n'
                          '        43.5, 45. , 46.5, 48. , 49.5, 51. , 52.5]])'))

    def test_linewidth_option(self):
        with printoptions(linewidth=20):
            self.assertEqual(array_repr(list(range(10)), (10,), 'int64'),
                             ('array([0, 1, 2, 3,\n'
                              '       4, 5, 6, 7,\n'
                              '       8, 9])'))
        with printoptions(linewidth=14):
            self.assertEqual(array_str([0.5] * 6, (6,), 'float64'),
                             ('[0.5 0.5 0.5\n'
                              ' 0.5 0.5 0.5]'))

    def test_dtype_moves_to_a_new_line_when_it_does_not_fit(self):
        self.assertEqual(array_repr(list(range(22)), (22,), 'int32'),
                         ('array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,\n'
                          '       17, 18, 19, 20, 21], dtype=int32)'))
        self.assertEqual(array_repr(list(range(19)), (19,), 'int32'),
                         ('array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,\n'
                          '       17, 18], dtype=int32)'))

    def test_max_line_width_argument(self):
        self.assertEqual(array_repr(list(range(12)), (12,), 'int64', max_line_width=30),
                         ('array([ 0,  1,  2,  3,  4,\n'
                          '        5,  6,  7,  8,  9,\n'
                          '       10, 11])'))
        self.assertEqual(array_str(list(range(12)), (12,), 'int64', max_line_width=20),
                         ('[ 0  1  2  3  4  5\n'
                          '  6  7  8  9 10 11]'))

    def test_a_word_longer_than_the_line_is_not_moved_alone(self):
        with printoptions(linewidth=10):
            self.assertEqual(array_repr([123456.789, 2.0], (2,), 'float64'),
                             ('array([1.23456789e+05,\n'
                              '       2.00000000e+00])'))

    def test_bool_row(self):
        self.assertEqual(array_repr([True, False] * 15, (30,), 'bool'),
                         ('array([ True, False,  True, False,  True, False,  True, False,  True,\n'
                          '       False,  True, False,  True, False,  True, False,  True, False,\n'
                          '        True, False,  True, False,  True, False,  True, False,  True,\n'
                          '       False,  True, False])'))


class Summarisation(unittest.TestCase):
    """Above `threshold` (1000) elements an array shows `edgeitems` (3) at each edge of each
    axis around '...'; the shown elements alone decide the widths."""

    def test_long_row(self):
        self.assertEqual(array_repr([float(i) for i in range(1001)], (1001,), 'float64'),
                         'array([   0.,    1.,    2., ...,  998.,  999., 1000.])')
        self.assertEqual(array_str(list(range(2000)), (2000,), 'int64'),
                         '[   0    1    2 ... 1997 1998 1999]')

    def test_exactly_threshold_is_not_summarised(self):
        with printoptions(threshold=10):
            self.assertEqual(array_str(list(range(10)), (10,), 'int64'),
                             '[0 1 2 3 4 5 6 7 8 9]')

    def test_threshold_and_edgeitems_options(self):
        with printoptions(threshold=5):
            self.assertEqual(array_repr(list(range(10)), (10,), 'int64'),
                             'array([0, 1, 2, ..., 7, 8, 9])')
        with printoptions(threshold=5, edgeitems=1):
            self.assertEqual(array_repr(list(range(10)), (10,), 'int64'),
                             'array([0, ..., 9])')

    def test_matrix(self):
        self.assertEqual(array_repr(list(range(40 * 40)), (40, 40), 'int64'),
                         ('array([[   0,    1,    2, ...,   37,   38,   39],\n'
                          '       [  40,   41,   42, ...,   77,   78,   79],\n'
                          '       [  80,   81,   82, ...,  117,  118,  119],\n'
                          '       ...,\n'
                          '       [1480, 1481, 1482, ..., 1517, 1518, 1519],\n'
                          '       [1520, 1521, 1522, ..., 1557, 1558, 1559],\n'
                          '       [1560, 1561, 1562, ..., 1597, 1598, 1599]])'))
        self.assertEqual(array_str([i / 3 for i in range(1600)], (40, 40), 'float64'),
                         ('[[0.00000000e+00 3.33333333e-01 6.66666667e-01 ... 1.23333333e+01\n'
                          '  1.26666667e+01 1.30000000e+01]\n'
                          ' [1.33333333e+01 1.36666667e+01 1.40000000e+01 ... 2.56666667e+01\n'
                          '  2.60000000e+01 2.63333333e+01]\n'
                          ' [2.66666667e+01 2.70000000e+01 2.73333333e+01 ... 3.90000000e+01\n'
                          '  3.93333333e+01 3.96666667e+01]\n'
                          ' ...\n'
                          ' [4.93333333e+02 4.93666667e+02 4.94000000e+02 ... 5.05666667e+02\n'
                          '  5.06000000e+02 5.06333333e+02]\n'
                          ' [5.06666667e+02 5.07000000e+02 5.07333333e+02 ... 5.19000000e+02\n'
                          '  5.19333333e+02 5.19666667e+02]\n'
                          ' [5.20000000e+02 5.20333333e+02 5.20666667e+02 ... 5.32333333e+02\n'
                          '  5.32666667e+02 5.33000000e+02]]'))

    def test_rows_only(self):
        with printoptions(threshold=20):
            self.assertEqual(array_str(list(range(30)), (10, 3), 'int64'),
                             ('[[ 0  1  2]\n'
                              ' [ 3  4  5]\n'
                              ' [ 6  7  8]\n'
                              ' ...\n'
                              ' [21 22 23]\n'
                              ' [24 25 26]\n'
                              ' [27 28 29]]'))

    def test_three_dimensional(self):
        with printoptions(threshold=20, edgeitems=2):
            self.assertEqual(array_str(list(range(7 * 2 * 8)), (7, 2, 8), 'int64'),
                             ('[[[  0   1 ...   6   7]\n'
                              '  [  8   9 ...  14  15]]\n'
                              '\n'
                              ' [[ 16  17 ...  22  23]\n'
                              '  [ 24  25 ...  30  31]]\n'
                              '\n'
                              ' ...\n'
                              '\n'
                              ' [[ 80  81 ...  86  87]\n'
                              '  [ 88  89 ...  94  95]]\n'
                              '\n'
                              ' [[ 96  97 ... 102 103]\n'
                              '  [104 105 ... 110 111]]]'))

    def test_hidden_elements_do_not_widen_the_columns(self):
        with printoptions(threshold=10):
            self.assertEqual(array_repr([1.5] * 3 + [1e10] * 10 + [2.5] * 3, (16,), 'float64'),
                             'array([1.5, 1.5, 1.5, ..., 2.5, 2.5, 2.5])')

    def test_edgeitems_cover_the_axis(self):
        """Nothing is hidden when 2 * edgeitems reaches the axis length."""
        with printoptions(threshold=2, edgeitems=3):
            self.assertEqual(array_str(list(range(6)), (6,), 'int64'),
                             '[0 1 2 3 4 5]')

    def test_float32_matrix(self):
        self.assertEqual(array_repr(float32([i / 10 for i in range(2000)]), (1000, 2), 'float32'),
                         ('array([[0.000e+00, 1.000e-01],\n'
                          '       [2.000e-01, 3.000e-01],\n'
                          '       [4.000e-01, 5.000e-01],\n'
                          '       ...,\n'
                          '       [1.994e+02, 1.995e+02],\n'
                          '       [1.996e+02, 1.997e+02],\n'
                          '       [1.998e+02, 1.999e+02]], dtype=float32)'))


class ScalarText(unittest.TestCase):
    """repr and str of NumPy scalars: shortest round-trip digits in the scalar's own type,
    positional from 1e-4 up to 1e16, otherwise scientific."""

    def test_float64(self):
        self.assertEqual(format_scalar_repr(0.1, 'float64'),
                         '0.1')
        self.assertEqual(format_scalar_repr(1.0, 'float64'),
                         '1.0')
        self.assertEqual(format_scalar_repr(1 / 3, 'float64'),
                         '0.3333333333333333')
        self.assertEqual(format_scalar_repr(-2.5, 'float64'),
                         '-2.5')
        self.assertEqual(format_scalar_str(0.1, 'float64'),
                         '0.1')

    def test_float64_in_scientific_notation(self):
        self.assertEqual(format_scalar_repr(1e16, 'float64'),
                         '1e+16')
        self.assertEqual(format_scalar_repr(1e-5, 'float64'),
                         '1e-05')
        self.assertEqual(format_scalar_repr(1.5e300, 'float64'),
                         '1.5e+300')
        self.assertEqual(format_scalar_repr(5e-324, 'float64'),
                         '5e-324')
        self.assertEqual(format_scalar_str(-1.25e-7, 'float64'),
                         '-1.25e-07')

    def test_float64_limits_of_positional(self):
        self.assertEqual(format_scalar_repr(9999999999999998.0, 'float64'),
                         '9999999999999998.0')
        self.assertEqual(format_scalar_repr(0.0001, 'float64'),
                         '0.0001')

    def test_float32_shortest_digits(self):
        self.assertEqual(format_scalar_repr(as_float32(0.1), 'float32'),
                         '0.1')
        self.assertEqual(format_scalar_repr(as_float32(1 / 3), 'float32'),
                         '0.33333334')
        self.assertEqual(format_scalar_repr(as_float32(16777217.0), 'float32'),
                         '16777216.0')
        self.assertEqual(format_scalar_str(as_float32(0.2), 'float32'),
                         '0.2')
        self.assertEqual(format_scalar_repr(as_float32(3.4e38), 'float32'),
                         '3.4e+38')

    def test_float32_in_scientific_notation(self):
        self.assertEqual(format_scalar_repr(as_float32(1e20), 'float32'),
                         '1e+20')
        self.assertEqual(format_scalar_repr(as_float32(1e-4), 'float32'),
                         '1e-04')
        self.assertEqual(format_scalar_repr(as_float32(1e-40), 'float32'),
                         '1e-40')

    def test_zeros(self):
        self.assertEqual(format_scalar_repr(0.0, 'float64'),
                         '0.0')
        self.assertEqual(format_scalar_repr(-0.0, 'float64'),
                         '-0.0')
        self.assertEqual(format_scalar_repr(as_float32(-0.0), 'float32'),
                         '-0.0')

    def test_non_finite(self):
        self.assertEqual(format_scalar_repr(nan, 'float64'),
                         'nan')
        self.assertEqual(format_scalar_repr(inf, 'float64'),
                         'inf')
        self.assertEqual(format_scalar_repr(as_float32(-inf), 'float32'),
                         '-inf')
        self.assertEqual(format_scalar_str(as_float32(nan), 'float32'),
                         'nan')

    def test_integers(self):
        self.assertEqual(format_scalar_repr(5, 'int64'),
                         '5')
        self.assertEqual(format_scalar_repr(-7, 'int32'),
                         '-7')
        self.assertEqual(format_scalar_repr(255, 'uint8'),
                         '255')
        self.assertEqual(format_scalar_str(-2**63, 'int64'),
                         '-9223372036854775808')

    def test_booleans(self):
        self.assertEqual(format_scalar_repr(True, 'bool'),
                         'True')
        self.assertEqual(format_scalar_repr(False, 'bool'),
                         'False')
        self.assertEqual(format_scalar_str(True, 'bool'),
                         'True')


class FormatFloatPositional(unittest.TestCase):
    """numpy.format_float_positional: Dragon4 digits in positional notation."""

    def test_shortest_digits_by_default(self):
        self.assertEqual(format_float_positional(0.1),
                         '0.1')
        self.assertEqual(format_float_positional(1.0),
                         '1.')
        self.assertEqual(format_float_positional(1e20),
                         '100000000000000000000.')
        self.assertEqual(format_float_positional(Float32Scalar(0.1)),
                         '0.1')

    def test_precision_cuts_and_rounds(self):
        self.assertEqual(format_float_positional(1 / 3, precision=4),
                         '0.3333')
        self.assertEqual(format_float_positional(2.5, precision=0),
                         '2.')
        self.assertEqual(format_float_positional(3.5, precision=0),
                         '4.')

    def test_unique_false_uses_exact_binary_digits(self):
        self.assertEqual(format_float_positional(0.1, precision=20, unique=False),
                         '0.10000000000000000555')
        self.assertEqual(format_float_positional(Float32Scalar(0.3), precision=10, unique=False),
                         '0.3000000119')
        self.assertEqual(format_float_positional(0.5, precision=3, unique=False),
                         '0.500')

    def test_trim_modes(self):
        self.assertEqual(format_float_positional(1.0, trim='k'),
                         '1.')
        self.assertEqual(format_float_positional(1.0, trim='.'),
                         '1.')
        self.assertEqual(format_float_positional(1.0, trim='0'),
                         '1.0')
        self.assertEqual(format_float_positional(1.0, trim='-'),
                         '1')
        self.assertEqual(format_float_positional(1.5, precision=3, unique=False, trim='-'),
                         '1.5')
        self.assertEqual(format_float_positional(1.10, precision=3, unique=False, trim='0'),
                         '1.1')

    def test_sign_and_padding(self):
        self.assertEqual(format_float_positional(1.5, sign=True),
                         '+1.5')
        self.assertEqual(format_float_positional(-0.0),
                         '-0.')
        self.assertEqual(format_float_positional(1.5, pad_left=5, pad_right=4),
                         '    1.5   ')

    def test_min_digits(self):
        self.assertEqual(format_float_positional(Float32Scalar(71452496.0), min_digits=0),
                         '71452496.')
        self.assertEqual(format_float_positional(1e23, min_digits=0),
                         '99999999999999991611392.')
        self.assertEqual(format_float_positional(0.1, min_digits=3),
                         '0.100')
        self.assertEqual(format_float_positional(Float32Scalar(0.1), min_digits=10),
                         '0.1000000015')
        self.assertEqual(format_float_positional(0.0, min_digits=2),
                         '0.00')

    def test_fractional_false_counts_significant_digits(self):
        self.assertEqual(format_float_positional(123.456, fractional=False, precision=2),
                         '120.')
        self.assertEqual(format_float_positional(0.00123456, fractional=False, precision=3),
                         '0.00123')
        self.assertEqual(format_float_positional(123.0, fractional=False, precision=6, unique=False),
                         '123.000')
        self.assertEqual(format_float_positional(0.5, fractional=False, precision=4, unique=False),
                         '0.500')

    def test_fractional_false_min_digits_counts_significant_digits(self):
        self.assertEqual(format_float_positional(0.5, fractional=False, precision=6, min_digits=4),
                         '0.5000')
        self.assertEqual(format_float_positional(0.0517, fractional=False, precision=6, min_digits=4),
                         '0.05170')
        self.assertEqual(format_float_positional(Float32Scalar(0.0517), fractional=False, precision=6, min_digits=4),
                         '0.0517')
        self.assertEqual(format_float_positional(0.0, fractional=False, precision=6, min_digits=4),
                         '0.000')

    def test_non_finite(self):
        self.assertEqual(format_float_positional(nan),
                         'nan')
        self.assertEqual(format_float_positional(-inf, pad_left=6),
                         '-inf')
        self.assertEqual(format_float_positional(inf, sign=True),
                         '+inf')


class FormatFloatScientific(unittest.TestCase):
    """numpy.format_float_scientific: Dragon4 digits in scientific notation."""

    def test_shortest_digits_by_default(self):
        self.assertEqual(format_float_scientific(0.1),
                         '1.e-01')
        self.assertEqual(format_float_scientific(1e5),
                         '1.e+05')
        self.assertEqual(format_float_scientific(123.456),
                         '1.23456e+02')
        self.assertEqual(format_float_scientific(0.0),
                         '0.e+00')
        self.assertEqual(format_float_scientific(Float32Scalar(0.1)),
                         '1.e-01')

    def test_precision(self):
        self.assertEqual(format_float_scientific(1.23456e100, precision=2),
                         '1.23e+100')
        self.assertEqual(format_float_scientific(9.99e5, precision=1),
                         '1.e+06')
        self.assertEqual(format_float_scientific(1 / 3, precision=3, unique=False),
                         '3.333e-01')

    def test_exponent_digits(self):
        self.assertEqual(format_float_scientific(1e5, exp_digits=1),
                         '1.e+5')
        self.assertEqual(format_float_scientific(1e5, exp_digits=4),
                         '1.e+0005')
        self.assertEqual(format_float_scientific(1e-300, exp_digits=1),
                         '1.e-300')

    def test_trim_sign_and_padding(self):
        self.assertEqual(format_float_scientific(2.0, trim='-'),
                         '2e+00')
        self.assertEqual(format_float_scientific(2.0, precision=3, unique=False, trim='.'),
                         '2.e+00')
        self.assertEqual(format_float_scientific(2.0, sign=True, pad_left=3),
                         ' +2.e+00')
        self.assertEqual(format_float_scientific(-0.0, precision=3, unique=False),
                         '-0.000e+00')

    def test_non_finite(self):
        self.assertEqual(format_float_scientific(inf, sign=True),
                         '+inf')
        self.assertEqual(format_float_scientific(nan),
                         'nan')


class CustomFormatter(unittest.TestCase):
    """A formatter function for a kind of element replaces the built-in format."""

    def test_int_formatter(self):
        self.assertEqual(array2string([0, 1, 255], (3,), 'int64', formatter={"int": hex}),
                         '[0x0 0x1 0xff]')

    def test_float_kind_formatter(self):
        self.assertEqual(array2string([0.0, 1.0, 2.5], (3,), 'float64', formatter={"float_kind": "{:.2f}".format}),
                         '[0.00 1.00 2.50]')

    def test_all_formatter(self):
        self.assertEqual(array2string([True, False], (2,), 'bool', formatter={"all": "<{}>".format}),
                         '[<True> <False>]')


class Array2string(unittest.TestCase):
    """numpy.array2string's separator, prefix and suffix."""

    def test_separator(self):
        self.assertEqual(array2string([1.0, 2.0], (2,), 'float64', separator=', '),
                         '[1., 2.]')
        self.assertEqual(array2string([1, 2, 3, 4], (2, 2), 'int64', separator='; '),
                         ('[[1; 2];\n'
                          ' [3; 4]]'))

    def test_prefix_indents_continuation_lines(self):
        self.assertEqual(array2string([1, 2, 3, 4], (2, 2), 'int64', prefix='matrix('),
                         ('[[1 2]\n'
                          '        [3 4]]'))

    def test_suffix_counts_against_the_line_width(self):
        self.assertEqual(array2string(list(range(25)), (25,), 'int64', suffix='))))))))))', separator=', '),
                         ('[ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15,\n'
                          ' 16, 17, 18, 19, 20, 21, 22, 23, 24]'))

    def test_options_as_arguments(self):
        self.assertEqual(array2string([1 / 3] * 3, (3,), 'float64', precision=2, sign='+'),
                         '[+0.33 +0.33 +0.33]')
        self.assertEqual(array2string(list(range(10)), (10,), 'int64', threshold=4, edgeitems=1),
                         '[0 ... 9]')

    def test_zero_dimensional(self):
        self.assertEqual(array2string([1.5], (), 'float64'),
                         '1.5')
        self.assertEqual(array2string([True], (), 'bool'),
                         'True')


class Legacy113(unittest.TestCase):
    """legacy='1.13' prints as NumPy 1.13 did: a sign column, repr of 0-d items, '%g' scalars."""

    def test_sign_column(self):
        with printoptions(legacy='1.13'):
            self.assertEqual(array_repr([1.0, 2.5], (2,), 'float64'),
                             'array([ 1. ,  2.5])')
        with printoptions(legacy='1.13'):
            self.assertEqual(array_str([0.5, -1.0], (2,), 'float64'),
                             '[ 0.5 -1. ]')

    def test_zero_dimensional_arrays_print_the_python_item(self):
        with printoptions(legacy='1.13'):
            self.assertEqual(array_repr(float32([0.1]), (), 'float32'),
                             'array(0.10000000149011612, dtype=float32)')
        with printoptions(legacy='1.13'):
            self.assertEqual(array_str([1 / 3], (), 'float64'),
                             '0.3333333333333333')

    def test_legacy_121_changes_nothing_for_these_dtypes(self):
        """1.21 differs only for structured dtypes."""
        with printoptions(legacy='1.21'):
            self.assertEqual(array_repr([1.5, -2.0], (2,), 'float64'),
                             'array([ 1.5, -2. ])')
        with printoptions(legacy='1.21'):
            self.assertEqual(array_repr(float32([0.5]), (), 'float32'),
                             'array(0.5, dtype=float32)')

    def test_bool_names_its_dtype(self):
        with printoptions(legacy='1.13'):
            self.assertEqual(array_repr([True, False], (2,), 'bool'),
                             'array([ True, False], dtype=bool)')

    def test_summary_keeps_its_trailing_comma_space(self):
        with printoptions(legacy='1.13'):
            self.assertEqual(array_repr(list(range(2000)), (2000,), 'int64'),
                             'array([   0,    1,    2, ..., 1997, 1998, 1999])')
        with printoptions(legacy='1.13'):
            self.assertEqual(array_str(list(range(1200)), (400, 3), 'int64'),
                             ('[[   0    1    2]\n'
                              ' [   3    4    5]\n'
                              ' [   6    7    8]\n'
                              ' ..., \n'
                              ' [1191 1192 1193]\n'
                              ' [1194 1195 1196]\n'
                              ' [1197 1198 1199]]'))

    def test_scientific_keeps_full_digits(self):
        with printoptions(legacy='1.13'):
            self.assertEqual(array_repr([1e-5, 1.0], (2,), 'float64'),
                             'array([  1.00000000e-05,   1.00000000e+00])')

    def test_scalars_use_percent_g(self):
        with printoptions(legacy='1.13'):
            self.assertEqual(format_scalar_repr(0.1, 'float64'),
                             '0.10000000000000001')
        with printoptions(legacy='1.13'):
            self.assertEqual(format_scalar_str(1 / 3, 'float64'),
                             '0.333333333333')
        with printoptions(legacy='1.13'):
            self.assertEqual(format_scalar_repr(as_float32(1 / 3), 'float32'),
                             '0.33333334')
        with printoptions(legacy='1.13'):
            self.assertEqual(format_scalar_str(as_float32(1 / 3), 'float32'),
                             '0.333333')
        with printoptions(legacy='1.13'):
            self.assertEqual(format_scalar_repr(1e16, 'float64'),
                             '10000000000000000.0')


class PrintOptions(unittest.TestCase):
    """set_printoptions changes every later printing; printoptions only inside its block."""

    def tearDown(self):
        set_printoptions(edgeitems=3, threshold=1000, floatmode="maxprec", precision=8,
                         suppress=False, linewidth=75, nanstr="nan", infstr="inf", sign="-",
                         formatter=None, legacy=False)

    def test_defaults(self):
        self.assertEqual(get_printoptions(), {
            "edgeitems": 3, "threshold": 1000, "floatmode": "maxprec", "precision": 8,
            "suppress": False, "linewidth": 75, "nanstr": "nan", "infstr": "inf", "sign": "-",
            "formatter": None, "legacy": False})

    def test_options_are_listed_in_numpys_order(self):
        self.assertEqual(list(get_printoptions()), [
            "edgeitems", "threshold", "floatmode", "precision", "suppress", "linewidth", "nanstr",
            "infstr", "sign", "formatter", "legacy"])

    def test_set_printoptions_lasts_until_changed(self):
        set_printoptions(precision=2)
        self.assertEqual(array_repr([1 / 3], (1,), "float64"), "array([0.33])")
        self.assertEqual(array_str([2 / 3], (1,), "float64"), "[0.67]")
        set_printoptions(precision=8)
        self.assertEqual(array_repr([1 / 3], (1,), "float64"), "array([0.33333333])")

    def test_options_not_given_are_kept_but_formatter_is_reset(self):
        set_printoptions(precision=3, formatter={"int": hex})
        set_printoptions(linewidth=100)
        self.assertEqual(get_printoptions()["precision"], 3)
        self.assertIsNone(get_printoptions()["formatter"])

    def test_printoptions_restores_the_previous_options(self):
        with printoptions(precision=1, suppress=True) as options:
            self.assertEqual(options["precision"], 1)
            self.assertEqual(array_str([0.25, 1e-6], (2,), "float64"), "[0.2 0. ]")
        self.assertEqual(get_printoptions()["precision"], 8)
        self.assertFalse(get_printoptions()["suppress"])

    def test_printoptions_restores_after_an_error(self):
        with self.assertRaises(ZeroDivisionError):
            with printoptions(threshold=5):
                1 / 0
        self.assertEqual(get_printoptions()["threshold"], 1000)

    def test_legacy_is_named_as_given(self):
        set_printoptions(legacy="1.13")
        self.assertEqual(get_printoptions()["legacy"], "1.13")
        set_printoptions(legacy=False)
        self.assertFalse(get_printoptions()["legacy"])

    def test_suppress_is_stored_as_a_bool(self):
        set_printoptions(suppress=1)
        self.assertIs(get_printoptions()["suppress"], True)

    def test_a_bad_sign_is_refused(self):
        with self.assertRaisesRegex(ValueError, r"^sign option must be one of ' ', '\+', or '-'$"):
            set_printoptions(sign="x")

    def test_a_bad_floatmode_is_refused(self):
        with self.assertRaisesRegex(ValueError, '^floatmode option must be one of "fixed", '
                                    '"unique", "maxprec", "maxprec_equal"$'):
            set_printoptions(floatmode="exact")

    def test_precision_must_be_an_integer(self):
        with self.assertRaisesRegex(TypeError, "^precision must be an integer$"):
            set_printoptions(precision=1.5)

    def test_threshold_must_be_a_number_and_not_nan(self):
        with self.assertRaisesRegex(TypeError, "^threshold must be numeric$"):
            set_printoptions(threshold="5")
        with self.assertRaisesRegex(ValueError, "^threshold must be non-NAN, try sys.maxsize "
                                    "for untruncated representation$"):
            set_printoptions(threshold=nan)

    def test_a_refused_option_changes_nothing(self):
        with self.assertRaises(ValueError):
            set_printoptions(precision=2, sign="x")
        self.assertEqual(get_printoptions()["precision"], 8)


class FloatFormatArguments(unittest.TestCase):
    """format_float_positional and format_float_scientific refuse what NumPy refuses."""

    def test_non_unique_needs_a_precision(self):
        with self.assertRaisesRegex(TypeError, "^in non-unique mode `precision` must be supplied$"):
            format_float_positional(1.5, unique=False)

    def test_negative_precision(self):
        with self.assertRaisesRegex(ValueError, "^precision must be >= 0$"):
            format_float_scientific(1.5, precision=-1)

    def test_fractional_false_needs_a_positive_precision(self):
        with self.assertRaisesRegex(ValueError,
                                    "^precision must be greater than 0 if fractional=False$"):
            format_float_positional(1.5, fractional=False, precision=0)

    def test_min_digits_above_precision(self):
        with self.assertRaisesRegex(ValueError,
                                    "^min_digits must be less than or equal to precision$"):
            format_float_positional(1.5, precision=2, min_digits=3)

    def test_a_string_is_not_a_float(self):
        with self.assertRaisesRegex(TypeError, "^must be real number, not str$"):
            format_float_positional("1.5")

    def test_integers_print_as_floats(self):
        self.assertEqual(format_float_positional(3), "3.")
        self.assertEqual(format_float_positional(True), "1.")


class FakeArray:
    """Just what the public functions read from an ndarray."""

    def __init__(self, values, shape, dtype_name):
        self._values = values
        self.shape = shape
        self.dtype = types.SimpleNamespace(name=dtype_name)

    def ravel(self):
        return types.SimpleNamespace(tolist=lambda: list(self._values))


class PublicFunctions(unittest.TestCase):
    """numpy.array_repr, array_str and array2string read an ndarray's shape, dtype and elements."""

    def test_array_repr(self):
        self.assertEqual(np_array_repr(FakeArray([1.0, 2.5], (2,), "float32")),
                         "array([1. , 2.5], dtype=float32)")
        self.assertEqual(np_array_repr(FakeArray([1.0, 2.5], (2,), "float64"), precision=0),
                         "array([1., 2.])")

    def test_array_str(self):
        self.assertEqual(np_array_str(FakeArray([1, 2, 3, 4], (2, 2), "int32")),
                         "[[1 2]\n [3 4]]")

    def test_array2string(self):
        self.assertEqual(np_array2string(FakeArray([1e-9, 1.0], (2,), "float64"),
                                         suppress_small=True, separator=", "),
                         "[0., 1.]")

    def test_style_writes_a_zero_dimensional_item_under_legacy_1_13(self):
        self.assertEqual(np_array2string(FakeArray([1.5], (), "float64"), style=str,
                                         legacy="1.13"), "1.5")
        self.assertEqual(np_array2string(FakeArray([as_float32(0.1)], (), "float32"),
                                         legacy="1.13"), "0.10000000149011612")

    def test_style_is_deprecated_otherwise(self):
        with self.assertWarnsRegex(DeprecationWarning, "^'style' argument is deprecated and no "
                                   "longer functional except in 1.13 'legacy' mode$"):
            text = np_array2string(FakeArray([1.5], (1,), "float64"), style=repr)
        self.assertEqual(text, "[1.5]")


class FormatterElements(unittest.TestCase):
    """A formatter function gets each element as the scalar type registered for its dtype."""

    def tearDown(self):
        SCALAR_TYPES.clear()

    @staticmethod
    def recorder(seen):
        """A formatter that keeps each element it is given and writes it as 'x'."""
        def write(element):
            seen.append(element)
            return "x"
        return write

    def test_elements_of_a_registered_dtype_arrive_as_its_scalars(self):
        SCALAR_TYPES["float32"] = Float32Scalar
        seen = []
        array2string(float32([0.5, 0.1]), (2,), "float32", formatter={"float": self.recorder(seen)})
        self.assertEqual([type(element) for element in seen], [Float32Scalar, Float32Scalar])
        self.assertEqual(seen, float32([0.5, 0.1]))

    def test_other_elements_arrive_as_python_values(self):
        seen = []
        array2string([1, 2], (2,), "int64", formatter={"int": self.recorder(seen)})
        self.assertEqual([type(element) for element in seen], [int, int])


class ElementSequences(unittest.TestCase):
    """The elements may be any indexable sequence; only the shown ones are read."""

    def test_a_memoryview_of_the_buffer(self):
        import array
        buffer = memoryview(array.array("f", [0.1, 0.2, 0.3]))
        self.assertEqual(array_repr(buffer, (3,), "float32"),
                         "array([0.1, 0.2, 0.3], dtype=float32)")

    def test_a_summarised_array_reads_only_its_corners(self):
        read = set()

        class Elements:
            def __getitem__(self, index):
                read.add(index)
                return index

        text = array_str(Elements(), (1000, 1000), "int64")
        self.assertTrue(text.startswith("[[     0      1      2 ... "))
        self.assertEqual(len(read), 36)
