// End to end: the bilingual fixture (Russian and English) built into a temporary folder.
#include <doctest/doctest.h>

#include <fstream>
#include <regex>

#include "pipeline/site_build.h"
#include "support/site_files.h"
#include "support/temp_folder.h"

using namespace almanac;
using namespace almanac::testing;

namespace {

struct BilingualSite {
  TempFolder folder;
  std::filesystem::path source = folder.path() / "source";
  std::filesystem::path output = folder.path() / "out";
  std::string messages;
  BilingualSite() { copy_fixture("bilingual", source); }

  bool build() {
    BuildOptions options;
    options.source = source;
    options.output = output;
    options.jobs = 2;
    options.today = Date{2025, 10, 1};
    Diagnostics diagnostics;
    const bool ok = build_site(options, diagnostics).ok;
    messages.clear();
    for (const auto& d : diagnostics.sorted())
      messages += d.to_string() + "\n";
    return ok;
  }
  void write(const std::string& path, const std::string& text) const {
    std::ofstream(source / path) << text;
  }
};

}  // namespace

TEST_CASE("each language has its own pages, language and names") {
  BilingualSite site;
  REQUIRE(site.build());
  INFO(site.messages);
  const auto files = read_tree(site.output);
  const std::string& ru = files.at("conferences/mir/index.html");
  const std::string& en = files.at("en/conferences/mir/index.html");
  CHECK(contains(ru, "<html lang=\"ru\">"));
  CHECK(contains(en, "<html lang=\"en\">"));
  CHECK(contains(en, "<h1>World of Pediatricians</h1>"));
  CHECK(contains(en, "20–23 May 2025"));
  CHECK(contains(ru, "20–23 мая 2025\u202fг."));
  CHECK(contains(en, "7,000"));
  CHECK(contains(en, "Maxim Bezaev"));
  // Fields a translation does not give come from the original.
  CHECK(contains(
      en, "href=\"../../organizations/jiangxi/\">Jiangxi Provincial Children&apos;s Hospital</a>"));
  CHECK(contains(en, "<title>World of Pediatricians — A bilingual site</title>"));
  // Terms are translated through content/terms.toml, with slugs of their own.
  CHECK(files.contains("en/countries/china/index.html"));
  CHECK(files.contains("countries/kitay/index.html"));
  CHECK(contains(en, "href=\"../../countries/china/\">China</a>"));
  CHECK(contains(files.at("en/topics/pediatrics/index.html"), "<h1>pediatrics</h1>"));
  CHECK(files.contains("en/pages/about/index.html"));
}

TEST_CASE("every page links to its counterpart, both ways, with hreflang") {
  BilingualSite site;
  REQUIRE(site.build());
  const auto files = read_tree(site.output);
  CHECK(contains(files.at("conferences/mir/index.html"),
                 "<a href=\"../../en/conferences/mir/\" hreflang=\"en\" lang=\"en\">English</a>"));
  CHECK(contains(files.at("en/conferences/mir/index.html"),
                 "<a href=\"../../../conferences/mir/\" hreflang=\"ru\" lang=\"ru\">Русский</a>"));
  CHECK(contains(files.at("countries/kitay/index.html"), "href=\"../../en/countries/china/\""));
  CHECK(contains(files.at("en/countries/china/index.html"), "href=\"../../../countries/kitay/\""));
  for (const auto& [path, html] : files) {
    if (!path.ends_with(".html")) continue;
    CAPTURE(path);
    CHECK(contains(html, "<link rel=\"alternate\" hreflang=\"ru\""));
    CHECK(contains(html, "<link rel=\"alternate\" hreflang=\"en\""));
  }
  CHECK(broken_links(site.output) == std::vector<std::string>{});
}

