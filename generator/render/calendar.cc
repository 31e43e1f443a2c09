#include "render/calendar.h"

#include <cctype>

#include "index/urls.h"

namespace almanac {
namespace {

std::string basic_date(Date date) {  // 20251112
  std::string iso = date.iso();
  std::erase(iso, '-');
  return iso;
}

std::string basic_utc_time(const DateTime& time) {  // 20251112T164000Z
  std::string iso = time.date.iso() + (time.has_time ? time.iso().substr(10) : "T00:00:00");
  std::erase(iso, '-');
  std::erase(iso, ':');
  return iso + "Z";
}

}  // namespace

std::string ical_text(const std::string& text) {
  // Written through a pointer into room for the worst case: every calendar escapes every
  // summary, and appending a character at a time was most of the work.
  std::string out(text.size() * 2, '\0');
  char* write = out.data();
  for (const char c : text) {
    switch (c) {
      case '\\':
      case ';':
      case ',':
        *write++ = '\\';
        *write++ = c;
        break;
      case '\n':
        *write++ = '\\';
        *write++ = 'n';
        break;
      case '\r':
        break;
      default:
        *write++ = c;
    }
  }
  out.resize(static_cast<std::size_t>(write - out.data()));
  return out;
}

std::string ical_line(const std::string& line) {
  std::string out;
  append_ical_line(out, line);
  return out;
}

void append_ical_line(std::string& out, std::string_view line) {
  std::size_t start = 0;
  std::size_t limit = 75;  // octets of the first line; a continuation's leading space is one
  while (line.size() - start > limit) {
    std::size_t end = start + limit;
    while (end > start && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80)
      --end;  // back to the start of a UTF-8 character
    out.append(line, start, end - start).append("\r\n ");
    start = end;
    limit = 74;
  }
  out.append(line, start, std::string_view::npos).append("\r\n");
}

std::string conference_calendar(const PageViews& views,
                                const std::vector<const Entry*>& conferences,
                                const std::string& name) {
  const SiteIndex& index = views.index();
  // Events keep their UID whatever the language or the build.
  std::string host = host_of_base_url(index.site->config.base_url);
  if (host.empty()) host = "almanac.local";
  std::string language = index.language.substr(0, 2);
  for (auto& c : language)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string ics;
  // Room for every event at once: a calendar of thousands is not copied as it grows, and pages
  // reserved but never written take no memory.
  ics.reserve(512 + conferences.size() * 4096);
  const auto line = [&ics](const std::string& text) { append_ical_line(ics, text); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//almanac//almanac//" + language);
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  line("X-WR-CALNAME:" + ical_text(name));
  for (const Entry* entry : conferences) {
    const ConferenceDetails* conference = entry->conference();
    if (!conference) continue;
    std::string location = conference->city;
    if (!conference->venue.empty()) {
      location += (location.empty() ? "" : ", ") + conference->venue;
    }
    const std::string url = views.index().full_url(entry_path(*entry));
    line("BEGIN:VEVENT");
    // The original's path, the same in every language: a calendar that holds the Russian event
    // recognizes the English one as the same event.
    line("UID:" + std::string(kind_folder(entry->kind)) + "-" + entry->slug + "@" + host);
    line("DTSTAMP:" + basic_utc_time(entry->date));
    line("DTSTART;VALUE=DATE:" + basic_date(conference->starts));
    // DTEND is the day after the last one: all-day ends are exclusive.
    line("DTEND;VALUE=DATE:" +
         basic_date(Date::from_days_since_epoch(conference->ends.days_since_epoch() + 1)));
    line("SUMMARY:" + ical_text(entry->title));
    if (!entry->summary.empty()) line("DESCRIPTION:" + ical_text(entry->summary));
    if (!location.empty()) line("LOCATION:" + ical_text(location));
    if (!url.empty()) line("URL:" + url);
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return ics;
}

}  // namespace almanac
