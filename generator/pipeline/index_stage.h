// Stage 2, index: for each language, every order, slug, year and related entry decided once
// (index/site_index.h), before any page renders; and the entries' bodies, handed to their pages.
#pragma once

#include <memory>
#include <vector>

#include "index/site_index.h"
#include "pipeline/load_stage.h"
#include "render/entry_bodies.h"
#include "util/diagnostics.h"

namespace almanac {

struct IndexedSite {
  std::vector<SiteIndex> indexes;       // one per language, in the order of almanac.toml
  std::unique_ptr<EntryBodies> bodies;  // null when the entries keep their bodies
};

// Warns about names a language's pages would show untranslated. Takes the entries' bodies out
// of `loaded` into `bodies`, unless `keep_bodies` (for an incremental build, which may render
// an entry's page again).
[[nodiscard]] IndexedSite index_stage(LoadedSite& loaded, int jobs, Diagnostics& diagnostics,
                                      bool keep_bodies = false);

}  // namespace almanac
