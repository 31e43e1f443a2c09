#include "render/views/entry_views.h"

#include "index/urls.h"
#include "locale/locale_text.h"
#include "model/names.h"
#include "render/body_links.h"
#include "render/calendar.h"
#include "render/structured_data.h"
#include "render/view_data.h"

namespace almanac {
namespace {

void facts(const PageViews& views, ViewData& page, const Entry& entry) {
  const Strings& strings = views.strings();
  const std::string& language = views.language();
  ViewData& items = add_list(page, "facts", 16);
  const auto add_text = [&](const std::string& label_key, const std::string& text) {
    if (text.empty()) return;
    ViewData& fact = append_object(items);
    put(fact, "label", strings.get(label_key));
    put(fact, "text", text);
  };
  const auto add_ids = [&](const std::string& label_key, const std::vector<std::string>& ids) {
    if (ids.empty()) return;
    ViewData& fact = append_object(items);
    put(fact, "label", strings.get(label_key));
    views.organization_links(fact, "links", ids);
  };
  const auto add_terms = [&](const std::string& taxonomy, const std::vector<std::string>& names) {
    if (names.empty()) return;
    ViewData& fact = append_object(items);
    put(fact, "label", strings.get("fields." + taxonomy));
    views.term_links(fact, "links", taxonomy, names);
  };
  const auto add_count = [&](const std::string& label_key, const std::optional<std::int64_t>& n) {
    if (n) add_text(label_key, format_number(*n, language));
  };
  if (const auto* c = entry.conference()) {
    add_text("fields.dates", format_date_range(c->starts, c->ends, language));
    add_text("fields.city", c->city);
    add_text("fields.venue", c->venue);
    add_text("fields.format",
             strings.get("format." + std::string(name_of(c->format, kConferenceFormats))));
    add_ids("fields.organizers", c->organizers);
    add_count("fields.participants", c->participants);
    add_count("fields.participant_countries", c->participant_countries);
    add_count("fields.participant_regions", c->participant_regions);
  }
  if (const auto* c = entry.collaboration()) {
    add_text("fields.form",
             strings.get("form." + std::string(name_of(c->form, kCollaborationForms))));
    add_text("fields.status",
             strings.get("status." + std::string(name_of(c->status, kCollaborationStatuses))));
    if (c->signed_on) add_text("fields.signed", format_date(*c->signed_on, language));
  }
  if (const auto* i = entry.internship()) {
    add_text("fields.program", i->program);
    add_text("fields.specialty", i->specialty);
    add_ids("fields.hosts", i->hosts);
    if (i->starts) {
      add_text("fields.period",
               format_date_range(*i->starts, i->ends.value_or(*i->starts), language));
    }
    add_count("fields.planned", i->planned);
    add_count("fields.completed", i->completed);
  }
  add_ids("fields.partners", entry.partners);
  add_terms("regions", entry.regions);
  add_terms("countries", entry.countries);
  add_terms("topics", entry.topics);
}

PageView entry_page_base(const PageViews& views, const Entry& entry, const std::string& path) {
  const SiteIndex& index = views.index();
  PageView page(views.page_base(path, entry.title));
  ViewData& data = page.data;
  views.entry_row(add_object(data, "entry"), entry);
  std::string error;
  std::optional<std::string> read = views.body(entry, &error);
  if (!read) page.error = std::move(error);
  std::string body = with_links_resolved(read ? *read : std::string(), root_prefix(path),
                                         root_prefix(index.prefix + path), index);
  if (views.indexer()) page.search = views.indexer()->terms(entry.title, entry.summary, body);
  put(data, "body", std::move(body));
  set_text(data, "description", entry.summary);
  put(data, "json_ld", entry_structured_data(entry, {index, index.full_url(path)}));
  return page;
}

}  // namespace

PageView entry_view(const PageViews& views, const Entry& entry, const std::string& path) {
  const SiteIndex& index = views.index();
  const Strings& strings = views.strings();
  const std::string& language = views.language();
  PageView page = entry_page_base(views, entry, path);
  ViewData& data = page.data;
  if (index.untranslated.contains(&entry)) {
    put(data, "untranslated", true);
    put(data, "content_lang", entry.language);
  }
  // A summary taken from the body is its first paragraph: printed once, in the body.
  if (!entry.summary_from_body) set_text(data, "summary", entry.summary);
  put(data, "og_type", "article");
  if (entry.conference()) put(data, "ics_path", entry_path(entry) + std::string(kEventCalendar));
  facts(views, data, entry);

  if (const auto* c = entry.collaboration(); c && (!c->directions.empty() || !c->stages.empty())) {
    ViewData& lists = add_list(data, "lists", 2);
    const auto add_steps = [&](const std::string& key, const std::vector<std::string>& texts) {
      if (texts.empty()) return;
      ViewData& group = append_object(lists);
      put(group, "label", strings.get("fields." + key));
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
      if (source.date) put(item, "date", format_date(*source.date, language));
    }
  }
  const auto related = index.related.find(&entry);
  if (related != index.related.end()) {
    views.entry_rows(data, "related", related->second, 0, kRelatedLimit, root_prefix(path));
  }
  put(data, "extra", from_value(entry.extra));
  return page;
}

PageView free_page_view(const PageViews& views, const Entry& entry, const std::string& path) {
  PageView page = entry_page_base(views, entry, path);
  put(page.data, "extra", from_value(entry.extra));
  return page;
}

}  // namespace almanac
