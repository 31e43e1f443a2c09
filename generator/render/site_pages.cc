#include "render/site_pages.h"

#include "render/urls.h"

namespace almanac {
namespace {

int page_count(std::size_t items, int page_size) {
  return std::max<int>(1, static_cast<int>((items + page_size - 1) / page_size));
}

}  // namespace

std::string root_of_base_url(const std::string& base_url) {
  const auto scheme = base_url.find("://");
  if (scheme == std::string::npos) return "/";
  const auto slash = base_url.find('/', scheme + 3);
  if (slash == std::string::npos) return "/";
  std::string root = base_url.substr(slash);
  if (root.back() != '/') root += '/';
  return root;
}

std::vector<PageJob> plan_pages(const SiteIndex& index, int page_size,
                                const std::string& not_found_root) {
  std::vector<PageJob> jobs;
  const auto add = [&](std::string path, std::string template_name,
                       std::function<ViewData(const PageViews&, const std::string&)> view) {
    jobs.push_back(
        {output_file(path), std::move(template_name),
         [path, view = std::move(view)](const PageViews& views) { return view(views, path); }});
  };

  add("", "home", [](const PageViews& v, const std::string& p) { return v.home(p); });

  for (const EntryKind kind :
       {EntryKind::collaboration, EntryKind::conference, EntryKind::internship}) {
    const auto& entries = index.of_kind(kind);
    const int pages = page_count(entries.size(), page_size);
    const std::string first = std::string(kind_folder(kind)) + "/";
    for (int page = 1; page <= pages; ++page) {
      add(paginated_path(first, page), "list",
          [kind, page, pages](const PageViews& v, const std::string& p) {
            return v.kind_list(kind, p, page, pages);
          });
    }
    for (const Entry* entry : entries) {
      add(entry_path(*entry), "entry",
          [entry](const PageViews& v, const std::string& p) { return v.entry(*entry, p); });
    }
  }
  for (const Entry* page : index.pages) {
    add(entry_path(*page), "page",
        [page](const PageViews& v, const std::string& p) { return v.free_page(*page, p); });
  }

  add("organizations/", "organizations",
      [](const PageViews& v, const std::string& p) { return v.organizations(p); });
  for (const Organization* organization : index.organizations) {
    add(organization_path(*organization), "organization",
        [organization](const PageViews& v, const std::string& p) {
          return v.organization(*organization, p);
        });
  }

  for (const Taxonomy& taxonomy : index.taxonomies) {
    add(taxonomy.key + "/", "taxonomy",
        [&taxonomy](const PageViews& v, const std::string& p) { return v.taxonomy(taxonomy, p); });
    for (const Term& term : taxonomy.terms) {
      const int pages = page_count(term.entries.size(), page_size);
      const std::string first = term_path(taxonomy.key, term.slug);
      for (int page = 1; page <= pages; ++page) {
        add(paginated_path(first, page), "term",
            [&taxonomy, &term, page, pages](const PageViews& v, const std::string& p) {
              return v.term(taxonomy, term, p, page, pages);
            });
      }
    }
  }

  jobs.push_back({"404.html", "404",
                  [not_found_root](const PageViews& v) { return v.not_found(not_found_root); }});
  return jobs;
}

}  // namespace almanac
