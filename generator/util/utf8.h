// Checking that a content file is text: valid UTF-8 without invisible control characters.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace almanac {

struct TextProblem {
  enum class Kind { invalid_utf8, control_character };
  Kind kind;
  std::size_t offset;  // of the first byte at fault
};

// The first byte that is not part of well-formed UTF-8 (no overlong forms, surrogates or values
// past U+10FFFF), or that is a control character other than tab, line feed and carriage return.
// Sixteen bytes at a time where the text is plain (ASCII and two-byte letters, as in Russian), as
// every content file of a site goes through it on every build.
[[nodiscard]] std::optional<TextProblem> find_text_problem(std::string_view text);

// How messages name a character: "U+0007".
[[nodiscard]] std::string code_point_name(char32_t code);

}  // namespace almanac
