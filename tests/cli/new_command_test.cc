// `almanac new` as an editor runs it: a file for each kind, named from the title as terms are,
// dated today, its required fields filled in and its optional ones commented out; never over
// another file.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "support/run_command.h"
#include "support/site_files.h"
#include "support/temp_folder.h"

using namespace almanac::testing;

namespace {

// `almanac new ARGUMENTS` in the site folder "site" of `folder`, on 5 March 2026.
CommandRun new_file(const TempFolder& folder, const std::string& arguments) {
  return run_command("cd " + (folder.path() / "site").string() +
                     " && SOURCE_DATE_EPOCH=1772668800 " + ALMANAC_BINARY + " new " + arguments);
}

CommandRun check(const TempFolder& folder) {
  return run_command(std::string(ALMANAC_BINARY) + " check -s " +
                     (folder.path() / "site").string());
}

}  // namespace

TEST_CASE("new writes an entry of each kind that builds at once, and prints its path") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "site");
  const struct {
    const char* kind;
    const char* title;
    const char* path;
  } cases[] = {
      {"conference", "Мир педиатров — 2026: \\\"итоги\\\"",
       "content/conferences/mir-pediatrov-2026-itogi.md"},
      {"collaboration", "Соглашение с Цзянси", "content/collaborations/soglasheniye-s-tszyansi.md"},
      {"internship", "Стажировка в Шанхае", "content/internships/stazhirovka-v-shankhaye.md"},
      {"page", "Контакты", "content/pages/kontakty.md"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.kind);
    const CommandRun made = new_file(folder, std::string(c.kind) + " \"" + c.title + "\"");
    INFO(made.output);
    CHECK(made.status == 0);
    CHECK(made.output == std::string(c.path) + "\n");
    const std::string text = folder.read("site/" + std::string(c.path));
    CHECK(contains(text, "  # обязательно: заголовок"));
    CHECK(contains(text, "\n# summary = \"\"  # краткое описание"));
  }
  const std::string conference =
      folder.read("site/content/conferences/mir-pediatrov-2026-itogi.md");
  CHECK(contains(conference, "\ntitle = \"Мир педиатров — 2026: \\\"итоги\\\"\"  # обязательно"));
  CHECK(contains(conference, "\ndate = 2026-03-05  # обязательно"));
  CHECK(contains(conference, "\nstarts = 2026-03-05  # обязательно"));
  CHECK(contains(folder.read("site/content/collaborations/soglasheniye-s-tszyansi.md"),
                 "\nform = \"agreement\"  # обязательно"));

  const CommandRun checked = check(folder);
  INFO(checked.output);
  CHECK(checked.status == 0);
  CHECK(contains(checked.output, "0 errors, 0 warnings"));
}

TEST_CASE("new names the file as a term of the same words is named") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "site");
  // The basic site has the country "Китай", whose page is countries/kitay/.
  REQUIRE(run_command(std::string(ALMANAC_BINARY) + " build -q -s " +
                      (folder.path() / "site").string() + " -o " + (folder.path() / "out").string())
              .status == 0);
  REQUIRE(std::filesystem::exists(folder.path() / "out/countries/kitay/index.html"));
  CHECK(new_file(folder, "conference Китай").output == "content/conferences/kitay.md\n");
}

TEST_CASE("new never writes over a file, and says what to do instead") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "site");
  REQUIRE(new_file(folder, "page \"О нас\"").status == 0);
  folder.write("site/content/pages/o-nas.md", "+++\ntitle = \"О нас\"\n+++\nНаш текст.\n");
  const CommandRun again = new_file(folder, "page \"О нас\"");
  CHECK(again.status == 1);
  CHECK(contains(again.output, "content/pages/o-nas.md already exists"));
  CHECK(folder.read("site/content/pages/o-nas.md") == "+++\ntitle = \"О нас\"\n+++\nНаш текст.\n");
  // An entry that is a folder takes the name too.
  folder.write("site/content/conferences/forum/index.md", "+++\n");
  CHECK(contains(new_file(folder, "conference Forum").output,
                 "content/conferences/forum/index.md already exists"));
  CHECK(new_file(folder, "conference Forum --slug forum-2026").output ==
        "content/conferences/forum-2026.md\n");
}

TEST_CASE("new refuses names that cannot be an address, and folders that are not a site") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "site");
  const CommandRun symbols = new_file(folder, "conference \"!!!\"");
  CHECK(symbols.status == 1);
  CHECK(contains(symbols.output, "name the file with --slug"));
  CHECK(contains(new_file(folder, "page Page").output, "\"page\" is the address of the lists'"));
  CHECK(contains(new_file(folder, "page Контакты --slug Contacts").output,
                 "\"Contacts\" cannot name a file"));
  CHECK(new_file(folder, "meeting Встреча").status == 2);

  folder.write("elsewhere/notes.txt", "");
  const CommandRun outside = run_command("cd " + (folder.path() / "elsewhere").string() + " && " +
                                         ALMANAC_BINARY + " new page Контакты");
  CHECK(outside.status == 1);
  CHECK(contains(outside.output, "is not a site folder: it has no almanac.toml"));
  CHECK_FALSE(std::filesystem::exists(folder.path() / "elsewhere/content"));
}

TEST_CASE("new organization writes its file, whose country the editor must fill in") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "site");
  CHECK(new_file(folder, "organization tashkent-clinic").status == 2);
  const CommandRun made = new_file(folder, "organization tashkent-clinic \"Клиника «Ташкент»\"");
  INFO(made.output);
  CHECK(made.status == 0);
  CHECK(made.output == "content/organizations/tashkent-clinic.toml\n");
  const std::string text = folder.read("site/content/organizations/tashkent-clinic.toml");
  CHECK(contains(text, "Имя этого файла без .toml (tashkent-clinic)"));
  CHECK(contains(text, "\nname = \"Клиника «Ташкент»\"  # обязательно"));
  // The required country is there, empty and marked: the check points at it.
  const CommandRun checked = check(folder);
  CHECK(checked.status == 1);
  CHECK(contains(checked.output,
                 "content/organizations/tashkent-clinic.toml:5:1: error: \"country\" must not be "
                 "empty"));
  std::string filled = text;
  filled.replace(filled.find("country = \"\""), 12, "country = \"Узбекистан\"");
  folder.write("site/content/organizations/tashkent-clinic.toml", filled);
  CHECK(check(folder).status == 0);
}
