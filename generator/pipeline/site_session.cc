#include "pipeline/site_session.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "index/page_inputs.h"
#include "index/site_index.h"
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

// The hash of the inputs (index/page_inputs.h) of each job marked in `which`, or of every job
// when it is null, goes into `keys`: with what every page shows (site_key) and the page's
// addresses in the other languages; for the search index's jobs, the list of the pages it
// holds. With `shows`, each job's entries and organizations whose versions went into its hash.
// On `threads` threads.
void hash_inputs(const RenderPlan& plan, const IndexedSite& indexed,
                 const std::vector<ListedEntries>& listed, const std::vector<char>* which,
                 std::vector<std::string>& keys, std::vector<std::vector<const void*>>* shows,
                 int threads) {
  const std::vector<PageJob>& jobs = plan.jobs;
  const std::string site = site_key(indexed);
  keys.resize(jobs.size());
  if (shows) shows->assign(jobs.size(), {});
  parallel_for(jobs.size(), threads, [&](std::size_t i) {
    const PageJob& job = jobs[i];
    if (!job.inputs || job.same_inputs_as_job_before != 0 || (which && !(*which)[i])) return;
    PageInputs inputs(indexed.indexes[job.language], &listed[job.language],
                      shows ? &(*shows)[i] : nullptr);
    inputs.text(site);
    inputs.text(job.template_name);
    if (indexed.indexes.size() > 1 && job.is_page()) {
      for (const SiteIndex& index : indexed.indexes)
        inputs.text(job.counterpart(index));
    }
    job.inputs(inputs);
    keys[i] = content_hash(inputs.key());
  });
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (const std::size_t before = jobs[i].same_inputs_as_job_before; before != 0) {
      keys[i] = keys[i - before];
      if (shows) (*shows)[i] = (*shows)[i - before];
    }
  }
  std::vector<std::string> searched(plan.views.size(), site);
  for (const PageJob& job : jobs) {
    if (job.search_document != PageViews::kNotSearched) {
      searched[job.language] += std::to_string(job.search_document) + ' ' + job.file + '\n';
    }
  }
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (jobs[i].files) keys[i] = content_hash(searched[jobs[i].language]);
  }
}

}  // namespace

struct SiteSession::State {
  std::unique_ptr<LoadedSite> loaded;
  IndexedSite indexed;
  std::optional<RenderPlan> plan;
  std::shared_ptr<SearchIndexer> indexer;
  std::vector<ListedEntries> listed;               // each language's rows of entries, as inputs
  std::vector<std::string> keys;                   // by job: the hash of its inputs
  std::unordered_set<std::string_view> job_files;  // the files of the plan's jobs
  // An entry or organization → the jobs whose inputs hold its version.
  std::unordered_map<const void*, std::vector<std::size_t>> shown_by;
  std::unordered_map<std::string, SearchTerms> documents;  // a searched page's file → its terms
  std::unordered_map<std::string, std::vector<std::string>> search_files;  // by the job's file
  std::vector<std::string> unrendered;  // static files and entries' photos
};

SiteSession::SiteSession(BuildOptions options) : options_(std::move(options)) {}
SiteSession::~SiteSession() = default;

