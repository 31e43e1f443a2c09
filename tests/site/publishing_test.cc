// What a web host serves besides the pages: feeds, calendars, sitemap, robots.txt, and the
// metadata in each page's head.
#include <doctest/doctest.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "pipeline/site_build.h"
#include "support/run_command.h"
#include "support/site_files.h"
#include "support/temp_folder.h"

using namespace almanac;
using namespace almanac::testing;

namespace {

bool build_into(const std::filesystem::path& source, const std::filesystem::path& output) {
  BuildOptions options;
  options.source = source;
  options.output = output;
  options.today = Date{2025, 10, 1};
  Diagnostics diagnostics;
  return build_site(options, diagnostics).ok;
}

struct PublishedSite {
  TempFolder folder;
  std::filesystem::path source = folder.path() / "source";
  std::filesystem::path output = folder.path() / "out";
  std::map<std::string, std::string> files;
  std::string messages;

  explicit PublishedSite(const std::string& base_url) {
    copy_fixture("basic", source);
    if (!base_url.empty()) {
      std::ofstream(source / "almanac.toml", std::ios::app)
          << "base_url = \"" << base_url << "\"\n";
    }
    BuildOptions options;
    options.source = source;
    options.output = output;
    options.today = Date{2025, 10, 1};
    Diagnostics diagnostics;
    REQUIRE(build_site(options, diagnostics).ok);
    for (const auto& d : diagnostics.sorted())
      messages += d.to_string() + "\n";
    files = read_tree(output);
  }

  // xmllint (libxml2-utils) checks that a file is well-formed XML.
  [[nodiscard]] bool well_formed(const std::string& file) const {
    return run_command("xmllint --noout '" + (output / file).string() + "' 2>&1").status == 0;
  }
};

}  // namespace

TEST_CASE("a site with a base_url has Atom feeds of all entries and of each kind") {
  PublishedSite site("https://example.org/intl/");
  const std::string& feed = site.files.at("atom.xml");
  CHECK(site.well_formed("atom.xml"));
  CHECK(contains(feed, "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ru\">"));
  CHECK(contains(feed, "<id>https://example.org/intl/atom.xml</id>"));
  CHECK(contains(feed,
                 "<link rel=\"self\" type=\"application/atom+xml\" "
                 "href=\"https://example.org/intl/atom.xml\"/>"));
  // Escaped titles, full addresses, the newest entry's date as the feed's.
  CHECK(contains(feed,
                 "<title>Conference &lt;script&gt;alert(1)&lt;/script&gt; &amp; "
                 "&quot;quotes&quot;</title>"));
  CHECK(contains(feed, "<id>https://example.org/intl/conferences/alpha/</id>"));
  CHECK(contains(feed, "<published>2025-03-01T00:00:00Z</published>"));
  const auto first_entry = feed.find("<entry>");
  const auto feed_updated = feed.find("<updated>");
  REQUIRE(feed_updated < first_entry);
  CHECK(feed.substr(feed_updated, 40) ==
        feed.substr(feed.find("<updated>", first_entry), 40));  // the newest entry comes first
  for (const char* kind : {"collaborations", "conferences", "internships"}) {
    CAPTURE(kind);
    const std::string file = std::string(kind) + "/atom.xml";
    REQUIRE(site.files.contains(file));
    CHECK(site.well_formed(file));
  }
  CHECK_FALSE(contains(site.files.at("conferences/atom.xml"), "/collaborations/"));
  // Pages point feed readers at the feeds.
  CHECK(
      contains(site.files.at("index.html"),
               "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Fixture &lt;Site&gt; "
               "&amp; Co\" href=\"./atom.xml\">"));
  CHECK(contains(site.files.at("conferences/index.html"), "href=\"../conferences/atom.xml\""));
}

