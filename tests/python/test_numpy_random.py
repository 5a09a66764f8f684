"""numpy.random draws NumPy 1.24's exact streams: the literals below were recorded from NumPy
1.24.2 on the reference machine. The streams are checked as Python lists (the draws before they
become arrays); the printed arrays are checked by tests/conformance/cases/numpy_random."""
import unittest

import numpy.random as npr
from numpy.random import _bounded
from numpy.random._choice import _weighted_distinct
from numpy.random._permutation import shuffled_order

RANDN_0 = [1.764052345967664, 0.4001572083672233, 0.9787379841057392, 2.240893199201458, 1.8675579901499675, -0.977277879876411, 0.9500884175255894, -0.1513572082976979, -0.10321885179355784, 0.41059850193837233]
RANDN_1 = [1.6243453636632417, -0.6117564136500754, -0.5281717522634557, -1.0729686221561705, 0.8654076293246785]
RANDN_42 = [0.4967141530112327, -0.13826430117118466, 0.6476885381006925, 1.5230298564080254, -0.23415337472333597]
RANDN_MAX = [0.6484086742306527, 0.6693235306338161, -1.0805437227474493, 0.2845010447986309, 0.11388773652167104]
RAND_0 = [0.5488135039273248, 0.7151893663724195, 0.6027633760716439, 0.5448831829968969, 0.4236547993389047]
RAND_ARRAY_SEED = [0.6098612722867289, 0.8866970434146851, 0.47633673750662764, 0.8976583215326422, 0.02946595498664617]
WORDS_0 = [2357136044, 2546248239, 3071714933, 3626093760, 2588848963]
KEY_0_HEAD = [0, 1, 1812433255, 1900727105, 1208447044]
KEY_123_HEAD = [2147483648, 188977461, 1294596893, 2973183027, 3419002639]
INTERLEAVED = [0.5507979025745755, -1.0294714740051425, 0.510827605197663, 1.0248068016826362, -0.27738820251439905, 0.05146720330082988]
RANDN_ODD_THEN_ONE = [0.05056170714293955, 0.499951333237829, -0.9959089311068651, 0.6935985082913116]
RANDINT_10 = [3, 6, 6, 0, 9, 8, 4, 7, 0, 0, 7, 1]
RANDINT_NEG = [0, 2, -5, -4, -1, 1, -3, 4]
RANDINT_WIDE = [590659687786, 178207367145, 819187148673, 902005756007]
RANDINT_U64 = [5251527637878612942, 4677876643444363066, 6042488199813515216]
RANDINT_INT8 = [4, 36, 12, 36, 26, 42, 95, 64]
RANDINT_UINT16 = [691, 708, 539, 947, 799, 465, 770, 814]
RANDINT_BOOL = [False, False, True, False, False, False, True, False, True, False]
RANDINT_INT32 = [6, 1, 3, 3, 2, 1, 5, 4]
UNIFORM = [2.464300757180008, -0.34010097349411383, 2.106145615289159, -1.7915168713737506]
NORMAL = [10.435641576152005, 8.201816406905722, 5.02643869674427, 11.826503042471776]
EXPONENTIAL = [0.8171634673080037, 1.9484723752682525, 1.1530102172752914, 2.6627194173122093]
PERMUTATION_10 = [8, 5, 0, 2, 1, 9, 7, 3, 6, 4]
SHUFFLED_LETTERS = ['c', 'f', 'a', 'g', 'd', 'b', 'e', 'h']
CHOICE = [3, 4, 1, 1, 2, 0]
CHOICE_NO_REPLACE = [8, 6, 9, 0]
CHOICE_P = [3, 3, 3, 2, 1, 0, 2, 2]
CHOICE_P_NO_REPLACE = [3, 2, 1]
GLOBAL = [0.010374153885699955, -3.956558326293978, 22, 0.14211108545453854, 0.21855867562607822, 1.754778225671725]
SEEDSEQ_0_POOL = [4265667335, 1328953910, 1320288413, 3365567143]
SEEDSEQ_BIG_STATE = [1523537530, 7724331, 1975607920, 2869613165]
PCG64_0_STATE = {'state': 35399562948360463058890781895381311971, 'inc': 87136372517582989555478159403783844777}
PCG64_0_RAW = [11749869230777074271, 4976686463289251617, 755828109848996024]
GEN_RANDOM_0 = [0.6369616873214543, 0.2697867137638703, 0.04097352393619469, 0.016527635528529094, 0.8132702392002724]
GEN_RANDOM_42 = [0.7739560485559633, 0.4388784397520523, 0.8585979199113825, 0.6973680290593639, 0.09417734788764953]
GEN_NORMAL_0 = [0.1257302210933933, -0.1321048632913019, 0.6404226504432821, 0.10490011715303971, -0.535669373161111, 0.36159505490948474, 1.3040000451301372, 0.9470809631292422]
GEN_NORMAL_12345 = [-3.2714751093638936, 4.791185374387331, -1.611985213877257, 0.22248029519680723, 0.7739700789684371]
GEN_EXPONENTIAL = [2.1460580527450777, 0.6169062882505687, 10.750873745216253, 0.7328542257996639, 0.23072407821360733]
GEN_INTEGERS = [8, 2, 1, 2, 4, 8, 4, 0, 3, 6, 8, 7]
GEN_INTEGERS_WIDE = [206599415038, 60634357985, 302332017294, 722855244339]
GEN_INTEGERS_INT8 = [22, 5, -25, -20, -3, 43, 5, 0]
GEN_INTEGERS_ENDPOINT = [1, 5, 3, 5, 5, 6, 3, 2]
GEN_INTEGERS_BOOL = [True, True, True, True, False, True, True, False, True, True]
GEN_PERMUTATION = [9, 6, 0, 2, 1, 4, 7, 5, 3, 8]
GEN_SHUFFLED_LETTERS = ['g', 'h', 'c', 'b', 'e', 'f', 'd', 'a']
GEN_CHOICE = [3, 4, 4, 2, 4, 4]
GEN_CHOICE_NO_REPLACE = [5, 7, 8, 9]
GEN_CHOICE_TAIL = [8130, 18905, 19412, 12156, 4891]
GEN_CHOICE_P = [3, 2, 3, 0, 3, 2, 3, 1]
PCG64_AFTER_HALF_WORD = {'bit_generator': 'PCG64', 'state': {'state': 46252351831906012273313324766457463411, 'inc': 233193750087604940414945475171846202189}, 'has_uint32': 1, 'uinteger': 3457461230}
BINOMIAL_SMALL = [2, 4, 6, 2, 4, 2, 4, 6]
BINOMIAL_BTPE = [297, 278, 301, 297, 292, 297]
POISSON_SMALL = [2, 3, 3, 4, 6, 4, 4, 4]
POISSON_PTRS = [999, 983, 995, 1038, 959, 970]
GEN_BINOMIAL = [901, 889, 881, 905, 896, 877]
GEN_POISSON = [24, 24, 21, 29, 24, 30]
LEGACY_BINOMIAL_ZERO_N_DRAWS = 0.9469626038148141
RANDINT_ARRAY_BOUNDS = [2, 7, 70103886718]
RANDINT_ARRAY_INT8 = [98, 59, 53]
BYTES = b'zD\x8f\xf7\xae \x8f'


