#include "load/config_loader.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "load/field_reader.h"
#include "load/front_matter.h"
#include "locale/locale_text.h"
#include "messages/messages.h"

namespace almanac {

namespace {

inline constexpr Named<bool> kUntranslatedChoices[] = {{true, "show"}, {false, "hide"}};

// An absolute http(s) address without query or fragment: scheme://host[:port][/path].
bool is_site_address(std::string_view url) {
  std::string_view rest;
  for (const std::string_view scheme : {"https://", "http://"}) {
    if (url.size() > scheme.size() &&
        std::equal(scheme.begin(), scheme.end(), url.begin(), [](char a, char b) {
          return a == std::tolower(static_cast<unsigned char>(b));
        })) {
      rest = url.substr(scheme.size());
    }
  }
  if (rest.empty()) return false;
  const std::size_t slash = std::min(rest.find('/'), rest.size());
  const std::string_view authority = rest.substr(0, slash);
  const std::size_t colon = authority.rfind(':');
  const std::string_view host = authority.substr(0, colon);
  if (host.empty() || host.front() == '.' || host.front() == '-') return false;
  const auto host_character = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' ||
           static_cast<unsigned char>(c) >= 0x80;  // an internationalized name, such as .рф
  };
  if (!std::all_of(host.begin(), host.end(), host_character)) return false;
  if (colon != std::string_view::npos) {
    const std::string_view port = authority.substr(colon + 1);
    if (port.empty() || port.size() > 5 ||
        !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return false;
    }
  }
  const std::string_view path = rest.substr(slash);
  return std::none_of(path.begin(), path.end(), [](char c) {
    return c == '?' || c == '#' || c == '\\' || static_cast<unsigned char>(c) <= ' ';
  });
}

SiteConfig read_config(const Value& table, const std::string& path, Diagnostics& local) {
  SiteConfig config;
  FieldReader reader(table, path, tr("in almanac.toml"), {path, 1, 1}, local);
  config.title = reader.string("title", true, "title = \"...\"").value_or("");
  config.description = reader.string("description", false, "description = \"...\"").value_or("");
  config.base_url =
      reader.string("base_url", false, "base_url = \"https://example.org/\"").value_or("");
  if (!config.base_url.empty() && !is_site_address(config.base_url)) {
    local.error(reader.position_of(*table.find("base_url")),
                tr("\"base_url\" must be the full address the site is published at, starting with "
                   "https:// or http://, such as base_url = "
                   "\"https://minzdrav.example.ru/international/\""));
    config.base_url.clear();
  }
  if (!config.base_url.empty() && config.base_url.back() != '/') config.base_url += '/';
  config.theme = reader.string("theme", false, "theme = \"default\"").value_or("default");
  if (const auto size = reader.count("page_size", "page_size = 50")) {
    if (*size < 1) {
      local.error(reader.position_of(*table.find("page_size")),
                  tr("\"page_size\" must be at least 1"));
    } else {
      config.page_size = static_cast<int>(*size);
    }
  }
  config.local = reader.boolean("local", "local = true").value_or(false);
  if (const auto limit = reader.count("feed_limit", "feed_limit = 50")) {
    config.feed_limit = static_cast<int>(*limit);
  }
  const auto languages = reader.located_strings("languages", "languages = [\"ru\", \"en\"]");
  if (!languages.empty()) {
    config.languages.clear();
    for (const auto& [language, position] : languages) {
      if (!is_known_language(language)) {
        local.error(position, tr("unknown language code \"{language}\"; use a code such as "
                                 "\"ru\" or \"en\"",
                                 {{"language", language}}));
        continue;
      }
      config.languages.push_back(language);
    }
    if (config.languages.empty()) config.languages = {"ru"};
    for (std::size_t i = 1; i < languages.size(); ++i) {
      const auto before = languages.begin() + static_cast<std::ptrdiff_t>(i);
      if (std::any_of(languages.begin(), before,
                      [&](const auto& other) { return other.first == languages[i].first; })) {
        local.error(languages[i].second,
                    tr("the language \"{language}\" is listed twice in languages",
                       {{"language", languages[i].first}}));
      }
    }
  }
  config.show_untranslated = reader.choice("untranslated", kUntranslatedChoices, false, true);
  if (const Value* markdown = reader.section("markdown")) {
    FieldReader section(*markdown, path, tr("in the [markdown] table"),
                        reader.position_of(*markdown), local);
    config.unsafe_html = section.boolean("unsafe_html", "unsafe_html = true").value_or(false);
    section.report_unknown_keys();
  }
  if (const Value* reports = reader.section("reports")) {
    FieldReader section(*reports, path, tr("in the [reports] table"), reader.position_of(*reports),
                        local);
    config.report_organization =
        section.string("organization", false, "organization = \"...\"").value_or("");
    config.report_pdf = section.boolean("pdf", "pdf = true").value_or(false);
    section.report_unknown_keys();
  }
  for (std::size_t i = 1; i < config.languages.size(); ++i) {
    const std::string& language = config.languages[i];
    const Value* texts = table.find(language);
    reader.accept(language);
    if (!texts || texts->type != Value::Type::table) continue;
    FieldReader section(*texts, path, tr("in the [{language}] table", {{"language", language}}),
                        reader.position_of(*texts), local);
    auto& [title, description] = config.translated_texts[language];
    title = section.string("title", false, "title = \"...\"").value_or("");
    description = section.string("description", false, "description = \"...\"").value_or("");
    if (auto organization = section.string("organization", false, "organization = \"...\"")) {
      config.translated_report_organization[language] = *organization;
    }
    section.report_unknown_keys();
  }
  config.extra = reader.free_table("extra");
  reader.report_unknown_keys();
  if (!config.theme.empty() && config.theme.find_first_of("/\\.") != std::string::npos) {
    local.error(reader.position_of(*table.find("theme")),
                tr("\"theme\" is a folder name in themes/, without \"/\" or \".\""));
  }
  return config;
}

}  // namespace

std::optional<SiteConfig> load_config(const std::string& path, std::string_view raw,
                                      Diagnostics& diagnostics) {
  return load_toml_file<SiteConfig>(path, raw, diagnostics, read_config);
}

}  // namespace almanac
