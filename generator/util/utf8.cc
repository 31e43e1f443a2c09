#include "util/utf8.h"

#include <cstdio>

#include <algorithm>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace almanac {
namespace {

bool is_control(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
}

// The length of the well-formed sequence at `i`, or 0. The ranges of the second byte, from the
// Unicode standard's table 3-7, exclude overlong forms, surrogates and values past U+10FFFF.
std::size_t sequence_length(const unsigned char* bytes, std::size_t n, std::size_t i) {
  const auto continuation = [&](std::size_t at) { return at < n && (bytes[at] & 0xC0) == 0x80; };
  const auto in = [&](std::size_t at, unsigned char low, unsigned char high) {
    return at < n && bytes[at] >= low && bytes[at] <= high;
  };
  const unsigned char c = bytes[i];
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return continuation(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    const unsigned char low = c == 0xE0 ? 0xA0 : 0x80;
    const unsigned char high = c == 0xED ? 0x9F : 0xBF;
    return in(i + 1, low, high) && continuation(i + 2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    const unsigned char low = c == 0xF0 ? 0x90 : 0x80;
    const unsigned char high = c == 0xF4 ? 0x8F : 0xBF;
    return in(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
  }
  return 0;
}

#ifdef __SSE2__
// How many bytes from `at` on are plain: printable ASCII and whole two-byte sequences, checked
// sixteen at a time. Stops at the start of a sequence, before the first chunk that is not plain.
std::size_t plain_length(const unsigned char* bytes, std::size_t n, std::size_t at) {
  // The compares are signed: 0x80..0xBF are -128..-65, 0xC2..0xDF are -62..-33.
  const __m128i space = _mm_set1_epi8(0x1F), del = _mm_set1_epi8(0x7F);
  const __m128i after_continuation = _mm_set1_epi8(static_cast<char>(0xC0));
  const __m128i before_lead = _mm_set1_epi8(static_cast<char>(0xC1));
  const __m128i after_lead = _mm_set1_epi8(static_cast<char>(0xE0));
  std::size_t i = at;
  unsigned carry = 0;  // the chunk before ended with a lead byte
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
    const auto ascii = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, space), _mm_cmplt_epi8(v, del))));
    const auto continuation =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, after_continuation)));
    const auto lead = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(v, before_lead), _mm_cmplt_epi8(v, after_lead))));
    if ((ascii | continuation | lead) != 0xFFFF) break;
    // Every continuation byte follows a lead byte, and every lead byte is followed by one.
    if (continuation != (((lead << 1) | carry) & 0xFFFF)) break;
    carry = lead >> 15;
    i += 16;
  }
  // A lead byte at the end of the last plain chunk is left for the byte-by-byte check.
  return (carry ? i - 1 : i) - at;
}
#endif

}  // namespace

std::optional<TextProblem> find_text_problem(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    std::size_t checked_until = n;
#ifdef __SSE2__
    i += plain_length(bytes, n, i);
    checked_until = std::min(n, i + 16);  // the chunk that stopped the fast check
#endif
    while (i < checked_until) {
      if (is_control(bytes[i])) return TextProblem{TextProblem::Kind::control_character, i};
      const std::size_t length = sequence_length(bytes, n, i);
      if (length == 0) return TextProblem{TextProblem::Kind::invalid_utf8, i};
      i += length;
    }
  }
  return std::nullopt;
}

std::string code_point_name(char32_t code) {
  char name[16];
  std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(code));
  return name;
}

}  // namespace almanac
