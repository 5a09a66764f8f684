// Draws random programs over the engine's public ops (ops/ops.h). Shapes are small (a few dozen
// elements at most) and often awkward: 0-size dims, 0-dim tensors, pairs that broadcast, views that
// are not contiguous. Dims and sizes are now and then out of range, so error paths run too.
//
// In Mode::Gradient the program has to be one whose finite differences mean something, so it keeps
// to what PyTorch itself can differentiate honestly:
// - singular ops (log, sqrt, division, pow, ...) read their operand through pos(x) = x·x + 0.5 (+ 1
//   for integers) or squash(x) = 0.9·tanh(x), which keep it inside the op's smooth domain, and std
//   reads jitter(x);
// - scatter, index_put_ and indexed assignment write through distinct positions: with repeated
//   positions PyTorch keeps the last write but hands the gradient to every one of them;
// - clamp has one bound: where min > max PyTorch's result is max but neither bound gets a gradient;
// - no float32 results (their rounding swamps a difference quotient).
#include "random_program.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "helpers.h"
#include "tensor/error.h"

namespace gb::fuzz {
namespace {

using test::make;
using test::num;
using Get = std::function<Tensor(const Values&)>;
using Run = std::function<std::vector<Tensor>(const Values&)>;

// An operand as the program sees it: how to print it and how to produce it from the values so far.
struct Arg {
  std::string text;
  Get get;
};

struct Call {
  std::string text;
  Run run;
};

std::string list_text(const std::vector<int64_t>& v) { return shape_str(Shape(v)); }

const std::vector<DType> all_dtypes = {DType::Bool, DType::UInt8, DType::Int32, DType::Int64, DType::Float32,
                                       DType::Float64};

class Drawer {
 public:
  Drawer(uint64_t seed, Mode mode) : rng_(seed) { program_.mode = mode; }

  Program draw() {
    int64_t inputs = rng_.between(1, 3);
    Shape base = shape();
    for (int64_t k = 0; k < inputs; ++k) {
      Shape s = k == 0 || rng_.chance(0.3) ? base : rng_.chance(0.5) ? broadcastable_to(base) : shape();
      DType dtype = gradient() ? DType::Float64 : rng_.pick(all_dtypes);
      Tensor x = make(draw_values(numel(s), dtype), s, dtype);
      program_.inputs.push_back(x);
      values_.push_back(x);
    }
    for (auto t : program_.inputs) t.impl()->requires_grad = is_floating(t.dtype());
    int64_t steps = rng_.between(1, 8);
    for (int64_t k = 0; k < steps; ++k) try_call(draw_call());
    return std::move(program_);
  }

 private:
  bool gradient() const { return program_.mode == Mode::Gradient; }

  // ---- sizes, shapes, dims
  int64_t size() {
    double u = rng_.uniform(0, 1);
    return u < 0.05 ? 0 : u < 0.3 ? 1 : u < 0.6 ? 2 : u < 0.85 ? 3 : 4;
  }
  Shape shape() {
    static const std::vector<int64_t> ranks = {0, 1, 1, 2, 2, 2, 3, 3, 4};
    Shape s(size_t(rng_.pick(ranks)));
    for (auto& d : s) d = size();
    while (numel(s) > 48) *std::max_element(s.begin(), s.end()) -= 1;
    return s;
  }
  // A shape that broadcasts against s: some leading dims dropped, some dims 1.
  Shape broadcastable_to(const Shape& s) {
    int64_t drop = rng_.below(int64_t(s.size()) + 1);
    Shape out(s.begin() + drop, s.end());
    for (auto& d : out)
      if (rng_.chance(0.3)) d = 1;
    if (rng_.chance(0.1)) out.insert(out.begin(), 1);
    return out;
  }
  int64_t dim(int64_t rank) {
    if (rng_.chance(0.03)) return rng_.chance(0.5) ? std::max<int64_t>(rank, 1) : -std::max<int64_t>(rank, 1) - 1;
    int64_t r = std::max<int64_t>(rank, 1);
    int64_t d = rng_.below(r);
    return rng_.chance(0.3) ? d - r : d;
  }
  std::vector<int64_t> dims(int64_t rank) {
    std::vector<int64_t> out;
    for (int64_t d = 0; d < rank; ++d)
      if (rng_.chance(0.4)) out.push_back(rng_.chance(0.3) ? d - rank : d);
    std::reverse(out.begin(), out.end());
    if (rng_.chance(0.03)) out.push_back(dim(rank));
    return out;
  }
  std::vector<int64_t> permutation(int64_t n) {
    std::vector<int64_t> p(static_cast<size_t>(n));
    std::iota(p.begin(), p.end(), 0);
    for (int64_t i = n - 1; i > 0; --i) std::swap(p[size_t(i)], p[size_t(rng_.below(i + 1))]);
    return p;
  }

  // ---- values
  std::vector<double> draw_values(int64_t n, DType dtype) {
    std::vector<double> v(static_cast<size_t>(n));
    for (double& x : v) {
      bool odd = !gradient() && rng_.chance(0.04);  // the ends of a type's range
      switch (dtype) {
        case DType::Bool: x = double(rng_.below(2)); break;
        case DType::UInt8: x = odd ? 255 : double(rng_.between(0, 6)); break;
        case DType::Int32: x = odd ? rng_.pick(std::vector<double>{-2147483648.0, 2147483647.0}) : double(rng_.between(-3, 5)); break;
        case DType::Int64: x = odd ? rng_.pick(std::vector<double>{-0x1p63, 0x1p62}) : double(rng_.between(-3, 5)); break;
        default:
          x = odd ? rng_.pick(std::vector<double>{0.0, -0.0, 1e30, -1e30, INFINITY, -INFINITY, NAN})
                  : rng_.uniform(-2, 2);
      }
    }
    return v;
  }
  DType constant_dtype() {
    if (!gradient()) return rng_.pick(all_dtypes);
    return rng_.pick(std::vector<DType>{DType::Float64, DType::Float64, DType::Float64, DType::Int64, DType::Bool,
                                        DType::Int32, DType::UInt8});
  }

