// Loads and validates a whole site folder: almanac.toml, organizations and every entry.
#pragma once

#include <filesystem>
#include <optional>

#include "model/site.h"
#include "util/diagnostics.h"

namespace almanac {

struct LoadOptions {
  std::filesystem::path source = ".";
  bool include_drafts = false;
  int jobs = 1;
  Date today;  // for the future-date warning
};

// Reports every problem of every file; returns nullopt when any is an error.
[[nodiscard]] std::optional<Site> load_site(const LoadOptions& options, Diagnostics& diagnostics);

}  // namespace almanac
