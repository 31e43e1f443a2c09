#include "locale/search_words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace almanac {
namespace {

// ASCII letters and digits in lower case; 0 for every other byte below 0x80.
constexpr std::array<char, 128> kAsciiWord = [] {
  std::array<char, 128> table{};
  for (char c = '0'; c <= '9'; ++c)
    table[static_cast<std::size_t>(c)] = c;
  for (char c = 'a'; c <= 'z'; ++c) {
    table[static_cast<std::size_t>(c)] = c;
    table[static_cast<std::size_t>(c - 'a' + 'A')] = c;
  }
  return table;
}();

// а–п (D0 B0–BF) and р–я (D1 80–8F): already as search writes them.
bool is_small_russian(uint8_t lead, uint8_t second) {
  return (lead == 0xD0 && (second & 0xF0) == 0xB0) || (lead == 0xD1 && (second & 0xF0) == 0x80);
}

// The lower-case form of a letter or digit beyond ASCII, or -1 for anything that separates
// words: Russian letters directly, the rest through ICU.
UChar32 word_character(UChar32 c) {
  if (c == 0x0401 || c == 0x0451) return 0x0435;  // Ё, ё → е: Russian writes them alike
  if (c >= 0x0410 && c <= 0x042F) return c + 0x20;
  if (c >= 0x0430 && c <= 0x044F) return c;
  return u_isalnum(c) ? u_tolower(c) : -1;
}

// How many bytes from `bytes` on are small Russian letters, counted in whole letters, up to 16
// (the caller has 16 bytes to read); they were copied to `out`, which may have received up to
// 16 bytes. Most of a Russian text's bytes are such letters: sixteen bytes are checked at once.
std::size_t copy_small_russian(const uint8_t* bytes, char* out) {
#ifdef __SSE2__
  // Each letter as a 16-bit lane, lead byte low: D0 Bx (а–п) or D1 8x (р–я).
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  const __m128i masked = _mm_and_si128(v, _mm_set1_epi16(static_cast<short>(0xF0FF)));
  const __m128i letters =
      _mm_or_si128(_mm_cmpeq_epi16(masked, _mm_set1_epi16(static_cast<short>(0xB0D0))),
                   _mm_cmpeq_epi16(masked, _mm_set1_epi16(static_cast<short>(0x80D1))));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), v);
  const auto mask = static_cast<unsigned>(_mm_movemask_epi8(letters));
  return mask == 0xFFFF ? 16 : static_cast<std::size_t>(__builtin_ctz(~mask));
#else
  std::size_t n = 0;
  while (n < 16 && is_small_russian(bytes[n], bytes[n + 1])) {
    out[n] = static_cast<char>(bytes[n]);
    out[n + 1] = static_cast<char>(bytes[n + 1]);
    n += 2;
  }
  return n;
#endif
}

}  // namespace

std::size_t write_search_words(std::string_view text, char* out, bool markup) {
  char* write = out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  bool in_word = false;
  const auto separate = [&] {
    if (in_word) *write++ = '\n';
    in_word = false;
  };
  for (int32_t i = 0; i < length;) {
    const uint8_t byte = bytes[i];
    if (byte < 0x80) {
      ++i;
      if (const char c = kAsciiWord[byte]) {
        *write++ = c;
        in_word = true;
        continue;
      }
      separate();
      if (markup && (byte == '<' || byte == '&')) {
        // A tag or a character reference: skipped whole.
        const void* end =
            std::memchr(bytes + i, byte == '<' ? '>' : ';', static_cast<std::size_t>(length - i));
        i = end ? static_cast<int32_t>(static_cast<const uint8_t*>(end) - bytes) + 1 : length;
      }
      continue;
    }
    // Russian letters, most of a Russian site's text, byte by byte: А–П are D0 90–9F, Р–Я
    // D0 A0–AF, а–п D0 B0–BF, р–я D1 80–8F, Ё D0 81, ё D1 91. Small letters, most of every
    // word, are copied as they come, a run at a time.
    if (i + 1 < length && is_small_russian(byte, bytes[i + 1])) {
      while (i + 16 <= length) {
        const std::size_t copied = copy_small_russian(bytes + i, write);
        write += copied;
        i += static_cast<int32_t>(copied);
        if (copied < 16) break;
      }
      while (i + 1 < length && is_small_russian(bytes[i], bytes[i + 1])) {
        *write++ = static_cast<char>(bytes[i]);
        *write++ = static_cast<char>(bytes[i + 1]);
        i += 2;
      }
      in_word = true;
      continue;
    }
    if ((byte == 0xD0 || byte == 0xD1) && i + 1 < length) {
      const uint8_t next = bytes[i + 1];
      uint8_t first = 0, second = 0;
      if (byte == 0xD0 && next >= 0x90 && next <= 0x9F) {
        first = 0xD0, second = next + 0x20;
      } else if (byte == 0xD0 && next >= 0xA0 && next <= 0xAF) {
        first = 0xD1, second = next - 0x20;
      } else if ((byte == 0xD0 && next >= 0xB0 && next <= 0xBF) ||
                 (byte == 0xD1 && next >= 0x80 && next <= 0x8F)) {
        first = byte, second = next;
      } else if ((byte == 0xD0 && next == 0x81) || (byte == 0xD1 && next == 0x91)) {
        first = 0xD0, second = 0xB5;  // ё → е
      }
      if (first) {
        *write++ = static_cast<char>(first);
        *write++ = static_cast<char>(second);
        in_word = true;
        i += 2;
        continue;
      }
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    const UChar32 lower = c < 0 ? -1 : word_character(c);
    if (lower < 0) {
      separate();
      continue;
    }
    int32_t written = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(write), written, lower);
    write += written;
    in_word = true;
  }
  separate();
  return static_cast<std::size_t>(write - out);
}

void append_search_words(std::string_view text, std::string& out, bool markup) {
  const std::size_t start = out.size();
  out.resize(start + search_words_room(text));
  out.resize(start + write_search_words(text, out.data() + start, markup));
}

}  // namespace almanac
