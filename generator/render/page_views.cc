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

constexpr EntryKind kActivityKinds[] = {EntryKind::collaboration, EntryKind::conference,
                                        EntryKind::internship};

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
  for (const Organization* organization : index_.organizations)
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

ViewData PageViews::search(const std::string& path) const {
  ViewData data = page_base(path, strings_.get("search.title"));
  put(data, "is_search", true);
  return data;
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

ViewData PageViews::home(const std::string& path) const {
  ViewData data = page_base(path, index_.site->config.title_in(strings_.language()));
  put(data, "is_home", true);

  ViewData& sections = add_list(data, "sections", 3);
  for (const EntryKind kind : kActivityKinds) {
    ViewData& section = append_object(sections);
    put(section, "title", strings_.get(std::string("menu.") + kind_folder(kind)));
    put(section, "path", std::string(kind_folder(kind)) + "/");
    entry_rows(section, "entries", index_.of_kind(kind), 0, 5, root_prefix(path));
  }

  std::vector<const Entry*> upcoming;
  for (const Entry* entry : index_.conferences) {
    if (entry->conference()->ends >= today_) upcoming.push_back(entry);
  }
  std::sort(upcoming.begin(), upcoming.end(), [](const Entry* a, const Entry* b) {
    if (a->conference()->starts != b->conference()->starts) {
      return a->conference()->starts < b->conference()->starts;
    }
    return newer_first(a, b);
  });
  entry_rows(data, "upcoming", upcoming, 0, 5, root_prefix(path));

  std::size_t agreements = 0;
  for (const Entry* entry : index_.collaborations) {
    const auto form = entry->collaboration()->form;
    if (form == CollaborationForm::agreement || form == CollaborationForm::memorandum) ++agreements;
  }
  const std::pair<const char*, std::size_t> counts[] = {
      {"agreements", agreements},
      {"conferences", index_.conferences.size()},
      {"internships", index_.internships.size()},
      {"countries", index_.taxonomy("countries").terms.size()},
      {"organizations", index_.organizations.size()},
  };
  const std::vector<int> years = report_years(index_);
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
    put(figure, "number", format_number(n, language_));
    put(figure, "label", strings_.count(std::string("figures.") + key, n));
  }
  return data;
}

ViewData PageViews::kind_list(EntryKind kind, const std::string& path, int page, int pages) const {
  const std::string first = std::string(kind_folder(kind)) + "/";
  ViewData data = page_base(path, strings_.get(std::string("menu.") + kind_folder(kind)));
  const auto& entries = index_.of_kind(kind);
  const std::size_t size = static_cast<std::size_t>(page_size());
  entry_rows(data, "entries", entries, (page - 1) * size, size, root_prefix(path));
  pagination(data, first, page, pages);
  put(data, "count", strings_.count("count.entries", static_cast<std::int64_t>(entries.size())));
  if (kind == EntryKind::conference) put(data, "calendar_path", std::string(kConferenceCalendar));
  if (!index_.site->config.base_url.empty()) {  // render/site_pages.cc writes the feeds then
    put(data, "feed_path", first + "atom.xml");
    put(data, "feed_title", kind_feed_title(kind));
  }
  return data;
}

