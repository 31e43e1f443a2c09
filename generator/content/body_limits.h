// Bounds on an entry's Markdown, checked before cmark-gfm reads it: its table extension takes
// time that grows with the square of a row's cells (40,000 cells, 20 seconds), and nesting
// (block quotes, lists) takes a level of recursion each. No real text comes near the bounds.
#pragma once

#include <string>
#include <string_view>

#include "util/diagnostics.h"

namespace almanac {

inline constexpr int kMaxTableColumns = 64;  // "|" in a line
inline constexpr int kMaxBodyNesting = 32;   // block quotes and list levels

// Whether `body` (which starts on line `body_line` of `path`) stays within the bounds; if not,
// reports its first line beyond them with a message naming the bound.
[[nodiscard]] bool body_within_limits(std::string_view body, const std::string& path, int body_line,
                                      Diagnostics& diagnostics);

}  // namespace almanac
