// The annual report's membership rules and figures, checked against numbers worked out by hand
// for tests/fixtures/report.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "build/site_build.h"
#include "content/site_loader.h"
#include "render/site_index.h"
#include "report/annual_report.h"
#include "report/report_data.h"
#include "support/temp_folder.h"

using namespace almanac;

namespace {

struct ReportFixture {
  Diagnostics diagnostics;
  Site site;
  SiteIndex index;
  ReportFixture() : site(load()), index(build_site_index(site, "ru", 1, diagnostics)) {}

  Site load() {
    LoadOptions options;
    options.source = std::filesystem::path(ALMANAC_FIXTURES) / "report";
    options.today = Date{2026, 6, 1};
    auto loaded = load_site(options, diagnostics);
    REQUIRE(loaded);
    return std::move(*loaded);
  }
};

std::vector<std::string> titles(const std::vector<const Entry*>& entries) {
  std::vector<std::string> out;
  for (const Entry* entry : entries)
    out.push_back(entry->title);
  return out;
}

}  // namespace

TEST_CASE("which activities belong to a year") {
  ReportFixture f;
  CHECK(report_years(f.index) == std::vector<int>{2025, 2024});
  const AnnualReport r2025 = build_annual_report(f.index, 2025);
  // A collaboration by its signing (published in 2026), else by publication; in date order.
  CHECK(titles(r2025.collaborations) ==
        std::vector<std::string>{"Меморандум", "Встреча", "Соглашение"});
  // A conference by its start, even on 31 December and ending next year.
  CHECK(titles(r2025.conferences) ==
        std::vector<std::string>{"Летняя конференция", "Конференция 31 декабря"});
  // An internship in every year its period overlaps; drafts never.
  CHECK(titles(r2025.internships) == std::vector<std::string>{"Стажировка"});
  const AnnualReport r2024 = build_annual_report(f.index, 2024);
  CHECK(titles(r2024.internships) == std::vector<std::string>{"Стажировка"});
  CHECK(titles(r2024.conferences) == std::vector<std::string>{"Конференция 2024 года"});
  CHECK(build_annual_report(f.index, 2026).size() == 0);
}

TEST_CASE("the figures of a year, and of the year before") {
  ReportFixture f;
  const AnnualReport report = build_annual_report(f.index, 2025);
  const ReportFigures& n = report.figures;
  CHECK(n.agreements == 2);  // the agreement and the memorandum, not the meeting
  CHECK(n.conferences == 2);
  CHECK(n.participants == 150);
  CHECK(n.internships == 1);
  CHECK(n.places_planned == 10);
  CHECK(n.places_completed == 4);
  CHECK(n.countries == 2);
  CHECK(n.organizations == 3);
  CHECK(n.regions == 3);
  REQUIRE(report.previous);
  CHECK(report.previous->agreements == 0);
  CHECK(report.previous->conferences == 1);
  CHECK(report.previous->participants == 50);
  CHECK(report.previous->organizations == 1);
  CHECK(report.organization_ids == std::vector<std::string>{"a", "b", "c"});
  CHECK(report.generated == Date{2026, 1, 10});  // the newest publication, not the clock
  CHECK(report.per_month.at(12).at(EntryKind::collaboration) == 1);
  CHECK(report.per_month.at(12).at(EntryKind::conference) == 1);
  CHECK(report.per_month.at(1).at(EntryKind::internship) == 1);  // began the year before
  CHECK(report.per_country.front() == std::pair<std::string, int>{"Китай", 4});
  CHECK_FALSE(build_annual_report(f.index, 2024).previous);
}

TEST_CASE("the report's data as CSV and JSON") {
  ReportFixture f;
  const AnnualReport report = build_annual_report(f.index, 2025);
  const std::string csv = report_csv(report, f.index);
  CHECK(csv.starts_with("\xEF\xBB\xBFkind,date,title,summary,"));
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 7);  // a header and six activities
  CHECK(csv.find("conference,2025-12-01,Конференция 31 декабря,Конференция.,2025-12-31,"
                 "2026-01-02,") != std::string::npos);
  const auto json = nlohmann::json::parse(report_json(report, f.index));
  CHECK(json["year"] == 2025);
  CHECK(json["figures"]["participants"] == 150);
  CHECK(json["figures"]["organizations"] == 3);
  REQUIRE(json["activities"].size() == 6);
  CHECK(json["activities"][0]["title"] == "Меморандум");
  CHECK(json["activities"][4]["title"] == "Конференция 31 декабря");
  CHECK(json["activities"][4]["ends"] == "2026-01-02");
  CHECK(json["activities"][5]["planned"] == "10");
}

TEST_CASE("the report pages of a build: figures with plural labels and changes, both languages") {
  almanac::testing::TempFolder folder;
  BuildOptions options;
  options.source = std::filesystem::path(ALMANAC_FIXTURES) / "report";
  options.output = folder.path() / "out";
  options.today = Date{2026, 6, 1};
  Diagnostics diagnostics;
  REQUIRE(build_site(options, diagnostics).ok);
  const std::string ru = folder.read("out/reports/2025/index.html");
  CHECK(ru.find("<th scope=\"row\">соглашения и меморандума подписано</th><td "
                "class=\"number\">2</td><td class=\"change\">+2</td>") != std::string::npos);
  CHECK(ru.find("<td class=\"number\">150</td><td class=\"change\">+100 (+200\u00a0%)</td>") !=
        std::string::npos);
  CHECK(ru.find("<p class=\"cover-organization\">Министерство здравоохранения</p>") !=
        std::string::npos);
  CHECK(ru.find("Данные по состоянию на 10 января 2026\u202fг.") != std::string::npos);
  CHECK(ru.find("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"") != std::string::npos);
  CHECK(ru.find("<ol class=\"sources-list\">\n<li><a href=\"https://example.org/1\">Источник "
                "1</a></li>\n</ol>") != std::string::npos);
  const std::string en = folder.read("out/en/reports/2025/index.html");
  CHECK(en.find("<th scope=\"row\">conferences held</th><td class=\"number\">2</td><td "
                "class=\"change\">+1 (+100%)</td>") != std::string::npos);
  CHECK(en.find("Ministry of Health") != std::string::npos);
  CHECK(en.find("Hospital A") != std::string::npos);
  CHECK(folder.read("out/reports/index.html").find("reports/2024/") != std::string::npos);
  CHECK(folder.read("out/index.html").find("href=\"./reports/2025/\"") != std::string::npos);
  CHECK(folder.read("out/years/2025/index.html").find("href=\"../../reports/2025/\"") !=
        std::string::npos);
}
