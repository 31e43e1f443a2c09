// A theme's files: the built-in default, with any file a site places in its own theme folder
// taking the place of the built-in one of the same name.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "util/diagnostics.h"

namespace almanac {

struct ThemeFile {
  std::string data;
  std::string origin;  // where it came from, for messages: themes/x/templates/a.mustache
};

class Theme {
 public:
  // Reads `<site>/themes/<name>/` over the built-in default theme.
  [[nodiscard]] static std::optional<Theme> load(const std::filesystem::path& site_folder,
                                                 const std::string& name, Diagnostics& diagnostics);
  // The built-in default theme alone.
  [[nodiscard]] static Theme built_in();
  // Puts `file` at `path` ("templates/entry.mustache"), in place of the file there.
  void place(const std::string& path, ThemeFile file) { files_[path] = std::move(file); }

  [[nodiscard]] const ThemeFile* find(const std::string& path) const;
  // Paths of every file below a folder of the theme, such as "static/".
  [[nodiscard]] std::vector<std::string> paths_under(const std::string& folder) const;

 private:
  std::map<std::string, ThemeFile> files_;
};

}  // namespace almanac
