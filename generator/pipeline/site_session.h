// An incremental build in one process, as a preview server keeps one: the site is loaded,
// indexed and rendered into memory once; then, given the files that changed, only those are
// read again and only the files whose inputs changed (index/page_inputs.h) are rendered again.
// The result is the same bytes as a full build of the new content, which the random-edit test
// (tests/site/incremental_build_test.cc) checks.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "load/site_reload.h"
#include "pipeline/build_options.h"
#include "util/diagnostics.h"

namespace almanac {

class SiteSession {
 public:
  // `options.output` is not used; `options.only_report` must be empty.
  explicit SiteSession(BuildOptions options);
  ~SiteSession();
  SiteSession(const SiteSession&) = delete;
  SiteSession& operator=(const SiteSession&) = delete;

  // Builds after `changed` files (relative to the site folder: added, edited or deleted since
  // the last build) changed; the first build, and the first after one that failed, read
  // everything. On an error, the problems go to `diagnostics` and files() stays the last good
  // build's.
  BuildResult rebuild(const std::vector<std::string>& changed, Diagnostics& diagnostics);

  // Every file of the last good build, by path. No PDFs (WeasyPrint makes them from files).
  [[nodiscard]] const std::map<std::string, std::string>& files() const { return files_; }
  // The files the last rebuild wrote (new or with new bytes) and removed.
  [[nodiscard]] const std::vector<std::string>& written() const { return written_; }
  [[nodiscard]] const std::vector<std::string>& removed() const { return removed_; }
  // How many of the plan's jobs (pages and files) the last rebuild rendered again.
  [[nodiscard]] std::size_t rendered() const { return rendered_; }

 private:
  struct State;
  // Files read again in place left the index as it was: `next` takes over the plan of
  // `previous`, and the jobs that show what was read again are hashed again, their previous
  // hashes going to `rehashed`. False on an error, reported.
  bool keep_plan(State& previous, State& next, const Reloaded& reloaded, Diagnostics& diagnostics,
                 std::unordered_map<std::size_t, std::string>& rehashed) const;
  // `next` is loaded (unless `reloaded` in place in `previous`), indexed, planned and hashed
  // anew. False on an error, reported.
  bool make_plan(State* previous, State& next, bool reloaded, Diagnostics& diagnostics,
                 bool* usage_error) const;

  BuildOptions options_;
  std::unique_ptr<State> state_;  // null before the first good build and after a failed one
  std::map<std::string, std::string> files_;
  std::vector<std::string> written_, removed_;
  std::size_t rendered_ = 0;
};

}  // namespace almanac
