// The mistakes editors make most in TOML, recognised in text that did not parse, so that the
// message says what to write instead of what the parser expected: a date as 08.10.2025 or
// 8 октября 2025, typographic quotes from a word processor, a quote not closed, ":" for "=",
// a list without commas or with words not in quotes, a key written twice, "да" for true.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace almanac {

struct TomlMistake {
  int line = 0;  // in the file
  int column = 0;
  std::string message;
};

// Every recognised mistake in `text`, whose first line is line `first_line` of its file, in
// the order of the text; empty when none is recognised (the parser's own message stands).
[[nodiscard]] std::vector<TomlMistake> find_toml_mistakes(std::string_view text, int first_line);

}  // namespace almanac
