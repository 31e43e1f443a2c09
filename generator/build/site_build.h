// The whole build, stage by stage: load → index → render → write.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

#include "model/date.h"
#include "util/diagnostics.h"

namespace almanac {

struct BuildOptions {
  std::filesystem::path source = ".";
  std::filesystem::path output;  // empty: <source>/site
  bool include_drafts = false;
  bool force = false;
  int jobs = 1;
  Date today;  // "upcoming" and future-date warnings are relative to it
  // Called now and then while pages render: (done, total). May be empty.
  std::function<void(std::size_t, std::size_t)> progress;
};

struct BuildResult {
  bool ok = false;
  std::size_t pages = 0;  // HTML pages rendered
  std::size_t files = 0;  // every file written, assets included
};

// Problems with the content, the theme or the output folder are reported in `diagnostics`; on
// any error nothing in the output folder changes.
[[nodiscard]] BuildResult build_site(const BuildOptions& options, Diagnostics& diagnostics);

}  // namespace almanac
