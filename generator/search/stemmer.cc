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
  if (const auto known = stems_.find(word); known != stems_.end()) return known->second;
  const auto it = stems_.emplace(std::string(word), std::string()).first;
  bool cyrillic = false, latin = false;
  for (const char c : word) {
    const auto byte = static_cast<unsigned char>(c);
    cyrillic |= byte == 0xD0 || byte == 0xD1;
    latin |= byte >= 'a' && byte <= 'z';
  }
  sb_stemmer* stemmer = cyrillic ? russian_ : latin ? english_ : nullptr;
  if (!stemmer) {
    it->second = it->first;
    return it->second;
  }
  const sb_symbol* stem = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                          static_cast<int>(word.size()));
  it->second.assign(reinterpret_cast<const char*>(stem),
                    static_cast<std::size_t>(sb_stemmer_length(stemmer)));
  return it->second;
}

}  // namespace almanac
