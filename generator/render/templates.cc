#include "render/templates.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <set>

#include "messages/messages.h"
#include "render/view_context.h"
#include "util/text.h"

namespace almanac {
namespace {

namespace mustache = kainjow::mustache;

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
// Each partial is expanded once and its text reused; a template's text with its partials is
// bounded (a theme whose partials include the next one ten times, ten deep, would expand to
// gigabytes), and a loop is one error naming the partials in it.
class PartialExpander {
 public:
  PartialExpander(const Theme& theme, Diagnostics& diagnostics)
      : theme_(theme), diagnostics_(diagnostics) {}

  // The text of `file` (a template, or the partial `name`) with its partials pasted in.
  std::optional<std::string> expand(const ThemeFile& file, const std::string& name) {
    stack_.push_back(name);
    std::optional<std::string> out = std::string();
    std::size_t last = 0;
    for (std::size_t at = file.data.find("{{>"); at != std::string::npos;
         at = file.data.find("{{>", at + 3)) {
      std::size_t begin = at + 3;
      while (begin < file.data.size() && file.data[begin] == ' ')
        ++begin;
      std::size_t end = begin;
      while (end < file.data.size() && is_name_character(file.data[end]))
        ++end;
      std::size_t close = end;
      while (close < file.data.size() && file.data[close] == ' ')
        ++close;
      if (end == begin || file.data.compare(close, 2, "}}") != 0) continue;  // kainjow's to say
      const std::string partial_name = file.data.substr(begin, end - begin);
      if (out) out->append(file.data, last, at - last);
      last = close + 2;
      const auto pasted = partial(partial_name, file, at);
      if (!pasted) {
        out.reset();
      } else if (out) {
        out->append(*pasted);
      }
      if (out && out->size() > kMaxTemplateBytes) {
        too_large_ = true;
        out.reset();
        break;
      }
    }
    if (out) out->append(file.data, last);
    stack_.pop_back();
    return out;
  }

  // Whether some template grew past kMaxTemplateBytes (reported for the template, by its loader).
  [[nodiscard]] bool too_large() const { return too_large_; }
  void forget_size() { too_large_ = false; }

  static constexpr std::size_t kMaxTemplateBytes = 4 * 1024 * 1024;

 private:
  static bool is_name_character(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '/' || c == '-';
  }

  std::optional<std::string> partial(const std::string& name, const ThemeFile& from,
                                     std::size_t at) {
    const ThemeFile* file = theme_.find("templates/partials/" + name + ".mustache");
    const auto position = line_column_at(from.data, at);
    if (file && name.starts_with(kCachedPrefix)) {
      // Rendered once per build (PageViews); the page prints the result.
      return "{{{cached." + name.substr(kCachedPrefix.size()) + "}}}";
    }
    if (!file) {
      diagnostics_.error({from.origin, position.line, position.column},
                         tr("no partial \"{name}\": expected templates/partials/{name}.mustache "
                            "in the theme",
                            {{"name", name}}));
      return std::nullopt;
    }
    if (const auto in_loop = std::find(stack_.begin(), stack_.end(), name);
        in_loop != stack_.end()) {
      std::string loop;
      for (auto it = in_loop; it != stack_.end(); ++it)
        loop += *it + " → ";
      loop += name;
      if (reported_loops_.insert(loop).second) {
        diagnostics_.error({from.origin, position.line, position.column},
                           tr("partials include each other in a loop: {loop}", {{"loop", loop}}));
      }
      return std::nullopt;
    }
    if (const auto done = done_.find(name); done != done_.end()) return done->second;
    auto expanded = expand(*file, name);
    done_[name] = expanded;
    return expanded;
  }

  const Theme& theme_;
  Diagnostics& diagnostics_;
  std::vector<std::string> stack_;  // the template and the partials being expanded, in order
  std::map<std::string, std::optional<std::string>> done_;  // expanded partials, by name
  std::set<std::string> reported_loops_;
  bool too_large_ = false;
};

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
  PartialExpander expander(theme, diagnostics);
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
    expander.forget_size();
    auto expanded = expander.expand(file, name);
    if (expander.too_large()) {
      diagnostics.error(
          {file.origin, 0, 0},
          tr("with its partials this template would be more than {limit} MB: a "
             "partial is included too many times, or partials include each other "
             "over and over",
             {{"limit", std::to_string(PartialExpander::kMaxTemplateBytes / (1024 * 1024))}}));
    }
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
