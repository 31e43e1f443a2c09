// Prints each word of standard input (one a line) with its stem, as almanac indexes it: the
// browser tests compare the theme's stemmers (static/js/stem.js) with these.
#include <iostream>
#include <string>

#include "locale/search_words.h"
#include "search/stemmer.h"

int main() {
  almanac::Stemmer stemmer;
  std::string line;
  while (std::getline(std::cin, line)) {
    std::string words;
    almanac::append_search_words(line, words);
    for (std::size_t start = 0, end; start < words.size(); start = end + 1) {
      end = words.find('\n', start);
      const std::string word = words.substr(start, end - start);
      std::cout << word << '\t' << stemmer.stem(word) << '\n';
    }
  }
}
