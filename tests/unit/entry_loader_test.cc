#include <doctest/doctest.h>

#include "load/entry_loader.h"
#include "messages/messages.h"

using namespace almanac;

namespace {

const std::vector<std::string> kOrganizations = {"jiangxi-childrens-hospital", "nizhny-hospital"};
// An organization whose file did not load.
const std::vector<std::string> kFailedOrganizations = {"broken-file"};
const std::map<std::string, std::string, std::less<>> kOrganizationNames = {
    {"Детская больница провинции Цзянси", "jiangxi-childrens-hospital"},
    {"Jiangxi Provincial Children's Hospital", "jiangxi-childrens-hospital"}};
const EntryContext kContext{&kOrganizations, &kFailedOrganizations, &kOrganizationNames, false,
                            Date{2026, 1, 1}};

std::string load_messages(EntryKind kind, const std::string& text, const std::string& path) {
  Diagnostics diagnostics;
  const EntryContext& context = kContext;
  (void)load_entry(kind, path, text, context, diagnostics);
  std::string out;
  for (const auto& d : diagnostics.sorted())
    out += d.to_string() + "\n";
  return out;
}

std::optional<Entry> load(EntryKind kind, const std::string& text) {
  Diagnostics diagnostics;
  const EntryContext& context = kContext;
  auto entry = load_entry(kind, "content/x/a.md", text, context, diagnostics);
  for (const auto& d : diagnostics.sorted())
    MESSAGE(d.to_string());
  return entry;
}

}  // namespace

TEST_CASE("a conference loads with every field") {
  const auto entry = load(EntryKind::conference, R"(+++
title = "Мир педиатров"
date = 2025-11-12T16:40:00
starts = 2025-11-12
ends = 2025-11-14
city = "Нижний Новгород"
format = "hybrid"
organizers = ["nizhny-hospital"]
partners = ["jiangxi-childrens-hospital"]
participants = 350
regions = ["Нижегородская область"]
countries = ["Китай"]
topics = ["педиатрия"]
people = [{ name = "Максим Безаев", role = "заместитель министра" }]
sources = [{ title = "Новость", url = "https://example.org/a", date = 2025-11-12 }]

[extra]
color = "blue"
+++
First paragraph with *emphasis*.

Second.
)");
  REQUIRE(entry);
  CHECK(entry->slug == "a");
  CHECK(entry->title == "Мир педиатров");
  CHECK(entry->date.has_time);
  CHECK(entry->summary == "First paragraph with emphasis.");
  REQUIRE(entry->conference());
  CHECK(entry->conference()->ends == Date{2025, 11, 14});
  CHECK(entry->conference()->format == ConferenceFormat::hybrid);
  CHECK(entry->conference()->participants.value() == 350);
  CHECK(entry->people.at(0).role == "заместитель министра");
  CHECK(entry->sources.at(0).url == "https://example.org/a");
  CHECK(entry->extra.find("color")->string == "blue");
  CHECK(entry->body_html.find("<em>emphasis</em>") != std::string::npos);
  CHECK(entry->activity_years() == std::vector<int>{2025});
}

TEST_CASE("defaults: ends is starts, format in person, status active, slug from the file") {
  const auto conference = load(EntryKind::conference,
                               "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\n+++\n");
  REQUIRE(conference);
  CHECK(conference->conference()->ends == Date{2025, 5, 20});
  CHECK(conference->conference()->format == ConferenceFormat::in_person);
  const auto collaboration = load(EntryKind::collaboration,
                                  "+++\ntitle = \"A\"\ndate = 2025-01-01\nform = \"memorandum\"\n"
                                  "signed = 2024-12-30\nslug = \"custom\"\n+++\n");
  REQUIRE(collaboration);
  CHECK(collaboration->collaboration()->status == CollaborationStatus::active);
  CHECK(collaboration->slug == "custom");
  CHECK(collaboration->activity_years() == std::vector<int>{2024});
}