  // ---- operands
  Arg value(size_t i) {
    return {"v" + std::to_string(i), [i](const Values& v) { return v[i]; }};
  }
  Tensor now(const Arg& a) { return a.get(values_); }
  size_t any_index() { return size_t(rng_.below(int64_t(values_.size()))); }
  // Mostly a floating value (float64 in gradient mode), the kind most ops are about.
  size_t float_index() {
    std::vector<size_t> floats;
    for (size_t i = 0; i < values_.size(); ++i)
      if (gradient() ? values_[i].dtype() == DType::Float64 : is_floating(values_[i].dtype())) floats.push_back(i);
    return floats.empty() || rng_.chance(0.1) ? any_index() : rng_.pick(floats);
  }
  Arg constant(const Shape& s, DType dtype) {
    std::vector<double> v = draw_values(numel(s), dtype);
    return {cat("const(", dtype_name(dtype), shape_str(s), ")"), [v, s, dtype](const Values&) { return make(v, s, dtype); }};
  }
  // A Python number: float, int or bool.
  Arg scalar() {
    double u = rng_.uniform(0, 1);
    if (u < 0.5) {
      double v = std::round(rng_.uniform(-2, 2) * 4) / 4;
      return {cat(v, v == std::round(v) ? ".0" : ""), [v](const Values&) { return num(v); }};
    }
    if (u < 0.9) {
      double v = double(rng_.between(-2, 3));
      return {cat(int64_t(v)), [v](const Values&) { return num(v, DType::Int64); }};
    }
    bool b = rng_.chance(0.5);
    return {b ? "True" : "False", [b](const Values&) { return num(b, DType::Bool); }};
  }
  // A second operand for a: an earlier value that broadcasts with it, a constant that does, or a number.
  Arg partner(const Tensor& a) {
    double u = rng_.uniform(0, 1);
    if (u < 0.45) {
      std::vector<size_t> fits;
      for (size_t i = 0; i < values_.size(); ++i) {
        try {
          broadcast_shapes(a.shape(), values_[i].shape());
          fits.push_back(i);
        } catch (const Error&) {
        }
      }
      if (!fits.empty()) return value(rng_.pick(fits));
    }
    if (u < 0.75) return constant(broadcastable_to(a.shape()), constant_dtype());
    return scalar();
  }
  // pos(x) = x·x + 0.5 and squash(x) = 0.9·tanh(x) keep a floating operand of a singular op where
  // it is smooth (gradient mode only).
  // An integer or bool operand becomes x·x + 1.
  Arg positive(Arg a) {
    if (!gradient()) return a;
    bool floating = is_floating(now(a).dtype());
    return {"pos(" + a.text + ")", [get = a.get, floating](const Values& v) {
              Tensor x = get(v);
              return add(mul(x, x), floating ? num(0.5) : num(1, DType::Int64));
            }};
  }
  Arg squash(Arg a) {
    if (!gradient() || !is_floating(now(a).dtype())) return a;
    return {"squash(" + a.text + ")", [get = a.get](const Values& v) { return mul(tanh_of(get(v)), num(0.9)); }};
  }
  // jitter(x) = x + a fixed noise: no two elements equal (the spread of equal values, std = 0,
  // has no derivative; PyTorch's is nan).
  Arg jitter(Arg a) {
    if (!gradient() || !is_floating(now(a).dtype())) return a;
    Shape s = now(a).shape();
    std::vector<double> noise(static_cast<size_t>(numel(s)));
    for (double& n : noise) n = rng_.uniform(-1, 1);
    return {"jitter(" + a.text + ")", [get = a.get, noise, s](const Values& v) {
              return add(get(v), make(noise, s, DType::Float64));
            }};
  }
  static Tensor tanh_of(const Tensor& x) { return unary(Unary::Tanh, x); }
  // An int64 index tensor of `s` with entries in [-size, size), now and then one out of range.
  Arg indices(const Shape& s, int64_t size) {
    std::vector<double> v(size_t(numel(s)));
    for (double& x : v) x = double(size > 0 ? rng_.between(-size, size - 1) : 0);
    if (!v.empty() && rng_.chance(0.03)) v[0] = double(size);
    return {cat("index", shape_str(s)), [v, s](const Values&) { return make(v, s, DType::Int64); }};
  }
  // Distinct positions in [0, size), n of them (n <= size).
  Arg distinct_indices(int64_t n, int64_t size) {
    std::vector<int64_t> p = permutation(size);
    std::vector<double> v(p.begin(), p.begin() + std::min(n, size));
    Shape s{int64_t(v.size())};
    return {cat("distinct", shape_str(s)), [v, s](const Values&) { return make(v, s, DType::Int64); }};
  }
  Arg mask(const Shape& s) { return constant(s, DType::Bool); }
  static Arg none() { return {"None", [](const Values&) { return Tensor{}; }}; }

  // ---- calls
  static Call one(std::string text, Get f) {
    return {std::move(text), [f = std::move(f)](const Values& v) { return std::vector<Tensor>{f(v)}; }};
  }
  template <class... Args>
  static std::string call_text(std::string_view name, const Args&... parts) {
    return cat(name, "(", parts..., ")");
  }

  Call draw_call() {
    switch (rng_.below(13)) {
      case 0: case 1: return unary_call();
      case 2: case 3: return binary_call();
      case 4: return compare_call();
      case 5: case 6: return reduction_call();
      case 7: case 8: return view_call();
      case 9: return joining_call();
      case 10: return indexing_call();
      case 11: return product_call();
      default: return loss_call();
    }
  }

