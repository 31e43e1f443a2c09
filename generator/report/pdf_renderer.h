// Turns a report's HTML into a PDF/A-3b: WeasyPrint lays it out, report/pdf_archive.h attaches
// the report's data and finishes the file.
#pragma once

#include <filesystem>
#include <string>

#include "report/pdf_archive.h"

namespace almanac {

struct PdfRequest {
  std::filesystem::path html;
  std::filesystem::path pdf;
  PdfArchiveDetails archive;  // its date is also WeasyPrint's SOURCE_DATE_EPOCH
};

// Runs `weasyprint --pdf-variant pdf/a-3b <html> <pdf>` with SOURCE_DATE_EPOCH set to the
// report's date (so the fonts it embeds carry no time of making), then finishes the file. On
// failure says why in `error`, with how to install WeasyPrint when it is missing.
[[nodiscard]] bool render_pdf(const PdfRequest& request, std::string* error);

}  // namespace almanac
