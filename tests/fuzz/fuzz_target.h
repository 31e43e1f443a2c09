// A fuzz target: one input fed through a part of almanac. Built two ways: with libFuzzer as a
// program of its own (make fuzz), and into the test program, which runs the seed corpus and
// every input a fuzzer ever found through each target (make test, make test-sanitize).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>

namespace almanac::fuzzing {

using FuzzFunction = void (*)(std::string_view input);

// Every target of the test program, by name.
std::map<std::string, FuzzFunction>& fuzz_targets();

struct FuzzRegistration {
  FuzzRegistration(const char* name, FuzzFunction function) { fuzz_targets()[name] = function; }
};

// A promise of almanac's that an input broke: the fuzzer keeps the input as a crash.
inline void expect(bool promise) {
  if (!promise) std::abort();
}

}  // namespace almanac::fuzzing

#ifdef ALMANAC_LIBFUZZER
#define ALMANAC_FUZZ_TARGET(name)                                                     \
  static void fuzz_##name(std::string_view input);                                    \
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { \
    fuzz_##name(std::string_view(reinterpret_cast<const char*>(data), size));         \
    return 0;                                                                         \
  }                                                                                   \
  static void fuzz_##name(std::string_view input)
#else
#define ALMANAC_FUZZ_TARGET(name)                                                               \
  static void fuzz_##name(std::string_view input);                                              \
  static const almanac::fuzzing::FuzzRegistration fuzz_registration_##name(#name, fuzz_##name); \
  static void fuzz_##name(std::string_view input)
#endif
