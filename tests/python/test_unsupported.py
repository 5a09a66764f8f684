"""What a program meets when it reaches past what Gradbook supports: PyTorch names we lack raise
NotImplementedError with a clear message; names PyTorch lacks too keep its AttributeError."""
import contextlib
import importlib
import traceback
import unittest

import torch


class ErrorTestCase(unittest.TestCase):
    @contextlib.contextmanager
    def assertRaisesExactly(self, error, message):
        """The code raises ``error`` with exactly ``message``, and a traceback names it so."""
        with self.assertRaises(error) as caught:
            yield
        self.assertEqual(type(caught.exception).__name__, error.__name__)
        self.assertEqual(str(caught.exception), message)


class TorchFunctionsWeLack(ErrorTestCase):
    def test_a_torch_function(self):
        with self.assertRaisesExactly(NotImplementedError, "torch.lgamma is not supported yet"):
            torch.lgamma(torch.ones(3))

    def test_a_submodule_function_reached_as_an_attribute(self):
        with self.assertRaisesExactly(NotImplementedError, "torch.fft.fft is not supported yet"):
            torch.fft.fft(torch.ones(4))

    def test_a_submodule_function_after_importing_the_submodule(self):
        linalg = importlib.import_module("torch.linalg")
        with self.assertRaisesExactly(NotImplementedError, "torch.linalg.ldl_factor is not supported yet"):
            linalg.ldl_factor(torch.eye(2))

    def test_a_submodule_function_imported_by_name(self):
        with self.assertRaisesExactly(NotImplementedError, "torch.special.expit is not supported yet"):
            from torch.special import expit  # noqa: F401


class NnOptimAndDataNamesWeLack(ErrorTestCase):
    def test_an_nn_layer(self):
        with self.assertRaisesExactly(NotImplementedError, "torch.nn.Conv3d is not supported yet"):
            torch.nn.Conv3d(1, 1, 3)

    def test_an_nn_functional_function(self):
        functional = importlib.import_module("torch.nn.functional")
        with self.assertRaisesExactly(NotImplementedError, "torch.nn.functional.ctc_loss is not supported yet"):
            functional.ctc_loss(torch.ones(2), torch.ones(2), [1], [1])

    def test_an_nn_layer_imported_by_name(self):
        with self.assertRaisesExactly(NotImplementedError, "torch.nn.TransformerEncoderLayer is not supported yet"):
            from torch.nn import TransformerEncoderLayer  # noqa: F401

    def test_an_optimizer(self):
        with self.assertRaisesExactly(NotImplementedError, "torch.optim.LBFGS is not supported yet"):
            torch.optim.LBFGS  # noqa: B018

    def test_a_learning_rate_scheduler(self):
        with self.assertRaisesExactly(NotImplementedError,
                                      "torch.optim.lr_scheduler.CosineAnnealingLR is not supported yet"):
            torch.optim.lr_scheduler.CosineAnnealingLR  # noqa: B018

    def test_a_data_class(self):
        with self.assertRaisesExactly(NotImplementedError, "torch.utils.data.IterableDataset is not supported yet"):
            torch.utils.data.IterableDataset  # noqa: B018

    def test_a_name_nn_does_not_have_either(self):
        with self.assertRaisesExactly(AttributeError, "module 'torch.nn' has no attribute 'Conv3x3'"):
            torch.nn.Conv3x3  # noqa: B018


