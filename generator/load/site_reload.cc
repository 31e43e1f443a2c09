#include "load/site_reload.h"

#include <algorithm>
#include <map>

#include "load/entry_loader.h"
#include "load/entry_versions.h"
#include "load/organization_loader.h"
#include "load/translation_loader.h"

namespace almanac {
namespace {

// What load_site gives every entry file, made again from the organizations loaded: a site that
// loaded has no organization that failed.
struct Context {
  std::vector<std::string> ids;
  std::vector<std::string> failed;
  std::map<std::string, std::string, std::less<>> names;
  EntryContext entry;

  Context(const Site& site, const LoadOptions& options) {
    for (const auto& organization : site.organizations) {
      ids.push_back(organization.id);
      for (const auto* name :
           {&organization.name, &organization.short_name, &organization.name_en}) {
        if (!name->empty()) names.emplace(*name, organization.id);
      }
    }
    std::sort(ids.begin(), ids.end());
    entry = {&ids, &failed, &names, site.config.unsafe_html, options.today, false};
  }
};

// The published entry at `path` among `entries`, or null.
Entry* find_entry(std::vector<Entry>& entries, const std::string& path) {
  const auto it = std::find_if(entries.begin(), entries.end(),
                               [&](const Entry& entry) { return entry.source_path == path; });
  return it == entries.end() ? nullptr : &*it;
}

class Reloader {
 public:
  Reloader(Site& site, const LoadOptions& options, Diagnostics& diagnostics)
      : site_(site), options_(options), context_(site, options), diagnostics_(diagnostics) {}

  bool organization(const std::string& path) {
    const auto it = std::find_if(site_.organizations.begin(), site_.organizations.end(),
                                 [&](const Organization& o) { return o.source_path == path; });
    if (it == site_.organizations.end()) return false;
    const auto raw = read_content_file(options_.source, path, diagnostics_);
    auto organization = raw ? load_organization(path, *raw, diagnostics_) : std::nullopt;
    if (!organization || diagnostics_.has_errors()) return false;
    if (organization->name != it->name || organization->name_en != it->name_en) {
      // Without an English name, the English index warns about the name (untranslated_names.h).
      const bool warned = organization->name_en.empty() || it->name_en.empty();
      if (warned && site_.config.has_language("en")) {
        result_.index_changed = true;
      } else {
        result_.organizations_renamed = true;
      }
    }
    *it = std::move(*organization);
    result_.organizations.push_back(&*it);
    return true;
  }

  // An original, then each of its translations over it.
  bool original(Entry& old) {
    const auto raw = read_content_file(options_.source, old.source_path, diagnostics_);
    auto entry = raw ? load_entry(old.kind, old.source_path, *raw, context_.entry, diagnostics_)
                     : std::nullopt;
    if (entry) {
      entry->files = old.files;
      entry->language = old.language;
    }
    if (!replace(old, std::move(entry), *raw, {})) return false;
    for (auto& [language, translations] : site_.translations) {
      for (Entry& translation : translations) {
        if (translation.original_path == old.source_path &&
            !this->translation(translation, old, *raw)) {
          return false;
        }
      }
    }
    return true;
  }

  bool translation(Entry& old, const Entry& original, const std::string& original_raw) {
    const auto raw = read_content_file(options_.source, old.source_path, diagnostics_);
    auto entry = raw ? load_translation(old.source_path, *raw, original, original_raw, old.language,
                                        context_.entry, diagnostics_)
                     : std::nullopt;
    return replace(old, std::move(entry), *raw, original_raw);
  }

  bool entry_file(const std::string& path) {
    if (Entry* original = find_entry(site_.entries, path)) return this->original(*original);
    for (auto& [language, translations] : site_.translations) {
      Entry* translation = find_entry(translations, path);
      if (!translation) continue;
      const Entry* original = find_entry(site_.entries, translation->original_path);
      if (!original) return false;
      const auto original_raw =
          read_content_file(options_.source, original->source_path, diagnostics_);
      return original_raw && this->translation(*translation, *original, *original_raw);
    }
    return false;
  }

  [[nodiscard]] const Reloaded& result() const { return result_; }

 private:
  // Puts `entry`, read again, in the place of `old`, unless it failed to load or would not
  // keep that place: a new slug, or a draft a build leaves out.
  bool replace(Entry& old, std::optional<Entry> entry, std::string_view raw,
               std::string_view original_raw) {
    if (!entry || diagnostics_.has_errors() || entry->slug != old.slug ||
        (entry->draft && !options_.include_drafts)) {
      return false;
    }
    set_entry_versions(*entry, raw, original_raw);
    result_.index_changed |= entry->index_version != old.index_version;
    old = std::move(*entry);
    result_.entries.push_back(&old);
    return true;
  }

  Site& site_;
  const LoadOptions& options_;
  Context context_;
  Diagnostics& diagnostics_;
  Reloaded result_;
};

}  // namespace

std::optional<Reloaded> reload_in_place(Site& site, const LoadOptions& options,
                                        const std::vector<std::string>& paths,
                                        Diagnostics& diagnostics) {
  Diagnostics local;  // warnings are kept only when every file reloads
  Reloader reloader(site, options, local);
  // Organizations first: the entries read after them are checked against them.
  for (const bool entries : {false, true}) {
    for (const auto& path : paths) {
      const bool organization = path.starts_with("content/organizations/");
      if (organization == entries) continue;
      // A path no organization or entry was loaded from is no edit of one.
      const bool reloaded = organization ? reloader.organization(path) : reloader.entry_file(path);
      if (!reloaded) return std::nullopt;
    }
  }
  diagnostics.append(local);
  return reloader.result();
}

}  // namespace almanac
