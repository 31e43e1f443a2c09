// Fragments rendered once and printed on many pages at different folder depths carry a marker
// where {{root}} goes, replaced on each page by its own way to the root.
#pragma once

#include <string>
#include <string_view>

namespace almanac {

// Content files cannot hold control characters (they are rejected while loading) and escaping
// leaves them alone, so the marker cannot clash with anything a page prints.
inline constexpr std::string_view kRootMarker =
    "\x1f"
    "root"
    "\x1f";

// `html` with every marker replaced by `root`.
[[nodiscard]] std::string with_root(std::string_view html, const std::string& root);

}  // namespace almanac
