#include "load/site_loader.h"

#include <algorithm>
#include <map>
#include <set>

#include "load/config_loader.h"
#include "load/entry_loader.h"
#include "load/entry_versions.h"
#include "load/organization_loader.h"
#include "load/term_names_loader.h"
#include "load/translation_loader.h"
#include "locale/locale_text.h"
#include "messages/messages.h"
#include "util/file_system.h"
#include "util/parallel.h"

namespace almanac {
namespace {

constexpr EntryKind kEntryKinds[] = {EntryKind::collaboration, EntryKind::conference,
                                     EntryKind::internship, EntryKind::page};

// A text file larger than this is no entry anyone wrote: a news text is some kilobytes.
constexpr std::uintmax_t kMaxContentFileBytes = 4 * 1024 * 1024;

struct EntryFile {
  EntryKind kind;
  std::string path;                // relative to the site folder
  std::string language;            // empty for an original; the language of a translation
  std::string original;            // for a translation: the path its original must have
  std::vector<std::string> files;  // an entry written as a folder: its other files
};

bool is_hidden(const std::string& name) {
  return name.starts_with(".") || name.ends_with("~");
}

// Anything in content/ that almanac will not read gets a warning, so nothing vanishes unseen.
void warn_about_unread_files(const std::string& folder, const FolderListing& listing,
                             std::string_view extension, Diagnostics& diagnostics) {
  for (const auto& name : listing.files) {
    if (is_hidden(name) || name.ends_with(extension)) continue;
    diagnostics.warning({folder + "/" + name, 0, 0},
                        tr("not read: only {extension} files belong in {folder}",
                           {{"extension", std::string(extension)}, {"folder", folder}}));
  }
}

void warn_about_subfolders(const std::string& folder, const std::vector<std::string>& names,
                           Diagnostics& diagnostics) {
  for (const auto& name : names) {
    if (is_hidden(name)) continue;
    diagnostics.warning(
        {folder + "/" + name, 0, 0},
        tr("not read: {folder} has no subfolders; move its files up", {{"folder", folder}}));
  }
}

// The organizations that load; the ids of those whose files do not go to `failed`, since
// entries that name them are not wrong (the file's own errors are reported).
std::vector<Organization> load_organizations(const std::filesystem::path& source,
                                             std::vector<std::string>& failed,
                                             Diagnostics& diagnostics) {
  std::vector<Organization> organizations;
  const std::string folder = "content/organizations";
  const FolderListing listing = list_folder(source / folder);
  warn_about_unread_files(folder, listing, ".toml", diagnostics);
  warn_about_subfolders(folder, listing.folders, diagnostics);
  for (const auto& name : listing.files) {
    if (is_hidden(name) || !name.ends_with(".toml")) continue;
    const std::string path = folder + "/" + name;
    const auto raw = read_content_file(source, path, diagnostics);
    auto organization = raw ? load_organization(path, *raw, diagnostics) : std::nullopt;
    if (organization) {
      organizations.push_back(std::move(*organization));
    } else {
      failed.push_back(name.substr(0, name.size() - 5));
    }
  }
  return organizations;
}

// `x.md` is an original; `x.en.md` its translation into English.
std::optional<EntryFile> classify(EntryKind kind, const std::string& folder,
                                  const std::string& name, const SiteConfig& config,
                                  Diagnostics& diagnostics) {
  const std::string path = folder + "/" + name;
  const std::string stem = name.substr(0, name.size() - 3);
  const auto dot = stem.rfind('.');
  if (dot == std::string::npos) return EntryFile{kind, path, {}, {}, {}};
  const std::string language = stem.substr(dot + 1);
  const std::string original = folder + "/" + stem.substr(0, dot) + ".md";
  if (language == config.default_language()) {
    diagnostics.error({path, 0, 0},
                      tr("\"{language}\" is the site's default language, so the text in it is the "
                         "original: name the file {original}",
                         {{"language", language}, {"original", original}}));
    return std::nullopt;
  }
  if (config.has_language(language)) return EntryFile{kind, path, language, original, {}};
  if (is_known_language(language)) {
    diagnostics.error({path, 0, 0},
                      tr("the file name makes it a translation into \"{language}\", which is not "
                         "among the languages in almanac.toml",
                         {{"language", language}}));
    return std::nullopt;
  }
  return EntryFile{kind, path, {}, {}, {}};  // the slug check will explain the dot
}

std::vector<EntryFile> find_entry_files(const std::filesystem::path& source,
                                        const SiteConfig& config, Diagnostics& diagnostics) {
  std::vector<EntryFile> files;
  for (const EntryKind kind : kEntryKinds) {
    const std::string folder = std::string("content/") + kind_folder(kind);
    const FolderListing listing = list_folder(source / folder);
    for (const auto& name : listing.files) {
      if (is_hidden(name) || name.ends_with(".md")) continue;
      diagnostics.warning({folder + "/" + name, 0, 0},
                          tr("not read: only .md files belong in {folder}; to publish a photo or "
                             "a document with an entry, make the entry a folder: "
                             "{folder}/<entry>/index.md, with the file beside it",
                             {{"folder", folder}}));
    }
    for (const auto& name : listing.files) {
      if (is_hidden(name) || !name.ends_with(".md")) continue;
      if (auto file = classify(kind, folder, name, config, diagnostics)) files.push_back(*file);
    }
    // An entry may be a folder: its text in index.md (translations beside it), its photos and
    // documents with it, published beside its page.
    std::vector<std::string> other_folders;
    for (const auto& name : listing.folders) {
      const std::string entry_folder = folder + "/" + name;
      const FolderListing inside = list_folder(source / entry_folder);
      if (is_hidden(name) ||
          std::find(inside.files.begin(), inside.files.end(), "index.md") == inside.files.end()) {
        other_folders.push_back(name);
        continue;
      }
      std::vector<std::string> attached;
      for (const auto& file : inside.files) {
        if (is_hidden(file)) continue;
        if (!file.ends_with(".md")) {
          attached.push_back(file);
        } else if (!file.starts_with("index.")) {
          diagnostics.warning({entry_folder + "/" + file, 0, 0},
                              tr("not read: an entry's folder holds one text, index.md, and its "
                                 "translations such as index.en.md"));
        }
      }
      warn_about_subfolders(entry_folder, inside.folders, diagnostics);
      for (const auto& file : inside.files) {
        if (is_hidden(file) || !file.starts_with("index.") || !file.ends_with(".md")) continue;
        if (auto entry_file = classify(kind, entry_folder, file, config, diagnostics)) {
          if (entry_file->language.empty()) entry_file->files = attached;
          files.push_back(std::move(*entry_file));
        }
      }
    }
    warn_about_subfolders(folder, other_folders, diagnostics);
  }
  const FolderListing content = list_folder(source / "content");
  for (const auto& name : content.folders) {
    const bool known = name == "organizations" ||
                       std::any_of(std::begin(kEntryKinds), std::end(kEntryKinds),
                                   [&](EntryKind kind) { return name == kind_folder(kind); });
    if (!known && !is_hidden(name)) {
      diagnostics.warning({"content/" + name, 0, 0},
                          tr("not read: content/ holds collaborations, conferences, "
                             "internships, organizations and pages"));
    }
  }
  for (const auto& name : content.files) {
    if (!is_hidden(name) && name != "terms.toml") {
      diagnostics.warning({"content/" + name, 0, 0},
                          tr("not read: entries belong in a folder of their kind, such as "
                             "content/conferences/"));
    }
  }
  return files;
}

std::string entry_url(const Entry& entry) {
  return std::string("/") + kind_folder(entry.kind) + "/" + entry.slug + "/";
}

void check_unique_urls(const std::vector<Entry>& entries, Diagnostics& diagnostics) {
  std::map<std::string, const Entry*> by_url;
  for (const auto& entry : entries) {
    const std::string url = entry_url(entry);
    const auto [it, inserted] = by_url.emplace(url, &entry);
    if (!inserted) {
      diagnostics.error({entry.source_path, 0, 0},
                        tr("the URL {url} is already taken by {other}; give one of them another "
                           "slug = \"...\"",
                           {{"url", url}, {"other", it->second->source_path}}));
    }
  }
}

void warn_about_unused_organizations(const std::vector<Organization>& organizations,
                                     const std::vector<Entry>& entries, Diagnostics& diagnostics) {
  std::set<std::string_view> used;  // views of the entries' own ids
  for (const auto& entry : entries) {
    for (const auto id : entry.organization_ids())
      used.insert(id);
  }
  for (const auto& organization : organizations) {
    if (!used.contains(organization.id)) {
      diagnostics.warning(
          {organization.source_path, 0, 0},
          tr("no entry refers to the organization \"{id}\"", {{"id", organization.id}}));
    }
  }
}

}  // namespace

std::optional<std::string> read_content_file(const std::filesystem::path& source,
                                             const std::string& path, Diagnostics& diagnostics) {
  std::string error;
  std::uintmax_t size = 0;
  auto data = read_file(source / path, &error, kMaxContentFileBytes, &size);
  if (size > kMaxContentFileBytes) {
    diagnostics.error({path, 0, 0},
                      tr("the file is {size} MB; almanac reads text files of at most {limit} MB: "
                         "split it, or put what is large (a document, a photo) beside the entry",
                         {{"size", std::to_string(size / (1024 * 1024))},
                          {"limit", std::to_string(kMaxContentFileBytes / (1024 * 1024))}}));
    return std::nullopt;
  }
  if (!data)
    diagnostics.error({path, 0, 0}, tr("cannot read the file: {reason}", {{"reason", error}}));
  return data;
}

std::optional<Site> load_site(const LoadOptions& options, Diagnostics& diagnostics) {
  const auto& source = options.source;
  Site site;
  const std::string config_path = "almanac.toml";
  if (std::error_code ec; !std::filesystem::is_directory(source, ec)) {
    diagnostics.error({source.string(), 0, 0},
                      tr("there is no folder {folder}: name the site folder, the one that holds "
                         "almanac.toml, with -s",
                         {{"folder", source.string()}}));
    return std::nullopt;
  }
  if (!std::filesystem::is_regular_file(source / config_path)) {
    diagnostics.error({config_path, 0, 0},
                      tr("no almanac.toml in {folder}: a site folder holds almanac.toml and "
                         "content/ (use -s to name it)",
                         {{"folder", source.string()}}));
    return std::nullopt;
  }
  // Only the site's own files: a link that leads out of the site would publish the machine's.
  for (const auto& link :
       links_leading_outside(source, {"almanac.toml", "content", "static", "themes"})) {
    diagnostics.error({link.path, 0, 0},
                      tr("a symbolic link to {target}, outside the site folder: almanac reads "
                         "only the site's own files, so copy what should be published into the "
                         "site",
                         {{"target", link.target}}));
  }
  if (diagnostics.has_errors()) return std::nullopt;
  if (const auto raw = read_content_file(source, config_path, diagnostics)) {
    if (auto config = load_config(config_path, *raw, diagnostics)) site.config = std::move(*config);
  }
  if (!std::filesystem::is_directory(source / "content")) {
    diagnostics.error({"content", 0, 0}, tr("the site has no content/ folder"));
    return std::nullopt;
  }

  std::vector<std::string> failed_organizations;
  site.organizations = load_organizations(source, failed_organizations, diagnostics);
  std::vector<std::string> organization_ids;
  std::map<std::string, std::string, std::less<>> organization_names;  // every name → id
  for (const auto& organization : site.organizations) {
    organization_ids.push_back(organization.id);
    for (const auto* name : {&organization.name, &organization.short_name, &organization.name_en}) {
      if (!name->empty()) organization_names.emplace(*name, organization.id);
    }
  }
  std::sort(organization_ids.begin(), organization_ids.end());
  std::sort(failed_organizations.begin(), failed_organizations.end());

  site.term_names = load_term_names(source, site.config, diagnostics);

  const std::vector<EntryFile> files = find_entry_files(source, site.config, diagnostics);
  const EntryContext context{&organization_ids,       &failed_organizations, &organization_names,
                             site.config.unsafe_html, options.today,         false};
  std::vector<std::optional<Entry>> loaded(files.size());
  std::map<std::string, std::size_t> original_index;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (files[i].language.empty()) original_index[files[i].path] = i;
  }
  // Originals first: a translation is read over its original.
  for (const bool translations : {false, true}) {
    parallel_for(files.size(), options.jobs, [&](std::size_t i) {
      const EntryFile& file = files[i];
      if (file.language.empty() == translations) return;
      const auto raw = read_content_file(source, file.path, diagnostics);
      if (!raw) return;
      if (!translations) {
        loaded[i] = load_entry(file.kind, file.path, *raw, context, diagnostics);
        if (loaded[i]) {
          loaded[i]->files = file.files;
          set_entry_versions(*loaded[i], *raw);
        }
        return;
      }
      const auto original = original_index.find(file.original);
      if (original == original_index.end()) {
        diagnostics.error({file.path, 0, 0},
                          tr("a translation of {original}, which does not exist: name a "
                             "translation after its original",
                             {{"original", file.original}}));
        return;
      }
      if (!loaded[original->second]) return;  // the original's own errors are reported
      const auto original_raw = read_content_file(source, file.original, diagnostics);
      if (!original_raw) return;
      loaded[i] = load_translation(file.path, *raw, *loaded[original->second], *original_raw,
                                   file.language, context, diagnostics);
      if (loaded[i]) set_entry_versions(*loaded[i], *raw, *original_raw);
    });
  }

