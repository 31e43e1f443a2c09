// How wide a line of chart text prints, so that labels and legends are laid out without
// overlapping. Charts are drawn before any font is chosen, so the widths are those of the
// widest of the fonts the report names (a label may come out narrower, never wider).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace almanac {

// The width of `text` (UTF-8) at `font_size`, in the same units as the size.
[[nodiscard]] double text_width(std::string_view text, double font_size);

// `text` broken into lines no wider than `width`: between words, and inside a word only when
// the word alone is wider.
[[nodiscard]] std::vector<std::string> wrap_text(std::string_view text, double width,
                                                 double font_size);

}  // namespace almanac
