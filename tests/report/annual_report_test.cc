// The annual report's membership rules and figures, checked against numbers worked out by hand
// for tests/fixtures/report.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

#include "index/site_index.h"
#include "load/site_loader.h"
#include "pipeline/site_build.h"
#include "report/annual_report.h"
#include "report/report_data.h"
#include "support/run_command.h"
#include "support/site_files.h"
#include "support/temp_folder.h"

using namespace almanac;

namespace {

struct ReportFixture {
  std::string name;
  Diagnostics diagnostics;
  Site site;
  SiteIndex index;
  explicit ReportFixture(std::string fixture = "report")
      : name(std::move(fixture)),
        site(load()),
        index(build_site_index(site, "ru", 1, diagnostics)) {}

  Site load() {
    LoadOptions options;
    options.source = std::filesystem::path(ALMANAC_FIXTURES) / name;
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
  CHECK(n.agreements_planned == 0);
  CHECK(n.conferences == 2);
  CHECK(n.conferences_planned == 0);
  CHECK(n.participants == 150);
  // The internship began in 2024: it is listed in 2025, and counted there only for the
  // doctors who completed it.
  CHECK(n.internships == 0);
  CHECK(n.places_planned == 0);
  CHECK(n.places_completed == 4);
  CHECK(n.countries == 2);
  CHECK(n.organizations == 3);
  CHECK(n.regions == 3);
  REQUIRE(report.previous);
  CHECK(report.previous->agreements == 0);
  CHECK(report.previous->conferences == 1);
  CHECK(report.previous->participants == 50);
  CHECK(report.previous->internships == 1);
  CHECK(report.previous->places_planned == 10);
  CHECK(report.previous->places_completed == 0);
  CHECK(report.previous->organizations == 1);
  CHECK(report.organization_ids == std::vector<std::string>{"a", "b", "c"});
  // The site's newest news is of 10 January 2026: the year 2025 is over in the data.
  CHECK(report.as_of == Date{2025, 12, 31});
  CHECK(build_annual_report(f.index, 2024).as_of == Date{2024, 12, 31});
  CHECK_FALSE(report.only_planned);
  CHECK(report.per_month.at(12).at(EntryKind::collaboration) == 1);
  CHECK(report.per_month.at(12).at(EntryKind::conference) == 1);
  CHECK_FALSE(report.per_month.contains(1));  // the internship is in 2024's chart
  CHECK(report.per_country.front() == std::pair<std::string, int>{"Китай", 4});
  CHECK_FALSE(build_annual_report(f.index, 2024).previous);
}

TEST_CASE("every activity is counted once: the years' figures add up to the entries' numbers") {
  ReportFixture f("report-stress");
  std::int64_t planned = 0, completed = 0, internships = 0, conferences = 0, participants = 0;
  for (const Entry* entry : f.index.internships) {
    planned += entry->internship()->planned.value_or(0);
    completed += entry->internship()->completed.value_or(0);
    ++internships;
  }
  for (const Entry* entry : f.index.conferences) {
    ++conferences;
    participants += entry->conference()->participants.value_or(0);
  }
  const auto years = report_years(f.index);
  CHECK(years == std::vector<int>{2027, 2026, 2025, 2024});
  ReportFigures sum;
  for (const int year : years) {
    const ReportFigures n = build_annual_report(f.index, year).figures;
    sum.places_planned += n.places_planned;
    sum.places_completed += n.places_completed;
    sum.internships += n.internships + n.internships_planned;
    sum.conferences += n.conferences + n.conferences_planned;
    sum.participants += n.participants;
  }
  CHECK(sum.places_planned == planned);
  CHECK(sum.places_completed == completed);
  CHECK(sum.internships == internships);
  CHECK(sum.conferences == conferences);
  // The planned conference's expected participants are not counted in any year.
  CHECK(sum.participants == participants - 300);

  // An internship from November 2025 to April 2026 with 10 places and 8 doctors: the places
  // in 2025, the doctors in 2026; listed in both.
  const AnnualReport r2025 = build_annual_report(f.index, 2025);
  const AnnualReport r2026 = build_annual_report(f.index, 2026);
  CHECK(r2025.internships.size() == 3);
  CHECK(r2026.internships.size() == 2);
  CHECK(r2025.figures.internships == 2);
  CHECK(r2025.figures.places_planned == 22);
  CHECK(r2025.figures.places_completed == 12);
  CHECK(r2026.figures.internships == 0);
  CHECK(r2026.figures.places_planned == 0);
  CHECK(r2026.figures.places_completed == 13);
}

TEST_CASE("activities after the date of the data are planned, never held") {
  ReportFixture f("report-stress");
  // The newest news is of 15 February 2026, announcing a forum for March 2027.
  const AnnualReport r2027 = build_annual_report(f.index, 2027);
  CHECK(r2027.as_of == Date{2026, 2, 15});
  REQUIRE(r2027.conferences.size() == 1);
  CHECK(r2027.is_planned(*r2027.conferences.front()));
  CHECK(r2027.figures.conferences == 0);
  CHECK(r2027.figures.conferences_planned == 1);
  CHECK(r2027.figures.participants == 0);
  CHECK(r2027.only_planned);
  // A collaboration whose status is "planned" is planned whatever its dates.
  const AnnualReport r2025 = build_annual_report(f.index, 2025);
  CHECK(r2025.figures.agreements == 2);
  CHECK(r2025.figures.agreements_planned == 1);
  CHECK(r2025.figures.conferences == 2);
  CHECK(r2025.figures.participants == 13750);
  CHECK_FALSE(r2025.only_planned);
  CHECK(r2025.as_of == Date{2025, 12, 31});
  CHECK(build_annual_report(f.index, 2026).as_of == Date{2026, 2, 15});
}

namespace {

// The CSV read back by a real parser (Python's csv module): rows of cells.
std::vector<std::vector<std::string>> parse_csv(const std::string& csv) {
  almanac::testing::TempFolder folder;
  folder.write("report.csv", csv);
  const auto run = almanac::testing::run_command(
      "/usr/bin/python3 -c 'import csv, json, sys; "
      "print(json.dumps(list(csv.reader(open(sys.argv[1], "
      "encoding=\"utf-8-sig\", newline=\"\")))))' " +
      (folder.path() / "report.csv").string());
  REQUIRE(run.status == 0);
  return nlohmann::json::parse(run.output).get<std::vector<std::vector<std::string>>>();
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items)
    out += (out.empty() ? "" : "; ") + item;
  return out;
}

std::string number(const std::optional<std::int64_t>& value) {
  return value ? std::to_string(*value) : "";
}

}  // namespace

TEST_CASE("report.csv holds every field of every activity, read back by a CSV parser") {
  ReportFixture f("report-stress");
  const AnnualReport report = build_annual_report(f.index, 2025);
  const std::string csv = report_csv(report, f.index);
  CHECK(csv.starts_with("\xEF\xBB\xBF"));
  const auto rows = parse_csv(csv);
  REQUIRE(rows.size() == report.size() + 1);
  CHECK(rows[0] == std::vector<std::string>(std::begin(kReportColumns), std::end(kReportColumns)));
  std::vector<const Entry*> activities = report.collaborations;
  activities.insert(activities.end(), report.conferences.begin(), report.conferences.end());
  activities.insert(activities.end(), report.internships.begin(), report.internships.end());
  const auto column = [&](std::string_view name) {
    return static_cast<std::size_t>(
        std::find(std::begin(kReportColumns), std::end(kReportColumns), name) -
        std::begin(kReportColumns));
  };
  const auto names = [&](const std::vector<std::string>& ids) {
    std::vector<std::string> out;
    for (const auto& id : ids)
      out.push_back(f.index.organization_by_id.at(id)->name);
    return joined(out);
  };
  for (std::size_t i = 0; i < activities.size(); ++i) {
    const Entry& e = *activities[i];
    const auto& row = rows[i + 1];
    CAPTURE(e.title);
    REQUIRE(row.size() == std::size(kReportColumns));
    const auto cell = [&](std::string_view name) { return row[column(name)]; };
    CHECK(cell("slug") == e.slug);
    CHECK(cell("title") == e.title);
    CHECK(cell("summary") == e.summary);
    CHECK(cell("date") == e.date.date.iso());
    CHECK(cell("partners") == names(e.partners));
    CHECK(cell("countries") == joined(e.countries));
    CHECK(cell("regions") == joined(e.regions));
    CHECK(cell("topics") == joined(e.topics));
    CHECK(cell("state") == (report.is_planned(e) ? "planned" : "done"));
    for (const auto& person : e.people) {
      CHECK(almanac::testing::contains(cell("people"), person.name + " (" + person.role + ")"));
    }
    for (const auto& source : e.sources) {
      CHECK(almanac::testing::contains(cell("sources"), source.title));
      CHECK(almanac::testing::contains(cell("sources"), source.url));
    }
    if (const auto* c = e.conference()) {
      CHECK(cell("kind") == "conference");
      CHECK(cell("starts") == c->starts.iso());
      CHECK(cell("ends") == c->ends.iso());
      CHECK(cell("city") == c->city);
      CHECK(cell("venue") == c->venue);
      CHECK(cell("organizers") == names(c->organizers));
      CHECK(cell("participants") == number(c->participants));
      CHECK(cell("participant_countries") == number(c->participant_countries));
      CHECK(cell("participant_regions") == number(c->participant_regions));
    } else if (const auto* c = e.collaboration()) {
      CHECK(cell("kind") == "collaboration");
      CHECK(cell("signed") == (c->signed_on ? c->signed_on->iso() : ""));
      CHECK(cell("directions") == joined(c->directions));
      CHECK(cell("stages") == joined(c->stages));
    } else if (const auto* in = e.internship()) {
      CHECK(cell("kind") == "internship");
      CHECK(cell("hosts") == names(in->hosts));
      CHECK(cell("specialty") == in->specialty);
      CHECK(cell("program") == in->program);
      CHECK(cell("planned") == number(in->planned));
      CHECK(cell("completed") == number(in->completed));
    }
  }
  // The counted columns add up to the year's figures.
  std::int64_t planned = 0, completed = 0;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (!rows[r][column("planned_counted")].empty())
      planned += std::stoll(rows[r][column("planned_counted")]);
    if (!rows[r][column("completed_counted")].empty())
      completed += std::stoll(rows[r][column("completed_counted")]);
  }
  CHECK(planned == report.figures.places_planned);
  CHECK(completed == report.figures.places_completed);
}