TEST_CASE("an internship belongs to every year its period overlaps") {
  const auto internship = load(EntryKind::internship,
                               "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2024-11-01\n"
                               "ends = 2026-02-01\nhosts = [\"nizhny-hospital\"]\n+++\n");
  REQUIRE(internship);
  CHECK(internship->activity_years() == std::vector<int>{2024, 2025, 2026});
  CHECK(internship->organization_ids() == std::vector<std::string_view>{"nizhny-hospital"});
}

TEST_CASE("an entry's organizations: partners, then organizers or hosts, each once") {
  const auto conference = load(EntryKind::conference,
                               "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-02-01\n"
                               "partners = [\"nizhny-hospital\", \"jiangxi-childrens-hospital\"]\n"
                               "organizers = [\"jiangxi-childrens-hospital\"]\n+++\n");
  REQUIRE(conference);
  CHECK(conference->organization_ids() ==
        std::vector<std::string_view>{"nizhny-hospital", "jiangxi-childrens-hospital"});
  const auto internship =
      load(EntryKind::internship,
           "+++\ntitle = \"A\"\ndate = 2025-01-01\n"
           "partners = [\"nizhny-hospital\"]\n"
           "hosts = [\"jiangxi-childrens-hospital\", \"nizhny-hospital\"]\n+++\n");
  REQUIRE(internship);
  CHECK(internship->organization_ids() ==
        std::vector<std::string_view>{"nizhny-hospital", "jiangxi-childrens-hospital"});
}

