// Fingerprints of content: stable, and sensitive to where pieces begin and end.
#include <doctest/doctest.h>

#include "util/content_hash.h"

using namespace almanac;

TEST_CASE("content hashes: 32 hex digits, the same for the same bytes, apart for parts") {
  const std::string hash = content_hash("report");
  CHECK(hash.size() == 32);
  CHECK(hash.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(content_hash("report") == hash);
  CHECK(content_hash("Report") != hash);
  // XXH3-128 of the empty input, as xxHash documents it: a check that the library is used.
  CHECK(content_hash("") == "99aa06d3014798d86001c324468d497f");
  CHECK(content_hash_of_parts({"ab", "c"}) != content_hash_of_parts({"a", "bc"}));
  CHECK(content_hash_of_parts({"ab", "c"}) == content_hash_of_parts({"ab", "c"}));
  CHECK(content_hash_of_parts({"", ""}) != content_hash_of_parts({""}));
}
