#include "locale/locale_text.h"

#include <unicode/coll.h>
#include <unicode/datefmt.h>
#include <unicode/dtitvfmt.h>
#include <unicode/dtptngen.h>
#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/numberformatter.h>
#include <unicode/numfmt.h>
#include <unicode/smpdtfmt.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>
#include <tuple>
#include <utility>

namespace almanac {
namespace {

// ICU formatters are not thread-safe, so every thread keeps its own, made on first use.
template <typename T>
using PerLanguage = std::map<std::string, std::unique_ptr<T>, std::less<>>;

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

icu::UnicodeString from_utf8(std::string_view text) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

// BGN/PCGN for Russian, then any other script to Latin and plain ASCII. Two small passes
// around it: soft and hard signs carry no sound in a URL, and BGN's "t·s" (тс) needs no dot.
constexpr const char* kSlugRules =
    "[ьЬъЪ] > ; ::Russian-Latin/BGN; ::Any-Latin; ::Latin-ASCII; ::Lower; \u00B7 > ;";

// Compiling the rules is slow (tens of milliseconds), so it happens once; threads use clones.
const icu::Transliterator& slug_prototype() {
  static const std::unique_ptr<icu::Transliterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
        "almanac-slug", icu::UnicodeString::fromUTF8(kSlugRules), UTRANS_FORWARD, parse_error,
        status));
    if (U_FAILURE(status)) {
      status = U_ZERO_ERROR;
      t.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD,
                                                  status));
    }
    return t;
  }();
  return *prototype;
}

icu::Transliterator& slug_transliterator() {
  thread_local std::unique_ptr<icu::Transliterator> transliterator(slug_prototype().clone());
  return *transliterator;
}

UDate to_udate(Date date) {
  // Noon UTC, formatted in UTC, so no time zone can move the day.
  return (static_cast<double>(date.days_since_epoch()) * 86400.0 + 43200.0) * 1000.0;
}

}  // namespace

std::string slugify(std::string_view text) {
  // Transliteration makes at most a few letters of one; more than this could never be in the
  // slug.
  constexpr std::size_t kSourceCharacters = 2 * kMaxSlugBytes;
  std::size_t cut = 0;
  for (std::size_t characters = 0; cut < text.size() && characters < kSourceCharacters;
       ++characters) {
    ++cut;
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
      ++cut;
  }
  icu::UnicodeString unicode = from_utf8(text.substr(0, cut));
  slug_transliterator().transliterate(unicode);
  const std::string latin = to_utf8(unicode);
  std::string slug;
  bool pending_dash = false;
  for (const char c : latin) {
    if (c == '\'' || c == '`') continue;  // "don't" → "dont", not "don-t"
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!keep) {
      pending_dash = !slug.empty();
      continue;
    }
    if (pending_dash) slug += '-';
    pending_dash = false;
    slug += c;
  }
  if (slug.size() > kMaxSlugBytes) {
    const std::size_t dash = slug.rfind('-', kMaxSlugBytes);
    slug.resize(dash != std::string::npos && dash > kMaxSlugBytes / 2 ? dash : kMaxSlugBytes);
    while (!slug.empty() && slug.back() == '-')
      slug.pop_back();
  }
  return slug;
}

void prepare_slugify() {
  (void)slug_prototype();
}

std::string collation_key(std::string_view text, const std::string& language) {
  thread_local PerLanguage<icu::Collator> collators;
  auto& collator = collators[language];
  if (!collator) {
    UErrorCode status = U_ZERO_ERROR;
    collator.reset(icu::Collator::createInstance(icu::Locale(language.c_str()), status));
  }
  const icu::UnicodeString unicode = from_utf8(text);
  std::string key(unicode.length() * 4 + 16, '\0');
  int32_t size = collator->getSortKey(unicode, reinterpret_cast<uint8_t*>(key.data()),
                                      static_cast<int32_t>(key.size()));
  if (size > static_cast<int32_t>(key.size())) {
    key.resize(size);
    size = collator->getSortKey(unicode, reinterpret_cast<uint8_t*>(key.data()), size);
  }
  key.resize(size > 0 ? size - 1 : 0);  // without the terminating zero
  return key;
}

std::string format_date(Date date, const std::string& language) {
  // A site has far fewer distinct dates than places that print one.
  thread_local std::map<std::pair<std::string, long>, std::string> formatted;
  const auto key = std::make_pair(language, date.days_since_epoch());
  if (const auto it = formatted.find(key); it != formatted.end()) return it->second;
  thread_local PerLanguage<icu::DateFormat> formats;
  auto& format = formats[language];
  if (!format) {
    format.reset(
        icu::DateFormat::createDateInstance(icu::DateFormat::kLong, icu::Locale(language.c_str())));
    format->setTimeZone(*icu::TimeZone::getGMT());
  }
  icu::UnicodeString out;
  format->format(to_udate(date), out);
  return formatted[key] = to_utf8(out);
}

