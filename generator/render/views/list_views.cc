#include "render/views/list_views.h"

#include "index/urls.h"
#include "render/calendar.h"
#include "render/view_data.h"

namespace almanac {

ViewData kind_list_view(const PageViews& views, EntryKind kind, const std::string& path, int page,
                        int pages) {
  const SiteIndex& index = views.index();
  const Strings& strings = views.strings();
  const std::string first = std::string(kind_folder(kind)) + "/";
  ViewData data = views.page_base(path, strings.get(std::string("menu.") + kind_folder(kind)));
  const auto& entries = index.of_kind(kind);
  const std::size_t size = static_cast<std::size_t>(views.page_size());
  views.entry_rows(data, "entries", entries, (page - 1) * size, size, root_prefix(path));
  views.pagination(data, first, page, pages);
  put(data, "count", strings.count("count.entries", static_cast<std::int64_t>(entries.size())));
  if (kind == EntryKind::conference) put(data, "calendar_path", std::string(kConferenceCalendar));
  if (!index.site->config.base_url.empty()) {  // render/site_pages.cc writes the feeds then
    put(data, "feed_path", first + "atom.xml");
    put(data, "feed_title", views.kind_feed_title(kind));
  }
  return data;
}

ViewData taxonomy_view(const PageViews& views, const Taxonomy& taxonomy, const std::string& path) {
  const Strings& strings = views.strings();
  ViewData data = views.page_base(path, strings.get("menu." + taxonomy.key));
  if (taxonomy.terms.empty()) return data;
  ViewData& terms = add_list(data, "terms", taxonomy.terms.size());
  for (const auto& term : taxonomy.terms) {
    ViewData& item = append_object(terms);
    put(item, "name", term.name);
    put(item, "path", term_path(taxonomy.key, term.slug));
    put(item, "count",
        strings.count("count.entries", static_cast<std::int64_t>(term.entries.size())));
  }
  return data;
}

ViewData term_view(const PageViews& views, const Taxonomy& taxonomy, const Term& term,
                   const std::string& path, int page, int pages) {
  const Strings& strings = views.strings();
  ViewData data = views.page_base(path, term.name);
  put(data, "taxonomy_label", strings.get("menu." + taxonomy.key));
  put(data, "taxonomy_path", taxonomy.key + "/");
  if (taxonomy.key == "years") {
    put(data, "report_path", "reports/" + term.key + "/");
    put(data, "report_title", strings.get("report.link"));
  }
  const std::size_t size = static_cast<std::size_t>(views.page_size());
  views.entry_rows(data, "entries", term.entries, (page - 1) * size, size, root_prefix(path));
  views.pagination(data, term_path(taxonomy.key, term.slug), page, pages);
  put(data, "count",
      strings.count("count.entries", static_cast<std::int64_t>(term.entries.size())));
  return data;
}

}  // namespace almanac
