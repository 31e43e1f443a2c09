#include "render/views/report_views.h"

#include <array>
#include <cstdint>
#include <set>

#include "index/urls.h"
#include "locale/locale_text.h"
#include "model/names.h"
#include "render/view_data.h"
#include "report/svg_chart.h"

namespace almanac {
namespace {

std::string with_year(std::string text, int year) {
  const auto at = text.find("{year}");
  if (at != std::string::npos) text.replace(at, 6, std::to_string(year));
  return text;
}

// A date (or range) in a table cell: never broken inside a date, only after a range's dash.
std::string unbreakable_dates(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (const char c : text) {
    if (c == ' ' && !out.ends_with("\u2013") && !out.ends_with("\u2014")) {
      out += "\u00a0";
    } else {
      out += c;
    }
  }
  return out;
}

void add_report_figures(const PageViews& views, ViewData& data, const AnnualReport& report) {
  const Strings& strings = views.strings();
  const std::string& language = views.language();
  const ReportFigures& f = report.figures;
  const std::optional<ReportFigures>& before = report.previous;
  // Rows of planned activities only where a year has some, so a usual table stays short.
  const auto is_optional = [](std::string_view key) {
    return key.ends_with("_planned") && key != "places_planned";
  };
  ViewData& list = add_list(data, "figures", std::size(kReportFigures));
  for (const auto& [key, field] : kReportFigures) {
    const std::int64_t value = f.*field;
    if (is_optional(key) && value == 0 && (!before || (*before).*field == 0)) continue;
    ViewData& item = append_object(list);
    put(item, "number", format_number(value, language));
    put(item, "label", strings.get("report.figures." + std::string(key)));
    if (!before) continue;
    const std::int64_t earlier = (*before).*field;
    put(item, "change", format_change(value - earlier, language));
    if (earlier > 0) {
      const double ratio = static_cast<double>(value - earlier) / static_cast<double>(earlier);
      put(item, "percent", format_percent_change(ratio, language));
    }
  }
  if (before) {
    put(data, "change_heading", with_year(strings.get("report.columns.change"), report.year - 1));
  }
}

void add_report_charts(const PageViews& views, ViewData& data, const AnnualReport& report) {
  const Strings& strings = views.strings();
  const std::string& language = views.language();
  ViewData& charts = add_list(data, "charts", 4);
  std::array<std::vector<int>, 12> per_month;
  std::vector<std::string> series;
  for (const EntryKind kind : kActivityKinds)
    series.push_back(strings.get(std::string("menu.") + kind_folder(kind)));
  for (int month = 1; month <= 12; ++month) {
    per_month[month - 1].assign(3, 0);
    const auto it = report.per_month.find(month);
    if (it == report.per_month.end()) continue;
    for (std::size_t k = 0; k < 3; ++k) {
      const auto count = it->second.find(kActivityKinds[k]);
      if (count != it->second.end()) per_month[month - 1][k] = count->second;
    }
  }
  const auto add_chart = [&](const std::string& key, std::string svg) {
    ViewData& chart = append_object(charts);
    put(chart, "title", strings.get("report.charts." + key));
    put(chart, "svg", std::move(svg));
  };
  constexpr std::size_t kBars = 12;
  const auto bars = [&](const std::string& key,
                        const std::vector<std::pair<std::string, int>>& items) {
    if (items.empty()) return;
    const std::string more =
        items.size() > kBars
            ? strings.count("report.charts.more", static_cast<std::int64_t>(items.size() - kBars))
            : std::string();
    add_chart(key,
              bar_chart(items, strings.get("report.charts." + key), "chart-" + key, kBars, more));
  };
  add_chart("months", stacked_month_chart(per_month, short_month_names(language), series,
                                          strings.get("report.charts.months"), "chart-months"));
  bars("countries", report.per_country);
  bars("regions", report.per_region);
  bars("topics", report.per_topic);
}

}  // namespace

ViewData reports_view(const PageViews& views, const std::vector<int>& years,
                      const std::string& path) {
  const Strings& strings = views.strings();
  ViewData data = views.page_base(path, strings.get("report.list_title"));
  if (years.empty()) return data;
  ViewData& list = add_list(data, "years", years.size());
  for (const int year : years) {
    ViewData& item = append_object(list);
    put(item, "year", std::to_string(year));
    put(item, "title", with_year(strings.get("report.title"), year));
    put(item, "path", "reports/" + std::to_string(year) + "/");
  }
  return data;
}

ViewData report_view(const PageViews& views, const AnnualReport& report, const std::string& path) {
  const SiteIndex& index = views.index();
  const Strings& strings = views.strings();
  const std::string& language = views.language();
  const std::string title = with_year(strings.get("report.title"), report.year);
  // Links that also work from the PDF, which is read away from the site: absolute where the
  // site knows its address (base_url), relative otherwise.
  const std::string& base_url = index.site->config.base_url;
  const std::string root = root_prefix(path);
  const auto link = [&](const std::string& target) {
    return base_url.empty() ? root + target : base_url + index.prefix + target;
  };
  ViewData data = views.page_base(path, title);
  put(data, "year", std::to_string(report.year));
  const SiteConfig& config = index.site->config;
  set_text(data, "organization", config.report_organization_in(strings.language()));
  if (report.as_of.valid()) {
    put(data, "as_of", format_date(report.as_of, language));
    // The PDF's dates: of the data, not of the making.
    put(data, "as_of_time", report.as_of.iso() + "T00:00:00Z");
  }
  put(data, "only_planned", report.only_planned);
  add_report_figures(views, data, report);
  add_report_charts(views, data, report);

  // One section per kind: a table of the year's activities and their summaries.
  ViewData& sections = add_list(data, "sections", 3);
  for (const EntryKind kind : kActivityKinds) {
    const auto& entries = kind == EntryKind::collaboration ? report.collaborations
                          : kind == EntryKind::conference  ? report.conferences
                                                           : report.internships;
    if (entries.empty()) continue;
    ViewData& section = append_object(sections);
    put(section, "id", kind_folder(kind));
    put(section, "title", strings.get(std::string("menu.") + kind_folder(kind)));
    put(section, std::string("is_") + std::string(name_of(kind, kEntryKinds)), true);
    // Six columns do not fit a portrait page's width in a readable size.
    put(section, "wide", kind != EntryKind::collaboration);
    put(section, "count",
        strings.count("count.entries", static_cast<std::int64_t>(entries.size())));
    ViewData& rows = add_list(section, "rows", entries.size());
    std::int64_t participants = 0, places_planned = 0, places_completed = 0;
    bool counted_elsewhere = false;
    for (const Entry* entry : entries) {
      ViewData& row = append_object(rows);
      put(row, "title", entry->title);
      put(row, "path", entry_path(*entry));
      put(row, "href", link(entry_path(*entry)));
      set_text(row, "summary", entry->summary);
      const bool planned = report.is_planned(*entry);
      put(row, "planned", planned);
      ViewData& partners = add_list(row, "partners", entry->organization_ids().size());
      for (const auto id : entry->organization_ids()) {
        const auto it = index.organization_by_id.find(id);
        if (it != index.organization_by_id.end())
          put(append_object(partners), "name", index.organization_name(*it->second));
      }
      if (const auto* c = entry->conference()) {
        put(row, "date", unbreakable_dates(format_date_range(c->starts, c->ends, language)));
        set_text(row, "place", c->city.empty() ? c->venue : c->city);
        put(row, "format",
            strings.get("format." + std::string(name_of(c->format, kConferenceFormats))));
        if (c->participants) {
          put(row, "participants", format_number(*c->participants, language));
          // Planned conferences' participants are expected, not counted.
          if (planned) {
            put(row, "participants_elsewhere", true);
            counted_elsewhere = true;
          } else {
            participants += *c->participants;
          }
        }
      } else if (const auto* c = entry->collaboration()) {
        put(row, "date", unbreakable_dates(format_date(report_date(*entry), language)));
        put(row, "form", strings.get("form." + std::string(name_of(c->form, kCollaborationForms))));
      } else if (const auto* i = entry->internship()) {
        put(row, "date",
            unbreakable_dates(
                i->starts ? format_date_range(*i->starts, i->ends.value_or(*i->starts), language)
                          : format_date(entry->date.date, language)));
        set_text(row, "specialty", i->specialty);
        // Places count in one year each (docs/reports.md); in the others they are shown in
        // brackets.
        const auto [first, last] = entry->activity_span();
        const auto place_cell = [&](const char* key, const std::optional<std::int64_t>& value,
                                    bool counted, std::int64_t& total) {
          if (!value) return;
          put(row, key, format_number(*value, language));
          if (counted) {
            total += *value;
          } else {
            put(row, std::string(key) + "_elsewhere", true);
            counted_elsewhere = true;
          }
        };
        place_cell("places_planned", i->planned, first == report.year, places_planned);
        place_cell("places_completed", i->completed, last == report.year, places_completed);
      }
    }
    if (kind == EntryKind::collaboration) continue;
    ViewData& total = add_object(section, "total");
    if (kind == EntryKind::conference) {
      put(total, "participants", format_number(participants, language));
    } else {
      put(total, "places_planned", format_number(places_planned, language));
      put(total, "places_completed", format_number(places_completed, language));
    }
    if (counted_elsewhere) {
      put(section, "note",
          strings.get(kind == EntryKind::conference ? "report.notes.participants"
                                                    : "report.notes.places"));
    }
  }

  // The partners active this year, with the activities that name them.
  if (!report.organization_ids.empty()) {
    std::map<std::string_view, std::vector<const Entry*>, std::less<>> named;
    for (const auto* list : {&report.collaborations, &report.conferences, &report.internships}) {
      for (const Entry* entry : *list) {
        for (const auto id : entry->organization_ids())
          named[id].push_back(entry);
      }
    }
    ViewData& directory = add_list(data, "organizations", report.organization_ids.size());
    for (const auto& id : report.organization_ids) {
      const Organization& organization = *index.organization_by_id.at(id);
      ViewData& item = append_object(directory);
      put(item, "name", index.organization_name(organization));
      put(item, "path", organization_path(organization));
      put(item, "href", link(organization_path(organization)));
      put(item, "country", index.term_name(organization.country));
      const auto& entries_of = named[id];
      ViewData& entries = add_list(item, "entries", entries_of.size());
      for (const Entry* entry : entries_of) {
        ViewData& e = append_object(entries);
        put(e, "title", entry->title);
        put(e, "path", entry_path(*entry));
      }
    }
  }

  // Every source of every activity, once.
  std::set<std::pair<std::string, std::string>> seen;
  std::vector<const SourceLink*> sources;
  for (const auto* list : {&report.collaborations, &report.conferences, &report.internships}) {
    for (const Entry* entry : *list) {
      for (const auto& source : entry->sources) {
        if (seen.emplace(source.title, source.url).second) sources.push_back(&source);
      }
    }
  }
  if (sources.empty()) return data;
  ViewData& items = add_list(data, "sources", sources.size());
  for (const SourceLink* source : sources) {
    ViewData& item = append_object(items);
    put(item, "title", source->title);
    set_text(item, "url", source->url);
    if (source->date) put(item, "date", format_date(*source->date, language));
  }
  return data;
}

}  // namespace almanac
