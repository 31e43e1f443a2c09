#include "pipeline/assets.h"

#include <cstdint>
#include <cstdio>

#include "messages/messages.h"
#include "output/output_writer.h"
#include "util/content_hash.h"
#include "util/file_system.h"
#include "util/text.h"

namespace almanac {
namespace {

bool is_fingerprinted(const std::string& path) {
  return path.ends_with(".css") || path.ends_with(".js");
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
      diagnostics.error({"static/" + path, 0, 0},
                        tr("cannot read the file: {reason}", {{"reason", error}}));
      continue;
    }
    if (has_control_character(path)) {
      diagnostics.error({"static/" + path, 0, 0},
                        tr("the file's name holds a line break or another control character; "
                           "rename it"));
      continue;
    }
    if (!is_safe_output_path(path)) {
      diagnostics.warning({"static/" + path, 0, 0},
                          tr("not copied: hidden files are not published"));
      continue;
    }
    by_path[path] = std::move(*data);
  }
  Assets assets;
  for (auto& [path, data] : by_path) {
    std::string published = path;
    if (is_fingerprinted(path)) {
      published = with_hash(path, content_hash(data).substr(0, 10));
      assets.published_names[path] = published;
    }
    assets.files.push_back({published, std::move(data)});
  }
  return assets;
}

}  // namespace almanac
