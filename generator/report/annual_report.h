// The annual report of one year: which activities belong to it and the figures a ministry
// reports, with the change against the year before. Plain data, computed from the site index.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "index/page_inputs.h"
#include "index/site_index.h"
#include "model/entry.h"

namespace almanac {

// Every activity is counted once in these totals, so that the figures of several years add up
// to the entries' own numbers (docs/reports.md, "How the figures are counted").
struct ReportFigures {
  std::int64_t agreements = 0;          // agreements and memoranda signed
  std::int64_t agreements_planned = 0;  // to be signed after the data's date
  std::int64_t conferences = 0;         // conferences held
  std::int64_t conferences_planned = 0;
  std::int64_t participants = 0;  // participants of the conferences held
  std::int64_t internships = 0;   // internships begun this year
  std::int64_t internships_planned = 0;
  std::int64_t places_planned = 0;    // of the internships that begin this year
  std::int64_t places_completed = 0;  // of the internships that end this year
  std::int64_t countries = 0;         // partner countries of the year's activities
  std::int64_t organizations = 0;     // partner organizations
  std::int64_t regions = 0;           // Russian regions involved
};

// Every figure with its name (the key in report.json and in the theme's strings), in the order
// a report prints them.
inline constexpr std::pair<std::string_view, std::int64_t ReportFigures::*> kReportFigures[] = {
    {"agreements", &ReportFigures::agreements},
    {"agreements_planned", &ReportFigures::agreements_planned},
    {"conferences", &ReportFigures::conferences},
    {"conferences_planned", &ReportFigures::conferences_planned},
    {"participants", &ReportFigures::participants},
    {"internships", &ReportFigures::internships},
    {"internships_planned", &ReportFigures::internships_planned},
    {"places_planned", &ReportFigures::places_planned},
    {"places_completed", &ReportFigures::places_completed},
    {"countries", &ReportFigures::countries},
    {"organizations", &ReportFigures::organizations},
    {"regions", &ReportFigures::regions},
};

struct AnnualReport {
  int year = 0;
  std::vector<const Entry*> collaborations;  // each in date order
  std::vector<const Entry*> conferences;
  std::vector<const Entry*> internships;  // every internship the year overlaps
  ReportFigures figures;
  std::optional<ReportFigures> previous;      // when the year before has activities
  std::vector<std::string> organization_ids;  // partners active this year, alphabetical
  // Activities per month (1..12) and kind, for the chart: by the month they are held, signed
  // or begin in this year.
  std::map<int, std::map<EntryKind, int>> per_month;
  // Activities per term, most first, for the charts.
  std::vector<std::pair<std::string, int>> per_country, per_region, per_topic;
  // The date of the report's data ("data as of"): the newest publication date of the site's
  // activities, and no later than 31 December of the year. From the content rather than the
  // clock, so the same content gives the same report; a year that is over does not change
  // when later news is added. Activities dated after it are planned, not held.
  Date as_of;
  // Every activity of the year is planned: none had taken place by `as_of`.
  bool only_planned = false;

  [[nodiscard]] std::size_t size() const {
    return collaborations.size() + conferences.size() + internships.size();
  }
  [[nodiscard]] bool is_planned(const Entry& entry) const;
};

// The years that have activities, newest first.
[[nodiscard]] std::vector<int> report_years(const SiteIndex& index);

// What the report of `year` is made from (index/page_inputs.h): the activities of that year and
// the year before, the organizations they name, and the date its data is as of.
void report_inputs(const SiteIndex& index, int year, PageInputs& inputs);

// The year's report; its lists are empty when the year has no activities. Which activities
// belong to a year is Entry::activity_years(): a conference by its start, a collaboration by
// its signing (else publication), an internship by every year its period overlaps.
[[nodiscard]] AnnualReport build_annual_report(const SiteIndex& index, int year);

// The date an entry is listed under in a report: a conference's start, a collaboration's
// signing, an internship's start; else its publication.
[[nodiscard]] Date report_date(const Entry& entry);

// Whether an activity is still to take place on `as_of`: dated after it, or a collaboration
// whose status is "planned".
[[nodiscard]] bool is_planned(const Entry& entry, const Date& as_of);

}  // namespace almanac
