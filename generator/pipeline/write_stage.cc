#include "pipeline/write_stage.h"

#include <algorithm>

#include "index/urls.h"
#include "messages/messages.h"
#include "pipeline/report_pdfs.h"
#include "util/file_system.h"

namespace almanac {
namespace {

std::filesystem::path output_folder(const BuildOptions& options) {
  return options.output.empty() ? options.source / "site" : options.output;
}

}  // namespace

bool stage_unrendered_files(const LoadedSite& loaded, const BuildOptions& options,
                            const FileSink& write, std::string* error) {
  for (const auto& asset : loaded.assets.files) {
    if (!write(asset.path, asset.data, error)) return false;
  }
  if (options.only_report) return true;
  for (const Entry& entry : loaded.site.entries) {
    const std::filesystem::path folder =
        options.source / std::filesystem::path(entry.source_path).parent_path();
    for (const auto& name : entry.files) {
      const std::string path = entry_path(entry) + name;
      std::string reason;
      const auto data = read_file(folder / name, &reason);
      if (!data) {
        *error = tr("cannot copy {source} to {path}: {reason}",
                    {{"source", (folder / name).string()}, {"path", path}, {"reason", reason}});
        return false;
      }
      if (!write(path, *data, error)) return false;
    }
  }
  return true;
}

FileSink sink_into(OutputWriter& writer) {
  return [&writer](const std::string& path, std::string_view data, std::string* error) {
    return writer.write(path, data, error);
  };
}

std::optional<OutputWriter> open_output(const BuildOptions& options, Diagnostics& diagnostics) {
  std::string error;
  const std::filesystem::path output = output_folder(options);
  auto writer = OutputWriter::open(
      output, options.force, &error,
      options.only_report ? OutputWriter::Mode::add : OutputWriter::Mode::replace);
  if (!writer) diagnostics.error({output.string(), 0, 0}, error);
  return writer;
}

void write_stage(const RenderPlan& plan, const LoadedSite& loaded, const BuildOptions& options,
                 bool rendered, std::string error, OutputWriter& writer, Diagnostics& diagnostics,
                 BuildResult& result) {
  const std::string output = output_folder(options).string();
  const bool staged =
      rendered && stage_unrendered_files(loaded, options, sink_into(writer), &error);
  ReportPdfs pdfs;
  if (staged) {
    pdfs = make_report_pdfs(plan.jobs, writer, options.pdf || loaded.site.config.report_pdf,
                            options.jobs, diagnostics);
  }
  if (!staged || !writer.commit(&error)) {
    writer.abandon();
    result.partly_written = writer.half_committed();
    diagnostics.error({output, 0, 0}, error);
    return;
  }
  result.written = true;
  for (const auto& pdf_error : pdfs.errors)
    diagnostics.error({output, 0, 0}, pdf_error);
  result.ok = pdfs.errors.empty();
  result.pdfs = pdfs.made;
  result.pdfs_kept = pdfs.kept;
  result.pdf_seconds = pdfs.seconds;
  result.pdf_files = std::move(pdfs.files);
  if (options.only_report) {
    for (const auto& job : plan.jobs) {
      if (job.report_year != 0) result.report_file = job.file;
    }
  }
  result.pages = plan.page_count();
  result.files = writer.staged_count() + writer.kept_count();  // the PDFs included
  result.files_written = writer.staged_count();
  result.files_unchanged = writer.kept_count();
  result.files_removed = writer.removed_count();
}

}  // namespace almanac
