// Stage 4, write: the output folder opened (locked, an interrupted commit finished), the pages
// staged as they render, then the static files, the entries' photos and documents and the
// reports' PDFs, and all moved into place at once (output/output_writer.h).
#pragma once

#include <optional>
#include <string>

#include "output/output_writer.h"
#include "pipeline/build_options.h"
#include "pipeline/load_stage.h"
#include "pipeline/render_stage.h"
#include "util/diagnostics.h"

namespace almanac {

// The files a build publishes as they are, into `write`: the static files, and the photos and
// documents of entries written as folders, beside the entries' pages (read whole, so that the
// writer can tell an unchanged one).
[[nodiscard]] bool stage_unrendered_files(const LoadedSite& loaded, const BuildOptions& options,
                                          const FileSink& write, std::string* error);

// `writer` as a sink for rendered files.
[[nodiscard]] FileSink sink_into(OutputWriter& writer);

// The output folder of `options`, ready to stage files; nullopt with the reason reported.
[[nodiscard]] std::optional<OutputWriter> open_output(const BuildOptions& options,
                                                      Diagnostics& diagnostics);

// Stages what is not rendered and commits, unless `rendered` is false (then `error` says why):
// fills `result` with what the output folder now holds, or abandons the staged files.
void write_stage(const RenderPlan& plan, const LoadedSite& loaded, const BuildOptions& options,
                 bool rendered, std::string error, OutputWriter& writer, Diagnostics& diagnostics,
                 BuildResult& result);

}  // namespace almanac
