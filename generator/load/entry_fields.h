// Groups of fields that originals and translations read the same way.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/field_reader.h"
#include "model/entry.h"

namespace almanac {

// people = [{ name = "...", role = "..." }]
[[nodiscard]] std::vector<Person> read_people(FieldReader& reader);
// sources = [{ title = "...", url = "https://...", date = 2025-11-12 }]
[[nodiscard]] std::vector<SourceLink> read_sources(FieldReader& reader);

// Renders the Markdown body into the entry; the summary is the given one, else the body's first
// paragraph, which is then marked as the body's lead (the page prints it once).
// `body_line` is the file's line where the Markdown starts, for the positions of its links.
// False, with the problem reported, when the text is beyond the bounds of load/body_limits.h.
// Without `keep_html`, the entry's body_html stays empty (load/entry_body.h).
[[nodiscard]] bool set_body(Entry& entry, std::string_view markdown, int body_line,
                            const std::optional<std::string>& summary, bool unsafe_html,
                            bool keep_html, Diagnostics& diagnostics);

}  // namespace almanac
