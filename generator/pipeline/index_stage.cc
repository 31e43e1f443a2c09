#include "pipeline/index_stage.h"

#include "index/untranslated_names.h"

namespace almanac {

IndexedSite index_stage(LoadedSite& loaded, int jobs, Diagnostics& diagnostics, bool keep_bodies) {
  IndexedSite indexed;
  Diagnostics repeated;  // the other languages' indexes find the same term spellings again
  for (const auto& language : loaded.site.config.languages) {
    indexed.indexes.push_back(build_site_index(loaded.site, language, jobs,
                                               indexed.indexes.empty() ? diagnostics : repeated));
    warn_about_untranslated_names(indexed.indexes.back(), diagnostics);
  }
  if (!keep_bodies) indexed.bodies = std::make_unique<EntryBodies>(loaded.site, indexed.indexes);
  return indexed;
}

}  // namespace almanac
