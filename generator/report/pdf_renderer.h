// Turns a report's HTML into a PDF/A-3b: WeasyPrint lays it out, then almanac-pdfa (pdfa/)
// attaches the report's data and finishes the file for an archive.
#pragma once

#include <filesystem>
#include <string>

#include "model/date.h"

namespace almanac {

struct PdfRequest {
  std::filesystem::path html;
  std::filesystem::path pdf;
  std::filesystem::path attachment;  // the report's data, attached under its file name
  std::string attachment_type;       // its MIME type: "text/csv"
  std::string attachment_description;
  std::string language;  // "ru": the document's language
  Date date;             // of the report's data: the PDF's and the attachment's dates
};

// Runs `weasyprint --pdf-variant pdf/a-3b <html> <pdf>` with SOURCE_DATE_EPOCH set to the
// report's date (so the fonts it embeds carry no time of making), then almanac-pdfa. On failure
// says why in `error`, with how to install WeasyPrint when it is missing.
[[nodiscard]] bool render_pdf(const PdfRequest& request, std::string* error);

}  // namespace almanac