class RandomStateStreams(unittest.TestCase):
    def test_integer_seeds_give_numpys_normals(self):
        for seed, expected in [(0, RANDN_0), (1, RANDN_1), (42, RANDN_42), (2**32 - 1, RANDN_MAX)]:
            one_at_a_time = npr.RandomState(seed)
            self.assertEqual([one_at_a_time.randn() for _ in expected], expected, seed)
            self.assertEqual(npr.RandomState(seed)._gauss_values(len(expected)), expected, seed)

    def test_an_integer_seed_fills_the_key_by_the_linear_recurrence(self):
        generator = npr.RandomState(0)._bit_generator
        self.assertEqual(generator.key[:5], KEY_0_HEAD)
        self.assertEqual(generator.pos, 624)
        self.assertEqual(generator.words(5), WORDS_0)

    def test_an_array_seed_stirs_every_word_into_the_key(self):
        self.assertEqual(npr.RandomState([1, 2, 3])._bit_generator.key[:5], KEY_123_HEAD)
        generator = npr.RandomState([1, 2, 3])
        self.assertEqual([generator.rand() for _ in RAND_ARRAY_SEED], RAND_ARRAY_SEED)

    def test_uniform_doubles_take_53_bits_from_two_words(self):
        generator = npr.RandomState(0)
        self.assertEqual([generator.random_sample() for _ in range(2)], RAND_0[:2])
        self.assertEqual([generator.rand(), generator.random()], RAND_0[2:4])
        self.assertEqual(generator._bit_generator.doubles(1), RAND_0[4:])

    def test_the_second_normal_of_a_pair_waits_in_the_state(self):
        generator = npr.RandomState(3)
        drawn = [generator.rand(), generator.randn(), generator.rand(), generator.randn(), generator.randn(),
                 generator.rand()]
        self.assertEqual(drawn, INTERLEAVED)
        odd = npr.RandomState(4)
        self.assertEqual(odd._gauss_values(3) + [odd.randn()], RANDN_ODD_THEN_ONE)

    def test_set_state_resumes_the_stream_with_the_cached_normal(self):
        generator = npr.RandomState(0)
        generator.randn()
        saved = ("MT19937", list(generator._bit_generator.key), generator._bit_generator.pos,
                 generator._has_gauss, generator._gauss)
        first = [generator.randn() for _ in range(5)]
        generator.set_state(saved)
        self.assertEqual([generator.randn() for _ in range(5)], first)
        self.assertEqual(first, RANDN_0[1:6])

    def test_randint_masks_words_and_rejects(self):
        generator = npr.RandomState(5)
        bits = generator._bit_generator
        self.assertEqual(_bounded.masked(bits, 9, 12), RANDINT_10)
        self.assertEqual([value - 5 for value in _bounded.masked(bits, 9, 8)], RANDINT_NEG)
        self.assertEqual(_bounded.masked(bits, 2**40 - 1, 4), RANDINT_WIDE)
        self.assertEqual(_bounded.masked(bits, 2**64 - 1, 3, "uint64"), RANDINT_U64)
        self.assertEqual(_bounded.masked(bits, 99, 8, "int8"), RANDINT_INT8)
        self.assertEqual(_bounded.masked(bits, 999, 8, "uint16"), RANDINT_UINT16)
        self.assertEqual([bool(value) for value in _bounded.masked(bits, 1, 10, "bool")], RANDINT_BOOL)
        self.assertEqual(_bounded.masked(bits, 6, 8, "int32"), RANDINT_INT32)

    def test_randint_with_bounds_per_element_draws_each_in_turn(self):
        bits = npr.RandomState(31)._bit_generator
        self.assertEqual(_bounded.masked_each(bits, [4, 9, 2**40 - 1]), RANDINT_ARRAY_BOUNDS)
        ranges = [99 - low for low in (0, 1, 2)]
        self.assertEqual([low + value for low, value in zip((0, 1, 2), _bounded.masked_each(bits, ranges, "int8"))],
                         RANDINT_ARRAY_INT8)

    def test_bytes_are_little_endian_words(self):
        npr.seed(4)
        self.assertEqual(npr.bytes(7), BYTES)

    def test_scalar_randint_is_a_python_int(self):
        value = npr.RandomState(5).randint(10)
        self.assertIs(type(value), int)
        self.assertEqual(value, RANDINT_10[0])

    def test_uniform_normal_and_exponential_scale_the_standard_draws(self):
        generator = npr.RandomState(6)
        self.assertEqual([generator.uniform(-2, 3) for _ in range(4)], UNIFORM)
        self.assertEqual([generator.normal(10, 2) for _ in range(4)], NORMAL)
        self.assertEqual([generator.exponential(2.0) for _ in range(4)], EXPONENTIAL)

    def test_permutation_and_shuffle_swap_from_the_end(self):
        self.assertEqual(shuffled_order(npr.RandomState(7)._bit_generator, 10), PERMUTATION_10)
        letters = list("abcdefgh")
        npr.RandomState(7).shuffle(letters)
        self.assertEqual(letters, SHUFFLED_LETTERS)

    def test_choice(self):
        generator = npr.RandomState(8)
        self.assertEqual([generator.choice(5) for _ in range(6)], CHOICE)
        self.assertEqual(npr.RandomState(8)._distinct_index_values(10, 4), CHOICE_NO_REPLACE)
        weighted = npr.RandomState(8)
        self.assertEqual([weighted.choice(4, p=[0.1, 0.2, 0.3, 0.4]) for _ in range(8)], CHOICE_P)
        distinct = npr.RandomState(8)
        self.assertEqual(_weighted_distinct([0.1, 0.2, 0.3, 0.4], 3, distinct._uniform_values), CHOICE_P_NO_REPLACE)

    def test_binomial_by_inversion_and_btpe(self):
        generator = npr.RandomState(21)
        self.assertEqual([generator.binomial(10, 0.5) for _ in BINOMIAL_SMALL], BINOMIAL_SMALL)
        self.assertEqual([generator.binomial(1000, 0.3) for _ in BINOMIAL_BTPE], BINOMIAL_BTPE)

    def test_legacy_binomial_draws_even_for_zero_trials(self):
        generator = npr.RandomState(23)
        self.assertEqual(generator.binomial(0, 0.5), 0)
        self.assertEqual(generator.rand(), LEGACY_BINOMIAL_ZERO_N_DRAWS)

    def test_poisson_by_multiplication_and_ptrs(self):
        generator = npr.RandomState(22)
        self.assertEqual([generator.poisson(3.0) for _ in POISSON_SMALL], POISSON_SMALL)
        self.assertEqual([generator.poisson(1000.5) for _ in POISSON_PTRS], POISSON_PTRS)

    def test_module_functions_share_one_global_state(self):
        npr.seed(9)
        drawn = [npr.rand(), npr.randn(), npr.randint(100), npr.random(), npr.uniform(), npr.normal()]
        self.assertEqual(drawn, GLOBAL)


