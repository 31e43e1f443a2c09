#include "render/sitemap.h"

#include <memory>

#include "util/text.h"

namespace almanac {
namespace {

struct SitemapPage {
  std::string url;
  std::vector<std::pair<std::string, std::string>> alternates;  // language, url
};

std::string sitemap_xml(const std::vector<SitemapPage>& pages) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
      "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
  for (const auto& page : pages) {
    xml += "  <url>\n    <loc>" + escape_markup(page.url) + "</loc>\n";
    for (const auto& [language, url] : page.alternates) {
      xml += "    <xhtml:link rel=\"alternate\" hreflang=\"" + language + "\" href=\"" +
             escape_markup(url) + "\"/>\n";
    }
    xml += "  </url>\n";
  }
  return xml + "</urlset>\n";
}

}  // namespace

std::vector<PageJob> sitemap_jobs(const std::vector<PageJob>& jobs,
                                  const std::vector<const SiteIndex*>& indexes) {
  const SiteIndex& first = *indexes.front();
  const std::string& base_url = first.site->config.base_url;
  if (base_url.empty()) return {};
  auto pages = std::make_shared<std::vector<SitemapPage>>();
  for (const auto& job : jobs) {
    if (!job.is_page() || job.path == "404.html") continue;
    SitemapPage page{job.views->index().full_url(job.path), {}};
    for (const SiteIndex* other : indexes) {
      // A page without a counterpart leads to the other language's home: not an alternate.
      const std::string path = job.counterpart(*other);
      if (path.empty() && !job.path.empty()) continue;
      page.alternates.emplace_back(other->language, other->full_url(path));
    }
    if (page.alternates.size() < 2) page.alternates.clear();
    pages->push_back(std::move(page));
  }
  const PageViews* views = jobs.front().views;
  const auto same = [](const SiteIndex&) { return std::string(); };
  return {
      {views, "sitemap.xml", "sitemap.xml", "", nullptr, same,
       [pages](const PageViews&) { return sitemap_xml(*pages); }},
      // robots.txt belongs at the host's root: a site in a subfolder has the web team copy it.
      {views, "robots.txt", "robots.txt", "", nullptr, same,
       [sitemap = base_url + "sitemap.xml"](const PageViews&) {
         return "User-agent: *\nAllow: /\n\nSitemap: " + sitemap + "\n";
       }},
  };
}

}  // namespace almanac
