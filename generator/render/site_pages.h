// The list of every page of the website: its file, its template and how to build its view.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "render/page_views.h"

namespace almanac {

struct PageJob {
  std::string file;           // relative to the output folder: conferences/x/index.html
  std::string template_name;  // templates/<name>.mustache
  std::function<ViewData(const PageViews&)> view;
};

// `not_found_root` is how 404.html reaches the site root, since a host serves it at any URL.
[[nodiscard]] std::vector<PageJob> plan_pages(const SiteIndex& index, int page_size,
                                              const std::string& not_found_root);

// The root path of a site published at `base_url` ("https://x.org/intl/" → "/intl/").
[[nodiscard]] std::string root_of_base_url(const std::string& base_url);

}  // namespace almanac
