// The words the search index has met and the numbers of their stems, in one flat table: every
// word of every text is looked up here. std::unordered_map (a node per word) and Abseil's
// flat_hash_map were measured on the bench site and were slower; this table keeps each word's
// hash beside it and the words themselves in one string (docs/design.md, Performance).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace almanac {

// A hash of a word, eight bytes at a time.
[[nodiscard]] std::uint64_t word_hash(std::string_view word);

class WordStems {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFF;

  // The stem number of `word` (whose word_hash is `hash`), or kNone.
  [[nodiscard]] std::uint32_t find(std::string_view word, std::uint64_t hash) const;
  // Adds a word that find() did not know.
  void insert(std::string_view word, std::uint64_t hash, std::uint32_t stem);
  [[nodiscard]] std::size_t size() const { return count_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;  // in words_
    std::uint32_t length = 0;
    std::uint32_t stem = kNone;  // kNone: the slot is free
  };
  void place(const Slot& slot);
  void grow();

  std::vector<Slot> slots_ = std::vector<Slot>(1024);  // a power of two, at most half full
  std::size_t count_ = 0;
  std::string words_;  // every word, one after another
};

}  // namespace almanac