bool SiteSession::keep_plan(State& previous, State& next, const Reloaded& reloaded,
                            Diagnostics& diagnostics,
                            std::unordered_map<std::size_t, std::string>& rehashed) const {
  next.loaded = std::move(previous.loaded);
  next.indexed = std::move(previous.indexed);
  next.plan = std::move(previous.plan);
  next.indexer = previous.indexer;
  next.listed = std::move(previous.listed);
  next.keys = std::move(previous.keys);
  next.job_files = std::move(previous.job_files);
  next.shown_by = std::move(previous.shown_by);
  if (reloaded.organizations_renamed) {
    for (SiteIndex& index : next.indexed.indexes)
      sort_organizations(index);
  }
  for (auto& views : next.plan->views)
    views->forget(reloaded.entries);
  check_links(*next.loaded, next.plan->jobs, diagnostics);
  if (diagnostics.has_errors()) return false;
  for (std::size_t l = 0; l < next.listed.size(); ++l)
    next.listed[l].update(next.indexed.indexes[l], reloaded.entries);
  std::vector<const void*> edited(reloaded.entries.begin(), reloaded.entries.end());
  edited.insert(edited.end(), reloaded.organizations.begin(), reloaded.organizations.end());
  std::vector<char> which(next.plan->jobs.size(), 0);
  for (const void* object : edited) {
    if (const auto it = next.shown_by.find(object); it != next.shown_by.end()) {
      for (const std::size_t job : it->second) {
        which[job] = 1;
        rehashed.emplace(job, next.keys[job]);
      }
    }
  }
  hash_inputs(*next.plan, next.indexed, next.listed, &which, next.keys, nullptr, options_.jobs);
  return true;
}

