// torch.linalg.svd along LAPACK's gesdd: the bits, and so the signs of the singular vectors,
// PyTorch 1.13 gets from the reference LAPACK 3.11 behind its CPU build, on every path gesdd takes
// (square, QR first, LQ first, lower bidiagonal, full matrices, float32 in float32). The
// expected U, S and Vh were recorded from PyTorch 1.13's LAPACK (torch.linalg.svd in
// /usr/bin/python3) and are printed with enough digits to name each float exactly.
#include "helpers.h"
#include "ops/linalg/linalg.h"
#include "tensor/error.h"

using namespace gb;
using namespace gb::test;

namespace {

struct Recorded {
  std::vector<double> a;
  Shape shape;
  DType dtype;
  bool full_matrices;
  std::vector<double> U, S, Vh;
};

void check_recorded(const Recorded& r) {
  auto [U, S, Vh] = linalg_svd(make(r.a, r.shape, r.dtype), r.full_matrices);
  // make() rounds the recorded decimals into the dtype, as the recorded floats were printed.
  CHECK(values(U) == values(make(r.U, U.shape(), r.dtype)));
  CHECK(values(S) == values(make(r.S, S.shape(), r.dtype)));
  CHECK(values(Vh) == values(make(r.Vh, Vh.shape(), r.dtype)));
}

}  // namespace

TEST_CASE("svd: LAPACK's bits and signs for a square matrix, bidiagonalised directly") {
  check_recorded({{2, -1, 0.5, 1, 3, -2, 0.25, 1, 4},
                  {3, 3},
                  DType::Float64,
                  false,
                  {0.15155491700415982, -0.12214531133639306, -0.98087289189292937, -0.59056923158393226, 0.78455519402329121, -0.18894742717867197, 0.792627964330193, 0.60790926169092996, 0.046767934657868576},
                  {4.5703858003393671, 3.2604995543258735, 2.1893415202514817},
                  {-0.019539358468694999, -0.24738275865941359, 0.96872079785079979, 0.21231160294280807, 0.94578149872950112, 0.24580711933716107, -0.97700665132151832, 0.21047357881462533, 0.034042266294658598}});
}

TEST_CASE("svd: LAPACK's bits and signs for a tall matrix (m >= 11n/6): QR first") {
  check_recorded({{1, 2, 3, 4, 5, 6.5, -1, 0.5},
                  {4, 2},
                  DType::Float64,
                  false,
                  {-0.22316966328786081, 0.34366517011355258, -0.50735794212311647, 0.0071137284008127438, -0.83208398289348862, -0.073467267826965721, 0.02048085361227861, 0.93618705731125329},
                  {9.8549615620814812, 1.1746201981477111},
                  {-0.6013361107910058, -0.79899617136676393, -0.79899617136676393, 0.6013361107910058}});
}

TEST_CASE("svd: LAPACK's bits and signs for a tall matrix bidiagonalised directly, full U") {
  check_recorded({{1, 2, 3, 4, 5, 6.5, -1, 0.5, 2, 0, 1, -3},
                  {4, 3},
                  DType::Float64,
                  true,
                  {-0.36851006357555449, 0.074236958341704407, -0.29108149166136515, 0.87975040339400123, -0.90126493524293472, -0.27083285211492047, 0.13569393406651545, -0.30977126880070471, -0.14071226796257824, 0.48654732599890999, -0.78380504645236115, -0.35933467180881673, 0.17922585524950624, -0.82729084353374838, -0.53151516500054685, -0.030977126880070427},
                  {10.080994664818114, 3.019254971147133, 1.3257624172950564},
                  {-0.38020628559214403, -0.50932226955902293, -0.7720323867089196, -0.49536782762955406, -0.59276461959272897, 0.63501245744368162, 0.78105947004424781, -0.62387573401305885, 0.026929031989015639}});
}

TEST_CASE("svd: LAPACK's bits and signs for a wide matrix (n >= 11m/6): LQ first, full Vh") {
  check_recorded({{1, 2, 3, 4, 5, 6.5},
                  {2, 3},
                  DType::Float64,
                  true,
                  {-0.37504280674022994, -0.92700749355785173, -0.92700749355785173, 0.37504280674022994},
                  {9.8388626034210009, 0.6684180361148957},
                  {-0.41499438965149688, -0.54733187140933293, -0.72677883781611241, 0.85749291975201358, 0.031715252192571014, -0.51351731748162877, 0.30411436850788193, -0.83631451339667595, 0.45617155276182336}});
}

