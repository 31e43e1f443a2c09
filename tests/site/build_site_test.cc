// End to end: build the fixture site from tests/fixtures/ into a temporary folder and read it.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <regex>

#include "output/output_writer.h"
#include "pipeline/site_build.h"
#include "support/site_files.h"
#include "support/temp_folder.h"

using namespace almanac;
using namespace almanac::testing;

namespace {

struct Built {
  BuildResult result;
  std::string messages;
};

Built build(const std::filesystem::path& source, const std::filesystem::path& output, int jobs = 2,
            bool drafts = false, bool force = false) {
  BuildOptions options;
  options.source = source;
  options.output = output;
  options.jobs = jobs;
  options.include_drafts = drafts;
  options.force = force;
  options.today = Date{2025, 10, 1};
  Diagnostics diagnostics;
  Built built;
  built.result = build_site(options, diagnostics);
  for (const auto& d : diagnostics.sorted())
    built.messages += d.to_string() + "\n";
  return built;
}

// A paginated list's pages joined: first, first/page/2/, ...
std::string all_pages(const std::map<std::string, std::string>& files, const std::string& first) {
  std::string text = files.at(first + "index.html");
  for (int page = 2; files.contains(first + "page/" + std::to_string(page) + "/index.html");
       ++page) {
    text += files.at(first + "page/" + std::to_string(page) + "/index.html");
  }
  return text;
}

// The published name of a fingerprinted asset, such as style.3f9a1c02b4.css; empty if none.
std::string published_file(const std::map<std::string, std::string>& files, const std::string& stem,
                           const std::string& extension) {
  const std::regex name(stem + R"(\.[0-9a-f]{10})" + extension);
  for (const auto& [path, text] : files) {
    if (std::regex_match(path, name)) return path;
  }
  return {};
}

struct FixtureSite {
  TempFolder folder;
  std::filesystem::path source = folder.path() / "source";
  std::filesystem::path output = folder.path() / "out";
  FixtureSite() { copy_fixture("basic", source); }
};

}  // namespace

TEST_CASE("the fixture site builds every page") {
  FixtureSite site;
  const Built built = build(site.source, site.output);
  INFO(built.messages);
  REQUIRE(built.result.ok);
  const auto files = read_tree(site.output);
  for (const char* path : {"index.html",
                           "404.html",
                           "images/mark.svg",
                           "conferences/index.html",
                           "conferences/page/2/index.html",
                           "conferences/alpha/index.html",
                           "collaborations/agreement/index.html",
                           "internships/exchange/index.html",
                           "organizations/index.html",
                           "organizations/city-hospital/index.html",
                           "countries/index.html",
                           "countries/kitay/index.html",
                           "countries/kitay/page/2/index.html",
                           "regions/nizhegorodskaya-oblast/index.html",
                           "topics/pediatriya/index.html",
                           "years/index.html",
                           "years/2024/index.html",
                           "years/2025/index.html",
                           "pages/about/index.html",
                           OutputWriter::kManifestName}) {
    CAPTURE(path);
    CHECK(files.contains(path));
  }
  CHECK_FALSE(files.contains("conferences/hidden/index.html"));
  CHECK(built.result.files + 2 == files.size());  // every file but the manifest and the lock
  for (const char* path :
       {"reports/index.html", "reports/2024/index.html", "reports/2025/index.html",
        "reports/2025/report.csv", "reports/2025/report.json"}) {
    CAPTURE(path);
    CHECK(files.contains(path));
  }
  CHECK(files.at(OutputWriter::kManifestName).find("conferences/alpha/index.html\t=") !=
        std::string::npos);
}

TEST_CASE("every internal link of the built site resolves") {
  FixtureSite site;
  REQUIRE(build(site.source, site.output).result.ok);
  CHECK(broken_links(site.output) == std::vector<std::string>{});
}