TEST_CASE("an untranslated entry is shown with a note, or hidden") {
  BilingualSite site;
  REQUIRE(site.build());
  auto files = read_tree(site.output);
  const std::string& list = files.at("en/collaborations/index.html");
  CHECK(contains(list,
                 "lang=\"ru\">Соглашение о сотрудничестве</a> <span class=\"untranslated\">(not "
                 "translated)</span>"));
  CHECK(contains(files.at("en/collaborations/soglashenie/index.html"),
                 "<article class=\"entry\" lang=\"ru\">"));
  // One body printed on two pages (render/entry_bodies.h): both have it, whichever comes last.
  CHECK(contains(files.at("en/collaborations/soglashenie/index.html"),
                 "<p class=\"lead\">Текст соглашения без перевода.</p>"));
  CHECK(contains(files.at("collaborations/soglashenie/index.html"),
                 "<p class=\"lead\">Текст соглашения без перевода.</p>"));

  std::string config = read_tree(site.source).at("almanac.toml");
  config =
      std::regex_replace(config, std::regex("untranslated = \"show\""), "untranslated = \"hide\"");
  site.write("almanac.toml", config);
  REQUIRE(site.build());
  files = read_tree(site.output);
  CHECK_FALSE(files.contains("en/collaborations/soglashenie/index.html"));
  CHECK_FALSE(contains(files.at("en/collaborations/index.html"), "Соглашение"));
  // Its Russian page has no English counterpart, so the switcher leads to the English home.
  CHECK(contains(files.at("collaborations/soglashenie/index.html"),
                 "href=\"../../en/\" hreflang=\"en\""));
}

TEST_CASE("bad translations are errors at their position") {
  SUBCASE("a field that must stay the same") {
    BilingualSite site;
    site.write("content/conferences/mir.en.md",
               "+++\ntitle = \"World\"\nstarts = 2025-05-21\n+++\n");
    CHECK_FALSE(site.build());
    CHECK(site.messages ==
          "content/conferences/mir.en.md:3:1: error: a translation cannot change \"starts\": it "
          "is taken from content/conferences/mir.md; delete this line\n");
  }
  SUBCASE("no original") {
    BilingualSite site;
    site.write("content/conferences/lost.en.md", "+++\ntitle = \"Lost\"\n+++\n");
    CHECK_FALSE(site.build());
    CHECK(site.messages ==
          "content/conferences/lost.en.md: error: a translation of content/conferences/lost.md, "
          "which does not exist: name a translation after its original\n");
  }
  SUBCASE("a language the site does not have") {
    BilingualSite site;
    site.write("content/conferences/mir.de.md", "+++\ntitle = \"Welt\"\n+++\n");
    CHECK_FALSE(site.build());
    CHECK(site.messages ==
          "content/conferences/mir.de.md: error: the file name makes it a translation into "
          "\"de\", which is not among the languages in almanac.toml\n");
  }
  SUBCASE("an unknown language code") {
    BilingualSite site;
    site.write("almanac.toml", "title = \"T\"\nlanguages = [\"ru\", \"xx\"]\n");
    CHECK_FALSE(site.build());
    CHECK(contains(site.messages,
                   "almanac.toml:2:20: error: unknown language code \"xx\"; use a "
                   "code such as \"ru\" or \"en\"\n"));
  }
  SUBCASE("a term name in a language the site does not have") {
    BilingualSite site;
    site.write("content/terms.toml", "\"Китай\" = { de = \"China\" }\n");
    CHECK_FALSE(site.build());
    CHECK(site.messages ==
          "content/terms.toml:1:13: error: \"de\" is not one of the site's "
          "other languages in almanac.toml\n");
  }
}

TEST_CASE("a string missing in a language falls back to the default one, with a warning") {
  BilingualSite site;
  std::filesystem::create_directories(site.source / "themes/default/i18n");
  site.write("themes/default/i18n/en.toml",
             "language_name = \"English\"\nlocale = \"en-GB\"\n[menu]\nconferences = \"Events\"\n");
  REQUIRE(site.build());
  CHECK(contains(site.messages,
                 "themes/default/i18n/en.toml: warning: no string \"menu.regions\" "
                 "in \"en\"; the \"ru\" text is used\n"));
  const auto files = read_tree(site.output);
  CHECK(contains(files.at("en/index.html"), ">Events</a>"));
  CHECK(contains(files.at("en/index.html"), ">Регионы</a>"));
}

