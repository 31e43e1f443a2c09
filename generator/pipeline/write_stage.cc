#include "pipeline/write_stage.h"

#include <algorithm>

#include "index/urls.h"
#include "pipeline/report_pdfs.h"

namespace almanac {
namespace {

std::filesystem::path output_folder(const BuildOptions& options) {
  return options.output.empty() ? options.source / "site" : options.output;
}

}  // namespace

bool stage_unrendered_files(const LoadedSite& loaded, const BuildOptions& options,
                            const FileSink& write, const CopySink& copy, std::string* error) {
  for (const auto& asset : loaded.assets.files) {
    if (!write(asset.path, asset.data, error)) return false;
  }
  if (options.only_report) return true;
  for (const Entry& entry : loaded.site.entries) {
    const std::filesystem::path folder =
        options.source / std::filesystem::path(entry.source_path).parent_path();
    for (const auto& name : entry.files) {
      if (!copy(entry_path(entry) + name, folder / name, error)) return false;
    }
  }
  return true;
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
      rendered &&
      stage_unrendered_files(
          loaded, options,
          [&](const std::string& path, std::string_view data, std::string* write_error) {
            return writer.write(path, data, write_error);
          },
          [&](const std::string& path, const std::filesystem::path& source,
              std::string* copy_error) { return writer.copy(path, source, copy_error); },
          &error);
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
  result.pages = static_cast<std::size_t>(std::count_if(
      plan.jobs.begin(), plan.jobs.end(), [](const PageJob& job) { return job.is_page(); }));
  result.files = writer.staged_count() + writer.kept_count();  // the PDFs included
  result.files_written = writer.staged_count();
  result.files_unchanged = writer.kept_count();
  result.files_removed = writer.removed_count();
}

}  // namespace almanac
