// Parses TOML text into a plain Value tree; the only module that includes toml++.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/value.h"
#include "util/diagnostics.h"

namespace almanac {

// Parses `text`, whose first line is line `first_line` of the file `path` (front matter starts
// below its `+++`). On a syntax error, reports it with its position and returns nullopt.
[[nodiscard]] std::optional<Value> read_toml(std::string_view text, const std::string& path,
                                             int first_line, Diagnostics& diagnostics);

}  // namespace almanac
