// A rebuild rewrites only the files whose bytes change: every other file keeps its time and
// inode, so an uploader (rsync -a) sends only what changed.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <map>
#include <string>

#include "pipeline/site_build.h"
#include "support/site_files.h"
#include "support/temp_folder.h"

using namespace almanac;
using namespace almanac::testing;

namespace {

struct Identity {
  ino_t inode = 0;
  std::int64_t modified_ns = 0;
  bool operator==(const Identity&) const = default;
};

// Each published file's inode and time.
std::map<std::string, Identity> identities(const std::filesystem::path& folder) {
  std::map<std::string, Identity> result;
  for (const auto& [path, bytes] : read_published(folder)) {
    struct stat status {};
    REQUIRE(::lstat((folder / path).c_str(), &status) == 0);
    result[path] = {status.st_ino, static_cast<std::int64_t>(status.st_mtim.tv_sec) * 1000000000 +
                                       status.st_mtim.tv_nsec};
  }
  return result;
}

BuildResult build(const std::filesystem::path& source, const std::filesystem::path& output) {
  BuildOptions options;
  options.source = source;
  options.output = output;
  options.jobs = 2;
  options.today = Date{2025, 10, 1};
  Diagnostics diagnostics;
  return build_site(options, diagnostics);
}

}  // namespace

TEST_CASE("a rebuild rewrites only the files whose bytes changed") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "source");
  // An entry written as a folder, with a photo published beside its page.
  folder.write("source/content/conferences/forum/index.md",
               "+++\ntitle = \"Форум\"\ndate = 2025-03-01\nstarts = 2025-04-01\n+++\n"
               "![Зал](hall.jpg)\n");
  folder.write("source/content/conferences/forum/hall.jpg", "\xFF\xD8 a photo");
  const auto source = folder.path() / "source";
  const auto output = folder.path() / "out";
  const BuildResult first = build(source, output);
  REQUIRE(first.ok);
  CHECK(first.files_written == first.files);
  const auto files_before = read_published(output);
  const auto before = identities(output);

  // Nothing changed: nothing written.
  const BuildResult same = build(source, output);
  REQUIRE(same.ok);
  CHECK(same.files_written == 0);
  CHECK(same.files_unchanged == same.files);
  CHECK(same.files_removed == 0);
  CHECK(identities(output) == before);
  CHECK(before.contains("conferences/forum/hall.jpg"));

  // One entry's text changed: its page and the pages that show it are written, no other.
  folder.write("source/content/conferences/beta.md",
               folder.read("source/content/conferences/beta.md") + "\nВторой абзац.\n");
  const BuildResult edited = build(source, output);
  REQUIRE(edited.ok);
  const auto files_after = read_published(output);
  const auto after = identities(output);
  REQUIRE(files_after.size() == files_before.size());
  std::size_t changed = 0;
  for (const auto& [path, bytes] : files_after) {
    CAPTURE(path);
    const bool same_bytes = files_before.at(path) == bytes;
    if (path == ".almanac-manifest") continue;  // records what was written
    CHECK(same_bytes == (after.at(path) == before.at(path)));
    if (!same_bytes) ++changed;
  }
  CHECK(edited.files_written == changed);
  CHECK(edited.files_unchanged == edited.files - changed);
  CHECK(files_after.at("conferences/beta/index.html") !=
        files_before.at("conferences/beta/index.html"));
  // A page that does not show the entry stays as it was.
  CHECK(after.at("conferences/alpha/index.html") == before.at("conferences/alpha/index.html"));
  CHECK(after.at("organizations/city-hospital/index.html") ==
        before.at("organizations/city-hospital/index.html"));

  // The entry with the photo deleted: its page, calendar file and photo are removed, and counted.
  std::filesystem::remove_all(source / "content/conferences/forum");
  const BuildResult removed = build(source, output);
  REQUIRE(removed.ok);
  CHECK(removed.files_removed == 3);
  CHECK_FALSE(std::filesystem::exists(output / "conferences/forum"));
  CHECK(removed.files_written + removed.files_unchanged == removed.files);
}

TEST_CASE("a file changed or removed in the output since is written again") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "source");
  const auto source = folder.path() / "source";
  const auto output = folder.path() / "out";
  REQUIRE(build(source, output).ok);
  const std::string page = folder.read("out/conferences/alpha/index.html");
  // Someone edited one file on the host's copy, and deleted another.
  folder.write("out/conferences/alpha/index.html", "edited by hand");
  std::filesystem::remove(output / "conferences/beta/index.html");
  const BuildResult again = build(source, output);
  REQUIRE(again.ok);
  CHECK(again.files_written == 2);
  CHECK(folder.read("out/conferences/alpha/index.html") == page);
  CHECK(std::filesystem::exists(output / "conferences/beta/index.html"));
}
