// Upstream links in project files (data/project/project_toml.hpp) and the upstream gap of each
// downstream branch (data/project/project_branches.hpp), on small hand-checked projects.
#include <map>

#include <catch2/catch.hpp>

#include "data/project/project_branches.hpp"
#include "data/project/project_toml.hpp"
#include "data/store/store.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/projects.hpp"

using namespace relplan;

namespace {
// Line numbers matter: the errors name them. `upstream_line` is line 21.
std::string down(
    const std::string& declared = "up",
    const std::string& upstream_line = "upstream = { project = \"up\", version = \"2.0\", source = \"s\" }\n") {
  return "id = \"down\"\n"
         "name = \"Down\"\n"
         "version_scheme = \"{major}.{minor}\"\n"
         "[cadence]\n"
         "months = 6\n"
         "source = \"s\"\n"
         "[[upstream]]\n"
         "project = \"" +
         declared +
         "\"\n"
         "source = \"s\"\n"
         "[[support_policy]]\n"
         "name = \"12 months\"\n"
         "from_version = \"1.0\"\n"
         "general_months = 12\n"
         "security_months = 12\n"
         "decided = \"2019-01-01\"\n"
         "source = \"s\"\n"
         "[[release]]\n"
         "version = \"1.0\"\n"
         "released = \"2020-01-01\"\n"
         "source = \"s\"\n" +
         upstream_line;
}

// Up 2.0, released 2020-01-01, with `security` months of security support; `later` adds policies.
std::string up(int security, const std::string& later = "", const std::string& extra = "") {
  return "id = \"up\"\nname = \"Up\"\nversion_scheme = \"2.{minor}\"\n" + extra +
         "[cadence]\nmonths = 6\nsource = \"s\"\n"
         "[[support_policy]]\nname = \"base\"\nfrom_version = \"2.0\"\ngeneral_months = 6\nsecurity_months = " +
         std::to_string(security) + "\ndecided = \"2019-01-01\"\nsource = \"s\"\n" + later +
         "[[release]]\nversion = \"2.0\"\nreleased = \"2020-01-01\"\nsource = \"s\"\n";
}

ProjectLookup lookup_of(std::map<std::string, Project> projects) {
  return [projects = std::move(projects)](const std::string& id) -> std::optional<Project> {
    auto it = projects.find(id);
    if (it == projects.end()) return std::nullopt;
    return it->second;
  };
}

BranchUpstream gap_of(const std::string& up_text, std::optional<date::sys_days> known) {
  const auto u = parse_project_toml(up_text, "up.toml").value();
  const auto d = parse_project_toml(down(), "down.toml").value();
  const auto b = project_branches(d, known, test::day_of("2030-01-01"), lookup_of({{"up", u}})).value();
  REQUIRE(b.upstreams.size() == 1);
  return b.upstreams.front();
}
}  // namespace

TEST_CASE("Equal security ends leave no gap", "[data][upstream]") {
  const auto g = gap_of(up(12), std::nullopt);
  CHECK(g.downstream_version == "1.0");
  CHECK(g.version == "2.0");
  REQUIRE(g.branch.has_value());
  CHECK(format_date(*g.branch->security_until) == "2021-01-01");
  CHECK(g.branch->basis == "policy");
  CHECK(g.gap_days == std::optional<int>(0));
  CHECK(g.warning.empty());
}

TEST_CASE("An upstream ending first leaves a gap of the days in between, both ends included", "[data][upstream]") {
  // Up 2.0 security ends 2020-07-01; Down 1.0's 2021-01-01: 2020-07-02 .. 2021-01-01 = 184 days.
  const auto g = gap_of(up(6), std::nullopt);
  CHECK(g.gap_days == std::optional<int>(184));
  CHECK(g.warning == "Down 1.0 ships Up 2.0, whose security support ends 2020-07-01, 184 days before Down 1.0's own");
}

TEST_CASE("An upstream extended later closes the gap in views after the decision", "[data][upstream]") {
  const std::string extension =
      "[[support_policy]]\nname = \"extended\"\nversions = [\"2.0\"]\nsecurity_months = 12\n"
      "decided = \"2020-06-01\"\nsource = \"s\"\n";
  CHECK(gap_of(up(6, extension), test::day_of("2020-05-31")).gap_days == std::optional<int>(184));
  const auto after = gap_of(up(6, extension), test::day_of("2020-06-01"));
  CHECK(after.gap_days == std::optional<int>(0));
  CHECK(after.branch->security_policy == "extended");
  CHECK(gap_of(up(6, extension), std::nullopt).gap_days == std::optional<int>(0));
}

