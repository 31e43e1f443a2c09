#include <doctest/doctest.h>

#include <fstream>

#include "output/output_writer.h"
#include "support/temp_folder.h"
#include "util/content_hash.h"

using namespace almanac;
using namespace almanac::testing;

TEST_CASE("only relative paths inside the output folder are written") {
  CHECK(is_safe_output_path("index.html"));
  CHECK(is_safe_output_path("conferences/mir/index.html"));
  for (const char* bad :
       {"", "/etc/passwd", "../x", "a/../../x", "a//b", ".hidden", "a/.git/x", "dir/", "a\\b"}) {
    CAPTURE(bad);
    CHECK_FALSE(is_safe_output_path(bad));
  }
  TempFolder folder;
  std::string error;
  auto writer = OutputWriter::open(folder.path() / "out", false, &error);
  REQUIRE(writer);
  CHECK_FALSE(writer->write("../escape.html", "x", &error));
  CHECK(error == "refusing to write outside the output folder: ../escape.html");
}

TEST_CASE("nothing reaches the output folder before commit, and abandon leaves it as it was") {
  TempFolder folder;
  folder.write("out/.almanac-manifest", "# manifest\nold.html\n");
  folder.write("out/old.html", "old");
  std::string error;
  {
    auto writer = OutputWriter::open(folder.path() / "out", false, &error);
    REQUIRE(writer);
    REQUIRE(writer->write("new.html", "new", &error));
    CHECK_FALSE(std::filesystem::exists(folder.path() / "out/new.html"));
    writer->abandon();
  }
  CHECK_FALSE(std::filesystem::exists(folder.path() / "out/new.html"));
  CHECK(folder.read("out/old.html") == "old");
  CHECK_FALSE(std::filesystem::exists(folder.path() / "out" / OutputWriter::kStagingName));
}

TEST_CASE("commit moves files in, removes the previous build's leftovers and records a manifest") {
  TempFolder folder;
  folder.write("out/.almanac-manifest", "# manifest\nold/index.html\nkept.html\n");
  folder.write("out/old/index.html", "old");
  folder.write("out/kept.html", "before");
  folder.write("out/mine.txt", "not almanac's");
  std::string error;
  auto writer = OutputWriter::open(folder.path() / "out", false, &error);
  REQUIRE(writer);
  REQUIRE(writer->write("kept.html", "after", &error));
  REQUIRE(writer->write("a/b/c.html", "deep", &error));
  REQUIRE(writer->commit(&error));
  CHECK(folder.read("out/kept.html") == "after");
  CHECK(folder.read("out/a/b/c.html") == "deep");
  CHECK(folder.read("out/mine.txt") == "not almanac's");
  CHECK_FALSE(std::filesystem::exists(folder.path() / "out/old"));
  // After a tab: the hash of each file's bytes and their number.
  CHECK(folder.read("out/.almanac-manifest") ==
        "# Files written by almanac; it deletes only these. After a tab: what a file was made "
        "from.\na/b/c.html\t=" +
            content_hash("deep") + " 4\nkept.html\t=" + content_hash("after") + " 5\n");
}

TEST_CASE("a file of the previous build can be kept untouched, with what it was made from") {
  TempFolder folder;
  folder.write("out/.almanac-manifest",
               "# manifest\nr/report.pdf\tpdf1 aaa bbb\nr/other.pdf\tpdf1 ccc ddd\n"
               "gone.pdf\tpdf1 eee fff\nr/index.html\n");
  folder.write("out/r/report.pdf", "old pdf");
  folder.write("out/r/other.pdf", "other pdf");
  folder.write("out/r/index.html", "old page");
  std::string error;
  auto writer = OutputWriter::open(folder.path() / "out", false, &error);
  REQUIRE(writer);
  CHECK(writer->previous_made_from("r/report.pdf") == "pdf1 aaa bbb");
  CHECK(writer->previous_made_from("r/index.html") == "");
  CHECK_FALSE(writer->previous_made_from("gone.pdf"));  // listed, but no longer there
  CHECK_FALSE(writer->previous_made_from("new.pdf"));
  REQUIRE(writer->write("r/index.html", "new page", &error));
  writer->keep("r/report.pdf", "pdf1 aaa bbb");
  std::filesystem::create_directories(writer->staging() / "r");
  std::ofstream(writer->staging() / "r/made.pdf") << "made";  // as a tool writes it
  writer->adopt("r/made.pdf", "pdf1 ggg hhh");
  REQUIRE(writer->commit(&error));
  CHECK(folder.read("out/r/report.pdf") == "old pdf");
  CHECK_FALSE(std::filesystem::exists(folder.path() / "out/r/other.pdf"));  // not kept
  CHECK(folder.read("out/.almanac-manifest") ==
        "# Files written by almanac; it deletes only these. After a tab: what a file was made "
        "from.\nr/index.html\t=" +
            content_hash("new page") +
            " 8\nr/made.pdf\tpdf1 ggg hhh\nr/report.pdf\tpdf1 aaa bbb\n");
}

