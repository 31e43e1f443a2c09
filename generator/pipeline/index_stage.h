// Stage 2, index: for each language, every order, slug, year and related entry decided once
// (index/site_index.h), before any page renders; and where the entries' pages get their texts.
#pragma once

#include <memory>
#include <vector>

#include "index/site_index.h"
#include "pipeline/load_stage.h"
#include "render/entry_bodies.h"
#include "util/diagnostics.h"

namespace almanac {

struct IndexedSite {
  std::vector<SiteIndex> indexes;  // one per language, in the order of almanac.toml
  // From the site's files; where the render plan's views find it, however IndexedSite moves.
  std::unique_ptr<const EntryBodyReader> bodies;
};

// Warns about names a language's pages would show untranslated. `source` is the site's folder.
[[nodiscard]] IndexedSite index_stage(const LoadedSite& loaded, const std::filesystem::path& source,
                                      int jobs, Diagnostics& diagnostics);

}  // namespace almanac
