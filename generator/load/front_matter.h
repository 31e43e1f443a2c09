// Splits an entry file into its TOML front matter (between two `+++` lines) and Markdown body.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/value.h"
#include "util/diagnostics.h"

namespace almanac {

struct SplitEntry {
  std::string text;                    // the whole file, without a byte-order mark or CRs
  std::size_t front_matter_begin = 0;  // offsets into text
  std::size_t front_matter_end = 0;
  std::size_t body_begin = 0;
  int front_matter_line = 2;  // file line of the first TOML line
  int body_line = 0;          // file line where the body starts

  [[nodiscard]] std::string_view front_matter() const {
    return std::string_view(text).substr(front_matter_begin, front_matter_end - front_matter_begin);
  }
  [[nodiscard]] std::string_view body() const { return std::string_view(text).substr(body_begin); }
};

// Also checks what every text file must be: not empty, valid UTF-8. A byte-order mark and CRLF
// line endings are accepted and removed.
[[nodiscard]] std::optional<SplitEntry> split_front_matter(std::string_view raw,
                                                           const std::string& path,
                                                           Diagnostics& diagnostics);

// The checks and clean-up every content file gets, also used for plain TOML files.
[[nodiscard]] std::optional<std::string> normalized_text(std::string_view raw,
                                                         const std::string& path,
                                                         Diagnostics& diagnostics);

// A whole TOML file (an organization, almanac.toml), checked like any content file and parsed.
[[nodiscard]] std::optional<Value> read_toml_file(std::string_view raw, const std::string& path,
                                                  Diagnostics& diagnostics);

// Loads a TOML file into a T with `read(table, path, diagnostics)`; nullopt when the file has any
// error, all of which are reported.
template <typename T, typename Read>
[[nodiscard]] std::optional<T> load_toml_file(const std::string& path, std::string_view raw,
                                              Diagnostics& diagnostics, Read read) {
  Diagnostics local;  // this file's problems only, to tell whether it had an error
  const auto table = read_toml_file(raw, path, local);
  std::optional<T> result;
  if (table) result = read(*table, path, local);
  diagnostics.append(local);
  if (local.has_errors()) return std::nullopt;
  return result;
}

}  // namespace almanac
