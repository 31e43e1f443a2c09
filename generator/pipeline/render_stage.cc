#include "pipeline/render_stage.h"

#include <atomic>
#include <iterator>
#include <map>
#include <mutex>
#include <set>

#include "index/urls.h"
#include "messages/messages.h"
#include "render/body_links.h"
#include "render/local_links.h"
#include "render/sitemap.h"
#include "util/parallel.h"

namespace almanac {
namespace {

// With --report: the jobs of that year's report in that language alone.
bool keep_only_report(const BuildOptions::OnlyReport& only, LoadedSite& loaded,
                      std::vector<PageJob>& jobs, Diagnostics& diagnostics, bool* usage_error) {
  const SiteConfig& config = loaded.site.config;
  const std::string language = only.language.empty() ? config.default_language() : only.language;
  if (!config.has_language(language)) {
    diagnostics.error({"almanac.toml", 0, 0},
                      tr("--lang {language}: the site's languages are those in almanac.toml's "
                         "languages",
                         {{"language", language}}));
    *usage_error = true;
    return false;
  }
  const std::string folder = "reports/" + std::to_string(only.year) + "/";
  std::erase_if(jobs, [&](const PageJob& job) {
    return job.views->index().language != language || !job.path.starts_with(folder);
  });
  if (jobs.empty()) {
    diagnostics.error({"content", 0, 0},
                      tr("nothing to report for {year}: no activity of the site belongs to that "
                         "year",
                         {{"year", std::to_string(only.year)}}));
    return false;
  }
  Assets& assets = loaded.assets;
  std::erase_if(assets.files, [&](const Asset& asset) {
    return asset.path != assets.published_names["report.css"];
  });
  return true;
}

}  // namespace

// The lists of pages and files are made before the pages render, whose memory they would add to.
void check_links(const LoadedSite& loaded, const std::vector<PageJob>& jobs,
                 Diagnostics& diagnostics) {
  std::set<std::string> pages, files;
  for (const auto& job : jobs) {
    if (!job.views->index().prefix.empty()) continue;
    if (job.is_page()) {
      pages.insert(job.path);
    } else {
      files.insert(job.file);
    }
  }
  for (const auto& asset : loaded.assets.files)
    files.insert(asset.path);
  for (const Entry& entry : loaded.site.entries) {
    for (const auto& name : entry.files)
      files.insert(entry_path(entry) + name);
  }
  check_body_links(loaded.site, pages, files, diagnostics);
}

std::optional<RenderPlan> plan_render(LoadedSite& loaded, IndexedSite& indexed,
                                      const BuildOptions& options, Diagnostics& diagnostics,
                                      bool* usage_error, std::shared_ptr<SearchIndexer> indexer) {
  const Site& site = loaded.site;
  std::map<std::string, std::string> asset_names;  // by template key
  for (const auto& [path, published] : loaded.assets.published_names)
    asset_names[asset_key(path)] = published;
  RenderPlan plan;
  plan.indexer = indexer ? std::move(indexer) : std::make_shared<SearchIndexer>();
  for (std::size_t i = 0; i < site.config.languages.size(); ++i) {
    plan.views.push_back(std::make_unique<PageViews>(indexed.indexes[i], loaded.strings[i],
                                                     loaded.templates, options.today, asset_names,
                                                     indexed.bodies.get(), plan.indexer.get()));
    auto language_jobs =
        plan_pages(*plan.views.back(),
                   i == 0 ? std::optional(root_of_base_url(site.config.base_url)) : std::nullopt);
    for (PageJob& job : language_jobs)
      job.language = i;
    std::move(language_jobs.begin(), language_jobs.end(), std::back_inserter(plan.jobs));
  }
  std::vector<const SiteIndex*> index_pointers;
  for (const auto& index : indexed.indexes)
    index_pointers.push_back(&index);
  auto sitemaps = sitemap_jobs(plan.jobs, index_pointers);
  std::move(sitemaps.begin(), sitemaps.end(), std::back_inserter(plan.jobs));

  check_links(loaded, plan.jobs, diagnostics);
  if (diagnostics.has_errors()) return std::nullopt;
  if (options.only_report &&
      !keep_only_report(*options.only_report, loaded, plan.jobs, diagnostics, usage_error)) {
    return std::nullopt;
  }
  for (const auto& job : plan.jobs) {
    if (job.is_page() && !loaded.templates.has(job.template_name)) {
      diagnostics.error(
          {"themes/" + site.config.theme + "/templates/" + job.template_name + ".mustache", 0, 0},
          tr("the theme has no template \"{name}\"", {{"name", job.template_name}}));
      return std::nullopt;
    }
  }
  return plan;
}

bool render_stage(const RenderPlan& plan, const LoadedSite& loaded, const IndexedSite& indexed,
                  const BuildOptions& options, const FileSink& sink, SearchDocuments& documents,
                  std::string* error, const std::vector<bool>* only) {
  const auto& languages = loaded.site.config.languages;
  const auto& jobs = plan.jobs;
  std::atomic<std::size_t> done{0};
  std::atomic<bool> failed{false};
  std::mutex error_mutex;
  const auto fail = [&](std::string write_error) {
    std::lock_guard lock(error_mutex);
    if (!failed.exchange(true)) *error = std::move(write_error);
  };
  documents.resize(plan.views.size());
  for (std::size_t l = 0; l < plan.views.size(); ++l)
    documents[l].resize(plan.views[l]->search_documents());
  // A page's HTML: its view, the links to the same page in the other languages, its template;
  // the terms of a page search finds go to `documents`.
  const auto render_page = [&](const PageJob& job) {
    PageView view = job.view(*job.views);
    if (view.error) fail(std::move(*view.error));
    if (view.search) documents[job.language][job.search_document] = std::move(*view.search);
    ViewData& page = view.data;
    if (languages.size() > 1) {
      std::vector<PageViews::Alternate> alternates;
      for (std::size_t l = 0; l < languages.size(); ++l) {
        alternates.push_back({languages[l], loaded.strings[l].get("language_name"),
                              indexed.indexes[l].prefix + job.counterpart(indexed.indexes[l])});
      }
      job.views->add_languages(page, job.path, alternates);
    }
    std::string html = loaded.templates.render(job.template_name, job.views->shared(), page);
    return loaded.site.config.local ? with_index_files(html) : html;
  };
  const std::unique_ptr<std::atomic<bool>[]> finished(new std::atomic<bool>[jobs.size()] {});
  parallel_for(jobs.size(), options.jobs, [&](std::size_t i) {
    const PageJob& job = jobs[i];
    // Marks the job done however it ends: the search index's job waits for the jobs before it.
    struct Finish {
      std::atomic<bool>& flag;
      ~Finish() {
        flag = true;
        flag.notify_all();
      }
    } finish{finished[i]};
    if (failed || (only && !(*only)[i])) return;
    std::string write_error;
    if (job.files) {
      // Jobs are handed out in order, so those before it are done or nearly done.
      for (std::size_t before = 0; before < i; ++before)
        finished[before].wait(false);
      const auto write = [&](const std::string& name, const std::string& content) {
        return sink(job.file + name, content, &write_error);
      };
      if (!job.files(*job.views, documents[job.language], write)) fail(write_error);
    } else {
      const std::string content = job.raw ? job.raw(*job.views) : render_page(job);
      if (failed) return;  // this page or another could not be made: the build stops
      if (!sink(job.file, content, &write_error)) fail(write_error);
    }
    const std::size_t count = ++done;
    if (options.progress && count % 256 == 0) options.progress(count, jobs.size());
  });
  return !failed;
}

}  // namespace almanac
