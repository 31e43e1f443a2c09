#include "support/printed_page.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "support/run_command.h"

namespace almanac::testing {
namespace {

double attribute(const std::string& line, std::string_view name) {
  const std::string key = std::string(name) + "=\"";
  const auto at = line.find(key);
  return at == std::string::npos ? 0 : std::strtod(line.c_str() + at + key.size(), nullptr);
}

std::string describe(const PrintedWord& word) {
  char box[96];
  std::snprintf(box, sizeof box, " at %.1f,%.1f–%.1f,%.1f", word.x_min, word.y_min, word.x_max,
                word.y_max);
  return "page " + std::to_string(word.page) + ": \"" + word.text + "\"" + box;
}

}  // namespace

std::vector<PrintedPage> read_printed_pages(const std::string& pdf) {
  const CommandRun run = run_command("pdftotext -bbox '" + pdf + "' -");
  std::vector<PrintedPage> pages;
  std::size_t start = 0;
  while (start < run.output.size()) {
    std::size_t end = run.output.find('\n', start);
    if (end == std::string::npos) end = run.output.size();
    const std::string line = run.output.substr(start, end - start);
    start = end + 1;
    if (line.find("<page ") != std::string::npos) {
      pages.push_back({attribute(line, "width"), attribute(line, "height"), {}});
    } else if (line.find("<word ") != std::string::npos && !pages.empty()) {
      PrintedWord word;
      word.page = static_cast<int>(pages.size());
      word.x_min = attribute(line, "xMin");
      word.y_min = attribute(line, "yMin");
      word.x_max = attribute(line, "xMax");
      word.y_max = attribute(line, "yMax");
      const auto open = line.find('>');
      const auto close = line.rfind("</word>");
      if (open != std::string::npos && close != std::string::npos && close > open) {
        word.text = html_text(line.substr(open + 1, close - open - 1));
      }
      pages.back().words.push_back(std::move(word));
    }
  }
  return pages;
}

std::string read_printed_text(const std::string& pdf) {
  return run_command("pdftotext -raw '" + pdf + "' -").output;
}

std::string without_layout(const std::string& text) {
  static const std::string_view kDropped[] = {
      " ", "\n", "\r", "\t", "\f", "\u00a0", "\u202f", "\u2009", "\u00ad", "\u2010", "-"};
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    bool dropped = false;
    for (const auto drop : kDropped) {
      if (std::string_view(text).substr(i, drop.size()) == drop) {
        i += drop.size();
        dropped = true;
        break;
      }
    }
    if (!dropped) out += text[i++];
  }
  return out;
}

std::string html_text(const std::string& html) {
  static const std::pair<std::string_view, std::string_view> kReferences[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}};
  std::string out;
  for (std::size_t i = 0; i < html.size();) {
    bool replaced = false;
    for (const auto& [reference, character] : kReferences) {
      if (std::string_view(html).substr(i, reference.size()) == reference) {
        out += character;
        i += reference.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += html[i++];
  }
  return out;
}

std::vector<std::string> layout_problems(const std::vector<PrintedPage>& pages,
                                         const Margins& margins) {
  // Glyph boxes may reach a little past where the text is set.
  constexpr double kTolerance = 1.0;
  std::vector<std::string> problems;
  for (const PrintedPage& page : pages) {
    const double left = margins.left - kTolerance, right = page.width - margins.right + kTolerance;
    const double top = margins.top, bottom = page.height - margins.bottom;
    for (const PrintedWord& word : page.words) {
      const bool straddles = (word.y_min < top - kTolerance && word.y_max > top + kTolerance) ||
                             (word.y_min < bottom - kTolerance && word.y_max > bottom + kTolerance);
      if (word.x_min < left || word.x_max > right || straddles || word.y_min < 0 ||
          word.y_max > page.height) {
        problems.push_back(describe(word) + " is outside the text area");
      }
    }
    // Two words overlap when their boxes share more than a sliver both ways: neighbours on a
    // line touch, lines above and below may share the reach of their glyphs.
    std::vector<const PrintedWord*> sorted;
    for (const auto& word : page.words)
      sorted.push_back(&word);
    std::sort(sorted.begin(), sorted.end(),
              [](const PrintedWord* a, const PrintedWord* b) { return a->x_min < b->x_min; });
    for (std::size_t i = 0; i < sorted.size(); ++i) {
      const PrintedWord& a = *sorted[i];
      for (std::size_t j = i + 1; j < sorted.size() && sorted[j]->x_min < a.x_max; ++j) {
        const PrintedWord& b = *sorted[j];
        const double width = std::min(a.x_max, b.x_max) - std::max(a.x_min, b.x_min);
        const double height = std::min(a.y_max, b.y_max) - std::max(a.y_min, b.y_min);
        const double lower = std::min(a.y_max - a.y_min, b.y_max - b.y_min);
        if (width > 1.0 && height > 0.3 * lower) {
          problems.push_back(describe(a) + " and " + describe(b) + " are printed over each other");
        }
      }
    }
  }
  return problems;
}

}  // namespace almanac::testing
