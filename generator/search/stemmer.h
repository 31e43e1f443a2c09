// Snowball stemming (libstemmer), the only module that uses it: the forms of a word share one
// stem, so that a search for "конференции" finds "конференция". The theme's search script
// stems queries with the same algorithms (themes/default/static/js/stem.js).
#pragma once

#include <string_view>

struct sb_stemmer;

namespace almanac {

class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a word from append_search_words(): by the Russian algorithm when it has
  // Cyrillic letters, by the English one when it has Latin letters; digits stay as they are.
  // One stemmer is for one thread; the view lasts until the next call.
  [[nodiscard]] std::string_view stem(std::string_view word);

 private:
  sb_stemmer* russian_;
  sb_stemmer* english_;
};

}  // namespace almanac
