// The almanac program as a user runs it: exit codes, help, the summary line, quiet mode.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <regex>
#include <string>

#include "support/run_command.h"
#include "support/site_files.h"
#include "support/temp_folder.h"

using namespace almanac::testing;

namespace {

using Run = CommandRun;

Run run(const std::string& arguments) {
  return run_command(std::string(ALMANAC_BINARY) + " " + arguments);
}

}  // namespace

TEST_CASE("--version and --help") {
  const Run version = run("--version");
  CHECK(version.status == 0);
  CHECK(version.output == "almanac " ALMANAC_VERSION "\n");
  const Run help = run("--help");
  CHECK(help.status == 0);
  CHECK(help.output.find("build") != std::string::npos);
  const Run build_help = run("build --help");
  CHECK(build_help.status == 0);
  CHECK(build_help.output.find("--drafts") != std::string::npos);
  CHECK(build_help.output.find("--jobs") != std::string::npos);
}

TEST_CASE("usage errors exit with 2") {
  CHECK(run("").status == 2);
  CHECK(run("publish").status == 2);
  CHECK(run("build --jobs 0").status == 2);
  CHECK(run("build --no-such-flag").status == 2);
}

TEST_CASE("a build prints a summary; -q prints nothing; content errors exit with 1") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "site-source");
  const std::string source = (folder.path() / "site-source").string();
  const Run built = run("build -s " + source + " -o " + (folder.path() / "a").string());
  CHECK(built.status == 0);
  CHECK(built.output.find("Built ") != std::string::npos);
  CHECK(built.output.find(" pages (") != std::string::npos);

  const Run quiet = run("build -q -s " + source + " -o " + (folder.path() / "b").string());
  CHECK(quiet.status == 0);
  CHECK(quiet.output.empty());

  folder.write("site-source/content/conferences/bad.md", "+++\ntitle = \"x\"\n");
  const Run failed = run("build -q -s " + source + " -o " + (folder.path() / "a").string());
  CHECK(failed.status == 1);
  CHECK(failed.output.find("content/conferences/bad.md:1:1: error:") != std::string::npos);
  CHECK(failed.output.find("the output folder was not changed") != std::string::npos);
}

TEST_CASE("a file with many problems shows its first twenty and counts the rest") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "site-source");
  std::string text = "+++\ntitle = \"Ссылки\"\n+++\n";
  for (int i = 1; i <= 30; ++i)
    text += "[Файл](/no-such-" + std::to_string(i) + ".pdf)\n\n";
  folder.write("site-source/content/pages/links.md", text);
  folder.write("site-source/content/pages/other.md",
               "+++\ntitle = \"x\"\n+++\n[Файл](/other.pdf)\n");
  const Run failed = run("build -q -s " + (folder.path() / "site-source").string() + " -o " +
                         (folder.path() / "out").string());
  INFO(failed.output);
  CHECK(failed.status == 1);
  CHECK(contains(failed.output, "content/pages/links.md:42:1: error: \"/no-such-20.pdf\""));
  CHECK(!contains(failed.output, "no-such-21.pdf"));
  CHECK(contains(failed.output, "content/pages/links.md: and 10 more problems in this file\n"));
  // Other files' messages are all there, and the count covers every problem.
  CHECK(contains(failed.output, "content/pages/other.md:4:1: error: \"/other.pdf\""));
  CHECK(contains(failed.output, "almanac: 31 errors; the output folder was not changed"));
}

TEST_CASE("a folder that is not a site is a content error") {
  TempFolder folder;
  const Run run_result = run("build -s " + folder.path().string());
  CHECK(run_result.status == 1);
  CHECK(run_result.output.find("almanac.toml: error: no almanac.toml in") != std::string::npos);
}

TEST_CASE("the program speaks Russian: summary with plural forms, errors, help") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "site-source");
  const std::string source = (folder.path() / "site-source").string();
  const std::string russian = "LANG=C.UTF-8 LANGUAGE=ru ";
  const Run built = run_command(russian + ALMANAC_BINARY + " build -s " + source + " -o " +
                                (folder.path() / "a").string());
  INFO(built.output);
  CHECK(built.status == 0);
  // "страниц", "файлов": the plural forms of the numbers the fixture has.
  CHECK(contains(built.output, "Собрано: "));
  CHECK(std::regex_search(
      built.output, std::regex("Собрано: [0-9]+ страниц[аы]? \\([0-9]+ файл(а|ов)?: [0-9]+ "
                               "записан(о|ы)?, 0 без изменений, 0 удалено\\) в .* за [0-9.]+ с")));
  folder.write("site-source/content/conferences/bad.md", "+++\ntitle = \"x\"\n");
  const Run failed = run_command(russian + ALMANAC_BINARY + " build -q -s " + source + " -o " +
                                 (folder.path() / "a").string());
  CHECK(failed.status == 1);
  CHECK(contains(failed.output, "content/conferences/bad.md:1:1: ошибка: "));
  CHECK(contains(failed.output, "almanac: 1 ошибка; папка результата не изменена"));
  const Run help = run_command(russian + ALMANAC_BINARY + " build --help");
  CHECK(contains(help.output, "Собрать сайт из папки сайта в папку для публикации"));
  CHECK(contains(help.output, "Параметры:"));
  const Run usage = run_command(russian + ALMANAC_BINARY + " build --no-such-flag");
  CHECK(usage.status == 2);
  CHECK(contains(usage.output, "здесь не ожидается: --no-such-flag\n"));
  CHECK(contains(usage.output, "Запустите с --help, чтобы увидеть команды и их параметры."));
  CHECK(contains(run_command(russian + ALMANAC_BINARY).output, "нужна команда, например build"));
}

TEST_CASE("one build at a time per output folder: a second waits, then says who holds it") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "site-source");
  const std::string source = (folder.path() / "site-source").string();
  const std::string out = (folder.path() / "out").string();
  const std::string build = std::string(ALMANAC_BINARY) + " build -q -s " + source + " -o " + out;
  // Two at once: the second waits for the first, and both succeed.
  const Run both = run_command("(" + build + " & " + build + " & wait) && echo both-done");
  INFO(both.output);
  CHECK(contains(both.output, "both-done"));
  CHECK_FALSE(std::filesystem::exists(folder.path() / "out/.almanac-staging"));
  CHECK(run_command(build).status == 0);
  // A build that holds the lock longer than the wait: the other gives up and says so.
  const std::string lock = out + "/.almanac-lock";
  const Run held =
      run_command("{ flock " + lock + " sh -c 'echo $$ > " + lock +
                  "; sleep 8' >/dev/null 2>&1 & sleep 1; " + build + "; echo status $?; } 2>&1");
  INFO(held.output);
  const std::string holder = folder.read("out/.almanac-lock");
  CHECK(contains(held.output, "another almanac build (process " +
                                  holder.substr(0, holder.find('\n')) + ") is writing into " + out +
                                  "; wait for it to finish, then build again"));
  CHECK(contains(held.output, "status 1"));
  CHECK(std::filesystem::exists(folder.path() / "out/index.html"));  // the site stays whole
}