  Call unary_call() {
    Arg x = value(float_index());
    auto op = Unary(rng_.below(int64_t(Unary::Count)));
    switch (op) {
      case Unary::Log: case Unary::Log2: case Unary::Log10: case Unary::Log1p: case Unary::Sqrt: case Unary::Rsqrt:
      case Unary::Reciprocal:
        x = positive(x);
        break;
      case Unary::Asin: case Unary::Acos: case Unary::Tan: x = squash(x); break;
      default: break;
    }
    std::string name(unary_name(op));
    double u = rng_.uniform(0, 1);
    if (u < 0.15) return one(call_text(name + "_", x.text), [x, op](const Values& v) { return unary_(op, x.get(v)); });
    if (u < 0.2) {
      // Steps 10^-decimals apart: finite differences (h = 1e-6) straddle one too often past 0.
      int64_t decimals = rng_.between(-1, gradient() ? 0 : 3);
      return one(call_text("round", x.text, ", decimals=", decimals),
                 [x, decimals](const Values& v) { return round(x.get(v), decimals); });
    }
    if (u < 0.3) {
      double slope = rng_.pick(std::vector<double>{0.01, 0.2, -1.5});
      return one(call_text("leaky_relu", x.text, ", ", slope),
                 [x, slope](const Values& v) { return leaky_relu(x.get(v), slope); });
    }
    return one(call_text(name, x.text), [x, op](const Values& v) { return unary(op, x.get(v)); });
  }

  Call binary_call() {
    Arg a = value(float_index());
    Arg b = partner(now(a));
    double alpha = rng_.pick(std::vector<double>{1, 1, 2, -0.5, 0});
    bool alpha_is_float = alpha != std::round(alpha) || rng_.chance(0.3);
    switch (rng_.below(18)) {
      case 0: return one(call_text("add", a.text, ", ", b.text, ", alpha=", alpha), [=](const Values& v) { return add(a.get(v), b.get(v), alpha, alpha_is_float); });
      case 1: return one(call_text("sub", a.text, ", ", b.text, ", alpha=", alpha), [=](const Values& v) { return sub(a.get(v), b.get(v), alpha, alpha_is_float); });
      case 2: return one(call_text("rsub", a.text, ", ", b.text, ", alpha=", alpha), [=](const Values& v) { return rsub(a.get(v), b.get(v), alpha, alpha_is_float); });
      case 3: return one(call_text("mul", a.text, ", ", b.text), [=](const Values& v) { return mul(a.get(v), b.get(v)); });
      case 4: {
        auto mode = RoundingMode(rng_.below(3));
        Arg d = positive(b);
        return one(call_text("div", a.text, ", ", d.text, ", mode=", int(mode)), [=](const Values& v) { return div(a.get(v), d.get(v), mode); });
      }
      case 5: { Arg d = positive(b); return one(call_text("floor_divide", a.text, ", ", d.text), [=](const Values& v) { return floor_divide(a.get(v), d.get(v)); }); }
      case 6: { Arg d = positive(b); return one(call_text("remainder", a.text, ", ", d.text), [=](const Values& v) { return remainder(a.get(v), d.get(v)); }); }
      case 7: { Arg d = positive(b); return one(call_text("fmod", a.text, ", ", d.text), [=](const Values& v) { return fmod(a.get(v), d.get(v)); }); }
      case 8: { Arg base = positive(a); return one(call_text("pow", base.text, ", ", b.text), [=](const Values& v) { return pow(base.get(v), b.get(v)); }); }
      case 9: {
        double e = rng_.pick(std::vector<double>{0, 1, 2, 3, -1, 0.5, -2.5});
        Arg base = e == std::round(e) && e >= 0 ? a : positive(a);
        return one(call_text("pow", base.text, ", ", e), [=](const Values& v) { return pow(base.get(v), e); });
      }
      case 10: return one(call_text("maximum", a.text, ", ", b.text), [=](const Values& v) { return maximum(a.get(v), b.get(v)); });
      case 11: return one(call_text("minimum", a.text, ", ", b.text), [=](const Values& v) { return minimum(a.get(v), b.get(v)); });
      case 12: return one(call_text("add_", a.text, ", ", b.text, ", alpha=", alpha), [=](const Values& v) { return add_(a.get(v), b.get(v), alpha, alpha_is_float); });
      case 13: return one(call_text("mul_", a.text, ", ", b.text), [=](const Values& v) { return mul_(a.get(v), b.get(v)); });
      case 14: { Arg d = positive(b); return one(call_text("div_", a.text, ", ", d.text), [=](const Values& v) { return div_(a.get(v), d.get(v)); }); }
      case 15: {
        Arg lo = rng_.chance(0.3) ? none() : partner(now(a));
        // Where min > max, PyTorch gives neither bound a gradient (the result is max), so in
        // gradient mode there is one bound only.
        Arg hi = rng_.chance(0.3) || (gradient() && lo.text != "None") ? none() : partner(now(a));
        bool in_place = rng_.chance(0.2);
        return one(call_text(in_place ? "clamp_" : "clamp", a.text, ", ", lo.text, ", ", hi.text), [=](const Values& v) {
          return in_place ? clamp_(a.get(v), lo.get(v), hi.get(v)) : clamp(a.get(v), lo.get(v), hi.get(v));
        });
      }
      case 16: {
        Arg c = mask(broadcastable_to(now(a).shape()));
        return one(call_text("where", c.text, ", ", a.text, ", ", b.text), [=](const Values& v) { return where(c.get(v), a.get(v), b.get(v)); });
      }
      default: {
        Arg src = partner(now(a));
        return one(call_text("copy_", a.text, ", ", src.text), [=](const Values& v) {
          copy_(a.get(v), src.get(v));
          return a.get(v);
        });
      }
    }
  }

