// The links of an entry's text on its pages, and their check: the markers the loader left
// (model/body_link.h) become addresses relative to each page, and every link into the site
// must lead to a page or file the build writes.
#pragma once

#include <set>
#include <string>

#include "index/site_index.h"
#include "model/site.h"
#include "util/diagnostics.h"

namespace almanac {

// `body` for a page whose way to its language's root is `root` and to the top of the output
// `top`: pages in the page's language, files once for all, entries by their page here (or in
// the default language, where this one does not show them).
[[nodiscard]] std::string with_links_resolved(std::string body, const std::string& root,
                                              const std::string& top, const SiteIndex& index);

// Where a link to the entry at `source` (content/conferences/x.md) leads from a page of
// `index`'s language: the entry's page there, else its page in the default language (a path
// from the top of the output); an empty path when no page shows it.
struct LinkedEntry {
  std::string path;
  bool from_top = false;
};
[[nodiscard]] LinkedEntry linked_entry(const std::string& source, const SiteIndex& index);

// An error at its position for every link of an entry's text (translations too) that leads to
// no page in `pages` ("conferences/x/"), no file in `files` ("images/a.png") or no published
// entry.
void check_body_links(const Site& site, const std::set<std::string>& pages,
                      const std::set<std::string>& files, Diagnostics& diagnostics);

}  // namespace almanac
