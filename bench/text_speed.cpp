// CPU time of the text layer's passes over one file, best of five: the UTF-8 check (fast and
// careful), decoding and normalizing. Built against a Release build's library (bench/RESULTS.md):
//   g++ -O2 -std=c++20 -Isrc -Ibuild-release/generated bench/text_speed.cpp \
//     build-release/libplanlint_lib.a -licuuc -licui18n -licudata -o bench/out/text_speed
//   bench/out/text_speed bench/out/seeds-100mb.txt
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>

#include "planlint/text/decode.hpp"
#include "planlint/text/normalize.hpp"
#include "planlint/text/utf8_validate.hpp"

namespace {

template <typename Pass>
void time_pass(const char* name, std::size_t bytes, Pass pass) {
  double best = 1e9;
  for (int run = 0; run < 5; ++run) {
    const std::clock_t start = std::clock();
    const volatile std::size_t result = pass();
    (void)result;
    const double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    if (seconds < best) best = seconds;
  }
  std::printf("%-40s cpu %.3f s  %6.2f GB/s\n", name, best,
              static_cast<double>(bytes) / best / 1e9);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: text_speed FILE\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  time_pass("is_valid_utf8 (16 bytes a step)", text.size(),
            [&] { return static_cast<std::size_t>(planlint::is_valid_utf8(text)); });
  time_pass("is_valid_utf8_scalar (a code point a step)", text.size(),
            [&] { return static_cast<std::size_t>(planlint::is_valid_utf8_scalar(text)); });
  time_pass("decode (copy, NUL search, UTF-8 check)", text.size(),
            [&] { return planlint::decode(text).index(); });
  time_pass("normalize", text.size(), [&] { return planlint::normalize(text).view().size(); });
}
