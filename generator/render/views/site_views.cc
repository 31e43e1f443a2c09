#include "render/views/site_views.h"

#include <algorithm>

#include "index/urls.h"
#include "locale/locale_text.h"
#include "render/view_data.h"

namespace almanac {

ViewData home_view(const PageViews& views, const std::string& path) {
  const SiteIndex& index = views.index();
  const Strings& strings = views.strings();
  const std::string& language = views.language();
  ViewData data = views.page_base(path, index.site->config.title_in(strings.language()));
  put(data, "is_home", true);

  ViewData& sections = add_list(data, "sections", 3);
  for (const EntryKind kind : kActivityKinds) {
    ViewData& section = append_object(sections);
    put(section, "title", strings.get(std::string("menu.") + kind_folder(kind)));
    put(section, "path", std::string(kind_folder(kind)) + "/");
    views.entry_rows(section, "entries", index.of_kind(kind), 0, 5, root_prefix(path));
  }

  std::vector<const Entry*> upcoming;
  for (const Entry* entry : index.conferences) {
    if (entry->conference()->ends >= views.today()) upcoming.push_back(entry);
  }
  std::sort(upcoming.begin(), upcoming.end(), [](const Entry* a, const Entry* b) {
    if (a->conference()->starts != b->conference()->starts) {
      return a->conference()->starts < b->conference()->starts;
    }
    return newer_first(a, b);
  });
  views.entry_rows(data, "upcoming", upcoming, 0, 5, root_prefix(path));

  std::size_t agreements = 0;
  for (const Entry* entry : index.collaborations) {
    const auto form = entry->collaboration()->form;
    if (form == CollaborationForm::agreement || form == CollaborationForm::memorandum) ++agreements;
  }
  const std::pair<const char*, std::size_t> counts[] = {
      {"agreements", agreements},
      {"conferences", index.conferences.size()},
      {"internships", index.internships.size()},
      {"countries", index.taxonomy("countries").terms.size()},
      {"organizations", index.organizations.size()},
  };
  const std::vector<int> years = report_years(index);
  if (!years.empty()) {
    ViewData& reports = add_list(data, "reports", years.size());
    for (const int year : years) {
      ViewData& item = append_object(reports);
      put(item, "year", std::to_string(year));
      put(item, "path", "reports/" + std::to_string(year) + "/");
    }
  }
  ViewData& figures = add_list(data, "figures", std::size(counts));
  for (const auto& [key, number] : counts) {
    ViewData& figure = append_object(figures);
    const auto n = static_cast<std::int64_t>(number);
    put(figure, "number", format_number(n, language));
    put(figure, "label", strings.count(std::string("figures.") + key, n));
  }
  return data;
}

ViewData search_view(const PageViews& views, const std::string& path) {
  const Strings& strings = views.strings();
  ViewData data = views.page_base(path, strings.get("search.title"));
  put(data, "is_search", true);
  return data;
}

ViewData not_found_view(const PageViews& views, const std::string& root) {
  const Strings& strings = views.strings();
  ViewData data = views.page_base("404.html", strings.get("not_found.title"), root);
  return data;
}

}  // namespace almanac
