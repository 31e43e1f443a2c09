// Everything a build renders, loaded and validated.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/entry.h"
#include "model/organization.h"
#include "model/site_config.h"

namespace almanac {

struct Site {
  SiteConfig config;
  // In the default language: collaborations, conferences, internships and pages, drafts removed.
  std::vector<Entry> entries;
  // Language → its translated entries (`.en.md` files merged over their originals).
  std::map<std::string, std::vector<Entry>> translations;
  std::vector<Organization> organizations;
  // Taxonomy terms in other languages (content/terms.toml): term → language → name.
  std::map<std::string, std::map<std::string, std::string>> term_names;
};

}  // namespace almanac
