// almanac.toml: the settings of one site.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/value.h"

namespace almanac {

struct SiteConfig {
  std::string title;
  std::string description;
  // The title and description in the other languages: [en] title = "..." in almanac.toml.
  std::map<std::string, std::pair<std::string, std::string>> translated_texts;
  std::string base_url;  // empty: every link is relative
  std::vector<std::string> languages{"ru"};
  std::string theme = "default";
  int page_size = 50;   // rows on one list page
  int feed_limit = 50;  // entries in an Atom feed; 0 for every entry
  // local = true (or build --local): links name their index.html, for a site opened from disk.
  bool local = false;
  // Who publishes the annual reports: [reports] organization = "..."; [en] organization = "...".
  std::string report_organization;
  std::map<std::string, std::string> translated_report_organization;
  // [reports] pdf = true: every build makes (or keeps) a PDF of every annual report.
  bool report_pdf = false;
  bool unsafe_html = false;
  // An entry with no translation into a language: listed there in its own language with a note
  // (show), or left out of that language's site (hide).
  bool show_untranslated = true;
  Value extra;

  [[nodiscard]] const std::string& default_language() const { return languages.front(); }
  [[nodiscard]] const std::string& title_in(const std::string& language) const {
    const auto it = translated_texts.find(language);
    return it == translated_texts.end() || it->second.first.empty() ? title : it->second.first;
  }
  [[nodiscard]] const std::string& description_in(const std::string& language) const {
    const auto it = translated_texts.find(language);
    return it == translated_texts.end() || it->second.second.empty() ? description
                                                                     : it->second.second;
  }
  [[nodiscard]] const std::string& report_organization_in(const std::string& language) const {
    const auto it = translated_report_organization.find(language);
    return it == translated_report_organization.end() ? report_organization : it->second;
  }
  // Who publishes the site, for feeds and schema.org data: the report organization when the
  // site names one, else the site's title.
  [[nodiscard]] const std::string& publisher_in(const std::string& language) const {
    const std::string& organization = report_organization_in(language);
    return organization.empty() ? title_in(language) : organization;
  }
  [[nodiscard]] bool has_language(const std::string& language) const {
    for (const auto& l : languages) {
      if (l == language) return true;
    }
    return false;
  }
};

}  // namespace almanac
