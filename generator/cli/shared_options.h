// The options several commands share, declared and said the same way in each.
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace almanac {

// -s/--source: the site folder, "." unless given.
void add_source_option(CLI::App& app, std::string& source);
// --drafts: entries marked draft = true included.
void add_drafts_flag(CLI::App& app, bool& drafts);
// -j/--jobs: pages rendered in parallel, 1 to 256.
void add_jobs_option(CLI::App& app, int& jobs);
// The number of cores: the default of -j.
[[nodiscard]] int default_jobs();

}  // namespace almanac
