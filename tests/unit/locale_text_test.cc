#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "locale/locale_text.h"

using namespace almanac;

TEST_CASE("slugs are ASCII through ICU transliteration") {
  CHECK(slugify("Китай") == "kitay");
  CHECK(slugify("Цзянси") == "tszyansi");
  CHECK(slugify("Нижегородская область") == "nizhegorodskaya-oblast");
  CHECK(slugify("детский церебральный паралич") == "detskiy-tserebralnyy-paralich");
  CHECK(slugify("Ёлки") == "yelki");
  CHECK(slugify("江西") == "jiang-xi");
  CHECK(slugify("COVID-19") == "covid-19");
  CHECK(slugify("«!»") == "");
  CHECK(slugify("Объединённые") == "obedinennyye");
  CHECK(slugify("don't") == "dont");
}

TEST_CASE("dates in Russian and English") {
  CHECK(format_date({2025, 11, 12}, "ru") == "12 ноября 2025\u202fг.");
  CHECK(format_date({2025, 11, 12}, "en") == "November 12, 2025");
  CHECK(format_date({2025, 11, 12}, "en-GB") == "12 November 2025");
  CHECK(format_month_year({2025, 11, 12}, "en-GB") == "November 2025");
  CHECK(format_date_range({2014, 5, 20}, {2014, 5, 23}, "en-GB") == "20–23 May 2014");
  CHECK(format_date_range({2024, 11, 30}, {2024, 12, 2}, "en-GB") ==
        "30 November\u2009–\u20092 December 2024");
  CHECK(format_month_year({2025, 11, 12}, "ru") == "ноябрь 2025");
  CHECK(format_date_range({2014, 5, 20}, {2014, 5, 23}, "ru") == "20–23 мая 2014\u202fг.");
  CHECK(format_date_range({2024, 11, 30}, {2024, 12, 2}, "ru") ==
        "30 ноября – 2 декабря 2024\u202fг.");
  CHECK(format_date_range({2025, 9, 6}, {2025, 9, 6}, "ru") == "6 сентября 2025\u202fг.");
}

TEST_CASE("numbers are grouped the language's way") {
  CHECK(format_number(7000, "ru") == "7\u00a0000");
  CHECK(format_number(7000, "en") == "7,000");
}

TEST_CASE("plural phrases follow CLDR rules") {
  const std::string ru =
      "{count, plural, one {# соглашение} few {# соглашения} other {# соглашений}}";
  const std::pair<int, const char*> cases[] = {
      {0, "0 соглашений"},   {1, "1 соглашение"},   {2, "2 соглашения"},
      {5, "5 соглашений"},   {11, "11 соглашений"}, {21, "21 соглашение"},
      {22, "22 соглашения"}, {25, "25 соглашений"}, {101, "101 соглашение"},
  };
  for (const auto& [count, expected] : cases)
    CHECK(format_count(ru, count, "ru") == expected);
  const std::string en = "{count, plural, one {# agreement} other {# agreements}}";
  const std::pair<int, const char*> english[] = {
      {0, "0 agreements"},   {1, "1 agreement"},    {2, "2 agreements"},
      {5, "5 agreements"},   {11, "11 agreements"}, {21, "21 agreements"},
      {22, "22 agreements"}, {25, "25 agreements"}, {101, "101 agreements"},
  };
  for (const auto& [count, expected] : english)
    CHECK(format_count(en, count, "en") == expected);
  const std::string conferences =
      "{count, plural, one {# конференция} few {# конференции} other {# конференций}}";
  CHECK(format_count(conferences, 21, "ru") == "21 конференция");
  CHECK(format_count(conferences, 3, "ru") == "3 конференции");
  CHECK(format_count("{count, plural, one {# agreement} other {# agreements}}", 7000, "en-GB") ==
        "7,000 agreements");
  CHECK(format_count("{count, plural, one {", 1, "ru").empty());
}

TEST_CASE("names sort in Russian alphabetical order") {
  std::vector<std::string> names = {"Ярославль", "Ёлкино", "Абакан", "Елец", "Жуковский", "Berlin"};
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return collation_key(a, "ru") < collation_key(b, "ru");
  });
  const std::vector<std::string> expected = {"Абакан",    "Елец",      "Ёлкино",
                                             "Жуковский", "Ярославль", "Berlin"};
  CHECK(names == expected);
}

TEST_CASE("language codes are checked against ICU") {
  CHECK(is_known_language("ru"));
  CHECK(is_known_language("en"));
  CHECK_FALSE(is_known_language("xx"));
}

TEST_CASE("a slug is at most 100 bytes, cut where a word ends, however long its name") {
  std::string name;
  while (name.size() < 200000)
    name += "трансплантация гемопоэтических стволовых клеток ";
  const std::string slug = slugify(name);
  CHECK(slug.size() <= kMaxSlugBytes);
  CHECK(slug.size() > kMaxSlugBytes / 2);
  CHECK(slug.starts_with("transplantatsiya-gemopoeticheskikh-stvolovykh-kletok-"));
  CHECK(slug.back() != '-');
  // Cut between words: the last part is a whole word of the name.
  const std::string last = slug.substr(slug.rfind('-') + 1);
  CHECK((last == "transplantatsiya" || last == "gemopoeticheskikh" || last == "stvolovykh" ||
         last == "kletok"));
  // One word longer than a slug is cut where the slug ends.
  CHECK(slugify(std::string(300, 'a')) == std::string(kMaxSlugBytes, 'a'));
}
