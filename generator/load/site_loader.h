// Loads and validates a whole site folder: almanac.toml, organizations and every entry.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "model/site.h"
#include "util/diagnostics.h"

namespace almanac {

struct LoadOptions {
  std::filesystem::path source = ".";
  bool include_drafts = false;
  int jobs = 1;
  Date today;  // for the future-date warning
};

// A content file of the site for a loader (`path` relative to `source`); a read failure, or a
// file too large to be an entry, is reported at the file.
[[nodiscard]] std::optional<std::string> read_content_file(const std::filesystem::path& source,
                                                           const std::string& path,
                                                           Diagnostics& diagnostics);

// Reports every problem of every file; returns nullopt when any is an error.
[[nodiscard]] std::optional<Site> load_site(const LoadOptions& options, Diagnostics& diagnostics);

}  // namespace almanac