std::string format_month_year(Date date, const std::string& language) {
  thread_local PerLanguage<icu::SimpleDateFormat> formats;
  auto& format = formats[language];
  if (!format) {
    UErrorCode status = U_ZERO_ERROR;
    // LLLL is the stand-alone (nominative) month name, `ноябрь` rather than `ноября`; an explicit
    // pattern, because the skeleton adds `г.`, which a heading does not want.
    format =
        std::make_unique<icu::SimpleDateFormat>("LLLL y", icu::Locale(language.c_str()), status);
    format->setTimeZone(*icu::TimeZone::getGMT());
  }
  icu::UnicodeString out;
  format->format(to_udate(date), out);
  return to_utf8(out);
}

std::string format_date_range(Date starts, Date ends, const std::string& language) {
  if (starts == ends) return format_date(starts, language);
  thread_local std::map<std::tuple<std::string, long, long>, std::string> formatted;
  const auto key = std::make_tuple(language, starts.days_since_epoch(), ends.days_since_epoch());
  if (const auto it = formatted.find(key); it != formatted.end()) return it->second;
  thread_local PerLanguage<icu::DateIntervalFormat> formats;
  auto& format = formats[language];
  if (!format) {
    UErrorCode status = U_ZERO_ERROR;
    format.reset(
        icu::DateIntervalFormat::createInstance("yMMMMd", icu::Locale(language.c_str()), status));
    format->setTimeZone(*icu::TimeZone::getGMT());
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::DateInterval interval(to_udate(starts), to_udate(ends));
  icu::UnicodeString out;
  icu::FieldPosition position;
  format->format(&interval, out, position, status);
  return formatted[key] = to_utf8(out);
}

std::string format_number(std::int64_t number, const std::string& language) {
  thread_local PerLanguage<icu::NumberFormat> formats;
  auto& format = formats[language];
  if (!format) {
    UErrorCode status = U_ZERO_ERROR;
    format.reset(icu::NumberFormat::createInstance(icu::Locale(language.c_str()), status));
  }
  icu::UnicodeString out;
  format->format(static_cast<int64_t>(number), out);
  return to_utf8(out);
}

std::string format_count(std::string_view pattern, std::int64_t count,
                         const std::string& language) {
  // Parsing a pattern costs far more than applying it, and a site uses a handful of patterns.
  thread_local std::map<std::string, std::unique_ptr<icu::MessageFormat>, std::less<>> formats;
  const std::string key = language + "|" + std::string(pattern);
  auto& format = formats[key];
  UErrorCode status = U_ZERO_ERROR;
  if (!format) {
    auto parsed = std::make_unique<icu::MessageFormat>(from_utf8(pattern),
                                                       icu::Locale(language.c_str()), status);
    if (U_FAILURE(status)) {
      formats.erase(key);
      return {};
    }
    format = std::move(parsed);
  }
  const icu::UnicodeString names[] = {"count"};
  const icu::Formattable values[] = {icu::Formattable(static_cast<int64_t>(count))};
  icu::UnicodeString out;
  format->format(names, values, 1, out, status);
  if (U_FAILURE(status)) return {};
  return to_utf8(out);
}

namespace {

std::string format_with_skeleton(const char16_t* skeleton, double value,
                                 const std::string& language) {
  UErrorCode status = U_ZERO_ERROR;
  const auto formatter = icu::number::NumberFormatter::forSkeleton(skeleton, status)
                             .locale(icu::Locale(language.c_str()));
  const auto formatted = formatter.formatDouble(value, status);
  if (U_FAILURE(status)) return {};
  std::string text = to_utf8(formatted.toString(status));
  // A true minus sign, as print typography wants; CLDR gives a hyphen for ru and en.
  if (text.starts_with("-")) text.replace(0, 1, "\u2212");
  return text;
}

}  // namespace

std::string format_change(std::int64_t change, const std::string& language) {
  return format_with_skeleton(u"sign-except-zero group-auto", static_cast<double>(change),
                              language);
}

std::string format_percent_change(double ratio, const std::string& language) {
  return format_with_skeleton(u"percent scale/100 sign-except-zero precision-integer", ratio,
                              language);
}

std::vector<std::string> short_month_names(const std::string& language) {
  thread_local std::map<std::string, std::vector<std::string>> cache;
  if (const auto it = cache.find(language); it != cache.end()) return it->second;
  UErrorCode status = U_ZERO_ERROR;
  icu::SimpleDateFormat format("LLL", icu::Locale(language.c_str()), status);
  format.setTimeZone(*icu::TimeZone::getGMT());
  std::vector<std::string> names;
  for (int month = 1; month <= 12; ++month) {
    icu::UnicodeString out;
    format.format(to_udate(Date{2025, month, 15}), out);
    names.push_back(to_utf8(out));
  }
  cache[language] = names;
  return names;
}

std::string language_and_region(const std::string& locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale full(locale.c_str());
  full.addLikelySubtags(status);
  const std::string country = full.getCountry();
  return country.empty() ? std::string(full.getLanguage())
                         : std::string(full.getLanguage()) + "_" + country;
}

bool is_known_language(const std::string& language) {
  int32_t count = 0;
  const icu::Locale* locales = icu::Locale::getAvailableLocales(count);
  for (int32_t i = 0; i < count; ++i) {
    if (language == locales[i].getName()) return true;
  }
  return false;
}

}  // namespace almanac
