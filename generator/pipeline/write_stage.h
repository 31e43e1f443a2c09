// Stage 4, write: the output folder opened (locked, an interrupted commit finished), the pages
// staged as they render, then the static files, the entries' photos and documents and the
// reports' PDFs, and all moved into place at once (output/output_writer.h).
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "output/output_writer.h"
#include "pipeline/build_options.h"
#include "pipeline/load_stage.h"
#include "pipeline/render_stage.h"
#include "util/diagnostics.h"

namespace almanac {

// Where a copy of a file goes: a path in the output and the file to copy there.
using CopySink = std::function<bool(const std::string& path, const std::filesystem::path& source,
                                    std::string* error)>;

// The files a build publishes as they are: the static files, and the photos and documents of
// entries written as folders, beside the entries' pages.
[[nodiscard]] bool stage_unrendered_files(const LoadedSite& loaded, const BuildOptions& options,
                                          const FileSink& write, const CopySink& copy,
                                          std::string* error);

// The output folder of `options`, ready to stage files; nullopt with the reason reported.
[[nodiscard]] std::optional<OutputWriter> open_output(const BuildOptions& options,
                                                      Diagnostics& diagnostics);

// Stages what is not rendered and commits, unless `rendered` is false (then `error` says why):
// fills `result` with what the output folder now holds, or abandons the staged files.
void write_stage(const RenderPlan& plan, const LoadedSite& loaded, const BuildOptions& options,
                 bool rendered, std::string error, OutputWriter& writer, Diagnostics& diagnostics,
                 BuildResult& result);

}  // namespace almanac
