#include <doctest/doctest.h>

#include "markdown/markdown.h"

using namespace almanac;

TEST_CASE("raw HTML is omitted unless the site allows it") {
  const std::string text = "Hello <b>bold</b>\n\n<div class=\"x\">block</div>\n";
  const auto safe = render_markdown(text, false);
  CHECK(safe.html.find("<b>") == std::string::npos);
  CHECK(safe.html.find("<div") == std::string::npos);
  CHECK(safe.html.find("raw HTML omitted") != std::string::npos);
  const auto unsafe = render_markdown(text, true);
  CHECK(unsafe.html.find("<b>bold</b>") != std::string::npos);
}

TEST_CASE("the tag filter stays on even with unsafe HTML") {
  const auto rendered = render_markdown("<script>alert(1)</script>\n", true);
  CHECK(rendered.html.find("<script>") == std::string::npos);
  CHECK(rendered.html.find("&lt;script>") != std::string::npos);
}

TEST_CASE("GitHub tables, strikethrough and autolinks render") {
  const auto rendered =
      render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ https://example.org\n", false);
  CHECK(rendered.html.find("<table>") != std::string::npos);
  CHECK(rendered.html.find("<del>old</del>") != std::string::npos);
  CHECK(rendered.html.find("<a href=\"https://example.org\">") != std::string::npos);
}

TEST_CASE("the first paragraph becomes plain text for a summary") {
  const auto rendered =
      render_markdown("# Heading\n\nFirst *para*\nline two `code`.\n\nSecond.\n", false);
  CHECK(rendered.first_paragraph == "First para line two code.");
}

TEST_CASE("a lead paragraph is marked without the body taking twice its memory") {
  std::string text(5000, 'a');
  text += "\n\nSecond paragraph.\n";
  const auto rendered = render_markdown(text, false, true);
  CHECK(rendered.html.starts_with("<p class=\"lead\">aaa"));
  // Bodies are most of a large site's memory: a string grown in place could keep twice its size.
  CHECK(rendered.html.capacity() < rendered.html.size() + 64);
}
