// The PDF of every annual report, made once: a PDF is made again only when its report (HTML,
// data) or what lays it out (report/pdf_toolchain.h) changed since the PDF in the output
// folder was made; otherwise that PDF is kept, byte for byte. A build that makes no PDFs keeps
// the ones there are, so a plain build never deletes the PDF of a report that still exists.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "output/output_writer.h"
#include "render/site_pages.h"
#include "util/diagnostics.h"

namespace almanac {

struct ReportPdfs {
  std::size_t made = 0;            // by WeasyPrint in this build
  std::size_t kept = 0;            // from the previous build, unchanged
  double seconds = 0;              // WeasyPrint's and the finishing's time
  std::vector<std::string> files;  // every PDF the output now has, made or kept
  std::vector<std::string> errors;
};

// For every report page among `jobs` (staged in `writer`): with `make`, makes or keeps its PDF;
// without, keeps the previous build's, with a warning when its report changed since.
[[nodiscard]] ReportPdfs make_report_pdfs(const std::vector<PageJob>& jobs, OutputWriter& writer,
                                          bool make, int threads, Diagnostics& diagnostics);

}  // namespace almanac
