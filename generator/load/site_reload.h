// Edited files of a loaded site read again in place, for an incremental build: an entry or an
// organization whose file changed gets its new content at the same address, so the index and
// the pages that point at it still do.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "load/site_loader.h"
#include "model/site.h"
#include "util/diagnostics.h"

namespace almanac {

struct Reloaded {
  bool index_changed = false;  // what the index reads changed: a title, a date, a term, a name
  // Organizations have new names, so the index's alphabetical list is out of order; no more.
  bool organizations_renamed = false;
  // What was read again, at the same addresses: originals with their translations.
  std::vector<const Entry*> entries;
  std::vector<const Organization*> organizations;
};

// `paths` are relative to the site folder. Nullopt when any of them is not an edit that keeps
// the site's shape: a file added or deleted, an entry made a draft, a new slug, a file with an
// error. `site` may then be half reloaded: load the whole site again, which reports every
// problem. Warnings of the files read go to `diagnostics`.
[[nodiscard]] std::optional<Reloaded> reload_in_place(Site& site, const LoadOptions& options,
                                                      const std::vector<std::string>& paths,
                                                      Diagnostics& diagnostics);

}  // namespace almanac
