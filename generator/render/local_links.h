// Links for a site opened from a folder on disk (a USB stick, an archive sent by email): a
// browser shows a folder's listing for "conferences/x/", so every link into the site names its
// index.html ("conferences/x/index.html"). For `build --local`.
#pragma once

#include <string>
#include <string_view>

namespace almanac {

// `html` with every relative href that ends in "/" (or is empty before its #fragment or
// ?query) ending in "index.html"; addresses with a scheme, "//host" and "#x" stay as they are.
[[nodiscard]] std::string with_index_files(std::string_view html);

}  // namespace almanac
