// einsum: products of tensors summed over labelled dims, in PyTorch 1.13's steps so that
// values (and grad_fn names) match.
//
// Every operand is brought to one dim order: output dims first (explicit "->" order, or the
// ellipsis then the labels used once, alphabetically, uppercase first), then the summed
// dims. A label repeated in one operand takes the diagonal; a missing one is a size-1 dim.
// Dims no later operand has are summed early; then operands are folded in left to right,
// each pair multiplied as one bmm over [kept both, kept left, summed] × [kept both, summed,
// kept right]. Backward comes from the ops it is built of.
#include <algorithm>
#include <string>

#include "ops/ops.h"
#include "tensor/error.h"

namespace gb {

namespace {

constexpr int kLabels = 52;
constexpr int kEllipsis = kLabels;

bool is_subscript(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
int label_index(char c) { return c >= 'a' ? c - 'a' + 26 : c - 'A'; }
char label_char(int l) { return char(l < 26 ? 'A' + l : 'a' + l - 26); }

// One pair of operands (already of the same rank) multiplied and summed over `sum_dims`.
Tensor sumproduct_pair(Tensor left, Tensor right, std::vector<int64_t> sum_dims) {
  if (sum_dims.empty()) return mul(left, right);
  const int64_t rank = left.dim();
  std::vector<bool> summed(size_t(rank), false);
  for (int64_t d : sum_dims) summed[size_t(d)] = true;
  std::vector<int64_t> both, left_only, right_only;
  int64_t both_size = 1, left_size = 1, right_size = 1, sum_size = 1;
  for (int64_t i = 0; i < rank; ++i) {
    const bool in_left = left.shape()[size_t(i)] > 1, in_right = right.shape()[size_t(i)] > 1;
    if (summed[size_t(i)]) {
      if (in_left && in_right) sum_size *= left.shape()[size_t(i)];
      else if (in_left) left = sum(left, {i}, true);
      else if (in_right) right = sum(right, {i}, true);
    } else if (in_left && in_right) {
      both.push_back(i), both_size *= left.shape()[size_t(i)];
    } else if (in_left) {
      left_only.push_back(i), left_size *= left.shape()[size_t(i)];
    } else {
      right_only.push_back(i), right_size *= right.shape()[size_t(i)];
    }
  }
  Shape out_shape;
  std::vector<int64_t> left_order = both, right_order = both, out_order(static_cast<size_t>(rank));
  for (int64_t d : both) out_shape.push_back(left.shape()[size_t(d)]);
  for (int64_t d : left_only) out_shape.push_back(left.shape()[size_t(d)]);
  for (size_t k = 0; k < sum_dims.size(); ++k) out_shape.push_back(1);
  for (int64_t d : right_only) out_shape.push_back(right.shape()[size_t(d)]);
  for (auto* part : {&left_only, &sum_dims, &right_only}) left_order.insert(left_order.end(), part->begin(), part->end());
  for (auto* part : {&sum_dims, &right_only, &left_only}) right_order.insert(right_order.end(), part->begin(), part->end());
  int64_t at = 0;
  for (auto* part : {&both, &left_only, &sum_dims, &right_only})
    for (int64_t d : *part) out_order[size_t(d)] = at++;
  Tensor product = bmm(reshape(permute(left, left_order), {both_size, left_size, sum_size}),
                       reshape(permute(right, right_order), {both_size, sum_size, right_size}));
  Tensor result = permute(view(product, out_shape), out_order);
  Shape kept;
  for (int64_t i = 0; i < rank; ++i)
    if (!summed[size_t(i)]) kept.push_back(result.shape()[size_t(i)]);
  return view(result, kept);
}

// t with its last dim moved to `dim`.
Tensor last_dim_to(const Tensor& t, int64_t dim) {
  std::vector<int64_t> order;
  for (int64_t d = 0; d + 1 < t.dim(); ++d) {
    if (d == dim) order.push_back(t.dim() - 1);
    order.push_back(d);
  }
  if (dim == t.dim() - 1) order.push_back(dim);
  return permute(t, order);
}

// Reads "ab,b...->a...": the labels of each operand (kEllipsis for "...").
std::vector<std::vector<int>> parse_inputs(const std::string& lhs, size_t operands) {
  std::vector<std::vector<int>> labels(operands);
  size_t op = 0;
  bool ellipsis = false;
  for (size_t i = 0; i < lhs.size(); ++i) {
    const char c = lhs[i];
    if (c == ' ') continue;
    if (c == '.') {
      if (ellipsis) fail("einsum(): found '.' for operand ", op, " for which an ellipsis was already found");
      if (!(i + 2 < lhs.size() && lhs[++i] == '.' && lhs[++i] == '.'))
        fail("einsum(): found '.' for operand ", op, " that is not part of any ellipsis");
      labels[op].push_back(kEllipsis);
      ellipsis = true;
    } else if (c == ',') {
      if (++op >= operands) fail("einsum(): fewer operands were provided than specified in the equation");
      ellipsis = false;
    } else {
      if (!is_subscript(c))
        fail("einsum(): invalid subscript given at index ", i, " in the equation string, subscripts must be in [a-zA-Z]");
      labels[op].push_back(label_index(c));
    }
  }
  if (op != operands - 1) fail("einsum(): more operands were provided than specified in the equation");
  return labels;
}

}  // namespace

Tensor einsum(const std::string& equation, std::vector<Tensor> operands) {
  if (operands.empty()) fail("einsum(): must provide at least one operand");
  const size_t arrow = equation.find("->");
  const std::string lhs = equation.substr(0, arrow);
  const auto labels = parse_inputs(lhs, operands.size());
  const size_t count = operands.size();

  std::vector<int64_t> uses(kLabels, 0);
  int64_t ellipsis_dims = 0;
  for (size_t i = 0; i < count; ++i) {
    int64_t named = int64_t(labels[i].size());
    bool has_ellipsis = false;
    for (int l : labels[i]) {
      if (l == kEllipsis) --named, has_ellipsis = true;
      else ++uses[size_t(l)];
    }
    const int64_t rank = operands[i].dim();
    if (has_ellipsis) ellipsis_dims = std::max(ellipsis_dims, rank - named);
    if (has_ellipsis ? named > rank : named != rank)
      fail("einsum(): the number of subscripts in the equation (", named, ") ",
           has_ellipsis ? "is more than" : "does not match", " the number of dimensions (", rank, ") for operand ", i,
           has_ellipsis ? "" : " and no ellipsis was given");
  }

  // Where each label (and the ellipsis) goes in the common dim order.
  std::vector<int64_t> position(kLabels, -1);
  int64_t next = 0, ellipsis_at = 0;
  bool ellipsis_placed = false;
  if (arrow == std::string::npos) {
    next = ellipsis_dims, ellipsis_placed = true;
    for (int l = 0; l < kLabels; ++l)
      if (uses[size_t(l)] == 1) position[size_t(l)] = next++;
  } else {
    const std::string rhs = equation.substr(arrow + 2);
    for (size_t i = 0; i < rhs.size(); ++i) {
      const char c = rhs[i];
      if (c == ' ') continue;
      if (c == '.') {
        if (ellipsis_placed) fail("einsum(): found '.' for output but an ellipsis (...) was already found");
        if (!(i + 2 < rhs.size() && rhs[++i] == '.' && rhs[++i] == '.'))
          fail("einsum(): found '.' for output that is not part of any ellipsis (...)");
        ellipsis_at = next, next += ellipsis_dims, ellipsis_placed = true;
        continue;
      }
      if (!is_subscript(c))
        fail("einsum(): invalid subscript given at index ", lhs.size() + 2 + i,
             " in the equation string, subscripts must be in [a-zA-Z]");
      const int l = label_index(c);
      if (uses[size_t(l)] == 0 || position[size_t(l)] != -1)
        fail("einsum(): output subscript ", c,
             position[size_t(l)] > -1 ? " appears more than once in the output"
                                       : " does not appear in the equation for any input operand");
      position[size_t(l)] = next++;
    }
  }
  const int64_t out_rank = next;
  if (!ellipsis_placed) ellipsis_at = next, next += ellipsis_dims;
  for (int l = 0; l < kLabels; ++l)
    if (uses[size_t(l)] > 0 && position[size_t(l)] == -1) position[size_t(l)] = next++;
  const int64_t all_dims = next;

  // Each operand permuted into the common order.
  std::vector<int64_t> label_size(kLabels, 1);
  std::vector<bool> label_seen(kLabels, false);
  for (size_t i = 0; i < count; ++i) {
    Tensor op = operands[i];
    std::vector<int64_t> dim_of(kLabels, -1), order(size_t(all_dims), -1);
    const int64_t original_rank = op.dim();
    int64_t j = 0;
    for (int l : labels[i]) {
      if (l == kEllipsis) {
        const int64_t missing = ellipsis_dims - (original_rank - int64_t(labels[i].size()) + 1);
        for (int64_t k = 0; k < missing; ++k) op = unsqueeze(op, j);
        for (int64_t k = 0; k < ellipsis_dims; ++k) order[size_t(ellipsis_at + k)] = j++;
      } else if (dim_of[size_t(l)] != -1) {
        const int64_t first = dim_of[size_t(l)];
        if (op.shape()[size_t(j)] != op.shape()[size_t(first)])
          fail("einsum(): subscript ", label_char(l), " is repeated for operand ", i,
               " but the sizes don't match, ", op.shape()[size_t(j)], " != ", op.shape()[size_t(first)]);
        op = last_dim_to(diagonal(op, 0, first, j), first);
      } else {
        const int64_t size = op.shape()[size_t(j)];
        if (label_seen[size_t(l)] && size != 1 && label_size[size_t(l)] != 1 && size != label_size[size_t(l)])
          fail("einsum(): subscript ", label_char(l), " has size ", size, " for operand ", i,
               " which does not broadcast with previously seen size ", label_size[size_t(l)]);
        if (!label_seen[size_t(l)] || size != 1) label_size[size_t(l)] = size;
        label_seen[size_t(l)] = true;
        dim_of[size_t(l)] = j;
        order[size_t(position[size_t(l)])] = j++;
      }
    }
    for (int64_t& d : order)
      if (d == -1) op = unsqueeze(op, -1), d = j++;
    operands[i] = permute(op, order);
  }

  // The last operand in which each dim has a size other than 1.
  std::vector<size_t> last_op(size_t(all_dims), 0);
  bool empty_dim = false;
  for (int64_t d = 0; d < all_dims; ++d) {
    int64_t size = operands[0].shape()[size_t(d)];
    for (size_t i = 1; i < count; ++i) {
      const int64_t s = operands[i].shape()[size_t(d)];
      if (size != s && size != 1 && s != 1) fail("einsum(): operands do not broadcast with remapped shapes");
      if (s != 1) size = s, last_op[size_t(d)] = i;
    }
    empty_dim |= size == 0;
  }
  if (empty_dim) {  // as PyTorch: zeros, each output dim the largest size any operand has there
    Shape out_shape(size_t(out_rank), 0);
    for (int64_t d = 0; d < out_rank; ++d)
      for (const Tensor& op : operands) out_shape[size_t(d)] = std::max(out_shape[size_t(d)], op.shape()[size_t(d)]);
    return zeros(out_shape, operands[0].dtype());
  }

  Tensor result = operands[0];
  for (int64_t d = out_rank, i = out_rank; i < all_dims; ++i, ++d)
    if (last_op[size_t(i)] == 0) result = result.shape()[size_t(d)] == 1 ? squeeze(result, d--) : sum(result, {d--}, false);
  for (size_t k = 1; k < count; ++k) {
    Tensor op = operands[k];
    std::vector<int64_t> sum_dims;
    for (int64_t d = out_rank, i = out_rank; i < all_dims; ++i, ++d) {
      if (last_op[size_t(i)] < k) {
        op = squeeze(op, d--);
      } else if (last_op[size_t(i)] == k) {
        if (result.shape()[size_t(d)] == 1) op = sum(op, {d}, false), result = squeeze(result, d--);
        else sum_dims.push_back(d);
      }
    }
    result = sumproduct_pair(result, op, sum_dims);
  }
  return result;
}

}  // namespace gb
