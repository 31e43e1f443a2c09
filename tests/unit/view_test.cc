#include <doctest/doctest.h>

#include "render/root_marker.h"
#include "render/row_cache.h"
#include "render/view_context.h"
#include "render/view_data.h"

using namespace almanac;

TEST_CASE("RootedHtml puts each page's way to the root where the markers were") {
  const std::string marker(kRootMarker);
  const RootedHtml row("<a href=\"" + marker + "x/\">" + marker + "</a>");
  CHECK(row.with_root("../../") == "<a href=\"../../x/\">../../</a>");
  CHECK(row.with_root("./") == "<a href=\"./x/\">./</a>");
  CHECK(RootedHtml("no marker").with_root("../") == "no marker");
  CHECK(RootedHtml(marker).with_root("../") == "../");
}

TEST_CASE("ViewContext finds names innermost first, dotted paths whole") {
  ViewData shared(ViewData::type::object);
  ViewData& t = add_object(shared, "t");
  t.set("title", std::string("shared title"));
  shared.set("site", std::string("almanac"));
  ViewData page(ViewData::type::object);
  page.set("title", std::string("page title"));
  ViewData& inner = add_object(page, "t");
  inner.set("other", std::string("x"));
  ViewContext context(&shared, &page);

  CHECK(context.get("title")->string_value() == "page title");
  CHECK(context.get("site")->string_value() == "almanac");
  // The page's `t` lacks `title`, so the whole path is looked up again in the shared data.
  CHECK(context.get("t.title")->string_value() == "shared title");
  CHECK(context.get("t.other")->string_value() == "x");
  CHECK(context.get("t.missing") == nullptr);
  CHECK(context.get("nothing.here") == nullptr);

  ViewData item(std::string("an item"));
  context.push(&item);
  CHECK(context.get(".")->string_value() == "an item");
  context.pop();
  CHECK(context.get(".") == &page);
}

TEST_CASE("put stores texts, flags and whole subtrees like set() does") {
  ViewData data(ViewData::type::object);
  put(data, "body", std::string(1000, 'x'));
  put(data, "body", "<p>replaced</p>");  // a literal is a text, not a flag
  put(data, "flag", true);
  ViewData list(ViewData::type::list);
  list.push_back(ViewData(std::string("item")));
  put(data, "list", std::move(list));
  CHECK(data.get("body")->string_value() == "<p>replaced</p>");
  CHECK(data.get("flag")->is_true());
  REQUIRE(data.get("list")->is_list());
  CHECK(data.get("list")->list_value().front().string_value() == "item");
}

TEST_CASE("add_object and add_list give a new empty child, whatever the key held before") {
  ViewData data(ViewData::type::object);
  put(data, "entry", "a text");
  ViewData& entry = add_object(data, "entry");
  put(entry, "title", "first");
  CHECK(data.get("entry")->get("title")->string_value() == "first");
  ViewData& again = add_object(data, "entry");
  CHECK(again.is_empty_object());
  CHECK(data.get("entry")->is_empty_object());

  ViewData& rows = add_list(data, "rows", 2);
  append_object(rows);
  CHECK(data.get("has_rows")->is_true());
  CHECK(data.get("rows")->list_value().size() == 1);
  CHECK(add_list(data, "rows", 2).is_empty_list());
}

TEST_CASE("an entry's row is rendered once and printed with each page's way to the root") {
  Entry listed;
  listed.kind = EntryKind::conference;
  listed.slug = "mir";
  Entry other = listed;
  other.slug = "other";
  RowCache cache({&listed});
  int renders = 0;
  const auto render = [&] {
    ++renders;
    return "<a href=\"" + std::string(kRootMarker) + "conferences/mir/\">";
  };
  const RowCache::Row first = cache.row(listed, "../", render);
  const RowCache::Row second = cache.row(listed, "../../", render);
  CHECK(renders == 1);
  CHECK(first.path == "conferences/mir/");
  CHECK(first.html == "<a href=\"../conferences/mir/\">");
  CHECK(second.html == "<a href=\"../../conferences/mir/\">");
  // An entry the cache was not made for is rendered each time it is asked for.
  CHECK(cache.row(other, "./", render).path == "conferences/other/");
  CHECK(cache.row(other, "./", render).html == "<a href=\"./conferences/mir/\">");
  CHECK(renders == 3);
}

TEST_CASE("the row cache finds each of its entries, wherever they are kept, and only those") {
  std::vector<Entry> originals(3), translations(2);
  originals[0].slug = "o0";
  originals[1].slug = "o1";
  originals[2].slug = "o2";
  translations[0].slug = "t0";
  translations[1].slug = "t1";
  // In any order, with a gap (translations[0] is not cached) and a repeat.
  RowCache cache({&translations[1], &originals[2], &originals[0], &originals[1], &originals[0]});
  int renders = 0;
  const auto row_of = [&](const Entry& entry) {
    return cache.row(entry, "./", [&] {
      ++renders;
      return entry.slug;
    });
  };
  for (int round = 0; round < 2; ++round) {
    for (const Entry* entry : {&originals[0], &originals[1], &originals[2], &translations[1]}) {
      const RowCache::Row row = row_of(*entry);
      CHECK(row.html == entry->slug);
      CHECK(row.path == "pages/" + entry->slug + "/");
    }
  }
  CHECK(renders == 4);  // each cached entry once
  CHECK(row_of(translations[0]).html == "t0");
  CHECK(row_of(translations[0]).html == "t0");
  CHECK(renders == 6);  // an entry the cache was not made for, each time
}
