// An entry file loaded as each kind of entry, with every field checked.
#include "fuzz/fuzz_site.h"
#include "fuzz/fuzz_target.h"
#include "load/entry_loader.h"

using namespace almanac;

ALMANAC_FUZZ_TARGET(entry) {
  for (const EntryKind kind :
       {EntryKind::collaboration, EntryKind::conference, EntryKind::internship, EntryKind::page}) {
    Diagnostics diagnostics;
    const std::string path = std::string("content/") + kind_folder(kind) + "/fuzz.md";
    const auto entry = load_entry(kind, path, input, fuzzing::fuzz_entry_context(), diagnostics);
    // An entry that does not load says why; one that loads has what every page needs.
    fuzzing::expect(entry.has_value() != diagnostics.has_errors());
    if (entry) fuzzing::expect(!entry->title.empty() && !entry->slug.empty());
  }
}
