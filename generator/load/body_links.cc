#include "load/body_links.h"

#include <memory>
#include <vector>

namespace almanac {
namespace {

// A scheme ("https:", "mailto:"), a host ("//example.org") or an anchor on the page.
bool leaves_the_text(std::string_view url) {
  if (url.empty() || url.front() == '#' || url.starts_with("//")) return true;
  const auto colon = url.find(':');
  return colon != std::string_view::npos && colon < url.find('/');
}

// "conferences/x/" + "../../images/a.png" → "images/a.png"; a folder keeps its "/"; nullopt
// when ".." climbs above the top.
std::optional<std::string> joined(std::string_view folder, std::string_view relative) {
  const std::string whole = std::string(folder) + std::string(relative);
  const bool is_folder = relative.empty() || relative.ends_with("/") || relative == "." ||
                         relative == ".." || relative.ends_with("/.") || relative.ends_with("/..");
  std::vector<std::string_view> parts;
  const std::string_view all = whole;
  std::size_t start = 0;
  while (start <= all.size()) {
    const std::size_t end = std::min(all.find('/', start), all.size());
    const std::string_view part = all.substr(start, end - start);
    start = end + 1;
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (parts.empty()) return std::nullopt;
      parts.pop_back();
    } else {
      parts.push_back(part);
    }
  }
  std::string path;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) path += '/';
    path.append(parts[i]);
  }
  if (is_folder && !path.empty()) path += '/';
  return path;
}

// Columns in characters, as an editor counts them, of byte columns met in the order of the
// text (cmark-gfm's links come in that order): each call counts on from the one before, so a text
// with a hundred thousand links on one line is read once, not once per link.
class CharacterColumns {
 public:
  explicit CharacterColumns(std::string_view text) : text_(text) {}

  int at(int line, int column) {
    const std::size_t wanted = static_cast<std::size_t>(column - 1);
    if (line < line_ || (line == line_ && line_start_ + wanted < counted_to_)) {
      line_ = 1;
      line_start_ = counted_to_ = 0;
      characters_ = 1;
    }
    while (line_ < line) {
      const std::size_t end = text_.find('\n', line_start_);
      if (end == std::string_view::npos) return column;
      line_start_ = counted_to_ = end + 1;
      characters_ = 1;
      ++line_;
    }
    const std::size_t target = std::min(line_start_ + wanted, text_.size());
    for (; counted_to_ < target; ++counted_to_) {
      if ((static_cast<unsigned char>(text_[counted_to_]) & 0xC0) != 0x80) ++characters_;
    }
    return characters_;
  }

 private:
  std::string_view text_;
  int line_ = 1;
  std::size_t line_start_ = 0;
  std::size_t counted_to_ = 0;  // characters_ counts the characters of [line_start_, counted_to_)
  int characters_ = 1;
};

}  // namespace

LinkRewriter body_link_rewriter(const Entry& entry, std::vector<BodyLink>& links,
                                std::string_view body, int body_line) {
  const std::string folder = std::string(kind_folder(entry.kind)) + "/" + entry.slug + "/";
  auto columns = std::make_shared<CharacterColumns>(body);
  return
      [&links, columns, body_line, folder](const MarkdownLink& link) -> std::optional<std::string> {
        const std::string_view url = link.url;
        if (leaves_the_text(url) && !url.starts_with("@/")) return std::nullopt;
        const std::size_t path_end = std::min(url.find_first_of("?#"), url.size());
        const std::string_view path = url.substr(0, path_end);
        const std::string_view rest = url.substr(path_end);
        BodyLink recorded;
        recorded.written = link.url;
        recorded.line = body_line + link.line - 1;
        recorded.column = columns->at(link.line, link.column);
        recorded.image = link.image;
        std::string marker;
        if (path.starts_with("@/")) {
          recorded.target = BodyLink::Target::entry;
          recorded.path = "content/" + std::string(path.substr(2));
          marker = std::string(kEntryMarker) + recorded.path;
        } else {
          const auto resolved =
              path.starts_with("/") ? joined("", path.substr(1)) : joined(folder, path);
          std::string site_path = resolved.value_or("");
          if (site_path == "index.html" || site_path.ends_with("/index.html")) {
            site_path.resize(site_path.size() - 10);
          }
          const bool page = site_path.empty() || site_path.ends_with("/");
          recorded.target = page ? BodyLink::Target::page : BodyLink::Target::file;
          recorded.path = site_path;
          recorded.outside = !resolved;
          marker = std::string(page ? kPageMarker : kFileMarker) + site_path;
        }
        links.push_back(std::move(recorded));
        return marker + std::string(rest);
      };
}

}  // namespace almanac