TEST_CASE("a file almanac did not write is not replaced without --force") {
  TempFolder folder;
  folder.write("out/.almanac-manifest", "# manifest\n");
  folder.write("out/index.html", "hand-made");
  std::string error;
  auto writer = OutputWriter::open(folder.path() / "out", false, &error);
  REQUIRE(writer);
  REQUIRE(writer->write("index.html", "generated", &error));
  CHECK_FALSE(writer->commit(&error));
  CHECK(error.find("refusing to replace") != std::string::npos);
  CHECK(folder.read("out/index.html") == "hand-made");
}

TEST_CASE("a manifest line that leaves the folder or goes through a link is never followed") {
  TempFolder folder;
  folder.write("victim.txt", "someone's");
  folder.write("elsewhere/page.html", "someone's");
  folder.write("out/old.html", "old");
  const auto commit_over = [&](const std::string& manifest_lines, std::string* error) {
    // A manifest edited by hand, or written by a tool that is not almanac.
    folder.write("out/.almanac-manifest",
                 "# manifest\n" + manifest_lines + "old.html\nindex.html\n");
    auto writer = OutputWriter::open(folder.path() / "out", false, error);
    REQUIRE(writer);
    REQUIRE(writer->write("index.html", "new", error));
    return writer->commit(error);
  };
  std::string error;
  // Lines that leave the folder are dropped; the rest of the manifest holds.
  CHECK(commit_over("../victim.txt\n" + (folder.path() / "victim.txt").string() + "\n", &error));
  CHECK(folder.read("victim.txt") == "someone's");
  CHECK_FALSE(std::filesystem::exists(folder.path() / "out/old.html"));
  // A line through a link stops the commit, naming the link, before anything is deleted.
  folder.write("out/old.html", "old");
  std::filesystem::create_directory_symlink(folder.path() / "elsewhere",
                                            folder.path() / "out/linked");
  CHECK_FALSE(commit_over("linked/page.html\n", &error));
  CAPTURE(error);
  CHECK(error.find("out/linked is a symbolic link") != std::string::npos);
  CHECK(folder.read("elsewhere/page.html") == "someone's");
  CHECK(folder.read("out/old.html") == "old");
}

TEST_CASE("a file written with the same bytes as before is left as it is, unless changed since") {
  TempFolder folder;
  std::string error;
  const auto build = [&](const std::string& page, const std::string& style) {
    auto writer = OutputWriter::open(folder.path() / "out", false, &error);
    REQUIRE(writer);
    REQUIRE(writer->write("index.html", page, &error));
    REQUIRE(writer->write("style.css", style, &error));
    REQUIRE(writer->commit(&error));
    return std::pair(writer->staged_count(), writer->unchanged_count());
  };
  CHECK(build("page", "css") == std::pair<std::size_t, std::size_t>(2, 0));
  const auto written_at = [&](const char* path) {
    return std::filesystem::last_write_time(folder.path() / "out" / path);
  };
  const auto page_time = written_at("index.html");
  CHECK(build("page", "new css") == std::pair<std::size_t, std::size_t>(1, 1));
  CHECK(written_at("index.html") == page_time);
  CHECK(folder.read("out/style.css") == "new css");
  // A file edited in the output since is written again, even with the size recorded; also when
  // the edit came in the same tick of the file clock as the manifest, as a fast one does.
  folder.write("out/index.html", "edit");
  std::filesystem::last_write_time(folder.path() / "out/index.html",
                                   written_at(OutputWriter::kManifestName));
  CHECK(build("page", "new css") == std::pair<std::size_t, std::size_t>(1, 1));
  CHECK(folder.read("out/index.html") == "page");
}
