// Charts for the annual report as inline SVG, made at build time so they print without
// scripts; shades of grey with patterns and printed values, so they read in black and white.
// Labels and legends are laid out by the width of their text (report/text_width.h): long
// names wrap onto more lines, legends onto more rows, and nothing is printed over anything.
#pragma once

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace almanac {

// Horizontal bars, one per item (label, value), at most `limit` of them in the given order,
// and then `more` (such as "and 28 more") when items were left out. `id` is unique in the
// page; the chart's own ids start with it.
[[nodiscard]] std::string bar_chart(const std::vector<std::pair<std::string, int>>& items,
                                    const std::string& title, const std::string& id,
                                    std::size_t limit = 12, const std::string& more = "");

// Twelve columns (one per month) stacked by series; values[month][series].
[[nodiscard]] std::string stacked_month_chart(const std::array<std::vector<int>, 12>& values,
                                              const std::vector<std::string>& month_names,
                                              const std::vector<std::string>& series_labels,
                                              const std::string& title, const std::string& id);

}  // namespace almanac
