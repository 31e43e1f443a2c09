// The printed annual reports read back from their PDFs as a reader sees them: every word
// inside the text area, no two words printed over each other, every table heading and every
// figure of the HTML report present in the PDF. On the bundled site and on a fixture of the
// longest names, the most partners and internships that cross a year, in both languages.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/printed_page.h"
#include "support/run_command.h"
#include "support/site_files.h"
#include "support/temp_folder.h"

using namespace almanac::testing;

namespace {

constexpr double kMillimetre = 72.0 / 25.4;
// themes/default/static/report.css: @page { margin: 22mm 18mm 20mm }
constexpr Margins kReportMargins{22 * kMillimetre, 18 * kMillimetre, 20 * kMillimetre,
                                 18 * kMillimetre};

// The text of every element `<tag …>text</tag>` whose opening tag contains `marker`.
std::vector<std::string> elements(const std::string& html, const std::string& tag,
                                  const std::string& marker = "") {
  std::vector<std::string> texts;
  const std::string open = "<" + tag, close = "</" + tag + ">";
  for (std::size_t at = html.find(open); at != std::string::npos; at = html.find(open, at + 1)) {
    const auto tag_end = html.find('>', at);
    const auto end = html.find(close, tag_end);
    if (tag_end == std::string::npos || end == std::string::npos) break;
    const char after = html[at + open.size()];
    if (after != ' ' && after != '>') continue;  // <thead> is not <th>
    if (html.substr(at, tag_end - at).find(marker) == std::string::npos) continue;
    std::string text;
    bool in_tag = false;
    for (const char c : html.substr(tag_end + 1, end - tag_end - 1)) {
      if (c == '<') in_tag = true;
      if (!in_tag) text += c;
      if (c == '>') in_tag = false;
    }
    if (!text.empty()) texts.push_back(html_text(text));
  }
  return texts;
}

void check_printed_reports(const std::string& source) {
  TempFolder folder;
  const std::string out = (folder.path() / "out").string();
  const CommandRun run =
      run_command(std::string(ALMANAC_BINARY) + " build --pdf -q -s " + source + " -o " + out);
  INFO(run.output);
  REQUIRE(run.status == 0);
  int reports = 0;
  for (const std::string language_folder : {"", "en/"}) {
    const auto reports_folder = std::filesystem::path(out) / (language_folder + "reports");
    for (const auto& year : std::filesystem::directory_iterator(reports_folder)) {
      if (!year.is_directory()) continue;
      const std::string pdf = (year.path() / "report.pdf").string();
      CAPTURE(pdf);
      REQUIRE(std::filesystem::exists(pdf));
      ++reports;

      const auto problems = layout_problems(read_printed_pages(pdf), kReportMargins);
      std::string listed;
      for (std::size_t i = 0; i < problems.size() && i < 15; ++i)
        listed += problems[i] + "\n";
      INFO(listed);
      CHECK(problems.size() == 0);

      const std::string html =
          folder.read(std::filesystem::relative(year.path() / "index.html", folder.path()));
      const std::string printed = without_layout(read_printed_text(pdf));
      std::vector<std::string> wanted = elements(html, "th");
      for (const auto& number : elements(html, "td", "number"))
        wanted.push_back(number);
      CHECK(wanted.size() > 10);
      for (const auto& text : wanted) {
        CAPTURE(text);
        CHECK(contains(printed, without_layout(text)));
      }
    }
  }
  CHECK(reports >= 8);
}

}  // namespace

TEST_CASE("the printed reports of the bundled site fit the page, in Russian and English") {
  check_printed_reports(ALMANAC_SOURCE_ROOT);
}

TEST_CASE("the printed reports of the longest names and the most partners fit the page") {
  check_printed_reports(std::string(ALMANAC_FIXTURES) + "/report-stress");
}
