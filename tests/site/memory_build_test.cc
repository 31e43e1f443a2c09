// A build kept in memory (pipeline/site_build.h) against the same build into a folder.
#include <doctest/doctest.h>

#include "output/output_writer.h"
#include "pipeline/site_build.h"
#include "support/site_files.h"
#include "support/temp_folder.h"

using namespace almanac;
using namespace almanac::testing;

namespace {

BuildOptions options_for(const TempFolder& folder) {
  BuildOptions options;
  options.source = folder.path() / "source";
  options.output = folder.path() / "out";
  options.jobs = 2;
  options.today = Date{2025, 10, 1};
  return options;
}

}  // namespace

TEST_CASE("a build kept in memory holds every file a build into a folder writes, byte for byte") {
  for (const char* fixture : {"basic", "bilingual"}) {
    CAPTURE(fixture);
    TempFolder folder;
    copy_fixture(fixture, folder.path() / "source");
    // An entry written as a folder, with a photo published beside its page.
    folder.write("source/content/conferences/forum/index.md",
                 "+++\ntitle = \"Форум\"\ndate = 2025-03-01\nstarts = 2025-04-01\n+++\n"
                 "![Зал](hall.jpg)\n");
    folder.write("source/content/conferences/forum/hall.jpg",
                 std::string("\xFF\xD8\xFF\x00jpeg", 8));
    BuildOptions options = options_for(folder);
    Diagnostics on_disk;
    const BuildResult written = build_site(options, on_disk);
    REQUIRE(written.ok);
    auto published = read_published(options.output);
    published.erase(OutputWriter::kManifestName);

    options.output = folder.path() / "never-made";
    Diagnostics in_memory;
    const SiteInMemory kept = build_site_in_memory(options, in_memory);
    REQUIRE(kept.result.ok);
    CHECK_FALSE(std::filesystem::exists(options.output));
    CHECK(kept.result.pages == written.pages);
    CHECK(kept.files.size() == published.size());
    CHECK(kept.files.contains("conferences/forum/hall.jpg"));
    for (const auto& [path, bytes] : published) {
      CAPTURE(path);
      const auto it = kept.files.find(path);
      REQUIRE(it != kept.files.end());
      CHECK(it->second == bytes);
    }
    CHECK(in_memory.sorted().size() == on_disk.sorted().size());
  }
}

TEST_CASE("a build in memory with an error in the content keeps no file and says why") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "source");
  folder.write("source/content/conferences/bad.md", "+++\ntitle = \"x\"\n");
  Diagnostics diagnostics;
  const SiteInMemory kept = build_site_in_memory(options_for(folder), diagnostics);
  CHECK_FALSE(kept.result.ok);
  CHECK(kept.files.empty());
  CHECK(diagnostics.has_errors());
  CHECK_FALSE(std::filesystem::exists(folder.path() / "out"));
}
