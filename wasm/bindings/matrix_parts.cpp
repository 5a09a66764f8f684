// Triangles and diagonals of matrices, and logsumexp (engine/ops/matrix_parts.cpp).
#include "common.h"

EMSCRIPTEN_BINDINGS(matrix_parts) {
  using namespace gb;
  GB_EXPORT("tril", &tril);
  GB_EXPORT("triu", &triu);
  GB_EXPORT("diagonal", &diagonal);
  GB_EXPORT("diag", &diag);
  GB_EXPORT("diag_embed", &diag_embed);
  GB_EXPORT("trace", &trace);
  GB_EXPORT("logsumexp", &logsumexp);
}
