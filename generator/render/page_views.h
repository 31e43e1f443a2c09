// View models: the plain data each template gets, with every list sorted and every date,
// number and label already formatted, so templates stay logic-less.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "index/site_index.h"
#include "index/urls.h"
#include "render/entry_bodies.h"
#include "render/row_cache.h"
#include "render/strings.h"
#include "render/templates.h"
#include "report/annual_report.h"
#include "search/search_index.h"

namespace almanac {

// What a page's view gives: the data for its template and, for a page search finds (an entry,
// a free page, an organization), the terms of its text; or why the page cannot be made (its
// entry's text could not be read again).
struct PageView {
  PageView(ViewData view) : data(std::move(view)) {}  // NOLINT: a page search does not find
  ViewData data;
  std::optional<SearchTerms> search;
  std::optional<std::string> error;
};

class PageViews {
 public:
  // `templates` renders the rows of entry lists (partials/entry_row), each once per depth.
  // `asset_names` are the published names of the fingerprinted assets, by template key
  // ({{asset.style_css}}). `bodies`, when given, gives the entries' pages their texts; without
  // it, pages print each entry's own body_html (an entry loaded alone keeps it). With `indexer`,
  // the views of the pages search finds give the terms of their text.
  PageViews(const SiteIndex& index, const Strings& strings, const Templates& templates, Date today,
            const std::map<std::string, std::string>& asset_names = {},
            const EntryBodyReader* bodies = nullptr, SearchIndexer* indexer = nullptr);

  // Data every page shares: the site, the menu and the interface strings (`t`).
  [[nodiscard]] const ViewData& shared() const { return shared_; }

  [[nodiscard]] ViewData home(const std::string& path) const;
  [[nodiscard]] ViewData kind_list(EntryKind kind, const std::string& path, int page,
                                   int pages) const;
  [[nodiscard]] PageView entry(const Entry& entry, const std::string& path) const;
  [[nodiscard]] PageView free_page(const Entry& entry, const std::string& path) const;
  [[nodiscard]] ViewData organizations(const std::string& path) const;
  [[nodiscard]] PageView organization(const Organization& organization,
                                      const std::string& path) const;
  [[nodiscard]] ViewData taxonomy(const Taxonomy& taxonomy, const std::string& path) const;
  [[nodiscard]] ViewData term(const Taxonomy& taxonomy, const Term& term, const std::string& path,
                              int page, int pages) const;
  [[nodiscard]] ViewData not_found(const std::string& root) const;
  // The search page; its results come from the index, by the theme's script.
  [[nodiscard]] ViewData search(const std::string& path) const;
  // The pages search finds, numbered in the order results with the same score are listed:
  // the entries newest first, then the free pages, then the organizations.
  static constexpr std::size_t kNotSearched = static_cast<std::size_t>(-1);
  [[nodiscard]] std::size_t search_documents() const { return search_pages_.size(); }
  // The number of an entry's or organization's page, or kNotSearched.
  [[nodiscard]] std::size_t search_document(const void* page) const;
  // What makes the pages' search terms; null when the views make none.
  [[nodiscard]] SearchIndexer* indexer() const { return indexer_; }
  // The row a search result shows for a page.
  [[nodiscard]] SearchDocument search_row(std::size_t document) const;
  // The annual report of a year (render/report_views.cc) and the list of every year's report.
  [[nodiscard]] ViewData report(const AnnualReport& report, const std::string& path) const;
  // The year's report, worked out once and shared by its page, CSV and JSON. Thread-safe.
  [[nodiscard]] const AnnualReport& annual_report(int year) const;
  [[nodiscard]] ViewData reports(const std::vector<int>& years, const std::string& path) const;

  // This page in each of the site's languages: the language switcher and hreflang links.
  struct Alternate {
    std::string language;
    std::string name;  // the language's own name for itself
    std::string path;  // from the output root: en/conferences/x/
  };
  void add_languages(ViewData& page, const std::string& path,
                     const std::vector<Alternate>& alternates) const;

  [[nodiscard]] const SiteIndex& index() const { return index_; }
  [[nodiscard]] const Strings& strings() const { return strings_; }
  [[nodiscard]] int page_size() const { return index_.site->config.page_size; }
  // "Site — Conferences": the title of a kind's feed and calendar.
  [[nodiscard]] std::string kind_feed_title(EntryKind kind) const;
  // "Конференция": one entry's kind, in this language.
  [[nodiscard]] std::string kind_label(EntryKind kind) const;

 private:
  ViewData page_base(const std::string& path, const std::string& title) const {
    return page_base(path, title, root_prefix(path));
  }
  ViewData page_base(const std::string& path, const std::string& title,
                     const std::string& root) const;
  // What an entry's page and a free page share: the row, the body (indexed for search), the
  // description and the JSON-LD.
  PageView entry_page_base(const Entry& entry, const std::string& path) const;
  void entry_row(ViewData& row, const Entry& entry) const;
  // Adds `key` with rows for entries[from, from + count) when there is at least one; each row
  // has its `html`, rendered for pages whose way to the root is `root`.
  void entry_rows(ViewData& parent, const std::string& key,
                  const std::vector<const Entry*>& entries, std::size_t from, std::size_t count,
                  const std::string& root) const;
  ViewData make_shared_data(const std::map<std::string, std::string>& asset_names) const;
  void term_links(ViewData& parent, const std::string& key, const std::string& taxonomy,
                  const std::vector<std::string>& names) const;
  void organization_links(ViewData& parent, const std::string& key,
                          const std::vector<std::string>& ids) const;
  void pagination(ViewData& page, const std::string& first_path, int number, int pages) const;
  void facts(ViewData& page, const Entry& entry) const;
  // The annual report's key figures (with their change) and its charts.
  void add_report_figures(ViewData& data, const AnnualReport& report) const;
  void add_report_charts(ViewData& data, const AnnualReport& report) const;

  const SiteIndex& index_;
  const Strings& strings_;
  const Templates& templates_;
  Date today_;
  const EntryBodyReader* bodies_;
  std::string language_;
  ViewData shared_;
  std::unique_ptr<RowCache> rows_;  // a cache, filled while pages render
  SearchIndexer* indexer_;
  std::vector<const void*> search_pages_;  // entries, then organizations, by document
  std::size_t searched_entries_ = 0;
  std::unordered_map<const void*, std::size_t> search_id_;  // entry or organization → document
  void number_search_documents();
  mutable std::mutex reports_mutex_;
  mutable std::map<int, std::shared_ptr<const AnnualReport>> reports_;  // by year
  std::vector<std::pair<std::string, RootedHtml>> cached_;              // the cached partials
};

}  // namespace almanac
