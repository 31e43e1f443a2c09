#include "locale/search_words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace almanac {
namespace {

void append_utf8(std::string& out, UChar32 c) {
  char bytes[U8_MAX_LENGTH];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(bytes), length, U8_MAX_LENGTH, c, error);
  if (!error) out.append(bytes, static_cast<std::size_t>(length));
}

// The lower-case form of a letter or digit, or -1 for anything that separates words. ASCII and
// Russian letters directly, the rest through ICU.
UChar32 word_character(UChar32 c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return c;
    if (c >= 'A' && c <= 'Z') return c + 32;
    return -1;
  }
  if (c == 0x0401 || c == 0x0451) return 0x0435;  // Ё, ё → е: Russian writes them alike
  if (c >= 0x0410 && c <= 0x042F) return c + 0x20;
  if (c >= 0x0430 && c <= 0x044F) return c;
  return u_isalnum(c) ? u_tolower(c) : -1;
}

}  // namespace

void append_search_words(std::string_view text, std::string& out) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  out.reserve(out.size() + text.size() + 1);
  bool in_word = false;
  const auto separate = [&] {
    if (in_word) out += '\n';
    in_word = false;
  };
  for (int32_t i = 0; i < length;) {
    UChar32 c = bytes[i];
    // ASCII and Russian letters (two bytes, 0xD0 or 0xD1 first) are most of a site's text.
    if (c < 0x80) {
      ++i;
    } else if ((c == 0xD0 || c == 0xD1) && i + 1 < length && (bytes[i + 1] & 0xC0) == 0x80) {
      c = ((c & 0x1F) << 6) | (bytes[i + 1] & 0x3F);
      i += 2;
    } else {
      U8_NEXT(bytes, i, length, c);
    }
    const UChar32 lower = c < 0 ? -1 : word_character(c);
    if (lower < 0) {
      separate();
    } else {
      if (lower < 0x80) {
        out += static_cast<char>(lower);
      } else if (lower < 0x800) {
        out += static_cast<char>(0xC0 | (lower >> 6));
        out += static_cast<char>(0x80 | (lower & 0x3F));
      } else {
        append_utf8(out, lower);
      }
      in_word = true;
    }
  }
  separate();
}

}  // namespace almanac
