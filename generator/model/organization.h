// A partner: hospital, ministry, university or government that entries refer to by id.
#pragma once

#include <string>

#include "model/value.h"

namespace almanac {

enum class OrganizationKind { hospital, ministry, university, government, association, other };

struct Organization {
  std::string id;  // the file name without .toml
  std::string source_path;
  std::string name;
  std::string short_name;
  std::string name_en;
  std::string name_native;
  OrganizationKind kind = OrganizationKind::other;
  std::string country;
  std::string region;
  std::string city;
  std::string website;
  Value extra;
  // Hashes an incremental build compares: of its file, for its own page; of what other pages
  // show of it (its names, country and website), for the entries and reports that name it.
  std::string version;
  std::string reference_version;
};

}  // namespace almanac
