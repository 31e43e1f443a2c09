#include "render/templates.h"

#include <algorithm>
#include <atomic>
#include <regex>

#include "messages/messages.h"
#include "render/view_context.h"
#include "util/text.h"

namespace almanac {
namespace {

namespace mustache = kainjow::mustache;

const std::regex kPartialTag(R"(\{\{>\s*([A-Za-z0-9_/-]+)\s*\}\})");
constexpr std::string_view kCachedPrefix = "cached/";

// kainjow reports "... at <byte offset>"; turn that into a line and column of the file.
void report_template_error(const ThemeFile& file, const std::string& message,
                           Diagnostics& diagnostics) {
  SourcePosition position{file.origin, 0, 0};
  const auto at = message.rfind(" at ");
  std::string text = message;
  if (at != std::string::npos) {
    try {
      const auto offset = static_cast<std::size_t>(std::stoul(message.substr(at + 4)));
      const auto line_column = line_column_at(file.data, offset);
      position.line = line_column.line;
      position.column = line_column.column;
      text = message.substr(0, at);
    } catch (const std::exception&) {
    }
  }
  diagnostics.error(position, tr("template error: {reason}", {{"reason", text}}));
}

bool check_syntax(const ThemeFile& file, Diagnostics& diagnostics) {
  mustache::mustache parsed(file.data);
  if (parsed.is_valid()) return true;
  report_template_error(file, parsed.error_message(), diagnostics);
  return false;
}

// Partials are pasted in once at load time, so no page parses a partial again while rendering.
std::optional<std::string> expand_partials(const Theme& theme, const ThemeFile& file, int depth,
                                           Diagnostics& diagnostics) {
  if (depth > 10) {
    diagnostics.error({file.origin, 0, 0}, tr("partials include each other in a loop"));
    return std::nullopt;
  }
  std::string out;
  std::size_t last = 0;
  bool ok = true;
  for (std::sregex_iterator it(file.data.begin(), file.data.end(), kPartialTag), end; it != end;
       ++it) {
    const auto& match = *it;
    out.append(file.data, last, match.position() - last);
    last = match.position() + match.length();
    const std::string name = match[1];
    const ThemeFile* partial = theme.find("templates/partials/" + name + ".mustache");
    if (partial && name.starts_with(kCachedPrefix)) {
      // Rendered once per build (PageViews); the page prints the result.
      out += "{{{cached." + name.substr(kCachedPrefix.size()) + "}}}";
      continue;
    }
    if (!partial) {
      const auto at = line_column_at(file.data, match.position());
      diagnostics.error({file.origin, at.line, at.column},
                        tr("no partial \"{name}\": expected templates/partials/{name}.mustache in "
                           "the theme",
                           {{"name", name}}));
      ok = false;
      continue;
    }
    auto expanded = expand_partials(theme, *partial, depth + 1, diagnostics);
    if (!expanded) {
      ok = false;
      continue;
    }
    out += *expanded;
  }
  out.append(file.data, last);
  if (!ok) return std::nullopt;
  return out;
}

std::atomic<int> next_generation{1};

// kainjow writes pages through operator<<; appending to a string skips an ostringstream's
// locale and buffer work, and the copy out of it at the end.
struct StringSink {
  std::string text;
  StringSink& operator<<(const std::string& part) {
    text += part;
    return *this;
  }
};

}  // namespace

std::optional<Templates> Templates::load(const Theme& theme, Diagnostics& diagnostics) {
  Templates templates;
  templates.generation_ = next_generation++;
  bool ok = true;
  for (const auto& path : theme.paths_under("templates/")) {
    if (!path.ends_with(".mustache")) continue;
    const ThemeFile& file = *theme.find(path);
    if (!check_syntax(file, diagnostics)) {
      ok = false;
      continue;
    }
    // Partials are templates too: entry rows are rendered on their own (render/row_cache.h).
    const std::string name = path.substr(10, path.size() - 10 - 9);
    auto expanded = expand_partials(theme, file, 0, diagnostics);
    if (!expanded) {
      ok = false;
      continue;
    }
    templates.sources_[name] = std::move(*expanded);
  }
  if (!ok) return std::nullopt;
  return templates;
}

std::vector<std::string> Templates::cached_partials() const {
  std::vector<std::string> names;
  const std::string prefix = "partials/" + std::string(kCachedPrefix);
  for (const auto& [name, source] : sources_) {
    if (name.starts_with(prefix)) names.push_back(name);
  }
  return names;
}

std::string Templates::render(const std::string& name, const ViewData& shared,
                              const ViewData& page) const {
  // kainjow's templates are not documented as safe to share, so each thread parses its own.
  struct Parsed {
    std::unique_ptr<mustache::mustache> tmpl;
    std::size_t largest = 0;  // of this thread's pages from it so far
  };
  thread_local int cached_generation = 0;
  thread_local std::map<std::string, Parsed> parsed;
  if (cached_generation != generation_) {
    parsed.clear();
    cached_generation = generation_;
  }
  auto& [tmpl, largest] = parsed[name];
  if (!tmpl) {
    tmpl = std::make_unique<mustache::mustache>(sources_.at(name));
    tmpl->set_custom_escape(escape_markup);
  }
  ViewContext context(&shared, &page);
  StringSink sink;
  // Pages from one template are alike in size; growing the text step by step copied it often.
  sink.text.reserve(largest);
  tmpl->render(context, sink);
  largest = std::max(largest, sink.text.size());
  return std::move(sink.text);
}

}  // namespace almanac