  // Comparisons and logic give bool tensors; they feed masks and where() later on.
  Call compare_call() {
    Arg a = value(any_index());
    Arg b = partner(now(a));
    using Binary = Tensor (*)(const Tensor&, const Tensor&);
    static const std::vector<std::pair<const char*, Binary>> binaries = {
        {"eq", eq}, {"ne", ne}, {"lt", lt}, {"le", le}, {"gt", gt}, {"ge", ge},
        {"logical_and", logical_and}, {"logical_or", logical_or}, {"logical_xor", logical_xor},
        {"bitwise_and", bitwise_and}, {"bitwise_or", bitwise_or}, {"bitwise_xor", bitwise_xor}};
    using UnaryFn = Tensor (*)(const Tensor&);
    static const std::vector<std::pair<const char*, UnaryFn>> unaries = {
        {"logical_not", logical_not}, {"bitwise_not", bitwise_not}, {"isnan", isnan}, {"isinf", isinf},
        {"isfinite", isfinite}, {"nonzero", nonzero}};
    double u = rng_.uniform(0, 1);
    if (u < 0.6) {
      auto [name, f] = rng_.pick(binaries);
      return one(call_text(name, a.text, ", ", b.text), [=, f = f](const Values& v) { return f(a.get(v), b.get(v)); });
    }
    if (u < 0.9) {
      auto [name, f] = rng_.pick(unaries);
      return one(call_text(name, a.text), [=, f = f](const Values& v) { return f(a.get(v)); });
    }
    bool equal_nan = rng_.chance(0.5);
    return one(call_text("isclose", a.text, ", ", b.text), [=](const Values& v) {
      (void)equal(a.get(v), b.get(v));
      return isclose(a.get(v), b.get(v), 1e-5, 1e-8, equal_nan);
    });
  }

  Call reduction_call() {
    Arg x = value(float_index());
    Tensor t = now(x);
    int64_t d = dim(t.dim());
    std::vector<int64_t> ds = dims(t.dim());
    bool keepdim = rng_.chance(0.5);
    std::string ds_text = list_text(ds);
    std::optional<DType> dtype;
    if (rng_.chance(0.2)) dtype = gradient() ? DType::Float64 : rng_.pick(all_dtypes);
    std::string args = cat(x.text, ", dims=", ds_text, ", keepdim=", keepdim);
    switch (rng_.below(19)) {
      case 0: return one(call_text("sum", x.text), [=](const Values& v) { return sum(x.get(v), dtype); });
      case 1: return one(call_text("sum", args), [=](const Values& v) { return sum(x.get(v), ds, keepdim, dtype); });
      case 2: return one(call_text("mean", args), [=](const Values& v) { return mean(x.get(v), ds, keepdim, dtype); });
      case 3: return one(call_text("prod", x.text), [=](const Values& v) { return prod(x.get(v), dtype); });
      case 4: return one(call_text("prod", x.text, ", dim=", d, ", keepdim=", keepdim), [=](const Values& v) { return prod(x.get(v), d, keepdim, dtype); });
      case 5: return one(call_text("all", x.text, ", dim=", d), [=](const Values& v) { return all(x.get(v), d, keepdim); });
      case 6: return one(call_text("any", x.text), [=](const Values& v) { return any(x.get(v)); });
      case 7: return one(call_text("max", x.text), [=](const Values& v) { return max(x.get(v)); });
      case 8: return {call_text("min", x.text, ", dim=", d, ", keepdim=", keepdim), [=](const Values& v) {
                        auto [values, positions] = min(x.get(v), d, keepdim);
                        return std::vector<Tensor>{values, positions};
                      }};
      case 9: return {call_text("max", x.text, ", dim=", d, ", keepdim=", keepdim), [=](const Values& v) {
                        auto [values, positions] = max(x.get(v), d, keepdim);
                        return std::vector<Tensor>{values, positions};
                      }};
      case 10: return one(call_text("amax", args), [=](const Values& v) { return amax(x.get(v), ds, keepdim); });
      case 11: return one(call_text("amin", args), [=](const Values& v) { return amin(x.get(v), ds, keepdim); });
      case 12: {
        std::optional<int64_t> at;
        if (rng_.chance(0.6)) at = d;
        bool largest = rng_.chance(0.5);
        return one(call_text(largest ? "argmax" : "argmin", x.text, ", dim=", at ? cat(*at) : "None", ", keepdim=", keepdim),
                   [=](const Values& v) { return largest ? argmax(x.get(v), at, keepdim) : argmin(x.get(v), at, keepdim); });
      }
      case 13: return one(call_text("cumsum", x.text, ", dim=", d), [=](const Values& v) { return cumsum(x.get(v), d, dtype); });
      case 14: {
        double correction = double(rng_.between(0, 2));
        bool std_dev = rng_.chance(0.5);
        Arg y = std_dev ? jitter(x) : x;
        return one(call_text(std_dev ? "std" : "var", y.text, ", dims=", ds_text, ", keepdim=", keepdim, ", correction=", correction),
                   [=](const Values& v) {
                     return std_dev ? stddev(y.get(v), ds, correction, keepdim) : var(y.get(v), ds, correction, keepdim);
                   });
      }
      case 15: {
        // For p < 1 the gradient at 0 is infinite, and PyTorch's is nan there.
        double p = rng_.pick(std::vector<double>{2, 2, 1, 3, INFINITY, 0, gradient() ? 2 : 0.5});
        return one(call_text("norm", args, ", p=", p), [=](const Values& v) { return norm(x.get(v), p, ds, keepdim); });
      }
      case 16: return one(call_text("softmax", x.text, ", dim=", d), [=](const Values& v) { return softmax(x.get(v), d); });
      case 17: return one(call_text("log_softmax", x.text, ", dim=", d), [=](const Values& v) { return log_softmax(x.get(v), d); });
      default: return one(call_text("min", x.text), [=](const Values& v) { return min(x.get(v)); });
    }
  }

  // A shape of the same numel (a factorization, now and then with -1), or a wrong one.
  Shape reshaped(const Shape& s) {
    int64_t n = numel(s);
    Shape out;
    if (n == 0) {
      out = {0};
      if (rng_.chance(0.5)) out.insert(out.begin() + rng_.below(2), size());
      return out;
    }
    while (n > 1) {
      int64_t f = 2;
      while (n % f) ++f;
      if (!out.empty() && rng_.chance(0.4)) out.back() *= f;
      else out.push_back(f);
      n /= f;
    }
    if (rng_.chance(0.3)) out.insert(out.begin() + rng_.below(int64_t(out.size()) + 1), 1);
    if (!out.empty() && rng_.chance(0.3)) out[size_t(rng_.below(int64_t(out.size())))] = -1;
    if (rng_.chance(0.05)) out.push_back(2);
    return out;
  }

