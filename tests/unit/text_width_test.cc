// The widths chart labels are laid out by, and the wrapping of long labels.
#include <doctest/doctest.h>

#include "report/svg_chart.h"
#include "report/text_width.h"

using namespace almanac;

TEST_CASE("text width: wider letters are wider, sizes scale, Cyrillic and CJK are measured") {
  CHECK(text_width("", 12) == 0);
  CHECK(text_width("W", 12) > text_width("i", 12));
  CHECK(text_width("Цзянси", 24) == doctest::Approx(2 * text_width("Цзянси", 12)));
  CHECK(text_width("Ж", 10) > 0.9 * 10);  // the widest Cyrillic letters are about an em
  CHECK(text_width("江西", 10) == doctest::Approx(20));
}

TEST_CASE("wrapped labels are never wider than their room, and lose no word") {
  const std::string name =
      "Федеральное государственное бюджетное учреждение «Национальный медицинский "
      "исследовательский центр детской гематологии, онкологии и иммунологии имени Дмитрия "
      "Рогачёва» Министерства здравоохранения Российской Федерации";
  const auto lines = wrap_text(name, 240, 12);
  CHECK(lines.size() > 3);
  std::string joined;
  for (const auto& line : lines) {
    CHECK(text_width(line, 12) <= 240);
    joined += (joined.empty() ? "" : " ") + line;
  }
  CHECK(joined == name);
  CHECK(wrap_text("Китай", 240, 12) == std::vector<std::string>{"Китай"});
  CHECK(wrap_text("  two  spaces ", 240, 12) == std::vector<std::string>{"two spaces"});
}

TEST_CASE("a word wider than the room is cut between characters, never inside one") {
  const auto lines = wrap_text("рентгенэндоваскулярная", 50, 12);
  REQUIRE(lines.size() > 1);
  std::string joined;
  for (const auto& line : lines) {
    CHECK(text_width(line, 12) <= 50);
    joined += line;
  }
  CHECK(joined == "рентгенэндоваскулярная");
}

TEST_CASE("charts: ids start with the chart's own, legends wrap into rows") {
  const std::array<std::vector<int>, 12> values{};
  const std::string svg = stacked_month_chart(
      values, {}, {"Сотрудничество с очень длинным названием вида", "Конференции", "Стажировки"},
      "Мероприятия", "chart-months");
  CHECK(svg.find("id=\"chart-months\"") != std::string::npos);
  CHECK(svg.find("id=\"chart-months-hatch\"") != std::string::npos);
  CHECK(svg.find("url(#chart-months-hatch)") != std::string::npos);
  CHECK(svg.find("id=\"hatch\"") == std::string::npos);
  // Three labels of the legend are too wide for one row of 640 units at their size.
  const std::string wide = stacked_month_chart(
      values, {}, {std::string(40, 'W'), std::string(40, 'W'), std::string(40, 'W')}, "t", "c");
  CHECK(wide.find("y=\"236\"") != std::string::npos);  // the first row's baseline
  CHECK(wide.find("y=\"257\"") != std::string::npos);  // the second
  CHECK(wide.find("y=\"278\"") != std::string::npos);  // the third
  const std::string bars = bar_chart({{"Китай", 4}, {"Узбекистан", 2}, {"Израиль", 1}}, "Страны",
                                     "chart-c", 2, "и ещё 1");
  CHECK(bars.find(">Израиль<") == std::string::npos);
  CHECK(bars.find(">и ещё 1<") != std::string::npos);
}
