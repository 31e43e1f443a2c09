#include "search/word_stems.h"

#include <cstring>

namespace almanac {

namespace {

std::uint64_t load8(const char* bytes) {
  std::uint64_t value;
  std::memcpy(&value, bytes, 8);
  return value;
}

std::uint32_t load4(const char* bytes) {
  std::uint32_t value;
  std::memcpy(&value, bytes, 4);
  return value;
}

// The last 1–7 bytes of a word, read with loads of fixed size that may overlap: a copy of a
// variable length was a library call for each of millions of words.
std::uint64_t tail_of(const char* bytes, std::size_t length) {
  if (length >= 4) {
    return load4(bytes) | static_cast<std::uint64_t>(load4(bytes + length - 4)) << 32;
  }
  if (length == 0) return 0;
  const auto byte = [bytes](std::size_t i) { return static_cast<std::uint8_t>(bytes[i]); };
  return byte(0) | static_cast<std::uint64_t>(byte(length / 2)) << 8 |
         static_cast<std::uint64_t>(byte(length - 1)) << 16;
}

}  // namespace

std::uint64_t word_hash(std::string_view word) {
  std::uint64_t hash = 0x9E3779B97F4A7C15ull ^ word.size();
  std::size_t at = 0;
  for (; at + 8 <= word.size(); at += 8) {
    hash = (hash ^ load8(word.data() + at)) * 0xFF51AFD7ED558CCDull;
    hash ^= hash >> 32;
  }
  hash = (hash ^ tail_of(word.data() + at, word.size() - at)) * 0xC4CEB9FE1A85EC53ull;
  return hash ^ (hash >> 29);
}

std::uint32_t WordStems::find(std::string_view word, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.stem == kNone) return kNone;
    if (slot.hash == hash && slot.length == word.size() &&
        std::memcmp(words_.data() + slot.offset, word.data(), word.size()) == 0) {
      return slot.stem;
    }
  }
}

void WordStems::insert(std::string_view word, std::uint64_t hash, std::uint32_t stem) {
  if ((count_ + 1) * 2 > slots_.size()) grow();
  place({hash, static_cast<std::uint32_t>(words_.size()), static_cast<std::uint32_t>(word.size()),
         stem});
  words_.append(word);
  ++count_;
}

void WordStems::place(const Slot& slot) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = slot.hash & mask;
  while (slots_[i].stem != kNone)
    i = (i + 1) & mask;
  slots_[i] = slot;
}

void WordStems::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  for (const Slot& slot : old) {
    if (slot.stem != kNone) place(slot);
  }
}

}  // namespace almanac
