// Groups of fields that originals and translations read the same way.
#pragma once

#include <vector>

#include "content/field_reader.h"
#include "model/entry.h"

namespace almanac {

// people = [{ name = "...", role = "..." }]
[[nodiscard]] std::vector<Person> read_people(FieldReader& reader);
// sources = [{ title = "...", url = "https://...", date = 2025-11-12 }]
[[nodiscard]] std::vector<SourceLink> read_sources(FieldReader& reader);

}  // namespace almanac