TEST_CASE("Upstream links within a file are checked with file, line, key and rule", "[data][upstream][hostile]") {
  const auto [text, message] = GENERATE(table<std::string, std::string>({
      {down("up", "upstream = { project = \"other\", version = \"2.0\", source = \"s\" }\n"),
       "down.toml:21: release '1.0': upstream: project: expected an upstream declared in [[upstream]] (up), saw "
       "'other'"},
      {down("up", "upstream = { project = \"up\", version = \"4.x\", source = \"s\" }\n"),
       "down.toml:21: release '1.0': upstream: version: expected a version such as 4.6, saw '4.x'"},
      {down("up", "upstream = { project = \"up\", version = \"2.0\" }\n"),
       "down.toml:21: release '1.0': upstream: source: required field is missing"},
      {down("up", "upstream = \"up 2.0\"\n"),
       "down.toml:21: release '1.0': upstream: expected a table such as { project = \"xen\", version = \"4.6\", "
       "source = \"...\" }, saw 'up 2.0'"},
      {down("down", ""), "down.toml:8: upstream 'down': project: expected a project other than down, saw 'down'"},
      {down("Up", ""),
       "down.toml:8: upstream 'Up': project: expected a project id of lower-case letters, digits and '-', saw 'Up'"},
  }));
  auto r = parse_project_toml(text, "down.toml");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == message);
}

TEST_CASE("Upstream links against the known projects: existence, versions, cycles", "[data][upstream][hostile]") {
  const auto u = parse_project_toml(up(6), "up.toml").value();
  CHECK(parse_project_toml(down(), "down.toml", CalendarRegistry::shipped(), lookup_of({{"up", u}})).ok());
  CHECK(parse_project_toml(down(), "down.toml", CalendarRegistry::shipped(), lookup_of({})).error().message ==
        "down.toml:8: upstream 'up': project: expected a known project (import it first), saw 'up'");
  const auto bad_version = down("up", "upstream = { project = \"up\", version = \"2.9\", source = \"s\" }\n");
  CHECK(parse_project_toml(bad_version, "down.toml", CalendarRegistry::shipped(), lookup_of({{"up", u}}))
            .error()
            .message ==
        "down.toml:21: release '1.0': upstream: version: expected a release of up (2.0 .. 2.0), saw '2.9'");
  // Up ships Down, which ships Up.
  const auto cyclic =
      parse_project_toml(up(6, "", "[[upstream]]\nproject = \"down\"\nsource = \"s\"\n"), "up.toml").value();
  CHECK(parse_project_toml(down(), "down.toml", CalendarRegistry::shipped(), lookup_of({{"up", cyclic}}))
            .error()
            .message ==
        "down.toml:8: upstream 'up': project: expected a project that does not ship down (cycle down -> up -> down), "
        "saw 'up'");
}

TEST_CASE("Upstream links and bases round-trip through the canonical form", "[data][upstream]") {
  const auto d = parse_project_toml(down(), "down.toml").value();
  REQUIRE(d.releases.front().upstream.has_value());
  CHECK(*d.releases.front().upstream == UpstreamRef{"up", "2.0", "s"});
  const auto text = write_project_toml(d);
  CHECK(text.find("[[upstream]]\nproject = \"up\"\nsource = \"s\"\n") != std::string::npos);
  CHECK(text.find("upstream = { project = \"up\", version = \"2.0\", source = \"s\" }\n") != std::string::npos);
  CHECK(parse_project_toml(text, "again.toml").value() == d);
}

TEST_CASE("The shipped projects' upstream links resolve against each other", "[data][upstream][openxt]") {
  for (const auto& f : shipped_project_files()) {
    INFO(f.path);
    CHECK(parse_project_toml(f.text, f.path, CalendarRegistry::shipped(), shipped_project_lookup()).ok());
  }
}

TEST_CASE("OpenXT against its sources: each release with the Xen branch it ships", "[data][upstream][openxt]") {
  const auto openxt = test::shipped_project("openxt");
  CHECK(openxt.version_scheme == "{major}.{minor}");
  std::vector<std::string> lines;
  for (const auto& r : openxt.releases) {
    lines.push_back(r.version + " " + format_date(r.released) + " xen " + r.upstream.value().version);
  }
  // Tagged-commit dates (newest of openxt and xenclient-oe) and XEN_VERSION / xen-version.inc at each tag.
  CHECK(test::diff_lists({"4.0 2015-11-09 xen 4.3", "5.0 2016-01-26 xen 4.3", "6.0 2016-09-29 xen 4.3",
                          "7.0 2018-02-15 xen 4.6", "8.0 2018-07-31 xen 4.9", "9.0 2019-07-29 xen 4.12"},
                         lines) == "");
  // No support period is published: the branches' ends are a labelled assumption.
  const auto b = project_branches(openxt, std::nullopt, test::day_of("2026-11-21"), shipped_project_lookup()).value();
  std::vector<std::string> gaps;
  for (const auto& u : b.upstreams) gaps.push_back(u.downstream_version + " " + std::to_string(u.gap_days.value()));
  // Hand-checked: Xen 4.3 ends 2015-01-14 (derived), before OpenXT 4.0 shipped, so 4.0 counts
  // 2015-11-09 .. 2016-01-25 = 78 days; 6.0: 2016-09-29 .. 2018-02-14 = 504; 9.0 open: 2022-04-03
  // .. 2026-11-21 = 1694.
  CHECK(test::diff_lists({"4.0 78", "5.0 247", "6.0 504", "7.0 0", "8.0 0", "9.0 1694"}, gaps) == "");
  for (const auto& branch : b.branches) CHECK(branch.basis == "derived");
  CHECK(b.upstreams[2].warning ==
        "OpenXT 6.0 ships Xen 4.3, whose security support ends 2015-01-14, 504 days before OpenXT 6.0's own");
}
