#include "cli/shared_options.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <thread>

#include "messages/messages.h"

namespace almanac {

void add_source_option(CLI::App& app, std::string& source) {
  app.add_option("-s,--source", source, tr("Site folder (holds almanac.toml)"))
      ->capture_default_str();
}

void add_drafts_flag(CLI::App& app, bool& drafts) {
  app.add_flag("--drafts", drafts, tr("Include entries marked draft = true"));
}

void add_jobs_option(CLI::App& app, int& jobs) {
  app.add_option("-j,--jobs", jobs, tr("Pages rendered in parallel"))
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
}

int default_jobs() {
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

}  // namespace almanac
