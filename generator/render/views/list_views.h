// The views of the pages that list entries a page at a time: a kind's list, a term's, and the
// list of a taxonomy's terms.
#pragma once

#include "render/page_views.h"

namespace almanac {

// Page `page` of `pages` of the kind's entries.
ViewData kind_list_view(const PageViews& views, EntryKind kind, const std::string& path, int page,
                        int pages);
ViewData taxonomy_view(const PageViews& views, const Taxonomy& taxonomy, const std::string& path);
// Page `page` of `pages` of the term's entries.
ViewData term_view(const PageViews& views, const Taxonomy& taxonomy, const Term& term,
                   const std::string& path, int page, int pages);

}  // namespace almanac
