#include "report/annual_report.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_set>

#include "locale/locale_text.h"

namespace almanac {
namespace {

std::vector<const Entry*> of_year(const std::vector<const Entry*>& entries, int year) {
  std::vector<std::pair<long, const Entry*>> dated;
  for (const Entry* entry : entries) {
    if (entry->active_in(year)) dated.emplace_back(report_date(*entry).days_since_epoch(), entry);
  }
  std::sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return a.second->source_path < b.second->source_path;
  });
  std::vector<const Entry*> out;
  out.reserve(dated.size());
  for (const auto& [day, entry] : dated)
    out.push_back(entry);
  return out;
}

// The year's lists, and the date of their data.
struct YearActivities {
  std::vector<const Entry*> collaborations, conferences, internships;
  Date as_of;
  [[nodiscard]] bool empty() const {
    return collaborations.empty() && conferences.empty() && internships.empty();
  }
};

Date newest_publication(const SiteIndex& index) {
  Date newest;
  for (const auto* list : {&index.collaborations, &index.conferences, &index.internships}) {
    for (const Entry* entry : *list)
      newest = std::max(newest, entry->date.date);
  }
  return newest;
}

YearActivities activities_of(const SiteIndex& index, int year, const Date& newest) {
  return {of_year(index.collaborations, year), of_year(index.conferences, year),
          of_year(index.internships, year), std::min(newest, Date{year, 12, 31})};
}

// Each activity counted once over all years: an internship in the year it begins, its
// completed places in the year it ends.
ReportFigures figures_of(const YearActivities& year_activities, int year) {
  ReportFigures f;
  const Date& as_of = year_activities.as_of;
  // Views of the entries' own terms and ids.
  std::unordered_set<std::string_view> countries, regions, organizations;
  const auto count_terms = [&](const Entry* entry) {
    countries.insert(entry->countries.begin(), entry->countries.end());
    regions.insert(entry->regions.begin(), entry->regions.end());
    for (const auto id : entry->organization_ids())
      organizations.insert(id);
  };
  for (const Entry* entry : year_activities.collaborations) {
    const auto form = entry->collaboration()->form;
    if (form == CollaborationForm::agreement || form == CollaborationForm::memorandum) {
      ++(is_planned(*entry, as_of) ? f.agreements_planned : f.agreements);
    }
    count_terms(entry);
  }
  for (const Entry* entry : year_activities.conferences) {
    if (is_planned(*entry, as_of)) {
      ++f.conferences_planned;
    } else {
      ++f.conferences;
      f.participants += entry->conference()->participants.value_or(0);
    }
    count_terms(entry);
  }
  for (const Entry* entry : year_activities.internships) {
    const auto [first, last] = entry->activity_span();
    if (first == year) {
      ++(is_planned(*entry, as_of) ? f.internships_planned : f.internships);
      f.places_planned += entry->internship()->planned.value_or(0);
    }
    if (last == year) f.places_completed += entry->internship()->completed.value_or(0);
    count_terms(entry);
  }
  f.countries = static_cast<std::int64_t>(countries.size());
  f.organizations = static_cast<std::int64_t>(organizations.size());
  f.regions = static_cast<std::int64_t>(regions.size());
  return f;
}

// Terms by how many of the year's activities name them, most first; ties alphabetical.
std::vector<std::pair<std::string, int>> tally(const std::vector<const Entry*>& entries,
                                               const std::vector<std::string> Entry::*terms,
                                               const SiteIndex& index) {
  std::map<std::string, int> counts;
  for (const Entry* entry : entries) {
    for (const auto& term : entry->*terms)
      ++counts[index.term_name(term)];
  }
  std::vector<std::tuple<int, std::string, std::string>> keyed;  // -count, sort key, name
  for (const auto& [name, count] : counts) {
    keyed.emplace_back(-count, collation_key(name, index.language), name);
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<std::pair<std::string, int>> out;
  for (const auto& [negative, key, name] : keyed)
    out.emplace_back(name, -negative);
  return out;
}

}  // namespace

Date report_date(const Entry& entry) {
  if (const auto* c = entry.conference()) return c->starts;
  if (const auto* c = entry.collaboration(); c && c->signed_on) return *c->signed_on;
  if (const auto* i = entry.internship(); i && i->starts) return *i->starts;
  return entry.date.date;
}

bool is_planned(const Entry& entry, const Date& as_of) {
  if (const auto* c = entry.collaboration(); c && c->status == CollaborationStatus::planned) {
    return true;
  }
  return as_of < report_date(entry);
}

bool AnnualReport::is_planned(const Entry& entry) const {
  return almanac::is_planned(entry, as_of);
}

std::vector<int> report_years(const SiteIndex& index) {
  std::set<int, std::greater<>> years;
  for (const auto* list : {&index.collaborations, &index.conferences, &index.internships}) {
    for (const Entry* entry : *list) {
      for (int year : entry->activity_years())
        years.insert(year);
    }
  }
  return {years.begin(), years.end()};
}

void report_inputs(const SiteIndex& index, int year, PageInputs& inputs) {
  inputs.text(std::min(newest_publication(index), Date{year, 12, 31}).iso());
  for (const Entry* entry : index.activities) {
    if (!entry->active_in(year) && !entry->active_in(year - 1)) continue;
    inputs.listed(*entry);
    for (const auto id : entry->organization_ids())
      inputs.organization_reference(id);
    for (const auto& topic : entry->topics)
      inputs.term("topics", topic);
  }
}

AnnualReport build_annual_report(const SiteIndex& index, int year) {
  AnnualReport report;
  report.year = year;
  const Date newest = newest_publication(index);
  YearActivities activities = activities_of(index, year, newest);
  report.figures = figures_of(activities, year);
  if (const YearActivities before = activities_of(index, year - 1, newest); !before.empty()) {
    report.previous = figures_of(before, year - 1);
  }
  report.as_of = activities.as_of;
  report.collaborations = std::move(activities.collaborations);
  report.conferences = std::move(activities.conferences);
  report.internships = std::move(activities.internships);

  std::vector<const Entry*> all;
  for (const auto* list : {&report.collaborations, &report.conferences, &report.internships}) {
    all.insert(all.end(), list->begin(), list->end());
  }
  report.only_planned = !all.empty() && std::all_of(all.begin(), all.end(), [&](const Entry* e) {
    return report.is_planned(*e);
  });
  std::set<std::string_view, std::less<>> ids;  // views of the entries' own ids
  for (const Entry* entry : all) {
    for (const auto id : entry->organization_ids())
      ids.insert(id);
    // An internship that began the year before is in the chart of that year.
    const Date when = report_date(*entry);
    if (when.year == year) ++report.per_month[when.month][entry->kind];
  }
  for (const Organization* organization : index.organizations) {
    if (ids.contains(organization->id)) report.organization_ids.push_back(organization->id);
  }
  report.per_country = tally(all, &Entry::countries, index);
  report.per_region = tally(all, &Entry::regions, index);
  report.per_topic = tally(all, &Entry::topics, index);
  return report;
}

}  // namespace almanac
