// What a report's PDF depends on besides its HTML and data: the WeasyPrint that lays it out, the
// fonts and hyphenation patterns it finds, and almanac's own finishing. A PDF is remade only
// when this or its report changed (docs/reports.md, "Made once").
#pragma once

#include <string>

namespace almanac {

// A fingerprint, made without running anything (so it costs a build next to nothing): the
// WeasyPrint program found on PATH and almanac-pdfa (their place, size and time, which a new
// version changes), fontconfig's caches (rewritten when fonts are added or removed) and the
// hyphenation patterns.
[[nodiscard]] std::string pdf_toolchain();

// The program that finishes the PDF (pdfa/): beside almanac, else found on PATH.
[[nodiscard]] std::string finishing_program();

// What a PDF is made from, as recorded in the manifest: the fingerprint of its report (HTML,
// data, language, date) and of the toolchain, "pdf1 <report> <toolchain>".
[[nodiscard]] std::string pdf_made_from(const std::string& report_hash,
                                        const std::string& toolchain);
// The report's part of a recorded value ("" when the value is not of this form).
[[nodiscard]] std::string pdf_report_hash(const std::string& made_from);

}  // namespace almanac
