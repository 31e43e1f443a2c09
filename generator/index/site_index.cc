#include "index/site_index.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <tuple>

#include "locale/locale_text.h"
#include "messages/messages.h"
#include "util/parallel.h"

namespace almanac {
namespace {

// How far along a partner's or topic's list (by date) related entries are looked for: keeps
// the work linear when thousands of entries share a topic.
constexpr std::ptrdiff_t kRelatedWindow = 12;

const std::vector<std::string> kTaxonomyKeys = {"regions", "countries", "topics", "years"};

std::vector<std::string> terms_of(const Entry& entry, const std::string& key) {
  if (key == "regions") return entry.regions;
  if (key == "countries") return entry.countries;
  if (key == "topics") return entry.topics;
  std::vector<std::string> years;
  for (int year : entry.activity_years())
    years.push_back(std::to_string(year));
  return years;
}

// A stable fallback for a term with no Latin letters or digits left after transliteration.
std::string fallback_slug(const std::string& name) {
  unsigned long hash = 2166136261u;
  for (unsigned char c : name)
    hash = (hash ^ c) * 16777619u;
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "t%08lx", hash & 0xffffffffu);
  return buffer;
}

// The name of a term in `language`: from content/terms.toml, else as the entries write it.
const std::string& translated_term_name(const Site& site, const std::string& term,
                                        const std::string& language) {
  const auto names = site.term_names.find(term);
  if (names == site.term_names.end()) return term;
  const auto name = names->second.find(language);
  return name == names->second.end() ? term : name->second;
}

Taxonomy build_taxonomy(const Site& site, const std::string& key,
                        const std::vector<const Entry*>& entries, const std::string& language,
                        Diagnostics& diagnostics) {
  Taxonomy taxonomy{key, {}, {}};
  std::map<std::string, std::string> slug_of_term;
  std::map<std::string, Term> by_slug;
  for (const Entry* entry : entries) {
    for (const auto& name : terms_of(*entry, key)) {
      // Transliteration is slow, and terms repeat across thousands of entries.
      const auto known = slug_of_term.find(name);
      const bool seen = known != slug_of_term.end();
      const std::string& shown = translated_term_name(site, name, language);
      std::string slug = seen ? known->second : slugify(shown);
      if (slug.empty()) slug = fallback_slug(shown);
      Term& term = by_slug[slug];
      if (term.slug.empty()) {
        term.slug = slug;
        term.name = shown;
        term.key = name;
      } else if (term.key != name && !seen) {
        diagnostics.warning({entry->source_path, 0, 0},
                            tr("{key}: \"{name}\" and \"{other}\" are taken as the same term; "
                               "write it one way everywhere",
                               {{"key", key}, {"name", name}, {"other", term.key}}));
      }
      slug_of_term[name] = slug;
      if (term.entries.empty() || term.entries.back() != entry) term.entries.push_back(entry);
    }
  }
  for (auto& [slug, term] : by_slug) {
    std::sort(term.entries.begin(), term.entries.end(), newer_first);
    taxonomy.terms.push_back(std::move(term));
  }
  if (key == "years") {
    std::sort(taxonomy.terms.begin(), taxonomy.terms.end(),
              [](const Term& a, const Term& b) { return std::stoi(a.name) > std::stoi(b.name); });
  } else {
    std::vector<std::pair<std::string, Term>> keyed;
    for (auto& term : taxonomy.terms) {
      keyed.emplace_back(collation_key(term.name, language), std::move(term));
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
      return std::tie(a.first, a.second.slug) < std::tie(b.first, b.second.slug);
    });
    taxonomy.terms.clear();
    for (auto& [sort_key, term] : keyed)
      taxonomy.terms.push_back(std::move(term));
  }
  std::map<std::string, std::size_t> position_of_slug;
  for (std::size_t i = 0; i < taxonomy.terms.size(); ++i)
    position_of_slug[taxonomy.terms[i].slug] = i;
  for (const auto& [name, slug] : slug_of_term)
    taxonomy.position_of_key[name] = position_of_slug.at(slug);
  return taxonomy;
}

