// W1-W5 of bench/workloads.mjs on the engine's C++ API, built natively (-O3 -march=native,
// portable kernels) or as WebAssembly, so the cost of WebAssembly itself shows next to the
// browser's numbers. Same seeded inputs as the JS workloads; prints one JSON row per line.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "autograd/backward.h"
#include "autograd/grad_mode.h"
#include "ops/ops.h"

using namespace gb;

namespace {

// mulberry32, as bench/workloads.mjs `random()`, so both see the same inputs.
struct Random {
  uint32_t s;
  double next() {
    s += 0x6d2b79f5u;
    uint32_t t = s;
    t = (t ^ (t >> 15)) * (t | 1u);
    t ^= t + (t ^ (t >> 7)) * (t | 61u);
    return double(t ^ (t >> 14)) / 4294967296.0;
  }
};

Tensor uniform(const Shape& shape, uint32_t seed, double lo = -1, double hi = 1) {
  Tensor t = empty(shape, DType::Float32);
  Random r{seed};
  for (int64_t i = 0; i < t.numel(); ++i) t.data<float>()[i] = float(lo + (hi - lo) * r.next());
  return t;
}

Tensor leaf(Tensor t) {
  t.impl()->requires_grad = true;
  return t;
}

// Median milliseconds per call, in batches of at least 5 ms after warm-up calls.
double time_median(const std::function<void()>& fn, int runs = 15) {
  using clock = std::chrono::steady_clock;
  auto ms = [](clock::time_point a, clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  for (int i = 0; i < 3; ++i) fn();
  auto t0 = clock::now();
  fn();
  const double once = ms(t0, clock::now());
  const int batch = once >= 5 ? 1 : int(std::ceil(5 / std::max(once, 0.001)));
  std::vector<double> times;
  for (int r = 0; r < runs; ++r) {
    t0 = clock::now();
    for (int i = 0; i < batch; ++i) fn();
    times.push_back(ms(t0, clock::now()) / batch);
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

// One JSON row; rate_name may be null (W3 reports milliseconds only).
void row(const char* workload, const std::string& size, double median_ms, const char* rate_name = nullptr,
         double rate = 0) {
  std::printf("{\"workload\":\"%s\",\"size\":%s,\"median_ms\":%.6g", workload, size.c_str(), median_ms);
  if (rate_name) std::printf(",\"%s\":%.6g", rate_name, rate);
  std::printf("}\n");
  std::fflush(stdout);
}

void w1(int64_t n) {
  Tensor a = uniform({n, n}, 1), b = uniform({n, n}, 2);
  const double ms = time_median([&] { mm(a, b); });
  row("W1", std::to_string(n), ms, "gflops", 2.0 * n * n * n / ms / 1e6);
}

void w2(int64_t n) {
  Tensor a = leaf(uniform({n, n}, 3)), b = leaf(uniform({n, n}, 4));
  const double ms = time_median([&] {
    a.impl()->grad = b.impl()->grad = Tensor{};
    backward({sum(mm(a, b))}, {}, false);
  }, 9);
  row("W2", std::to_string(n), ms, "gflops", 6.0 * n * n * n / ms / 1e6);
}

void w3() {
  const int64_t batch = 64;
  Tensor x = uniform({batch, 784}, 5, 0, 1);
  Tensor target = empty({batch}, DType::Int64);
  Random r{6};
  for (int64_t i = 0; i < batch; ++i) target.data<int64_t>()[i] = int64_t(r.next() * 10);
  const double k1 = 1.0 / 28, k2 = 1 / std::sqrt(128.0);
  std::vector<Tensor> params{leaf(uniform({128, 784}, 7, -k1, k1)), leaf(uniform({128}, 8, -k1, k1)),
                             leaf(uniform({10, 128}, 9, -k2, k2)), leaf(uniform({10}, 10, -k2, k2))};
  const SgdOptions sgd{0.1, 0, 0, 0, false, false};
  const double ms = time_median([&] {
    Tensor h = unary(Unary::Relu, addmm(params[1], x, t(params[0])));
    Tensor logits = addmm(params[3], h, t(params[2]));
    backward({nll_loss(log_softmax(logits, 1), target, Tensor{}, Reduction::Mean, -100)}, {}, false);
    GradModeGuard no_grad(false);
    for (Tensor& p : params) {
      sgd_step(p, p.impl()->grad, Tensor{}, sgd);
      p.impl()->grad = Tensor{};
    }
  }, 21);
  row("W3", "64", ms);
}

// 1,000 one-element ops cycling through mul, add and tanh over ten leaves, as scalarProgram()
// in bench/workloads.mjs, then the backward pass.
void w4() {
  const int ops = 1000;
  Random r{11};
  std::vector<double> values(10);
  for (double& v : values) v = r.next() - 0.5;
  const double ms = time_median([&] {
    std::vector<Tensor> leaves;
    for (double v : values) leaves.push_back(leaf(full({}, v, DType::Float32)));
    Tensor y = leaves[0];
    for (int i = 0; i < ops; ++i) {
      const Tensor& other = leaves[size_t(1 + (i / 3) % 9)];
      y = i % 3 == 0 ? mul(y, other) : i % 3 == 1 ? add(y, other) : unary(Unary::Tanh, y);
    }
    backward({y}, {}, false);
  }, 21);
  row("W4", std::to_string(ops), ms, "us_per_op", ms * 1000 / ops);
}

void w5() {
  const int64_t n = 1'000'000;
  Tensor x = uniform({n}, 12, -2, 2);
  Tensor a = leaf(full({}, 0.75, DType::Float32)), b = leaf(full({}, -0.25, DType::Float32));
  const double ms = time_median([&] {
    a.impl()->grad = b.impl()->grad = Tensor{};
    backward({sum(unary(Unary::Tanh, add(mul(x, a), b)))}, {}, false);
  }, 11);
  row("W5", "1000000", ms, "ns_per_element", ms * 1e6 / double(n));
}

}  // namespace

int main() {
  for (int64_t n : {64, 128, 256, 512}) w1(n);
  for (int64_t n : {128, 256, 512}) w2(n);
  w3();
  w4();
  w5();
}
