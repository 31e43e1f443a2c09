#include "render/body_links.h"

#include "index/urls.h"
#include "messages/messages.h"

namespace almanac {
namespace {

const Entry* published_entry(const Site& site, const std::string& source_path) {
  for (const Entry& entry : site.entries) {
    if (entry.source_path == source_path) return &entry;
  }
  return nullptr;
}

std::string problem_with(const BodyLink& link, const Site& site, const std::set<std::string>& pages,
                         const std::set<std::string>& files) {
  if (link.outside) {
    return tr("\"{link}\" leads above the site's top folder: count its \"../\" again",
              {{"link", link.written}});
  }
  switch (link.target) {
    case BodyLink::Target::entry:
      if (published_entry(site, link.path)) return "";
      return tr(
          "\"{link}\" names no entry: there is no published {file}; write @/ and the "
          "entry's file below content/, such as @/conferences/mir-pediatrov.md",
          {{"link", link.written}, {"file", link.path}});
    case BodyLink::Target::page:
      if (pages.contains(link.path)) return "";
      return tr(
          "\"{link}\" leads to no page of the site (/{path}); to link to an entry, write "
          "@/ and its file, such as @/conferences/mir-pediatrov.md",
          {{"link", link.written}, {"path", link.path}});
    case BodyLink::Target::file:
      if (files.contains(link.path)) return "";
      return link.image
                 ? tr("the image \"{link}\" is not there (/{path}): put the file beside the "
                      "entry, written as a folder (content/conferences/x/index.md), or in "
                      "static/, or correct its name",
                      {{"link", link.written}, {"path", link.path}})
                 : tr("\"{link}\" leads to no file of the site (/{path}): put the file beside "
                      "the entry, written as a folder, or in static/, or correct its name",
                      {{"link", link.written}, {"path", link.path}});
  }
  return "";
}

}  // namespace

std::string with_links_resolved(std::string body, const std::string& root, const std::string& top,
                                const SiteIndex& index) {
  if (body.find("almanac:") == std::string::npos) return body;
  std::string out;
  out.reserve(body.size() + 64);
  std::size_t copied = 0;
  for (std::size_t at = body.find("almanac:"); at != std::string::npos;
       at = body.find("almanac:", at + 1)) {
    const std::string_view rest = std::string_view(body).substr(at);
    std::string replacement;
    std::size_t length = 0;
    if (rest.starts_with(kPageMarker)) {
      replacement = root;
      length = kPageMarker.size();
    } else if (rest.starts_with(kFileMarker)) {
      replacement = top;
      length = kFileMarker.size();
    } else if (rest.starts_with(kEntryMarker)) {
      const std::size_t end = rest.find_first_of("\"#?", kEntryMarker.size());
      const std::string source(rest.substr(kEntryMarker.size(), end - kEntryMarker.size()));
      if (const LinkedEntry linked = linked_entry(source, index); !linked.path.empty())
        replacement = (linked.from_top ? top : root) + linked.path;
      length = end == std::string_view::npos ? rest.size() : end;
    } else {
      continue;
    }
    out.append(body, copied, at - copied);
    out += replacement;
    copied = at + length;
  }
  out.append(body, copied);
  return out;
}

LinkedEntry linked_entry(const std::string& source, const SiteIndex& index) {
  if (const Entry* shown = index.entry_for(source)) return {entry_path(*shown), false};
  if (const Entry* original = published_entry(*index.site, source))
    return {entry_path(*original), true};
  return {};
}

void check_body_links(const Site& site, const std::set<std::string>& pages,
                      const std::set<std::string>& files, Diagnostics& diagnostics) {
  const auto check = [&](const Entry& entry) {
    for (const BodyLink& link : entry.links) {
      const std::string problem = problem_with(link, site, pages, files);
      if (!problem.empty()) {
        diagnostics.error({entry.source_path, link.line, link.column}, problem);
      }
    }
  };
  for (const Entry& entry : site.entries)
    check(entry);
  for (const auto& [language, entries] : site.translations) {
    for (const Entry& entry : entries)
      check(entry);
  }
}

}  // namespace almanac
