// The annual report's data as files beside its HTML: report.csv for spreadsheets, report.json
// for programs. One row (or object) per activity with every field of the entry, in the column
// order of kReportColumns (documented in docs/reports.md).
#pragma once

#include <string>
#include <string_view>

#include "report/annual_report.h"

namespace almanac {

// The columns of report.csv, which are also the keys of each activity in report.json.
inline constexpr std::string_view kReportColumns[] = {"kind",
                                                      "state",
                                                      "slug",
                                                      "language",
                                                      "title",
                                                      "date",
                                                      "summary",
                                                      "starts",
                                                      "ends",
                                                      "signed",
                                                      "form",
                                                      "status",
                                                      "city",
                                                      "venue",
                                                      "format",
                                                      "program",
                                                      "specialty",
                                                      "participants",
                                                      "participant_countries",
                                                      "participant_regions",
                                                      "planned",
                                                      "completed",
                                                      "planned_counted",
                                                      "completed_counted",
                                                      "partners",
                                                      "organizers",
                                                      "hosts",
                                                      "countries",
                                                      "regions",
                                                      "topics",
                                                      "directions",
                                                      "stages",
                                                      "people",
                                                      "sources",
                                                      "url"};

// UTF-8 with a byte-order mark, so spreadsheet programs open Cyrillic correctly; RFC 4180
// quoting; CRLF line ends; lists joined with "; ". A cell that a spreadsheet would read as a
// formula (it begins with =, +, -, @, a tab or a carriage return) begins with ' instead (the
// OWASP rule), so opening the file never runs anything.
[[nodiscard]] std::string report_csv(const AnnualReport& report, const SiteIndex& index);

// Numbers as numbers (null when not given), lists as arrays, people, sources and partners as
// objects. Written directly rather than through a JSON library's document: the same text, at
// a tenth of the instructions (measured with callgrind on a 1,000-activity year). Checked by a
// real parser in the tests.
[[nodiscard]] std::string report_json(const AnnualReport& report, const SiteIndex& index);

}  // namespace almanac