// Adds the entries near `entry` in `list` (sorted newest first) as candidates of `weight`.
void add_window(const std::vector<const Entry*>& list, const Entry* entry, int weight,
                std::vector<std::pair<const Entry*, int>>& candidates) {
  const auto position = std::lower_bound(list.begin(), list.end(), entry, newer_first);
  const std::ptrdiff_t at = position - list.begin();
  const auto from = list.begin() + std::max<std::ptrdiff_t>(0, at - kRelatedWindow);
  const auto to = list.begin() + std::min<std::ptrdiff_t>(list.size(), at + kRelatedWindow);
  for (auto it = from; it != to; ++it) {
    if (*it != entry) candidates.emplace_back(*it, weight);
  }
}

std::vector<const Entry*> related_entries(const Entry* entry, const SiteIndex& index,
                                          const Taxonomy& topics) {
  std::vector<std::pair<const Entry*, int>> scores;
  for (const auto& id : entry->organization_ids()) {
    const auto it = index.entries_by_organization.find(id);
    if (it != index.entries_by_organization.end()) add_window(it->second, entry, 2, scores);
  }
  for (const auto& topic : entry->topics) {
    if (const Term* term = topics.find(topic)) add_window(term->entries, entry, 1, scores);
  }
  // The same entry may come from several lists: add up its weights.
  std::sort(scores.begin(), scores.end());
  std::size_t kept = 0;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    if (kept > 0 && scores[kept - 1].first == scores[i].first) {
      scores[kept - 1].second += scores[i].second;
    } else {
      scores[kept++] = scores[i];
    }
  }
  scores.resize(kept);
  const long day = entry->date.date.days_since_epoch();
  struct Candidate {
    const Entry* entry;
    int score;
    long distance;  // days between the two publications
  };
  std::vector<Candidate> candidates;
  candidates.reserve(scores.size());
  for (const auto& [other, score] : scores) {
    candidates.push_back({other, score, std::labs(other->date.date.days_since_epoch() - day)});
  }
  const std::size_t keep = std::min(kRelatedLimit, candidates.size());
  std::partial_sort(candidates.begin(), candidates.begin() + keep, candidates.end(),
                    [](const Candidate& a, const Candidate& b) {
                      if (a.score != b.score) return a.score > b.score;
                      if (a.distance != b.distance) return a.distance < b.distance;
                      return newer_first(a.entry, b.entry);
                    });
  std::vector<const Entry*> related;
  for (std::size_t i = 0; i < keep; ++i)
    related.push_back(candidates[i].entry);
  return related;
}

}  // namespace

bool newer_first(const Entry* a, const Entry* b) {
  if (a->date != b->date) return a->date > b->date;
  if (a->title != b->title) return a->title < b->title;
  return a->source_path < b->source_path;
}

const std::vector<const Entry*>& SiteIndex::of_kind(EntryKind kind) const {
  switch (kind) {
    case EntryKind::collaboration:
      return collaborations;
    case EntryKind::conference:
      return conferences;
    case EntryKind::internship:
      return internships;
    case EntryKind::page:
      return pages;
  }
  return pages;
}

const Taxonomy& SiteIndex::taxonomy(const std::string& key) const {
  for (const auto& taxonomy : taxonomies) {
    if (taxonomy.key == key) return taxonomy;
  }
  return taxonomies.front();
}

const std::string& SiteIndex::organization_name(const Organization& organization) const {
  if (language == "en" && !organization.name_en.empty()) return organization.name_en;
  return organization.name;
}

const std::string& SiteIndex::term_name(const std::string& term) const {
  return translated_term_name(*site, term, language);
}

bool SiteIndex::has_term_name(const std::string& term) const {
  const auto names = site->term_names.find(term);
  return names != site->term_names.end() && names->second.contains(language);
}

const Entry* SiteIndex::entry_for(const std::string& original_path) const {
  const auto it = entry_by_original.find(original_path);
  return it == entry_by_original.end() ? nullptr : it->second;
}

std::string SiteIndex::full_url(const std::string& path) const {
  const std::string& base_url = site->config.base_url;
  return base_url.empty() ? std::string() : base_url + prefix + path;
}