class EveryPublicModuleOfPyTorchIsKnown(ErrorTestCase):
    def test_a_nested_module_after_importing_it(self):
        normal = importlib.import_module("torch.distributions.normal")
        with self.assertRaisesExactly(NotImplementedError, "torch.distributions.normal.Normal is not supported yet"):
            normal.Normal(0, 1)

    def test_a_module_name_imported_by_name(self):
        with self.assertRaisesExactly(NotImplementedError, "torch.distributions.Categorical is not supported yet"):
            from torch.distributions import Categorical  # noqa: F401

    def test_a_nested_module_name_imported_by_name(self):
        with self.assertRaisesExactly(NotImplementedError, "torch.nn.utils.parametrize.register_parametrization is not supported yet"):
            from torch.nn.utils.parametrize import register_parametrization  # noqa: F401

    def test_a_nested_module_reached_as_an_attribute(self):
        with self.assertRaisesExactly(NotImplementedError,
                                      "torch.autograd.forward_ad.make_dual is not supported yet"):
            torch.autograd.forward_ad.make_dual  # noqa: B018

    def test_a_function_of_a_supported_module(self):
        with self.assertRaisesExactly(NotImplementedError, "torch.autograd.gradcheck is not supported yet"):
            torch.autograd.gradcheck  # noqa: B018

    def test_a_name_the_module_does_not_have_either(self):
        with self.assertRaisesExactly(AttributeError, "module 'torch.linalg' has no attribute 'nosuch'"):
            torch.linalg.nosuch  # noqa: B018

    def test_a_module_pytorch_does_not_have(self):
        with self.assertRaisesExactly(ModuleNotFoundError, "No module named 'torch.nosuch'"):
            importlib.import_module("torch.nosuch")


class TensorMethodsWeLack(ErrorTestCase):
    def test_raise_not_implemented_error(self):
        with self.assertRaisesExactly(NotImplementedError, "Tensor.digamma is not supported yet"):
            torch.ones(2).digamma()

    def test_raise_an_error_without_a_chained_one(self):
        try:  # not assertRaises, which drops the traceback
            torch.ones(2).lgamma()
        except NotImplementedError as error:
            text = "".join(traceback.format_exception(error))
        else:
            self.fail("NotImplementedError not raised")
        self.assertTrue(text.endswith("\nNotImplementedError: Tensor.lgamma is not supported yet\n"), text)
        self.assertNotIn("During handling of the above exception", text)

    def test_are_absent_to_hasattr(self):
        self.assertFalse(hasattr(torch.ones(1), "digamma"))

    def test_are_absent_to_getattr_with_a_default(self):
        self.assertIsNone(getattr(torch.ones(1), "lgamma", None))


class NamesPyTorchDoesNotHaveEither(ErrorTestCase):
    def test_a_torch_name_raises_attribute_error(self):
        with self.assertRaisesExactly(AttributeError, "module 'torch' has no attribute 'tensr'"):
            torch.tensr([1])

    def test_a_tensor_method_raises_attribute_error(self):
        with self.assertRaisesExactly(AttributeError, "'Tensor' object has no attribute 'sizee'"):
            torch.ones(1).sizee()


class SignAndAbsoluteInPlace(ErrorTestCase):
    """sign_ and absolute_ are Tensor methods only, as in PyTorch."""

    def test_torch_sign__is_not_a_function(self):
        with self.assertRaisesExactly(AttributeError, "module 'torch' has no attribute 'sign_'"):
            torch.sign_(torch.ones(1))

    def test_torch_absolute__is_not_a_function(self):
        with self.assertRaisesExactly(AttributeError, "module 'torch' has no attribute 'absolute_'"):
            torch.absolute_  # noqa: B018

    def test_tensor_sign__writes_the_sign(self):
        t = torch.tensor([-2.0])
        self.assertIs(t.sign_(), t)
        self.assertEqual(t.tolist(), [-1.0])

    def test_tensor_absolute__writes_the_absolute_value(self):
        t = torch.tensor([-2.0])
        self.assertIs(t.absolute_(), t)
        self.assertEqual(t.tolist(), [2.0])


class TensorOfATensor(unittest.TestCase):
    def test_warns_as_pytorch_does(self):
        with self.assertWarnsRegex(UserWarning, r"^To copy construct from a tensor, it is recommended to use "
                                                r"sourceTensor\.clone\(\)\.detach\(\)"):
            torch.tensor(torch.ones(2))


if __name__ == "__main__":
    unittest.main()