void PageViews::facts(ViewData& page, const Entry& entry) const {
  ViewData& items = add_list(page, "facts", 16);
  const auto add_text = [&](const std::string& label_key, const std::string& text) {
    if (text.empty()) return;
    ViewData& fact = append_object(items);
    put(fact, "label", strings_.get(label_key));
    put(fact, "text", text);
  };
  const auto add_ids = [&](const std::string& label_key, const std::vector<std::string>& ids) {
    if (ids.empty()) return;
    ViewData& fact = append_object(items);
    put(fact, "label", strings_.get(label_key));
    organization_links(fact, "links", ids);
  };
  const auto add_terms = [&](const std::string& taxonomy, const std::vector<std::string>& names) {
    if (names.empty()) return;
    ViewData& fact = append_object(items);
    put(fact, "label", strings_.get("fields." + taxonomy));
    term_links(fact, "links", taxonomy, names);
  };
  const auto add_count = [&](const std::string& label_key, const std::optional<std::int64_t>& n) {
    if (n) add_text(label_key, format_number(*n, language_));
  };
  if (const auto* c = entry.conference()) {
    add_text("fields.dates", format_date_range(c->starts, c->ends, language_));
    add_text("fields.city", c->city);
    add_text("fields.venue", c->venue);
    add_text("fields.format",
             strings_.get("format." + std::string(name_of(c->format, kConferenceFormats))));
    add_ids("fields.organizers", c->organizers);
    add_count("fields.participants", c->participants);
    add_count("fields.participant_countries", c->participant_countries);
    add_count("fields.participant_regions", c->participant_regions);
  }
  if (const auto* c = entry.collaboration()) {
    add_text("fields.form",
             strings_.get("form." + std::string(name_of(c->form, kCollaborationForms))));
    add_text("fields.status",
             strings_.get("status." + std::string(name_of(c->status, kCollaborationStatuses))));
    if (c->signed_on) add_text("fields.signed", format_date(*c->signed_on, language_));
  }
  if (const auto* i = entry.internship()) {
    add_text("fields.program", i->program);
    add_text("fields.specialty", i->specialty);
    add_ids("fields.hosts", i->hosts);
    if (i->starts) {
      add_text("fields.period",
               format_date_range(*i->starts, i->ends.value_or(*i->starts), language_));
    }
    add_count("fields.planned", i->planned);
    add_count("fields.completed", i->completed);
  }
  add_ids("fields.partners", entry.partners);
  add_terms("regions", entry.regions);
  add_terms("countries", entry.countries);
  add_terms("topics", entry.topics);
}

PageView PageViews::entry_page_base(const Entry& entry, const std::string& path) const {
  PageView page(page_base(path, entry.title));
  ViewData& data = page.data;
  entry_row(add_object(data, "entry"), entry);
  std::string error;
  std::optional<std::string> read = bodies_ ? (*bodies_)(entry, &error) : entry.body_html;
  if (!read) page.error = std::move(error);
  std::string body = with_links_resolved(read ? *read : std::string(), root_prefix(path),
                                         root_prefix(index_.prefix + path), index_);
  if (indexer_) page.search = indexer_->terms(entry.title, entry.summary, body);
  put(data, "body", std::move(body));
  set_text(data, "description", entry.summary);
  put(data, "json_ld", entry_structured_data(entry, {index_, index_.full_url(path)}));
  return page;
}

PageView PageViews::entry(const Entry& entry, const std::string& path) const {
  PageView page = entry_page_base(entry, path);
  ViewData& data = page.data;
  if (index_.untranslated.contains(&entry)) {
    put(data, "untranslated", true);
    put(data, "content_lang", entry.language);
  }
  // A summary taken from the body is its first paragraph: printed once, in the body.
  if (!entry.summary_from_body) set_text(data, "summary", entry.summary);
  put(data, "og_type", "article");
  if (entry.conference()) put(data, "ics_path", entry_path(entry) + std::string(kEventCalendar));
  facts(data, entry);

  if (const auto* c = entry.collaboration(); c && (!c->directions.empty() || !c->stages.empty())) {
    ViewData& lists = add_list(data, "lists", 2);
    const auto add_steps = [&](const std::string& key, const std::vector<std::string>& texts) {
      if (texts.empty()) return;
      ViewData& group = append_object(lists);
      put(group, "label", strings_.get("fields." + key));
      put(group, "ordered", key == "stages");
      ViewData& items = add_list(group, "items", texts.size());
      auto& values = const_cast<kainjow::mustache::basic_list<std::string>&>(items.list_value());
      for (const auto& text : texts)
        values.emplace_back(text);
    };
    add_steps("directions", c->directions);
    add_steps("stages", c->stages);
  }

  if (!entry.people.empty()) {
    ViewData& people = add_list(data, "people", entry.people.size());
    for (const auto& person : entry.people) {
      ViewData& item = append_object(people);
      put(item, "name", person.name);
      set_text(item, "role", person.role);
    }
  }
  if (!entry.sources.empty()) {
    ViewData& sources = add_list(data, "sources", entry.sources.size());
    for (const auto& source : entry.sources) {
      ViewData& item = append_object(sources);
      put(item, "title", source.title);
      set_text(item, "url", source.url);
      if (source.date) put(item, "date", format_date(*source.date, language_));
    }
  }
  const auto related = index_.related.find(&entry);
  if (related != index_.related.end()) {
    entry_rows(data, "related", related->second, 0, kRelatedLimit, root_prefix(path));
  }
  put(data, "extra", from_value(entry.extra));
  return page;
}

PageView PageViews::free_page(const Entry& entry, const std::string& path) const {
  PageView page = entry_page_base(entry, path);
  put(page.data, "extra", from_value(entry.extra));
  return page;
}

