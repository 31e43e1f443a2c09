// Charts for the annual report as inline SVG, made at build time so they print without
// scripts; shades of grey with patterns and printed values, so they read in black and white.
#pragma once

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace almanac {

// Horizontal bars, one per item (label, value), at most `limit` of them in the given order.
[[nodiscard]] std::string bar_chart(const std::vector<std::pair<std::string, int>>& items,
                                    const std::string& title, std::size_t limit = 12);

// Twelve columns (one per month) stacked by series; values[month][series].
[[nodiscard]] std::string stacked_month_chart(const std::array<std::vector<int>, 12>& values,
                                              const std::vector<std::string>& month_names,
                                              const std::vector<std::string>& series_labels,
                                              const std::string& title);

}  // namespace almanac
