// Stage 1, load: almanac.toml, the organizations, every entry, the theme with its templates,
// strings and static files, all read and checked before anything is written.
#pragma once

#include <memory>
#include <vector>

#include "model/site.h"
#include "pipeline/assets.h"
#include "pipeline/build_options.h"
#include "render/strings.h"
#include "render/templates.h"
#include "theme/theme.h"
#include "util/diagnostics.h"

namespace almanac {

struct LoadedSite {
  Site site;
  Theme theme;
  Templates templates;
  std::vector<Strings> strings;  // one per language, in the order of almanac.toml
  Assets assets;
};

// Null when any file has an error, every one of which is reported. The later stages point into
// the result, so it stays where it is.
[[nodiscard]] std::unique_ptr<LoadedSite> load_stage(const BuildOptions& options,
                                                     Diagnostics& diagnostics);

}  // namespace almanac