ViewData PageViews::organizations(const std::string& path) const {
  ViewData data = page_base(path, strings_.get("menu.organizations"));
  if (index_.organizations.empty()) return data;
  ViewData& rows = add_list(data, "organizations", index_.organizations.size());
  for (const Organization* organization : index_.organizations) {
    ViewData& row = append_object(rows);
    put(row, "name", index_.organization_name(*organization));
    put(row, "path", organization_path(*organization));
    set_text(row, "country", index_.term_name(organization->country));
    set_text(row, "city", organization->city);
    put(row, "kind_label",
        strings_.get("organization_kind." +
                     std::string(name_of(organization->kind, kOrganizationKinds))));
    const auto entries = index_.entries_by_organization.find(organization->id);
    const std::size_t count =
        entries == index_.entries_by_organization.end() ? 0 : entries->second.size();
    put(row, "count", strings_.count("count.entries", static_cast<std::int64_t>(count)));
  }
  return data;
}

PageView PageViews::organization(const Organization& organization, const std::string& path) const {
  PageView page(page_base(path, index_.organization_name(organization)));
  ViewData& data = page.data;
  ViewData& org = add_object(data, "organization");
  put(org, "name", index_.organization_name(organization));
  set_text(org, "short_name", organization.short_name);
  set_text(org, "name_en", organization.name_en);
  set_text(org, "name_native", organization.name_native);
  put(org, "kind_label",
      strings_.get("organization_kind." +
                   std::string(name_of(organization.kind, kOrganizationKinds))));
  term_links(org, "country", "countries", {organization.country});
  set_text(org, "region", index_.term_name(organization.region));
  set_text(org, "city", organization.city);
  set_text(org, "website", organization.website);
  put(org, "extra", from_value(organization.extra));
  put(data, "json_ld", organization_structured_data(organization, {index_, index_.full_url(path)}));
  if (indexer_) {
    page.search = indexer_->terms(index_.organization_name(organization),
                                  organization.short_name + " " + organization.name_native + " " +
                                      organization.city + " " + organization.region,
                                  index_.term_name(organization.country));
  }

  const auto entries = index_.entries_by_organization.find(organization.id);
  if (entries == index_.entries_by_organization.end()) return page;
  ViewData& groups = add_list(data, "groups", 3);
  for (const EntryKind kind : kActivityKinds) {
    std::vector<const Entry*> of_kind;
    for (const Entry* entry : entries->second) {
      if (entry->kind == kind) of_kind.push_back(entry);
    }
    if (of_kind.empty()) continue;
    ViewData& group = append_object(groups);
    put(group, "title", strings_.get(std::string("menu.") + kind_folder(kind)));
    entry_rows(group, "entries", of_kind, 0, of_kind.size(), root_prefix(path));
  }
  return page;
}

ViewData PageViews::taxonomy(const Taxonomy& taxonomy, const std::string& path) const {
  ViewData data = page_base(path, strings_.get("menu." + taxonomy.key));
  if (taxonomy.terms.empty()) return data;
  ViewData& terms = add_list(data, "terms", taxonomy.terms.size());
  for (const auto& term : taxonomy.terms) {
    ViewData& item = append_object(terms);
    put(item, "name", term.name);
    put(item, "path", term_path(taxonomy.key, term.slug));
    put(item, "count",
        strings_.count("count.entries", static_cast<std::int64_t>(term.entries.size())));
  }
  return data;
}

ViewData PageViews::term(const Taxonomy& taxonomy, const Term& term, const std::string& path,
                         int page, int pages) const {
  ViewData data = page_base(path, term.name);
  put(data, "taxonomy_label", strings_.get("menu." + taxonomy.key));
  put(data, "taxonomy_path", taxonomy.key + "/");
  if (taxonomy.key == "years") {
    put(data, "report_path", "reports/" + term.key + "/");
    put(data, "report_title", strings_.get("report.link"));
  }
  const std::size_t size = static_cast<std::size_t>(page_size());
  entry_rows(data, "entries", term.entries, (page - 1) * size, size, root_prefix(path));
  pagination(data, term_path(taxonomy.key, term.slug), page, pages);
  put(data, "count",
      strings_.count("count.entries", static_cast<std::int64_t>(term.entries.size())));
  return data;
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

ViewData PageViews::not_found(const std::string& root) const {
  ViewData data = page_base("404.html", strings_.get("not_found.title"), root);
  return data;
}

}  // namespace almanac