TEST_CASE("svd: LAPACK's bits and signs for a wide matrix: lower bidiagonal, turned upper by rotations") {
  check_recorded({{1, 2, 3, 4, 5, 6.5, -1, 0.5, 2, 0, 1, -3},
                  {3, 4},
                  DType::Float64,
                  false,
                  {0.34019223578174779, 0.82087626534323899, 0.45872802368064697, 0.93729124168830191, -0.25664802929382591, -0.2358323924188459, 0.075857570276253838, -0.51019010775958007, 0.85670980091046667},
                  {8.6762427862062541, 5.3884654770117679, 2.8613372604179763},
                  {0.59684401559261091, 0.7806118050667068, 0.018342390808404718, 0.18462390836838205, -0.27517000952696546, -0.0049104257670897211, 0.40996582923066915, 0.86958919751738273, 0.34703551977032543, -0.21509331034654058, 0.86278758485486173, -0.29815901677162376}});
}

TEST_CASE("svd: LAPACK's bits and signs for float32, computed in float32 as sgesdd") {
  check_recorded({{0.5, 0.25, 0.75, 1.0},
                  {2, 2},
                  DType::Float32,
                  false,
                  {-0.382683516, -0.923879623, -0.923879623, 0.382683396},
                  {1.34958637, 0.231552377},
                  {-0.655201733, -0.755454004, -0.755454004, 0.655201733}});
}

TEST_CASE("svd: LAPACK's bits and signs for a float32 matrix of rank 2") {
  check_recorded({{1, 2, 3, 2, 4, 6, 1, 0, 1},
                  {3, 3},
                  DType::Float32,
                  false,
                  {-0.443519711, -0.0573617965, -0.89442718, -0.887039244, -0.114723727, 0.447213709, -0.128264934, 0.991740108, -2.98023224e-08},
                  {8.43544865, 0.918263793, 2.37103407e-07},
                  {-0.278095812, -0.525780618, -0.803876519, 0.767677903, -0.624677002, 0.143000931, 0.577350378, 0.577350259, -0.577350199}});
}

TEST_CASE("svd: U·diag(S)·Vh rebuilds A and U, Vh are orthonormal, on every gesdd path") {
  for (auto [m, n] : {std::pair{5, 5}, {9, 4}, {4, 9}, {6, 5}, {5, 7}, {1, 4}, {4, 1}}) {
    Tensor a = sin(mul(iota({m, n}, DType::Float64), f64({0.7}, {})));
    for (bool full : {false, true}) {
      auto [U, S, Vh] = linalg_svd(a, full);
      const int64_t k = std::min(m, n);
      Tensor Uk = narrow(U, 1, 0, k), Vhk = narrow(Vh, 0, 0, k);
      std::vector<double> rebuilt = values(matmul(mul(Uk, unsqueeze(S, 0)), Vhk)), original = values(a);
      for (size_t i = 0; i < original.size(); ++i) CHECK(rebuilt[i] == doctest::Approx(original[i]).epsilon(1e-13).scale(1.0));
      std::vector<double> uu = values(matmul(transpose(U, 0, 1), U)), vv = values(matmul(Vh, transpose(Vh, 0, 1)));
      std::vector<double> iu = values(eye(U.shape()[1], U.shape()[1], DType::Float64)), iv = values(eye(Vh.shape()[0], Vh.shape()[0], DType::Float64));
      for (size_t i = 0; i < uu.size(); ++i) CHECK(uu[i] == doctest::Approx(iu[i]).epsilon(1e-13).scale(1.0));
      for (size_t i = 0; i < vv.size(); ++i) CHECK(vv[i] == doctest::Approx(iv[i]).epsilon(1e-13).scale(1.0));
    }
  }
}

TEST_CASE("svd: a NaN is LAPACK's illegal argument, reported as PyTorch reports it") {
  Tensor a = f64({1, NAN, 2, 3, 4, 5, 6, 7}, {2, 2, 2});
  try {
    linalg_svd(a, false);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind == ErrorKind::LinAlg);
    CHECK(std::string(e.what()) ==
          "linalg.svd: (Batch element 0): The algorithm failed to converge because the input matrix contained non-finite values.");
  }
}
