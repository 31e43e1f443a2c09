// Reading a built site back for assertions: every file, and every internal link.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace almanac::testing {

// Every file below `folder` (manifest included) → its bytes.
[[nodiscard]] std::map<std::string, std::string> read_tree(const std::filesystem::path& folder);

// Internal href/src targets of every HTML file that do not resolve to a written file, as
// "page.html -> target".
[[nodiscard]] std::vector<std::string> broken_links(const std::filesystem::path& folder);

inline bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace almanac::testing