  // Straight into the site, the array of results let go at once: three arrays of ten thousand
  // entries, and the copies growing arrays leave behind, were a fifth of a large build's memory.
  std::size_t originals = 0;
  for (const auto& entry : loaded)
    originals += entry && entry->original_path.empty() ? 1 : 0;
  site.entries.reserve(originals);
  std::vector<Entry> translated;
  translated.reserve(loaded.size() - originals);
  for (auto& entry : loaded) {
    if (!entry) continue;
    if (entry->original_path.empty()) {
      entry->language = site.config.default_language();
      site.entries.push_back(std::move(*entry));
    } else {
      translated.push_back(std::move(*entry));
    }
  }
  // An entry file that did not load may be the one that names an organization.
  const bool all_loaded = std::all_of(loaded.begin(), loaded.end(),
                                      [](const auto& entry) { return entry.has_value(); });
  std::vector<std::optional<Entry>>().swap(loaded);
  check_unique_urls(site.entries, diagnostics);
  if (all_loaded) warn_about_unused_organizations(site.organizations, site.entries, diagnostics);
  if (diagnostics.has_errors()) return std::nullopt;

  if (!options.include_drafts) {
    std::erase_if(site.entries, [](const Entry& entry) { return entry.draft; });
  }
  for (auto& entry : translated) {
    if (!entry.draft || options.include_drafts) {
      site.translations[entry.language].push_back(std::move(entry));
    }
  }
  return site;
}

}  // namespace almanac
