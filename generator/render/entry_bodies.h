// The entries' texts are most of a site's memory, so a loaded site does not keep them
// (load/entry_body.h): each entry's page gets its text from a reader that renders it again.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "model/entry.h"

namespace almanac {

// An entry's text as HTML; nullopt with `error` set when it cannot be read. Safe from many
// threads.
using EntryBodyReader =
    std::function<std::optional<std::string>(const Entry& entry, std::string* error)>;

}  // namespace almanac
