#include "load/entry_versions.h"

#include <vector>

#include "util/content_hash.h"

namespace almanac {
namespace {

// The file up to the line that closes its front matter, or all of it when that line is not
// found (a bigger part only makes more pages count as changed).
std::string_view front_matter_part(std::string_view raw) {
  const auto close = raw.find("\n+++", 3);
  return close == std::string_view::npos ? raw : raw.substr(0, close);
}

}  // namespace

void set_entry_versions(Entry& entry, std::string_view raw, std::string_view original_raw) {
  std::string files;
  for (const auto& name : entry.files)
    files += name + '\n';
  entry.content_version = content_hash_of_parts({raw, original_raw, files});
  entry.index_version =
      content_hash_of_parts({front_matter_part(raw), front_matter_part(original_raw), files});
  entry.listing_version = content_hash_of_parts({entry.index_version, entry.summary});
}

}  // namespace almanac
