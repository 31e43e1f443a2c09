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
  std::string version;  // a hash of its file, which an incremental build compares
};

}  // namespace almanac
