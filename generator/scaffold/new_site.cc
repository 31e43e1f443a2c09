#include "scaffold/new_site.h"

#include "messages/messages.h"
#include "scaffold/embedded_scaffold.h"
#include "util/file_system.h"

namespace almanac {

std::vector<std::string> write_new_site(const std::filesystem::path& folder, std::string* error) {
  namespace fs = std::filesystem;
  std::error_code problem;
  if (fs::exists(folder, problem) &&
      (!fs::is_directory(folder, problem) || !fs::is_empty(folder, problem))) {
    *error = tr("{folder} is not empty: almanac init makes a site in a new or empty folder",
                {{"folder", folder.string()}});
    return {};
  }
  constexpr std::string_view kFrom = "init/";
  std::vector<std::string> written;
  for (const auto& file : embedded_scaffold_files()) {
    if (!file.path.starts_with(kFrom)) continue;
    const std::string path(file.path.substr(kFrom.size()));
    fs::create_directories((folder / path).parent_path(), problem);
    if (!create_file(folder / path, file.data, error)) return {};
    written.push_back(path);
  }
  return written;
}

}  // namespace almanac
