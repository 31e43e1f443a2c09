#include "report/report_data.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

#include "index/urls.h"
#include "model/names.h"
#include "util/text.h"

namespace almanac {
namespace {

// A person, a source or a partner: named parts, in order.
using Record = std::vector<std::pair<std::string_view, std::string>>;
using Number = std::optional<std::int64_t>;
using Cell = std::variant<std::string, Number, std::vector<std::string>, std::vector<Record>>;

// One activity's cells, in the order of kReportColumns.
std::vector<Cell> cells_of(const Entry& entry, const AnnualReport& report, const SiteIndex& index) {
  const auto names = [&](const std::vector<std::string>& terms) {
    std::vector<std::string> out;
    for (const auto& term : terms)
      out.push_back(index.term_name(term));
    return out;
  };
  const auto organizations = [&](const std::vector<std::string>& ids) {
    std::vector<Record> out;
    for (const auto& id : ids) {
      const auto it = index.organization_by_id.find(id);
      out.push_back(
          {{"id", id},
           {"name",
            it == index.organization_by_id.end() ? id : index.organization_name(*it->second)}});
    }
    return out;
  };
  const auto date = [](const std::optional<Date>& value) {
    return value ? value->iso() : std::string();
  };
  std::vector<Record> people, sources;
  for (const auto& person : entry.people)
    people.push_back({{"name", person.name}, {"role", person.role}});
  for (const auto& source : entry.sources)
    sources.push_back({{"title", source.title}, {"date", date(source.date)}, {"url", source.url}});

  const ConferenceDetails* c = entry.conference();
  const CollaborationDetails* co = entry.collaboration();
  const InternshipDetails* in = entry.internship();
  const auto [first_year, last_year] = entry.activity_span();
  const auto counted = [](const Number& value, bool here) { return here ? value : Number(); };
  static const ConferenceDetails kNoConference;
  static const CollaborationDetails kNoCollaboration;
  static const InternshipDetails kNoInternship;
  const ConferenceDetails& conference = c ? *c : kNoConference;
  const CollaborationDetails& collaboration = co ? *co : kNoCollaboration;
  const InternshipDetails& internship = in ? *in : kNoInternship;
  return {
      std::string(name_of(entry.kind, kEntryKinds)),
      std::string(report.is_planned(entry) ? "planned" : "done"),
      entry.slug,
      entry.language,
      entry.title,
      entry.date.date.iso(),
      entry.summary,
      c ? c->starts.iso() : date(internship.starts),
      c ? c->ends.iso() : date(internship.ends),
      date(collaboration.signed_on),
      co ? std::string(name_of(co->form, kCollaborationForms)) : std::string(),
      co ? std::string(name_of(co->status, kCollaborationStatuses)) : std::string(),
      conference.city,
      conference.venue,
      c ? std::string(name_of(c->format, kConferenceFormats)) : std::string(),
      internship.program,
      internship.specialty,
      conference.participants,
      conference.participant_countries,
      conference.participant_regions,
      internship.planned,
      internship.completed,
      counted(internship.planned, first_year == report.year),
      counted(internship.completed, last_year == report.year),
      organizations(entry.partners),
      organizations(conference.organizers),
      organizations(internship.hosts),
      names(entry.countries),
      names(entry.regions),
      names(entry.topics),
      collaboration.directions,
      collaboration.stages,
      std::move(people),
      std::move(sources),
      // Relative to the output folder when the site has no base_url.
      index.site->config.base_url + index.prefix + entry_path(entry),
  };
}

// How a record reads inside one CSV cell: "name (role)", "title (date) url", a partner's name.
std::string record_text(const Record& record) {
  if (record.front().first == "id") return record[1].second;
  std::string text = record.front().second;
  std::string detail = record[1].second;
  if (!detail.empty()) text += " (" + detail + ")";
  if (record.size() > 2 && !record[2].second.empty()) text += " " + record[2].second;
  return text;
}

std::string csv_text(const Cell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return *text;
  if (const auto* number = std::get_if<Number>(&cell)) {
    return *number ? std::to_string(**number) : std::string();
  }
  std::string out;
  const auto add = [&](const std::string& item) {
    if (!out.empty()) out += "; ";
    out += item;
  };
  if (const auto* list = std::get_if<std::vector<std::string>>(&cell)) {
    for (const auto& item : *list)
      add(item);
  } else {
    for (const auto& record : std::get<std::vector<Record>>(cell))
      add(record_text(record));
  }
  return out;
}

void append_csv_field(std::string& out, std::string text) {
  // A spreadsheet runs a cell that begins so as a formula.
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    text.insert(text.begin(), '\'');
  }
  const bool plain = std::none_of(text.begin(), text.end(), [](char c) {
    return c == ',' || c == '"' || c == '\r' || c == '\n';
  });
  if (plain) {
    out += text;
    return;
  }
  out += '"';
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void append_json(std::string& out, const Cell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) {
    append_json_string(out, *text);
  } else if (const auto* number = std::get_if<Number>(&cell)) {
    out += *number ? std::to_string(**number) : "null";
  } else if (const auto* list = std::get_if<std::vector<std::string>>(&cell)) {
    out += '[';
    for (std::size_t i = 0; i < list->size(); ++i) {
      if (i) out += ", ";
      append_json_string(out, (*list)[i]);
    }
    out += ']';
  } else {
    const auto& records = std::get<std::vector<Record>>(cell);
    out += '[';
    for (std::size_t i = 0; i < records.size(); ++i) {
      out += i ? ", {" : "{";
      for (std::size_t k = 0; k < records[i].size(); ++k) {
        if (k) out += ", ";
        append_json_string(out, records[i][k].first);
        out += ": ";
        append_json_string(out, records[i][k].second);
      }
      out += '}';
    }
    out += ']';
  }
}

template <typename Visit>
void for_each_activity(const AnnualReport& report, Visit visit) {
  for (const auto* list : {&report.collaborations, &report.conferences, &report.internships}) {
    for (const Entry* entry : *list)
      visit(*entry);
  }
}

}  // namespace