TEST_CASE("the conference calendar is iCalendar with all-day events") {
  PublishedSite site("https://example.org/intl/");
  const std::string& ics = site.files.at("conferences/calendar.ics");
  CHECK(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
  CHECK(ics.ends_with("END:VCALENDAR\r\n"));
  for (std::size_t at = ics.find('\n'); at != std::string::npos; at = ics.find('\n', at + 1))
    CHECK(ics[at - 1] == '\r');
  // alpha runs 20 to 23 May: DTEND is the day after the last, as all-day ends are exclusive.
  CHECK(contains(ics, "UID:conferences-alpha@example.org\r\n"));
  CHECK(contains(ics, "DTSTART;VALUE=DATE:20250520\r\nDTEND;VALUE=DATE:20250524\r\n"));
  CHECK(contains(ics, "LOCATION:Нижний Новгород\r\n"));
  CHECK(contains(ics, "URL:https://example.org/intl/conferences/alpha/\r\n"));
  CHECK(contains(ics, "DTSTAMP:20250301T000000Z\r\n"));
  // Each conference has its own file, linked from its page.
  const std::string& one = site.files.at("conferences/alpha/event.ics");
  CHECK(contains(one, "UID:conferences-alpha@example.org\r\n"));
  CHECK(contains(one, "BEGIN:VEVENT"));
  CHECK(one.find("BEGIN:VEVENT") == one.rfind("BEGIN:VEVENT"));
  CHECK(contains(site.files.at("conferences/alpha/index.html"),
                 "href=\"../../conferences/alpha/event.ics\""));
  CHECK(contains(site.files.at("conferences/index.html"), "href=\"../conferences/calendar.ics\""));
  // The feed and calendar links lead somewhere, as do full addresses within the site.
  CHECK(check_links(site.output, "https://example.org/intl/").broken == std::vector<std::string>{});
}

TEST_CASE("a site without conferences still gets a valid, empty calendar") {
  TempFolder folder;
  const auto source = folder.path() / "source";
  copy_fixture("basic", source);
  std::filesystem::remove_all(source / "content/conferences");
  REQUIRE(build_into(source, folder.path() / "out"));
  const auto files = read_tree(folder.path() / "out");
  const std::string& ics = files.at("conferences/calendar.ics");
  CHECK(ics.starts_with("BEGIN:VCALENDAR\r\n"));
  CHECK(ics.ends_with("END:VCALENDAR\r\n"));
  CHECK_FALSE(contains(ics, "VEVENT"));
}

TEST_CASE("sitemap.xml lists every page with its languages; robots.txt points at it") {
  PublishedSite site("https://example.org/intl/");
  CHECK(site.well_formed("sitemap.xml"));
  const std::string& sitemap = site.files.at("sitemap.xml");
  CHECK(contains(sitemap, "<loc>https://example.org/intl/</loc>"));
  CHECK(contains(sitemap, "<loc>https://example.org/intl/conferences/alpha/</loc>"));
  CHECK(contains(sitemap, "<loc>https://example.org/intl/conferences/page/2/</loc>"));
  CHECK_FALSE(contains(sitemap, "404.html"));
  CHECK_FALSE(contains(sitemap, "atom.xml"));
  std::size_t pages = 0;
  for (const auto& [file, text] : site.files) {
    if (file.ends_with("index.html")) ++pages;
  }
  std::size_t listed = 0;
  for (std::size_t at = sitemap.find("<loc>"); at != std::string::npos;
       at = sitemap.find("<loc>", at + 1))
    ++listed;
  CHECK(listed == pages);
  CHECK(site.files.at("robots.txt") ==
        "User-agent: *\nAllow: /\n\nSitemap: https://example.org/intl/sitemap.xml\n");
}

TEST_CASE("without a base_url: no feeds or sitemap, relative calendar, no canonical links") {
  PublishedSite site("");
  CHECK_FALSE(site.files.contains("atom.xml"));
  CHECK_FALSE(site.files.contains("sitemap.xml"));
  CHECK_FALSE(site.files.contains("robots.txt"));
  CHECK(site.files.contains("conferences/calendar.ics"));
  CHECK_FALSE(contains(site.files.at("conferences/calendar.ics"), "URL:"));
  CHECK_FALSE(contains(site.files.at("index.html"), "rel=\"canonical\""));
  CHECK_FALSE(contains(site.files.at("index.html"), "application/atom+xml"));
}

TEST_CASE("pages carry a description, canonical link, Open Graph tags and JSON-LD") {
  PublishedSite site("https://example.org/intl/");
  const std::string& alpha = site.files.at("conferences/alpha/index.html");
  CHECK(contains(alpha,
                 "<link rel=\"canonical\" href=\"https://example.org/intl/conferences/alpha/\">"));
  CHECK(contains(alpha, "<meta property=\"og:type\" content=\"article\">"));
  CHECK(contains(
      alpha, "<meta property=\"og:url\" content=\"https://example.org/intl/conferences/alpha/\">"));
  CHECK(contains(alpha, "<meta property=\"og:locale\" content=\"ru_RU\">"));
  CHECK(contains(alpha, "<meta property=\"og:title\" content=\"Conference &lt;script&gt;"));
  // JSON-LD: an Event with its dates, place and organizer; "<" cannot end the script early.
  const auto start = alpha.find("<script type=\"application/ld+json\">");
  REQUIRE(start != std::string::npos);
  const std::string json = alpha.substr(start, alpha.find("</script>", start) - start);
  CHECK(contains(json, "\"@type\":\"Event\""));
  CHECK(contains(json, "\"startDate\":\"2025-05-20\",\"endDate\":\"2025-05-23\""));
  CHECK(contains(json, "\"eventAttendanceMode\":\"https://schema.org/MixedEventAttendanceMode\""));
  CHECK(contains(json, "\"addressLocality\":\"Нижний Новгород\""));
  CHECK(contains(json, "\"organizer\":[{\"@type\":\"Organization\""));
  CHECK(contains(json, "Conference \\u003cscript>alert(1)\\u003c/script> & \\\"quotes\\\""));
  CHECK_FALSE(contains(json, "<script>alert"));
  // A collaboration is a NewsArticle, an organization an Organization.
  for (const auto& [file, text] : site.files) {
    if (file.starts_with("collaborations/") && file.ends_with("/index.html") &&
        file != "collaborations/index.html" && !file.starts_with("collaborations/page/")) {
      CAPTURE(file);
      CHECK(contains(text, "\"@type\":\"NewsArticle\""));
      CHECK(contains(text, "\"datePublished\":"));
    }
  }
  CHECK(contains(site.files.at("organizations/city-hospital/index.html"),
                 "\"@type\":\"Organization\""));
  // Every page's data is JSON that a reader accepts.
  std::size_t blocks = 0;
  const std::string open = "<script type=\"application/ld+json\">";
  for (const auto& [file, text] : site.files) {
    for (auto at = text.find(open); at != std::string::npos; at = text.find(open, at + 1)) {
      CAPTURE(file);
      const auto start = at + open.size();
      const auto data =
          nlohmann::json::parse(text.substr(start, text.find("</script>", start) - start));
      CHECK(data.at("@context") == "https://schema.org");
      CHECK(data.contains("@type"));
      ++blocks;
    }
  }
  CHECK(blocks > 5);
  // The second page of a list names its neighbours in the head as well.
  const std::string& second = site.files.at("conferences/page/2/index.html");
  CHECK(contains(second, "<link rel=\"prev\" href=\"../../../conferences/\">"));
}

TEST_CASE("every language has a search page and its own search index") {
  PublishedSite site("");
  CHECK(contains(site.files.at("search/index.html"), "data-search-results"));
  CHECK(contains(site.files.at("search/index.html"), "<noscript>"));
  // The search box is on every page, hidden until the script shows it.
  CHECK(contains(site.files.at("conferences/alpha/index.html"),
                 "<form class=\"site-search\" role=\"search\" action=\"../../search/\" "
                 "method=\"get\" data-site-search hidden>"));
  const std::string& manifest = site.files.at("search/index.json");
  CHECK(manifest.starts_with("{\"version\":1,\"count\":"));
  CHECK(site.files.contains("search/terms-0.json"));
  CHECK(site.files.contains("search/docs-0.json"));
  // The rows name the pages by their paths within the language, escaped as JSON.
  CHECK(contains(site.files.at("search/docs-0.json"), "\"conferences/alpha/\""));
  CHECK(contains(site.files.at("search/docs-0.json"),
                 "\"Conference <script>alert(1)</script> & \\\"quotes\\\"\""));
  CHECK(broken_links(site.output).empty());
}

TEST_CASE("every link of the bundled site leads somewhere; the external ones are listed") {
  TempFolder folder;
  REQUIRE(build_into(ALMANAC_SOURCE_ROOT, folder.path() / "site"));
  const LinkReport links =
      check_links(folder.path() / "site", "https://example.org/international/");
  CHECK(links.broken == std::vector<std::string>{});
  std::string external;
  for (const auto& address : links.external)
    external += "  " + address + "\n";
  MESSAGE("external links of the bundled site (not fetched):\n" << external);
  CHECK_FALSE(links.external.empty());  // the entries cite their sources
}

TEST_CASE("feed_limit sets how many entries a feed carries") {
  TempFolder folder;
  const auto source = folder.path() / "source";
  copy_fixture("basic", source);
  std::ofstream(source / "almanac.toml", std::ios::app)
      << "base_url = \"https://example.org/\"\nfeed_limit = 1\n";
  REQUIRE(build_into(source, folder.path() / "out"));
  const auto files = read_tree(folder.path() / "out");
  const std::string& feed = files.at("atom.xml");
  CHECK(feed.find("<entry>") == feed.rfind("<entry>"));
  CHECK(contains(feed, "<entry>"));
}

TEST_CASE("a conference's JSON-LD location: a Place where it is held, a VirtualLocation online") {
  TempFolder folder;
  copy_fixture("basic", folder.path() / "source");
  std::ofstream(folder.path() / "source/almanac.toml", std::ios::app)
      << "base_url = \"https://example.org/\"\n";
  const auto conference = [&](const std::string& slug, const std::string& fields) {
    folder.write("source/content/conferences/" + slug + ".md",
                 "+++\ntitle = \"" + slug + "\"\ndate = 2025-03-01\nstarts = 2025-05-20\n" +
                     fields + "+++\nТекст.\n");
  };
  conference("venue-only", "format = \"in-person\"\nvenue = \"Дом правительства\"\n");
  conference("region-only", "format = \"in-person\"\nregions = [\"Московская область\"]\n");
  conference("nowhere", "format = \"in-person\"\n");
  conference("online", "format = \"online\"\ncity = \"Москва\"\n");
  conference("hybrid", "format = \"hybrid\"\ncity = \"Казань\"\n");
  REQUIRE(build_into(folder.path() / "source", folder.path() / "out"));
  const auto json_of = [&](const std::string& slug) {
    const std::string page = folder.read("out/conferences/" + slug + "/index.html");
    const auto start = page.find("<script type=\"application/ld+json\">");
    return page.substr(start, page.find("</script>", start) - start);
  };
  CHECK(contains(json_of("venue-only"),
                 "\"location\":{\"@type\":\"Place\",\"name\":\"Дом правительства\""));
  CHECK(contains(json_of("region-only"),
                 "\"location\":{\"@type\":\"Place\",\"name\":\"Московская область\",\"address\":"
                 "{\"@type\":\"PostalAddress\",\"addressRegion\":\"Московская область\"}}"));
  CHECK_FALSE(contains(json_of("nowhere"), "VirtualLocation"));
  CHECK_FALSE(contains(json_of("nowhere"), "\"location\""));
  CHECK(contains(json_of("online"), "\"location\":{\"@type\":\"VirtualLocation\""));
  CHECK_FALSE(contains(json_of("online"), "\"Place\""));
  CHECK(contains(json_of("hybrid"), "\"location\":[{\"@type\":\"Place\",\"name\":\"Казань\""));
  CHECK(contains(json_of("hybrid"),
                 "{\"@type\":\"VirtualLocation\",\"url\":"
                 "\"https://example.org/conferences/hybrid/\"}]"));
}
