// Everything a build renders, loaded and validated.
#pragma once

#include <vector>

#include "model/entry.h"
#include "model/organization.h"
#include "model/site_config.h"

namespace almanac {

struct Site {
  SiteConfig config;
  std::vector<Entry> entries;  // collaborations, conferences, internships and pages, drafts removed
  std::vector<Organization> organizations;
};

}  // namespace almanac
