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

std::map<std::string, std::string> read_published(const fs::path& folder) {
  auto files = read_tree(folder);
  files.erase(".almanac-lock");
  return files;
}

LinkReport check_links(const fs::path& folder, const std::string& base_url) {
  static const std::regex link(R"re((?:href|src)="([^"]*)")re");
  // The path part of base_url ("/international/"): 404.html links from there, as a host serves
  // it at any address.
  const auto scheme = base_url.find("://");
  const std::string root_path =
      scheme == std::string::npos ? "/" : base_url.substr(base_url.find('/', scheme + 3));
  LinkReport report;
  for (const auto& [path, html] : read_tree(folder)) {
    if (!path.ends_with(".html")) continue;
    for (std::sregex_iterator it(html.begin(), html.end(), link), end; it != end; ++it) {
      std::string target = (*it)[1];
      if (target.starts_with("#") || target.starts_with("data:")) continue;
      fs::path resolved;
      if (!base_url.empty() && target.starts_with(base_url)) {
        resolved = folder / target.substr(base_url.size());
      } else if (target.starts_with("http://") || target.starts_with("https://") ||
                 target.starts_with("mailto:")) {
        report.external.insert(target);
        continue;
      } else if (target.starts_with("/")) {
        if (!target.starts_with(root_path)) {
          report.broken.push_back(path + " -> " + (*it)[1].str());
          continue;
        }
        resolved = folder / target.substr(root_path.size());
      } else {
        resolved = (folder / path).parent_path() / target;
      }
      std::string file = resolved.generic_string();
      file = file.substr(0, file.find_first_of("#?"));
      resolved = file;
      if (file.empty() || file.back() == '/') resolved /= "index.html";
      resolved = resolved.lexically_normal();
      const auto relative = resolved.lexically_relative(folder).generic_string();
      if (relative.starts_with("..") || !fs::is_regular_file(resolved)) {
        report.broken.push_back(path + " -> " + (*it)[1].str());
      }
    }
  }
  return report;
}

std::vector<std::string> broken_links(const fs::path& folder) {
  return check_links(folder).broken;
}

}  // namespace almanac::testing
