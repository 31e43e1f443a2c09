// View models: the plain data each template gets, with every list sorted and every date,
// number and label already formatted, so templates stay logic-less.
#pragma once

#include <string>

#include "render/site_index.h"
#include "render/strings.h"
#include "render/templates.h"

namespace almanac {

class PageViews {
 public:
  PageViews(const SiteIndex& index, const Strings& strings, Date today);

  // Data every page shares: the site, the menu and the interface strings (`t`).
  [[nodiscard]] ViewData shared() const;

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
  ViewData page_base(const std::string& path, const std::string& title) const;
  ViewData entry_row(const Entry& entry) const;
  ViewData entry_rows(const std::vector<const Entry*>& entries, std::size_t from,
                      std::size_t count) const;
  ViewData term_links(const std::string& taxonomy, const std::vector<std::string>& names) const;
  ViewData organization_links(const std::vector<std::string>& ids) const;
  ViewData pagination(const std::string& first_path, int page, int pages) const;
  ViewData facts(const Entry& entry) const;
  std::string kind_label(EntryKind kind) const;

  const SiteIndex& index_;
  const Strings& strings_;
  Date today_;
  std::string language_;
};

}  // namespace almanac
