// content/terms.toml: the names of taxonomy terms in the site's other languages.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "model/site_config.h"
#include "util/diagnostics.h"

namespace almanac {

// `"Китай" = { en = "China" }` → term → language → name. Missing file: no translations.
[[nodiscard]] std::map<std::string, std::map<std::string, std::string>> load_term_names(
    const std::filesystem::path& source, const SiteConfig& config, Diagnostics& diagnostics);

}  // namespace almanac