TEST_CASE("each language has its own search index, of the pages shown in it") {
  BilingualSite site;
  REQUIRE(site.build());
  const auto files = read_tree(site.output);
  REQUIRE(files.contains("en/search/index.json"));
  REQUIRE(files.contains("en/search/docs-0.json"));
  CHECK(contains(files.at("en/search/index.html"), "data-lang=\"en\""));
  // English rows carry English titles; the untranslated entry is listed in its own language.
  CHECK(contains(files.at("en/search/docs-0.json"), "\"conferences/mir/\""));
  CHECK(contains(files.at("en/search/docs-0.json"), "Соглашение о сотрудничестве"));
  CHECK_FALSE(contains(files.at("search/docs-0.json"), "\"en/"));
}

TEST_CASE("sitemap.xml lists each page with its other language; feeds per language") {
  BilingualSite site;
  std::string config = read_tree(site.source).at("almanac.toml");
  site.write("almanac.toml", "base_url = \"https://example.org/b/\"\n" + config);
  REQUIRE(site.build());
  const auto files = read_tree(site.output);
  const std::string& sitemap = files.at("sitemap.xml");
  CHECK(contains(sitemap,
                 "<loc>https://example.org/b/conferences/mir/</loc>\n"
                 "    <xhtml:link rel=\"alternate\" hreflang=\"ru\" "
                 "href=\"https://example.org/b/conferences/mir/\"/>\n"
                 "    <xhtml:link rel=\"alternate\" hreflang=\"en\" "
                 "href=\"https://example.org/b/en/conferences/mir/\"/>\n"));
  CHECK(contains(sitemap, "<loc>https://example.org/b/en/conferences/mir/</loc>"));
  CHECK_FALSE(files.contains("en/sitemap.xml"));  // one sitemap, at the top
  CHECK(contains(files.at("en/atom.xml"), "xml:lang=\"en\""));
  CHECK(contains(files.at("en/atom.xml"), "<title>World of Pediatricians</title>"));
  // The same event has the same UID in both languages' calendars.
  CHECK(contains(files.at("conferences/calendar.ics"), "UID:conferences-mir@example.org\r\n"));
  CHECK(contains(files.at("en/conferences/calendar.ics"), "UID:conferences-mir@example.org\r\n"));
  CHECK(contains(files.at("en/conferences/calendar.ics"), "SUMMARY:World of Pediatricians\r\n"));
}

TEST_CASE(
    "a name the English pages would show untranslated gets one warning saying where to add it") {
  BilingualSite site;
  REQUIRE(site.build());
  const std::string organization =
      "content/organizations/nizhny.toml: warning: the organization is shown under its name "
      "\"Нижегородская областная детская клиническая больница\" on the \"en\" pages: add a line "
      "name_en = \"...\" to this file\n";
  const std::string country =
      "content/terms.toml: warning: \"Россия\" is shown untranslated on the \"en\" pages: add a "
      "line \"Россия\" = { en = \"...\" } to content/terms.toml\n";
  CHECK(site.messages == organization + country);
  CHECK(contains(read_tree(site.output).at("en/organizations/nizhny/index.html"), "Россия"));

  // Once named, the English pages use the names, and nothing is said.
  site.write("content/terms.toml",
             "\"Китай\" = { en = \"China\" }\n\"Нижегородская область\" = { en = \"Nizhny "
             "Novgorod Oblast\" }\n\"педиатрия\" = { en = \"pediatrics\" }\n\"Россия\" = { en = "
             "\"Russia\" }\n");
  site.write("content/organizations/nizhny.toml",
             "name = \"Нижегородская областная детская клиническая больница\"\nname_en = "
             "\"Nizhny Novgorod Regional Children's Hospital\"\nkind = \"hospital\"\ncountry = "
             "\"Россия\"\n");
  REQUIRE(site.build());
  CHECK(site.messages.empty());
  const auto files = read_tree(site.output);
  const std::string& page = files.at("en/organizations/nizhny/index.html");
  CHECK(contains(page, "Russia"));
  CHECK_FALSE(contains(page, "Россия"));
  // The list of organizations and the links to them name the country in English too.
  CHECK_FALSE(contains(files.at("en/organizations/index.html"), "Россия"));
}

