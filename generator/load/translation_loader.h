// Loads a translation (content/conferences/x.en.md) over its original entry.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "load/entry_loader.h"
#include "model/entry.h"
#include "util/diagnostics.h"

namespace almanac {

// The translation's text fields (title, summary, body, people, sources, and the kind's own text
// such as city or stages) replace the original's; every other field is the original's. A field
// that must stay the same (a date, a count, a partner) may be repeated but not changed.
// `original_raw` is the original file's text.
[[nodiscard]] std::optional<Entry> load_translation(const std::string& path, std::string_view raw,
                                                    const Entry& original,
                                                    std::string_view original_raw,
                                                    const std::string& language,
                                                    const EntryContext& context,
                                                    Diagnostics& diagnostics);

}  // namespace almanac
