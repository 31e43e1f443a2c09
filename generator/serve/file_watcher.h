// The site's files watched with inotify, for the preview server: almanac.toml, content/,
// static/ and themes/, with every folder below them, new ones included. Editors' scratch files
// (hidden, or ending in ~) are not changes, as the loader does not read them.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace almanac {

class FileWatcher {
 public:
  // Watches `site`; false from ok() when inotify is not there to use.
  explicit FileWatcher(std::filesystem::path site);
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  [[nodiscard]] bool ok() const { return inotify_ >= 0; }

  // Waits for changes, then for `quiet` without any more (an editor's save is often several
  // events: a new file, a write, a rename), and returns the changed paths relative to the site,
  // sorted; a folder added, moved or deleted is its files, or itself when they are gone.
  // Empty when stop() was called.
  [[nodiscard]] std::vector<std::string> wait(std::chrono::milliseconds quiet);

  // Ends a wait() in progress, or the next one, at once; safe from another thread.
  void stop();

 private:
  void watch_tree(const std::filesystem::path& folder, std::vector<std::string>* found);
  // Reads what inotify has: paths into `changed`, those that appeared also into `created`.
  void read_events(std::vector<std::string>& changed, std::set<std::string>& created);

  std::filesystem::path site_;
  int inotify_ = -1;
  int wake_ = -1;                       // an eventfd that stop() writes to
  std::map<int, std::string> folders_;  // watch → folder, relative to the site ("" for it)
};

}  // namespace almanac
