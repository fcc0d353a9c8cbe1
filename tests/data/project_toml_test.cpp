// Project files: the shipped ones parse and carry their facts; the canonical form round-trips;
// bad files are rejected with the file, line, table and key.
#include <catch2/catch.hpp>

#include "data/project/project_toml.hpp"
#include "data/store/store.hpp"

using namespace relplan;

namespace {
Project shipped_project(const std::string& id) {
  for (const auto& f : shipped_project_files()) {
    auto p = parse_project_toml(f.text, f.path);
    REQUIRE(p.ok());
    if (p->id == id) return *p;
  }
  FAIL("no shipped project " << id);
  return {};
}
const ProjectRelease& release_of(const Project& p, const std::string& version) {
  for (const auto& r : p.releases) {
    if (r.version == version) return r;
  }
  throw std::runtime_error("no release " + version);
}
}  // namespace

TEST_CASE("Every shipped project file parses and round-trips through the canonical form", "[data][project]") {
  REQUIRE(shipped_project_files().size() >= 2);
  for (const auto& f : shipped_project_files()) {
    INFO(f.path);
    auto p = parse_project_toml(f.text, f.path);
    REQUIRE(p.ok());
    const auto text = write_project_toml(*p);
    auto again = parse_project_toml(text, "canonical.toml");
    REQUIRE(again.ok());
    CHECK(*again == *p);
    CHECK(write_project_toml(*again) == text);
  }
}

TEST_CASE("The Xen project file carries the published support dates", "[data][project]") {
  const auto xen = shipped_project("xen");
  CHECK(xen.cadence.months == 8);
  CHECK(xen.cadence.anchor_months == std::vector<int>{3, 7, 11});
  CHECK(xen.cadence.slip_policy == "keep_grid");
  // stable-4.11 SUPPORT.md: Initial-Release 2018-07-10, Supported-Until 2020-01-10,
  // Security-Support-Until 2021-07-10.
  const auto& r411 = release_of(xen, "4.11");
  CHECK(format_date(r411.released) == "2018-07-10");
  CHECK(format_date(*r411.general_until) == "2020-01-10");
  CHECK(format_date(*r411.security_until) == "2021-07-10");
  // stable-4.19 after the February 2026 extension: security support to 5 years.
  const auto& r419 = release_of(xen, "4.19");
  CHECK(format_date(r419.released) == "2024-07-29");
  CHECK(format_date(*r419.security_until) == "2029-07-29");
  CHECK_FALSE(release_of(xen, "4.9").general_until.has_value());  // no SUPPORT.md before 4.10
}

TEST_CASE("The Xen project file carries the published schedules and RC tags", "[data][project][fit]") {
  const auto xen = shipped_project("xen");
  std::vector<std::string> versions;
  for (const auto& s : xen.schedules) versions.push_back(s.version);
  CHECK(versions == std::vector<std::string>{"4.12", "4.13", "4.14", "4.15", "4.16", "4.17", "4.18", "4.19", "4.20",
                                             "4.21", "4.22"});
  // Oleksii Kurochko's 4.20 schedule (xen-devel, 2024-10-03): a 4-week code freeze over the year end.
  const auto& s420 = xen.schedules[8];
  std::vector<std::string> lines;
  for (const auto& [id, d] : s420.milestones) lines.push_back(id + " " + format_date(d));
  CHECK(lines == std::vector<std::string>{"last_posting 2024-11-29", "feature_freeze 2024-12-20",
                                          "code_freeze 2025-01-17", "hard_code_freeze 2025-02-07",
                                          "final_commits 2025-02-21", "release 2025-02-26"});
  CHECK(s420.rcs.size() == 5);
  CHECK_FALSE(s420.source.empty());
  CHECK_FALSE(s420.rc_source.empty());
  // Milestones are kept by date whatever their order in the file (a TOML table has none).
  CHECK(xen.schedules[4].milestones[4].first == "branch");  // 4.16: branch off Tue 2021-11-23
}

