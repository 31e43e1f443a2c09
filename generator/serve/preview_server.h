// `almanac serve`: the site built in memory (pipeline/site_session.h) and served over HTTP,
// rebuilt when its files change (serve/file_watcher.h), every open page told through
// Server-Sent Events to reload, or to show the problems of a build that failed over the last
// good site, which stays served. Uses cpp-httplib.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/build_options.h"
#include "pipeline/site_session.h"
#include "serve/file_watcher.h"
#include "util/diagnostics.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace almanac {

// Where the address of the live-reload script and of its events live: a path no site has.
inline constexpr std::string_view kPreviewPrefix = "/__almanac/";

class PreviewServer {
 public:
  struct Rebuilt {
    const BuildResult& result;
    const Diagnostics& diagnostics;
    const std::vector<std::string>& changed;  // empty for the first build
    double milliseconds;
  };

  // `options.output` is not used: nothing is written to disk.
  explicit PreviewServer(BuildOptions options);
  ~PreviewServer();

  // Takes the address and port, or false with `error` saying why not.
  [[nodiscard]] bool bind(const std::string& address, int port, std::string* error);
  // Builds, then serves and rebuilds on every change until stop(); `rebuilt` is told of every
  // build, on the thread that made it.
  void run(const std::function<void(const Rebuilt&)>& rebuilt);
  // From any thread, such as one that waits for Ctrl-C: run() returns at once.
  void stop();
  // After run(): a build was still going on, so its thread was left to the process's end (the
  // caller should exit without waiting for it, as nothing of it is kept).
  [[nodiscard]] bool build_left_running() const { return build_left_running_; }

 private:
  // The event stream an open page listens to: ready, reload or problems.
  void serve_events(const httplib::Request& request, httplib::Response& response);
  // A file of the last good build, the site's 404 page, or a refusal.
  void serve_file(const httplib::Request& request, httplib::Response& response) const;
  void watch_and_rebuild(const std::function<void(const Rebuilt&)>& rebuilt);
  void publish(bool failed, bool changed, const Diagnostics& diagnostics);
  // The event for a page that saw the build `seen` (for its first event: was served it).
  [[nodiscard]] std::string event_for(std::uint64_t seen, bool first) const;
  [[nodiscard]] std::uint64_t generation() const;

  BuildOptions options_;
  std::unique_ptr<httplib::Server> server_;
  SiteSession session_;
  FileWatcher watcher_;
  std::thread builder_;
  std::atomic<bool> building_{false};
  bool build_left_running_ = false;

  mutable std::shared_mutex files_mutex_;  // the session's files: read by requests
  mutable std::mutex events_mutex_;
  std::condition_variable events_changed_;
  std::uint64_t generation_ = 0;  // counts what pages are told: failures, recoveries, new files
  bool stopping_ = false;
  std::string problems_json_;  // of the last build, when it failed
};

}  // namespace almanac
