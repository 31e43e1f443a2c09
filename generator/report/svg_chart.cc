#include "report/svg_chart.h"

#include <algorithm>
#include <cstdio>

#include "util/text.h"

namespace almanac {
namespace {

// Fills that stay apart in greyscale: black, a hatch, light grey.
constexpr const char* kSeriesFills[] = {"#222222", "url(#hatch)", "#bbbbbb", "#666666"};

constexpr const char* kDefinitions =
    "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
    "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
    "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#444444\" stroke-width=\"3\"/>"
    "</pattern></defs>";

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  std::string text = buffer;
  if (text.ends_with(".0")) text.resize(text.size() - 2);
  return text;
}

std::string open_svg(double width, double height, const std::string& title) {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 " +
         number(width) + " " + number(height) + "\" width=\"" + number(width) + "\" height=\"" +
         number(height) + "\" aria-label=\"" + escape_markup(title) + "\"><title>" +
         escape_markup(title) + "</title>" + kDefinitions;
}

}  // namespace

std::string bar_chart(const std::vector<std::pair<std::string, int>>& items,
                      const std::string& title, std::size_t limit) {
  const std::size_t count = std::min(items.size(), limit);
  constexpr double kWidth = 640, kLabel = 250, kRow = 24, kBar = 16, kTop = 6;
  const double height = kTop * 2 + kRow * static_cast<double>(std::max<std::size_t>(count, 1));
  int largest = 1;
  for (std::size_t i = 0; i < count; ++i)
    largest = std::max(largest, items[i].second);
  const double scale = (kWidth - kLabel - 50) / largest;
  std::string svg = open_svg(kWidth, height, title);
  for (std::size_t i = 0; i < count; ++i) {
    const double y = kTop + kRow * static_cast<double>(i);
    const double bar = std::max(1.0, items[i].second * scale);
    svg += "<text x=\"" + number(kLabel - 8) + "\" y=\"" + number(y + kBar - 3) +
           "\" text-anchor=\"end\" font-size=\"12\">" + escape_markup(items[i].first) + "</text>";
    svg += "<rect x=\"" + number(kLabel) + "\" y=\"" + number(y) + "\" width=\"" + number(bar) +
           "\" height=\"" + number(kBar) + "\" fill=\"#333333\"/>";
    svg += "<text x=\"" + number(kLabel + bar + 6) + "\" y=\"" + number(y + kBar - 3) +
           "\" font-size=\"12\">" + std::to_string(items[i].second) + "</text>";
  }
  return svg + "</svg>";
}

std::string stacked_month_chart(const std::array<std::vector<int>, 12>& values,
                                const std::vector<std::string>& month_names,
                                const std::vector<std::string>& series_labels,
                                const std::string& title) {
  constexpr double kWidth = 640, kLeft = 30, kTop = 12, kPlot = 180, kColumn = 36;
  const double gap = (kWidth - kLeft - 12 * kColumn) / 12;
  int largest = 1;
  for (const auto& month : values) {
    int total = 0;
    for (int v : month)
      total += v;
    largest = std::max(largest, total);
  }
  const double scale = kPlot / largest;
  const double legend_y = kTop + kPlot + 40;
  std::string svg = open_svg(kWidth, legend_y + 20, title);
  // The axis and its largest value, so readers can read heights without colours.
  svg += "<line x1=\"" + number(kLeft) + "\" y1=\"" + number(kTop + kPlot) + "\" x2=\"" +
         number(kWidth) + "\" y2=\"" + number(kTop + kPlot) + "\" stroke=\"#000000\"/>";
  for (std::size_t m = 0; m < 12; ++m) {
    const double x = kLeft + gap / 2 + static_cast<double>(m) * (kColumn + gap);
    double y = kTop + kPlot;
    int total = 0;
    for (std::size_t s = 0; s < values[m].size(); ++s) {
      const int v = values[m][s];
      if (v == 0) continue;
      total += v;
      const double h = v * scale;
      y -= h;
      svg += "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(kColumn) +
             "\" height=\"" + number(h) + "\" fill=\"" + kSeriesFills[s % 4] +
             "\" stroke=\"#000000\" stroke-width=\"0.5\"/>";
    }
    if (total > 0) {
      svg += "<text x=\"" + number(x + kColumn / 2) + "\" y=\"" + number(y - 3) +
             "\" text-anchor=\"middle\" font-size=\"11\">" + std::to_string(total) + "</text>";
    }
    svg += "<text x=\"" + number(x + kColumn / 2) + "\" y=\"" + number(kTop + kPlot + 16) +
           "\" text-anchor=\"middle\" font-size=\"11\">" +
           escape_markup(m < month_names.size() ? month_names[m] : std::to_string(m + 1)) +
           "</text>";
  }
  double x = kLeft;
  for (std::size_t s = 0; s < series_labels.size(); ++s) {
    svg += "<rect x=\"" + number(x) + "\" y=\"" + number(legend_y - 10) +
           "\" width=\"12\" height=\"12\" fill=\"" + kSeriesFills[s % 4] +
           "\" stroke=\"#000000\" stroke-width=\"0.5\"/>";
    svg += "<text x=\"" + number(x + 16) + "\" y=\"" + number(legend_y) + "\" font-size=\"12\">" +
           escape_markup(series_labels[s]) + "</text>";
    x += 30 + 8.0 * static_cast<double>(series_labels[s].size()) / 1.6;
  }
  return svg + "</svg>";
}

}  // namespace almanac
