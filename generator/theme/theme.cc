#include "theme/theme.h"

#include "messages/messages.h"
#include "theme/embedded_theme.h"
#include "util/file_system.h"
#include "util/text.h"

namespace almanac {

Theme Theme::built_in() {
  Theme theme;
  for (const auto& file : embedded_theme_files()) {
    theme.place(std::string(file.path),
                {std::string(file.data), "(built-in) themes/default/" + std::string(file.path)});
  }
  return theme;
}

std::optional<Theme> Theme::load(const std::filesystem::path& site_folder, const std::string& name,
                                 Diagnostics& diagnostics) {
  Theme theme = built_in();
  const std::string folder = "themes/" + name;
  if (!std::filesystem::is_directory(site_folder / folder)) {
    if (name != "default") {
      diagnostics.error({"almanac.toml", 0, 0},
                        tr("theme = \"{name}\" but there is no folder {folder}",
                           {{"name", name}, {"folder", folder}}));
      return std::nullopt;
    }
    return theme;
  }
  for (const auto& path : list_files_recursively(site_folder / folder)) {
    std::string error;
    const std::string origin = folder + "/" + path;
    if (has_control_character(path)) {
      diagnostics.error({origin, 0, 0},
                        tr("the file's name holds a line break or another control character; "
                           "rename it"));
      continue;
    }
    auto data = read_file(site_folder / origin, &error);
    if (!data) {
      diagnostics.error({origin, 0, 0},
                        tr("cannot read the theme file: {reason}", {{"reason", error}}));
      continue;
    }
    theme.place(path, {std::move(*data), origin});
  }
  return theme;
}

const ThemeFile* Theme::find(const std::string& path) const {
  const auto it = files_.find(path);
  return it == files_.end() ? nullptr : &it->second;
}

std::vector<std::string> Theme::paths_under(const std::string& folder) const {
  std::vector<std::string> paths;
  for (auto it = files_.lower_bound(folder); it != files_.end() && it->first.starts_with(folder);
       ++it) {
    paths.push_back(it->first);
  }
  return paths;
}

}  // namespace almanac
