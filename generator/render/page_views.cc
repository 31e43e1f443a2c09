#include "render/page_views.h"

#include <algorithm>
#include <set>

#include "locale/locale_text.h"
#include "render/urls.h"

namespace almanac {
namespace {

using Type = ViewData::type;

ViewData object() { return ViewData(Type::object); }
ViewData list() { return ViewData(Type::list); }

// Mustache treats an empty string as true in a section, so empty values are left out instead.
void set_text(ViewData& data, const std::string& key, const std::string& text) {
  if (!text.empty()) data.set(key, text);
}

// Lists come with a `has_<key>` flag, for markup that wraps a list only when it has items.
void set_list(ViewData& data, const std::string& key, ViewData items) {
  if (items.is_empty_list()) return;
  data.set(key, std::move(items));
  data.set("has_" + key, true);
}

ViewData from_value(const Value& value) {
  switch (value.type) {
    case Value::Type::string: return ViewData(value.string);
    case Value::Type::integer: return ViewData(std::to_string(value.integer));
    case Value::Type::floating: return ViewData(std::to_string(value.floating));
    case Value::Type::boolean: return ViewData(value.boolean);
    case Value::Type::date:
    case Value::Type::date_time: return ViewData(value.date_time.iso());
    case Value::Type::time: return ViewData(std::string());
    case Value::Type::array: {
      ViewData items = list();
      for (const auto& item : *value.array) items.push_back(from_value(item));
      return items;
    }
    case Value::Type::table: {
      ViewData table = object();
      if (value.table) {
        for (const auto& [key, item] : *value.table) table.set(key, from_value(item));
      }
      return table;
    }
  }
  return ViewData(std::string());
}

const char* kind_key(EntryKind kind) {
  switch (kind) {
    case EntryKind::collaboration: return "collaboration";
    case EntryKind::conference: return "conference";
    case EntryKind::internship: return "internship";
    case EntryKind::page: return "page";
  }
  return "page";
}

const char* format_key(ConferenceFormat format) {
  switch (format) {
    case ConferenceFormat::in_person: return "in-person";
    case ConferenceFormat::online: return "online";
    case ConferenceFormat::hybrid: return "hybrid";
  }
  return "in-person";
}

const char* form_key(CollaborationForm form) {
  switch (form) {
    case CollaborationForm::agreement: return "agreement";
    case CollaborationForm::memorandum: return "memorandum";
    case CollaborationForm::working_group: return "working-group";
    case CollaborationForm::meeting: return "meeting";
    case CollaborationForm::program: return "program";
  }
  return "agreement";
}

const char* status_key(CollaborationStatus status) {
  switch (status) {
    case CollaborationStatus::planned: return "planned";
    case CollaborationStatus::active: return "active";
    case CollaborationStatus::completed: return "completed";
  }
  return "active";
}

const char* organization_kind_key(OrganizationKind kind) {
  switch (kind) {
    case OrganizationKind::hospital: return "hospital";
    case OrganizationKind::ministry: return "ministry";
    case OrganizationKind::university: return "university";
    case OrganizationKind::government: return "government";
    case OrganizationKind::association: return "association";
    case OrganizationKind::other: return "other";
  }
  return "other";
}

constexpr EntryKind kActivityKinds[] = {EntryKind::collaboration, EntryKind::conference,
                                        EntryKind::internship};

}  // namespace

PageViews::PageViews(const SiteIndex& index, const Strings& strings, Date today)
    : index_(index), strings_(strings), today_(today), language_(strings.language()) {}

std::string PageViews::kind_label(EntryKind kind) const {
  return strings_.get(std::string("kind.") + kind_key(kind));
}

ViewData PageViews::shared() const {
  const SiteConfig& config = index_.site->config;
  ViewData site = object();
  site.set("title", config.title);
  set_text(site, "description", config.description);
  set_text(site, "base_url", config.base_url);
  site.set("language", language_);
  site.set("extra", from_value(config.extra));

  ViewData menu = list();
  for (const EntryKind kind : kActivityKinds) {
    ViewData item = object();
    item.set("label", strings_.get(std::string("menu.") + kind_folder(kind)));
    item.set("path", std::string(kind_folder(kind)) + "/");
    menu.push_back(item);
  }
  for (const char* key : {"organizations", "countries", "regions", "topics", "years"}) {
    ViewData item = object();
    item.set("label", strings_.get(std::string("menu.") + key));
    item.set("path", std::string(key) + "/");
    menu.push_back(item);
  }
  ViewData pages = list();
  for (const Entry* page : index_.pages) {
    ViewData item = object();
    item.set("label", page->title);
    item.set("path", entry_path(*page));
    pages.push_back(item);
  }

  ViewData data = object();
  data.set("site", site);
  data.set("menu", menu);
  set_list(data, "footer_pages", pages);
  data.set("t", from_value(strings_.tree()));
  data.set("lang", language_);
  return data;
}

ViewData PageViews::page_base(const std::string& path, const std::string& title) const {
  ViewData data = object();
  data.set("root", root_prefix(path));
  data.set("path", path);
  data.set("page_title", title);
  return data;
}

ViewData PageViews::term_links(const std::string& taxonomy,
                               const std::vector<std::string>& names) const {
  ViewData links = list();
  for (const auto& name : names) {
    ViewData link = object();
    link.set("name", name);
    const std::string slug = index_.term_slug(taxonomy, name);
    if (!slug.empty()) link.set("path", term_path(taxonomy, slug));
    links.push_back(link);
  }
  return links;
}

ViewData PageViews::organization_links(const std::vector<std::string>& ids) const {
  ViewData links = list();
  for (const auto& id : ids) {
    const auto it = index_.organization_by_id.find(id);
    if (it == index_.organization_by_id.end()) continue;
    ViewData link = object();
    link.set("name", it->second->name);
    link.set("path", organization_path(*it->second));
    set_text(link, "country", it->second->country);
    links.push_back(link);
  }
  return links;
}

ViewData PageViews::entry_row(const Entry& entry) const {
  ViewData row = object();
  row.set("path", entry_path(entry));
  row.set("title", entry.title);
  row.set("kind", kind_key(entry.kind));
  row.set("kind_label", kind_label(entry.kind));
  if (entry.date.date.valid()) {
    row.set("date", format_date(entry.date.date, language_));
    row.set("date_iso", entry.date.date.iso());
  }
  set_text(row, "summary", entry.summary);
  if (const auto* c = entry.conference()) {
    row.set("when", format_date_range(c->starts, c->ends, language_));
    set_text(row, "city", c->city);
  }
  set_list(row, "regions", term_links("regions", entry.regions));
  set_list(row, "countries", term_links("countries", entry.countries));
  return row;
}

ViewData PageViews::entry_rows(const std::vector<const Entry*>& entries, std::size_t from,
                               std::size_t count) const {
  ViewData rows = list();
  for (std::size_t i = from; i < entries.size() && i < from + count; ++i) {
    rows.push_back(entry_row(*entries[i]));
  }
  return rows;
}

ViewData PageViews::pagination(const std::string& first_path, int page, int pages) const {
  ViewData data = object();
  if (pages <= 1) return ViewData(false);
  if (page > 1) data.set("prev_path", paginated_path(first_path, page - 1));
  if (page < pages) data.set("next_path", paginated_path(first_path, page + 1));
  std::string label = strings_.get("pagination.page_of");
  const auto replace = [&](const std::string& name, int number) {
    const auto at = label.find(name);
    if (at != std::string::npos) label.replace(at, name.size(), format_number(number, language_));
  };
  replace("{page}", page);
  replace("{pages}", pages);
  data.set("label", label);
  ViewData numbers = list();
  for (int n = 1; n <= pages; ++n) {
    ViewData item = object();
    item.set("number", std::to_string(n));
    item.set("path", paginated_path(first_path, n));
    item.set("current", n == page);
    numbers.push_back(item);
  }
  data.set("pages", numbers);
  return data;
}

ViewData PageViews::home(const std::string& path) const {
  ViewData data = page_base(path, index_.site->config.title);
  data.set("is_home", true);

  ViewData sections = list();
  for (const EntryKind kind : kActivityKinds) {
    const auto& entries = index_.of_kind(kind);
    ViewData section = object();
    section.set("title", strings_.get(std::string("menu.") + kind_folder(kind)));
    section.set("path", std::string(kind_folder(kind)) + "/");
    set_list(section, "entries", entry_rows(entries, 0, 5));
    sections.push_back(section);
  }
  data.set("sections", sections);

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
  set_list(data, "upcoming", entry_rows(upcoming, 0, 5));

  std::size_t agreements = 0;
  std::set<std::string> countries;
  for (const Entry* entry : index_.collaborations) {
    const auto form = entry->collaboration()->form;
    if (form == CollaborationForm::agreement || form == CollaborationForm::memorandum) ++agreements;
  }
  for (const auto& term : index_.taxonomy("countries").terms) countries.insert(term.slug);
  const std::pair<const char*, std::size_t> counts[] = {
      {"agreements", agreements},
      {"conferences", index_.conferences.size()},
      {"internships", index_.internships.size()},
      {"countries", countries.size()},
      {"organizations", index_.organizations.size()},
  };
  ViewData figures = list();
  for (const auto& [key, number] : counts) {
    ViewData figure = object();
    figure.set("number", format_number(static_cast<std::int64_t>(number), language_));
    figure.set("label", strings_.count(std::string("figures.") + key, static_cast<std::int64_t>(number)));
    figures.push_back(figure);
  }
  data.set("figures", figures);
  return data;
}

ViewData PageViews::kind_list(EntryKind kind, const std::string& path, int page, int pages) const {
  const std::string first = std::string(kind_folder(kind)) + "/";
  ViewData data = page_base(path, strings_.get(std::string("menu.") + kind_folder(kind)));
  const auto& entries = index_.of_kind(kind);
  const std::size_t size = static_cast<std::size_t>(page_size());
  set_list(data, "entries", entry_rows(entries, (page - 1) * size, size));
  data.set("pagination", pagination(first, page, pages));
  data.set("count", strings_.count("count.entries", static_cast<std::int64_t>(entries.size())));
  return data;
}

ViewData PageViews::facts(const Entry& entry) const {
  ViewData items = list();
  const auto add_text = [&](const std::string& label_key, const std::string& text) {
    if (text.empty()) return;
    ViewData fact = object();
    fact.set("label", strings_.get(label_key));
    fact.set("text", text);
    items.push_back(fact);
  };
  const auto add_links = [&](const std::string& label_key, ViewData links) {
    if (links.is_empty_list()) return;
    ViewData fact = object();
    fact.set("label", strings_.get(label_key));
    set_list(fact, "links", std::move(links));
    items.push_back(fact);
  };
  const auto add_count = [&](const std::string& label_key, const std::optional<std::int64_t>& n) {
    if (n) add_text(label_key, format_number(*n, language_));
  };
  if (const auto* c = entry.conference()) {
    add_text("fields.dates", format_date_range(c->starts, c->ends, language_));
    add_text("fields.city", c->city);
    add_text("fields.venue", c->venue);
    add_text("fields.format", strings_.get(std::string("format.") + format_key(c->format)));
    add_links("fields.organizers", organization_links(c->organizers));
    add_count("fields.participants", c->participants);
    add_count("fields.participant_countries", c->participant_countries);
    add_count("fields.participant_regions", c->participant_regions);
  }
  if (const auto* c = entry.collaboration()) {
    add_text("fields.form", strings_.get(std::string("form.") + form_key(c->form)));
    add_text("fields.status", strings_.get(std::string("status.") + status_key(c->status)));
    if (c->signed_on) add_text("fields.signed", format_date(*c->signed_on, language_));
  }
  if (const auto* i = entry.internship()) {
    add_text("fields.program", i->program);
    add_text("fields.specialty", i->specialty);
    add_links("fields.hosts", organization_links(i->hosts));
    if (i->starts) {
      add_text("fields.period", format_date_range(*i->starts, i->ends.value_or(*i->starts), language_));
    }
    add_count("fields.planned", i->planned);
    add_count("fields.completed", i->completed);
  }
  add_links("fields.partners", organization_links(entry.partners));
  add_links("fields.regions", term_links("regions", entry.regions));
  add_links("fields.countries", term_links("countries", entry.countries));
  add_links("fields.topics", term_links("topics", entry.topics));
  return items;
}

ViewData PageViews::entry(const Entry& entry, const std::string& path) const {
  ViewData data = page_base(path, entry.title);
  data.set("entry", entry_row(entry));
  data.set("body", entry.body_html);
  set_text(data, "summary", entry.summary);
  data.set("description", entry.summary);
  set_list(data, "facts", facts(entry));

  ViewData steps = list();
  const auto add_steps = [&](const std::string& key, const std::vector<std::string>& texts) {
    ViewData items = list();
    for (const auto& text : texts) items.push_back(ViewData(text));
    if (items.is_empty_list()) return;
    ViewData group = object();
    group.set("label", strings_.get("fields." + key));
    group.set("items", items);
    group.set("ordered", key == "stages");
    steps.push_back(group);
  };
  if (const auto* c = entry.collaboration()) {
    add_steps("directions", c->directions);
    add_steps("stages", c->stages);
  }
  set_list(data, "lists", steps);

  ViewData people = list();
  for (const auto& person : entry.people) {
    ViewData item = object();
    item.set("name", person.name);
    set_text(item, "role", person.role);
    people.push_back(item);
  }
  set_list(data, "people", people);

  ViewData sources = list();
  for (const auto& source : entry.sources) {
    ViewData item = object();
    item.set("title", source.title);
    set_text(item, "url", source.url);
    if (source.date) item.set("date", format_date(*source.date, language_));
    sources.push_back(item);
  }
  set_list(data, "sources", sources);

  const auto related = index_.related.find(&entry);
  if (related != index_.related.end()) {
    set_list(data, "related", entry_rows(related->second, 0, kRelatedLimit));
  }
  data.set("extra", from_value(entry.extra));
  return data;
}

ViewData PageViews::free_page(const Entry& entry, const std::string& path) const {
  ViewData data = page_base(path, entry.title);
  data.set("entry", entry_row(entry));
  data.set("body", entry.body_html);
  data.set("description", entry.summary);
  data.set("extra", from_value(entry.extra));
  return data;
}

ViewData PageViews::organizations(const std::string& path) const {
  ViewData data = page_base(path, strings_.get("menu.organizations"));
  ViewData rows = list();
  for (const Organization* organization : index_.organizations) {
    ViewData row = object();
    row.set("name", organization->name);
    row.set("path", organization_path(*organization));
    set_text(row, "country", organization->country);
    set_text(row, "city", organization->city);
    row.set("kind_label",
            strings_.get(std::string("organization_kind.") + organization_kind_key(organization->kind)));
    const auto entries = index_.entries_by_organization.find(organization->id);
    const std::size_t count = entries == index_.entries_by_organization.end() ? 0 : entries->second.size();
    row.set("count", strings_.count("count.entries", static_cast<std::int64_t>(count)));
    rows.push_back(row);
  }
  set_list(data, "organizations", rows);
  return data;
}

ViewData PageViews::organization(const Organization& organization, const std::string& path) const {
  ViewData data = page_base(path, organization.name);
  ViewData org = object();
  org.set("name", organization.name);
  set_text(org, "short_name", organization.short_name);
  set_text(org, "name_en", organization.name_en);
  set_text(org, "name_native", organization.name_native);
  org.set("kind_label",
          strings_.get(std::string("organization_kind.") + organization_kind_key(organization.kind)));
  set_list(org, "country", term_links("countries", {organization.country}));
  set_text(org, "region", organization.region);
  set_text(org, "city", organization.city);
  set_text(org, "website", organization.website);
  org.set("extra", from_value(organization.extra));
  data.set("organization", org);

  ViewData groups = list();
  const auto entries = index_.entries_by_organization.find(organization.id);
  if (entries != index_.entries_by_organization.end()) {
    for (const EntryKind kind : kActivityKinds) {
      std::vector<const Entry*> of_kind;
      for (const Entry* entry : entries->second) {
        if (entry->kind == kind) of_kind.push_back(entry);
      }
      if (of_kind.empty()) continue;
      ViewData group = object();
      group.set("title", strings_.get(std::string("menu.") + kind_folder(kind)));
      group.set("entries", entry_rows(of_kind, 0, of_kind.size()));
      groups.push_back(group);
    }
  }
  set_list(data, "groups", groups);
  return data;
}

ViewData PageViews::taxonomy(const Taxonomy& taxonomy, const std::string& path) const {
  ViewData data = page_base(path, strings_.get("menu." + taxonomy.key));
  ViewData terms = list();
  for (const auto& term : taxonomy.terms) {
    ViewData item = object();
    item.set("name", term.name);
    item.set("path", term_path(taxonomy.key, term.slug));
    item.set("count", strings_.count("count.entries", static_cast<std::int64_t>(term.entries.size())));
    terms.push_back(item);
  }
  set_list(data, "terms", terms);
  return data;
}

ViewData PageViews::term(const Taxonomy& taxonomy, const Term& term, const std::string& path,
                         int page, int pages) const {
  ViewData data = page_base(path, term.name);
  data.set("taxonomy_label", strings_.get("menu." + taxonomy.key));
  data.set("taxonomy_path", taxonomy.key + "/");
  const std::size_t size = static_cast<std::size_t>(page_size());
  set_list(data, "entries", entry_rows(term.entries, (page - 1) * size, size));
  data.set("pagination", pagination(term_path(taxonomy.key, term.slug), page, pages));
  data.set("count", strings_.count("count.entries", static_cast<std::int64_t>(term.entries.size())));
  return data;
}

ViewData PageViews::not_found(const std::string& root) const {
  ViewData data = page_base("404.html", strings_.get("not_found.title"));
  data.set("root", root);
  return data;
}

}  // namespace almanac
