// The views of the site's own pages: the home page, the search page and the page for addresses
// that lead nowhere.
#pragma once

#include "render/page_views.h"

namespace almanac {

ViewData home_view(const PageViews& views, const std::string& path);
// The search page; its results come from the index, by the theme's script.
ViewData search_view(const PageViews& views, const std::string& path);
// 404.html, whose links start from `root`: it is served at any address.
ViewData not_found_view(const PageViews& views, const std::string& root);

}  // namespace almanac