TEST_CASE("a CSV cell that a spreadsheet would run as a formula begins with an apostrophe") {
  almanac::testing::TempFolder folder;
  almanac::testing::copy_fixture("report", folder.path() / "site");
  folder.write("site/content/conferences/formula.md",
               "+++\ntitle = \"=HYPERLINK(\\\"http://evil.example\\\", \\\"click\\\")\"\n"
               "date = 2025-02-01\nstarts = 2025-02-10\nsummary = \"+7 (495) 123-45-67\"\n"
               "city = \"@город\"\nvenue = \"-1+2\"\n+++\nТекст.\n");
  Diagnostics diagnostics;
  LoadOptions options;
  options.source = folder.path() / "site";
  options.today = Date{2026, 6, 1};
  auto site = load_site(options, diagnostics);
  REQUIRE(site);
  const SiteIndex index = build_site_index(*site, "ru", 1, diagnostics);
  const auto rows = parse_csv(report_csv(build_annual_report(index, 2025), index));
  const auto row =
      std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r[2] == "formula"; });
  REQUIRE(row != rows.end());
  CHECK((*row)[4] == "'=HYPERLINK(\"http://evil.example\", \"click\")");
  CHECK((*row)[6] == "'+7 (495) 123-45-67");
  CHECK((*row)[12] == "'@город");
  CHECK((*row)[13] == "'-1+2");
  CHECK((*row)[5] == "2025-02-01");  // dates and numbers as they are
}

