#include "render/site_pages.h"

#include "index/urls.h"
#include "render/atom_feed.h"
#include "render/body_links.h"
#include "render/calendar.h"
#include "render/views/entry_views.h"
#include "render/views/list_views.h"
#include "render/views/organization_views.h"
#include "render/views/report_views.h"
#include "render/views/site_views.h"
#include "report/annual_report.h"
#include "report/report_data.h"

namespace almanac {
namespace {

int page_count(std::size_t items, int page_size) {
  return std::max<int>(1, static_cast<int>((items + page_size - 1) / page_size));
}

}  // namespace

std::vector<PageJob> plan_pages(const PageViews& views,
                                const std::optional<std::string>& not_found_root) {
  const SiteIndex& index = views.index();
  const int page_size = views.page_size();
  std::vector<PageJob> jobs;
  const auto add = [&](std::string path, std::string template_name,
                       std::function<PageView(const PageViews&, const std::string&)> view,
                       std::function<std::string(const SiteIndex&)> counterpart) {
    jobs.push_back({&views, path, index.prefix + output_file(path), std::move(template_name),
                    [path, view = std::move(view)](const PageViews& v) { return view(v, path); },
                    std::move(counterpart)});
  };
  const auto same = [](std::string path) {
    return [path = std::move(path)](const SiteIndex&) { return path; };
  };
  // The inputs of a page of a list: its rows and the number of pages.
  const auto listed_page = [page_size](const std::vector<const Entry*>& entries, int page,
                                       int pages) {
    return [&entries, page, pages, page_size](PageInputs& in) {
      in.number(pages);
      in.listed(entries, static_cast<std::size_t>((page - 1) * page_size),
                static_cast<std::size_t>(page_size));
    };
  };
  // An entry's own page: the entry in full, and where the links of its text lead.
  const auto shown = [&index](const Entry* entry) {
    return [&index, entry](PageInputs& in) {
      in.shown(*entry);
      for (const BodyLink& link : entry->links) {
        if (link.target != BodyLink::Target::entry) continue;
        const LinkedEntry linked = linked_entry(link.path, index);
        in.text(linked.path);
        in.number(linked.from_top);
      }
    };
  };
  const auto entry_counterpart = [](const Entry* entry) {
    const std::string original =
        entry->original_path.empty() ? entry->source_path : entry->original_path;
    return [original](const SiteIndex& other) {
      const Entry* there = other.entry_for(original);
      return there ? entry_path(*there) : std::string();
    };
  };

  add(
      "", "home", [](const PageViews& v, const std::string& p) { return home_view(v, p); },
      same(""));
  add(
      "search/", "search",
      [](const PageViews& v, const std::string& p) { return search_view(v, p); }, same("search/"));
  jobs.back().inputs = [](PageInputs&) {};

  // Feeds need full addresses, so only a site with a base_url has them.
  if (!index.site->config.base_url.empty()) {
    const int limit = index.site->config.feed_limit;
    const auto add_feed = [&](FeedRequest request) {
      const std::string file = request.path;
      jobs.push_back({&views, file, index.prefix + file, "", nullptr, same(request.page),
                      [request](const PageViews& v) { return atom_feed(v, request); }});
      jobs.back().inputs = [entries = request.entries, limit](PageInputs& in) {
        in.listed(*entries, 0, limit > 0 ? static_cast<std::size_t>(limit) : entries->size());
      };
    };
    add_feed({"atom.xml", index.site->config.title_in(index.language), "", &index.activities});
    for (const EntryKind kind :
         {EntryKind::collaboration, EntryKind::conference, EntryKind::internship}) {
      const std::string folder = std::string(kind_folder(kind)) + "/";
      add_feed({folder + "atom.xml", views.kind_feed_title(kind), folder, &index.of_kind(kind)});
    }
  }

  for (const EntryKind kind :
       {EntryKind::collaboration, EntryKind::conference, EntryKind::internship}) {
    const auto& entries = index.of_kind(kind);
    const int pages = page_count(entries.size(), page_size);
    const std::string first = std::string(kind_folder(kind)) + "/";
    for (int page = 1; page <= pages; ++page) {
      add(
          paginated_path(first, page), "list",
          [kind, page, pages](const PageViews& v, const std::string& p) {
            return kind_list_view(v, kind, p, page, pages);
          },
          same(first));
      jobs.back().inputs = listed_page(entries, page, pages);
    }
    for (const Entry* entry : entries) {
      add(
          entry_path(*entry), "entry",
          [entry](const PageViews& v, const std::string& p) { return entry_view(v, *entry, p); },
          entry_counterpart(entry));
      jobs.back().search_document = views.search_document(entry);
      jobs.back().inputs = shown(entry);
      if (kind == EntryKind::conference) {
        const std::string file = entry_path(*entry) + std::string(kEventCalendar);
        jobs.push_back({&views, file, index.prefix + file, "", nullptr, entry_counterpart(entry),
                        [entry](const PageViews& v) {
                          return conference_calendar(v, {entry}, entry->title);
                        }});
        jobs.back().inputs = [entry](PageInputs& in) { in.listed(*entry); };
      }
    }
  }

  for (const Entry* page : index.pages) {
    add(
        entry_path(*page), "page",
        [page](const PageViews& v, const std::string& p) { return free_page_view(v, *page, p); },
        entry_counterpart(page));
    jobs.back().search_document = views.search_document(page);
    jobs.back().inputs = shown(page);
  }

  add(
      "organizations/", "organizations",
      [](const PageViews& v, const std::string& p) { return organizations_view(v, p); },
      same("organizations/"));
  // The annual reports and the calendar of every conference are the largest files: they come
  // after the entries' pages, which let go of the entries' bodies (render/entry_bodies.h), so
  // that their memory is there for them; the term and organization pages after them keep both
  // cores busy to the end.
  const std::vector<int> years = report_years(index);
  add(
      "reports/", "reports",
      [years](const PageViews& v, const std::string& p) { return reports_view(v, years, p); },
      same("reports/"));
  for (const int year : years) {
    const std::string path = "reports/" + std::to_string(year) + "/";
    add(
        path, "report",
        [year](const PageViews& v, const std::string& p) {
          return report_view(v, v.annual_report(year), p);
        },
        same(path));
    jobs.back().report_year = year;
    const auto inputs = [&index, year](PageInputs& in) { report_inputs(index, year, in); };
    jobs.back().inputs = inputs;
    for (const bool csv : {true, false}) {
      const std::string file = path + (csv ? "report.csv" : "report.json");
      jobs.push_back({&views, file, index.prefix + file, "", nullptr, same(path),
                      [year, csv](const PageViews& v) {
                        const AnnualReport& report = v.annual_report(year);
                        return csv ? report_csv(report, v.index()) : report_json(report, v.index());
                      }});
      jobs.back().inputs = inputs;
      jobs.back().same_inputs_as_job_before = csv ? 1 : 2;
    }
  }

  const std::string calendar = std::string(kConferenceCalendar);
  jobs.push_back({&views, calendar, index.prefix + calendar, "", nullptr, same("conferences/"),
                  [](const PageViews& v) {
                    return conference_calendar(v, v.index().conferences,
                                               v.kind_feed_title(EntryKind::conference));
                  }});
  jobs.back().inputs = [&index](PageInputs& in) {
    in.listed(index.conferences, 0, index.conferences.size());
  };

  for (const auto& by_id : index.organization_by_id) {
    const Organization* organization = by_id.second;  // named: lambdas below capture it
    add(
        organization_path(*organization), "organization",
        [organization](const PageViews& v, const std::string& p) {
          return organization_view(v, *organization, p);
        },
        same(organization_path(*organization)));
    jobs.back().search_document = views.search_document(organization);
    jobs.back().inputs = [&index, organization](PageInputs& in) {
      in.organization(organization->id);
      in.term("countries", organization->country);
      const auto entries = index.entries_by_organization.find(organization->id);
      if (entries != index.entries_by_organization.end())
        in.listed(entries->second, 0, entries->second.size());
    };
  }

  // The search index holds the text of the entries, free pages and organizations, all above;
  // the term pages below keep the other core busy while it is written.
  const std::string search = "search/";
  jobs.push_back({&views, search, index.prefix + search, "", nullptr, same(search), nullptr,
                  [](const PageViews& v, const std::vector<SearchTerms>& documents,
                     const SearchFileWriter& write) {
                    return write_search_index(
                        *v.indexer(), documents,
                        [&v](std::size_t document) { return v.search_row(document); }, write);
                  }});

  for (const Taxonomy& taxonomy : index.taxonomies) {
    add(
        taxonomy.key + "/", "taxonomy",
        [&taxonomy](const PageViews& v, const std::string& p) {
          return taxonomy_view(v, taxonomy, p);
        },
        same(taxonomy.key + "/"));
    for (const Term& term : taxonomy.terms) {
      const int pages = page_count(term.entries.size(), page_size);
      const std::string first = term_path(taxonomy.key, term.slug);
      const auto counterpart = [key = taxonomy.key, term_key = term.key](const SiteIndex& other) {
        const std::string slug = other.term_slug(key, term_key);
        return slug.empty() ? key + "/" : term_path(key, slug);
      };
      for (int page = 1; page <= pages; ++page) {
        add(
            paginated_path(first, page), "term",
            [&taxonomy, &term, page, pages](const PageViews& v, const std::string& p) {
              return term_view(v, taxonomy, term, p, page, pages);
            },
            counterpart);
        const auto list = listed_page(term.entries, page, pages);
        jobs.back().inputs = [&taxonomy, &term, list](PageInputs& in) {
          in.term(taxonomy.key, term.key);
          list(in);
        };
      }
    }
  }

  if (not_found_root) {
    const std::string root = *not_found_root;
    jobs.push_back({&views, "404.html", "404.html", "404",
                    [root](const PageViews& v) { return not_found_view(v, root); }, same("")});
    jobs.back().inputs = [](PageInputs&) {};
  }
  return jobs;
}

}  // namespace almanac
