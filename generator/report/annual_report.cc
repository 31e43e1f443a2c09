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

ReportFigures figures_of(const std::vector<const Entry*>& collaborations,
                         const std::vector<const Entry*>& conferences,
                         const std::vector<const Entry*>& internships) {
  ReportFigures f;
  // Views of the entries' own terms and ids.
  std::unordered_set<std::string_view> countries, regions, organizations;
  const auto count_terms = [&](const Entry* entry) {
    countries.insert(entry->countries.begin(), entry->countries.end());
    regions.insert(entry->regions.begin(), entry->regions.end());
    for (const auto id : entry->organization_ids())
      organizations.insert(id);
  };
  for (const Entry* entry : collaborations) {
    const auto form = entry->collaboration()->form;
    if (form == CollaborationForm::agreement || form == CollaborationForm::memorandum) {
      ++f.agreements;
    }
    count_terms(entry);
  }
  for (const Entry* entry : conferences) {
    ++f.conferences;
    f.participants += entry->conference()->participants.value_or(0);
    count_terms(entry);
  }
  for (const Entry* entry : internships) {
    ++f.internships;
    f.places_planned += entry->internship()->planned.value_or(0);
    f.places_completed += entry->internship()->completed.value_or(0);
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

AnnualReport build_annual_report(const SiteIndex& index, int year) {
  AnnualReport report;
  report.year = year;
  report.collaborations = of_year(index.collaborations, year);
  report.conferences = of_year(index.conferences, year);
  report.internships = of_year(index.internships, year);
  report.figures = figures_of(report.collaborations, report.conferences, report.internships);
  const auto before_collaborations = of_year(index.collaborations, year - 1);
  const auto before_conferences = of_year(index.conferences, year - 1);
  const auto before_internships = of_year(index.internships, year - 1);
  if (!before_collaborations.empty() || !before_conferences.empty() ||
      !before_internships.empty()) {
    report.previous = figures_of(before_collaborations, before_conferences, before_internships);
  }

  std::vector<const Entry*> all;
  for (const auto* list : {&report.collaborations, &report.conferences, &report.internships}) {
    all.insert(all.end(), list->begin(), list->end());
  }
  std::set<std::string_view, std::less<>> ids;  // views of the entries' own ids
  for (const Entry* entry : all) {
    for (const auto id : entry->organization_ids())
      ids.insert(id);
    if (report.generated < entry->date.date) report.generated = entry->date.date;
    // An internship that began the year before is counted in January.
    const Date when = report_date(*entry);
    const int month = when.year == year ? when.month : 1;
    ++report.per_month[month][entry->kind];
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
