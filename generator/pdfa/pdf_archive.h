// Finishes WeasyPrint's PDF/A-3b so that an archive's validator accepts it: the report's data
// attached as an associated file (PDF/A-3's /AF, with its relationship, MIME type, names and
// date), the document's language, its dates in PDF's own form, and a file identifier made
// from the content, so the same report gives the same bytes. Uses QPDF, in a program of its own
// (almanac-pdfa, pdfa/main.cc): QPDF brings GnuTLS and a dozen libraries with it, which would
// cost every almanac command 4.4 MB of memory and their loading time.
#pragma once

#include <filesystem>
#include <string>

#include "model/date.h"

namespace almanac {

struct PdfArchiveDetails {
  std::string language;         // "ru": the catalog's /Lang
  Date date;                    // of the report's data: the attachment's dates
  std::string attachment_name;  // "report.csv"
  std::string attachment_type;  // "text/csv"
  std::string attachment_description;
  std::string attachment;  // its bytes
};

// Reads `input` (a PDF/A-3b from WeasyPrint) and writes the finished file to `output`. On
// failure says why in `error`.
[[nodiscard]] bool finish_pdf_archive(const std::filesystem::path& input,
                                      const std::filesystem::path& output,
                                      const PdfArchiveDetails& details, std::string* error);

// "D:20251231000000Z": a date in PDF's form, at midnight UTC.
[[nodiscard]] std::string pdf_date(const Date& date);

}  // namespace almanac