// Room for the whole file at once: a string that grows by doubling holds up to three times
// its size while it is copied, and a large year's data is megabytes (bytes per activity,
// measured on the bench site with some to spare).
constexpr std::size_t kCsvBytesPerActivity = 1600;
constexpr std::size_t kJsonBytesPerActivity = 2600;

std::string report_csv(const AnnualReport& report, const SiteIndex& index) {
  std::string out = "\xEF\xBB\xBF";
  out.reserve(1024 + report.size() * kCsvBytesPerActivity);
  for (std::size_t i = 0; i < std::size(kReportColumns); ++i) {
    if (i) out += ',';
    out += kReportColumns[i];
  }
  out += "\r\n";
  for_each_activity(report, [&](const Entry& entry) {
    const auto cells = cells_of(entry, report, index);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) out += ',';
      append_csv_field(out, csv_text(cells[i]));
    }
    out += "\r\n";
  });
  return out;
}

std::string report_json(const AnnualReport& report, const SiteIndex& index) {
  std::string out;
  out.reserve(2048 + report.size() * kJsonBytesPerActivity);
  out += "{\n  \"year\": " + std::to_string(report.year) + ",\n  \"language\": ";
  append_json_string(out, index.language);
  out += ",\n  \"as_of\": ";
  append_json_string(out, report.as_of.iso());
  out += std::string(",\n  \"only_planned\": ") + (report.only_planned ? "true" : "false");
  out += ",\n  \"figures\": {";
  bool first = true;
  for (const auto& [name, field] : kReportFigures) {
    out += first ? "\n    \"" : ",\n    \"";
    out += name;
    out += "\": " + std::to_string(report.figures.*field);
    first = false;
  }
  out += "\n  },\n  \"activities\": [";
  first = true;
  for_each_activity(report, [&](const Entry& entry) {
    const auto cells = cells_of(entry, report, index);
    out += first ? "\n    {" : ",\n    {";
    for (std::size_t i = 0; i < cells.size(); ++i) {
      out += i ? ",\n      " : "\n      ";
      append_json_string(out, kReportColumns[i]);
      out += ": ";
      append_json(out, cells[i]);
    }
    out += "\n    }";
    first = false;
  });
  out += first ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

}  // namespace almanac