  Call view_call() {
    Arg x = value(any_index());
    Tensor t = now(x);
    int64_t rank = t.dim();
    int64_t d = dim(rank), e = dim(rank);
    switch (rng_.below(20)) {
      case 0: {
        Shape target = t.shape();
        for (auto& s : target)
          if (s == 1 && rng_.chance(0.6)) s = rng_.between(0, 3);
        if (rng_.chance(0.4)) target.insert(target.begin(), rng_.between(1, 3));
        if (!target.empty() && rng_.chance(0.2)) target.back() = -1;
        return one(call_text("expand", x.text, ", ", shape_str(target)), [=](const Values& v) { return expand(x.get(v), target); });
      }
      case 1: {
        Shape s = reshaped(t.shape());
        return one(call_text("view", x.text, ", ", shape_str(s)), [=](const Values& v) { return view(x.get(v), s); });
      }
      case 2: {
        Shape s = reshaped(t.shape());
        return one(call_text("reshape", x.text, ", ", shape_str(s)), [=](const Values& v) { return reshape(x.get(v), s); });
      }
      case 3: case 4: return one(call_text("transpose", x.text, ", ", d, ", ", e), [=](const Values& v) { return transpose(x.get(v), d, e); });
      case 5: return one(call_text("t", x.text), [=](const Values& v) { return gb::t(x.get(v)); });
      case 6: {
        std::vector<int64_t> p = permutation(rank);
        if (rng_.chance(0.05) && !p.empty()) p.back() = p.front();
        return one(call_text("permute", x.text, ", ", list_text(p)), [=](const Values& v) { return permute(x.get(v), p); });
      }
      case 7: {
        int64_t at = rng_.between(-rank - 1, rank);
        return one(call_text("unsqueeze", x.text, ", ", at), [=](const Values& v) { return unsqueeze(x.get(v), at); });
      }
      case 8: return one(call_text("squeeze", x.text), [=](const Values& v) { return squeeze(x.get(v)); });
      case 9: return one(call_text("squeeze", x.text, ", ", d), [=](const Values& v) { return squeeze(x.get(v), d); });
      case 10: {
        int64_t i = rank ? rng_.between(-size_along(t, d), size_along(t, d)) : 0;
        return one(call_text("select", x.text, ", ", d, ", ", i), [=](const Values& v) { return select(x.get(v), d, i); });
      }
      case 11: case 12: {
        int64_t start = rng_.between(-3, 3), end = rng_.chance(0.2) ? INT64_MAX : rng_.between(-3, 4);
        int64_t step = rng_.chance(0.05) ? 0 : rng_.between(1, 3);
        return one(call_text("slice", x.text, ", ", d, ", ", start, ", ", end, ", ", step),
                   [=](const Values& v) { return slice(x.get(v), d, start, end, step); });
      }
      case 13: {
        int64_t start = rng_.between(-2, 2), length = rng_.between(0, 2);
        return one(call_text("narrow", x.text, ", ", d, ", ", start, ", ", length), [=](const Values& v) { return narrow(x.get(v), d, start, length); });
      }
      case 14: return one(call_text("flatten", x.text, ", ", std::min(d, e), ", ", std::max(d, e)), [=](const Values& v) { return flatten(x.get(v), std::min(d, e), std::max(d, e)); });
      case 15: {
        Shape sizes = reshaped(Shape{size_along(t, d)});
        return one(call_text("unflatten", x.text, ", ", d, ", ", shape_str(sizes)), [=](const Values& v) { return unflatten(x.get(v), d, sizes); });
      }
      case 16: return one(call_text("contiguous", x.text), [=](const Values& v) { return contiguous(x.get(v)); });
      case 17: return one(call_text("clone", x.text), [=](const Values& v) { return clone(x.get(v)); });
      case 18: {
        DType to = gradient() ? rng_.pick(std::vector<DType>{DType::Float64, DType::Int64, DType::Bool}) : rng_.pick(all_dtypes);
        return one(call_text("to", x.text, ", ", dtype_name(to)), [=](const Values& v) { return to_dtype(x.get(v), to); });
      }
      // squeeze_ is for a fresh result only (matmul's), as here.
      default: return one(call_text("squeeze_(clone", x.text, "), ", d), [=](const Values& v) { return squeeze_(clone(x.get(v)), d); });
    }
  }

  // Several values of the same shape as x: x itself, its peers, or constants.
  std::vector<Arg> peers(const Arg& x, int64_t count) {
    std::vector<Arg> out{x};
    Shape s = now(x).shape();
    for (int64_t k = 1; k < count; ++k) {
      std::vector<size_t> same;
      for (size_t i = 0; i < values_.size(); ++i)
        if (values_[i].shape() == s) same.push_back(i);
      if (rng_.chance(0.6) && !same.empty()) out.push_back(value(rng_.pick(same)));
      else out.push_back(constant(rng_.chance(0.9) ? s : shape(), constant_dtype()));
    }
    return out;
  }
  static std::string texts(const std::vector<Arg>& args) {
    std::string s = "[";
    for (const Arg& a : args) s += (s.size() > 1 ? ", " : "") + a.text;
    return s + "]";
  }
  static std::vector<Tensor> all_of(const std::vector<Arg>& args, const Values& v) {
    std::vector<Tensor> out;
    for (const Arg& a : args) out.push_back(a.get(v));
    return out;
  }

  // A value, its rank, a dim to work along (now and then out of range) and its size there.
  struct AlongDim {
    Arg x;
    Tensor t;
    int64_t rank, d, dim_size;
  };
  AlongDim along_dim(size_t i) {
    Tensor t = values_[i];
    int64_t d = dim(t.dim());
    return {value(i), t, t.dim(), d, size_along(t, d)};
  }
  // The size of t along d, read leniently: d may be just out of range (the op then refuses it).
  static int64_t size_along(const Tensor& t, int64_t d) { return t.dim() ? t.size(d % t.dim()) : 1; }