TEST_CASE("values are escaped and raw HTML is left out") {
  FixtureSite site;
  REQUIRE(build(site.source, site.output).result.ok);
  const auto files = read_tree(site.output);
  const std::string& page = files.at("conferences/alpha/index.html");
  CHECK(
      contains(page, "Conference &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
  CHECK_FALSE(contains(page, "<script>alert(1)"));
  CHECK_FALSE(contains(page, "<script>alert(\"body\")"));
  CHECK(contains(page, "Иван &lt;b&gt;Петров&lt;/b&gt;"));
  CHECK_FALSE(contains(page, "<span class=\"raw\">"));
  CHECK(contains(page, "href=\"https://example.org/news?id=1&amp;x=2\""));
  CHECK(contains(files.at("index.html"), "<title>Fixture &lt;Site&gt; &amp; Co</title>"));
}

TEST_CASE("entry pages show their facts in reader's form") {
  FixtureSite site;
  REQUIRE(build(site.source, site.output).result.ok);
  const auto files = read_tree(site.output);
  const std::string& page = files.at("conferences/alpha/index.html");
  CHECK(contains(page, "20–23 мая 2025\u202fг."));
  CHECK(contains(page, "7\u00a0000"));
  CHECK(contains(page, "очно и онлайн"));
  CHECK(contains(page, "href=\"../../organizations/jiangxi-childrens-hospital/\""));
  CHECK(contains(page, "href=\"../../countries/kitay/\""));
  CHECK(contains(page, "<time datetime=\"2025-03-01\">1 марта 2025\u202fг.</time>"));
  // Related by partner and topic.
  CHECK(contains(page, "href=\"../../conferences/beta/\""));
  const std::string& agreement = files.at("collaborations/agreement/index.html");
  CHECK(contains(agreement, "<table>"));
  CHECK(contains(agreement, "<ol><li>платформа</li><li>обмен</li><li>исследования</li></ol>"));
}

TEST_CASE("lists are newest first and paginated with rel links") {
  FixtureSite site;
  REQUIRE(build(site.source, site.output).result.ok);
  const auto files = read_tree(site.output);
  const std::string& first = files.at("conferences/index.html");
  const auto beta = first.find("conferences/beta/");
  const auto alpha = first.find("conferences/alpha/");
  REQUIRE(beta != std::string::npos);
  REQUIRE(alpha != std::string::npos);
  CHECK(beta < alpha);
  CHECK_FALSE(contains(first, "conferences/gamma/\""));
  CHECK(contains(first, "rel=\"next\" href=\"../conferences/page/2/\""));
  CHECK(contains(first, "Страница 1 из 2"));
  const std::string& second = files.at("conferences/page/2/index.html");
  CHECK(contains(second, "../../../conferences/gamma/"));
  CHECK(contains(second, "rel=\"prev\" href=\"../../../conferences/\""));
}

TEST_CASE("a long list links its first and last pages and those near the current one") {
  FixtureSite site;
  for (int n = 1; n <= 30; ++n) {  // with the fixture's conferences, 17 pages of 2
    std::ofstream(site.source / ("content/conferences/extra-" + std::to_string(n) + ".md"))
        << "+++\ntitle = \"Конференция " << n << "\"\ndate = 2020-01-" << (n < 10 ? "0" : "") << n
        << "\nstarts = 2020-02-01\n+++\nТекст.\n";
  }
  REQUIRE(build(site.source, site.output).result.ok);
  const auto files = read_tree(site.output);
  const auto numbers = [&](const std::string& path) {
    const std::string& html = files.at(path);
    const auto from = html.find("<nav class=\"pagination\"");
    REQUIRE(from != std::string::npos);
    const std::string nav = html.substr(from, html.find("</nav>", from) - from);
    const std::regex item(R"(<li( class="gap")?[^>]*>(?:<a href="[^"]*">|<span[^>]*>)?([^<]*))");
    std::string shown;
    for (auto it = std::sregex_iterator(nav.begin(), nav.end(), item); it != std::sregex_iterator();
         ++it) {
      if ((*it)[1].matched) {
        shown += "… ";
      } else if (std::isdigit(static_cast<unsigned char>((*it)[2].str()[0]))) {
        shown += (*it)[2].str() + " ";
      }
    }
    return shown;
  };
  CHECK(numbers("conferences/index.html") == "1 2 3 … 17 ");
  CHECK(numbers("conferences/page/9/index.html") == "1 … 7 8 9 10 11 … 17 ");
  // A gap of one page shows that page.
  CHECK(numbers("conferences/page/4/index.html") == "1 2 3 4 5 6 … 17 ");
  CHECK(numbers("conferences/page/17/index.html") == "1 … 15 16 17 ");
  CHECK(contains(files.at("conferences/page/9/index.html"),
                 "<a href=\"../../../conferences/page/17/\">17</a>"));
}

TEST_CASE("organizations are in Russian alphabetical order, with their entries by kind") {
  FixtureSite site;
  REQUIRE(build(site.source, site.output).result.ok);
  const auto files = read_tree(site.output);
  const std::string& list = files.at("organizations/index.html");
  const std::vector<std::string> order = {"Абаканский университет", "Городская больница",
                                          "Детская больница провинции Цзянси", "Ёлкинская клиника"};
  std::size_t last = 0;
  for (const auto& name : order) {
    const auto at = list.find(name);
    CAPTURE(name);
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
  }
  const std::string& jiangxi = files.at("organizations/jiangxi-childrens-hospital/index.html");
  CHECK(contains(jiangxi, "江西省儿童医院"));
  CHECK(contains(jiangxi, "<h2>Сотрудничество</h2>"));
  CHECK(contains(jiangxi, "<h2>Конференции</h2>"));
  CHECK(contains(jiangxi, "<h2>Стажировки</h2>"));
}

TEST_CASE("an internship is listed in every year it spans") {
  FixtureSite site;
  REQUIRE(build(site.source, site.output).result.ok);
  const auto files = read_tree(site.output);
  CHECK(contains(all_pages(files, "years/2024/"), "internships/exchange/"));
  CHECK(contains(all_pages(files, "years/2025/"), "internships/exchange/"));
  // A collaboration counts in the year it was signed.
  CHECK(contains(all_pages(files, "years/2025/"), "collaborations/agreement/"));
}

TEST_CASE("the home page has key figures and upcoming conferences") {
  FixtureSite site;
  REQUIRE(build(site.source, site.output).result.ok);
  const auto home = read_tree(site.output).at("index.html");
  CHECK(contains(
      home,
      "<span class=\"number\">2</span> <span class=\"label\">соглашения и меморандума</span>"));
  CHECK(contains(home, "<span class=\"number\">3</span> <span class=\"label\">конференции</span>"));
  CHECK(contains(home, "<span class=\"number\">4</span> <span class=\"label\">организации</span>"));
  // Today is 2025-10-01 in these tests: alpha ended in May, beta is on 31 December.
  const auto upcoming = home.substr(home.find("upcoming-title"),
                                    home.find("class=\"columns\"") - home.find("upcoming-title"));
  CHECK(contains(upcoming, "conferences/beta/"));
  CHECK_FALSE(contains(upcoming, "conferences/alpha/"));
}

TEST_CASE("the same input gives byte-identical output whatever --jobs is") {
  FixtureSite site;
  REQUIRE(build(site.source, site.folder.path() / "one", 1).result.ok);
  REQUIRE(build(site.source, site.folder.path() / "four", 4).result.ok);
  REQUIRE(build(site.source, site.folder.path() / "four", 4).result.ok);
  CHECK(read_tree(site.folder.path() / "one") == read_tree(site.folder.path() / "four"));
}

TEST_CASE("the search index holds every page, written while other pages still render") {
  // Its files are written by one thread while the others go on with later pages: with many
  // pages and more threads than cores, a page left out or indexed late would show here.
  FixtureSite site;
  for (int i = 0; i < 400; ++i) {
    std::ofstream(site.source / ("content/collaborations/many-" + std::to_string(i) + ".md"))
        << "+++\ntitle = \"Соглашение " << i << "\"\ndate = 2024-01-01\n"
        << "form = \"agreement\"\npartners = [\"city-hospital\"]\n+++\nТекст номер слово" << i
        << ".\n";
  }
  REQUIRE(build(site.source, site.folder.path() / "one", 1).result.ok);
  REQUIRE(build(site.source, site.folder.path() / "eight", 8).result.ok);
  const auto one = read_tree(site.folder.path() / "one");
  const auto eight = read_tree(site.folder.path() / "eight");
  std::string terms;
  for (const auto& [path, content] : one) {
    if (!path.starts_with("search/")) continue;
    CHECK_MESSAGE(eight.at(path) == content, path);
    if (path.starts_with("search/terms-")) terms += content;
  }
  for (int i = 0; i < 400; i += 57)
    CHECK(contains(terms, "\"слово" + std::to_string(i) + "\":["));
}

TEST_CASE("drafts are published only when asked") {
  FixtureSite site;
  REQUIRE(build(site.source, site.output, 2, true).result.ok);
  CHECK(read_tree(site.output).contains("conferences/hidden/index.html"));
}

TEST_CASE("a failed build leaves the output folder exactly as it was") {
  FixtureSite site;
  REQUIRE(build(site.source, site.output).result.ok);
  const auto before = read_tree(site.output);
  std::ofstream(site.source / "content/conferences/broken.md") << "+++\ntitle = \"x\"\n";
  const Built failed = build(site.source, site.output);
  CHECK_FALSE(failed.result.ok);
  CHECK(contains(failed.messages, "content/conferences/broken.md:1:1: error: the front matter"));
  CHECK(read_tree(site.output) == before);
}

TEST_CASE("a content error before the first build creates no output folder") {
  FixtureSite site;
  std::ofstream(site.source / "content/conferences/broken.md") << "";
  CHECK_FALSE(build(site.source, site.output).result.ok);
  CHECK_FALSE(std::filesystem::exists(site.output));
}

TEST_CASE("files of an earlier build that are gone are removed; other files are kept") {
  FixtureSite site;
  REQUIRE(build(site.source, site.output).result.ok);
  std::ofstream(site.output / "keep.txt") << "the web team's file";
  std::filesystem::remove(site.source / "content/conferences/gamma.md");
  const Built second = build(site.source, site.output);
  INFO(second.messages);
  REQUIRE(second.result.ok);
  const auto files = read_tree(site.output);
  CHECK_FALSE(files.contains("conferences/gamma/index.html"));
  CHECK_FALSE(std::filesystem::exists(site.output / "conferences/gamma"));
  CHECK_FALSE(files.contains("conferences/page/2/index.html"));
  CHECK(files.at("keep.txt") == "the web team's file");
  CHECK_FALSE(std::filesystem::exists(site.output / OutputWriter::kStagingName));
}

TEST_CASE("a folder with someone else's files is refused unless --force") {
  FixtureSite site;
  std::filesystem::create_directories(site.output);
  std::ofstream(site.output / "index.html") << "hand-made";
  const Built refused = build(site.source, site.output);
  CHECK_FALSE(refused.result.ok);
  CHECK(contains(refused.messages, "holds files that almanac did not write"));
  CHECK(read_tree(site.output).at("index.html") == "hand-made");
  CHECK(build(site.source, site.output, 2, false, true).result.ok);
  CHECK(read_tree(site.output).at("index.html") != "hand-made");
}

TEST_CASE("two entries with the same URL are an error") {
  FixtureSite site;
  std::ofstream(site.source / "content/conferences/zeta.md")
      << "+++\ntitle = \"Z\"\ndate = 2025-01-01\nstarts = 2025-01-02\nslug = \"alpha\"\n+++\n";
  const Built built = build(site.source, site.output);
  CHECK_FALSE(built.result.ok);
  CHECK(built.messages ==
        "content/conferences/zeta.md: error: the URL /conferences/alpha/ is already taken by "
        "content/conferences/alpha.md; give one of them another slug = \"...\"\n");
}

TEST_CASE("warnings: an organization nobody refers to, a file almanac does not read") {
  FixtureSite site;
  std::ofstream(site.source / "content/organizations/lonely.toml")
      << "name = \"Одинокая\"\ncountry = \"Россия\"\n";
  std::ofstream(site.source / "content/conferences/notes.txt") << "draft notes";
  const Built built = build(site.source, site.output);
  CHECK(built.result.ok);
  CHECK(contains(built.messages,
                 "content/organizations/lonely.toml: warning: no entry refers to "
                 "the organization \"lonely\"\n"));
  CHECK(contains(built.messages,
                 "content/conferences/notes.txt: warning: not read: only .md files belong in "
                 "content/conferences; to publish a photo or a document with an entry, make the "
                 "entry a folder: content/conferences/<entry>/index.md, with the file beside "
                 "it\n"));
}

TEST_CASE("errors in several files are all reported at once") {
  FixtureSite site;
  std::ofstream(site.source / "content/conferences/one.md") << "+++\ntitle = 1\n+++\n";
  std::ofstream(site.source / "content/internships/two.md")
      << "+++\ntitle = \"T\"\ndate = 2025-01-01\nplanned = -1\n+++\n";
  const Built built = build(site.source, site.output);
  CHECK_FALSE(built.result.ok);
  CHECK(contains(built.messages, "content/conferences/one.md:2:1: error:"));
  CHECK(contains(built.messages,
                 "content/conferences/one.md:1:1: error: missing required field \"date\""));
  CHECK(contains(built.messages, "content/internships/two.md:4:1: error: \"planned\" is a count"));
}

TEST_CASE("a site overrides one template of the built-in theme") {
  FixtureSite site;
  std::filesystem::create_directories(site.source / "themes/default/templates/partials");
  std::ofstream(site.source / "themes/default/templates/partials/foot.mustache")
      << "</main><footer>Ministry footer {{site.title}}</footer></body></html>\n";
  REQUIRE(build(site.source, site.output).result.ok);
  const auto files = read_tree(site.output);
  CHECK(contains(files.at("index.html"),
                 "<footer>Ministry footer Fixture &lt;Site&gt; &amp; Co</footer>"));
  CHECK(contains(files.at("index.html"), "<header class=\"site-header\">"));
}

TEST_CASE("a theme named in almanac.toml overrides the built-in one file by file") {
  FixtureSite site;
  std::ofstream(site.source / "almanac.toml", std::ios::app) << "theme = \"ministry\"\n";
  std::filesystem::create_directories(site.source / "themes/ministry/static");
  std::ofstream(site.source / "themes/ministry/static/style.css") << "body { color: navy; }\n";
  REQUIRE(build(site.source, site.output).result.ok);
  const auto files = read_tree(site.output);
  CHECK(files.at(published_file(files, "style", ".css")) == "body { color: navy; }\n");
  CHECK(contains(files.at("index.html"), "<header class=\"site-header\">"));
}

TEST_CASE("a theme that does not exist is an error") {
  FixtureSite site;
  std::ofstream(site.source / "almanac.toml", std::ios::app) << "theme = \"missing\"\n";
  const Built built = build(site.source, site.output);
  CHECK_FALSE(built.result.ok);
  CHECK(contains(built.messages,
                 "almanac.toml: error: theme = \"missing\" but there is no folder "
                 "themes/missing\n"));
}

TEST_CASE("a broken template is reported at its line and column") {
  FixtureSite site;
  std::filesystem::create_directories(site.source / "themes/default/templates");
  std::ofstream(site.source / "themes/default/templates/page.mustache")
      << "{{> head}}\n<h1>{{page_title}}</h1>\n{{#body}}\n{{> foot}}\n";
  const Built built = build(site.source, site.output);
  CHECK_FALSE(built.result.ok);
  CHECK(built.messages ==
        "themes/default/templates/page.mustache:3:1: error: template error: Unclosed section "
        "\"body\"\n");
}

TEST_CASE("a base_url that is not a full http(s) address is an error at its position") {
  for (const char* bad : {"minzdrav.example.ru/international/", "ftp://example.org/", "https://",
                          "https://example.org/a b/", "https://example.org/?x=1", "https://:80/",
                          "/international/"}) {
    CAPTURE(bad);
    FixtureSite site;
    std::ofstream(site.source / "almanac.toml") << "title = \"T\"\nbase_url = \"" << bad << "\"\n";
    const Built built = build(site.source, site.output);
    CHECK_FALSE(built.result.ok);
    CHECK(built.messages ==
          "almanac.toml:2:1: error: \"base_url\" must be the full address the site is "
          "published at, starting with https:// or http://, such as base_url = "
          "\"https://minzdrav.example.ru/international/\"\n");
    CHECK_FALSE(std::filesystem::exists(site.output));
  }
  for (const char* good : {"https://minzdrav.example.ru/international", "http://127.0.0.1:8080/",
                           "HTTPS://Example.org", "https://минздрав.рф/"}) {
    CAPTURE(good);
    FixtureSite site;
    std::ofstream(site.source / "almanac.toml") << "title = \"T\"\nbase_url = \"" << good << "\"\n";
    CHECK(build(site.source, site.output).result.ok);
  }
}

TEST_CASE("style sheets are published under names with a hash of their content") {
  FixtureSite site;
  REQUIRE(build(site.source, site.output).result.ok);
  auto files = read_tree(site.output);
  const std::string style = published_file(files, "style", ".css");
  REQUIRE_FALSE(style.empty());
  CHECK_FALSE(files.contains("style.css"));
  CHECK_FALSE(published_file(files, "report", ".css").empty());
  CHECK(files.contains("images/mark.svg"));  // images keep their names: content links to them
  CHECK(contains(files.at("index.html"), "<link rel=\"stylesheet\" href=\"./" + style + "\">"));
  CHECK(contains(files.at("conferences/alpha/index.html"), "href=\"../../" + style + "\""));

  // A changed style sheet gets a new name, and the old file goes.
  std::filesystem::create_directories(site.source / "static");
  std::ofstream(site.source / "static/style.css") << "body { color: navy; }\n";
  REQUIRE(build(site.source, site.output).result.ok);
  files = read_tree(site.output);
  const std::string changed = published_file(files, "style", ".css");
  CHECK_FALSE(changed.empty());
  CHECK(changed != style);
  CHECK_FALSE(files.contains(style));
  CHECK(contains(files.at("index.html"), "href=\"./" + changed + "\""));
}

TEST_CASE("an entry page prints its lead paragraph once") {
  FixtureSite site;
  // No summary: the first paragraph is the summary and the page's lead, printed in the body.
  site.folder.write("source/content/conferences/lead.md",
                    "+++\ntitle = \"Lead\"\ndate = 2025-03-01\nstarts = 2025-05-20\n+++\n"
                    "Первый абзац с [ссылкой](../beta/).\n\nВторой абзац.\n");
  // A summary of its own is printed above the body, which stays as it is.
  site.folder.write("source/content/conferences/own.md",
                    "+++\ntitle = \"Own\"\ndate = 2025-03-01\nstarts = 2025-05-20\n"
                    "summary = \"Кратко о конференции.\"\n+++\nПервый абзац.\n");
  // A body that opens with a heading: its first paragraph is the summary, printed once too.
  site.folder.write("source/content/conferences/heading.md",
                    "+++\ntitle = \"Heading\"\ndate = 2025-03-01\nstarts = 2025-05-20\n+++\n"
                    "## Программа\n\nПервый абзац.\n");
  const Built built = build(site.source, site.output);
  INFO(built.messages);
  REQUIRE(built.result.ok);
  // How often the page shows `part` (its head repeats the summary for search engines).
  const auto count = [](const std::string& page, const std::string& part) {
    const std::string text = page.substr(page.find("<main"));
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
      ++n;
    return n;
  };
  const std::string lead = site.folder.read("out/conferences/lead/index.html");
  CHECK(count(lead, "Первый абзац с") == 1);
  CHECK(contains(lead, "<div class=\"body\">\n<p class=\"lead\">Первый абзац с <a "));
  CHECK(contains(lead, "<meta name=\"description\" content=\"Первый абзац с ссылкой.\">"));
  const std::string own = site.folder.read("out/conferences/own/index.html");
  CHECK(contains(own, "<p class=\"lead\">Кратко о конференции.</p>"));
  CHECK(contains(own, "<div class=\"body\">\n<p>Первый абзац.</p>"));
  const std::string heading = site.folder.read("out/conferences/heading/index.html");
  CHECK(count(heading, "Первый абзац.") == 1);
  CHECK(contains(heading, "<p>Первый абзац.</p>"));
}

TEST_CASE("a setting written below [extra] in almanac.toml is an error that says where it goes") {
  FixtureSite site;
  std::ofstream(site.source / "almanac.toml")
      << "title = \"T\"\n[extra]\nbanner = \"x.png\"\nbase_url = \"https://example.org/\"\n";
  const Built built = build(site.source, site.output);
  CHECK_FALSE(built.result.ok);
  CHECK(built.messages ==
        "almanac.toml:4:1: error: \"base_url\" is below the [extra] line (line 2), so TOML counts "
        "it as part of [extra] and not as a field; move the line above [extra]\n");
}

TEST_CASE("a file that failed to load causes no second error elsewhere") {
  FixtureSite site;
  // An organization saved by a word processor in Windows-1251: "Больница" in that encoding.
  site.folder.write("source/content/organizations/legacy.toml",
                    "name = \"\xC1\xEE\xEB\xFC\xED\xE8\xF6\xE0\"\ncountry = \"Китай\"\n");
  site.folder.write("source/content/conferences/names-legacy.md",
                    "+++\ntitle = \"A\"\ndate = 2025-03-01\nstarts = 2025-05-20\n"
                    "partners = [\"legacy\"]\n+++\nТекст.\n");
  // An entry that does not load: the organization only it names is not "unused".
  site.folder.write("source/content/organizations/orphan.toml",
                    "name = \"Сирота\"\ncountry = \"Китай\"\n");
  site.folder.write("source/content/conferences/broken.md",
                    "+++\ntitle = \"B\"\ndate = 2025-03-01\nstarts = 2025-05-20\n"
                    "partners = [\"orphan\"\n+++\nТекст.\n");
  const Built built = build(site.source, site.output);
  INFO(built.messages);
  CHECK_FALSE(built.result.ok);
  CHECK(contains(built.messages, "content/organizations/legacy.toml"));
  CHECK(contains(built.messages, "content/conferences/broken.md:5:"));
  CHECK_FALSE(contains(built.messages, "names-legacy.md"));
  CHECK_FALSE(contains(built.messages, "no entry refers to the organization"));
}

TEST_CASE("a symbolic link that leads out of the site is an error, and nothing is published") {
  // A folder outside the site with a secret, as /etc is on a CI runner.
  FixtureSite site;
  site.folder.write("outside/passwd", "root:x:0:0");
  site.folder.write("outside/story.md",
                    "+++\ntitle = \"S\"\ndate = 2025-01-01\nstarts = 2025-01-02\n+++\nСекрет.\n");
  std::filesystem::remove_all(site.source / "static");
  std::filesystem::create_directory_symlink(site.folder.path() / "outside", site.source / "static");
  std::filesystem::create_symlink(site.folder.path() / "outside/story.md",
                                  site.source / "content/conferences/story.md");
  const Built built = build(site.source, site.output);
  CHECK_FALSE(built.result.ok);
  CHECK(contains(built.messages, "content/conferences/story.md: error: a symbolic link to " +
                                     (site.folder.path() / "outside/story.md").string() +
                                     ", outside the site folder"));
  CHECK(contains(built.messages, "static: error: a symbolic link to " +
                                     (site.folder.path() / "outside").string() +
                                     ", outside the site folder"));
  CHECK_FALSE(std::filesystem::exists(site.output));
}

TEST_CASE("a symbolic link that stays inside the site is read as the file it leads to") {
  FixtureSite site;
  site.folder.write("source/content/shared/logo.svg", "<svg/>");
  std::filesystem::create_directories(site.source / "static");
  std::filesystem::create_symlink("../content/shared/logo.svg", site.source / "static/logo.svg");
  const Built built = build(site.source, site.output);
  INFO(built.messages);
  CHECK(built.result.ok);
  CHECK(read_tree(site.output).at("logo.svg") == "<svg/>");
}

TEST_CASE("a text file larger than any entry is an error, not read") {
  FixtureSite site;
  std::string huge = "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\n+++\n";
  huge.append(5 * 1024 * 1024, 'a');
  site.folder.write("source/content/conferences/huge.md", huge);
  const Built built = build(site.source, site.output);
  CHECK_FALSE(built.result.ok);
  CHECK(contains(built.messages,
                 "content/conferences/huge.md: error: the file is 5 MB; almanac "
                 "reads text files of at most 4 MB"));
}

TEST_CASE(
    "partials: a loop is one error naming it, a fan-out past the bound an error, depth alone "
    "builds") {
  const auto theme_with = [](FixtureSite& site, const std::string& page) {
    std::filesystem::create_directories(site.source / "themes/default/templates/partials");
    std::ofstream(site.source / "themes/default/templates/page.mustache")
        << "{{> head}}\n" + page + "\n{{> foot}}\n";
  };
  const auto partial = [](FixtureSite& site, const std::string& name, const std::string& text) {
    std::ofstream(site.source / ("themes/default/templates/partials/" + name + ".mustache"))
        << text;
  };
  {
    // Each includes the next ten times, ten deep: 10^10 copies, a few bytes each.
    FixtureSite site;
    theme_with(site, "{{> fan0}}");
    for (int i = 0; i < 10; ++i) {
      std::string text;
      for (int k = 0; k < 10; ++k)
        text += "{{> fan" + std::to_string(i + 1) + "}}";
      partial(site, "fan" + std::to_string(i), text);
    }
    partial(site, "fan10", "x");
    const Built built = build(site.source, site.output);
    CHECK_FALSE(built.result.ok);
    CHECK(contains(built.messages,
                   "themes/default/templates/page.mustache: error: with its partials this "
                   "template would be more than 4 MB"));
  }
  {
    // Twice each, twelve deep, and no loop: 4,096 copies, which build.
    FixtureSite site;
    theme_with(site, "{{> two0}}");
    for (int i = 0; i < 12; ++i) {
      partial(site, "two" + std::to_string(i),
              "{{> two" + std::to_string(i + 1) + "}}{{> two" + std::to_string(i + 1) + "}}");
    }
    partial(site, "two12", "y");
    const Built built = build(site.source, site.output);
    INFO(built.messages);
    CHECK(built.result.ok);
    CHECK(contains(read_tree(site.output).at("pages/about/index.html"), std::string(4096, 'y')));
  }
  {
    FixtureSite site;
    theme_with(site, "{{> a}}");
    partial(site, "a", "{{> b}}");
    partial(site, "b", "{{> a}}");
    const Built built = build(site.source, site.output);
    CHECK_FALSE(built.result.ok);
    std::size_t loops = 0;
    for (auto at = built.messages.find("in a loop"); at != std::string::npos;
         at = built.messages.find("in a loop", at + 1))
      ++loops;
    CHECK(loops == 1);
    CHECK(contains(built.messages,
                   "themes/default/templates/partials/b.mustache:1:1: error: partials include "
                   "each other in a loop: a → b → a"));
  }
  {
    // A partial tag with a name of 30,000 characters is a missing partial, not a crash.
    FixtureSite site;
    theme_with(site, "{{> " + std::string(30000, 'n') + "}}");
    const Built built = build(site.source, site.output);
    CHECK_FALSE(built.result.ok);
    CHECK(contains(built.messages, "error: no partial \"nnnn"));
  }
}

TEST_CASE("a static file whose name holds a line break is an error: it would forge the manifest") {
  FixtureSite site;
  site.folder.write("source/static/evil\nindex.html", "x");
  const Built built = build(site.source, site.output);
  CHECK_FALSE(built.result.ok);
  CHECK(contains(built.messages,
                 "error: the file's name holds a line break or another control "
                 "character; rename it"));
  CHECK_FALSE(std::filesystem::exists(site.output));
}

TEST_CASE("almanac neither writes nor deletes through a symbolic link in the output folder") {
  FixtureSite site;
  REQUIRE(build(site.source, site.output).result.ok);
  // Someone replaced a folder of the output with a link to a folder elsewhere.
  const auto elsewhere = site.folder.path() / "elsewhere";
  std::filesystem::create_directories(elsewhere / "alpha");
  site.folder.write("elsewhere/alpha/index.html", "not almanac's");
  std::filesystem::remove_all(site.output / "conferences");
  std::filesystem::create_directory_symlink(elsewhere, site.output / "conferences");
  const Built built = build(site.source, site.output);
  CHECK_FALSE(built.result.ok);
  CHECK(contains(built.messages, (site.output / "conferences").string() +
                                     " is a symbolic link: almanac neither writes nor deletes "
                                     "through one in the output folder"));
  CHECK(site.folder.read("elsewhere/alpha/index.html") == "not almanac's");
  CHECK(std::filesystem::exists(site.output / "index.html"));  // the rest of the site stays
}
