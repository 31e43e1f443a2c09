// Loads almanac.toml, the settings of a site.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/site_config.h"
#include "util/diagnostics.h"

namespace almanac {

[[nodiscard]] std::optional<SiteConfig> load_config(const std::string& path, std::string_view raw,
                                                    Diagnostics& diagnostics);

}  // namespace almanac
