#include "scaffold/new_file.h"

#include "locale/locale_text.h"
#include "messages/messages.h"
#include "model/names.h"
#include "scaffold/embedded_scaffold.h"
#include "toml/toml_writer.h"
#include "util/file_system.h"
#include "util/text.h"

namespace almanac {
namespace {

std::string_view scaffold_file(const std::string& path) {
  for (const auto& file : embedded_scaffold_files()) {
    if (file.path == path) return file.data;
  }
  return {};
}

// `text` with each `{name}` of `values` replaced.
std::string filled(std::string_view text,
                   const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out(text);
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{" + name + "}";
    for (auto at = out.find(placeholder); at != std::string::npos;
         at = out.find(placeholder, at + value.size())) {
      out.replace(at, placeholder.size(), value);
    }
  }
  return out;
}

}  // namespace

const std::vector<std::string>& new_file_kinds() {
  static const std::vector<std::string> kinds = {"conference", "collaboration", "internship",
                                                 "page", "organization"};
  return kinds;
}

std::string write_new_file(const std::filesystem::path& site, const NewFile& file,
                           std::string* error) {
  namespace fs = std::filesystem;
  if (!fs::is_regular_file(site / "almanac.toml")) {
    *error = tr("{folder} is not a site folder: it has no almanac.toml (almanac init makes one)",
                {{"folder", site.string()}});
    return {};
  }
  const bool organization = file.kind == "organization";
  std::string slug = file.slug.empty() ? slugify(file.title) : file.slug;
  if (slug.empty()) {
    *error =
        tr("\"{title}\" gives no address of Latin letters and digits: name the file with "
           "--slug, such as --slug forum-2025",
           {{"title", file.title}});
    return {};
  }
  if (!is_slug(slug) || slug.size() > kMaxSlugBytes) {
    *error =
        tr("\"{slug}\" cannot name a file: write lowercase Latin letters, digits and "
           "hyphens, at most {limit} of them",
           {{"slug", slug}, {"limit", std::to_string(kMaxSlugBytes)}});
    return {};
  }
  // A list's further pages live at page/2/: an entry there would take their address.
  if (!organization && slug == "page") {
    *error =
        tr("\"page\" is the address of the lists' further pages: name the file with "
           "--slug, such as --slug page-about");
    return {};
  }

  std::string folder = "content/organizations";
  if (!organization) {
    EntryKind kind = EntryKind::page;
    for (const auto& named : kEntryKinds) {
      if (named.name == file.kind) kind = named.value;
    }
    folder = std::string("content/") + kind_folder(kind);
  }
  const std::string path = folder + "/" + slug + (organization ? ".toml" : ".md");
  for (const std::string& taken : {path, folder + "/" + slug + "/index.md"}) {
    if (fs::exists(site / taken)) {
      *error =
          tr("{path} already exists: open it to edit it, or give the new one another "
             "name with --slug",
             {{"path", taken}});
      return {};
    }
  }

  const std::string text =
      filled(scaffold_file("new/" + file.kind + (organization ? ".toml" : ".md")),
             {{"title", toml_string(file.title)},
              {"name", toml_string(file.title)},
              {"id", slug},
              {"date", file.date.iso()}});
  std::error_code created;
  fs::create_directories(site / folder, created);
  if (!create_file(site / path, text, error)) return {};
  return path;
}

}  // namespace almanac
