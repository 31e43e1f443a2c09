// Every fuzz target, run over its seed corpus (the bundled site's and the fixtures' files) and
// over every input a fuzzer found that once crashed almanac (tests/fuzz/regressions/<target>/).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "fuzz/fuzz_target.h"

namespace fs = std::filesystem;

namespace almanac::fuzzing {

std::map<std::string, FuzzFunction>& fuzz_targets() {
  static std::map<std::string, FuzzFunction> targets;
  return targets;
}

}  // namespace almanac::fuzzing

namespace {

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The inputs of a target: what a fuzzer found, and the files its corpus is seeded with.
std::vector<fs::path> inputs_of(const std::string& target) {
  std::vector<fs::path> inputs;
  const fs::path root = ALMANAC_SOURCE_ROOT;
  for (const fs::path& folder : {root / "tests/fuzz/regressions" / target, root / "content",
                                 root / "tests/fixtures", root / "themes"}) {
    if (!fs::exists(folder)) continue;
    for (const auto& item : fs::recursive_directory_iterator(folder)) {
      const auto extension = item.path().extension();
      if (item.is_regular_file() && (folder.filename() == target || extension == ".md" ||
                                     extension == ".toml" || extension == ".mustache")) {
        inputs.push_back(item.path());
      }
    }
  }
  return inputs;
}

}  // namespace

TEST_CASE("every fuzz target takes its seed corpus and every input a fuzzer found") {
  const auto& targets = almanac::fuzzing::fuzz_targets();
  CHECK(targets.size() == 5);
  for (const auto& [name, function] : targets) {
    const auto inputs = inputs_of(name);
    CHECK(inputs.size() > 20);
    for (const auto& input : inputs) {
      CAPTURE(input);
      function(read_bytes(input));  // a broken promise aborts the test program
    }
  }
}
