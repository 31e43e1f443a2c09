// Times incremental rebuilds in one process (pipeline/site_session.h) for `make bench`: a site
// built once into memory, then rebuilt after one entry's text changed, after one organization's
// city changed and after its name did, and after an entry saved with its bytes unchanged. Prints
// one line per case: its name, the best of five milliseconds, the jobs rendered again, the files
// written and the target.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "pipeline/site_session.h"

namespace fs = std::filesystem;
using namespace almanac;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// The first file of a folder, in name order.
std::string first_file(const fs::path& site, const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& item : fs::directory_iterator(site / folder))
    names.push_back(item.path().filename().string());
  std::sort(names.begin(), names.end());
  return folder + "/" + names.front();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: rebuild_bench SITE\n";
    return 2;
  }
  BuildOptions options;
  options.source = argv[1];
  options.jobs = 2;
  options.today = Date{2026, 1, 1};
  SiteSession session(options);
  Diagnostics diagnostics;
  const auto time = [&](const std::vector<std::string>& changed) {
    const auto start = std::chrono::steady_clock::now();
    const BuildResult result = session.rebuild(changed, diagnostics);
    const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    if (!result.ok) {
      for (const auto& problem : diagnostics.sorted())
        std::cerr << problem.to_string() << "\n";
      std::exit(1);
    }
    return took.count();
  };
  const double first = time({});
  std::printf("first build in memory: %.0f ms, %zu files\n", first, session.files().size());

  const std::string entry = first_file(options.source, "content/conferences");
  const std::string organization = first_file(options.source, "content/organizations");
  const std::string entry_text = read(options.source / entry);
  const std::string organization_text = read(options.source / organization);
  const auto run = [&](const char* name, const char* target, const std::string& path,
                       const auto& edit) {
    double best = 1e9;
    for (int round = 0; round < 5; ++round) {
      edit(round);
      best = std::min(best, time({path}));
    }
    std::printf("%s: %.0f ms, %zu jobs rendered, %zu files written   [target: %s]\n", name, best,
                session.rendered(), session.written().size(), target);
  };
  run("rebuild after one entry's text changed", "under 100 ms", entry, [&](int round) {
    write(options.source / entry,
          entry_text + "\nЕщё одна фраза, правка " + std::to_string(round) + ".\n");
  });
  run("rebuild after an organization changed", "under 300 ms", organization, [&](int round) {
    write(options.source / organization,
          organization_text + "city = \"Город " + std::to_string(round) + "\"\n");
  });
  // A new name is in the index (the organizations' order) and on every page that names it.
  run("rebuild after an organization renamed", "under 300 ms", organization, [&](int round) {
    const std::size_t name_end = organization_text.find("\"\n");  // its first line: name
    const std::string renamed = organization_text.substr(0, name_end) + " " +
                                std::to_string(round) + organization_text.substr(name_end);
    write(options.source / organization, renamed);
  });
  write(options.source / organization, organization_text);
  time({organization});
  run("rebuild after an entry saved unchanged", "no file written", entry,
      [&](int) { write(options.source / entry, entry_text); });
  return 0;
}