  Call joining_call() {
    AlongDim at = along_dim(float_index());
    Arg x = at.x;
    Tensor t = at.t;
    int64_t rank = at.rank, d = at.d, dim_size = at.dim_size;
    switch (rng_.below(8)) {
      case 0: {
        std::vector<Arg> parts = peers(x, rng_.between(1, 3));
        return one(call_text("cat", texts(parts), ", ", d), [=](const Values& v) { return cat(all_of(parts, v), d); });
      }
      case 1: {
        std::vector<Arg> parts = peers(x, rng_.between(1, 3));
        int64_t at = rng_.between(-rank - 1, rank);
        return one(call_text("stack", texts(parts), ", ", at), [=](const Values& v) { return stack(all_of(parts, v), at); });
      }
      case 2: {
        Shape repeats(size_t(rank + rng_.below(2)));
        for (auto& r : repeats) r = rng_.between(0, 2);
        return one(call_text("repeat", x.text, ", ", shape_str(repeats)), [=](const Values& v) { return repeat(x.get(v), repeats); });
      }
      case 3: {
        int64_t size = rng_.between(0, 3);
        return {call_text("split", x.text, ", ", size, ", ", d), [=](const Values& v) { return split(x.get(v), size, d); }};
      }
      case 4: {
        Shape sizes;
        for (int64_t left = dim_size; left > 0;) left -= sizes.emplace_back(rng_.between(1, left));
        if (rng_.chance(0.2)) sizes.push_back(0);
        return {call_text("split_with_sizes", x.text, ", ", shape_str(sizes), ", ", d),
                [=](const Values& v) { return split_with_sizes(x.get(v), sizes, d); }};
      }
      case 5: {
        int64_t chunks = rng_.between(1, 4);
        return {call_text("chunk", x.text, ", ", chunks, ", ", d), [=](const Values& v) { return chunk(x.get(v), chunks, d); }};
      }
      case 6: return {call_text("unbind", x.text, ", ", d), [=](const Values& v) { return unbind(x.get(v), d); }};
      default: {
        std::vector<int64_t> ds = dims(rank);
        return one(call_text("flip", x.text, ", ", list_text(ds)), [=](const Values& v) { return flip(x.get(v), ds); });
      }
    }
  }

  // One item of x[...], for a tensor of `rank` dims whose next dim has `size` elements.
  std::pair<TensorIndex, std::string> index_item(int64_t size, bool writing) {
    using Kind = TensorIndex::Kind;
    TensorIndex item;
    double u = rng_.uniform(0, 1);
    if (u < 0.3) {
      item.kind = Kind::Integer;
      item.integer = rng_.between(-size, std::max<int64_t>(size - 1, 0) + (rng_.chance(0.03) ? 1 : 0));
      return {item, cat(item.integer)};
    }
    if (u < 0.6) {
      item.kind = Kind::Slice;
      item.start = rng_.between(-3, 3);
      item.stop = rng_.chance(0.3) ? INT64_MAX : rng_.between(-3, 4);
      item.step = rng_.between(1, 2);
      return {item, cat(item.start, ":", item.stop == INT64_MAX ? std::string() : cat(item.stop), ":", item.step)};
    }
    if (u < 0.7) return {item, "None"};
    if (u < 0.75) {
      item.kind = Kind::Ellipsis;
      return {item, "..."};
    }
    if (u < 0.8) {
      item.kind = Kind::Boolean;
      item.boolean = rng_.chance(0.5);
      return {item, item.boolean ? "True" : "False"};
    }
    item.kind = Kind::Tensor;
    if (rng_.chance(0.3)) {
      Arg m = mask(Shape{size});
      item.tensor = m.get({});
      return {item, m.text};
    }
    // Writing in gradient mode: distinct positions (see the top of this file).
    Arg i = writing && gradient() ? distinct_indices(rng_.between(0, size), size) : indices(Shape{rng_.between(0, 3)}, size);
    item.tensor = i.get({});
    return {item, i.text};
  }