TEST_CASE("every kind of bad input has an exact message") {
  struct Case {
    EntryKind kind;
    std::string text;
    std::string messages;
  };
  const std::string p = "content/conferences/a.md";
  const Case cases[] = {
      {EntryKind::conference, "+++\ntitle = \"A\"\ndate = 2025-01-01\n+++\n",
       p + ":1:1: error: missing required field \"starts\" in a conference: add a line starts = "
           "2025-05-20\n"},
      {EntryKind::conference,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\ntitle2 = 1\n+++\n",
       p + ":5:1: error: unknown key \"title2\" in a conference; did you mean \"title\"? Allowed "
           "keys: title, date, summary, slug, draft, extra, regions, countries, partners, topics, "
           "people, sources, starts, ends, city, venue, format, organizers, participants, "
           "participant_countries, participant_regions\n"},
      {EntryKind::conference,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\npartcipants = 5\n+++\n",
       p + ":5:1: error: unknown key \"partcipants\" in a conference; did you mean "
           "\"participants\"? Allowed keys: title, date, summary, slug, draft, extra, regions, "
           "countries, partners, topics, people, sources, starts, ends, city, venue, format, "
           "organizers, participants, participant_countries, participant_regions\n"},
      {EntryKind::conference, "+++\ntitle = 5\ndate = 2025-01-01\nstarts = 2025-05-20\n+++\n",
       p + ":2:1: error: \"title\" must be a string in quotes, not an integer; write it like "
           "title = \"...\"\n"},
      {EntryKind::conference,
       "+++\ntitle = \"A\"\ndate = \"2025-01-01\"\nstarts = 2025-05-20\n+++\n",
       p + ":3:1: error: \"date\" must be a date without quotes, not a string; write it like "
           "date = 2025-01-01\n"},
      {EntryKind::conference,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\nformat = \"onlin\"\n+++\n",
       p + ":5:1: error: unknown format \"onlin\"; did you mean \"online\"? Allowed: "
           "\"in-person\", \"online\" or \"hybrid\"\n"},
      {EntryKind::collaboration, "+++\ntitle = \"A\"\ndate = 2025-01-01\nform = \"treaty\"\n+++\n",
       p + ":4:1: error: unknown form \"treaty\". Allowed: \"agreement\", \"memorandum\", "
           "\"working-group\", \"meeting\" or \"program\"\n"},
      {EntryKind::collaboration,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nform = \"meeting\"\nstatus = \"done\"\n+++\n",
       p + ":5:1: error: unknown status \"done\". Allowed: \"planned\", \"active\" or "
           "\"completed\"\n"},
      {EntryKind::conference,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\nends = 2025-05-19\n+++\n",
       p + ":5:1: error: the conference ends (2025-05-19) before it starts (2025-05-20); check "
           "both dates\n"},
      {EntryKind::conference,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\nparticipants = -5\n+++\n",
       p + ":5:1: error: \"participants\" is a count and cannot be negative (found -5)\n"},
      {EntryKind::conference,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\npartners = "
       "[\"jiangxi-hospital\"]\n+++\n",
       p + ":5:13: error: \"jiangxi-hospital\" in partners names no organization: there is no "
           "content/organizations/jiangxi-hospital.toml; did you mean "
           "\"jiangxi-childrens-hospital\"?\n"},
      {EntryKind::conference,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\norganizers = "
       "[\"nizhny-hospitl\"]\n+++\n",
       p + ":5:15: error: \"nizhny-hospitl\" in organizers names no organization: there is no "
           "content/organizations/nizhny-hospitl.toml; did you mean \"nizhny-hospital\"?\n"},
      {EntryKind::conference,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\npartners = "
       "[\"Детская больница провинции Цзянси\"]\n+++\n",
       p + ":5:13: error: \"Детская больница провинции Цзянси\" in partners is the name of an "
           "organization; write its id, the name of its file in content/organizations/: "
           "\"jiangxi-childrens-hospital\"\n"},
      // The organization's file has errors of its own; naming it is not one more.
      {EntryKind::conference,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\npartners = "
       "[\"broken-file\"]\n+++\n",
       ""},
      {EntryKind::internship,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nhosts = [\"shanghai\"]\n+++\n",
       p + ":4:10: error: \"shanghai\" in hosts names no organization: there is no "
           "content/organizations/shanghai.toml\n"},
      {EntryKind::conference,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\nslug = \"Мир "
       "педиатров\"\n+++\n",
       p + ":5:1: error: the slug \"Мир педиатров\" may use only a-z, 0-9 and \"-\": write slug = "
           "\"mir-pediatrov\"\n"},
      {EntryKind::conference,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\nx = [\n+++\n",
       p + ":5:7: error: invalid TOML: Error while parsing array: encountered end-of-file\n"},
      {EntryKind::conference, "+++\ntitle = \"A\"\ndate = 2027-01-01\nstarts = 2025-05-20\n+++\n",
       p + ":3:1: warning: the publication date 2027-01-01 is in the future; is the year right?\n"},
      {EntryKind::internship,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nplanned = 10\ncompleted = 12\n+++\n",
       p + ":5:1: warning: completed = 12 is more than planned = 10: more doctors completed the "
           "internship than it had places; check both numbers\n"},
      {EntryKind::internship,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nplanned = 10\ncompleted = 10\n+++\n", ""},
      {EntryKind::collaboration,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nform = \"agreement\"\nsigned = 2026-03-01\n+++\n",
       p + ":5:1: warning: signed = 2026-03-01 is after today; if it is the day the signing is "
           "planned for, add status = \"planned\", and check the year otherwise\n"},
      {EntryKind::collaboration,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nform = \"agreement\"\nsigned = 2026-03-01\n"
       "status = \"planned\"\n+++\n",
       ""},
      {EntryKind::conference,
       "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\nparticipants = 0\n+++\n",
       p + ":5:1: warning: participants = 0: write the number of participants, or leave the line "
           "out while it is not known\n"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(load_messages(c.kind, c.text, p) == c.messages);
  }
}

TEST_CASE("a field written below [extra] is an error, not a field of [extra]") {
  const std::string p = "content/conferences/a.md";
  CHECK(load_messages(EntryKind::conference,
                      "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\n[extra]\n"
                      "photo = \"x.jpg\"\npartners = [\"nizhny-hospital\"]\n"
                      "countries = [\"Китай\"]\n+++\n",
                      p) ==
        p +
            ":7:1: error: \"partners\" is below the [extra] line (line 5), so TOML counts it as "
            "part of [extra] and not as a field; move the line above [extra]\n" +
            p +
            ":8:1: error: \"countries\" is below the [extra] line (line 5), so TOML counts it "
            "as part of [extra] and not as a field; move the line above [extra]\n");
  // Keys of the theme's own are what [extra] is for.
  CHECK(load_messages(EntryKind::conference,
                      "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\n[extra]\n"
                      "photo = \"x.jpg\"\n+++\n",
                      p)
            .empty());
}

TEST_CASE("an entry's messages in Russian: what is wrong, where, and what to write") {
  const std::string p = "content/conferences/a.md";
  set_message_language("ru");
  CHECK(load_messages(EntryKind::conference, "+++\ntitle = \"A\"\ndate = 2025-01-01\n+++\n", p) ==
        p + ":1:1: ошибка: нет обязательного поля «starts» в материале о конференции: добавьте "
            "строку starts = 2025-05-20\n");
  CHECK(load_messages(EntryKind::conference,
                      "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\npartcipants = "
                      "5\n+++\n",
                      p)
            .starts_with(p + ":5:1: ошибка: неизвестный ключ «partcipants» в материале о "
                             "конференции; может быть, имелось в виду \"participants\"? "
                             "Допустимые ключи: title, date,"));
  CHECK(load_messages(EntryKind::conference,
                      "+++\ntitle = \"A\"\ndate = \"08.10.2025\"\nstarts = 2025-05-20\n+++\n", p) ==
        p + ":3:1: ошибка: «date»: ожидается дата без кавычек, а записано: строка; напишите так: "
            "date = 2025-10-08\n");
  CHECK(load_messages(EntryKind::conference,
                      "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\npartners = "
                      "[\"Детская больница провинции Цзянси\"]\n+++\n",
                      p) ==
        p + ":5:13: ошибка: «Детская больница провинции Цзянси» в partners — это название "
            "организации; напишите её идентификатор, то есть имя её файла в "
            "content/organizations/: \"jiangxi-childrens-hospital\"\n");
  CHECK(load_messages(EntryKind::conference,
                      "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\n[extra]\n"
                      "countries = [\"Китай\"]\n+++\n",
                      p) ==
        p + ":6:1: ошибка: «countries» стоит ниже строки [extra] (строка 5), поэтому TOML "
            "считает его частью [extra], а не полем; перенесите строку выше [extra]\n");
  CHECK(load_messages(EntryKind::conference,
                      "+++\ntitle = \"A\"\ndate = 2027-01-01\nstarts = 2025-05-20\n+++\n", p) ==
        p + ":3:1: предупреждение: дата публикации 2027-01-01 — в будущем; год указан верно?\n");
  set_message_language("en");
}

TEST_CASE("a file name that is not a slug is an error that suggests one") {
  CHECK(load_messages(EntryKind::page, "+++\ntitle = \"A\"\n+++\n", "content/pages/О нас.md") ==
        "content/pages/О нас.md: error: the file name \"О нас\" is not a valid URL slug (a-z, "
        "0-9 and \"-\"): rename the file or write slug = \"o-nas\" in its front matter\n");
}

TEST_CASE("the slug \"page\" is kept for the pages of lists") {
  CHECK(load_messages(EntryKind::conference,
                      "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\n+++\n",
                      "content/conferences/page.md") ==
        "content/conferences/page.md: error: the slug \"page\" is kept for the pages of lists; "
        "choose another slug = \"...\"\n");
}

TEST_CASE("pages need only a title and take no entry fields") {
  CHECK(load_messages(EntryKind::page, "+++\ntitle = \"About\"\n+++\nText\n",
                      "content/pages/about.md")
            .empty());
  CHECK(load_messages(EntryKind::page, "+++\ntitle = \"About\"\ncountries = []\n+++\n",
                      "content/pages/about.md") ==
        "content/pages/about.md:3:1: error: unknown key \"countries\" in a page. Allowed keys: "
        "title, date, summary, slug, draft, extra\n");
}

TEST_CASE("a slug longer than an address should be is an error that suggests a shorter one") {
  const std::string p = "content/conferences/a.md";
  const std::string long_slug(300, 'a');
  CHECK(load_messages(EntryKind::conference,
                      "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\nslug = \"" +
                          long_slug + "\"\n+++\n",
                      p) == p +
                                ":5:1: error: the slug is 300 characters long; an address takes at "
                                "most 100: write a shorter slug = \"" +
                                std::string(100, 'a') + "\"\n");
}

TEST_CASE("a text beyond the bounds of Markdown is an error at its line, before it renders") {
  const std::string p = "content/conferences/a.md";
  const std::string head = "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\n+++\n";
  std::string wide = "Текст.\n\n";
  for (int i = 0; i < 40000; ++i)
    wide += "| x ";
  wide += "|\n";
  CHECK(load_messages(EntryKind::conference, head + wide, p) ==
        p + ":8:1: error: a table row of more than 64 columns; almanac reads at most 64: split "
            "the table\n");
  CHECK(load_messages(EntryKind::conference, head + std::string(5000, '>') + " цитата\n", p) ==
        p + ":6:1: error: quotes and lists nest more than 32 levels deep here; almanac reads at "
            "most 32\n");
  std::string word = "Адрес: http://";
  for (int i = 0; i < 1100; ++i)
    word += "a@b.";
  CHECK(load_messages(EntryKind::conference, head + "Текст.\n\n" + word + "\n", p) ==
        p + ":8:8: error: more than 4096 characters without a space here; almanac reads at most "
            "4096: put spaces in the text, or shorten the address\n");
  std::string links = "[a]: /files/a.pdf\n\n";
  for (int i = 0; i < 1000; ++i)
    links += "Текст [a] и ![a][a]\n";
  CHECK(load_messages(EntryKind::conference, head + links, p) ==
        p + ":674:14: error: more than 2000 links, images and footnotes in one text (counted as "
            "\"[\"); almanac reads at most 2000: split the text into several entries\n");
  // A real table and real quotes and lists read as before.
  CHECK(load_messages(EntryKind::conference,
                      head + "| a | b \\| c |\n|---|---|\n| 1 | 2 |\n\n> > цитата\n\n- a\n  - b\n",
                      p)
            .empty());
}

TEST_CASE("a list of names is bounded, as each name may make a page") {
  const std::string p = "content/conferences/a.md";
  std::string topics = "topics = [";
  for (int i = 0; i < 300; ++i)
    topics += "\"тема " + std::to_string(i) + "\", ";
  topics += "]\n";
  const std::string text =
      "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\n" + topics + "+++\n";
  // At the 251st: "topics = [" and 250 items of 9 characters and their number's digits.
  CHECK(load_messages(EntryKind::conference, text, p) ==
        p + ":5:2901: error: \"topics\" lists more than 250 items; almanac takes at most 250: "
            "keep the main ones\n");
}

TEST_CASE("a control character written as a reference or an escape is an error where it is") {
  // It would be invisible on the page and would make the feeds and calendars unreadable.
  const std::string p = "content/conferences/a.md";
  const std::string head = "+++\ntitle = \"A\"\ndate = 2025-01-01\nstarts = 2025-05-20\n";
  CHECK(load_messages(EntryKind::conference, head + "+++\nПервый абзац.\n\nТекст &#1; и &#x7;.\n",
                      p) == p + ":8:7: error: &#1; stands for an invisible control character "
                                "(U+0001); delete it\n");
  CHECK(load_messages(EntryKind::conference, head + "city = \"Нижний\\u0007Новгород\"\n+++\n", p) ==
        p + ":5:8: error: the text holds an invisible control character (U+0007), written as an "
            "escape; delete it\n");
  // In code, a reference is printed as written; line breaks and tabs are text.
  CHECK(load_messages(EntryKind::conference,
                      head + "summary = \"a\\tb\\nc\"\n+++\n`&#1;` and &#10;, &#9; &amp;#1;\n", p)
            .empty());
}
