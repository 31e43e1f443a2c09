// A link or an image in an entry's text that leads into the site. The text keeps a marker in
// its place, resolved on each page (a page's way to the top differs by language and depth);
// every such link is checked once all the files the build writes are known.
#pragma once

#include <string>
#include <string_view>

namespace almanac {

struct BodyLink {
  enum class Target {
    page,   // "conferences/x/": the page in the language of the page that links
    file,   // "images/a.png", "conferences/x/photo.jpg": one file for every language
    entry,  // "content/conferences/x.md", written @/conferences/x.md: that entry's page
  };
  Target target = Target::page;
  std::string written;  // as the editor wrote it
  std::string path;     // what it leads to, as above ("" is the home page)
  int line = 0;         // in the entry's file
  int column = 0;
  bool image = false;
  bool outside = false;  // "../" past the site's top: it leads nowhere the site has
};

// The markers in an entry's HTML, each followed by the path: they stand where the address
// goes, and are made of characters an address keeps as they are.
inline constexpr std::string_view kPageMarker = "almanac:page/";
inline constexpr std::string_view kFileMarker = "almanac:file/";
inline constexpr std::string_view kEntryMarker = "almanac:entry/";

}  // namespace almanac
