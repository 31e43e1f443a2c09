// Small string helpers that no library here offers in this form.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace almanac {

// Line and column (1-based, columns in characters) of a byte offset.
struct LineColumn {
  int line = 1;
  int column = 1;
};
[[nodiscard]] LineColumn line_column_at(std::string_view text, std::size_t offset);

// Levenshtein distance, for "did you mean" suggestions.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a likely typo.
[[nodiscard]] std::optional<std::string> closest_match(std::string_view word,
                                                       const std::vector<std::string>& candidates);

// `"a", "b" or "c"`: a list of allowed values for a message.
[[nodiscard]] std::string quoted_alternatives(const std::vector<std::string>& values,
                                              std::string_view last_joiner = " or ");

// Text for HTML or XML: & < > " ' replaced by entities. Copied in runs, eight bytes checked at a
// time, since escaping is much of the work of rendering a page.
[[nodiscard]] std::string escape_markup(const std::string& text);

// `text` as a JSON string, quotes included: quotes, backslashes and control characters escaped,
// everything else kept as UTF-8. Checked eight bytes at a time, like escape_markup.
void append_json_string(std::string& out, std::string_view text);

[[nodiscard]] bool is_slug(std::string_view text);

// Whether `text` holds a line break, a tab or another control character (a file name that
// would forge a line of a list of files).
[[nodiscard]] bool has_control_character(std::string_view text);

[[nodiscard]] std::string trim(std::string_view text);

}  // namespace almanac
