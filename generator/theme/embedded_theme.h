// The default theme's files, compiled into the binary by cmake/embed_files.cmake.
#pragma once

#include <string_view>
#include <vector>

namespace almanac {

struct EmbeddedFile {
  std::string_view path;  // relative to themes/default, such as templates/entry.mustache
  std::string_view data;
};

const std::vector<EmbeddedFile>& embedded_theme_files();

}  // namespace almanac