TEST_CASE("report.json: typed fields, the figures and the date of the data") {
  ReportFixture f("report-stress");
  const AnnualReport report = build_annual_report(f.index, 2025);
  const auto json = nlohmann::json::parse(report_json(report, f.index));
  CHECK(json["year"] == 2025);
  CHECK(json["as_of"] == "2025-12-31");
  CHECK(json["only_planned"] == false);
  CHECK(json["figures"]["participants"] == 13750);
  CHECK(json["figures"]["agreements_planned"] == 1);
  CHECK(json["figures"]["places_completed"] == 12);
  REQUIRE(json["activities"].size() == report.size());
  for (const auto& activity : json["activities"]) {
    CHECK(activity.size() == std::size(kReportColumns));
  }
  const auto congress =
      std::find_if(json["activities"].begin(), json["activities"].end(),
                   [](const auto& a) { return a["slug"] == "pediatric-oncology-congress"; });
  REQUIRE(congress != json["activities"].end());
  CHECK((*congress)["participants"] == 1250);
  CHECK((*congress)["participant_countries"] == 7);
  CHECK((*congress)["planned"].is_null());
  CHECK((*congress)["partners"].size() == 12);
  CHECK((*congress)["partners"][0]["id"] == "rogachev-center");
  CHECK((*congress)["organizers"][1]["id"] == "rogachev-center");
  CHECK((*congress)["people"][0]["role"].get<std::string>().starts_with("главный"));
  CHECK((*congress)["sources"][0]["date"] == "2025-10-17");
  CHECK((*congress)["countries"].size() == 6);
  CHECK((*congress)["url"] ==
        "https://minzdrav.example.org/conferences/pediatric-oncology-congress/");
  const auto shanghai =
      std::find_if(json["activities"].begin(), json["activities"].end(),
                   [](const auto& a) { return a["slug"] == "shanghai-thoracic"; });
  REQUIRE(shanghai != json["activities"].end());
  CHECK((*shanghai)["planned"] == 10);
  CHECK((*shanghai)["planned_counted"] == 10);
  CHECK((*shanghai)["completed"] == 8);
  CHECK((*shanghai)["completed_counted"].is_null());  // counted in 2026
}