class RandomStateErrors(unittest.TestCase):
    def assertRaisesText(self, error, text, call):
        with self.assertRaises(error) as raised:
            call()
        self.assertEqual(str(raised.exception), text)

    def test_seeds_out_of_range(self):
        for seed in (-1, 2**32):
            self.assertRaisesText(ValueError, "Seed must be between 0 and 2**32 - 1", lambda: npr.seed(seed))
        self.assertRaisesText(TypeError, "Cannot cast scalar from dtype('float64') to dtype('int64') according to "
                              "the rule 'safe'", lambda: npr.seed(1.5))

    def test_bad_bounds_and_sizes(self):
        generator = npr.RandomState(0)
        self.assertRaisesText(ValueError, "low >= high", lambda: generator.randint(5, 5))
        self.assertRaisesText(ValueError, "high <= 0", lambda: generator.randint(0))
        self.assertRaisesText(ValueError, "high is out of bounds for int8", lambda: generator.randint(0, 300, dtype="int8"))
        self.assertRaisesText(ValueError, "low is out of bounds for uint8", lambda: generator.randint(-1, 5, dtype="uint8"))
        self.assertRaisesText(ValueError, "negative dimensions are not allowed", lambda: generator.rand(-1))
        self.assertRaisesText(ValueError, "negative dimensions are not allowed", lambda: generator.randint(5, size=-1))
        self.assertRaisesText(ValueError, "scale < 0", lambda: generator.normal(0, -1))
        self.assertRaisesText(OverflowError, "Range exceeds valid bounds", lambda: generator.uniform(0, float("inf")))

    def test_bad_choices(self):
        generator = npr.RandomState(0)
        self.assertRaisesText(ValueError, "a must be greater than 0 unless no samples are taken", lambda: generator.choice(0))
        self.assertRaisesText(ValueError, "Cannot take a larger sample than population when 'replace=False'",
                              lambda: generator.choice(5, 6, replace=False))
        self.assertRaisesText(ValueError, "'a' and 'p' must have same size", lambda: generator.choice(5, p=[0.5, 0.5]))
        self.assertRaisesText(ValueError, "probabilities do not sum to 1", lambda: generator.choice(2, p=[0.5, 0.6]))
        self.assertRaisesText(ValueError, "probabilities are not non-negative", lambda: generator.choice(2, p=[-0.5, 1.5]))

    def test_bad_counts(self):
        generator = npr.RandomState(0)
        self.assertRaisesText(ValueError, "n < 0", lambda: generator.binomial(-1, 0.5))
        self.assertRaisesText(ValueError, "p < 0, p > 1 or p is NaN", lambda: generator.binomial(1, 1.5))
        self.assertRaisesText(ValueError, "lam < 0 or lam is NaN", lambda: generator.poisson(-1))
        self.assertRaisesText(ValueError, "lam value too large", lambda: generator.poisson(1e19))

    def test_set_state_needs_an_mt19937_state(self):
        self.assertRaisesText(ValueError, "set_state can only be used with legacy MT19937state instances.",
                              lambda: npr.RandomState(0).set_state(("MT", [0] * 624, 0)))


