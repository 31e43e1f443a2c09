// Stage 3, render: the pages and files of every language planned (render/site_pages.h), the
// links of the entries' texts checked against them, then rendered on `jobs` threads into a
// sink that stages them (write_stage.h).
#pragma once

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/build_options.h"
#include "pipeline/index_stage.h"
#include "pipeline/load_stage.h"
#include "render/page_views.h"
#include "render/site_pages.h"
#include "util/diagnostics.h"

namespace almanac {

struct RenderPlan {
  std::shared_ptr<SearchIndexer> indexer;         // numbers the stems of every page's text
  std::vector<std::unique_ptr<PageViews>> views;  // one per language
  std::vector<PageJob> jobs;                      // every page and file, in the order written

  // The HTML pages among the jobs.
  [[nodiscard]] std::size_t page_count() const {
    return static_cast<std::size_t>(
        std::count_if(jobs.begin(), jobs.end(), [](const PageJob& job) { return job.is_page(); }));
  }
};

// Null on an error: a text's link that leads to no page or file of the build, a template the
// theme lacks, a report asked for that cannot be made (`usage_error` set when the command line
// should have refused it). With `options.only_report`, plans that report alone and drops every
// asset but its style sheet from `loaded`. `indexer`, when given, is one an earlier plan used.
[[nodiscard]] std::optional<RenderPlan> plan_render(
    LoadedSite& loaded, IndexedSite& indexed, const BuildOptions& options, Diagnostics& diagnostics,
    bool* usage_error, std::shared_ptr<SearchIndexer> indexer = nullptr);

// Where rendered files go: a path in the output folder and its bytes; false with `error` set
// when a file cannot be kept.
using FileSink =
    std::function<bool(const std::string& path, std::string_view data, std::string* error)>;

// What the render stage gathers beside the files: the search terms of the pages search finds,
// by language (in the order of the plan's views) and document number.
using SearchDocuments = std::vector<std::vector<SearchTerms>>;

// Every link of the entries' texts must lead to a page or file the jobs write, an asset or an
// entry's file; each that does not is an error. plan_render checks them; an incremental build
// that keeps its plan checks them again after texts changed.
void check_links(const LoadedSite& loaded, const std::vector<PageJob>& jobs,
                 Diagnostics& diagnostics);

// Renders the jobs of `plan` into `sink`, and the terms of the pages search finds into
// `documents`; on the first failure, stops and says why in `error`. With `only`, renders the
// jobs marked there alone; `documents` then comes with the terms of the pages left out.
[[nodiscard]] bool render_stage(const RenderPlan& plan, const LoadedSite& loaded,
                                const IndexedSite& indexed, const BuildOptions& options,
                                const FileSink& sink, SearchDocuments& documents,
                                std::string* error, const std::vector<bool>* only = nullptr);

}  // namespace almanac
