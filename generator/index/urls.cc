#include "index/urls.h"

#include <algorithm>
#include <cctype>

namespace almanac {

std::string entry_path(const Entry& entry) {
  return std::string(kind_folder(entry.kind)) + "/" + entry.slug + "/";
}

std::string organization_path(const Organization& organization) {
  return "organizations/" + organization.id + "/";
}

std::string term_path(const std::string& taxonomy, const std::string& slug) {
  return taxonomy + "/" + slug + "/";
}

std::string paginated_path(const std::string& first, int page) {
  return page <= 1 ? first : first + "page/" + std::to_string(page) + "/";
}

std::string output_file(const std::string& page_path) {
  if (page_path.empty() || page_path.back() == '/') return page_path + "index.html";
  return page_path;
}

std::string root_prefix(const std::string& page_path) {
  const auto depth = std::count(page_path.begin(), page_path.end(), '/');
  // "./" rather than "" so that a link to the root is never an empty href.
  if (depth == 0) return "./";
  std::string prefix;
  for (long i = 0; i < depth; ++i)
    prefix += "../";
  return prefix;
}

std::string root_of_base_url(const std::string& base_url) {
  const auto scheme = base_url.find("://");
  if (scheme == std::string::npos) return "/";
  const auto slash = base_url.find('/', scheme + 3);
  if (slash == std::string::npos) return "/";
  std::string root = base_url.substr(slash);
  if (root.back() != '/') root += '/';
  return root;
}

std::string host_of_base_url(const std::string& base_url) {
  const auto scheme = base_url.find("://");
  if (scheme == std::string::npos) return {};
  std::string host = base_url.substr(scheme + 3, base_url.find('/', scheme + 3) - scheme - 3);
  for (auto& c : host)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return host;
}

}  // namespace almanac
