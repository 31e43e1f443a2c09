// An entry's text read and rendered again for its page (load/entry_body.h).
#include <doctest/doctest.h>

#include "load/entry_body.h"
#include "load/entry_loader.h"
#include "support/temp_folder.h"

using namespace almanac;
using namespace almanac::testing;

namespace {

const std::vector<std::string> kNoOrganizations;

// Loads `path` below `folder` as load_site does, without its HTML, which goes to `body_html`.
Entry load_from(const TempFolder& folder, const std::string& path, std::string* body_html) {
  EntryContext context{&kNoOrganizations, &kNoOrganizations, nullptr, false, Date{2026, 1, 1}};
  std::optional<Entry> entry[2];
  for (const bool keep : {true, false}) {
    context.keep_body_html = keep;
    Diagnostics diagnostics;
    entry[keep] = load_entry(EntryKind::conference, path, folder.read(path), context, diagnostics);
    for (const auto& problem : diagnostics.sorted())
      MESSAGE(problem.to_string());
    REQUIRE(entry[keep]);
  }
  *body_html = entry[true]->body_html;
  CHECK_FALSE(body_html->empty());
  CHECK(entry[false]->body_html.empty());
  CHECK(entry[false]->links.size() == entry[true]->links.size());
  CHECK(entry[false]->summary == entry[true]->summary);
  return *entry[false];
}

}  // namespace

TEST_CASE("an entry's text read again is the HTML its loading made, links and lead included") {
  TempFolder folder;
  folder.write(
      "content/conferences/forum.md",
      "\xEF\xBB\xBF+++\r\ntitle = \"Форум\"\r\ndate = 2025-03-01\r\nstarts = 2025-04-01\r\n+++\r\n"
      "Первый абзац со [ссылкой](@/conferences/other.md).\r\n\r\n"
      "![Зал](hall.jpg) и *второй* абзац.\r\n");
  std::string loaded;
  const Entry entry = load_from(folder, "content/conferences/forum.md", &loaded);
  REQUIRE_FALSE(entry.links.empty());
  std::string error;
  const auto again = read_entry_body(folder.path(), entry, false, &error);
  REQUIRE(again);
  CHECK(*again == loaded);
  CHECK(error.empty());
}

TEST_CASE("an entry's text changed or gone since it was loaded is an error, not a wrong page") {
  TempFolder folder;
  const std::string path = "content/conferences/forum.md";
  const std::string head = "+++\ntitle = \"Форум\"\ndate = 2025-03-01\nstarts = 2025-04-01\n+++\n";
  folder.write(path, head + "Текст.\n");
  std::string loaded;
  const Entry entry = load_from(folder, path, &loaded);
  std::string error;

  // Only the front matter changed: the text is the same.
  folder.write(path,
               "+++\ntitle = \"Форум 2\"\ndate = 2025-03-01\nstarts = 2025-04-01\n+++\nТекст.\n");
  CHECK(read_entry_body(folder.path(), entry, false, &error) == loaded);

  folder.write(path, head + "Другой текст.\n");
  CHECK_FALSE(read_entry_body(folder.path(), entry, false, &error));
  CHECK(error.find(path) != std::string::npos);
  CHECK(error.find("changed while the site was being built") != std::string::npos);

  std::filesystem::remove(folder.path() / path);
  error.clear();
  CHECK_FALSE(read_entry_body(folder.path(), entry, false, &error));
  CHECK(error.find(path) != std::string::npos);
}