TEST_CASE(
    "build --local: every link into the site names its index.html, for a site opened from disk") {
  BilingualSite site;
  BuildOptions options;
  options.source = site.source;
  options.output = site.output;
  options.today = Date{2025, 10, 1};
  options.local = true;
  Diagnostics diagnostics;
  REQUIRE(build_site(options, diagnostics).ok);
  const auto files = read_tree(site.output);
  const std::regex link("href=\"([^\"]*)\"");
  std::size_t checked = 0;
  for (const auto& [path, text] : files) {
    if (!path.ends_with(".html")) continue;
    for (std::sregex_iterator it(text.begin(), text.end(), link), end; it != end; ++it) {
      const std::string target = (*it)[1];
      if (target.empty() || target.starts_with("#") || target.find(':') != std::string::npos) {
        continue;
      }
      CAPTURE(path);
      CAPTURE(target);
      const std::string file = target.substr(0, target.find_first_of("?#"));
      CHECK_FALSE(file.ends_with("/"));
      ++checked;
    }
  }
  CHECK(checked > 100);
  CHECK(broken_links(site.output).empty());
  CHECK(contains(files.at("index.html"), "href=\"./conferences/index.html\""));
  CHECK(contains(files.at("en/conferences/mir/index.html"),
                 "href=\"../../../conferences/mir/index.html\""));
  // Search needs a web server: the page says so and offers no search box.
  CHECK(contains(files.at("search/index.html"), "Поиск работает, когда сайт открыт с веб-сервера"));
  CHECK_FALSE(contains(files.at("index.html"), "data-site-search"));
}

TEST_CASE("an entry written as a folder: its text in index.md, its photos published beside it") {
  BilingualSite site;
  std::filesystem::create_directories(site.source / "content/conferences/forum/drafts");
  site.write("content/conferences/forum/index.md",
             "+++\ntitle = \"Форум\"\ndate = 2025-03-01\nstarts = 2025-05-20\n+++\nТекст.\n");
  site.write("content/conferences/forum/index.en.md", "+++\ntitle = \"Forum\"\n+++\nText.\n");
  site.write("content/conferences/forum/photo.jpg", std::string("\xFF\xD8\xFF\xE0 photo", 10));
  site.write("content/conferences/forum/agreement-scan.pdf", "%PDF-1.7 scan");
  site.write("content/conferences/forum/notes.md", "a second text");
  site.write("content/conferences/forum/drafts/old.jpg", "old");
  // A folder without index.md is not an entry.
  std::filesystem::create_directories(site.source / "content/conferences/photos");
  site.write("content/conferences/photos/a.jpg", "a");
  REQUIRE(site.build());
  const auto files = read_tree(site.output);
  CHECK(contains(files.at("conferences/forum/index.html"), "<h1>Форум</h1>"));
  CHECK(contains(files.at("en/conferences/forum/index.html"), "<h1>Forum</h1>"));
  CHECK(files.at("conferences/forum/photo.jpg") == std::string("\xFF\xD8\xFF\xE0 photo", 10));
  CHECK(files.at("conferences/forum/agreement-scan.pdf") == "%PDF-1.7 scan");
  CHECK_FALSE(files.contains("en/conferences/forum/photo.jpg"));  // one copy for every language
  CHECK_FALSE(files.contains("conferences/forum/notes.md"));
  CHECK(contains(site.messages,
                 "content/conferences/forum/notes.md: warning: not read: an "
                 "entry's folder holds one text, index.md"));
  CHECK(contains(site.messages, "content/conferences/forum/drafts: warning: not read"));
  CHECK(contains(site.messages, "content/conferences/photos: warning: not read"));
}

