// The commonest TOML mistakes of editors, each with the message that says what to write, at its
// line and column; through read_toml, as an entry's front matter is read.
#include <doctest/doctest.h>

#include "messages/messages.h"
#include "toml/toml_reader.h"

using namespace almanac;

namespace {

// The messages for front matter whose first line is line 2 of content/a.md (below "+++").
std::string messages(const std::string& front_matter) {
  Diagnostics diagnostics;
  (void)read_toml(front_matter, "content/a.md", 2, diagnostics);
  std::string out;
  for (const auto& d : diagnostics.sorted())
    out += d.to_string() + "\n";
  return out;
}

}  // namespace

TEST_CASE("each common TOML mistake is explained at its position with what to write") {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"starts = 08.10.2025",
       "content/a.md:2:10: error: write a date as year-month-day, without quotes: starts = "
       "2025-10-08"},
      {"date = 10.10.2025",
       "content/a.md:2:8: error: write a date as year-month-day, without quotes: date = "
       "2025-10-10"},
      {"starts = 8.10.2025",
       "content/a.md:2:10: error: write a date as year-month-day, without quotes: starts = "
       "2025-10-08"},
      {"starts = 8 октября 2025",
       "content/a.md:2:10: error: write a date as year-month-day, without quotes: starts = "
       "2025-10-08"},
      {"starts = 2025/10/08",
       "content/a.md:2:10: error: write a date as year-month-day, without quotes: starts = "
       "2025-10-08"},
      {"title = «Мир педиатров»",
       "content/a.md:2:9: error: write text in straight quotes \"…\", not the « » or “ ” a word "
       "processor puts: title = \"Мир педиатров\""},
      {"title = “Мир”",
       "content/a.md:2:9: error: write text in straight quotes \"…\", not the « » or “ ” a word "
       "processor puts: title = \"Мир\""},
      {"title = \"Мир педиатров",
       "content/a.md:2:23: error: the text in quotes is not closed: end it with \" on the same "
       "line: title = \"Мир педиатров\""},
      {"title: \"Мир\"",
       "content/a.md:2:6: error: write \"=\" between the key and its value, not \":\": title = "
       "\"Мир\""},
      {"countries = [\"Китай\" \"Израиль\"]",
       "content/a.md:2:22: error: put a comma between the items of a list: countries = "
       "[\"Китай\", \"Израиль\"]"},
      {"countries = [\n  \"Китай\"\n  \"Израиль\",\n]",
       "content/a.md:4:3: error: put a comma between the items of a list: countries = "
       "[\"Китай\", \"Израиль\"]"},
      {"countries = [Китай, Израиль]",
       "content/a.md:2:14: error: write each item of a list in quotes: countries = [\"Китай\", "
       "\"Израиль\"]"},
      {"countries = [«Китай»]",
       "content/a.md:2:14: error: write text in straight quotes \"…\", not the « » or “ ” a word "
       "processor puts: countries = [\"Китай\"]"},
      {"title = \"A\"\ndate = 2025-01-01\ntitle = \"B\"",
       "content/a.md:4:1: error: \"title\" is written twice, on line 2 and on this one; keep one "
       "of them"},
      {"draft = да",
       "content/a.md:2:9: error: write true (yes) or false (no) in English, without quotes: "
       "draft = true"},
      {"draft = нет",
       "content/a.md:2:9: error: write true (yes) or false (no) in English, without quotes: "
       "draft = false"},
      {"city = Нижний Новгород",
       "content/a.md:2:8: error: write text in quotes: city = \"Нижний Новгород\""},
      {"city =",
       "content/a.md:2:6: error: \"city\" has no value after \"=\": write one, or delete the line"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(messages(c.text) == std::string(c.message) + "\n");
  }
}

TEST_CASE("each common TOML mistake is explained in Russian, at the same position") {
  set_message_language("ru");
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"starts = 08.10.2025",
       "content/a.md:2:10: ошибка: пишите дату как год-месяц-день, без кавычек: starts = "
       "2025-10-08"},
      {"date = 10.10.2025",
       "content/a.md:2:8: ошибка: пишите дату как год-месяц-день, без кавычек: date = 2025-10-10"},
      {"starts = 8 октября 2025",
       "content/a.md:2:10: ошибка: пишите дату как год-месяц-день, без кавычек: starts = "
       "2025-10-08"},
      {"starts = 2025/10/08",
       "content/a.md:2:10: ошибка: пишите дату как год-месяц-день, без кавычек: starts = "
       "2025-10-08"},
      {"title = «Мир педиатров»",
       "content/a.md:2:9: ошибка: пишите текст в прямых кавычках \"…\", а не в « » или “ ”, "
       "которые ставит текстовый редактор: title = \"Мир педиатров\""},
      {"title = \"Мир педиатров",
       "content/a.md:2:23: ошибка: кавычки не закрыты: закончите текст знаком \" в той же "
       "строке: title = \"Мир педиатров\""},
      {"title: \"Мир\"",
       "content/a.md:2:6: ошибка: между ключом и значением пишите «=», а не «:»: title = "
       "\"Мир\""},
      {"countries = [\"Китай\" \"Израиль\"]",
       "content/a.md:2:22: ошибка: ставьте запятую между элементами списка: countries = "
       "[\"Китай\", \"Израиль\"]"},
      {"countries = [Китай, Израиль]",
       "content/a.md:2:14: ошибка: пишите каждый элемент списка в кавычках: countries = "
       "[\"Китай\", \"Израиль\"]"},
      {"title = \"A\"\ndate = 2025-01-01\ntitle = \"B\"",
       "content/a.md:4:1: ошибка: «title» записано дважды — в строке 2 и в этой; оставьте одно"},
      {"draft = да",
       "content/a.md:2:9: ошибка: пишите true (да) или false (нет) по-английски, без кавычек: "
       "draft = true"},
      {"city = Нижний Новгород",
       "content/a.md:2:8: ошибка: пишите текст в кавычках: city = \"Нижний Новгород\""},
      {"city =",
       "content/a.md:2:6: ошибка: у «city» нет значения после «=»: напишите его или удалите "
       "строку"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(messages(c.text) == std::string(c.message) + "\n");
  }
  set_message_language("en");
}

TEST_CASE("correct TOML, and mistakes not recognised, keep the parser's own message") {
  CHECK(messages("title = \"Конференция «Мир»\"\ndate = 2025-10-08\ncountries = [\"Китай\", "
                 "\"Израиль\"]\ndraft = false\nparticipants = 7000")
            .empty());
  CHECK(messages("x = [") ==
        "content/a.md:2:6: error: invalid TOML: Error while parsing array: encountered "
        "end-of-file\n");
}
