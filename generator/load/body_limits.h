// Bounds on an entry's Markdown, checked before cmark-gfm reads it. Its table extension takes
// time that grows with the square of a row's cells (40,000 cells, 20 seconds); its autolinks
// scan to the end of a word from every "http://", "www." and "@" in it (a 128 KB word of them,
// 2.3 s); its brackets ("![[]()" over and over) take time that grows with the square of their
// number (1 MB, over a minute); a reference link used many times repeats its address (1 MB of
// them, 30 s and 3.7 GB); nesting (block quotes, lists) takes a level of recursion each. No
// real text comes near the bounds.
#pragma once

#include <string>
#include <string_view>

#include "util/diagnostics.h"

namespace almanac {

inline constexpr int kMaxTableColumns = 64;      // "|" in a line
inline constexpr int kMaxBodyNesting = 32;       // block quotes and list levels
inline constexpr int kMaxWordCharacters = 4096;  // between two spaces or line breaks
inline constexpr int kMaxBrackets = 2000;        // "[" in a text: links, images, footnotes

// Whether `body` (which starts on line `body_line` of `path`) stays within the bounds; if not,
// reports its first line beyond them with a message naming the bound.
[[nodiscard]] bool body_within_limits(std::string_view body, const std::string& path, int body_line,
                                      Diagnostics& diagnostics);

}  // namespace almanac
