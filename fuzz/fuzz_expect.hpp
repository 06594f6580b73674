#pragma once
#include <cstdio>
#include <cstdlib>

// A property every input must keep. A broken one aborts, which libFuzzer and the replay driver
// both report as a crash with the input that caused it.
#define FUZZ_EXPECT(condition)                                                              \
  do {                                                                                      \
    if (!(condition)) {                                                                     \
      std::fprintf(stderr, "%s:%d: broken property: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                         \
    }                                                                                       \
  } while (false)
