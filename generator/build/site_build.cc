#include "build/site_build.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <iterator>
#include <memory>
#include <optional>
#include <set>

#include "build/assets.h"
#include "build/report_pdfs.h"
#include "content/site_loader.h"
#include "locale/locale_text.h"
#include "messages/messages.h"
#include "output/output_writer.h"
#include "render/body_links.h"
#include "render/local_links.h"
#include "render/page_views.h"
#include "render/site_index.h"
#include "render/site_pages.h"
#include "render/sitemap.h"
#include "render/strings.h"
#include "render/templates.h"
#include "render/untranslated_names.h"
#include "render/urls.h"
#include "theme/theme.h"
#include "util/file_system.h"
#include "util/parallel.h"

namespace almanac {
namespace {}  // namespace

BuildResult build_site(const BuildOptions& options, Diagnostics& diagnostics) {
  BuildResult result;
  const std::filesystem::path output =
      options.output.empty() ? options.source / "site" : options.output;

  // ICU compiles its transliteration rules while the files load; the index needs them next.
  auto slugs_ready = std::async(std::launch::async, prepare_slugify);
  // Load: everything is read and checked before anything is written.
  LoadOptions load_options{options.source, options.include_drafts, options.jobs, options.today};
  std::optional<Site> site = load_site(load_options, diagnostics);
  if (!site) return result;
  if (options.local) site->config.local = true;
  const auto theme = Theme::load(options.source, site->config.theme, diagnostics);
  if (!theme) return result;
  const auto templates = Templates::load(*theme, diagnostics);
  const auto& languages = site->config.languages;
  std::vector<Strings> strings;  // one per language, in the order of almanac.toml
  for (const auto& language : languages) {
    auto loaded =
        Strings::load(*theme, language, strings.empty() ? nullptr : &strings.front(), diagnostics);
    if (!loaded) return result;
    strings.push_back(std::move(*loaded));
  }
  Assets assets = collect_assets(*theme, options.source, diagnostics);
  if (!templates || diagnostics.has_errors()) return result;

  // Index: every order and slug decided once, for each language.
  slugs_ready.wait();
  std::vector<SiteIndex> indexes;
  Diagnostics repeated;  // the other languages' indexes find the same term spellings again
  for (const auto& language : languages) {
    indexes.push_back(
        build_site_index(*site, language, options.jobs, indexes.empty() ? diagnostics : repeated));
    warn_about_untranslated_names(indexes.back(), diagnostics);
  }
  EntryBodies bodies(*site, indexes);
  std::map<std::string, std::string> asset_names;  // by template key
  for (const auto& [path, published] : assets.published_names)
    asset_names[asset_key(path)] = published;
  std::vector<std::unique_ptr<PageViews>> views;
  std::vector<PageJob> jobs;
  for (std::size_t i = 0; i < languages.size(); ++i) {
    views.push_back(std::make_unique<PageViews>(indexes[i], strings[i], *templates, options.today,
                                                asset_names, &bodies));
    auto language_jobs =
        plan_pages(*views.back(),
                   i == 0 ? std::optional(root_of_base_url(site->config.base_url)) : std::nullopt);
    std::move(language_jobs.begin(), language_jobs.end(), std::back_inserter(jobs));
  }
  std::vector<const SiteIndex*> index_pointers;
  for (const auto& index : indexes)
    index_pointers.push_back(&index);
  auto sitemaps = sitemap_jobs(jobs, index_pointers);
  std::move(sitemaps.begin(), sitemaps.end(), std::back_inserter(jobs));

  // Every link of the entries' texts must lead to a page or file this build writes; the lists
  // of both go before the pages render, whose memory they would add to.
  {
    std::set<std::string> pages, files;
    for (const auto& job : jobs) {
      if (!job.views->index().prefix.empty()) continue;
      if (job.is_page()) {
        pages.insert(job.path);
      } else {
        files.insert(job.file);
      }
    }
    for (const auto& asset : assets.files)
      files.insert(asset.path);
    for (const Entry& entry : site->entries) {
      for (const auto& name : entry.files)
        files.insert(entry_path(entry) + name);
    }
    check_body_links(*site, pages, files, diagnostics);
  }
  if (diagnostics.has_errors()) return result;
  if (options.only_report) {
    const std::string language = options.only_report->language.empty()
                                     ? site->config.default_language()
                                     : options.only_report->language;
    if (!site->config.has_language(language)) {
      diagnostics.error({"almanac.toml", 0, 0},
                        tr("--lang {language}: the site's languages are those in almanac.toml's "
                           "languages",
                           {{"language", language}}));
      result.usage_error = true;
      return result;
    }
    const std::string folder = "reports/" + std::to_string(options.only_report->year) + "/";
    std::erase_if(jobs, [&](const PageJob& job) {
      return job.views->index().language != language || !job.path.starts_with(folder);
    });
    if (jobs.empty()) {
      diagnostics.error({"content", 0, 0},
                        tr("nothing to report for {year}: no activity of the site belongs to that "
                           "year",
                           {{"year", std::to_string(options.only_report->year)}}));
      return result;
    }
    std::erase_if(assets.files, [&](const Asset& asset) {
      return asset.path != assets.published_names["report.css"];
    });
  }
  for (const auto& job : jobs) {
    if (job.is_page() && !templates->has(job.template_name)) {
      diagnostics.error(
          {"themes/" + site->config.theme + "/templates/" + job.template_name + ".mustache", 0, 0},
          tr("the theme has no template \"{name}\"", {{"name", job.template_name}}));
      return result;
    }
  }

  // Render and write: pages in parallel into the staging folder, then all moved at once.
  std::string error;
  auto writer = OutputWriter::open(
      output, options.force, &error,
      options.only_report ? OutputWriter::Mode::add : OutputWriter::Mode::replace);
  if (!writer) {
    diagnostics.error({output.string(), 0, 0}, error);
    return result;
  }
  std::atomic<std::size_t> done{0};
  std::atomic<bool> failed{false};
  std::mutex error_mutex;
  const auto fail = [&](std::string write_error) {
    std::lock_guard lock(error_mutex);
    if (!failed.exchange(true)) error = std::move(write_error);
  };
  // A page's HTML: its view, the links to the same page in the other languages, its template.
  const auto render_page = [&](const PageJob& job) {
    ViewData page = job.view(*job.views);
    if (languages.size() > 1) {
      std::vector<PageViews::Alternate> alternates;
      for (std::size_t l = 0; l < languages.size(); ++l) {
        alternates.push_back({languages[l], strings[l].get("language_name"),
                              indexes[l].prefix + job.counterpart(indexes[l])});
      }
      job.views->add_languages(page, job.path, alternates);
    }
    std::string html = templates->render(job.template_name, job.views->shared(), page);
    return site->config.local ? with_index_files(html) : html;
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
    if (failed) return;
    std::string write_error;
    if (job.files) {
      // Jobs are handed out in order, so those before it are done or nearly done.
      for (std::size_t before = 0; before < i; ++before)
        finished[before].wait(false);
      const auto write = [&](const std::string& name, const std::string& content) {
        return writer->write(job.file + name, content, &write_error);
      };
      if (!job.files(*job.views, write)) fail(write_error);
    } else {
      const std::string content = job.raw ? job.raw(*job.views) : render_page(job);
      if (!writer->write(job.file, content, &write_error)) fail(write_error);
    }
    const std::size_t count = ++done;
    if (options.progress && count % 256 == 0) options.progress(count, jobs.size());
  });
  for (const auto& asset : assets.files) {
    if (failed) break;
    if (!writer->write(asset.path, asset.data, &error)) failed = true;
  }
  // The photos and documents of entries written as folders, beside the entries' pages.
  for (const Entry& entry : site->entries) {
    if (failed || options.only_report) break;
    const std::filesystem::path folder =
        options.source / std::filesystem::path(entry.source_path).parent_path();
    for (const auto& name : entry.files) {
      if (!writer->copy(entry_path(entry) + name, folder / name, &error)) {
        failed = true;
        break;
      }
    }
  }
  ReportPdfs pdfs;
  if (!failed) {
    pdfs = make_report_pdfs(jobs, *writer, options.pdf || site->config.report_pdf, options.jobs,
                            diagnostics);
  }
  if (failed || !writer->commit(&error)) {
    writer->abandon();
    result.partly_written = writer->half_committed();
    diagnostics.error({output.string(), 0, 0}, error);
    return result;
  }
  result.written = true;
  for (const auto& pdf_error : pdfs.errors)
    diagnostics.error({output.string(), 0, 0}, pdf_error);
  result.ok = pdfs.errors.empty();
  result.pdfs = pdfs.made;
  result.pdfs_kept = pdfs.kept;
  result.pdf_seconds = pdfs.seconds;
  result.pdf_files = std::move(pdfs.files);
  if (options.only_report) {
    for (const auto& job : jobs) {
      if (job.report_year != 0) result.report_file = job.file;
    }
  }
  result.pages = static_cast<std::size_t>(
      std::count_if(jobs.begin(), jobs.end(), [](const PageJob& job) { return job.is_page(); }));
  result.files = writer->staged_count() + writer->kept_count();  // the PDFs included
  return result;
}

}  // namespace almanac
