// The words of a text as search sees them: letters and digits, lower case, ё read as е.
#pragma once

#include <string>
#include <string_view>

namespace almanac {

// Appends each word of `text` to `out`, each followed by '\n': "Китае, ЁЛКА-2" gives
// "китае\nелка\n2\n". One buffer for all the words of a text, as search reads millions.
void append_search_words(std::string_view text, std::string& out);

}  // namespace almanac
