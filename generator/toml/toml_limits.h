// Bounds on what TOML text may nest, checked before toml++ reads it: lists and tables inside
// each other, dotted keys and table headers of many parts. toml++ and the conversion to Value
// recurse once a level, so text thousands deep (fuzzing found such) would overflow the stack;
// no real front matter comes near the bounds.
#pragma once

#include <optional>
#include <string_view>

#include "toml/toml_mistakes.h"

namespace almanac {

// Lists and inline tables inside each other, and the parts of a dotted key or table header.
inline constexpr int kMaxTomlDepth = 32;

// The first place where `text` (whose first line is `first_line` of its file) goes past the
// bounds, with a message that names them; nullopt when it stays within.
[[nodiscard]] std::optional<TomlMistake> toml_beyond_limits(std::string_view text, int first_line);

}  // namespace almanac
