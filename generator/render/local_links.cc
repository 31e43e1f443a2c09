#include "render/local_links.h"

namespace almanac {
namespace {

// A link that leaves the site or stays on the page.
bool is_outside_or_anchor(std::string_view url) {
  if (url.empty() || url.front() == '#' || url.starts_with("//")) return true;
  const auto colon = url.find(':');
  const auto slash = url.find('/');
  return colon != std::string_view::npos && (slash == std::string_view::npos || colon < slash);
}

}  // namespace

std::string with_index_files(std::string_view html) {
  constexpr std::string_view kHref = "href=\"";
  std::string out;
  out.reserve(html.size() + html.size() / 16);
  std::size_t copied = 0;
  for (std::size_t at = html.find(kHref); at != std::string_view::npos;
       at = html.find(kHref, at + 1)) {
    const std::size_t start = at + kHref.size();
    const std::size_t end = html.find('"', start);
    if (end == std::string_view::npos) break;
    const std::string_view url = html.substr(start, end - start);
    if (is_outside_or_anchor(url)) continue;
    const std::size_t path_end = std::min(url.find_first_of("?#"), url.size());
    const std::string_view path = url.substr(0, path_end);
    if (!path.empty() && path.back() != '/') continue;
    out.append(html, copied, start + path_end - copied);
    out += "index.html";
    copied = start + path_end;
  }
  out.append(html, copied);
  return out;
}

}  // namespace almanac
