// Fragments rendered once and printed on many pages at different folder depths carry a marker
// where {{root}} goes, replaced on each page by its own way to the root.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace almanac {

// Content files cannot hold control characters (they are rejected while loading) and escaping
// leaves them alone, so the marker cannot clash with anything a page prints.
inline constexpr std::string_view kRootMarker =
    "\x1f"
    "root"
    "\x1f";

// A fragment rendered with kRootMarker as its root. The markers are found once, when it is
// made, so that printing it on each page is only copying.
class RootedHtml {
 public:
  RootedHtml() = default;
  explicit RootedHtml(std::string_view html);

  // The fragment for a page whose way to the root is `root` ("./", "../", ...).
  [[nodiscard]] std::string with_root(const std::string& root) const;

 private:
  std::string html_;                  // without the markers
  std::vector<std::uint32_t> roots_;  // where in html_ each marker was
};

}  // namespace almanac
