// The files a site publishes as they are: the theme's static/ folder with the site's own over
// it. Style sheets and scripts are published under names that carry a hash of their content
// (style.3f9a1c02b4.css), so a host can let browsers keep them forever: a changed file has a
// new name.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "theme/theme.h"
#include "util/diagnostics.h"

namespace almanac {

struct Asset {
  std::string path;  // in the output folder
  std::string data;
};

struct Assets {
  std::vector<Asset> files;
  // The published name of each fingerprinted file: "style.css" → "style.3f9a1c02b4.css".
  std::map<std::string, std::string> published_names;
};

[[nodiscard]] Assets collect_assets(const Theme& theme, const std::filesystem::path& source,
                                    Diagnostics& diagnostics);

// "css/print.css" → "css_print_css": the key templates use for a published name, as
// {{asset.css_print_css}} (Mustache reads dots in a name as steps into the data).
[[nodiscard]] std::string asset_key(const std::string& path);

}  // namespace almanac