  Call indexing_call() {
    AlongDim at = along_dim(float_index());
    Arg x = at.x;
    Tensor t = at.t;
    int64_t rank = at.rank, d = at.d, dim_size = at.dim_size;
    switch (rng_.below(12)) {
      case 0: case 1: case 2: {
        bool writing = rng_.chance(0.3);
        std::vector<TensorIndex> items;
        std::string text;
        int64_t n = rng_.between(1, std::max<int64_t>(rank, 1));
        for (int64_t k = 0; k < n; ++k) {
          auto [item, item_text] = index_item(k < rank ? t.size(k) : 1, writing);
          items.push_back(item);
          text += (k ? ", " : "") + item_text;
        }
        bool is_tuple = n > 1 || rng_.chance(0.2);
        if (!writing)
          return one(cat(x.text, "[", text, "]"), [=](const Values& v) { return get_item(x.get(v), items, is_tuple); });
        Arg value = rng_.chance(0.5) ? scalar() : constant(Shape{}, constant_dtype());
        return one(cat(x.text, "[", text, "] = ", value.text), [=](const Values& v) {
          set_item(x.get(v), items, value.get(v), is_tuple);
          return x.get(v);
        });
      }
      case 3: {
        std::vector<Tensor> list;
        std::string text;
        for (int64_t k = 0; k < std::max<int64_t>(1, rng_.below(rank + 1)); ++k) {
          Arg i = rng_.chance(0.2) ? none() : indices(Shape{rng_.between(0, 3)}, k < rank ? t.size(k) : 1);
          list.push_back(i.get({}));
          text += (k ? ", " : "") + i.text;
        }
        return one(call_text("index", x.text, ", [", text, "]"), [=](const Values& v) { return index(x.get(v), list); });
      }
      case 4: {
        bool accumulate = !gradient() || rng_.chance(0.5);
        int64_t n = rng_.between(0, 3);
        Arg i = accumulate ? indices(Shape{n}, rank ? t.size(0) : 1) : distinct_indices(n, rank ? t.size(0) : 1);
        Shape value_shape = rank ? t.shape() : Shape{};
        if (rank) value_shape[0] = numel(now(i).shape());
        Arg values = rng_.chance(0.5) ? constant(broadcastable_to(value_shape), constant_dtype()) : partner(t);
        return one(call_text("index_put_", x.text, ", [", i.text, "], ", values.text, ", accumulate=", accumulate),
                   [=](const Values& v) { return index_put_(x.get(v), {i.get(v)}, values.get(v), accumulate); });
      }
      case 5: {
        Arg i = indices(Shape{rng_.between(0, 4)}, dim_size);
        return one(call_text("index_select", x.text, ", ", d, ", ", i.text), [=](const Values& v) { return index_select(x.get(v), d, i.get(v)); });
      }
      case 6: {
        Shape s = t.shape();
        for (auto& k : s) k = rng_.between(0, k);
        Arg i = indices(s, dim_size);
        return one(call_text("gather", x.text, ", ", d, ", ", i.text), [=](const Values& v) { return gather(x.get(v), d, i.get(v)); });
      }
      case 7: {
        Arg m = mask(broadcastable_to(t.shape()));
        return one(call_text("masked_select", x.text, ", ", m.text), [=](const Values& v) { return masked_select(x.get(v), m.get(v)); });
      }
      case 8: {
        Arg m = mask(broadcastable_to(t.shape()));
        bool is_tensor = rng_.chance(0.5), in_place = rng_.chance(0.3);
        Arg fill = is_tensor ? constant(Shape{}, constant_dtype()) : scalar();
        return one(call_text(in_place ? "masked_fill_" : "masked_fill", x.text, ", ", m.text, ", ", fill.text), [=](const Values& v) {
          return in_place ? masked_fill_(x.get(v), m.get(v), fill.get(v), is_tensor) : masked_fill(x.get(v), m.get(v), fill.get(v), is_tensor);
        });
      }
      case 9: case 10: {
        // index: positions along d, distinct per line in gradient mode; src at least as large.
        Shape s = t.shape();
        for (auto& k : s) k = rng_.between(0, k);
        int64_t ds = rank ? d % std::max<int64_t>(rank, 1) : 0;
        if (ds < 0) ds += rank;
        std::vector<double> positions(size_t(numel(s)));
        int64_t along = rank ? s[size_t(ds)] : 1, inner = 1;
        for (int64_t k = ds + 1; k < rank; ++k) inner *= s[size_t(k)];
        for (size_t n = 0; n < positions.size(); ++n) positions[n] = double(rng_.between(-dim_size, dim_size - 1));
        if (gradient() && along > 0 && dim_size > 0) {
          for (int64_t outer = 0; outer < numel(s) / std::max<int64_t>(along * inner, 1); ++outer)
            for (int64_t in = 0; in < inner; ++in) {
              std::vector<int64_t> p = permutation(dim_size);
              for (int64_t a = 0; a < along; ++a) positions[size_t((outer * along + a) * inner + in)] = double(p[size_t(a)]);
            }
        }
        Arg i{cat("index", shape_str(s)), [positions, s](const Values&) { return make(positions, s, DType::Int64); }};
        bool add = rng_.chance(0.4), in_place = rng_.chance(0.3), src_is_tensor = add || rng_.chance(0.6);
        Arg src = src_is_tensor ? (rng_.chance(0.5) ? Arg(x) : constant(t.shape(), constant_dtype())) : scalar();
        std::string name = std::string(add ? "scatter_add" : "scatter") + (in_place ? "_" : "");
        return one(call_text(name, x.text, ", ", d, ", ", i.text, ", ", src.text), [=](const Values& v) {
          Tensor self = x.get(v), index = i.get(v), values = src.get(v);
          if (add) return in_place ? scatter_add_(self, d, index, values) : scatter_add(self, d, index, values);
          return in_place ? scatter_(self, d, index, values, src_is_tensor) : scatter(self, d, index, values, src_is_tensor);
        });
      }
      default: {
        double fill = rng_.uniform(-1, 1);
        bool like = rng_.chance(0.5);
        return one(call_text(like ? "ones_like" : "fill_", x.text, like ? "" : cat(", ", fill)),
                   [=](const Values& v) { return like ? ones_like(x.get(v)) : fill_(x.get(v), fill); });
      }
    }
  }

  // Matrix products: the second operand has a fitting shape where one is at hand.
  Call product_call() {
    Arg a = value(float_index());
    Tensor t = now(a);
    Shape s = t.shape();
    auto fitting = [&](Shape want) {
      for (size_t i = 0; i < values_.size(); ++i)
        if (values_[i].shape() == want && rng_.chance(0.7)) return value(i);
      if (want.size() == 2 && s.size() == 2 && want[0] == s[1] && want[1] == s[0] && rng_.chance(0.5))
        return Arg{"t(" + a.text + ")", [get = a.get](const Values& v) { return gb::t(get(v)); }};
      return constant(rng_.chance(0.95) ? want : shape(), gradient() ? DType::Float64 : rng_.pick(all_dtypes));
    };
    int64_t last = s.empty() ? 1 : s.back();
    switch (rng_.below(7)) {
      case 0: { Arg b = fitting({last, size()}); return one(call_text("mm", a.text, ", ", b.text), [=](const Values& v) { return mm(a.get(v), b.get(v)); }); }
      case 1: {
        Shape want = s.size() == 3 ? Shape{s[0], s[2], size()} : shape();
        Arg b = fitting(want);
        return one(call_text("bmm", a.text, ", ", b.text), [=](const Values& v) { return bmm(a.get(v), b.get(v)); });
      }
      case 2: { Arg b = fitting({last}); return one(call_text("mv", a.text, ", ", b.text), [=](const Values& v) { return mv(a.get(v), b.get(v)); }); }
      case 3: { Arg b = fitting(s); return one(call_text("dot", a.text, ", ", b.text), [=](const Values& v) { return dot(a.get(v), b.get(v)); }); }
      case 4: { Arg b = fitting({size()}); return one(call_text("outer", a.text, ", ", b.text), [=](const Values& v) { return outer(a.get(v), b.get(v)); }); }
      case 5: {
        Shape want = broadcastable_to(s);
        if (!want.empty()) want.back() = size();
        if (want.size() >= 2) want[want.size() - 2] = last;
        else if (rng_.chance(0.5)) want = {last};
        Arg b = fitting(want);
        return one(call_text("matmul", a.text, ", ", b.text), [=](const Values& v) { return matmul(a.get(v), b.get(v)); });
      }
      default: {
        int64_t n = size();
        Arg m2 = fitting({last, n});
        Arg bias = constant(broadcastable_to(Shape{s.empty() ? 1 : s[0], n}), gradient() ? DType::Float64 : rng_.pick(all_dtypes));
        return one(call_text("addmm", bias.text, ", ", a.text, ", ", m2.text), [=](const Values& v) { return addmm(bias.get(v), a.get(v), m2.get(v)); });
      }
    }
  }

