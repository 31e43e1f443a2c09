#include "render/structured_data.h"

#include <vector>

#include "index/urls.h"
#include "util/text.h"

namespace almanac {
namespace {

// A JSON object written member by member; empty texts are left out, as schema.org wants absent
// rather than empty values.
class JsonObject {
 public:
  explicit JsonObject(const std::string& type, bool top_level = false) {
    if (top_level) member_raw("@context", "\"https://schema.org\"");
    text("@type", type);
  }
  JsonObject& text(const std::string& key, const std::string& value) {
    if (!value.empty()) append_json_string(start_member(key), value);
    return *this;
  }
  JsonObject& object(const std::string& key, const JsonObject& value) {
    return member_raw(key, value.json());
  }
  JsonObject& objects(const std::string& key, const std::vector<JsonObject>& values) {
    if (values.empty()) return *this;
    std::string& out = start_member(key);
    out += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i > 0) out += ',';
      out += values[i].json();
    }
    out += ']';
    return *this;
  }
  [[nodiscard]] std::string json() const { return "{" + members_ + "}"; }

 private:
  // The members so far with `key` and its colon added, for its value to follow.
  std::string& start_member(const std::string& key) {
    if (!members_.empty()) members_ += ',';
    append_json_string(members_, key);
    members_ += ':';
    return members_;
  }
  JsonObject& member_raw(const std::string& key, const std::string& json) {
    start_member(key) += json;
    return *this;
  }
  std::string members_;
};

// Inside <script>, "</script>" in a text would end the element: "<" is written as \u003c, which
// is the same character to a JSON reader.
std::string for_script(const std::string& json) {
  std::string safe;
  safe.reserve(json.size());
  for (const char c : json) {
    if (c == '<') {
      safe += "\\u003c";
    } else {
      safe += c;
    }
  }
  return safe;
}

JsonObject organization_reference(const Organization& organization,
                                  const StructuredDataContext& context) {
  JsonObject json("Organization");
  json.text("name", context.index.organization_name(organization));
  json.text("url", organization.website.empty()
                       ? context.index.full_url(organization_path(organization))
                       : organization.website);
  return json;
}

std::vector<JsonObject> organizations(const std::vector<std::string_view>& ids,
                                      const StructuredDataContext& context) {
  std::vector<JsonObject> list;
  for (const auto& id : ids) {
    const auto it = context.index.organization_by_id.find(id);
    if (it != context.index.organization_by_id.end())
      list.push_back(organization_reference(*it->second, context));
  }
  return list;
}

std::string attendance_mode(ConferenceFormat format) {
  switch (format) {
    case ConferenceFormat::online:
      return "https://schema.org/OnlineEventAttendanceMode";
    case ConferenceFormat::hybrid:
      return "https://schema.org/MixedEventAttendanceMode";
    case ConferenceFormat::in_person:
      break;
  }
  return "https://schema.org/OfflineEventAttendanceMode";
}

}  // namespace

std::string entry_structured_data(const Entry& entry, const StructuredDataContext& context) {
  const std::string published = entry.date.date.valid() ? entry.date.iso() : std::string();
  if (const auto* c = entry.conference()) {
    JsonObject event("Event", true);
    event.text("name", entry.title)
        .text("description", entry.summary)
        .text("startDate", c->starts.iso())
        .text("endDate", c->ends.iso())
        .text("eventAttendanceMode", attendance_mode(c->format))
        .text("eventStatus", "https://schema.org/EventScheduled")
        .text("inLanguage", entry.language)
        .text("url", context.page_url);
    // Where it takes place: the venue, else the city, else the region; online, its page.
    const std::string region =
        entry.regions.empty() ? "" : context.index.term_name(entry.regions[0]);
    std::vector<JsonObject> locations;
    if (c->format != ConferenceFormat::online &&
        (!c->venue.empty() || !c->city.empty() || !region.empty())) {
      JsonObject place("Place");
      place.text("name", !c->venue.empty() ? c->venue : !c->city.empty() ? c->city : region);
      place.object("address", JsonObject("PostalAddress")
                                  .text("addressLocality", c->city)
                                  .text("addressRegion", region));
      locations.push_back(std::move(place));
    }
    if (c->format != ConferenceFormat::in_person && !context.page_url.empty()) {
      locations.push_back(JsonObject("VirtualLocation").text("url", context.page_url));
    }
    if (locations.size() == 1) {
      event.object("location", locations.front());
    } else {
      event.objects("location", locations);
    }
    const std::vector<std::string_view> organizers(c->organizers.begin(), c->organizers.end());
    event.objects("organizer", organizations(organizers, context));
    return for_script(event.json());
  }
  const bool article = entry.kind != EntryKind::page;
  JsonObject json(article ? "NewsArticle" : "WebPage", true);
  json.text(article ? "headline" : "name", entry.title)
      .text("description", entry.summary)
      .text("datePublished", published)
      .text("inLanguage", entry.language)
      .text("url", context.page_url);
  if (article) {
    json.text("mainEntityOfPage", context.page_url);
    JsonObject publisher("Organization");
    const SiteConfig& config = context.index.site->config;
    publisher.text("name", config.publisher_in(context.index.language));
    publisher.text("url", context.index.full_url(""));
    json.object("publisher", publisher);
    json.objects("about", organizations(entry.organization_ids(), context));
  }
  return for_script(json.json());
}

std::string organization_structured_data(const Organization& organization,
                                         const StructuredDataContext& context) {
  JsonObject json("Organization", true);
  json.text("name", context.index.organization_name(organization))
      .text("alternateName", organization.short_name)
      .text("url", organization.website.empty() ? context.page_url : organization.website)
      .text("mainEntityOfPage", context.page_url);
  if (!organization.name_native.empty()) json.text("legalName", organization.name_native);
  JsonObject address("PostalAddress");
  address.text("addressLocality", organization.city)
      .text("addressRegion", context.index.term_name(organization.region))
      .text("addressCountry", context.index.term_name(organization.country));
  json.object("address", address);
  return for_script(json.json());
}

}  // namespace almanac
