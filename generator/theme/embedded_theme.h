// The default theme's files (themes/default), compiled into the binary by
// cmake/embed_files.cmake.
#pragma once

#include <vector>

#include "util/embedded_file.h"

namespace almanac {

const std::vector<EmbeddedFile>& embedded_theme_files();

}  // namespace almanac