TEST_CASE("the report pages of a build: a table of figures with their changes, both languages") {
  almanac::testing::TempFolder folder;
  BuildOptions options;
  options.source = std::filesystem::path(ALMANAC_FIXTURES) / "report";
  options.output = folder.path() / "out";
  options.today = Date{2026, 6, 1};
  Diagnostics diagnostics;
  REQUIRE(build_site(options, diagnostics).ok);
  const std::string ru = folder.read("out/reports/2025/index.html");
  CHECK(ru.find("<thead><tr><th scope=\"col\">Показатель</th><th scope=\"col\" "
                "class=\"number\">2025</th><th scope=\"col\" class=\"number\">Изменение к 2024 "
                "году</th></tr></thead>") != std::string::npos);
  CHECK(ru.find("<th scope=\"row\">Подписано соглашений и меморандумов</th><td "
                "class=\"number\">2</td><td class=\"number change\">+2</td>") != std::string::npos);
  CHECK(ru.find("<td class=\"number\">150</td><td class=\"number change\">+100 "
                "(+200\u00a0%)</td>") != std::string::npos);
  // The cover says the year once, in the title.
  CHECK(ru.find("<p class=\"cover-year\">") == std::string::npos);
  CHECK(ru.find("<p class=\"cover-organization\">Министерство здравоохранения</p>") !=
        std::string::npos);
  CHECK(ru.find("Данные по состоянию на 31 декабря 2025\u202fг.") != std::string::npos);
  CHECK(ru.find("<meta name=\"dcterms.created\" content=\"2025-12-31T00:00:00Z\">") !=
        std::string::npos);
  CHECK(ru.find("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"") != std::string::npos);
  // Several charts in one page, each id once.
  std::set<std::string> ids;
  for (auto at = ru.find(" id=\""); at != std::string::npos; at = ru.find(" id=\"", at + 1)) {
    const std::string id = ru.substr(at + 5, ru.find('"', at + 5) - at - 5);
    CAPTURE(id);
    CHECK(ids.insert(id).second);
  }
  CHECK(ids.contains("chart-months-hatch"));
  CHECK(ru.find("<ol class=\"sources-list\">\n<li><a href=\"https://example.org/1\">Источник "
                "1</a></li>\n</ol>") != std::string::npos);
  const std::string en = folder.read("out/en/reports/2025/index.html");
  CHECK(en.find("<th scope=\"row\">Conferences held</th><td class=\"number\">2</td><td "
                "class=\"number change\">+1 (+100%)</td>") != std::string::npos);
  CHECK(en.find("Ministry of Health") != std::string::npos);
  CHECK(en.find("Hospital A") != std::string::npos);
  CHECK(folder.read("out/reports/index.html").find("reports/2024/") != std::string::npos);
  CHECK(folder.read("out/index.html").find("href=\"./reports/2025/\"") != std::string::npos);
  CHECK(folder.read("out/years/2025/index.html").find("href=\"../../reports/2025/\"") !=
        std::string::npos);
}
