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

// The kinds of activity, in the order menus, pages and reports list them.
inline constexpr EntryKind kActivityKinds[] = {EntryKind::collaboration, EntryKind::conference,
                                               EntryKind::internship};

// What every page's view is made from, for one language: the index, the strings and the
// templates, with the parts pages share (the page's frame, entry rows, links to terms and
// organizations, page numbers). The views of each kind of page are in render/views/.
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
  [[nodiscard]] const SiteIndex& index() const { return index_; }
  [[nodiscard]] const Strings& strings() const { return strings_; }
  [[nodiscard]] const std::string& language() const { return language_; }  // ICU locale name
  [[nodiscard]] Date today() const { return today_; }
  [[nodiscard]] int page_size() const { return index_.site->config.page_size; }

  // A page's frame: its root, addresses, title and the cached partials, for pages whose way to
  // the root is `root` (root_prefix(path) by default).
  [[nodiscard]] ViewData page_base(const std::string& path, const std::string& title) const {
    return page_base(path, title, root_prefix(path));
  }
  [[nodiscard]] ViewData page_base(const std::string& path, const std::string& title,
                                   const std::string& root) const;
  // An entry's text as HTML, for its page; nullopt with `error` set when it cannot be read.
  [[nodiscard]] std::optional<std::string> body(const Entry& entry, std::string* error) const;
  // The fields of an entry's row in lists.
  void entry_row(ViewData& row, const Entry& entry) const;
  // Adds `key` with rows for entries[from, from + count) when there is at least one; each row
  // has its `html`, rendered for pages whose way to the root is `root`.
  void entry_rows(ViewData& parent, const std::string& key,
                  const std::vector<const Entry*>& entries, std::size_t from, std::size_t count,
                  const std::string& root) const;
  // Links to the pages of terms of `taxonomy` named `names`.
  void term_links(ViewData& parent, const std::string& key, const std::string& taxonomy,
                  const std::vector<std::string>& names) const;
  void organization_links(ViewData& parent, const std::string& key,
                          const std::vector<std::string>& ids) const;
  // Page `number` of `pages` of a list whose first page is `first_path`.
  void pagination(ViewData& page, const std::string& first_path, int number, int pages) const;
  // "Site — Conferences": the title of a kind's feed and calendar.
  [[nodiscard]] std::string kind_feed_title(EntryKind kind) const;
  // "Конференция": one entry's kind, in this language.
  [[nodiscard]] std::string kind_label(EntryKind kind) const;

  // This page in each of the site's languages: the language switcher and hreflang links.
  struct Alternate {
    std::string language;
    std::string name;  // the language's own name for itself
    std::string path;  // from the output root: en/conferences/x/
  };
  void add_languages(ViewData& page, const std::string& path,
                     const std::vector<Alternate>& alternates) const;

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

  // The year's report, worked out once and shared by its page, CSV and JSON. Thread-safe.
  [[nodiscard]] const AnnualReport& annual_report(int year) const;

  // Entries and organizations read again in place (an incremental build that keeps its plan):
  // the rows and reports made from them are made again when next asked for. Not while pages
  // render.
  void forget(const std::vector<const Entry*>& entries);

 private:
  ViewData make_shared_data(const std::map<std::string, std::string>& asset_names) const;
  void number_search_documents();

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
  // A year's report is worked out by the first of its page, CSV and JSON to ask for it; the
  // others, often on the other core, wait for it rather than work it out again.
  struct ReportSlot {
    std::once_flag once;
    std::unique_ptr<const AnnualReport> report;
  };
  mutable std::mutex reports_mutex_;
  mutable std::map<int, std::unique_ptr<ReportSlot>> reports_;  // by year
  std::vector<std::pair<std::string, RootedHtml>> cached_;      // the cached partials
};

}  // namespace almanac
