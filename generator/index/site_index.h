// The site arranged for rendering: sorted lists, taxonomies, organizations and related entries.
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/site.h"
#include "util/diagnostics.h"

namespace almanac {

struct Term {
  std::string key;                    // as written in the entries, the same in every language
  std::string name;                   // in the index's language (content/terms.toml), else the key
  std::string slug;                   // ASCII, for the URL
  std::vector<const Entry*> entries;  // newest first
};

struct Taxonomy {
  std::string key;          // regions, countries, topics, years: also the URL folder
  std::vector<Term> terms;  // alphabetical (years: newest first)
  // Every spelling entries use → its position in terms.
  std::unordered_map<std::string, std::size_t> position_of_key;

  // The term an entry names as `key`, or null.
  [[nodiscard]] const Term* find(const std::string& key) const;
};

struct SiteIndex {
  const Site* site = nullptr;
  std::string language;
  std::string prefix;  // where this language's pages live: "" for the default, else "en/"
  std::set<const Entry*> untranslated;  // listed in their own language, with a note
  std::map<std::string, const Entry*> entry_by_original;  // original's source path → shown entry
  std::vector<const Entry*> collaborations;               // each newest first
  std::vector<const Entry*> conferences;
  std::vector<const Entry*> internships;
  std::vector<const Entry*> activities;            // the three kinds together, newest first
  std::vector<const Entry*> pages;                 // alphabetical
  std::vector<const Organization*> organizations;  // alphabetical (sort_organizations)
  // By id: in this order, unlike the alphabetical one, a new name moves no organization's page
  // in the plan or its number in the search index.
  std::map<std::string, const Organization*, std::less<>> organization_by_id;
  // newest first
  std::map<std::string, std::vector<const Entry*>, std::less<>> entries_by_organization;
  std::vector<Taxonomy> taxonomies;  // regions, countries, topics, years
  std::map<const Entry*, std::vector<const Entry*>> related;

  [[nodiscard]] const std::vector<const Entry*>& of_kind(EntryKind kind) const;
  [[nodiscard]] const Taxonomy& taxonomy(const std::string& key) const;
  // The organization's name in this language: name_en in English, else its name.
  [[nodiscard]] const std::string& organization_name(const Organization& organization) const;
  // This language's version of the entry whose original is at `original_path`, if it is shown.
  [[nodiscard]] const Entry* entry_for(const std::string& original_path) const;
  // The name of a term (as entries write it) in this language.
  [[nodiscard]] const std::string& term_name(const std::string& term) const;
  // Whether content/terms.toml names the term in this language.
  [[nodiscard]] bool has_term_name(const std::string& term) const;
  // The full address of a path of this language, or empty when the site has no base_url.
  [[nodiscard]] std::string full_url(const std::string& path) const;
  // The slug of a term (as entries write it) in a taxonomy, or empty if unknown.
  [[nodiscard]] std::string term_slug(const std::string& taxonomy, const std::string& name) const;
};

// How many related entries an entry page lists.
constexpr std::size_t kRelatedLimit = 5;

// Every order and slug is decided here, once, so rendering is deterministic; only the related
// entries, each independent of the others, are found on `jobs` threads.
// `language` is one of the site's; its entries are the translations where there are any.
[[nodiscard]] SiteIndex build_site_index(const Site& site, const std::string& language, int jobs,
                                         Diagnostics& diagnostics);

// index.organizations made again from organization_by_id, in the alphabetical order of their
// names in the index's language: after organizations were renamed in place.
void sort_organizations(SiteIndex& index);

// Newest first; ties by title, then file, so the order never depends on loading.
[[nodiscard]] bool newer_first(const Entry* a, const Entry* b);

}  // namespace almanac
