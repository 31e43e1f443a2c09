// Turns a report's HTML into a PDF/A-3b with WeasyPrint, with the report's data attached.
#pragma once

#include <filesystem>
#include <string>

namespace almanac {

// Runs `weasyprint --pdf-variant pdf/a-3b --attachment <attachment> <html> <pdf>`. On failure
// says why in `error`, with how to install WeasyPrint when it is missing.
[[nodiscard]] bool render_pdf(const std::filesystem::path& html, const std::filesystem::path& pdf,
                              const std::filesystem::path& attachment, std::string* error);

}  // namespace almanac
