// An entry file's front matter split from its body, and read as TOML.
#include "fuzz/fuzz_target.h"
#include "load/front_matter.h"
#include "toml/toml_reader.h"

using namespace almanac;

ALMANAC_FUZZ_TARGET(front_matter) {
  Diagnostics diagnostics;
  const auto split = split_front_matter(input, "content/conferences/fuzz.md", diagnostics);
  if (!split) return fuzzing::expect(diagnostics.has_errors());
  fuzzing::expect(split->front_matter_end <= split->body_begin &&
                  split->body_begin <= split->text.size());
  Diagnostics toml_diagnostics;
  const auto value = read_toml(split->front_matter(), "content/conferences/fuzz.md",
                               split->front_matter_line, toml_diagnostics);
  fuzzing::expect(value.has_value() != toml_diagnostics.has_errors());
  // A whole TOML file (an organization), checked as every content file is.
  Diagnostics file_diagnostics;
  (void)read_toml_file(input, "content/organizations/fuzz.toml", file_diagnostics);
}
