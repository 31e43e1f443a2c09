#include "build/assets.h"

#include <cstdint>
#include <cstdio>

#include "output/output_writer.h"
#include "util/file_system.h"

namespace almanac {
namespace {

bool is_fingerprinted(const std::string& path) {
  return path.ends_with(".css") || path.ends_with(".js");
}

// FNV-1a, 64 bits: a cache-busting name needs a stable hash of the content, not a secure one.
std::string content_hash(const std::string& data) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const unsigned char c : data) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return std::string(hex, 10);
}

// "css/style.css" with hash h → "css/style.h.css".
std::string with_hash(const std::string& path, const std::string& hash) {
  const std::size_t dot = path.rfind('.');
  return path.substr(0, dot) + "." + hash + path.substr(dot);
}

}  // namespace

std::string asset_key(const std::string& path) {
  std::string key = path;
  for (auto& c : key) {
    if (c == '.' || c == '/' || c == '-') c = '_';
  }
  return key;
}

Assets collect_assets(const Theme& theme, const std::filesystem::path& source,
                      Diagnostics& diagnostics) {
  std::map<std::string, std::string> by_path;
  for (const auto& path : theme.paths_under("static/")) {
    by_path[path.substr(7)] = theme.find(path)->data;
  }
  for (const auto& path : list_files_recursively(source / "static")) {
    std::string error;
    auto data = read_file(source / "static" / path, &error);
    if (!data) {
      diagnostics.error({"static/" + path, 0, 0}, "cannot read the file: " + error);
      continue;
    }
    if (!is_safe_output_path(path)) {
      diagnostics.warning({"static/" + path, 0, 0}, "not copied: hidden files are not published");
      continue;
    }
    by_path[path] = std::move(*data);
  }
  Assets assets;
  for (auto& [path, data] : by_path) {
    std::string published = path;
    if (is_fingerprinted(path)) {
      published = with_hash(path, content_hash(data));
      assets.published_names[path] = published;
    }
    assets.files.push_back({published, std::move(data)});
  }
  return assets;
}

}  // namespace almanac
