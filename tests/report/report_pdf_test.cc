// `almanac report --pdf` as a user runs it, and the PDF checked with poppler's tools and QPDF's:
// PDF/A-3b with what an archive's validator looks for, headings and figures in its text, page
// numbers, embedded fonts, the CSV attached, the same bytes from the same content.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

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

// The PDF's objects as QPDF reads them (`qpdf --json`): "obj:N 0 R" → object, and "trailer".
nlohmann::json pdf_objects(const std::string& pdf) {
  const Run run = shell("qpdf --json=2 --json-key=qpdf '" + pdf + "' 2>/dev/null");
  return nlohmann::json::parse(run.output)["qpdf"][1];
}

// The object a reference such as "12 0 R" leads to.
const nlohmann::json& follow(const nlohmann::json& objects, const nlohmann::json& reference) {
  return objects.at("obj:" + reference.get<std::string>());
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
  CHECK(contains(run.output, "1 PDF report (1 made by WeasyPrint in"));
  CHECK(contains(run.output, "Its PDF: " + out + "/reports/2025/report.pdf\n"));
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

TEST_CASE("the report's PDF/A-3b: the data attached as PDF/A-3 asks, language, title, dates, id") {
  TempFolder folder;
  const std::string source = std::string(ALMANAC_FIXTURES) + "/report";
  const std::string out = (folder.path() / "out").string();
  REQUIRE(shell(std::string(ALMANAC_BINARY) + " report 2025 --pdf -q -s " + source + " -o " + out)
              .status == 0);
  const std::string pdf = out + "/reports/2025/report.pdf";
  const Run check = shell("qpdf --check " + pdf);
  INFO(check.output);
  CHECK(check.status == 0);
  CHECK(contains(check.output, "No syntax or stream encoding errors found"));

  const nlohmann::json objects = pdf_objects(pdf);
  const nlohmann::json& trailer = objects.at("trailer").at("value");
  // A file identifier, which PDF/A requires.
  REQUIRE(trailer.contains("/ID"));
  CHECK(trailer["/ID"].size() == 2);
  const nlohmann::json& info = follow(objects, trailer["/Info"]).at("value");
  CHECK(info["/Title"] == "u:Отчёт о международном сотрудничестве за 2025 год");
  CHECK(info["/Author"] == "u:Министерство здравоохранения");
  // Dates in PDF's form, of the data (the year is over in the fixture's data), not the clock.
  CHECK(info["/CreationDate"] == "u:D:20251231000000Z");
  CHECK(info["/ModDate"] == "u:D:20251231000000Z");

  const nlohmann::json& catalog = follow(objects, trailer["/Root"]).at("value");
  CHECK(catalog["/Lang"] == "u:ru");
  REQUIRE(catalog.contains("/AF"));
  REQUIRE(catalog["/AF"].size() == 1);
  const nlohmann::json& file = follow(objects, catalog["/AF"][0]).at("value");
  CHECK(file["/Type"] == "/Filespec");
  CHECK(file["/AFRelationship"] == "/Data");
  CHECK(file["/F"] == "u:report.csv");
  CHECK(file["/UF"] == "u:report.csv");
  CHECK(file["/Desc"].get<std::string>().starts_with("u:Данные отчёта"));
  const nlohmann::json& stream = follow(objects, file["/EF"]["/F"]).at("stream").at("dict");
  CHECK(stream["/Type"] == "/EmbeddedFile");
  CHECK(stream["/Subtype"] == "/text/csv");
  CHECK(stream["/Params"]["/ModDate"] == "u:D:20251231000000Z");
  CHECK(stream["/Params"]["/Size"] == std::filesystem::file_size(out + "/reports/2025/report.csv"));
  // The same file is listed among the document's attachments.
  const nlohmann::json& names = catalog["/Names"].contains("/EmbeddedFiles")
                                    ? catalog["/Names"]["/EmbeddedFiles"]
                                    : nlohmann::json();
  CHECK_FALSE(names.is_null());
  const Run attached = shell("qpdf --show-attachment=report.csv " + pdf + " | cmp - " + out +
                             "/reports/2025/report.csv");
  CHECK(attached.status == 0);

  // The metadata a validator compares with the above: PDF/A-3b, the title, the dates; and
  // left unfiltered, as PDF/A asks.
  const nlohmann::json& metadata = follow(objects, catalog["/Metadata"]).at("stream").at("dict");
  CHECK_FALSE(metadata.contains("/Filter"));
  const std::string xmp = shell("pdfinfo -meta " + pdf).output;
  CHECK(contains(xmp, "pdfaid:part=\"3\""));
  CHECK(contains(xmp, "pdfaid:conformance=\"B\""));
  CHECK(contains(xmp, "Отчёт о международном сотрудничестве за 2025 год"));
  CHECK(contains(xmp, "<xmp:CreateDate>2025-12-31T00:00:00Z</xmp:CreateDate>"));
  REQUIRE(catalog.contains("/OutputIntents"));
}

TEST_CASE("the same content gives a PDF of the same bytes") {
  TempFolder folder;
  const std::string source = std::string(ALMANAC_FIXTURES) + "/report";
  std::string first;
  for (const std::string name : {"a", "b"}) {
    const std::string out = (folder.path() / name).string();
    // The clock must not matter: SOURCE_DATE_EPOCH from the environment is not the report's.
    REQUIRE(shell("SOURCE_DATE_EPOCH=" + std::string(name == "a" ? "1" : "1900000000") + " " +
                  ALMANAC_BINARY + " report 2025 --lang en --pdf -q -s " + source + " -o " + out)
                .status == 0);
    const std::string pdf = folder.read(name + "/en/reports/2025/report.pdf");
    REQUIRE(pdf.size() > 10000);
    // A site without base_url links relatively, which leads nowhere from a PDF: no link may
    // lead to the folder the PDF was made in.
    CHECK(pdf.find("file:") == std::string::npos);
    if (first.empty()) {
      first = pdf;
    } else {
      CHECK(pdf == first);
    }
  }
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
