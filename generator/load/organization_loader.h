// Loads one organization file (content/organizations/<id>.toml).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/organization.h"
#include "util/diagnostics.h"

namespace almanac {

[[nodiscard]] std::optional<Organization> load_organization(const std::string& path,
                                                            std::string_view raw,
                                                            Diagnostics& diagnostics);

}  // namespace almanac
