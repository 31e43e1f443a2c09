#include "render/root_marker.h"

namespace almanac {

RootedHtml::RootedHtml(std::string_view html) {
  html_.reserve(html.size());
  std::size_t start = 0;
  for (std::size_t at = html.find(kRootMarker); at != std::string_view::npos;
       at = html.find(kRootMarker, start)) {
    html_.append(html, start, at - start);
    roots_.push_back(static_cast<std::uint32_t>(html_.size()));
    start = at + kRootMarker.size();
  }
  html_.append(html, start);
  html_.shrink_to_fit();  // kept for the whole build
}

std::string RootedHtml::with_root(const std::string& root) const {
  std::string out;
  out.reserve(html_.size() + roots_.size() * root.size());
  std::size_t start = 0;
  for (const std::uint32_t at : roots_) {
    out.append(html_, start, at - start).append(root);
    start = at;
  }
  out.append(html_, start);
  return out;
}

}  // namespace almanac
