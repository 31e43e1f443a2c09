// iCalendar (RFC 5545) files of conferences, so partners can add an event to their calendars:
// all-day events, lines folded at 75 octets, CRLF line ends.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/entry.h"
#include "render/page_views.h"

namespace almanac {

// Where the calendars are: every conference, within a language's folder, and one conference,
// within its page's folder.
inline constexpr std::string_view kConferenceCalendar = "conferences/calendar.ics";
inline constexpr std::string_view kEventCalendar = "event.ics";

// A calendar of `conferences` named `name`; a valid calendar with no events when there are none.
[[nodiscard]] std::string conference_calendar(const PageViews& views,
                                              const std::vector<const Entry*>& conferences,
                                              const std::string& name);

// `text` as an iCalendar TEXT value: backslash, semicolon, comma and line breaks escaped.
[[nodiscard]] std::string ical_text(const std::string& text);

// One content line, folded: no line longer than 75 octets, continuation lines starting with a
// space, a UTF-8 character never split; each line ends with CRLF.
[[nodiscard]] std::string ical_line(const std::string& line);
void append_ical_line(std::string& out, std::string_view line);

}  // namespace almanac
