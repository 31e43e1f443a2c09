#include "pipeline/site_session.h"

#include <algorithm>
#include <optional>
#include <unordered_set>

#include "index/page_inputs.h"
#include "load/site_reload.h"
#include "output/memory_output.h"
#include "pipeline/index_stage.h"
#include "pipeline/load_stage.h"
#include "pipeline/render_stage.h"
#include "pipeline/write_stage.h"
#include "util/content_hash.h"
#include "util/parallel.h"

namespace almanac {
namespace {

// A file of the site's settings, theme or static files, or the terms' names, rather than an
// entry or an organization: every page may show what it says.
bool is_setting(const std::string& path) {
  return !path.starts_with("content/") || path == "content/terms.toml";
}

// What every page of every language shows beyond its own inputs: the free pages in the footer.
std::string site_key(const IndexedSite& indexed) {
  std::string key;
  for (const SiteIndex& index : indexed.indexes) {
    for (const Entry* page : index.pages)
      key += page->title + '\0' + entry_path(*page) + '\0';
    key += '\n';
  }
  return content_hash(key);
}

}  // namespace

struct SiteSession::State {
  std::unique_ptr<LoadedSite> loaded;
  IndexedSite indexed;
  std::optional<RenderPlan> plan;
  std::shared_ptr<SearchIndexer> indexer;
  std::unordered_map<std::string, std::string> job_keys;   // a job's file → hash of its inputs
  std::unordered_map<std::string, SearchTerms> documents;  // a searched page's file → its terms
  std::unordered_map<std::string, std::vector<std::string>> search_files;  // by the job's file
  std::vector<std::string> unrendered;  // static files and entries' photos
};

SiteSession::SiteSession(BuildOptions options) : options_(std::move(options)) {}
SiteSession::~SiteSession() = default;

BuildResult SiteSession::rebuild(const std::vector<std::string>& changed,
                                 Diagnostics& diagnostics) {
  BuildResult result;
  written_.clear();
  removed_.clear();
  rendered_ = 0;
  if (state_ && changed.empty()) {  // nothing to read, so nothing to make
    result.ok = result.written = true;
    result.pages = state_->plan->page_count();
    result.files = result.files_unchanged = files_.size();
    return result;
  }
  std::unique_ptr<State> previous = std::move(state_);  // back only when this build succeeds
  const bool everything = !previous || std::any_of(changed.begin(), changed.end(), is_setting);
  bool reload = everything, reindex = true;
  if (!reload) {
    const LoadOptions load{options_.source, options_.include_drafts, options_.jobs, options_.today};
    const auto reloaded = reload_in_place(previous->loaded->site, load, changed, diagnostics);
    reload = !reloaded;
    reindex = !reloaded || reloaded->index_changed;
  }

  auto next = std::make_unique<State>();
  if (reload) {
    next->loaded = load_stage(options_, diagnostics);
    if (!next->loaded) return result;
  } else {
    next->loaded = std::move(previous->loaded);
  }
  if (reindex) {
    next->indexed = index_stage(*next->loaded, options_.jobs, diagnostics, true);
  } else {
    next->indexed = std::move(previous->indexed);
  }
  next->indexer = previous ? previous->indexer : std::make_shared<SearchIndexer>();
  next->plan = plan_render(*next->loaded, next->indexed, options_, diagnostics, &result.usage_error,
                           next->indexer);
  if (!next->plan) return result;
  const RenderPlan& plan = *next->plan;
  const std::vector<PageJob>& jobs = plan.jobs;

  // Which jobs to render: those whose inputs changed, and those made from the whole site when
  // anything did.
  const bool anything = everything || !changed.empty();
  const std::string site = site_key(next->indexed);
  const bool languages = next->indexed.indexes.size() > 1;
  std::vector<ListedEntries> listed;
  for (const SiteIndex& index : next->indexed.indexes)
    listed.emplace_back(index, options_.jobs);
  std::vector<std::string> keys(jobs.size());
  std::vector<char> to_render(jobs.size(), false);  // not vector<bool>: threads set its items
  const auto unchanged = [&](std::size_t i) {
    if (everything) return false;
    const auto old = previous->job_keys.find(jobs[i].file);
    return old != previous->job_keys.end() && old->second == keys[i];
  };
  parallel_for(jobs.size(), options_.jobs, [&](std::size_t i) {
    const PageJob& job = jobs[i];
    if (job.files) return;  // the search index, below
    if (!job.inputs) {
      to_render[i] = anything;
      return;
    }
    std::size_t l = 0;
    while (&next->indexed.indexes[l] != &job.views->index())
      ++l;
    PageInputs inputs(job.views->index(), &listed[l]);
    inputs.text(site);
    inputs.text(job.template_name);
    if (languages && job.is_page()) {
      for (const SiteIndex& index : next->indexed.indexes)
        inputs.text(job.counterpart(index));
    }
    job.inputs(inputs);
    keys[i] = content_hash(inputs.key());
    to_render[i] = !unchanged(i);
  });
  std::vector<bool> render(to_render.begin(), to_render.end());
  // A language's search index, when any of its pages is rendered again or the list of its
  // pages changed; the terms of the others are those kept.
  SearchDocuments documents(plan.views.size());
  for (std::size_t l = 0; l < plan.views.size(); ++l) {
    documents[l].resize(plan.views[l]->search_documents());
    std::string list;
    bool any_rendered = false;
    std::size_t search_job = jobs.size();
    for (std::size_t i = 0; i < jobs.size(); ++i) {
      if (jobs[i].views != plan.views[l].get()) continue;
      if (jobs[i].files) search_job = i;
      if (jobs[i].search_document == PageViews::kNotSearched) continue;
      list += std::to_string(jobs[i].search_document) + ' ' + jobs[i].file + '\n';
      if (render[i]) {
        any_rendered = true;
      } else {
        documents[l][jobs[i].search_document] = std::move(previous->documents.at(jobs[i].file));
      }
    }
    if (search_job == jobs.size()) continue;
    keys[search_job] = content_hash(site + '\0' + list);
    render[search_job] = any_rendered || !unchanged(search_job);
  }

  MemoryOutput output;
  const auto sink = [&](const std::string& path, std::string_view data, std::string* error) {
    return output.write(path, data, error);
  };
  std::string error;
  if (!render_stage(plan, *next->loaded, next->indexed, options_, sink, documents, &error,
                    &render) ||
      (reload && !stage_unrendered_files(*next->loaded, options_, sink, &error))) {
    diagnostics.error({"(memory)", 0, 0}, error);
    return result;
  }
  std::map<std::string, std::string> made = output.take_files();

  // The new set of files: those made now, compared with the last build's, and the others kept.
  std::map<std::string, std::string> files;
  const auto take_made = [&](const std::string& path) {
    auto& bytes = made.at(path);
    const auto old = files_.find(path);
    if (old == files_.end() || old->second != bytes) written_.push_back(path);
    files[path] = std::move(bytes);
    made.erase(path);
  };
  const auto keep = [&](const std::string& path) { files[path] = std::move(files_.at(path)); };
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    rendered_ += render[i] ? 1 : 0;
    if (jobs[i].files) continue;
    next->job_keys[jobs[i].file] = keys[i];
    render[i] ? take_made(jobs[i].file) : keep(jobs[i].file);
  }
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (!jobs[i].files) continue;
    next->job_keys[jobs[i].file] = keys[i];
    auto& list = next->search_files[jobs[i].file];
    if (render[i]) {
      // What is left under its folder, the pages' files being taken, is the index's.
      for (auto it = made.lower_bound(jobs[i].file);
           it != made.end() && it->first.starts_with(jobs[i].file); ++it)
        list.push_back(it->first);
      for (const auto& path : list)
        take_made(path);
    } else {
      list = std::move(previous->search_files.at(jobs[i].file));
      for (const auto& path : list)
        keep(path);
    }
  }
  if (reload) {
    for (auto& [path, bytes] : made)
      next->unrendered.push_back(path);
    for (const auto& path : next->unrendered)
      take_made(path);
  } else {
    next->unrendered = std::move(previous->unrendered);
    for (const auto& path : next->unrendered)
      keep(path);
  }
  for (const auto& [path, bytes] : files_) {
    if (!files.contains(path)) removed_.push_back(path);
  }
  for (std::size_t l = 0; l < plan.views.size(); ++l) {
    for (const PageJob& job : jobs) {
      if (job.views == plan.views[l].get() && job.search_document != PageViews::kNotSearched)
        next->documents[job.file] = std::move(documents[l][job.search_document]);
    }
  }
  files_ = std::move(files);
  state_ = std::move(next);

  result.ok = result.written = true;
  result.pages = plan.page_count();
  result.files = files_.size();
  result.files_written = written_.size();
  result.files_removed = removed_.size();
  result.files_unchanged = result.files - result.files_written;
  return result;
}

}  // namespace almanac
