// `almanac init` as a press office starts a site: a folder that builds and checks at once, with
// CI files the hosts accept; never a folder that holds something.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "support/run_command.h"
#include "support/site_files.h"
#include "support/temp_folder.h"

using namespace almanac::testing;

namespace {

CommandRun run_almanac(const TempFolder& folder, const std::string& arguments) {
  return run_command("cd " + folder.path().string() + " && " + ALMANAC_BINARY + " " + arguments);
}

}  // namespace

TEST_CASE("init makes a site that builds and checks with no problem") {
  TempFolder folder;
  const CommandRun made = run_almanac(folder, "init new-site");
  INFO(made.output);
  CHECK(made.status == 0);
  for (const char* path :
       {"new-site/almanac.toml", "new-site/.gitignore", "new-site/README.md",
        "new-site/.gitlab-ci.yml", "new-site/.github/workflows/almanac.yml",
        "new-site/content/conferences/primer-konferentsii.md",
        "new-site/content/collaborations/primer-soglasheniya.md",
        "new-site/content/internships/primer-stazhirovki.md",
        "new-site/content/organizations/primer-bolnitsa.toml", "new-site/content/pages/about.md"}) {
    CAPTURE(path);
    CHECK(contains(made.output, std::string(path) + "\n"));
    CHECK(std::filesystem::is_regular_file(folder.path() / path));
  }
  CHECK(folder.read("new-site/.gitignore").ends_with("\n/site/\n"));

  const CommandRun built = run_almanac(folder, "build -s new-site");
  INFO(built.output);
  CHECK(built.status == 0);
  CHECK(contains(built.output, "Built "));
  CHECK_FALSE(contains(built.output, "warning"));
  CHECK(std::filesystem::is_regular_file(folder.path() / "new-site/site/conferences/"
                                                         "primer-konferentsii/index.html"));
  const CommandRun checked = run_almanac(folder, "check -s new-site");
  INFO(checked.output);
  CHECK(checked.status == 0);
  CHECK(contains(checked.output, ": 0 errors, 0 warnings"));

  // Every setting of almanac.toml is there, explained, and still the defaults when switched on.
  std::string settings = folder.read("new-site/almanac.toml");
  for (const char* key :
       {"# base_url = ", "# languages = ", "# untranslated = ", "# page_size = ", "# feed_limit = ",
        "# theme = ", "# local = ", "# organization = ", "# pdf = ", "# unsafe_html = "}) {
    CAPTURE(key);
    CHECK(contains(settings, std::string("\n") + key));
  }
  for (const char* setting : {"# page_size = ", "# feed_limit = ", "# theme = ", "# local = ",
                              "# untranslated = ", "# unsafe_html = "}) {
    settings.replace(settings.find(setting), 2, "");
  }
  folder.write("new-site/almanac.toml", settings);
  CHECK(run_almanac(folder, "check -s new-site").status == 0);
}

TEST_CASE("init writes CI files as GitLab and GitHub document them") {
  TempFolder folder;
  REQUIRE(run_almanac(folder, "init site").status == 0);
  const CommandRun read =
      run_command("python3 " + std::string(ALMANAC_SOURCE_ROOT) + "/tests/cli/ci_files_schema.py " +
                  (folder.path() / "site").string());
  INFO(read.output);
  CHECK(read.status == 0);
  CHECK(read.output == "ok\n");
}

TEST_CASE("init refuses a folder that holds anything, and writes nothing there") {
  TempFolder folder;
  folder.write("project/notes.txt", "записи\n");
  const CommandRun refused = run_almanac(folder, "init project");
  CHECK(refused.status == 1);
  CHECK(contains(refused.output, "project is not empty"));
  CHECK_FALSE(std::filesystem::exists(folder.path() / "project/almanac.toml"));
  // The current folder, the default.
  folder.write("empty/.keep", "");
  std::filesystem::remove(folder.path() / "empty/.keep");
  const CommandRun here =
      run_command("cd " + (folder.path() / "empty").string() + " && " + ALMANAC_BINARY + " init");
  CHECK(here.status == 0);
  CHECK(contains(here.output, "almanac.toml\n"));
  CHECK(std::filesystem::is_regular_file(folder.path() / "empty/almanac.toml"));
}