std::string SiteIndex::term_slug(const std::string& taxonomy, const std::string& name) const {
  for (const auto& candidate : taxonomies) {
    if (candidate.key != taxonomy) continue;
    const Term* term = candidate.find(name);
    return term ? term->slug : std::string();
  }
  return {};
}

const Term* Taxonomy::find(const std::string& key) const {
  const auto it = position_of_key.find(key);
  return it == position_of_key.end() ? nullptr : &terms[it->second];
}

void sort_organizations(SiteIndex& index) {
  std::vector<std::pair<std::string, const Organization*>> keyed;
  for (const auto& [id, organization] : index.organization_by_id) {
    keyed.emplace_back(collation_key(index.organization_name(*organization), index.language),
                       organization);
  }
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first, a.second->id) < std::tie(b.first, b.second->id);
  });
  index.organizations.clear();
  for (const auto& [sort_key, organization] : keyed)
    index.organizations.push_back(organization);
}

SiteIndex build_site_index(const Site& site, const std::string& language, int jobs,
                           Diagnostics& diagnostics) {
  SiteIndex index;
  index.site = &site;
  index.language = language;
  const bool is_default = language == site.config.default_language();
  index.prefix = is_default ? std::string() : language + "/";

  // This language's entries: the originals, or their translations; an original without one is
  // listed in its own language (marked untranslated) or left out, as almanac.toml says.
  std::map<std::string, const Entry*> translation_of;
  if (const auto it = site.translations.find(language); it != site.translations.end()) {
    for (const auto& entry : it->second)
      translation_of[entry.original_path] = &entry;
  }
  std::vector<const Entry*> entries;
  for (const auto& original : site.entries) {
    const Entry* shown = &original;
    if (!is_default) {
      const auto translation = translation_of.find(original.source_path);
      if (translation != translation_of.end()) {
        shown = translation->second;
      } else if (site.config.show_untranslated) {
        index.untranslated.insert(&original);
      } else {
        continue;
      }
    }
    entries.push_back(shown);
    index.entry_by_original[original.source_path] = shown;
  }

  std::vector<const Entry*>& activities = index.activities;
  for (const Entry* entry : entries) {
    switch (entry->kind) {
      case EntryKind::collaboration:
        index.collaborations.push_back(entry);
        break;
      case EntryKind::conference:
        index.conferences.push_back(entry);
        break;
      case EntryKind::internship:
        index.internships.push_back(entry);
        break;
      case EntryKind::page:
        index.pages.push_back(entry);
        break;
    }
    if (entry->kind != EntryKind::page) activities.push_back(entry);
  }
  for (auto* list : {&index.collaborations, &index.conferences, &index.internships}) {
    std::sort(list->begin(), list->end(), newer_first);
  }
  std::sort(activities.begin(), activities.end(), newer_first);
  std::sort(index.pages.begin(), index.pages.end(), [&](const Entry* a, const Entry* b) {
    return std::tie(a->title, a->slug) < std::tie(b->title, b->slug);
  });

  for (const auto& organization : site.organizations)
    index.organization_by_id[organization.id] = &organization;
  sort_organizations(index);

  for (const Entry* entry : activities) {
    for (const auto& id : entry->organization_ids())
      index.entries_by_organization[std::string(id)].push_back(entry);
  }

  // The taxonomies are independent of each other: one thread each, results in key order.
  index.taxonomies.resize(kTaxonomyKeys.size());
  parallel_for(kTaxonomyKeys.size(), jobs, [&](std::size_t i) {
    index.taxonomies[i] =
        build_taxonomy(site, kTaxonomyKeys[i], activities, index.language, diagnostics);
  });

  const Taxonomy& topics = index.taxonomy("topics");
  std::vector<std::vector<const Entry*>> related(activities.size());
  parallel_for(activities.size(), jobs,
               [&](std::size_t i) { related[i] = related_entries(activities[i], index, topics); });
  for (std::size_t i = 0; i < activities.size(); ++i) {
    index.related[activities[i]] = std::move(related[i]);
  }
  return index;
}

}  // namespace almanac