  Call loss_call() {
    Arg x = value(float_index());
    Tensor t = now(x);
    auto r = Reduction(rng_.below(3));
    Tensor absent;
    // Class targets for an input whose class dim is 1 (or 0 when 1-D).
    int64_t classes = t.dim() >= 2 ? t.size(1) : t.dim() == 1 ? t.size(0) : 1;
    Shape target_shape = t.shape();
    if (t.dim() >= 2) target_shape.erase(target_shape.begin() + 1);
    else target_shape = {};
    int64_t ignore = rng_.chance(0.3) ? rng_.between(0, std::max<int64_t>(classes - 1, 0)) : -100;
    Arg target{cat("classes", shape_str(target_shape)), {}};
    {
      std::vector<double> v(size_t(numel(target_shape)));
      for (double& c : v) c = double(rng_.between(0, std::max<int64_t>(classes - 1, 0)) + (rng_.chance(0.02) ? classes : 0));
      target.get = [v, target_shape](const Values&) { return make(v, target_shape, DType::Int64); };
    }
    Arg weight = rng_.chance(0.3) ? constant(Shape{classes}, DType::Float64) : none();
    if (gradient() && weight.text != "None") weight = positive(weight);
    switch (rng_.below(6)) {
      case 0: {
        Arg y = partner(t);
        return one(call_text("mse_loss", x.text, ", ", y.text, ", ", int(r)), [=](const Values& v) { return mse_loss(x.get(v), y.get(v), r); });
      }
      case 1: return one(call_text("nll_loss", x.text, ", ", target.text, ", ", weight.text, ", ", int(r), ", ", ignore),
                         [=](const Values& v) { return nll_loss(x.get(v), target.get(v), weight.get(v), r, ignore); });
      case 2: return one(call_text("nll_loss2d", x.text, ", ", target.text, ", ", weight.text, ", ", int(r), ", ", ignore),
                         [=](const Values& v) { return nll_loss2d(x.get(v), target.get(v), weight.get(v), r, ignore); });
      case 3: {
        Arg p = constant(t.shape(), DType::Float64);
        return one(call_text("cross_entropy", x.text, ", ", p.text, ", ", weight.text, ", ", int(r)),
                   [=](const Values& v) { return cross_entropy_probabilities(x.get(v), p.get(v), weight.get(v), r); });
      }
      case 4: {
        // Probabilities strictly inside (0, 1), where the loss is smooth.
        Arg p{"prob(" + x.text + ")", [get = x.get](const Values& v) { return add(mul(unary(Unary::Sigmoid, get(v)), num(0.9)), num(0.05)); }};
        if (!gradient() && rng_.chance(0.5)) p = x;
        Arg y = constant(t.shape(), gradient() ? DType::Float64 : rng_.pick(all_dtypes));
        return one(call_text("binary_cross_entropy", p.text, ", ", y.text, ", ", int(r)),
                   [=](const Values& v) { return binary_cross_entropy(p.get(v), y.get(v), absent, r); });
      }
      default: {
        Arg y = constant(t.shape(), DType::Float64);
        Arg pos = rng_.chance(0.3) ? positive(constant(broadcastable_to(t.shape()), DType::Float64)) : none();
        return one(call_text("binary_cross_entropy_with_logits", x.text, ", ", y.text, ", ", pos.text, ", ", int(r)),
                   [=](const Values& v) { return binary_cross_entropy_with_logits(x.get(v), y.get(v), absent, pos.get(v), r); });
      }
    }
  }

  // Runs a drawn call on the values so far; keeps it if the engine accepts it.
  void try_call(Call call) {
    std::vector<Tensor> results;
    try {
      results = call.run(values_);
    } catch (const Error&) {
      ++program_.rejected;
      return;
    }
    if (gradient() && std::any_of(results.begin(), results.end(), [](const Tensor& r) { return r.dtype() == DType::Float32; }))
      return;
    for (const Tensor& r : results)
      if (r.dtype() == DType::Float64)
        for (double y : test::values(r)) program_.moderate = program_.moderate && std::isfinite(y) && std::abs(y) <= 1e3;
    size_t first = values_.size();
    values_.insert(values_.end(), results.begin(), results.end());
    std::string names = "v" + std::to_string(first);
    if (results.size() != 1) names = results.empty() ? "()" : names + "..v" + std::to_string(values_.size() - 1);
    program_.steps.push_back({names + " = " + call.text, [run = std::move(call.run)](Values& v) {
                                std::vector<Tensor> r = run(v);
                                v.insert(v.end(), r.begin(), r.end());
                              }});
  }

  Rng rng_;
  Program program_;
  Values values_;
};

}  // namespace

std::string Program::text() const {
  std::string s;
  for (size_t i = 0; i < inputs.size(); ++i)
    s += cat("v", i, " = input(", dtype_name(inputs[i].dtype()), shape_str(inputs[i].shape()), ")\n");
  for (const Step& step : steps) s += step.text + "\n";
  return s;
}

Values Program::run(const std::vector<Tensor>& given) const {
  Values v = given;
  for (const Step& step : steps) step.run(v);
  return v;
}

Program random_program(uint64_t seed, Mode mode) { return Drawer(seed, mode).draw(); }

}  // namespace gb::fuzz
