// `almanac init [DIR]`: a new site that builds and checks at once, with examples, a README for
// editors and CI files.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "messages/messages.h"
#include "scaffold/new_site.h"

namespace almanac {
namespace {

int run_init(const std::string& folder) {
  std::string error;
  const std::vector<std::string> written = write_new_site(folder, &error);
  if (written.empty()) {
    std::cerr << "almanac: " << error << "\n";
    return kExitContentError;
  }
  for (const auto& path : written)
    std::cout << (folder == "." ? path : folder + "/" + path) << "\n";
  std::cout << tr("A new site is in {folder}. Next: cd {folder}, then almanac serve to see it, "
                  "and almanac new to write an entry; README.md says the rest.",
                  {{"folder", folder}})
            << "\n";
  return kExitOk;
}

}  // namespace

Command init_command() {
  return {"init",
          to_translate("Make a new site, with an example of each kind, a README for editors and "
                       "CI files for GitLab and GitHub"),
          [](CLI::App& app) -> std::function<int()> {
            auto folder = std::make_shared<std::string>(".");
            app.add_option("DIR", *folder, tr("A new or empty folder"))->capture_default_str();
            return [folder] { return run_init(*folder); };
          }};
}

}  // namespace almanac
