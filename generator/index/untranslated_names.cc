#include "index/untranslated_names.h"

#include <algorithm>
#include <set>

#include "messages/messages.h"

namespace almanac {
namespace {

bool is_latin_only(const std::string& name) {
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

void warn_about_untranslated_names(const SiteIndex& index, Diagnostics& diagnostics) {
  const Site& site = *index.site;
  if (index.language == site.config.default_language()) return;
  std::set<std::string> terms;  // as entries and organizations write them
  for (const auto* list : {&index.activities, &index.pages}) {
    for (const Entry* entry : *list) {
      for (const auto* names : {&entry->countries, &entry->regions, &entry->topics})
        terms.insert(names->begin(), names->end());
    }
  }
  for (const Organization* organization : index.organizations) {
    if (!organization->country.empty()) terms.insert(organization->country);
    if (!organization->region.empty()) terms.insert(organization->region);
    // Only English has a name field of its own in an organization's file.
    if (index.language == "en" && organization->name_en.empty() &&
        !is_latin_only(organization->name)) {
      diagnostics.warning(
          {organization->source_path, 0, 0},
          tr("the organization is shown under its name \"{name}\" on the \"{language}\" pages: "
             "add a line name_en = \"...\" to this file",
             {{"name", organization->name}, {"language", index.language}}));
    }
  }
  for (const auto& term : terms) {
    if (is_latin_only(term) || index.has_term_name(term)) continue;
    diagnostics.warning({"content/terms.toml", 0, 0},
                        tr("\"{term}\" is shown untranslated on the \"{language}\" pages: add a "
                           "line \"{term}\" = { {language} = \"...\" } to content/terms.toml",
                           {{"term", term}, {"language", index.language}}));
  }
}

}  // namespace almanac
