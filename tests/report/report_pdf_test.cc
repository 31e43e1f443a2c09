// `almanac report --pdf` as a user runs it, and the PDF checked with poppler's tools: PDF/A-3b,
// headings and figures in its text, page numbers, embedded fonts, the CSV attached.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

#include "support/run_command.h"
#include "support/site_files.h"
#include "support/temp_folder.h"

using namespace almanac::testing;

namespace {

using Run = CommandRun;

Run shell(const std::string& command) {
  return run_command(command);
}

}  // namespace

TEST_CASE("the PDF of an annual report") {
  TempFolder folder;
  const std::string source = std::string(ALMANAC_FIXTURES) + "/report";
  const std::string out = (folder.path() / "out").string();
  const Run run =
      shell(std::string(ALMANAC_BINARY) + " report 2025 --pdf -s " + source + " -o " + out);
  INFO(run.output);
  REQUIRE(run.status == 0);
  CHECK(contains(run.output, "1 PDF report by WeasyPrint in"));
  const std::string pdf = out + "/reports/2025/report.pdf";
  REQUIRE(std::filesystem::exists(pdf));

  const Run info = shell("pdfinfo -meta " + pdf);
  CHECK(contains(info.output, "pdfaid:part=\"3\""));
  CHECK(contains(info.output, "pdfaid:conformance=\"B\""));
  const Run pages = shell("pdfinfo " + pdf);
  CHECK(contains(pages.output, "Page size:       595.276 x 841.89 pts (A4)"));

  const Run text = shell("pdftotext " + pdf + " -");
  CHECK(contains(text.output, "Отчёт о международном сотрудничестве за 2025 год"));
  CHECK(contains(text.output, "Ключевые показатели"));
  CHECK(contains(text.output, "Подписано соглашений и меморандумов"));
  CHECK(contains(text.output, "Конференция 31 декабря"));
  CHECK(contains(text.output, "Страница 2 из"));
  CHECK(contains(text.output, "Министерство здравоохранения"));

  const Run fonts = shell("pdffonts " + pdf);
  CHECK(contains(fonts.output, "yes yes yes"));  // embedded, subset, with Unicode
  CHECK_FALSE(contains(fonts.output, " no "));

  const Run attachments = shell("pdfdetach -list " + pdf);
  CHECK(contains(attachments.output, "1: report.csv"));
}

TEST_CASE("the bundled site's 2025 report as PDF, in Russian and English") {
  TempFolder folder;
  const std::string out = (folder.path() / "out").string();
  for (const std::string language : {"ru", "en"}) {
    CAPTURE(language);
    const Run run = shell(std::string(ALMANAC_BINARY) + " report 2025 --pdf -q --lang " + language +
                          " -s " + ALMANAC_SOURCE_ROOT + " -o " + out);
    INFO(run.output);
    REQUIRE(run.status == 0);
    const std::string pdf = out + (language == "ru" ? "" : "/en") + "/reports/2025/report.pdf";
    CHECK(contains(shell("pdfinfo -meta " + pdf).output, "pdfaid:part=\"3\""));
    CHECK(contains(shell("pdfdetach -list " + pdf).output, "1: report.csv"));
    CHECK_FALSE(contains(shell("pdffonts " + pdf).output, " no "));
    const std::string text = shell("pdftotext " + pdf + " -").output;
    if (language == "ru") {
      CHECK(contains(text, "Отчёт о международном сотрудничестве за 2025 год"));
      CHECK(contains(text, "Мир педиатров"));
      CHECK(contains(text, "Страница 3 из"));
    } else {
      CHECK(contains(text, "Report on international cooperation in 2025"));
      CHECK(contains(text, "World of Pediatricians"));
      CHECK(contains(text, "Page 3 of"));
    }
  }
}

TEST_CASE("without WeasyPrint, --pdf says how to install it and still writes the HTML") {
  TempFolder folder;
  const std::string source = std::string(ALMANAC_FIXTURES) + "/report";
  const std::string out = (folder.path() / "out").string();
  const Run run = shell("PATH=/nonexistent " + std::string(ALMANAC_BINARY) +
                        " report 2025 --pdf -s " + source + " -o " + out);
  CHECK(run.status == 1);
  CHECK(contains(run.output, "WeasyPrint is not installed"));
  CHECK(contains(run.output, "apt-get install weasyprint"));
  CHECK(std::filesystem::exists(out + "/reports/2025/index.html"));
  CHECK_FALSE(std::filesystem::exists(out + "/reports/2025/report.pdf"));
}

TEST_CASE("report: a year with nothing to report, and a language the site does not have") {
  TempFolder folder;
  const std::string source = std::string(ALMANAC_FIXTURES) + "/report";
  const std::string base = std::string(ALMANAC_BINARY) + " report -s " + source + " -o " +
                           (folder.path() / "out").string();
  const Run empty = shell(base + " 2019");
  CHECK(empty.status == 1);
  CHECK(contains(empty.output, "nothing to report for 2019"));
  CHECK(shell(base + " 2025 --lang de").status == 2);
  CHECK(shell(base + " 2025 --lang Russian").status == 2);
  const Run english = shell(base + " 2025 --lang en -q");
  CHECK(english.status == 0);
  CHECK(std::filesystem::exists(folder.path() / "out/en/reports/2025/report.json"));
}
