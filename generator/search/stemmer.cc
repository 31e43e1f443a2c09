#include "search/stemmer.h"

#include <libstemmer.h>

namespace almanac {

Stemmer::Stemmer()
    : russian_(sb_stemmer_new("russian", "UTF_8")), english_(sb_stemmer_new("english", "UTF_8")) {}

Stemmer::~Stemmer() {
  sb_stemmer_delete(russian_);
  sb_stemmer_delete(english_);
}

std::string_view Stemmer::stem(std::string_view word) {
  bool cyrillic = false, latin = false;
  for (const char c : word) {
    const auto byte = static_cast<unsigned char>(c);
    cyrillic |= byte == 0xD0 || byte == 0xD1;
    latin |= byte >= 'a' && byte <= 'z';
  }
  sb_stemmer* stemmer = cyrillic ? russian_ : latin ? english_ : nullptr;
  if (!stemmer) return word;
  const sb_symbol* stem = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                          static_cast<int>(word.size()));
  return {reinterpret_cast<const char*>(stem),
          static_cast<std::size_t>(sb_stemmer_length(stemmer))};
}

}  // namespace almanac
