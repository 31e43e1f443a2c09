#include "report/svg_chart.h"

#include <algorithm>
#include <cstdio>

#include "report/text_width.h"
#include "util/text.h"

namespace almanac {
namespace {

constexpr double kWidth = 640;      // the chart's own units; it is scaled to the page
constexpr double kFontSize = 12;    // labels and legends
constexpr double kSmallFont = 11;   // values and months
constexpr double kLineHeight = 15;  // of a wrapped label

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  std::string text = buffer;
  if (text.ends_with(".0")) text.resize(text.size() - 2);
  return text;
}

std::string open_svg(double height, const std::string& title, const std::string& id) {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" id=\"" + id +
         "\" viewBox=\"0 0 " + number(kWidth) + " " + number(height) + "\" width=\"" +
         number(kWidth) + "\" height=\"" + number(height) + "\" aria-label=\"" +
         escape_markup(title) + "\"><title>" + escape_markup(title) + "</title>";
}

std::string text(double x, double y, double size, const char* anchor, const std::string& content) {
  return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" font-size=\"" + number(size) +
         "\"" + (anchor ? std::string(" text-anchor=\"") + anchor + "\"" : std::string()) + ">" +
         escape_markup(content) + "</text>";
}

std::string rect(double x, double y, double width, double height, const std::string& fill,
                 bool outlined) {
  return "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(width) +
         "\" height=\"" + number(height) + "\" fill=\"" + fill + "\"" +
         (outlined ? " stroke=\"#000000\" stroke-width=\"0.5\"" : "") + "/>";
}

}  // namespace

std::string bar_chart(const std::vector<std::pair<std::string, int>>& items,
                      const std::string& title, const std::string& id, std::size_t limit,
                      const std::string& more) {
  const std::size_t count = std::min(items.size(), limit);
  constexpr double kLabel = 250, kGap = 8, kBar = 16, kRowGap = 8, kTop = 6;
  int largest = 1;
  for (std::size_t i = 0; i < count; ++i)
    largest = std::max(largest, items[i].second);
  // Room after the longest bar for its value.
  const double value_room = text_width(std::to_string(largest), kSmallFont) + 12;
  const double scale = (kWidth - kLabel - value_room) / largest;

  std::string body;
  double y = kTop;
  for (std::size_t i = 0; i < count; ++i) {
    const auto lines = wrap_text(items[i].first, kLabel - kGap, kFontSize);
    const double row = std::max(kBar, kLineHeight * static_cast<double>(lines.size()));
    const double bar_y = y + (row - kBar) / 2;
    for (std::size_t l = 0; l < lines.size(); ++l) {
      const double line_y = y + (row - kLineHeight * static_cast<double>(lines.size())) / 2 +
                            kLineHeight * static_cast<double>(l + 1) - 3.5;
      body += text(kLabel - kGap, line_y, kFontSize, "end", lines[l]);
    }
    const double bar = std::max(1.0, items[i].second * scale);
    body += rect(kLabel, bar_y, bar, kBar, "#333333", false);
    body += text(kLabel + bar + 6, bar_y + kBar - 4, kSmallFont, nullptr,
                 std::to_string(items[i].second));
    y += row + kRowGap;
  }
  if (items.size() > count && !more.empty()) {
    for (const auto& line : wrap_text(more, kWidth - kLabel, kFontSize)) {
      body += text(kLabel, y + kLineHeight - 3.5, kFontSize, nullptr, line);
      y += kLineHeight;
    }
  }
  return open_svg(std::max(y, kTop + kBar) + kTop, title, id) + body + "</svg>";
}

std::string stacked_month_chart(const std::array<std::vector<int>, 12>& values,
                                const std::vector<std::string>& month_names,
                                const std::vector<std::string>& series_labels,
                                const std::string& title, const std::string& id) {
  constexpr double kLeft = 30, kTop = 14, kPlot = 180, kColumn = 36, kSwatch = 12;
  // Fills that stay apart in greyscale: black, a hatch, light grey, dark grey.
  const std::string fills[] = {"#222222", "url(#" + id + "-hatch)", "#bbbbbb", "#666666"};
  const double gap = (kWidth - kLeft - 12 * kColumn) / 12;
  int largest = 1;
  for (const auto& month : values) {
    int total = 0;
    for (int v : month)
      total += v;
    largest = std::max(largest, total);
  }
  const double scale = kPlot / largest;

  std::string body =
      "<defs><pattern id=\"" + id +
      "-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
      "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
      "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#444444\" stroke-width=\"3\"/>"
      "</pattern></defs>";
  // The axis, and every column's total printed, so heights read without colours.
  body += "<line x1=\"" + number(kLeft) + "\" y1=\"" + number(kTop + kPlot) + "\" x2=\"" +
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
      body += rect(x, y, kColumn, h, fills[s % 4], true);
    }
    if (total > 0)
      body += text(x + kColumn / 2, y - 3, kSmallFont, "middle", std::to_string(total));
    body += text(x + kColumn / 2, kTop + kPlot + 16, kSmallFont, "middle",
                 m < month_names.size() ? month_names[m] : std::to_string(m + 1));
  }
  // The legend in rows: an item goes to the next row when it would not fit.
  double x = kLeft;
  double baseline = kTop + kPlot + 42;
  for (std::size_t s = 0; s < series_labels.size(); ++s) {
    const double label_room = kWidth - kLeft - kSwatch - 4;
    const auto lines = wrap_text(series_labels[s], label_room, kFontSize);
    double item = kSwatch + 4;
    for (const auto& line : lines)
      item = std::max(item, kSwatch + 4 + text_width(line, kFontSize));
    if (x > kLeft && x + item > kWidth) {
      x = kLeft;
      baseline += kLineHeight + 6;
    }
    body += rect(x, baseline - 10, kSwatch, kSwatch, fills[s % 4], true);
    for (std::size_t l = 0; l < lines.size(); ++l) {
      body += text(x + kSwatch + 4, baseline + kLineHeight * static_cast<double>(l), kFontSize,
                   nullptr, lines[l]);
    }
    x += item + 20;
    // A label of several lines ends its row.
    if (lines.size() > 1) {
      baseline += kLineHeight * static_cast<double>(lines.size() - 1);
      x = kWidth;
    }
  }
  return open_svg(baseline + 8, title, id) + body + "</svg>";
}

}  // namespace almanac
