// The words of a text as search sees them: letters and digits, lower case, ё read as е.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace almanac {

// Appends each word of `text` to `out`, each followed by '\n': "Китае, ЁЛКА-2" gives
// "китае\nелка\n2\n". One buffer for all the words of a text, as search reads millions. With
// `markup`, the text is HTML: tags and character references separate words and are not words.
void append_search_words(std::string_view text, std::string& out, bool markup = false);

// The same into memory the caller keeps (a string's room would be cleared first, which took as
// long as the words), with search_words_room(text) bytes; returns the bytes written.
[[nodiscard]] std::size_t write_search_words(std::string_view text, char* out, bool markup);
// A character never takes more than half again its bytes in lower case, each word adds one
// separator, and letters are copied sixteen bytes at a time.
[[nodiscard]] inline std::size_t search_words_room(std::string_view text) {
  return text.size() * 2 + 16;
}

}  // namespace almanac
