// A report's PDF is made once: remade only when its report changed, kept byte for byte
// otherwise, never deleted by a build that makes no PDFs while its report exists.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <map>
#include <string>

#include "support/run_command.h"
#include "support/site_files.h"
#include "support/temp_folder.h"

using namespace almanac::testing;

namespace {

// The PDFs of the fixture's reports: 2024 and 2025, in Russian and English.
const char* const kPdfs[] = {"reports/2024/report.pdf", "reports/2025/report.pdf",
                             "en/reports/2024/report.pdf", "en/reports/2025/report.pdf"};

struct FileIdentity {
  ino_t inode = 0;
  long modified = 0;  // nanoseconds
  bool operator==(const FileIdentity&) const = default;
};

FileIdentity identity(const std::filesystem::path& file) {
  struct stat info {};
  if (::stat(file.c_str(), &info) != 0) return {};
  return {info.st_ino, info.st_mtim.tv_sec * 1000000000L + info.st_mtim.tv_nsec};
}

struct ReportSite {
  TempFolder folder;
  std::filesystem::path source = folder.path() / "site";
  std::filesystem::path out = folder.path() / "out";
  ReportSite() { copy_fixture("report", source); }

  CommandRun build(const std::string& options = "") const {
    return run_command(std::string(ALMANAC_BINARY) + " build " + options + " -s " +
                       source.string() + " -o " + out.string());
  }
  std::map<std::string, FileIdentity> identities() const {
    std::map<std::string, FileIdentity> out_files;
    for (const char* pdf : kPdfs)
      out_files[pdf] = identity(out / pdf);
    return out_files;
  }
};

}  // namespace

TEST_CASE("a rebuild with nothing changed remakes no PDF and keeps its bytes") {
  ReportSite site;
  const CommandRun first = site.build("--pdf");
  INFO(first.output);
  REQUIRE(first.status == 0);
  CHECK(contains(first.output, "4 PDF reports (4 made by WeasyPrint in"));
  const auto before = site.identities();
  const std::string bytes = site.folder.read("out/reports/2025/report.pdf");
  const CommandRun again = site.build("--pdf");
  INFO(again.output);
  CHECK(again.status == 0);
  CHECK(contains(again.output, "4 PDF reports (4 unchanged)"));
  CHECK(site.identities() == before);  // not written at all: the same file, the same time
  CHECK(site.folder.read("out/reports/2025/report.pdf") == bytes);
  // The manifest records what each PDF was made from.
  const std::string manifest = site.folder.read("out/.almanac-manifest");
  CHECK(contains(manifest, "reports/2025/report.pdf\tpdf1 "));
}

TEST_CASE("a plain build after a build with PDFs keeps every PDF whose report still exists") {
  ReportSite site;
  REQUIRE(site.build("--pdf -q").status == 0);
  const auto before = site.identities();
  const CommandRun plain = site.build();
  INFO(plain.output);
  CHECK(plain.status == 0);
  CHECK(site.identities() == before);
  CHECK(contains(plain.output, "4 PDF reports (4 unchanged)"));
  // A report that changed keeps its PDF too, and the build says the PDF is out of date.
  site.folder.write("site/content/conferences/summer.md",
                    "+++\ntitle = \"Летняя конференция, новое название\"\ndate = 2025-05-01\n"
                    "starts = 2025-06-10\nparticipants = 30\npartners = [\"b\"]\n"
                    "countries = [\"Узбекистан\"]\n+++\nКонференция.\n");
  const CommandRun changed = site.build();
  INFO(changed.output);
  CHECK(changed.status == 0);
  CHECK(site.identities() == before);
  CHECK(contains(changed.output,
                 "reports/2025/report.pdf: warning: this PDF was made from an "
                 "earlier version of its report"));
  CHECK_FALSE(contains(changed.output, "reports/2024/report.pdf: warning"));
  // A year whose report no longer exists loses its PDF with it.
  std::filesystem::remove(site.source / "content/conferences/old.md");
  std::filesystem::remove(site.source / "content/internships/long.md");
  REQUIRE(site.build("-q").status == 0);
  CHECK_FALSE(std::filesystem::exists(site.out / "reports/2024/report.pdf"));
  CHECK(std::filesystem::exists(site.out / "reports/2025/report.pdf"));
}

TEST_CASE("a change to one year's report remakes that year's PDFs only") {
  ReportSite site;
  REQUIRE(site.build("--pdf -q").status == 0);
  const auto before = site.identities();
  site.folder.write("site/content/conferences/old.md",
                    "+++\ntitle = \"Конференция 2024 года, исправлено\"\ndate = 2024-05-01\n"
                    "starts = 2024-05-10\nparticipants = 50\npartners = [\"a\"]\n"
                    "countries = [\"Китай\"]\n+++\nКонференция.\n");
  std::filesystem::remove(site.out / "en/reports/2025/report.pdf");  // a PDF someone deleted
  const CommandRun run = site.build("--pdf");
  INFO(run.output);
  CHECK(run.status == 0);
  CHECK(contains(run.output, "4 PDF reports (3 made by WeasyPrint in"));
  CHECK(contains(run.output, ", 1 unchanged)"));
  const auto after = site.identities();
  CHECK(after.at("reports/2024/report.pdf") != before.at("reports/2024/report.pdf"));
  CHECK(after.at("en/reports/2024/report.pdf") != before.at("en/reports/2024/report.pdf"));
  CHECK(after.at("reports/2025/report.pdf") == before.at("reports/2025/report.pdf"));
  CHECK(std::filesystem::exists(site.out / "en/reports/2025/report.pdf"));
}

TEST_CASE("[reports] pdf = true makes PDFs part of every build; report --pdf says where it is") {
  ReportSite site;
  const std::string config = site.folder.read("site/almanac.toml");
  site.folder.write("site/almanac.toml", config.substr(0, config.find("[reports]\n") + 10) +
                                             "pdf = true\n" +
                                             config.substr(config.find("[reports]\n") + 10));
  const CommandRun run = site.build();
  INFO(run.output);
  CHECK(run.status == 0);
  CHECK(contains(run.output, "4 PDF reports (4 made by WeasyPrint in"));
  for (const char* pdf : kPdfs)
    CHECK(std::filesystem::exists(site.out / pdf));

  const CommandRun report =
      run_command(std::string(ALMANAC_BINARY) + " report 2025 --lang en --pdf -s " +
                  site.source.string() + " -o " + site.out.string());
  INFO(report.output);
  CHECK(report.status == 0);
  CHECK(contains(report.output,
                 "The report: " + site.out.string() + "/en/reports/2025/index.html\n"));
  CHECK(contains(report.output, "Its PDF: " + site.out.string() + "/en/reports/2025/report.pdf\n"));
  CHECK(contains(report.output, "1 PDF report (1 unchanged)"));
}

TEST_CASE("a PDF that cannot be made again leaves the one there is in place") {
  ReportSite site;
  REQUIRE(site.build("--pdf -q").status == 0);
  const auto before = site.identities();
  // Without WeasyPrint on PATH the tools changed, so every PDF would be made again, and cannot.
  const CommandRun run =
      run_command("PATH=/nonexistent " + std::string(ALMANAC_BINARY) + " build --pdf -s " +
                  site.source.string() + " -o " + site.out.string());
  INFO(run.output);
  CHECK(run.status == 1);
  CHECK(contains(run.output, "WeasyPrint is not installed"));
  CHECK(site.identities() == before);
  CHECK(contains(site.folder.read("out/.almanac-manifest"), "reports/2025/report.pdf\tpdf1 "));
}
