// A file compiled into the binary by cmake/embed_files.cmake: the default theme's, and those
// `almanac new` and `almanac init` write.
#pragma once

#include <string_view>

namespace almanac {

struct EmbeddedFile {
  std::string_view path;  // relative to the embedded folder, such as templates/entry.mustache
  std::string_view data;
};

}  // namespace almanac
