// The list of every page of the website: its file, its template and how to build its view.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "index/page_inputs.h"
#include "render/page_views.h"

namespace almanac {

struct PageJob {
  const PageViews* views;     // of the page's language
  std::string path;           // within its language: conferences/x/
  std::string file;           // in the output folder: en/conferences/x/index.html
  std::string template_name;  // templates/<name>.mustache
  std::function<PageView(const PageViews&)> view;
  // The same page in another language (given its index), as a path within that language; the
  // home page ("") when that language does not have it.
  std::function<std::string(const SiteIndex&)> counterpart;
  // For a file that is not a page (a report's CSV or JSON): its content, and no template.
  std::function<std::string(const PageViews&)> raw = nullptr;
  // For the search index: its files, each given to `write` under the job's file as a folder,
  // made from the terms of every page search finds (`documents`), all of them before it.
  std::function<bool(const PageViews&, const std::vector<SearchTerms>& documents,
                     const SearchFileWriter& write)>
      files = nullptr;
  // For an annual report's page: its year (a PDF is made from the page).
  int report_year = 0;
  // The number of the page's language, in the order of almanac.toml (set by the render plan).
  std::size_t language = 0;
  // For a page search finds: its number among the language's search documents.
  std::size_t search_document = PageViews::kNotSearched;
  // What the job's file is made from beyond the site's settings, theme and free pages
  // (index/page_inputs.h), for an incremental build; null for a file made from the whole site
  // (the home page, the sitemap), made again whenever any content changed.
  std::function<void(PageInputs&)> inputs = nullptr;
  // When not 0: `inputs` are those of the job this many places before, and hashed once for
  // both (a report's CSV and JSON are made from the same data as its page).
  std::size_t same_inputs_as_job_before = 0;

  [[nodiscard]] bool is_page() const { return view != nullptr; }
};

// Every page of one language. Only the default language has `not_found_root` (how 404.html
// reaches the site root, since a host serves it at any URL).
[[nodiscard]] std::vector<PageJob> plan_pages(const PageViews& views,
                                              const std::optional<std::string>& not_found_root);

}  // namespace almanac
