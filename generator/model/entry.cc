#include "model/entry.h"

#include <algorithm>

namespace almanac {

const char* kind_folder(EntryKind kind) {
  switch (kind) {
    case EntryKind::collaboration:
      return "collaborations";
    case EntryKind::conference:
      return "conferences";
    case EntryKind::internship:
      return "internships";
    case EntryKind::page:
      return "pages";
  }
  return "pages";
}

std::vector<std::string_view> Entry::organization_ids() const {
  std::vector<std::string_view> ids;
  const auto add = [&](const std::vector<std::string>& list) {
    for (const auto& id : list) {
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
  };
  add(partners);
  if (const auto* c = conference()) add(c->organizers);
  if (const auto* i = internship()) add(i->hosts);
  return ids;
}

std::pair<int, int> Entry::activity_span() const {
  if (const auto* c = conference()) return {c->starts.year, c->starts.year};
  if (const auto* c = collaboration()) {
    const int year = c->signed_on ? c->signed_on->year : date.date.year;
    return {year, year};
  }
  if (const auto* i = internship(); i && i->starts) {
    return {i->starts->year, i->ends ? i->ends->year : i->starts->year};
  }
  return {date.date.year, date.date.year};
}

std::vector<int> Entry::activity_years() const {
  if (kind == EntryKind::page) return {};
  const auto [first, last] = activity_span();
  std::vector<int> years;
  for (int year = first; year <= last; ++year)
    years.push_back(year);
  return years;
}

bool Entry::active_in(int year) const {
  if (kind == EntryKind::page) return false;
  const auto [first, last] = activity_span();
  return first <= year && year <= last;
}

}  // namespace almanac
