// The whole build, one function per stage: load (load_stage.h) → index (index_stage.h) →
// render (render_stage.h) → write (write_stage.h), each stage's data handed to the next.
#pragma once

#include <map>
#include <string>

#include "pipeline/build_options.h"
#include "util/diagnostics.h"

namespace almanac {

// Problems with the content, the theme or the output folder are reported in `diagnostics`; on
// any error nothing in the output folder changes.
[[nodiscard]] BuildResult build_site(const BuildOptions& options, Diagnostics& diagnostics);

// The same build kept in memory: every file the output folder would get, by path, with its
// bytes, and nothing written to disk (`options.output` is not used). The reports' PDFs are left
// out: WeasyPrint makes them from files. For a preview server, and for tests.
struct SiteInMemory {
  BuildResult result;
  std::map<std::string, std::string> files;
};
[[nodiscard]] SiteInMemory build_site_in_memory(const BuildOptions& options,
                                                Diagnostics& diagnostics);

// Every check of a build, with nothing written: each file is made and let go, its path checked
// as the output folder's writer would (`options.output` is not used). For `almanac check`.
[[nodiscard]] BuildResult check_site(const BuildOptions& options, Diagnostics& diagnostics);

}  // namespace almanac