TEST_CASE("Bad project files are rejected with exact messages", "[data][project]") {
  const std::string head =
      "id = \"p\"\nname = \"P\"\nversion_scheme = \"1.{minor}\"\n\n[cadence]\nmonths = 6\nsource = \"s\"\n";
  const auto [text, message] = GENERATE_COPY(table<std::string, std::string>({
      {"id = \"P\"\n", "p.toml:1: project: id: expected 1..64 lower-case letters, digits and '-', saw 'P'"},
      {"id = \"p\"\nname = \"P\"\nversion_scheme = \"v1\"\n",
       "p.toml:3: project: version_scheme: expected a pattern with one {minor}, such as 4.{minor}, saw 'v1'"},
      {"id = \"p\"\nname = \"P\"\nversion_scheme = \"1.{minor}\"\n",
       "p.toml:1: project: cadence: required field is missing"},
      {"id = \"p\"\nname = \"P\"\nversion_scheme = \"1.{minor}\"\n[cadence]\nmonths = 0\nsource = \"s\"\n",
       "p.toml:5: cadence: months: expected an integer 1..36, saw 0"},
      {head + "\n[[release]]\nversion = \"1.0\"\nreleased = \"2020-02-30\"\nsource = \"s\"\n",
       "p.toml:11: release '1.0': released: expected a date as YYYY-MM-DD, saw '2020-02-30'"},
      {head + "\n[[release]]\nversion = \"1.0\"\nreleased = \"2020-02-03\"\ngeneral_until = \"2020-01-01\"\nsource = "
              "\"s\"\n",
       "p.toml:12: release '1.0': general_until: expected a date on or after released, saw 2020-01-01"},
      {head + "\n[[support_policy]]\nname = \"x\"\nsecurity_months = 12\ndecided = \"2020-01-01\"\nsource = \"s\"\n",
       "p.toml:9: support_policy 'x': from_version: expected exactly one of from_version or versions, saw none"},
      {head + "\n[[release]]\nversion = \"1.0\"\nreleased = \"2020-02-03\"\nsource = \"s\"\nnotes = \"x\"\n",
       "p.toml:13: release '1.0': notes: unknown field"},
      {head + "\n[[schedule]]\nversion = \"1.0\"\nsource = \"s\"\n",
       "p.toml:9: schedule '1.0': milestones: expected a table of planned dates by milestone id, saw none"},
      {head + "\n[[schedule]]\nversion = \"1.0\"\nsource = \"s\"\n[schedule.milestones]\nrelease = \"2020-13-01\"\n",
       "p.toml:13: schedule '1.0': milestones: release: expected a date as YYYY-MM-DD, saw '2020-13-01'"},
      {head + "\n[[schedule]]\nversion = \"1.0\"\nsource = \"s\"\n[schedule.milestones]\nRelease = \"2020-01-01\"\n",
       "p.toml:13: schedule '1.0': milestones: Release: expected a milestone id of a-z, 0-9 and '_', saw 'Release'"},
      {head + "\n[[schedule]]\nversion = \"1.0\"\nrcs = [\"2020-01-08\", \"2020-01-01\"]\nrc_source = \"t\"\nsource = "
              "\"s\"\n[schedule.milestones]\nrelease = \"2020-01-15\"\n",
       "p.toml:11: schedule '1.0': rcs: expected RC days in order, each after the one before, saw 2020-01-01"},
      {head +
           "\n[[schedule]]\nversion = \"1.0\"\nrcs = [\"2020-01-08\"]\nsource = \"s\"\n[schedule.milestones]\nrelease "
           "= \"2020-01-15\"\n",
       "p.toml:9: schedule '1.0': rc_source: required field is missing"},
      {head + "\n[[schedule]]\nversion = \"2.0\"\nsource = \"s\"\n[schedule.milestones]\nrelease = \"2020-01-15\"\n",
       "p.toml:10: schedule '2.0': version: expected a version such as 1.{minor}, saw '2.0'"},
      {head + "\n[[schedule]]\nversion = \"1.0\"\nsource = \"s\"\n[schedule.milestones]\nrelease = \"2020-01-15\"\n" +
           "\n[[schedule]]\nversion = \"1.0\"\nsource = \"s\"\n[schedule.milestones]\nrelease = \"2020-01-16\"\n",
       "p.toml:schedule '1.0': schedule: expected each version once, saw '1.0'"},
  }));
  auto r = parse_project_toml(text, "p.toml");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == message);
}
