// An entry's text is most of its memory, and a site's texts together most of a loaded site's.
// So a site loads only what lists, the index and the checks need of a text (its summary, its
// links, a hash; EntryContext::keep_body_html is false), and the entry's page reads the file
// and renders the text when it is made.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "model/entry.h"

namespace almanac {

// The entry's text rendered from its file under `source`, the same HTML load_entry makes;
// nullopt with `error` set when the file cannot be read or its text changed since it was loaded.
[[nodiscard]] std::optional<std::string> read_entry_body(const std::filesystem::path& source,
                                                         const Entry& entry, bool unsafe_html,
                                                         std::string* error);

}  // namespace almanac
