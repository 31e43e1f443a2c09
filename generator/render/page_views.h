// View models: the plain data each template gets, with every list sorted and every date,
// number and label already formatted, so templates stay logic-less.
#pragma once

#include <memory>
#include <string>

#include "render/row_cache.h"
#include "render/site_index.h"
#include "render/urls.h"
#include "render/strings.h"
#include "render/templates.h"

namespace almanac {

class PageViews {
 public:
  // A link to a term or an organization, as views print it.
  struct Link {
    std::string name;
    std::string path;  // empty for a term with no page
    std::string country;
  };
  // `templates` renders the rows of entry lists (partials/entry_row), each once per depth.
  // Formats what every view of an entry prints once per entry, on `jobs` threads.
  PageViews(const SiteIndex& index, const Strings& strings, const Templates& templates, Date today,
            int jobs);

  // Data every page shares: the site, the menu and the interface strings (`t`).
  [[nodiscard]] const ViewData& shared() const { return shared_; }

  [[nodiscard]] ViewData home(const std::string& path) const;
  [[nodiscard]] ViewData kind_list(EntryKind kind, const std::string& path, int page,
                                   int pages) const;
  [[nodiscard]] ViewData entry(const Entry& entry, const std::string& path) const;
  [[nodiscard]] ViewData free_page(const Entry& entry, const std::string& path) const;
  [[nodiscard]] ViewData organizations(const std::string& path) const;
  [[nodiscard]] ViewData organization(const Organization& organization,
                                      const std::string& path) const;
  [[nodiscard]] ViewData taxonomy(const Taxonomy& taxonomy, const std::string& path) const;
  [[nodiscard]] ViewData term(const Taxonomy& taxonomy, const Term& term, const std::string& path,
                              int page, int pages) const;
  [[nodiscard]] ViewData not_found(const std::string& root) const;

  [[nodiscard]] int page_size() const { return index_.site->config.page_size; }

 private:
  ViewData page_base(const std::string& path, const std::string& title) const {
    return page_base(path, title, root_prefix(path));
  }
  ViewData page_base(const std::string& path, const std::string& title,
                     const std::string& root) const;
  void entry_row(ViewData& row, const Entry& entry) const;
  // Adds `key` with rows for entries[from, from + count) when there is at least one; each row
  // has its `html`, rendered for pages whose way to the root is `root`.
  void entry_rows(ViewData& parent, const std::string& key,
                  const std::vector<const Entry*>& entries, std::size_t from, std::size_t count,
                  const std::string& root) const;
  ViewData make_shared_data() const;
  // What the views of an entry print, formatted once: ICU formatting and the look-ups of terms
  // and organizations are most of the cost of building a view.
  struct PreparedEntry {
    std::string path, date, date_iso, when;
    std::vector<Link> regions, countries, topics, partners, organizers, hosts;
  };
  std::vector<Link> term_links(const std::string& taxonomy,
                               const std::vector<std::string>& names) const;
  std::vector<Link> organization_links(const std::vector<std::string>& ids) const;
  PreparedEntry prepare(const Entry& entry) const;
  const PreparedEntry& prepared(const Entry& entry) const;
  void pagination(ViewData& page, const std::string& first_path, int number, int pages) const;
  void facts(ViewData& page, const Entry& entry) const;
  std::string kind_label(EntryKind kind) const;

  const SiteIndex& index_;
  const Strings& strings_;
  const Templates& templates_;
  Date today_;
  std::string language_;
  ViewData shared_;
  std::vector<PreparedEntry> prepared_;  // by position in the site's entries
  std::unique_ptr<RowCache> rows_;       // a cache, filled while pages render
  std::vector<std::pair<std::string, std::string>> cached_;  // cached partials, with root markers
};

}  // namespace almanac
