#include "render/page_views.h"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "index/urls.h"
#include "locale/locale_text.h"
#include "model/names.h"
#include "render/body_links.h"
#include "render/calendar.h"
#include "render/root_marker.h"
#include "render/structured_data.h"
#include "render/view_data.h"

namespace almanac {
namespace {

using Type = ViewData::type;

std::vector<const Entry*> shown_entries(const SiteIndex& index) {
  std::vector<const Entry*> entries;
  for (const auto& [original, entry] : index.entry_by_original)
    entries.push_back(entry);
  return entries;
}

std::string kind_key(EntryKind kind) {
  return std::string(name_of(kind, kEntryKinds));
}

// Pages linked on each side of the current one in a list's page numbers.
constexpr int kPagesAround = 2;

void add_link(ViewData& list, const std::string& label, const std::string& path) {
  ViewData& item = append_object(list);
  put(item, "label", label);
  put(item, "path", path);
}

}  // namespace

PageViews::PageViews(const SiteIndex& index, const Strings& strings, const Templates& templates,
                     Date today, const std::map<std::string, std::string>& asset_names,
                     const EntryBodyReader* bodies, SearchIndexer* indexer)
    : index_(index),
      strings_(strings),
      templates_(templates),
      today_(today),
      bodies_(bodies),
      language_(strings.locale()),
      shared_(make_shared_data(asset_names)),
      rows_(std::make_unique<RowCache>(shown_entries(index))),
      indexer_(indexer) {
  number_search_documents();
  ViewData marker(Type::object);
  put(marker, "root", std::string(kRootMarker));
  for (const auto& name : templates.cached_partials()) {
    cached_.emplace_back(name.substr(name.rfind('/') + 1),
                         RootedHtml(templates.render(name, shared_, marker)));
  }
}

void PageViews::number_search_documents() {
  for (const auto* list : {&index_.activities, &index_.pages}) {
    for (const Entry* entry : *list)
      search_pages_.push_back(entry);
  }
  searched_entries_ = search_pages_.size();
  for (const auto& [id, organization] : index_.organization_by_id)
    search_pages_.push_back(organization);
  for (std::size_t id = 0; id < search_pages_.size(); ++id)
    search_id_[search_pages_[id]] = id;
}

std::size_t PageViews::search_document(const void* page) const {
  const auto it = search_id_.find(page);
  return it == search_id_.end() ? kNotSearched : it->second;
}

SearchDocument PageViews::search_row(std::size_t document) const {
  if (document < searched_entries_) {
    const auto* entry = static_cast<const Entry*>(search_pages_[document]);
    return {entry_path(*entry), entry->title, kind_label(entry->kind),
            entry->date.date.valid() ? format_date(entry->date.date, language_) : "",
            search_snippet(entry->summary)};
  }
  const auto* organization = static_cast<const Organization*>(search_pages_[document]);
  return {organization_path(*organization), index_.organization_name(*organization),
          strings_.get("menu.organizations"), "", index_.term_name(organization->country)};
}

std::string PageViews::kind_label(EntryKind kind) const {
  return strings_.get("kind." + kind_key(kind));
}

ViewData PageViews::make_shared_data(const std::map<std::string, std::string>& asset_names) const {
  const SiteConfig& config = index_.site->config;
  ViewData data(Type::object);
  put(data, "local", config.local);
  ViewData& assets = add_object(data, "asset");
  for (const auto& [key, name] : asset_names)
    put(assets, key, name);
  ViewData& site = add_object(data, "site");
  put(site, "title", config.title_in(strings_.language()));
  set_text(site, "description", config.description_in(strings_.language()));
  set_text(site, "base_url", config.base_url);
  put(site, "language", strings_.language());
  put(site, "locale", language_and_region(language_));
  put(site, "extra", from_value(config.extra));

  ViewData& menu = add_list(data, "menu", 8);
  for (const EntryKind kind : kActivityKinds) {
    add_link(menu, strings_.get(std::string("menu.") + kind_folder(kind)),
             std::string(kind_folder(kind)) + "/");
  }
  for (const char* key : {"organizations", "countries", "regions", "topics", "years"}) {
    add_link(menu, strings_.get(std::string("menu.") + key), std::string(key) + "/");
  }
  if (!index_.pages.empty()) {
    ViewData& pages = add_list(data, "footer_pages", index_.pages.size());
    for (const Entry* page : index_.pages)
      add_link(pages, page->title, entry_path(*page));
  }
  put(data, "t", from_value(strings_.tree()));
  put(data, "lang", strings_.language());
  return data;
}

ViewData PageViews::page_base(const std::string& path, const std::string& title,
                              const std::string& root) const {
  ViewData data(Type::object);
  put(data, "root", root);
  // Assets live once at the top of the output, above every language's folder.
  put(data, "assets", path == "404.html" ? root : root_prefix(index_.prefix + path));
  put(data, "path", path);
  put(data, "page_title", title);
  put(data, "og_type", "website");
  if (path != "404.html") set_text(data, "canonical", index_.full_url(path));
  if (!cached_.empty()) {
    ViewData& cached = add_object(data, "cached");
    for (const auto& [name, html] : cached_)
      put(cached, name, html.with_root(root));
  }
  return data;
}

std::string PageViews::kind_feed_title(EntryKind kind) const {
  return index_.site->config.title_in(strings_.language()) + " — " +
         strings_.get(std::string("menu.") + kind_folder(kind));
}

void PageViews::term_links(ViewData& parent, const std::string& key, const std::string& taxonomy,
                           const std::vector<std::string>& names) const {
  if (names.empty()) return;
  const Taxonomy& terms = index_.taxonomy(taxonomy);
  ViewData& links = add_list(parent, key, names.size());
  for (const auto& name : names) {
    ViewData& link = append_object(links);
    const Term* term = terms.find(name);
    put(link, "name", term ? term->name : index_.term_name(name));
    if (term) put(link, "path", term_path(taxonomy, term->slug));
  }
}

void PageViews::organization_links(ViewData& parent, const std::string& key,
                                   const std::vector<std::string>& ids) const {
  if (ids.empty()) return;
  ViewData& links = add_list(parent, key, ids.size());
  for (const auto& id : ids) {
    const auto it = index_.organization_by_id.find(id);
    if (it == index_.organization_by_id.end()) continue;
    ViewData& link = append_object(links);
    put(link, "name", index_.organization_name(*it->second));
    put(link, "path", organization_path(*it->second));
    set_text(link, "country", index_.term_name(it->second->country));
  }
}

void PageViews::entry_row(ViewData& row, const Entry& entry) const {
  put(row, "path", entry_path(entry));
  put(row, "title", entry.title);
  put(row, "kind", kind_key(entry.kind));
  put(row, "kind_label", kind_label(entry.kind));
  if (entry.date.date.valid()) {
    put(row, "date", format_date(entry.date.date, language_));
    put(row, "date_iso", entry.date.date.iso());
  }
  set_text(row, "summary", entry.summary);
  if (const auto* c = entry.conference()) {
    put(row, "when", format_date_range(c->starts, c->ends, language_));
    set_text(row, "city", c->city);
  }
  term_links(row, "regions", "regions", entry.regions);
  term_links(row, "countries", "countries", entry.countries);
  if (index_.untranslated.contains(&entry)) {
    put(row, "untranslated", true);
    put(row, "lang", entry.language);
  }
}

void PageViews::entry_rows(ViewData& parent, const std::string& key,
                           const std::vector<const Entry*>& entries, std::size_t from,
                           std::size_t count, const std::string& root) const {
  if (from >= entries.size()) return;
  const std::size_t to = std::min(entries.size(), from + count);
  ViewData& rows = add_list(parent, key, to - from);
  for (std::size_t i = from; i < to; ++i) {
    const Entry& entry = *entries[i];
    ViewData& row = append_object(rows);
    auto [path, html] = rows_->row(entry, root, [&] {
      ViewData data(Type::object);
      entry_row(data, entry);
      put(data, "root", std::string(kRootMarker));
      std::string rendered = templates_.render("partials/entry_row", shared_, data);
      // Templates print each row on a line of its own (kainjow then keeps its line buffer
      // short), and that line ends it.
      if (rendered.ends_with('\n')) rendered.pop_back();
      return rendered;
    });
    put(row, "path", std::move(path));
    put(row, "title", entry.title);
    put(row, "html", std::move(html));
  }
}

void PageViews::pagination(ViewData& page, const std::string& first_path, int number,
                           int pages) const {
  if (pages <= 1) return;
  ViewData& data = add_object(page, "pagination");
  if (number > 1) put(data, "prev_path", paginated_path(first_path, number - 1));
  if (number < pages) put(data, "next_path", paginated_path(first_path, number + 1));
  std::string label = strings_.get("pagination.page_of");
  const auto replace = [&](const std::string& name, int value) {
    const auto at = label.find(name);
    if (at != std::string::npos) label.replace(at, name.size(), format_number(value, language_));
  };
  replace("{page}", number);
  replace("{pages}", pages);
  put(data, "label", label);
  // The first and last pages and those near this one, with gaps between: a list of every page
  // would grow with the square of the list's length, and no reader scans 600 numbers.
  const auto near = [&](int n) {
    return n == 1 || n == pages || std::abs(n - number) <= kPagesAround;
  };
  ViewData& numbers = add_list(data, "pages", 2 * kPagesAround + 5);
  bool in_gap = false;
  for (int n = 1; n <= pages; ++n) {
    // A gap of one page would hide no more than its own number.
    if (!near(n) && !(near(n - 1) && near(n + 1))) {
      if (!in_gap) put(append_object(numbers), "gap", true);
      in_gap = true;
      continue;
    }
    in_gap = false;
    ViewData& item = append_object(numbers);
    put(item, "number", std::to_string(n));
    put(item, "path", paginated_path(first_path, n));
    put(item, "current", n == number);
  }
}

void PageViews::add_languages(ViewData& page, const std::string& path,
                              const std::vector<Alternate>& alternates) const {
  if (alternates.size() < 2) return;
  // 404.html is served at any address, so its links start from the site's root path.
  const std::string assets = path == "404.html" ? root_of_base_url(index_.site->config.base_url)
                                                : root_prefix(index_.prefix + path);
  const std::string& base_url = index_.site->config.base_url;
  ViewData& languages = add_list(page, "languages", alternates.size());
  for (const auto& alternate : alternates) {
    ViewData& item = append_object(languages);
    put(item, "code", alternate.language);
    put(item, "name", alternate.name);
    put(item, "href", assets + alternate.path);
    // hreflang wants full addresses where the site knows its own.
    put(item, "url", base_url.empty() ? assets + alternate.path : base_url + alternate.path);
    put(item, "current", alternate.language == strings_.language());
  }
}

void PageViews::forget(const std::vector<const Entry*>& entries) {
  for (const Entry* entry : entries)
    rows_->forget(*entry);
  reports_.clear();
}

std::optional<std::string> PageViews::body(const Entry& entry, std::string* error) const {
  if (!bodies_) return entry.body_html;
  return (*bodies_)(entry, error);
}

const AnnualReport& PageViews::annual_report(int year) const {
  ReportSlot* slot = nullptr;
  {
    std::lock_guard lock(reports_mutex_);
    auto& made = reports_[year];
    if (!made) made = std::make_unique<ReportSlot>();
    slot = made.get();
  }
  std::call_once(slot->once, [&] {
    slot->report = std::make_unique<const AnnualReport>(build_annual_report(index_, year));
  });
  return *slot->report;
}

}  // namespace almanac
