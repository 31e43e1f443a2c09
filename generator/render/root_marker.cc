#include "render/root_marker.h"

namespace almanac {

std::string with_root(std::string_view html, const std::string& root) {
  std::string out;
  out.reserve(html.size());
  std::size_t start = 0;
  for (std::size_t at = html.find(kRootMarker); at != std::string_view::npos;
       at = html.find(kRootMarker, start)) {
    out.append(html, start, at - start).append(root);
    start = at + kRootMarker.size();
  }
  out.append(html, start);
  return out;
}

}  // namespace almanac
