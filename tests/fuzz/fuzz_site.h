// What the fuzz targets load entries against: the organizations of the test fixtures' site.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "load/entry_loader.h"
#include "model/organization.h"

namespace almanac::fuzzing {

// The fixtures' organizations, with ids, names and countries.
[[nodiscard]] const std::vector<Organization>& fuzz_organizations();
// An entry context that knows them; today is 2025-11-12.
[[nodiscard]] const EntryContext& fuzz_entry_context();

}  // namespace almanac::fuzzing
