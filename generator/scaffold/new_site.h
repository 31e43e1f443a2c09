// `almanac init`: a new site from scaffold/init/ that builds and checks at once: almanac.toml
// with every setting explained, an example of each kind with every field explained (in
// Russian, for the editors), .gitignore, a README for editors, and CI files for GitLab and
// GitHub.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace almanac {

// Writes the site into `folder`, made if missing, and returns the paths written, relative to
// it; on a problem, nothing, with `error` saying what to do. Refuses a folder that holds
// anything, so that no file of another project is written over or mixed in.
[[nodiscard]] std::vector<std::string> write_new_site(const std::filesystem::path& folder,
                                                      std::string* error);

}  // namespace almanac
