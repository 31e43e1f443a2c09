// The whole build, one function per stage: load (load_stage.h) → index (index_stage.h) →
// render (render_stage.h) → write (write_stage.h), each stage's data handed to the next.
#pragma once

#include "pipeline/build_options.h"
#include "util/diagnostics.h"

namespace almanac {

// Problems with the content, the theme or the output folder are reported in `diagnostics`; on
// any error nothing in the output folder changes.
[[nodiscard]] BuildResult build_site(const BuildOptions& options, Diagnostics& diagnostics);

}  // namespace almanac
