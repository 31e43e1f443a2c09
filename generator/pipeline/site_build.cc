#include "pipeline/site_build.h"

#include "output/memory_output.h"
#include "pipeline/index_stage.h"
#include "pipeline/load_stage.h"
#include "pipeline/render_stage.h"
#include "pipeline/write_stage.h"

namespace almanac {
namespace {

// What a build to disk and a build in memory share: the site loaded and indexed, and its pages
// planned. `plan` is empty when any of it failed.
struct PlannedBuild {
  std::unique_ptr<LoadedSite> loaded;
  IndexedSite indexed;
  std::optional<RenderPlan> plan;
};

PlannedBuild plan_build(const BuildOptions& options, Diagnostics& diagnostics, bool* usage_error) {
  PlannedBuild planned;
  planned.loaded = load_stage(options, diagnostics);
  if (!planned.loaded) return planned;
  planned.indexed = index_stage(*planned.loaded, options.source, options.jobs, diagnostics);
  planned.plan = plan_render(*planned.loaded, planned.indexed, options, diagnostics, usage_error);
  return planned;
}

}  // namespace

BuildResult build_site(const BuildOptions& options, Diagnostics& diagnostics) {
  BuildResult result;
  const PlannedBuild planned = plan_build(options, diagnostics, &result.usage_error);
  if (!planned.plan) return result;
  // The folder is locked and staged into while the pages render, each written as it is done.
  auto writer = open_output(options, diagnostics);
  if (!writer) return result;
  std::string error;
  SearchDocuments documents;
  const bool rendered = render_stage(*planned.plan, *planned.loaded, planned.indexed, options,
                                     sink_into(*writer), documents, &error);
  write_stage(*planned.plan, *planned.loaded, options, rendered, std::move(error), *writer,
              diagnostics, result);
  return result;
}

namespace {

// The files of a build, rendered into `output`; false with the problem in `diagnostics` when
// any of it failed.
bool render_in_memory(const BuildOptions& options, Diagnostics& diagnostics, MemoryOutput& output,
                      BuildResult& result) {
  const PlannedBuild planned = plan_build(options, diagnostics, &result.usage_error);
  if (!planned.plan) return false;
  const auto write = [&](const std::string& path, std::string_view data, std::string* error) {
    return output.write(path, data, error);
  };
  std::string error;
  SearchDocuments documents;
  if (!render_stage(*planned.plan, *planned.loaded, planned.indexed, options, write, documents,
                    &error) ||
      !stage_unrendered_files(*planned.loaded, options, write, &error)) {
    diagnostics.error({"(memory)", 0, 0}, error);
    return false;
  }
  result.pages = planned.plan->page_count();
  return true;
}

}  // namespace

SiteInMemory build_site_in_memory(const BuildOptions& options, Diagnostics& diagnostics) {
  SiteInMemory built;
  MemoryOutput output;
  if (!render_in_memory(options, diagnostics, output, built.result)) return built;
  built.files = output.take_files();
  built.result.ok = built.result.written = true;
  built.result.files = built.files.size();
  return built;
}

BuildResult check_site(const BuildOptions& options, Diagnostics& diagnostics) {
  BuildResult result;
  MemoryOutput paths(false);
  if (!render_in_memory(options, diagnostics, paths, result)) return result;
  result.ok = true;
  result.files = paths.take_files().size();
  return result;
}

}  // namespace almanac
