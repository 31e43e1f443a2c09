// `almanac check` as an editor and a CI job run it: every check of build, nothing written, and
// the problems in the forms GitHub Actions and GitLab document.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <string>

#include "support/run_command.h"
#include "support/site_files.h"
#include "support/temp_folder.h"

using namespace almanac::testing;

namespace {

// Every path under `folder`, to see that a check wrote nothing.
std::set<std::string> listing(const std::filesystem::path& folder) {
  std::set<std::string> paths;
  for (const auto& item : std::filesystem::recursive_directory_iterator(folder))
    paths.insert(item.path().lexically_relative(folder).string());
  return paths;
}

// The basic site with an error (a link to nowhere, with a "%" in it) and a warning about a
// whole file, whose name holds a comma and a colon, in the folder "site" of `folder`.
void write_site_with_problems(const TempFolder& folder) {
  copy_fixture("basic", folder.path() / "site");
  folder.write("site/content/pages/links.md",
               "+++\ntitle = \"Ссылки\"\n+++\nСм. [отчёт](/reports/100%/).\n");
  folder.write("site/content/conferences/note,1:2.txt", "заметки\n");
}

// `almanac check ARGUMENTS` run in `folder`; with `output_only`, its standard output alone.
CommandRun check(const TempFolder& folder, const std::string& arguments, bool output_only = false) {
  return run_command("(cd " + folder.path().string() + " && " + ALMANAC_BINARY + " check " +
                     arguments + (output_only ? " 2>/dev/null)" : ")"));
}

}  // namespace

TEST_CASE("check passes a good site, writes nothing and says what it checked") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "site");
  const auto before = listing(folder.path());
  const CommandRun run = check(folder, "-s site");
  INFO(run.output);
  CHECK(run.status == 0);
  CHECK(listing(folder.path()) == before);
  // The pages and files a build makes.
  const CommandRun build = run_command("cd " + folder.path().string() + " && " + ALMANAC_BINARY +
                                       " build -s site -o out");
  std::smatch built;
  REQUIRE(std::regex_search(build.output, built, std::regex("Built (\\d+) pages \\((\\d+) files")));
  CHECK(run.output == "Checked " + built[1].str() + " pages (" + built[2].str() +
                          " files): 0 errors, 0 warnings\n");
  // The basic site has a draft: with --drafts, its page is checked too.
  const CommandRun drafts = check(folder, "-s site --drafts");
  std::smatch checked;
  REQUIRE(std::regex_search(drafts.output, checked, std::regex("Checked (\\d+) pages")));
  CHECK(std::stoi(checked[1].str()) > std::stoi(built[1].str()));
}

TEST_CASE("check finds what build finds, and exits 1 on an error") {
  TempFolder folder;
  write_site_with_problems(folder);
  const auto before = listing(folder.path());
  const CommandRun run = check(folder, "-s site");
  INFO(run.output);
  CHECK(run.status == 1);
  CHECK(contains(run.output, "content/pages/links.md:4:5: error: \"/reports/100%/\" leads to no"));
  CHECK(contains(run.output, "content/conferences/note,1:2.txt: warning: not read"));
  CHECK(contains(run.output, "Checked the site: 1 error, 1 warning"));
  CHECK(listing(folder.path()) == before);

  const CommandRun build = run_command("cd " + folder.path().string() + " && " + ALMANAC_BINARY +
                                       " build -s site -o out");
  CHECK(build.status == 1);
  CHECK(contains(build.output, "content/pages/links.md:4:5: error: \"/reports/100%/\""));

  const CommandRun quiet = check(folder, "-q -s site");
  CHECK(quiet.status == 1);
  CHECK(contains(quiet.output, "links.md:4:5: error:"));
  CHECK_FALSE(contains(quiet.output, "warning"));
  CHECK_FALSE(contains(quiet.output, "Checked"));
}

TEST_CASE("check --format github prints workflow commands, escaped as GitHub documents") {
  TempFolder folder;
  write_site_with_problems(folder);
  const CommandRun run = check(folder, "-s site --format github", true);
  CHECK(run.status == 1);
  // "%" in a message is %25; in a property, "," is %2C and ":" is %3A. Paths are from the
  // folder the command ran in, as GitHub reads the repository's files.
  CHECK(run.output ==
        "::warning file=site/content/conferences/note%2C1%3A2.txt,title=almanac::not read: only "
        ".md files belong in content/conferences; to publish a photo or a document with an "
        "entry, make the entry a folder: content/conferences/<entry>/index.md, with the file "
        "beside it\n"
        "::error file=site/content/pages/links.md,line=4,col=5,title=almanac::\"/reports/100%25/\" "
        "leads to no page of the site (/reports/100%25/); to link to an entry, write @/ and its "
        "file, such as @/conferences/mir-pediatrov.md\n");
}

// The report in `file` of `folder`, read by tests/cli/check_report_schema.py (`options`), which
// checks it against the host's documentation and prints each problem.
CommandRun read_report(const TempFolder& folder, const std::string& file,
                       const std::string& options = "") {
  return run_command("python3 " + std::string(ALMANAC_SOURCE_ROOT) +
                     "/tests/cli/check_report_schema.py " + options + " < " +
                     (folder.path() / file).string());
}

TEST_CASE("check --format gitlab writes a Code Quality report as GitLab documents it") {
  TempFolder folder;
  write_site_with_problems(folder);
  CHECK(check(folder, "-s site --format gitlab > report.json").status == 1);
  const CommandRun read = read_report(folder, "report.json");
  INFO(read.output);
  CHECK(read.status == 0);
  CHECK(read.output ==
        "minor site/content/conferences/note,1:2.txt:1\n"
        "major site/content/pages/links.md:4\n"
        "2 problems\n");

  TempFolder good;
  copy_fixture("basic", good.path() / "site");
  const CommandRun none = check(good, "-s site --format gitlab", true);
  CHECK(none.status == 0);
  CHECK(none.output == "[]\n");
}

TEST_CASE("check --format json prints one JSON object per problem") {
  TempFolder folder;
  write_site_with_problems(folder);
  CHECK(check(folder, "-s site --format json > problems.json").status == 1);
  const CommandRun read = read_report(folder, "problems.json", "--lines");
  INFO(read.output);
  CHECK(read.status == 0);
  CHECK(read.output ==
        "warning site/content/conferences/note,1:2.txt:None\n"
        "error site/content/pages/links.md:4\n"
        "2 problems\n");
}
