// Names that the pages of a language would show in another: a country, region or topic with no
// name in content/terms.toml for that language, an organization without name_en. Each gets one
// warning that says which file to add the name to, so a missing translation is never silent.
#pragma once

#include "index/site_index.h"
#include "util/diagnostics.h"

namespace almanac {

// For a language other than the site's default: one warning per untranslated name its pages
// show. Names written in Latin letters alone (COVID-19) need no translation.
void warn_about_untranslated_names(const SiteIndex& index, Diagnostics& diagnostics);

}  // namespace almanac
