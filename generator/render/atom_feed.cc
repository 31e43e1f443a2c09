#include "render/atom_feed.h"

#include <algorithm>

#include "index/urls.h"
#include "model/names.h"
#include "util/text.h"

namespace almanac {

std::string rfc3339(const DateTime& time) {
  if (!time.has_time) return time.date.iso() + "T00:00:00Z";
  return time.iso() + "Z";
}

std::string atom_feed(const PageViews& views, const FeedRequest& request) {
  const SiteIndex& index = views.index();
  const SiteConfig& config = index.site->config;
  const auto& entries = *request.entries;
  const std::size_t count =
      config.feed_limit > 0 ? std::min(entries.size(), static_cast<std::size_t>(config.feed_limit))
                            : entries.size();
  DateTime updated;
  for (std::size_t i = 0; i < count; ++i)
    updated = std::max(updated, entries[i]->date);
  const std::string& author = config.publisher_in(index.language);

  std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + index.language + "\">\n";
  xml += "  <title>" + escape_markup(request.title) + "</title>\n";
  const std::string& description = config.description_in(index.language);
  if (!description.empty()) xml += "  <subtitle>" + escape_markup(description) + "</subtitle>\n";
  const std::string self = escape_markup(views.index().full_url(request.path));
  xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + self + "\"/>\n";
  xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"" +
         escape_markup(views.index().full_url(request.page)) + "\"/>\n";
  xml += "  <id>" + self + "</id>\n";
  // A feed without entries still needs a time: the start of the epoch says "nothing yet".
  xml += "  <updated>" + (count > 0 ? rfc3339(updated) : std::string("1970-01-01T00:00:00Z")) +
         "</updated>\n";
  xml += "  <author><name>" + escape_markup(author) + "</name></author>\n";
  xml += "  <generator>almanac</generator>\n";
  for (std::size_t i = 0; i < count; ++i) {
    const Entry& entry = *entries[i];
    const std::string url = escape_markup(views.index().full_url(entry_path(entry)));
    xml += "  <entry>\n";
    xml += "    <title>" + escape_markup(entry.title) + "</title>\n";
    xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + url + "\"/>\n";
    xml += "    <id>" + url + "</id>\n";
    xml += "    <published>" + rfc3339(entry.date) + "</published>\n";
    xml += "    <updated>" + rfc3339(entry.date) + "</updated>\n";
    if (!entry.summary.empty()) {
      xml += "    <summary>" + escape_markup(entry.summary) + "</summary>\n";
    }
    xml += "    <category term=\"" + std::string(name_of(entry.kind, kEntryKinds)) + "\" label=\"" +
           escape_markup(views.kind_label(entry.kind)) + "\"/>\n";
    xml += "  </entry>\n";
  }
  xml += "</feed>\n";
  return xml;
}

}  // namespace almanac
