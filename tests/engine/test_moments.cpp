// var, std and norm.
#include <cmath>

#include "helpers.h"

using namespace gb;
using namespace gb::test;

TEST_CASE("var and std with Bessel's correction by default, or any correction") {
  Tensor x = vec({1, 2, 4});
  CHECK(values(var(x, {}, 1, false))[0] == doctest::Approx(7.0 / 3));
  CHECK(values(var(x, {}, 0, false))[0] == doctest::Approx(14.0 / 9));
  Tensor m = make({1, -2, 3, 4}, {2, 2});
  CHECK(values(stddev(m, {0}, 1, false)) == std::vector<double>{std::sqrt(2.0f), std::sqrt(18.0f)});
  CHECK(stddev(m, {1}, 1, true).shape() == Shape{2, 1});
  CHECK(std::isnan(values(stddev(vec({1}), {}, 1, false))[0]));
  CHECK_THROWS_WITH(var(make({1, 2}, {2}, DType::Int64), {}, 1, false),
                    "std and var only support floating point and complex dtypes");
}

TEST_CASE("norm: p = 2 by default, 1, inf, -inf and 0") {
  Tensor m = make({1, -2, 3, 4}, {2, 2});
  CHECK(values(norm(m, 2, {}, false))[0] == doctest::Approx(std::sqrt(30.0)));
  CHECK(values(norm(m, 1, {1}, false)) == std::vector<double>{3, 7});
  CHECK(values(norm(m, INFINITY, {}, false)) == std::vector<double>{4});
  CHECK(values(norm(m, -INFINITY, {}, false)) == std::vector<double>{1});
  CHECK(values(norm(m, 0, {}, false)) == std::vector<double>{4});
  CHECK(values(norm(m, 3, {}, false))[0] == doctest::Approx(std::cbrt(100.0)).epsilon(1e-6));
  CHECK_THROWS_WITH(norm(make({1}, {1}, DType::Int64), 2, {}, false),
                    "norm(): input dtype should be either floating point or complex. Got Long instead.");
}

TEST_CASE("node names and the gradient at zero") {
  Tensor x = vec({0, 0}, true);
  Tensor n = norm(x, 2, {}, false);
  CHECK(n.grad_fn()->name() == "NormBackward1");
  backward({n}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{0, 0});
  CHECK(var(vec({1, 2}, true), {}, 1, false).grad_fn()->name() == "VarBackward0");
  CHECK(stddev(vec({1, 2}, true), {}, 1, false).grad_fn()->name() == "StdBackward0");
}

TEST_CASE("the inf-norm shares its gradient among ties") {
  Tensor x = vec({3, -4, 4}, true);
  backward({norm(x, INFINITY, {}, false)}, {}, false);
  CHECK(values(grad_of(x)) == std::vector<double>{0, -0.5, 0.5});
}

TEST_CASE("var, std and norm gradients agree with finite differences") {
  auto a = f64({0.5, -1.5, 2.0, 1.0, 0.25, -3.0}, {2, 3});
  check_gradients([](auto& in) { return var(in[0], {}, 1, false); }, {a});
  check_gradients([](auto& in) { return var(in[0], {1}, 0, true); }, {a});
  check_gradients([](auto& in) { return stddev(in[0], {0}, 1, false); }, {a});
  check_gradients([](auto& in) { return stddev(in[0], {}, 0, false); }, {a});
  for (double p : {1.0, 2.0, 3.0, 1.5, 0.5, double(INFINITY)}) {
    INFO("p = ", p);
    check_gradients([p](auto& in) { return norm(in[0], p, {}, false); }, {a});
    check_gradients([p](auto& in) { return norm(in[0], p, {1}, true); }, {a});
  }
}

TEST_CASE("var with one result sums the squared deviations in order, as PyTorch's all-reduce does") {
  Tensor x = f64({0.462, -1.37, -1.94, 0.114, -1.762, -1.239, -1.032, -1.88, -0.144}, {9});
  CHECK(values(var(x, {}, 1, false))[0] == 0x1.a28f8ca0a4af5p-1);  // a pairwise sum gives ...af4p-1
}

TEST_CASE("var along a dim uses Welford's one-pass update, m2 rounded once per step as PyTorch's kernel does") {
  Tensor x = f64({-0.19, 0.239, 1.697, -0.137, 0.031, 0.35, -1.261, 0.048, 0.52, 1.172}, {2, 5});
  CHECK(values(var(x, {1}, 1, false)) == std::vector<double>{0x1.3a38327674d18p-1, 0x1.9c58d3d6ac499p-1});
  // Two passes (mean, then squared deviations) give 0x1.3a38327674d17p-1 for the first row.
}

TEST_CASE("the 2-norm of a dense run fuses each square into one of 8 float lanes, as PyTorch's vectorised kernel does") {
  Tensor x = vec({1.45, 0.78, -0.96, -0.53, -1.33, 1.09, 0.13, 1.12, -0.68, -1.11, 1.25, 1.94, 1.41, 1.22, 1.27, 0.96});
  CHECK(values(norm(x, 2, {}, false))[0] == 4.60144567489624);  // sqrt(sum(x * x)) gives 4.601445198059082
}

