// The files `almanac new` and `almanac init` start from (scaffold/ at the top of the
// repository), compiled into the binary by cmake/embed_files.cmake.
#pragma once

#include <vector>

#include "util/embedded_file.h"

namespace almanac {

const std::vector<EmbeddedFile>& embedded_scaffold_files();

}  // namespace almanac
