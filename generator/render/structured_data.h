// schema.org JSON-LD for a page's <script type="application/ld+json">: search engines and link
// previews read an event's dates and place, an organization's address, an article's date.
#pragma once

#include <string>

#include "index/site_index.h"
#include "model/entry.h"
#include "model/organization.h"

namespace almanac {

// Addresses inside the data are full ones when the site has a base_url, else left out.
struct StructuredDataContext {
  const SiteIndex& index;
  std::string page_url;  // this page's full address, or empty
};

// An Event for a conference, a NewsArticle for a collaboration or an internship, a WebPage for a
// free page.
[[nodiscard]] std::string entry_structured_data(const Entry& entry,
                                                const StructuredDataContext& context);

[[nodiscard]] std::string organization_structured_data(const Organization& organization,
                                                       const StructuredDataContext& context);

}  // namespace almanac
