#include "serve/preview_server.h"

#include <httplib.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <future>

#include "messages/messages.h"
#include "serve/content_types.h"
#include "serve/live_script.h"
#include "util/text.h"

namespace almanac {
namespace {

// Changes closer together than this are one rebuild: an editor's save is often several events.
constexpr auto kQuiet = std::chrono::milliseconds(30);
// A comment line now and then keeps an idle event stream open through proxies.
constexpr auto kKeepAlive = std::chrono::seconds(15);

// A request's path as a file of the site, or empty when it would leave the site: "..", an
// encoded "/" or "\" (which a server that decodes after splitting would read as a folder), a
// backslash, an empty segment (an absolute path after the first "/").
std::string site_file_of(const httplib::Request& request) {
  const std::string& target = request.target;
  for (const char* encoded : {"%2f", "%2F", "%5c", "%5C", "%00"}) {
    if (target.find(encoded) != std::string::npos) return {};
  }
  const std::string& path = request.path;
  if (path.empty() || path.front() != '/' || path.find('\\') != std::string::npos) return {};
  std::string file = path.substr(1);
  for (std::size_t start = 0; start < file.size();) {
    const std::size_t end = std::min(file.find('/', start), file.size());
    const std::string_view segment(file.data() + start, end - start);
    if (segment == ".." || segment == "." || (segment.empty() && end < file.size())) return {};
    start = end + 1;
  }
  if (file.empty() || file.ends_with('/')) file += "index.html";
  return file;
}

void send(httplib::Response& response, int status, std::string_view path, std::string body,
          std::uint64_t generation = 0) {
  response.status = status;
  response.set_header("Cache-Control", "no-store");
  if (path.ends_with(".html")) body = with_live_script(body, generation);
  const std::string type(content_type_of(path));
  response.set_content(std::move(body), type.c_str());
}

std::string problems_json(const Diagnostics& diagnostics) {
  std::string json = "{\"title\": ";
  append_json_string(json, tr("The site has errors: the last good version is shown until they "
                              "are fixed"));
  json += ", \"problems\": [";
  bool first = true;
  for (const Diagnostic& problem : diagnostics.sorted()) {
    if (problem.severity != Severity::error) continue;
    if (!first) json += ", ";
    append_json_string(json, problem.to_string());
    first = false;
  }
  return json + "]}";
}

}  // namespace

PreviewServer::PreviewServer(BuildOptions options)
    : options_(options),
      server_(std::make_unique<httplib::Server>()),
      session_(std::move(options)),
      watcher_(options_.source) {
  // Each open page holds a connection for its events.
  server_->new_task_queue = [] { return new httplib::ThreadPool(64); };
  server_->Get(std::string(kPreviewPrefix) + "live.js",
               [](const httplib::Request&, httplib::Response& response) {
                 send(response, 200, "live.js", std::string(live_script()));
               });
  server_->Get(std::string(kPreviewPrefix) + "events",
               [this](const httplib::Request& request, httplib::Response& response) {
                 serve_events(request, response);
               });
  server_->Get(".*", [this](const httplib::Request& request, httplib::Response& response) {
    serve_file(request, response);
  });
}

void PreviewServer::serve_events(const httplib::Request& request, httplib::Response& response) {
  // The build the page was served from: a page that connects after a later one reloads.
  std::uint64_t served = generation();
  if (request.has_param("since")) {
    try {
      served = std::stoull(request.get_param_value("since"));
    } catch (const std::exception&) {
      served = std::uint64_t(-1);  // not a build's: reload
    }
  }
  response.set_header("Cache-Control", "no-store");
  response.set_chunked_content_provider(
      "text/event-stream",
      [this, served, seen = std::uint64_t(-1)](std::size_t, httplib::DataSink& sink) mutable {
        std::unique_lock lock(events_mutex_);
        const bool first = seen == std::uint64_t(-1);
        if (!first) {
          events_changed_.wait_for(lock, kKeepAlive,
                                   [&] { return stopping_ || generation_ != seen; });
        }
        if (stopping_) {
          sink.done();
          return false;
        }
        std::string event = ": still here\n\n";
        if (first || generation_ != seen) {
          event = event_for(first ? served : seen, first);
          seen = generation_;
        }
        lock.unlock();
        return sink.write(event.data(), event.size());
      });
}

void PreviewServer::serve_file(const httplib::Request& request, httplib::Response& response) const {
  const std::string file = site_file_of(request);
  if (file.empty()) {
    send(response, 403, "refused.txt",
         tr("refused: {path} leads out of the site", {{"path", request.path}}) + "\n");
    return;
  }
  std::shared_lock lock(files_mutex_);
  const std::uint64_t served = generation();
  const auto& files = session_.files();
  if (const auto it = files.find(file); it != files.end()) {
    send(response, 200, file, it->second, served);
  } else if (files.contains(file + "/index.html")) {
    response.set_redirect(request.path + "/", 301);
  } else if (const auto missing = files.find("404.html"); missing != files.end()) {
    send(response, 404, "404.html", missing->second, served);
  } else {
    // No good build yet: a page that shows the problems until they are fixed.
    send(response, 503, "index.html",
         "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>almanac</title></head>"
         "<body></body></html>",
         served);
  }
}

PreviewServer::~PreviewServer() = default;

bool PreviewServer::bind(const std::string& address, int port, std::string* error) {
  if (!watcher_.ok()) {
    *error = tr("cannot watch the site's files for changes (inotify): {reason}",
                {{"reason", std::strerror(errno)}});
    return false;
  }
  if (!server_->bind_to_port(address, port)) {
    *error =
        tr("cannot serve at {address}:{port}: the port is taken or the address is not this "
           "computer's; choose another with --port or --bind",
           {{"address", address}, {"port", std::to_string(port)}});
    return false;
  }
  return true;
}

void PreviewServer::run(const std::function<void(const Rebuilt&)>& rebuilt) {
  builder_ = std::thread([this, rebuilt] { watch_and_rebuild(rebuilt); });
  auto listening = std::async(std::launch::async, [this] {
    server_->listen_after_bind();
    stop();  // on its own only when the system took the socket away
  });
  {
    std::unique_lock lock(events_mutex_);
    events_changed_.wait(lock, [&] { return stopping_; });
  }
  // Stopping a server that has not begun to listen yet does nothing: again until it has.
  do {
    server_->stop();
  } while (listening.wait_for(std::chrono::milliseconds(10)) != std::future_status::ready);
  watcher_.stop();
  if (building_) {
    build_left_running_ = true;
    builder_.detach();
  } else {
    builder_.join();
  }
}

void PreviewServer::stop() {
  {
    std::lock_guard lock(events_mutex_);
    stopping_ = true;
  }
  events_changed_.notify_all();
  watcher_.stop();
}

void PreviewServer::watch_and_rebuild(const std::function<void(const Rebuilt&)>& rebuilt) {
  std::vector<std::string> changed;
  for (bool first = true; first || !changed.empty(); first = false) {
    Diagnostics diagnostics;
    const auto started = std::chrono::steady_clock::now();
    building_ = true;
    BuildResult result;
    {
      std::unique_lock lock(files_mutex_);
      result = session_.rebuild(changed, diagnostics);
    }
    building_ = false;
    const double milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    publish(!result.ok, !session_.written().empty() || !session_.removed().empty(), diagnostics);
    rebuilt({result, diagnostics, changed, milliseconds});
    changed = watcher_.wait(kQuiet);
  }
}

void PreviewServer::publish(bool failed, bool changed, const Diagnostics& diagnostics) {
  {
    std::lock_guard lock(events_mutex_);
    const bool was_failing = !problems_json_.empty();
    problems_json_ = failed ? problems_json(diagnostics) : std::string();
    // Pages are told of a failure, a recovery, or new files; a save that changed nothing is
    // not worth a reload.
    if (failed || was_failing || changed) ++generation_;
  }
  events_changed_.notify_all();
}

std::string PreviewServer::event_for(std::uint64_t seen, bool first) const {
  if (!problems_json_.empty()) return "event: problems\ndata: " + problems_json_ + "\n\n";
  if (first && seen == generation_) return "event: ready\ndata: {}\n\n";
  return "event: reload\ndata: " + std::to_string(generation_) + "\n\n";
}

std::uint64_t PreviewServer::generation() const {
  std::lock_guard lock(events_mutex_);
  return generation_;
}

}  // namespace almanac
