// The output folder's faults: a full disk, a read-only file system, an output that is a file,
// a source folder that is not there. Each is exit 1 and a clear message, and the site already
// published stays whole. The disk faults are real where the machine allows: a small tmpfs,
// mounted in a mount namespace of the test's own (unshare), so they need no root and leave
// nothing mounted. In a chroot or a container without user namespaces, the writer's test seam
// (ALMANAC_TEST_FAULT) fails the writes with the same errors instead.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "support/run_command.h"
#include "support/site_files.h"
#include "support/temp_folder.h"

using namespace almanac::testing;
namespace fs = std::filesystem;

namespace {

std::string build_command(const fs::path& source, const fs::path& output) {
  return std::string(ALMANAC_BINARY) + " build -s " + source.string() + " -o " + output.string();
}

// Whether the test may mount a file system of its own: not in a chroot, nor in a container
// without user namespaces.
bool can_mount_a_disk() {
  static const bool can = run_command("unshare --map-root-user --mount true").status == 0;
  return can;
}

struct Fault {
  int kilobytes;       // of the tmpfs the site is built onto
  std::string change;  // to the site or the disk, between the two builds
  std::string seam;    // ALMANAC_TEST_FAULT without a disk of the test's own
  // Without a disk of the test's own, what to change instead of a change to the disk itself
  // (a remount): a file that the build must write, as unchanged files are not written.
  std::string seam_change;
};

// The fixture site built, `fault` made, and the site built again. The output before and after
// the second build is copied out to before/ and after/ (the tmpfs goes with the namespace).
CommandRun build_again_after_fault(const TempFolder& folder, const Fault& fault) {
  copy_fixture("basic", folder.path() / "src");
  const fs::path disk = folder.path() / "disk";
  fs::create_directories(disk);
  const std::string build = build_command(folder.path() / "src", disk / "site");
  const std::string copy = "cp -r " + (disk / "site").string() + " " + folder.path().string();
  if (!can_mount_a_disk()) {
    const std::string change = fault.seam_change.empty() ? fault.change : fault.seam_change;
    return run_command("sh -c '" + build + " -q && " + copy + "/before && " + change +
                       " && ALMANAC_TEST_FAULT=\"" + fault.seam + "\" " + build +
                       "; echo status $?; " + copy + "/after'");
  }
  return run_command("unshare --map-root-user --mount sh -c 'mount -t tmpfs -o size=" +
                     std::to_string(fault.kilobytes) + "k tmpfs " + disk.string() + " && " + build +
                     " -q && " + copy + "/before && " + fault.change + " && " + build +
                     "; echo status $?; " + copy + "/after'");
}

}  // namespace

TEST_CASE("a full disk: exit 1, the reason, and the published site whole") {
  TempFolder folder;
  // The first build fits; with a 400 KB file more the second does not (the seam: the first
  // file it writes, the large one, as the others are unchanged).
  const CommandRun run = build_again_after_fault(
      folder,
      {500, "head -c 400000 /dev/zero > " + (folder.path() / "src/static/large.bin").string(),
       "full 0", ""});
  INFO(run.output);
  if (!can_mount_a_disk()) MESSAGE("no user namespaces here: the disk is full by the test seam");
  REQUIRE(fs::exists(folder.path() / "before/index.html"));
  CHECK(contains(run.output, "status 1"));
  CHECK(contains(run.output, "No space left on device"));
  CHECK(contains(run.output, "1 error; the output folder was not changed"));
  CHECK(read_published(folder.path() / "after") == read_published(folder.path() / "before"));
  CHECK_FALSE(fs::exists(folder.path() / "after/.almanac-staging"));
}

TEST_CASE("a read-only output folder: exit 1, the reason, and the published site whole") {
  TempFolder folder;
  const CommandRun run = build_again_after_fault(
      folder, {2000, "mount -o remount,ro " + (folder.path() / "disk").string(), "readonly",
               "echo changed > " + (folder.path() / "src/static/changed.txt").string()});
  INFO(run.output);
  if (!can_mount_a_disk()) MESSAGE("no user namespaces here: the disk is read-only by the seam");
  REQUIRE(fs::exists(folder.path() / "before/index.html"));
  CHECK(contains(run.output, "status 1"));
  CHECK(contains(run.output, "Read-only file system"));
  CHECK(contains(run.output, "1 error; the output folder was not changed"));
  CHECK(read_published(folder.path() / "after") == read_published(folder.path() / "before"));
}

TEST_CASE("an output that is a file, or below one: exit 1, and the file untouched") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "src");
  folder.write("notes.txt", "an editor's notes\n");
  const CommandRun onto_file =
      run_command(build_command(folder.path() / "src", folder.path() / "notes.txt"));
  CHECK(onto_file.status == 1);
  CHECK(contains(onto_file.output, (folder.path() / "notes.txt").string() + " is not a folder"));
  const CommandRun below_file =
      run_command(build_command(folder.path() / "src", folder.path() / "notes.txt/site"));
  CHECK(below_file.status == 1);
  CHECK(contains(below_file.output, "Not a directory"));
  CHECK(folder.read("notes.txt") == "an editor's notes\n");
}

TEST_CASE("a source folder that is not there: exit 1, saying so, and no output folder made") {
  TempFolder folder;
  const CommandRun run =
      run_command(build_command(folder.path() / "no-such-site", folder.path() / "out"));
  CHECK(run.status == 1);
  CHECK(contains(run.output, "there is no folder " + (folder.path() / "no-such-site").string() +
                                 ": name the site folder, the one that holds almanac.toml, "
                                 "with -s"));
  CHECK_FALSE(fs::exists(folder.path() / "out"));
}
