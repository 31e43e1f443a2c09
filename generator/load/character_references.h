// Character references ("&#7;") in an entry's Markdown that stand for an invisible control
// character: cmark-gfm writes the character itself into the page, and the feeds and calendars
// made from it are then refused by every reader (XML 1.0 and iCalendar forbid it).
#pragma once

#include <string>
#include <string_view>

#include "util/diagnostics.h"

namespace almanac {

// Whether the HTML rendered from `body` (which starts on line `body_line` of `path`) is free of
// control characters; if not, reports the reference in `body` that made the first one.
[[nodiscard]] bool rendered_without_control_characters(std::string_view html, std::string_view body,
                                                       const std::string& path, int body_line,
                                                       Diagnostics& diagnostics);

}  // namespace almanac
