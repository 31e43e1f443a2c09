// Builds killed or failing while they move their files into place: the next build finishes
// the move, and the output folder ends up exactly as an uninterrupted build leaves it.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <string>

#include "support/run_command.h"
#include "support/site_files.h"
#include "support/temp_folder.h"

using namespace almanac::testing;
namespace fs = std::filesystem;

namespace {

std::string build_command(const fs::path& source, const fs::path& output) {
  return std::string(ALMANAC_BINARY) + " build -q -s " + source.string() + " -o " + output.string();
}

// The fixture site with a conference more and a page changed: a build of it over the fixture's
// output adds files, and one of the fixture over its output removes them.
void write_changed_site(TempFolder& folder) {
  copy_fixture("basic", folder.path() / "v2");
  folder.write("v2/content/conferences/delta.md",
               "+++\ntitle = \"Delta conference\"\ndate = 2025-04-01\nstarts = 2025-06-02\n"
               "ends = 2025-06-03\ncity = \"Казань\"\norganizers = [\"city-hospital\"]\n+++\n"
               "A conference only the second build knows.\n");
  folder.write("v2/content/pages/about.md",
               folder.read("v2/content/pages/about.md") + "\nA paragraph added later.\n");
}

}  // namespace

TEST_CASE("a build killed after any move into place is finished by the next build") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "v1");
  write_changed_site(folder);
  const fs::path out = folder.path() / "out";
  REQUIRE(run_command(build_command(folder.path() / "v1", folder.path() / "expected")).status == 0);
  const auto expected = read_published(folder.path() / "expected");
  // Killed after 0, 1, 2, … moves, until the build has no more to move and succeeds: each time
  // the next build (of the first content) leaves no file of the killed one behind.
  REQUIRE(run_command(build_command(folder.path() / "v1", out)).status == 0);
  int moves = 0;
  for (;; ++moves) {
    const CommandRun killed = run_command("ALMANAC_TEST_FAULT='kill " + std::to_string(moves) +
                                          "' " + build_command(folder.path() / "v2", out));
    if (killed.status == 0) break;
    CAPTURE(moves);
    REQUIRE(killed.status == 137);
    CHECK(fs::exists(out / ".almanac-journal"));
    const CommandRun next = run_command(build_command(folder.path() / "v1", out));
    INFO(next.output);
    CHECK(next.status == 0);
    CHECK(read_published(out) == expected);
    CHECK_FALSE(fs::exists(out / ".almanac-journal"));
    CHECK_FALSE(fs::exists(out / ".almanac-staging"));
  }
  CHECK(moves > 3);
}

TEST_CASE("a move into place that fails: the build says so, and the next build finishes it") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "v1");
  write_changed_site(folder);
  const fs::path out = folder.path() / "out";
  REQUIRE(run_command(build_command(folder.path() / "v2", folder.path() / "expected")).status == 0);
  REQUIRE(run_command(build_command(folder.path() / "v1", out)).status == 0);
  const CommandRun failed =
      run_command("ALMANAC_TEST_FAULT='fail 3' " + build_command(folder.path() / "v2", out));
  INFO(failed.output);
  CHECK(failed.status == 1);
  CHECK(contains(failed.output, "cannot move "));
  CHECK(contains(failed.output,
                 "1 error; the output folder holds part of this build, and the next build "
                 "finishes it"));
  CHECK(fs::exists(out / ".almanac-journal"));
  // Without --force: the files moved so far are in the manifest by the time the build looks.
  const CommandRun next = run_command(build_command(folder.path() / "v2", out));
  INFO(next.output);
  CHECK(next.status == 0);
  CHECK(read_published(out) == read_published(folder.path() / "expected"));
}

TEST_CASE("kill -9 at any moment of a 2,000-entry build loses nothing") {
  TempFolder folder;
  const fs::path many = folder.path() / "many";
  const fs::path fewer = folder.path() / "fewer";
  REQUIRE(run_command(std::string(ALMANAC_BENCH_SITE) + " " + many.string() + " 2000").status == 0);
  REQUIRE(run_command("cp -r " + many.string() + " " + fewer.string() + " && rm " + fewer.string() +
                      "/content/collaborations/*1.md")
              .status == 0);
  const auto started = std::chrono::steady_clock::now();
  REQUIRE(run_command(build_command(many, folder.path() / "expected-many")).status == 0);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  REQUIRE(run_command(build_command(fewer, folder.path() / "expected")).status == 0);
  const auto expected = read_published(folder.path() / "expected");
  REQUIRE(read_published(folder.path() / "expected-many").size() > expected.size());

  const fs::path out = folder.path() / "out";
  REQUIRE(run_command(build_command(fewer, out)).status == 0);
  // A build that adds files is killed, and the next build, of the content already there, must
  // remove every file the killed one moved in. Killed by the clock while it loads and renders,
  // and after a given number of moves while it commits (a moment the clock rarely hits).
  const auto killed_and_rebuilt = [&](const std::string& killed_build) {
    const int killed_status = run_command(killed_build).status;
    const CommandRun next = run_command(build_command(fewer, out));
    INFO(next.output);
    REQUIRE(next.status == 0);
    CHECK(read_published(out) == expected);
    return killed_status;
  };
  for (const double part : {0.25, 0.5, 0.75}) {
    CAPTURE(part);
    (void)killed_and_rebuilt(build_command(many, out) + " & pid=$!; sleep " +
                             std::to_string(seconds * part) + "; kill -9 $pid; wait $pid");
  }
  for (const int moves : {1, 200, 500}) {  // of some 900: unchanged files stay
    CAPTURE(moves);
    CHECK(killed_and_rebuilt("ALMANAC_TEST_FAULT='kill " + std::to_string(moves) + "' " +
                             build_command(many, out)) == 137);
  }
}
