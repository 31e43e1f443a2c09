// What a page is made from, written down for an incremental build: the versions of the entries
// and organizations it shows, and whatever else of the index it prints. Each job of the plan
// (render/site_pages.h) lists its inputs beside its view, with the helpers here; a later build
// whose inputs for a job are the same text gives that job the same bytes, so it is not rendered
// again. The random-edit test (tests/site/incremental_build_test.cc) compares every such build with
// a full one.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "index/site_index.h"

namespace almanac {

// Each entry's row as inputs, worked out once for all the pages of a language that list it
// (a row is on a dozen pages, and in the reports). Fills on `jobs` threads.
class ListedEntries {
 public:
  ListedEntries(const SiteIndex& index, int jobs);
  // A hash of what the row of `entry` shows, or null for an entry the index does not list.
  [[nodiscard]] const std::string* find(const Entry& entry) const;
  // Hashes again the rows of `entries` (read again in place) that the index lists.
  void update(const SiteIndex& index, const std::vector<const Entry*>& entries);

 private:
  std::unordered_map<const Entry*, std::string> versions_;
};

class PageInputs {
 public:
  // With `listed`, entries' rows are taken from it. With `shows`, each entry and organization
  // whose version goes into the key is put there: the page shows it.
  explicit PageInputs(const SiteIndex& index, const ListedEntries* listed = nullptr,
                      std::vector<const void*>* shows = nullptr)
      : index_(index), listed_(listed), shows_(shows) {}

  // A value the page prints.
  void text(std::string_view value);
  void number(std::int64_t value);
  // An entry as a list shows it: its row (title, date, summary, regions, countries).
  void listed(const Entry& entry);
  // The rows of entries[from, from + count), and how many entries the whole list has.
  void listed(const std::vector<const Entry*>& entries, std::size_t from, std::size_t count);
  // An entry in full, on its own page: its text, facts, partners (as links), terms and related
  // entries (not where the links of its text lead, which render/body_links.h knows).
  void shown(const Entry& entry);
  // An organization by id: its file, or that the site has none of that id.
  void organization(std::string_view id);
  // An organization as a link to it shows it (its name, country and website), by id.
  void organization_reference(std::string_view id);
  // A term's name and address in this language.
  void term(const std::string& taxonomy, const std::string& key);

  [[nodiscard]] const std::string& key() const { return key_; }

 private:
  const SiteIndex& index_;
  const ListedEntries* listed_;
  std::vector<const void*>* shows_;
  std::string key_;
};

}  // namespace almanac
