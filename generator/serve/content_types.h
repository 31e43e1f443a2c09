// The Content-Type of each kind of file a site holds, as the preview server sends it.
#pragma once

#include <string_view>

namespace almanac {

// By the path's extension: "text/html; charset=utf-8" for a page, "text/calendar; …" for
// .ics, and so on; "application/octet-stream" for what a site does not usually hold.
[[nodiscard]] std::string_view content_type_of(std::string_view path);

}  // namespace almanac
