#include <doctest/doctest.h>

#include <random>
#include <string>

#include "util/utf8.h"

using namespace almanac;

namespace {

using Kind = TextProblem::Kind;

// A byte-by-byte reading of the Unicode standard's table 3-7, to check the fast path against.
std::optional<TextProblem> reference(std::string_view text) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = byte(i);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
      return TextProblem{Kind::control_character, i};
    }
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c < 0x80) {
      length = 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) low = 0xA0;
      if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) low = 0x90;
      if (c == 0xF4) high = 0x8F;
    }
    if (length == 0 || i + length > text.size()) return TextProblem{Kind::invalid_utf8, i};
    for (std::size_t k = 1; k < length; ++k) {
      const unsigned char next = byte(i + k);
      const bool ok = k == 1 ? next >= low && next <= high : (next & 0xC0) == 0x80;
      if (!ok) return TextProblem{Kind::invalid_utf8, i};
    }
    i += length;
  }
  return std::nullopt;
}

bool same(const std::optional<TextProblem>& a, const std::optional<TextProblem>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || (a->kind == b->kind && a->offset == b->offset);
}

}  // namespace

TEST_CASE("find_text_problem accepts UTF-8 text and points at the first bad byte") {
  CHECK_FALSE(find_text_problem("Китай 江西 ok 😀\tтаб\r\n").has_value());
  CHECK_FALSE(find_text_problem("").has_value());
  const auto at = [](std::string_view text) { return find_text_problem(text)->offset; };
  const auto kind = [](std::string_view text) { return find_text_problem(text)->kind; };
  CHECK(at("ab\xff") == 2);
  CHECK(at("\xd0") == 0);              // cut short
  CHECK(at("\xc0\xaf") == 0);          // overlong "/"
  CHECK(at("\xed\xa0\x80") == 0);      // a surrogate
  CHECK(at("\xf4\x90\x80\x80") == 0);  // past U+10FFFF
  CHECK(kind("ab\xff") == Kind::invalid_utf8);
  CHECK(at("ok\x01") == 2);
  CHECK(kind("ok\x01") == Kind::control_character);
  CHECK(kind("\x7f") == Kind::control_character);
}

TEST_CASE("find_text_problem finds problems anywhere in long Russian text") {
  // Long enough for the sixteen-byte checks, with a problem put at every position in turn.
  const std::string plain = "Нижегородская областная детская клиническая больница — Цзянси";
  for (std::size_t i = 0; i <= plain.size(); ++i) {
    for (const char* bad : {"\x01", "\xff", "\xd0", "\x80", "\xc1\x81", "\xe2\x80", "\n"}) {
      const std::string text = plain.substr(0, i) + bad + plain.substr(i);
      CAPTURE(i);
      CAPTURE(text);
      CHECK(same(find_text_problem(text), reference(text)));
    }
  }
}

TEST_CASE("find_text_problem agrees with a byte-by-byte reading on random text") {
  // Pieces that make plain chunks, other sequences, and broken ones, shuffled together.
  const std::vector<std::string> pieces = {"а",
                                           "Ё",
                                           "я",
                                           "q",
                                           " ",
                                           ".",
                                           "«",
                                           "»",
                                           "—",
                                           "江",
                                           "😀",
                                           "\n",
                                           "\t",
                                           "\xd0",
                                           "\x80",
                                           "\xbf",
                                           "\xc2",
                                           "\xe0\xa0",
                                           "\xf0\x90\x80",
                                           "\x1f",
                                           "\x7f"};
  std::mt19937 random(20251112);
  std::uniform_int_distribution<std::size_t> common(0, 12), any(0, pieces.size() - 1);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int length = 1 + static_cast<int>(random() % 80);
    for (int k = 0; k < length; ++k) {
      // Mostly well-formed text, so that problems come late and the fast path is exercised.
      text += pieces[random() % 50 == 0 ? any(random) : common(random)];
    }
    CAPTURE(text);
    CHECK(same(find_text_problem(text), reference(text)));
  }
}
