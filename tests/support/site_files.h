// Reading a built site back for assertions: every file, and every internal link.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace almanac::testing {

// Every file below `folder` (manifest included) → its bytes.
[[nodiscard]] std::map<std::string, std::string> read_tree(const std::filesystem::path& folder);
// The output folder as a host gets it: read_tree without the lock, which holds a process id.
[[nodiscard]] std::map<std::string, std::string> read_published(
    const std::filesystem::path& folder);

// Internal href/src targets of every HTML file that do not resolve to a written file, as
// "page.html -> target".
// Every href and src of the site's pages: those that lead nowhere inside the folder, and the
// addresses outside the site (listed, not fetched). Links that start with `base_url` are
// looked up inside the folder, as are 404.html's links from base_url's path.
struct LinkReport {
  std::vector<std::string> broken;  // "page -> link"
  std::set<std::string> external;
};
[[nodiscard]] LinkReport check_links(const std::filesystem::path& folder,
                                     const std::string& base_url = "");
[[nodiscard]] std::vector<std::string> broken_links(const std::filesystem::path& folder);

inline bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace almanac::testing
