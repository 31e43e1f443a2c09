// A fingerprint of bytes: names that change when content changes (style.3f9a1c02b4.css), and
// what a PDF was made from. Stable across runs and machines; not for security. Uses xxHash.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace almanac {

// 32 hex digits (XXH3, 128 bits) of `data`.
[[nodiscard]] std::string content_hash(std::string_view data);

// The same over several parts, each counted with its length so that ("ab", "c") and
// ("a", "bc") differ.
[[nodiscard]] std::string content_hash_of_parts(const std::vector<std::string_view>& parts);

}  // namespace almanac
