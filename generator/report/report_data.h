// The annual report's data as files beside its HTML: report.csv for spreadsheets, report.json
// for programs. One row (or object) per activity, with all of its fields.
#pragma once

#include <string>

#include "report/annual_report.h"

namespace almanac {

// UTF-8 with a byte-order mark, so spreadsheet programs open Cyrillic correctly; RFC 4180
// quoting; CRLF line ends.
[[nodiscard]] std::string report_csv(const AnnualReport& report, const SiteIndex& index);

// Written directly rather than through a JSON library's document: the same text, at a tenth of
// the instructions (measured with callgrind on a 1,000-activity year). Checked by a real
// parser in the tests.
[[nodiscard]] std::string report_json(const AnnualReport& report, const SiteIndex& index);

}  // namespace almanac
