// Reading a PDF back as its reader sees it, through poppler's pdftotext: every word with its
// box on its page, and the text in the order it was drawn.
#pragma once

#include <string>
#include <vector>

namespace almanac::testing {

struct PrintedWord {
  int page = 0;                                       // from 1
  double x_min = 0, y_min = 0, x_max = 0, y_max = 0;  // points, from the page's top left
  std::string text;
};

struct PrintedPage {
  double width = 0, height = 0;  // points
  std::vector<PrintedWord> words;
};

// Every page of `pdf` with its words (`pdftotext -bbox`).
[[nodiscard]] std::vector<PrintedPage> read_printed_pages(const std::string& pdf);

// The text in drawing order (`pdftotext -raw`): a table's cells one after another.
[[nodiscard]] std::string read_printed_text(const std::string& pdf);

// `text` without what layout adds or takes away: spaces of every kind, line breaks, the
// hyphens of hyphenation and the soft hyphen, so that a heading broken over lines of a narrow
// column still matches the heading.
[[nodiscard]] std::string without_layout(const std::string& text);

// Text of HTML with its character references (&amp; &lt; &gt; &quot; &#39;) turned back.
[[nodiscard]] std::string html_text(const std::string& html);

// What is printed where it should not be, one line each: a word outside the text area
// (`margins`: top, right, bottom, left, in points; the running header and footer may sit in
// the top and bottom margins, but no word straddles the edge of the text area), or two words
// printed over each other.
struct Margins {
  double top, right, bottom, left;
};
[[nodiscard]] std::vector<std::string> layout_problems(const std::vector<PrintedPage>& pages,
                                                       const Margins& margins);

}  // namespace almanac::testing
