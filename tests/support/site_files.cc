#include "support/site_files.h"

#include <fstream>
#include <regex>
#include <sstream>

namespace almanac::testing {
namespace fs = std::filesystem;

std::map<std::string, std::string> read_tree(const fs::path& folder) {
  std::map<std::string, std::string> files;
  for (const auto& item : fs::recursive_directory_iterator(folder)) {
    if (!item.is_regular_file()) continue;
    std::ifstream in(item.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files[fs::relative(item.path(), folder).generic_string()] = text.str();
  }
  return files;
}

std::vector<std::string> broken_links(const fs::path& folder) {
  static const std::regex link(R"re((?:href|src)="([^"]*)")re");
  std::vector<std::string> broken;
  for (const auto& [path, html] : read_tree(folder)) {
    if (!path.ends_with(".html") || path == "404.html") continue;
    for (std::sregex_iterator it(html.begin(), html.end(), link), end; it != end; ++it) {
      std::string target = (*it)[1];
      if (target.starts_with("http://") || target.starts_with("https://") ||
          target.starts_with("mailto:") || target.starts_with("#")) {
        continue;
      }
      target = target.substr(0, target.find('#'));
      fs::path resolved = (folder / path).parent_path() / target;
      if (target.empty() || target.back() == '/') resolved /= "index.html";
      resolved = resolved.lexically_normal();
      const auto relative = resolved.lexically_relative(folder).generic_string();
      if (relative.starts_with("..") || !fs::is_regular_file(resolved)) {
        broken.push_back(path + " -> " + (*it)[1].str());
      }
    }
  }
  return broken;
}

}  // namespace almanac::testing
