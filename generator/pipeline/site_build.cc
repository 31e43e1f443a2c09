#include "pipeline/site_build.h"

#include "pipeline/index_stage.h"
#include "pipeline/load_stage.h"
#include "pipeline/render_stage.h"
#include "pipeline/write_stage.h"

namespace almanac {

BuildResult build_site(const BuildOptions& options, Diagnostics& diagnostics) {
  BuildResult result;
  const auto loaded = load_stage(options, diagnostics);
  if (!loaded) return result;
  IndexedSite indexed = index_stage(*loaded, options.jobs, diagnostics);
  const auto plan = plan_render(*loaded, indexed, options, diagnostics, &result.usage_error);
  if (!plan) return result;
  // The folder is locked and staged into while the pages render, each written as it is done.
  auto writer = open_output(options, diagnostics);
  if (!writer) return result;
  std::string error;
  const bool rendered = render_stage(
      *plan, *loaded, indexed, options,
      [&](const std::string& path, std::string_view data, std::string* write_error) {
        return writer->write(path, data, write_error);
      },
      &error);
  write_stage(*plan, *loaded, options, rendered, std::move(error), *writer, diagnostics, result);
  return result;
}

}  // namespace almanac
