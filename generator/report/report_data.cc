#include "report/report_data.h"

#include <algorithm>

#include "model/names.h"
#include "render/urls.h"
#include "util/text.h"

namespace almanac {
namespace {

struct Row {
  std::string kind, date, title, summary, starts, ends, city, venue, format, form, status,
      signed_on, program, specialty, partners, regions, countries, topics, participants, planned,
      completed, url;
};

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += "; ";
    out += item;
  }
  return out;
}

std::string count(const std::optional<std::int64_t>& value) {
  return value ? std::to_string(*value) : std::string();
}

std::vector<std::string> organization_names(const std::vector<std::string_view>& ids,
                                            const SiteIndex& index) {
  std::vector<std::string> names;
  for (const auto id : ids) {
    const auto it = index.organization_by_id.find(id);
    names.push_back(it == index.organization_by_id.end() ? std::string(id)
                                                         : index.organization_name(*it->second));
  }
  return names;
}

std::vector<std::string> term_names(const std::vector<std::string>& terms, const SiteIndex& index) {
  std::vector<std::string> names;
  for (const auto& term : terms)
    names.push_back(index.term_name(term));
  return names;
}

Row row_of(const Entry& entry, const SiteIndex& index) {
  Row row;
  row.kind = std::string(name_of(entry.kind, kEntryKinds));
  row.date = entry.date.date.iso();
  row.title = entry.title;
  row.summary = entry.summary;
  row.partners = joined(organization_names(entry.organization_ids(), index));
  row.regions = joined(term_names(entry.regions, index));
  row.countries = joined(term_names(entry.countries, index));
  row.topics = joined(term_names(entry.topics, index));
  // Relative to the output folder when the site has no base_url.
  row.url = index.site->config.base_url + index.prefix + entry_path(entry);
  if (const auto* c = entry.conference()) {
    row.starts = c->starts.iso();
    row.ends = c->ends.iso();
    row.city = c->city;
    row.venue = c->venue;
    row.format = std::string(name_of(c->format, kConferenceFormats));
    row.participants = count(c->participants);
  }
  if (const auto* c = entry.collaboration()) {
    row.form = std::string(name_of(c->form, kCollaborationForms));
    row.status = std::string(name_of(c->status, kCollaborationStatuses));
    if (c->signed_on) row.signed_on = c->signed_on->iso();
  }
  if (const auto* i = entry.internship()) {
    if (i->starts) row.starts = i->starts->iso();
    if (i->ends) row.ends = i->ends->iso();
    row.program = i->program;
    row.specialty = i->specialty;
    row.planned = count(i->planned);
    row.completed = count(i->completed);
  }
  return row;
}

const std::vector<std::pair<const char*, std::string Row::*>>& columns() {
  static const std::vector<std::pair<const char*, std::string Row::*>> table = {
      {"kind", &Row::kind},
      {"date", &Row::date},
      {"title", &Row::title},
      {"summary", &Row::summary},
      {"starts", &Row::starts},
      {"ends", &Row::ends},
      {"city", &Row::city},
      {"venue", &Row::venue},
      {"format", &Row::format},
      {"form", &Row::form},
      {"status", &Row::status},
      {"signed", &Row::signed_on},
      {"program", &Row::program},
      {"specialty", &Row::specialty},
      {"partners", &Row::partners},
      {"regions", &Row::regions},
      {"countries", &Row::countries},
      {"topics", &Row::topics},
      {"participants", &Row::participants},
      {"planned", &Row::planned},
      {"completed", &Row::completed},
      {"url", &Row::url}};
  return table;
}

void append_csv_field(std::string& out, const std::string& text) {
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

template <typename Visit>
void for_each_activity(const AnnualReport& report, Visit visit) {
  for (const auto* list : {&report.collaborations, &report.conferences, &report.internships}) {
    for (const Entry* entry : *list)
      visit(*entry);
  }
}

}  // namespace

std::string report_csv(const AnnualReport& report, const SiteIndex& index) {
  std::string out = "\xEF\xBB\xBF";
  const auto& cols = columns();
  for (std::size_t i = 0; i < cols.size(); ++i) {
    if (i) out += ',';
    out += cols[i].first;
  }
  out += "\r\n";
  for_each_activity(report, [&](const Entry& entry) {
    const Row row = row_of(entry, index);
    for (std::size_t i = 0; i < cols.size(); ++i) {
      if (i) out += ',';
      append_csv_field(out, row.*(cols[i].second));
    }
    out += "\r\n";
  });
  return out;
}

std::string report_json(const AnnualReport& report, const SiteIndex& index) {
  const ReportFigures& f = report.figures;
  const std::pair<const char*, std::int64_t> figures[] = {{"agreements", f.agreements},
                                                          {"conferences", f.conferences},
                                                          {"participants", f.participants},
                                                          {"internships", f.internships},
                                                          {"places_planned", f.places_planned},
                                                          {"places_completed", f.places_completed},
                                                          {"countries", f.countries},
                                                          {"organizations", f.organizations},
                                                          {"regions", f.regions}};
  std::string out = "{\n  \"year\": " + std::to_string(report.year) + ",\n  \"language\": ";
  append_json_string(out, index.language);
  out += ",\n  \"figures\": {";
  bool first = true;
  for (const auto& [name, value] : figures) {
    out += first ? "\n    \"" : ",\n    \"";
    out += name;
    out += "\": " + std::to_string(value);
    first = false;
  }
  out += "\n  },\n  \"activities\": [";
  first = true;
  for_each_activity(report, [&](const Entry& entry) {
    const Row row = row_of(entry, index);
    out += first ? "\n    {" : ",\n    {";
    bool first_field = true;
    for (const auto& [name, field] : columns()) {
      out += first_field ? "\n      \"" : ",\n      \"";
      out += name;
      out += "\": ";
      append_json_string(out, row.*field);
      first_field = false;
    }
    out += "\n    }";
    first = false;
  });
  out += first ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

}  // namespace almanac
