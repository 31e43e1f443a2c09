// `almanac serve`: the site previewed as it is edited; every open page reloads after a save.
#include <CLI/CLI.hpp>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "cli/problem_formats.h"
#include "cli/shared_options.h"
#include "cli/today.h"
#include "messages/messages.h"
#include "serve/preview_server.h"

namespace almanac {
namespace {

struct ServeArguments {
  std::string source = ".";
  std::string bind = "127.0.0.1";
  int port = 1313;
  bool drafts = false;
  bool open = false;
  int jobs = default_jobs();
};

// What a rebuild prints: its problems, then a line of what it did.
void report(const PreviewServer::Rebuilt& rebuilt) {
  print_problems_as_text(rebuilt.diagnostics.sorted(), false, std::cerr);
  const auto count = [](std::size_t n) { return static_cast<std::int64_t>(n); };
  const std::string milliseconds = std::to_string(static_cast<long>(rebuilt.milliseconds));
  if (!rebuilt.result.ok) {
    std::cerr << tr("The build failed ({errors}); the last good site is still served, and every "
                    "open page shows the problems until they are fixed.",
                    {{"errors", trn("{count} error", "{count} errors",
                                    count(rebuilt.diagnostics.error_count()))}})
              << "\n";
  } else if (rebuilt.changed.empty()) {
    std::cout << tr("Built {pages} in memory in {milliseconds} ms.",
                    {{"pages", trn("{count} page", "{count} pages", count(rebuilt.result.pages))},
                     {"milliseconds", milliseconds}})
              << std::endl;
  } else {
    std::cout << tr("{changed} changed: {written} in {milliseconds} ms.",
                    {{"changed", rebuilt.changed.size() == 1 ? rebuilt.changed.front()
                                                             : trn("{count} file", "{count} files",
                                                                   count(rebuilt.changed.size()))},
                     {"written", trn("{count} file written", "{count} files written",
                                     count(rebuilt.result.files_written))},
                     {"milliseconds", milliseconds}})
              << std::endl;
  }
}

// The desktop's browser, on its own: its messages and its fate are not the server's.
void open_in_browser(const std::string& url) {
  if (fork() == 0) {
    // Only what is safe after a fork of a program with threads: no stdio, no allocation.
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    execlp("xdg-open", "xdg-open", url.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
}

int run_serve(const ServeArguments& arguments) {
  BuildOptions options;
  options.source = arguments.source;
  options.include_drafts = arguments.drafts;
  options.jobs = arguments.jobs;
  options.today = today();

  // Ctrl-C and kill go to one thread, which stops the server; every other thread ignores them.
  sigset_t stopping;
  sigemptyset(&stopping);
  sigaddset(&stopping, SIGINT);
  sigaddset(&stopping, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stopping, nullptr);

  PreviewServer server(options);
  std::string error;
  if (!server.bind(arguments.bind, arguments.port, &error)) {
    std::cerr << "almanac: " << error << "\n";
    return kExitContentError;
  }
  const std::string host = arguments.bind == "0.0.0.0" ? "127.0.0.1" : arguments.bind;
  const std::string url = "http://" + host + ":" + std::to_string(arguments.port) + "/";
  std::cout << tr("Serving the site at {url}", {{"url", url}}) << "\n"
            << (arguments.bind == "127.0.0.1" || arguments.bind == "localhost"
                    ? tr("Only this computer can open it; --bind 0.0.0.0 shows it to the "
                         "office's network.")
                    : tr("Other computers of the network can open it too, at this computer's "
                         "address."))
            << "\n"
            << tr("Pages reload when files are saved. Ctrl-C stops.") << std::endl;

  std::atomic<bool> signalled{false};
  std::thread signals([&] {
    int signal = 0;
    sigwait(&stopping, &signal);
    signalled = true;
    server.stop();
  });
  bool opened = !arguments.open;
  server.run([&](const PreviewServer::Rebuilt& rebuilt) {
    report(rebuilt);
    if (!opened && rebuilt.result.ok) {
      open_in_browser(url);
      opened = true;
    }
  });
  std::cout << tr("Stopped.") << std::endl;
  if (server.build_left_running()) {
    // A build of a large site was still going on: nothing of it is kept, so it is not waited for.
    std::fflush(nullptr);
    std::_Exit(kExitOk);
  }
  if (!signalled) pthread_kill(signals.native_handle(), SIGTERM);  // still waiting: wake it
  signals.join();
  return kExitOk;
}

}  // namespace

Command serve_command() {
  return {"serve",
          to_translate("Preview the site as it is edited: build it in memory, serve it, and "
                       "reload every open page when a file is saved"),
          [](CLI::App& app) -> std::function<int()> {
            auto arguments = std::make_shared<ServeArguments>();
            add_source_option(app, arguments->source);
            app.add_option("-p,--port", arguments->port, tr("Port to serve on"))
                ->capture_default_str()
                ->check(CLI::Range(1, 65535));
            app.add_option("--bind", arguments->bind,
                           tr("Address to serve on: 127.0.0.1 for this computer only, 0.0.0.0 "
                              "for the office's network"))
                ->capture_default_str();
            add_drafts_flag(app, arguments->drafts);
            app.add_flag("--open", arguments->open, tr("Open the site in the browser once built"));
            add_jobs_option(app, arguments->jobs);
            return [arguments] { return run_serve(*arguments); };
          }};
}

}  // namespace almanac
