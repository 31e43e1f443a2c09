// Where each page lives: paths relative to the site root, always ending in "/" for pages.
#pragma once

#include <string>

#include "model/entry.h"
#include "model/organization.h"

namespace almanac {

[[nodiscard]] std::string entry_path(const Entry& entry);                       // conferences/x/
[[nodiscard]] std::string organization_path(const Organization& organization);  // organizations/x/
[[nodiscard]] std::string term_path(const std::string& taxonomy, const std::string& slug);
// The n-th (1-based) page of a paginated list at `first`: first, then first/page/2/, ...
[[nodiscard]] std::string paginated_path(const std::string& first, int page);
// The file a page path is written to: conferences/x/ → conferences/x/index.html.
[[nodiscard]] std::string output_file(const std::string& page_path);
// The way back to the site root from a page: "" at the root, "../../" two folders down.
[[nodiscard]] std::string root_prefix(const std::string& page_path);

// The root path of a site published at `base_url` ("https://x.org/intl/" → "/intl/").
// "minzdrav.example.ru" for "https://Minzdrav.example.ru/international/": the host, in lower
// case; empty without a base_url.
[[nodiscard]] std::string host_of_base_url(const std::string& base_url);
[[nodiscard]] std::string root_of_base_url(const std::string& base_url);

}  // namespace almanac