TEST_CASE("links and images in texts: to entries by their file, photos beside them, static files") {
  BilingualSite site;
  std::filesystem::create_directories(site.source / "content/conferences/forum");
  std::filesystem::create_directories(site.source / "static/images");
  site.write("static/images/map.png", "png");
  site.write("content/conferences/forum/photo.jpg", "jpg");
  site.write("content/conferences/forum/index.md",
             "+++\ntitle = \"Форум\"\ndate = 2025-03-01\nstarts = 2025-05-20\n+++\n"
             "Фото: ![зал](photo.jpg). Карта: ![карта](../../images/map.png), "
             "[о конференции](@/conferences/mir.md#program), [соглашение](@/collaborations/"
             "soglashenie.md), [все](/conferences/).\n");
  site.write(
      "content/conferences/forum/index.en.md",
      "+++\ntitle = \"Forum\"\n+++\nPhoto: ![hall](photo.jpg). Map: ![map](/images/map.png), "
      "[about](@/conferences/mir.md), [agreement](@/collaborations/soglashenie.md).\n");
  REQUIRE(site.build());
  INFO(site.messages);
  const auto files = read_tree(site.output);
  const std::string& ru = files.at("conferences/forum/index.html");
  CHECK(contains(ru, "src=\"../../conferences/forum/photo.jpg\""));
  CHECK(contains(ru, "src=\"../../images/map.png\""));
  CHECK(contains(ru, "href=\"../../conferences/mir/#program\""));
  CHECK(contains(ru, "href=\"../../collaborations/soglashenie/\""));
  CHECK(contains(ru, "href=\"../../conferences/\""));
  // The English page is one folder deeper: the same photo and map, the English entry, and the
  // Russian page of an entry that has no English text (shown untranslated there).
  const std::string& en = files.at("en/conferences/forum/index.html");
  CHECK(contains(en, "src=\"../../../conferences/forum/photo.jpg\""));
  CHECK(contains(en, "src=\"../../../images/map.png\""));
  CHECK(contains(en, "href=\"../../conferences/mir/\""));
  CHECK(contains(en, "href=\"../../collaborations/soglashenie/\""));
  CHECK(broken_links(site.output).empty());
}

TEST_CASE("a link or image in a text that leads nowhere is an error at its position") {
  BilingualSite site;
  site.write("content/conferences/broken.md",
             "+++\ntitle = \"A\"\ndate = 2025-03-01\nstarts = 2025-05-20\n+++\n"
             "Первый абзац.\n\n![форум](forum.jpg) и [соглашение](/collaborations/no-such/),\n"
             "[конференция](@/conferences/no-such.md), [выше](../../../x.png).\n");
  CHECK_FALSE(site.build());
  std::string errors;
  for (std::size_t start = 0; start < site.messages.size();) {
    const std::size_t end = site.messages.find('\n', start) + 1;
    const std::string line = site.messages.substr(start, end - start);
    if (contains(line, ": error: ")) errors += line;
    start = end;
  }
  CHECK(errors ==
        "content/conferences/broken.md:8:1: error: the image \"forum.jpg\" is not there "
        "(/conferences/broken/forum.jpg): put the file beside the entry, written as a folder "
        "(content/conferences/x/index.md), or in static/, or correct its name\n"
        "content/conferences/broken.md:8:23: error: \"/collaborations/no-such/\" leads to no "
        "page of the site (/collaborations/no-such/); to link to an entry, write @/ and its "
        "file, such as @/conferences/mir-pediatrov.md\n"
        "content/conferences/broken.md:9:1: error: \"@/conferences/no-such.md\" names no entry: "
        "there is no published content/conferences/no-such.md; write @/ and the entry's file "
        "below content/, such as @/conferences/mir-pediatrov.md\n"
        "content/conferences/broken.md:9:42: error: \"../../../x.png\" leads above the site's "
        "top folder: count its \"../\" again\n");
  CHECK_FALSE(std::filesystem::exists(site.output));
}