bool SiteSession::make_plan(State* previous, State& next, bool reloaded, Diagnostics& diagnostics,
                            bool* usage_error) const {
  if (reloaded) {
    next.loaded = std::move(previous->loaded);
  } else {
    next.loaded = load_stage(options_, diagnostics);
    if (!next.loaded) return false;
  }
  next.indexed = index_stage(*next.loaded, options_.source, options_.jobs, diagnostics);
  next.indexer = previous ? previous->indexer : std::make_shared<SearchIndexer>();
  next.plan =
      plan_render(*next.loaded, next.indexed, options_, diagnostics, usage_error, next.indexer);
  if (!next.plan) return false;
  for (const PageJob& job : next.plan->jobs)
    next.job_files.insert(job.file);
  for (const SiteIndex& index : next.indexed.indexes)
    next.listed.emplace_back(index, options_.jobs);
  std::vector<std::vector<const void*>> shows;
  hash_inputs(*next.plan, next.indexed, next.listed, nullptr, next.keys, &shows, options_.jobs);
  for (std::size_t i = 0; i < shows.size(); ++i) {
    for (const void* object : shows[i])
      next.shown_by[object].push_back(i);
  }
  return true;
}

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
  std::optional<Reloaded> reloaded;
  if (!everything) {
    const LoadOptions load{options_.source, options_.include_drafts, options_.jobs, options_.today};
    reloaded = reload_in_place(previous->loaded->site, load, changed, diagnostics);
  }
  // Files read again in place that leave the index as it was, or only the alphabetical order of
  // the organizations, leave the plan too: the same pages, of which only those that show what
  // was read again are hashed again.
  const bool same_plan = reloaded && !reloaded->index_changed;

  auto next = std::make_unique<State>();
  std::unordered_map<std::size_t, std::string> rehashed;  // same_plan: job → its previous key
  const bool planned = same_plan ? keep_plan(*previous, *next, *reloaded, diagnostics, rehashed)
                                 : make_plan(previous.get(), *next, reloaded.has_value(),
                                             diagnostics, &result.usage_error);
  if (!planned) return result;
  const RenderPlan& plan = *next->plan;
  const std::vector<PageJob>& jobs = plan.jobs;
  const std::vector<std::string>& keys = next->keys;

  // A job is rendered again when its inputs changed; one made from the whole site (no inputs)
  // whenever content changed, as it has when a rebuild gets here.
  std::unordered_map<std::string, std::string> previous_keys;  // by file, when the plan is new
  if (previous && !same_plan && !everything) {
    for (std::size_t i = 0; i < previous->plan->jobs.size(); ++i)
      previous_keys.emplace(previous->plan->jobs[i].file, previous->keys[i]);
  }
  const auto unchanged = [&](std::size_t i) {
    if (everything) return false;
    if (same_plan) {
      const auto old = rehashed.find(i);
      return old == rehashed.end() || old->second == keys[i];
    }
    const auto old = previous_keys.find(jobs[i].file);
    return old != previous_keys.end() && old->second == keys[i];
  };
  std::vector<bool> render(jobs.size());
  for (std::size_t i = 0; i < jobs.size(); ++i)
    render[i] = !jobs[i].inputs || !unchanged(i);
  // A language's search index is written again when any of its pages is rendered again or the
  // list of its pages changed (its key); the terms of the other pages are those kept.
  SearchDocuments documents(plan.views.size());
  for (std::size_t l = 0; l < plan.views.size(); ++l)
    documents[l].resize(plan.views[l]->search_documents());
  std::vector<bool> search_rendered(plan.views.size(), false);
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const PageJob& job = jobs[i];
    if (job.search_document == PageViews::kNotSearched) continue;
    if (render[i]) {
      search_rendered[job.language] = true;
    } else {
      documents[job.language][job.search_document] = std::move(previous->documents.at(job.file));
    }
  }
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (jobs[i].files) render[i] = search_rendered[jobs[i].language] || !unchanged(i);
  }

  MemoryOutput output, unrendered;
  const auto sink = [](MemoryOutput& into) {
    return [&into](const std::string& path, std::string_view data, std::string* error) {
      return into.write(path, data, error);
    };
  };
  std::string error;
  const bool copy_unrendered = !reloaded;  // static files and photos: read again with the site
  if (!render_stage(plan, *next->loaded, next->indexed, options_, sink(output), documents, &error,
                    &render) ||
      (copy_unrendered &&
       !stage_unrendered_files(*next->loaded, options_, sink(unrendered), &error))) {
    diagnostics.error({"(memory)", 0, 0}, error);
    return result;
  }
  std::map<std::string, std::string> made = output.take_files();

  // The files of this build: those made now, compared with the last build's, and the others
  // kept. With the same plan they are changed in place; else the set is made again.
  std::map<std::string, std::string> files;
  std::map<std::string, std::string>& into = same_plan ? files_ : files;
  const auto take = [&](std::map<std::string, std::string>& from, const std::string& path) {
    auto& bytes = from.at(path);
    const auto old = files_.find(path);
    if (old == files_.end() || old->second != bytes) written_.push_back(path);
    into[path] = std::move(bytes);
  };
  const auto keep = [&](const std::string& path) {
    if (!same_plan) files[path] = std::move(files_.at(path));
  };
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const PageJob& job = jobs[i];
    rendered_ += render[i] ? 1 : 0;
    if (!job.files) {
      render[i] ? take(made, job.file) : keep(job.file);
      continue;
    }
    // The search index's files are those made under its folder that no page job made.
    const auto* before = previous ? &previous->search_files : nullptr;
    auto& list = next->search_files[job.file];
    if (render[i]) {
      for (auto it = made.lower_bound(job.file);
           it != made.end() && it->first.starts_with(job.file); ++it) {
        if (!next->job_files.contains(it->first)) list.push_back(it->first);
      }
      if (same_plan) {
        for (const auto& path : before->at(job.file)) {
          if (std::find(list.begin(), list.end(), path) == list.end()) {
            files_.erase(path);
            removed_.push_back(path);
          }
        }
      }
      for (const auto& path : list)
        take(made, path);
    } else {
      list = std::move(previous->search_files.at(job.file));
      for (const auto& path : list)
        keep(path);
    }
  }
  if (copy_unrendered) {
    std::map<std::string, std::string> staged = unrendered.take_files();
    for (const auto& [path, bytes] : staged)
      next->unrendered.push_back(path);
    for (const auto& path : next->unrendered)
      take(staged, path);
  } else {
    next->unrendered = std::move(previous->unrendered);
    for (const auto& path : next->unrendered)
      keep(path);
  }
  if (!same_plan) {
    for (const auto& [path, bytes] : files_) {
      if (!files.contains(path)) removed_.push_back(path);
    }
    files_ = std::move(files);
  }
  for (const PageJob& job : jobs) {
    if (job.search_document != PageViews::kNotSearched)
      next->documents[job.file] = std::move(documents[job.language][job.search_document]);
  }
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
