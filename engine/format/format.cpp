#include "format/format.h"

#include <cmath>
#include <cstdio>
#include <vector>

#include "autograd/node.h"
#include "ops/type_promotion.h"
#include "tensor/error.h"

namespace gb {

namespace {

PrintOptions g_options;

// One element, read as the widest type of its kind.
struct Element {
  double real = 0;   // floating tensors
  int64_t whole = 0; // integer and bool tensors
};

std::string printf_string(const char* format, int width, int precision, double value) {
  char buffer[512];
  std::snprintf(buffer, sizeof buffer, format, width, precision, value);
  return buffer;
}

std::string padded(const std::string& s, size_t width) {
  return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

// Chooses one notation and one width for all the elements shown, from the non-zero
// finite ones (zeros, nan and inf never decide), then writes each element in it.
class Formatter {
 public:
  Formatter(DType dtype, const std::vector<Element>& shown) : floating_(is_floating(dtype)), bool_(dtype == DType::Bool) {
    if (!floating_) {
      for (const Element& e : shown) width_ = std::max(width_, integral(e).size());
      return;
    }
    std::vector<double> values;
    for (const Element& e : shown)
      if (std::isfinite(e.real) && e.real != 0) values.push_back(e.real);
    if (!values.empty()) choose_notation(values);
    if (g_options.sci_mode) sci_mode_ = *g_options.sci_mode;
  }

  size_t width() const { return width_; }

  std::string format(const Element& e) const {
    if (!floating_) return padded(integral(e), width_);
    const int p = g_options.precision;
    double v = e.real;
    std::string s;
    if (std::isnan(v)) s = "nan";
    else if (std::isinf(v)) s = v > 0 ? "inf" : "-inf";
    else if (sci_mode_) s = printf_string("%*.*e", int(width_), p, v);
    else if (int_mode_) s = printf_string("%*.*f", 0, 0, v) + ".";
    else s = printf_string("%*.*f", 0, p, v);
    return padded(s, width_);
  }

 private:
  std::string integral(const Element& e) const {
    if (bool_) return e.whole ? "True" : "False";
    return std::to_string(e.whole);
  }

  void choose_notation(const std::vector<double>& values) {
    double lo = INFINITY, hi = 0;
    for (double v : values) {
      lo = std::min(lo, std::fabs(v));
      hi = std::max(hi, std::fabs(v));
      if (v != std::ceil(v)) int_mode_ = false;
    }
    const int p = g_options.precision;
    if (int_mode_) {
      sci_mode_ = hi / lo > 1000. || hi > 1.e8;
    } else {
      sci_mode_ = hi / lo > 1000. || hi > 1.e8 || lo < 1.e-4;
    }
    for (double v : values) {
      size_t w = sci_mode_ ? printf_string("%*.*e", 0, p, v).size()
                 : int_mode_ ? printf_string("%*.*f", 0, 0, v).size() + 1
                             : printf_string("%*.*f", 0, p, v).size();
      width_ = std::max(width_, w);
    }
  }

  bool floating_;
  bool bool_;
  bool int_mode_ = true;
  bool sci_mode_ = false;
  size_t width_ = 1;
};

class Printer {
 public:
  explicit Printer(const Tensor& t) : t_(t), summarize_(t.numel() > g_options.threshold) {}

  std::string data(int64_t indent) {
    std::vector<Element> shown;
    collect(0, t_.impl()->offset, shown);
    formatter_.emplace(t_.dtype(), shown);
    return render(0, t_.impl()->offset, indent);
  }

 private:
  bool cut(int64_t size) const { return summarize_ && size > 2 * g_options.edgeitems; }

  // The indices along one dim that are printed (all, or the edges when summarized).
  std::vector<int64_t> shown_indices(int64_t size) const {
    std::vector<int64_t> idx;
    if (cut(size)) {
      for (int64_t i = 0; i < g_options.edgeitems; ++i) idx.push_back(i);
      for (int64_t i = size - g_options.edgeitems; i < size; ++i) idx.push_back(i);
    } else {
      for (int64_t i = 0; i < size; ++i) idx.push_back(i);
    }
    return idx;
  }

  Element element(int64_t offset) const {
    Element e;
    dispatch_stored(t_.dtype(), [&](auto tag) {
      using T = decltype(tag);
      T v = reinterpret_cast<const T*>(t_.impl()->storage->data())[offset];
      if constexpr (is_reduced_float_v<T>) e.real = v.to_float();
      else if constexpr (std::is_floating_point_v<T>) e.real = double(v);
      else e.whole = int64_t(v);
    });
    return e;
  }

  void collect(size_t d, int64_t offset, std::vector<Element>& out) const {
    if (d == t_.shape().size()) {
      out.push_back(element(offset));
      return;
    }
    for (int64_t i : shown_indices(t_.shape()[d])) collect(d + 1, offset + i * t_.strides()[d], out);
  }

  std::string render(size_t d, int64_t offset, int64_t indent) const {
    const size_t rank = t_.shape().size();
    if (rank == 0) return formatter_->format(element(offset));
    const int64_t size = t_.shape()[d];
    const int64_t stride = t_.strides()[d];
    const int64_t edge = g_options.edgeitems;
    std::vector<std::string> parts;
    if (d + 1 == rank) {
      for (int64_t i : shown_indices(size)) {
        if (cut(size) && i == size - edge) parts.push_back(" ...");
        parts.push_back(formatter_->format(element(offset + i * stride)));
      }
      int64_t per_line = std::max<int64_t>(1, (g_options.linewidth - indent) / int64_t(formatter_->width() + 2));
      std::string s = "[";
      for (size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) s += int64_t(i) % per_line == 0 ? ",\n" + std::string(indent + 1, ' ') : ", ";
        s += parts[i];
      }
      return s + "]";
    }
    for (int64_t i : shown_indices(size)) {
      if (cut(size) && i == size - edge) parts.push_back("...");
      parts.push_back(render(d + 1, offset + i * stride, indent + 1));
    }
    std::string separator(1, ',');
    separator.append(rank - d - 1, '\n').append(size_t(indent + 1), ' ');
    std::string s = "[";
    for (size_t i = 0; i < parts.size(); ++i) {
      if (i) s += separator;
      s += parts[i];
    }
    return s + "]";
  }

  const Tensor& t_;
  bool summarize_;
  std::optional<Formatter> formatter_;
};

// Appends ", suffix" or, when the line would pass the width, ",\n       suffix".
std::string with_suffixes(std::string text, const std::vector<std::string>& suffixes, int64_t indent) {
  // PyTorch's measure: len(text) - text.rfind('\n') + 1, where rfind gives -1 without a newline
  // (npos must not be converted: size_t is 32 bits wide in wasm32).
  size_t newline = text.rfind('\n');
  int64_t last_line = int64_t(text.size()) - (newline == std::string::npos ? -1 : int64_t(newline)) + 1;
  for (const std::string& suffix : suffixes) {
    int64_t len = int64_t(suffix.size());
    if (last_line + len + 2 > g_options.linewidth) {
      text += ",\n" + std::string(indent, ' ') + suffix;
      last_line = indent + len;
    } else {
      text += ", " + suffix;
      last_line += len + 2;
    }
  }
  return text + ")";
}

}  // namespace

const PrintOptions& print_options() { return g_options; }
void set_print_options(const PrintOptions& options) { g_options = options; }

std::string format_tensor(const Tensor& t) {
  const std::string prefix = "tensor(";
  const int64_t indent = int64_t(prefix.size());
  std::vector<std::string> suffixes;
  const DType dtype = t.dtype();
  std::string data;
  if (t.numel() == 0) {
    if (t.dim() != 1) {
      std::string size = "size=(";
      for (size_t i = 0; i < t.shape().size(); ++i) size += (i ? ", " : "") + std::to_string(t.shape()[i]);
      suffixes.push_back(size + ")");
    }
    if (dtype != default_dtype()) suffixes.push_back(cat("dtype=torch.", dtype_name(dtype)));
    data = "[]";
  } else {
    if (dtype != default_dtype() && dtype != DType::Int64 && dtype != DType::Bool)
      suffixes.push_back(cat("dtype=torch.", dtype_name(dtype)));
    data = Printer(t).data(indent);
  }
  if (t.grad_fn()) suffixes.push_back("grad_fn=<" + t.grad_fn()->name() + ">");
  else if (t.requires_grad()) suffixes.push_back("requires_grad=True");
  return with_suffixes(prefix + data, suffixes, indent);
}

}  // namespace gb