TEST_CASE("the 2-norm across rows is one running sum of fused squares per result, as PyTorch's kernel does") {
  Tensor x = make({-1.66, 0.64, 1.64, 1.13, 1.0, -0.09, -1.29, 1.16, -0.67, 1.2, 1.89, -0.42}, {6, 2});
  CHECK(values(norm(x, 2, {0}, false)) == std::vector<double>{3.4828579425811768, 2.1579158306121826});
}

TEST_CASE("a float64 2-norm is one running sum of fused squares even over a dense run, as in PyTorch") {
  Tensor x = f64({0.49, 0.97, 1.18, 1.77, 0.96, 1.69, -1.88, -0.14}, {8});
  CHECK(values(norm(x, 2, {}, false))[0] == 3.6108170820466663);  // four fused lanes give 3.610817082046666
}

TEST_CASE("the 1-norm adds the magnitudes in order in the input's dtype, as PyTorch's kernel does") {
  Tensor x = vec({-1.09, 0.07, -0.58, -1.88, -1.89, -0.88, -0.96, 0.77, 1.83, -0.21, 1.75, 1.95});
  CHECK(values(norm(x, 1, {}, false))[0] == 13.859999656677246);  // sum(abs(x)) gives 13.860000610351562
}

TEST_CASE("var_mean and std_mean take var and the mean from one Welford pass, even over all elements") {
  Tensor x = f64({-1.126, -1.785, -0.117, -0.391, -1.931, 0.845, 0.535, -0.842, -1.021}, {9});
  auto [v, m] = var_mean(x, {}, 1, false);
  CHECK(values(v)[0] == 0x1.d4859c1545236p-1);  // var alone sums twice: 0x1.d4859c1545238p-1
  CHECK(values(m)[0] == -0x1.4bd53834cafacp-1);  // torch.mean: -0x1.4bd53834cafabp-1
  Tensor rows = make({1.146, 1.082, -0.784, -2.085, 2.637, 1.495}, {2, 3});
  auto [s, row_means] = std_mean(rows, {1}, 1, true);
  CHECK(s.shape() == Shape{2, 1});
  CHECK(values(s) == std::vector<double>{0x1.18a5acp+0, 0x1.3b595ap+1});
  CHECK(values(row_means) == std::vector<double>{0x1.ece2a6p-2, 0x1.5d5accp-1});  // mean(1): ...aap-2, ...cap-1
}

TEST_CASE("var_mean and std_mean: any correction, nan for an empty input, floating dtypes only") {
  Tensor x = make({1, 2, 4, 3, 5, 9}, {2, 3});
  auto [v, m] = var_mean(x, {}, 2, false);
  CHECK(values(v) == std::vector<double>{10});
  CHECK(values(m) == std::vector<double>{4});
  auto [s0, m0] = std_mean(empty({0}, DType::Float32), {}, 1, false);
  CHECK(std::isnan(values(s0)[0]));
  CHECK(std::isnan(values(m0)[0]));
  auto [s1, m1] = std_mean(empty({0, 3}, DType::Float32), {1}, 1, false);
  CHECK(s1.shape() == Shape{0});
  CHECK(m1.shape() == Shape{0});
  CHECK_THROWS_WITH(std_mean(make({1, 2}, {2}, DType::Int64), {}, 1, false),
                    "std_mean only support floating point and complex dtypes");
  CHECK_THROWS_WITH(var_mean(make({1, 2}, {2}, DType::Int64), {}, 1, false),
                    "var_mean only support floating point and complex dtypes");
}

TEST_CASE("var_mean and std_mean: one node for both outputs, whose gradient adds both parts") {
  Tensor y = f64({0.5, -1.5, 2.0, 1.0, 0.25, -3.0}, {2, 3});
  y.impl()->requires_grad = true;
  auto [v, m] = var_mean(y, {1}, 1, true);
  CHECK(name_of(v) == "VarMeanBackward0");
  CHECK(v.grad_fn() == m.grad_fn());
  CHECK(name_of(std_mean(y, {}, 0, false).first) == "StdMeanBackward0");
  auto a = f64({0.5, -1.5, 2.0, 1.0, 0.25, -3.0}, {2, 3});
  for (bool take_sqrt : {false, true}) {
    INFO("std: ", take_sqrt);
    auto both = [take_sqrt](const Tensor& t, std::vector<int64_t> dims, double correction, bool keepdim) {
      return take_sqrt ? std_mean(t, dims, correction, keepdim) : var_mean(t, dims, correction, keepdim);
    };
    check_gradients([both](auto& in) { auto [s, c] = both(in[0], {1}, 1, false); return add(mul(s, s), mul(c, c)); }, {a});
    check_gradients([both](auto& in) { auto [s, c] = both(in[0], {}, 0, false); return mul(s, c); }, {a});
    check_gradients([both](auto& in) { return both(in[0], {0}, 1, true).first; }, {a});
    check_gradients([both](auto& in) { return both(in[0], {0, 1}, 1, true).second; }, {a});
  }
}
