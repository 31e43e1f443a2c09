#include "pipeline/index_stage.h"

#include "index/untranslated_names.h"
#include "load/entry_body.h"

namespace almanac {

IndexedSite index_stage(const LoadedSite& loaded, const std::filesystem::path& source, int jobs,
                        Diagnostics& diagnostics) {
  IndexedSite indexed;
  Diagnostics repeated;  // the other languages' indexes find the same term spellings again
  for (const auto& language : loaded.site.config.languages) {
    indexed.indexes.push_back(build_site_index(loaded.site, language, jobs,
                                               indexed.indexes.empty() ? diagnostics : repeated));
    warn_about_untranslated_names(indexed.indexes.back(), diagnostics);
  }
  indexed.bodies = std::make_unique<const EntryBodyReader>(
      [source, unsafe_html = loaded.site.config.unsafe_html](const Entry& entry,
                                                             std::string* error) {
        return read_entry_body(source, entry, unsafe_html, error);
      });
  return indexed;
}

}  // namespace almanac
