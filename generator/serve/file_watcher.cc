#include "serve/file_watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <set>

namespace almanac {
namespace {

constexpr std::uint32_t kFolderEvents = IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM |
                                        IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_ONLYDIR;
// The site folder itself: only what is at its top matters.
constexpr std::array<std::string_view, 4> kWatched = {"almanac.toml", "content", "static",
                                                      "themes"};

// Not a change to the site: what editors and tools leave beside files while they work.
bool is_scratch(std::string_view name) {
  return name.empty() || name.front() == '.' || name.back() == '~' || name.ends_with(".swp") ||
         name.ends_with(".tmp") || name.starts_with("#");
}

std::string joined(const std::string& folder, std::string_view name) {
  return folder.empty() ? std::string(name) : folder + "/" + std::string(name);
}

}  // namespace

FileWatcher::FileWatcher(std::filesystem::path site) : site_(std::move(site)) {
  inotify_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  wake_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (inotify_ < 0 || wake_ < 0) return;
  const int top = inotify_add_watch(inotify_, site_.c_str(), kFolderEvents & ~IN_ONLYDIR);
  if (top >= 0) folders_[top] = "";
  for (const auto name : kWatched) {
    if (name != "almanac.toml") watch_tree(site_ / name, nullptr);
  }
}

FileWatcher::~FileWatcher() {
  if (inotify_ >= 0) close(inotify_);
  if (wake_ >= 0) close(wake_);
}

void FileWatcher::stop() {
  const std::uint64_t one = 1;
  [[maybe_unused]] const auto written = write(wake_, &one, sizeof one);
}

void FileWatcher::watch_tree(const std::filesystem::path& folder, std::vector<std::string>* found) {
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error)) return;
  const int watch = inotify_add_watch(inotify_, folder.c_str(), kFolderEvents);
  if (watch < 0) return;
  folders_[watch] = folder.lexically_relative(site_).generic_string();
  for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end;
       it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (is_scratch(name)) continue;
    if (it->is_directory(error)) {
      watch_tree(it->path(), found);
    } else if (found) {
      found->push_back(it->path().lexically_relative(site_).generic_string());
    }
  }
}

void FileWatcher::read_events(std::vector<std::string>& changed, std::set<std::string>& created) {
  alignas(inotify_event) std::array<char, 64 * 1024> buffer;
  for (;;) {
    const ssize_t length = read(inotify_, buffer.data(), buffer.size());
    if (length <= 0) return;
    for (ssize_t at = 0; at < length;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buffer.data() + at);
      at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
      if (event->mask & IN_Q_OVERFLOW) {
        changed.push_back("almanac.toml");  // events were lost: read everything again
        continue;
      }
      const auto folder = folders_.find(event->wd);
      if (folder == folders_.end()) continue;
      if (event->mask & IN_IGNORED) {
        folders_.erase(folder);
        continue;
      }
      if (event->mask & IN_DELETE_SELF) {
        changed.push_back(folder->second);
        continue;
      }
      const std::string_view name = event->len ? event->name : "";
      if (is_scratch(name)) continue;
      if (folder->second.empty() &&
          std::find(kWatched.begin(), kWatched.end(), name) == kWatched.end()) {
        continue;
      }
      const std::string path = joined(folder->second, name);
      if ((event->mask & IN_ISDIR) && (event->mask & IN_MOVED_FROM)) {
        // Moved away: its watches would go on naming files by their old paths.
        std::erase_if(folders_, [&](const auto& watched) {
          const bool below = watched.second == path || watched.second.starts_with(path + "/");
          if (below) inotify_rm_watch(inotify_, watched.first);
          return below;
        });
      }
      if (event->mask & (IN_CREATE | IN_MOVED_TO)) created.insert(path);
      if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))) {
        // A new folder: watched from now on; the files already in it are changes.
        const auto before = changed.size();
        watch_tree(site_ / path, &changed);
        if (changed.size() == before) changed.push_back(path);
        continue;
      }
      changed.push_back(path);
    }
  }
}

std::vector<std::string> FileWatcher::wait(std::chrono::milliseconds quiet) {
  std::vector<std::string> changed;
  std::set<std::string> created;
  std::array<pollfd, 2> fds = {{{inotify_, POLLIN, 0}, {wake_, POLLIN, 0}}};
  // Until the first change, then until `quiet` passes with none.
  for (int timeout = -1;;) {
    const int ready = poll(fds.data(), fds.size(), timeout);
    if (ready < 0 && errno == EINTR) continue;
    if (fds[1].revents & POLLIN) return {};
    if (ready <= 0) break;
    read_events(changed, created);
    if (!changed.empty()) timeout = static_cast<int>(quiet.count());
  }
  // A file that came and went in the meantime (a tool's temporary file, renamed over the one
  // it saves) changed nothing the site holds.
  std::erase_if(changed, [&](const std::string& path) {
    std::error_code error;
    return created.contains(path) && !std::filesystem::exists(site_ / path, error);
  });
  std::sort(changed.begin(), changed.end());
  changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
  return changed;
}

}  // namespace almanac
