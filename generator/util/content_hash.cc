#include "util/content_hash.h"

#include <xxhash.h>

#include <cstdio>
#include <memory>

namespace almanac {
namespace {

std::string hex(XXH128_hash_t hash) {
  char text[33];
  std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return text;
}

}  // namespace

std::string content_hash(std::string_view data) {
  return hex(XXH3_128bits(data.data(), data.size()));
}

std::string content_hash_of_parts(const std::vector<std::string_view>& parts) {
  const std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(),
                                                                       &XXH3_freeState);
  XXH3_128bits_reset(state.get());
  for (const auto part : parts) {
    const unsigned long long length = part.size();
    XXH3_128bits_update(state.get(), &length, sizeof length);
    XXH3_128bits_update(state.get(), part.data(), part.size());
  }
  return hex(XXH3_128bits_digest(state.get()));
}

}  // namespace almanac