class GeneratorStreams(unittest.TestCase):
    def test_seed_sequence_hashes_the_entropy_into_a_pool(self):
        self.assertEqual(npr.SeedSequence(0).pool, SEEDSEQ_0_POOL)
        self.assertEqual(npr.SeedSequence(2**100 + 7).generate_words(4), SEEDSEQ_BIG_STATE)

    def test_pcg64_state_and_raw_words(self):
        self.assertEqual(npr.PCG64(0).state["state"], PCG64_0_STATE)
        self.assertEqual(npr.PCG64(0).words64(3), PCG64_0_RAW)

    def test_random_and_ziggurat_normals(self):
        for seed, expected in [(0, GEN_RANDOM_0), (42, GEN_RANDOM_42)]:
            generator = npr.default_rng(seed)
            self.assertEqual([generator.random() for _ in expected], expected)
        generator = npr.default_rng(0)
        self.assertEqual([generator.standard_normal() for _ in GEN_NORMAL_0], GEN_NORMAL_0)
        generator = npr.default_rng(12345)
        self.assertEqual([generator.normal(1.0, 3.0) for _ in GEN_NORMAL_12345], GEN_NORMAL_12345)
        generator = npr.default_rng(1)
        self.assertEqual([generator.exponential(2.0) for _ in GEN_EXPONENTIAL], GEN_EXPONENTIAL)

    def test_integers_by_lemires_method(self):
        bits = npr.default_rng(2).bit_generator
        self.assertEqual(_bounded.lemire(bits, 9, 12), GEN_INTEGERS)
        self.assertEqual(_bounded.lemire(bits, 2**40 - 1, 4), GEN_INTEGERS_WIDE)
        self.assertEqual([value - 50 for value in _bounded.lemire(bits, 99, 8, "int8")], GEN_INTEGERS_INT8)
        self.assertEqual([value + 1 for value in _bounded.lemire(bits, 5, 8)], GEN_INTEGERS_ENDPOINT)
        self.assertEqual([bool(value) for value in _bounded.lemire(bits, 1, 10, "bool")], GEN_INTEGERS_BOOL)

    def test_binomial_and_poisson(self):
        generator = npr.default_rng(21)
        self.assertEqual([generator.binomial(1000, 0.9) for _ in GEN_BINOMIAL], GEN_BINOMIAL)
        self.assertEqual([generator.poisson(25.0) for _ in GEN_POISSON], GEN_POISSON)

    def test_a_32_bit_draw_keeps_the_other_half_word(self):
        generator = npr.default_rng(5)
        _bounded.lemire(generator.bit_generator, 2, 1)
        self.assertEqual(generator.bit_generator.state, PCG64_AFTER_HALF_WORD)

    def test_permutation_shuffle_and_choice(self):
        self.assertEqual(shuffled_order(npr.default_rng(3).bit_generator, 10), GEN_PERMUTATION)
        letters = list("abcdefgh")
        npr.default_rng(3).shuffle(letters)
        self.assertEqual(letters, GEN_SHUFFLED_LETTERS)
        generator = npr.default_rng(4)
        self.assertEqual([generator.choice(5) for _ in range(6)], GEN_CHOICE)
        self.assertEqual(npr.default_rng(4)._distinct_index_values(10, 4), GEN_CHOICE_NO_REPLACE)
        self.assertEqual(npr.default_rng(4)._distinct_index_values(20000, 500)[:5], GEN_CHOICE_TAIL)
        weighted = npr.default_rng(4)
        self.assertEqual([weighted.choice(4, p=[0.1, 0.2, 0.3, 0.4]) for _ in range(8)], GEN_CHOICE_P)

    def test_errors(self):
        generator = npr.default_rng(0)
        for call, error, text in [
            (lambda: generator.integers(5, 5), ValueError, "low >= high"),
            (lambda: generator.integers(0), ValueError, "high <= 0"),
            (lambda: generator.choice(0), ValueError, "a must be a positive integer unless no samples are taken"),
            (lambda: generator.choice(5, 6, replace=False), ValueError,
             "Cannot take a larger sample than population when replace is False"),
            (lambda: generator.random(-1), ValueError, "negative dimensions are not allowed"),
            (lambda: npr.default_rng(-1), ValueError, "expected non-negative integer"),
            (lambda: npr.default_rng(1.5), TypeError, "SeedSequence expects int or sequence of ints for entropy not 1.5"),
        ]:
            with self.assertRaises(error) as raised:
                call()
            self.assertEqual(str(raised.exception), text)


if __name__ == "__main__":
    unittest.main()
