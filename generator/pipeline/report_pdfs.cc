#include "pipeline/report_pdfs.h"

#include <algorithm>
#include <chrono>
#include <mutex>

#include "messages/messages.h"
#include "report/pdf_renderer.h"
#include "report/pdf_toolchain.h"
#include "util/content_hash.h"
#include "util/file_system.h"
#include "util/parallel.h"

namespace almanac {
namespace {

struct ReportPdf {
  std::string folder;  // of the report in the output: en/reports/2025/
  PdfRequest request;
  std::string report_hash;
};

ReportPdf plan(const PageJob& job, const OutputWriter& writer) {
  ReportPdf pdf{job.file.substr(0, job.file.rfind('/') + 1), {}, {}};
  PdfRequest& request = pdf.request;
  request.html = writer.staging() / job.file;
  request.pdf = writer.staging() / (pdf.folder + "report.pdf");
  request.attachment = writer.staging() / (pdf.folder + "report.csv");
  request.attachment_type = "text/csv";
  request.attachment_description = job.views->strings().get("report.attachment");
  request.language = job.views->index().language;
  request.date = job.views->annual_report(job.report_year).as_of;
  // Read where they are: a page with the same bytes as before was left in the output folder.
  const std::string html = read_file(writer.current(job.file), nullptr).value_or("");
  const std::string data =
      read_file(writer.current(pdf.folder + "report.csv"), nullptr).value_or("");
  const std::string date = request.date.iso();
  // The HTML names its style sheet by the hash of its content, so the CSS is in it too.
  pdf.report_hash =
      content_hash_of_parts({html, data, request.language, date, request.attachment_description});
  return pdf;
}

}  // namespace

ReportPdfs make_report_pdfs(const std::vector<PageJob>& jobs, OutputWriter& writer, bool make,
                            int threads, Diagnostics& diagnostics) {
  ReportPdfs result;
  std::vector<const PageJob*> reports;
  for (const auto& job : jobs) {
    if (job.report_year != 0) reports.push_back(&job);
  }
  if (reports.empty()) return result;
  const std::string toolchain = make ? pdf_toolchain() : std::string();
  const auto started = std::chrono::steady_clock::now();
  std::vector<std::string> failures(reports.size());
  std::vector<std::string> files(reports.size());
  std::vector<char> made(reports.size(), 0);
  std::mutex diagnostics_mutex;
  parallel_for(reports.size(), threads, [&](std::size_t i) {
    const std::string& page = reports[i]->file;
    const std::string file = page.substr(0, page.rfind('/') + 1) + "report.pdf";
    const auto previous = writer.previous_made_from(file);
    // A build without PDFs has nothing to do for a report that has none.
    if (!make && !previous) return;
    ReportPdf pdf = plan(*reports[i], writer);
    if (!make) {
      writer.keep(file, *previous);
      files[i] = file;
      if (pdf_report_hash(*previous) != pdf.report_hash) {
        std::lock_guard lock(diagnostics_mutex);
        diagnostics.warning({file, 0, 0},
                            tr("this PDF was made from an earlier version of its report and is "
                               "kept as it is; build with --pdf, or set pdf = true in [reports] "
                               "of almanac.toml, to make it again"));
      }
      return;
    }
    const std::string made_from = pdf_made_from(pdf.report_hash, toolchain);
    if (previous == made_from) {
      writer.keep(file, made_from);
      files[i] = file;
      return;
    }
    std::string error;
    // WeasyPrint reads the report with its style sheet from the staging folder.
    if (writer.complete_staging(&error) && render_pdf(pdf.request, &error)) {
      writer.adopt(file, made_from);
      files[i] = file;
      made[i] = 1;
    } else {
      failures[i] = std::move(error);
      // The PDF there is stays until one can be made.
      if (previous) writer.keep(file, *previous);
    }
  });
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  for (std::size_t i = 0; i < reports.size(); ++i) {
    if (!files[i].empty()) {
      result.files.push_back(files[i]);
      ++(made[i] ? result.made : result.kept);
    }
    if (!failures[i].empty() &&
        std::find(result.errors.begin(), result.errors.end(), failures[i]) == result.errors.end()) {
      result.errors.push_back(std::move(failures[i]));
    }
  }
  return result;
}

}  // namespace almanac
