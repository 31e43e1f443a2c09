// The views of an entry's page and of a free page: the text, its facts, the people and sources,
// related entries; both give the terms of their text for search.
#pragma once

#include "render/page_views.h"

namespace almanac {

PageView entry_view(const PageViews& views, const Entry& entry, const std::string& path);
PageView free_page_view(const PageViews& views, const Entry& entry, const std::string& path);

}  // namespace almanac
