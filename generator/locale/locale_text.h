// Language-aware text: slugs, sorting, dates, numbers and plurals; the only module that uses ICU.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"

namespace almanac {

// An ASCII URL segment for any text: `Китай` → `kitay`, `Цзянси` → `tszyansi` (BGN/PCGN
// romanization for Cyrillic without the soft and hard signs, pinyin for Chinese). Empty when
// no letter or digit remains. At most kMaxSlugBytes, cut where a word ends: an address stays
// readable, and of a name a hundred thousand characters long (ICU's transliteration grows worse
// than linearly) only as much is read as its slug can hold.
[[nodiscard]] std::string slugify(std::string_view text);
inline constexpr std::size_t kMaxSlugBytes = 100;

// Compiles the transliteration rules ahead of the first slugify(), for example on a thread of
// its own while files load.
void prepare_slugify();

// A byte string whose order (std::string <) is the language's alphabetical order.
[[nodiscard]] std::string collation_key(std::string_view text, const std::string& language);

// `12 ноября 2025 г.` / `12 November 2025`.
[[nodiscard]] std::string format_date(Date date, const std::string& language);
// `ноябрь 2025` / `November 2025`: a month as a heading.
[[nodiscard]] std::string format_month_year(Date date, const std::string& language);
// `20–23 мая 2014 г.`, `30 ноября – 2 декабря 2024 г.`; a single date when both are equal.
[[nodiscard]] std::string format_date_range(Date starts, Date ends, const std::string& language);
// `7 000` / `7,000`.
[[nodiscard]] std::string format_number(std::int64_t number, const std::string& language);
// An ICU MessageFormat pattern with one argument `count`, such as
// `{count, plural, one {# соглашение} few {# соглашения} other {# соглашений}}`.
// Returns empty when the pattern is not valid.
[[nodiscard]] std::string format_count(std::string_view pattern, std::int64_t count,
                                       const std::string& language);
// `+2`, `−2` or `0`: a change against an earlier value, with the language's digits and signs.
[[nodiscard]] std::string format_change(std::int64_t change, const std::string& language);
// `+15 %`, `−15 %`: a relative change (0.15 is 15 %), rounded to a whole percent.
[[nodiscard]] std::string format_percent_change(double ratio, const std::string& language);
// The twelve month names as short stand-alone forms: `янв.` … `дек.`, `Jan` … `Dec`.
[[nodiscard]] std::vector<std::string> short_month_names(const std::string& language);

// Whether ICU knows the language well enough to format it.
// "ru_RU" for "ru", "en_GB" for "en-GB": a locale as Open Graph's og:locale writes it, the
// region filled in with the one most likely for the language.
[[nodiscard]] std::string language_and_region(const std::string& locale);

[[nodiscard]] bool is_known_language(const std::string& language);

}  // namespace almanac
