// sitemap.xml (with each page's other languages as hreflang alternates) and robots.txt, for a
// site with a base_url: search engines find every page, in every language.
#pragma once

#include <vector>

#include "render/site_pages.h"

namespace almanac {

// The jobs that write /sitemap.xml and /robots.txt for the pages among `jobs` (every language's;
// the files are not pages). `indexes` are the site's languages, default first.
[[nodiscard]] std::vector<PageJob> sitemap_jobs(const std::vector<PageJob>& jobs,
                                                const std::vector<const SiteIndex*>& indexes);

}  // namespace almanac
