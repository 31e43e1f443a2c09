// What a build is asked to do, and what it did: the data at both ends of the pipeline.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/date.h"

namespace almanac {

struct BuildOptions {
  std::filesystem::path source = ".";
  std::filesystem::path output;  // empty: <source>/site
  bool include_drafts = false;
  bool force = false;
  int jobs = 1;
  Date today;  // "upcoming" and future-date warnings are relative to it
  // Also make a PDF of every annual report (WeasyPrint), as [reports] pdf = true does.
  bool pdf = false;
  // Links name their index.html, for a site opened from disk, as local = true does.
  bool local = false;
  // Write only the annual report of this year in this language, adding it to the output.
  struct OnlyReport {
    int year = 0;
    std::string language;  // empty: the site's default
  };
  std::optional<OnlyReport> only_report;
  // Called now and then while pages render: (done, total). May be empty.
  std::function<void(std::size_t, std::size_t)> progress;
};

struct BuildResult {
  bool ok = false;
  bool written = false;         // the output folder was updated (a PDF may still have failed)
  bool partly_written = false;  // moving the files into place failed half way; the next build
                                // into the folder finishes it
  bool usage_error = false;     // a request the command line should not have let through
  std::size_t pdfs = 0;         // PDFs made
  std::size_t pdfs_kept = 0;    // PDFs of unchanged reports, kept as they were
  double pdf_seconds = 0;       // WeasyPrint's time
  std::vector<std::string> pdf_files;  // every PDF in the output, made or kept
  std::string report_file;             // with only_report: its page, en/reports/2025/index.html
  std::size_t pages = 0;               // HTML pages rendered
  std::size_t files = 0;               // every file of the output, assets included
  std::size_t files_written = 0;       // new or changed, moved into place
  std::size_t files_unchanged = 0;     // the same bytes as before: left as they were
  std::size_t files_removed = 0;       // of the previous build, no longer made
};

}  // namespace almanac
