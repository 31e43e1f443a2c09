// The versions of a loaded entry (model/entry.h): hashes of its file that an incremental build
// compares, so that an edit to an entry's text below its front matter changes its own page and
// not the lists that show it.
#pragma once

#include <string_view>

#include "model/entry.h"

namespace almanac {

// `raw` is the entry's file as read; `original_raw`, for a translation, its original's.
void set_entry_versions(Entry& entry, std::string_view raw, std::string_view original_raw = {});

}  // namespace almanac
