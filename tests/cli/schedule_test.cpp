// relplan schedule, run as a person would: the worked example of the December 2019 minutes, forward
// planning, the export formats and bad input (exit 2, the flag, the value and the rule).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "tests/support/expected_files.hpp"
#include "tests/support/ics_parse.hpp"
#include "tests/support/run_cli.hpp"

using relplan::test::run_relplan;

namespace {
const std::vector<std::string> worked_example{"schedule",
                                              "--release",
                                              "2019-12-17",
                                              "--calendar",
                                              "US,GB-ENG,DE",
                                              "--advisory",
                                              "XSA-307@2019-12-11T12:00Z",
                                              "--zone",
                                              "Europe/Berlin",
                                              "--zone",
                                              "Asia/Shanghai",
                                              "--version-name",
                                              "4.13"};

std::vector<std::string> with(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

// schedule reads the default database when no --db is given: each run gets a fresh, seeded one of
// its own (XDG_DATA_HOME in a temporary folder), never the user's.
relplan::test::CliRun schedule_run(const std::vector<std::string>& args) {
  const auto home = relplan::test::temp_dir("schedule-home");
  auto run = run_relplan(args, {"XDG_DATA_HOME=" + home, "RELPLAN_DB="});
  std::filesystem::remove_all(home);
  return run;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t from = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
    out.push_back(text.substr(from, nl - from));
    from = nl + 1;
  }
  if (from < text.size()) out.push_back(text.substr(from));
  return out;
}

// The milestone rows of a CSV schedule.
std::vector<std::string> milestone_rows(const std::string& csv) {
  std::vector<std::string> out;
  for (const auto& line : lines_of(csv)) {
    if (line.rfind("milestone,", 0) == 0) out.push_back(line);
  }
  return out;
}

// A fresh database in `dir`: seeded (xen and python) or empty.
std::string fresh_db(const std::string& dir, const std::string& name, bool seeded = true) {
  const auto path = dir + "/" + name;
  std::vector<std::string> args{"db", "init", "--db", path};
  if (!seeded) args.push_back("--empty");
  const auto init = run_relplan(args);
  REQUIRE(init.exit_code == 0);
  return path;
}
}  // namespace

TEST_CASE("The worked example as a table (README)", "[cli][schedule]") {
  const auto run = schedule_run(worked_example);
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(run.out ==
        "Xen Project hypervisor 4.13: planned backward from the release, Tue 2019-12-17\n"
        "calendars US+GB-ENG+DE; blackouts 12-20..01-05, CN:Spring Festival-1..+6; press calendars US+GB-ENG+DE\n"
        "\n"
        "milestone          date        day  kind     note\n"
        "-----------------  ----------  ---  -------  -----\n"
        "Last posting date  2019-10-04  fri  posting\n"
        "Feature freeze     2019-10-25  fri  freeze\n"
        "Code freeze        2019-11-08  fri  freeze\n"
        "Hard code freeze   2019-11-29  fri  freeze\n"
        "Final commits      2019-12-13  fri  branch\n"
        "Release            2019-12-17  tue  release  given\n"
        "\n"
        "phase                                working days  blackout days  extended by\n"
        "-----------------------------------  ------------  -------------  -----------\n"
        "Last posting date -> Feature freeze  14            0              0\n"
        "Feature freeze -> Code freeze        10            0              0\n"
        "Code freeze -> Hard code freeze      13            0              0\n"
        "Hard code freeze -> Final commits    10            0              0\n"
        "Final commits -> Release             2             0              0\n"
        "\n"
        "rc   date        day  note\n"
        "---  ----------  ---  " +
            std::string(86, '-') +
            "\n"
            "RC1  2019-11-08  fri\n"
            "RC2  2019-11-15  fri\n"
            "RC3  2019-11-22  fri\n"
            "RC4  2019-11-29  fri\n"
            "RC5  2019-12-11  wed  held from Fri 2019-12-06 to Wed 2019-12-11: XSA-307 is public Wed 2019-12-11 12:00 "
            "UTC\n"
            "5 RCs\n"
            "planned RC6 Fri 2019-12-13 dropped: within the soak of the post-embargo RC (testing ends Fri 2019-12-13)\n"
            "\n"
            "press               date        day  time\n"
            "------------------  ----------  ---  -----------------------------------------\n"
            "board approval      2019-12-03  tue\n"
            "briefings           2019-12-13  fri\n"
            "collateral          2019-12-13  fri  go/no-go deadline\n"
            "embargo lift        2019-12-17  tue  17:00 UTC = 09:00 PST America/Los_Angeles\n"
            "  in Europe/Berlin  2019-12-17  tue  18:00 CET\n"
            "  in Asia/Shanghai  2019-12-18  wed  01:00 CST\n"
            "\n"
            "advisory  public                reported  predisclosure  fix in release\n"
            "--------  --------------------  --------  -------------  --------------\n"
            "XSA-307   2019-12-11 12:00 UTC  -         -              yes\n"
            "\n"
            "post-embargo RC   Wed 2019-12-11 12:00 UTC (after XSA-307)\n"
            "testing ends      Fri 2019-12-13 (RC soak: 2 working days)\n"
            "tarballs          Fri 2019-12-13\n"
            "\n"
            "earliest release  Tue 2019-12-17 (planned Tue 2019-12-17; slip 0 days)\n"
            "conflict-free     Tue 2019-12-17 (the earliest release: its press collateral Fri 2019-12-13 is not before "
            "testing ends Fri 2019-12-13)\n"
            "\n"
            "conflicts: none\n");
}

TEST_CASE("The worked example with a soak of 3 working days: same release, a go/no-go conflict", "[cli][schedule]") {
  const auto run = schedule_run(with(worked_example, {"--rc-soak-days", "3"}));
  CHECK(run.exit_code == 0);
  const auto tail = run.out.substr(run.out.find("post-embargo RC   "));
  CHECK(tail ==
        "post-embargo RC   Wed 2019-12-11 12:00 UTC (after XSA-307)\n"
        "testing ends      Mon 2019-12-16 (RC soak: 3 working days)\n"
        "tarballs          Mon 2019-12-16\n"
        "\n"
        "earliest release  Tue 2019-12-17 (planned Tue 2019-12-17; slip 0 days)\n"
        "conflict-free     Wed 2019-12-18 (the first release day whose press collateral Mon 2019-12-16 is not before "
        "testing ends Mon 2019-12-16)\n"
        "\n"
        "conflicts:\n"
        "  - press collateral is due Fri 2019-12-13 but testing of the post-embargo RC ends Mon 2019-12-16: the "
        "go/no-go decision comes before testing ends\n");
  // The RC series: RC5 waits for the cut on Wed 12-11, RC6 (Fri 12-13) falls in the soak ending Mon 12-16.
  const auto rcs = run.out.substr(run.out.find("rc   date"), run.out.find("\npress ") - run.out.find("rc   date"));
  CHECK(
      rcs ==
      "rc   date        day  note\n"
      "---  ----------  ---  " +
          std::string(86, '-') +
          "\n"
          "RC1  2019-11-08  fri\n"
          "RC2  2019-11-15  fri\n"
          "RC3  2019-11-22  fri\n"
          "RC4  2019-11-29  fri\n"
          "RC5  2019-12-11  wed  held from Fri 2019-12-06 to Wed 2019-12-11: XSA-307 is public Wed 2019-12-11 12:00 "
          "UTC\n"
          "5 RCs\n"
          "planned RC6 Fri 2019-12-13 dropped: within the soak of the post-embargo RC (testing ends Mon 2019-12-16)\n");
}

TEST_CASE("Forward from the last posting date gives the template's Wednesday release", "[cli][schedule]") {
  const auto run =
      schedule_run({"schedule", "--last-posting", "2019-10-04", "--calendar", "US,GB-ENG,DE", "--format", "csv"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("milestone,Last posting date,2019-10-04,,posting\n") != std::string::npos);
  CHECK(run.out.find("milestone,Release,2019-12-18,,release\n") != std::string::npos);
  CHECK(run.out.find("release,earliest release,2019-12-18,,slip 0 days\n") != std::string::npos);
  // And backward from that release gives the same last posting date.
  const auto back =
      schedule_run({"schedule", "--release", "2019-12-18", "--calendar", "US,GB-ENG,DE", "--format", "csv"});
  CHECK(back.out.find("milestone,Last posting date,2019-10-04,,posting\n") != std::string::npos);
}

TEST_CASE("Chinese New Year extends a March release's freeze (the xen template's blackouts)", "[cli][schedule]") {
  // With the template's calendars (CN only a blackout window): the freeze gains the 6 working days
  // the window takes.
  const auto run = schedule_run({"schedule", "--last-posting", "2024-12-13", "--calendar", "US,GB-ENG,DE", "--blackout",
                                 "CN:Spring Festival-1..+6", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  const auto j = nlohmann::json::parse(run.out);
  CHECK(j["milestones"][3]["id"] == "hard_code_freeze");
  CHECK(j["milestones"][3]["date"] == "2025-02-18");
  CHECK(j["milestones"][3]["extended_by"] == 6);
  CHECK(j["phases"][2]["blackout_days"] == 6);
  CHECK(j["release"]["planned"] == "2025-03-05");
  CHECK(j["release"]["blackouts"] == nlohmann::json::array({"CN:Spring Festival-1..+6"}));
  // With the project's calendars (CN a team calendar, data/projects/xen.toml): the Spring Festival
  // holidays are days off of the team, and the window still stands for the whole season: the freeze
  // gains the same 6 working days (data/templates/README.md, "Seasons").
  const auto project = schedule_run(
      {"schedule", "--last-posting", "2024-12-13", "--blackout", "CN:Spring Festival-1..+6", "--format", "json"});
  REQUIRE(project.exit_code == 0);
  const auto p = nlohmann::json::parse(project.out);
  CHECK(p["release"]["calendars"] == "US+GB-ENG+DE+CN");
  CHECK(p["milestones"][3]["date"] == "2025-02-18");
  CHECK(p["milestones"][3]["extended_by"] == 6);
  CHECK(p["phases"][2]["blackout_days"] == 6);
  CHECK(p["release"]["planned"] == "2025-03-05");
}

TEST_CASE("JSON carries the press embargo, advisories and conflicts", "[cli][schedule]") {
  const auto run = schedule_run(with(worked_example, {"--rc-soak-days", "3", "--format", "json"}));
  REQUIRE(run.exit_code == 0);
  const auto j = nlohmann::json::parse(run.out);
  CHECK(j["press"]["collateral"] == "2019-12-13");
  CHECK(j["press"]["lift_utc"] == "2019-12-17T17:00:00Z");
  CHECK(j["press"]["lift_local"][1] ==
        nlohmann::json::parse(R"({"zone": "Asia/Shanghai", "time": "2019-12-18T01:00:00+08:00", "abbrev": "CST"})"));
  CHECK(j["advisories"][0]["id"] == "XSA-307");
  CHECK(j["earliest_release"] == "2019-12-17");
  CHECK(j["earliest_conflict_free"] == "2019-12-18");
  CHECK(j["slip_days"] == 0);
  CHECK(j["conflicts"].size() == 1);
  CHECK(j["warnings"] == nlohmann::json::array());
  CHECK(j["rc_count"] == 5);
  CHECK(j["rcs"][4] == nlohmann::json::parse(R"json({"name": "RC5", "date": "2019-12-11", "held_from": "2019-12-06",
    "note": "held from Fri 2019-12-06 to Wed 2019-12-11: XSA-307 is public Wed 2019-12-11 12:00 UTC"})json"));
  CHECK(j["rcs_dropped"] == nlohmann::json::parse(R"json([{"name": "RC6", "date": "2019-12-13", "held_from": null,
    "note": "within the soak of the post-embargo RC (testing ends Mon 2019-12-16)"}])json"));
}

TEST_CASE("ICS output parses, with stable UIDs and a timed lift in UTC", "[cli][schedule][ics]") {
  const auto run = schedule_run(with(worked_example, {"--format", "ics"}));
  REQUIRE(run.exit_code == 0);
  const auto parsed = relplan::test::parse_ics(run.out);
  CHECK(parsed.find("xen-4-13-release@relplan|2019-12-17|2019-12-18|Xen Project hypervisor 4.13: Release|release\n") !=
        std::string::npos);
  CHECK(parsed.find("xen-4-13-embargo-lift@relplan|2019-12-17T17:00:00+00:00||") != std::string::npos);
  // RC1..RC5 (RC6 dropped for the soak); RC5 on the post-embargo cut.
  CHECK(parsed.find("xen-4-13-rc5@relplan|2019-12-11|2019-12-12|Xen Project hypervisor 4.13: RC5|rc\n") !=
        std::string::npos);
  CHECK(parsed.find("xen-4-13-rc6@relplan") == std::string::npos);
  CHECK(std::count(parsed.begin(), parsed.end(), '\n') == 18);
  const auto again = schedule_run(with(worked_example, {"--format", "ics"}));
  CHECK(relplan::test::parse_ics(again.out) == parsed);
}

TEST_CASE("A template file replaces the shipped one", "[cli][schedule]") {
  const auto dir = relplan::test::temp_dir("template");
  const auto path = dir + "/two.toml";
  std::ofstream(path) << "id = \"two\"\nname = \"Two steps\"\ncalendars = [\"GB-ENG\"]\n"
                         "[[milestone]]\nid = \"freeze\"\nname = \"Freeze\"\nkind = \"freeze\"\n"
                         "[[milestone]]\nid = \"release\"\nname = \"Release\"\nkind = \"release\"\n"
                         "relative_to = \"freeze\"\noffset = \"10 working days\"\n";
  const auto run = schedule_run({"schedule", "--release", "2022-06-07", "--template", path, "--format", "csv"});
  std::filesystem::remove_all(dir);
  CHECK(run.exit_code == 0);
  // 10 GB-ENG working days before Tue 2022-06-07: the jubilee bank holidays 06-02 and 06-03 are off.
  CHECK(run.out.find("milestone,Freeze,2022-05-20,,freeze\n") != std::string::npos);
}

TEST_CASE("Bad schedule input exits 2 naming the flag, the value and the rule", "[cli][schedule][errors]") {
  const auto [args, message] = GENERATE(table<std::vector<std::string>, std::string>({
      {{"schedule", "--release", "2019-12-17", "--advisory", "XSA-307"},
       "relplan schedule: --advisory: expected ID@YYYY-MM-DDTHH:MMZ, saw 'XSA-307'\n"},
      {{"schedule", "--release", "2019-12-17", "--advisory", "XSA-307@2019-12-11T12:00Z", "--advisory",
        "XSA-307@2019-12-12T12:00Z"},
       "relplan schedule: advisories: expected each id once, saw 'XSA-307' twice\n"},
      {{"schedule"},
       "relplan schedule: --release: give exactly one of --release DATE (plan backward) or --last-posting DATE (plan "
       "forward)\n"},
      {{"schedule", "--release", "2019-12-17", "--last-posting", "2019-10-04"},
       "relplan schedule: --release: give exactly one of --release DATE (plan backward) or --last-posting DATE (plan "
       "forward)\n"},
      {{"schedule", "--release", "2019-12-32"},
       "relplan schedule: --release: expected a date as YYYY-MM-DD, saw '2019-12-32'\n"},
      {{"schedule", "--release", "2019-12-25", "--calendar", "US", "--strict"},
       "relplan schedule: --release: expected a working day of US, saw Wed 2019-12-25 (Christmas Day (US), "
       "12-20..01-05 (blackout))\n"},
      {{"schedule", "--last-posting", "2019-10-05", "--strict"},
       "relplan schedule: --last-posting: expected a working day of US+GB-ENG+DE+CN, saw Sat 2019-10-05 (weekend, "
       "National "
       "Day (CN))\n"},
      {{"schedule", "--release", "2019-12-17", "--project", "linux"},
       "relplan schedule: --project: expected a project with a schedule template (xen), saw 'linux'\n"},
      {{"schedule", "--release", "2019-12-17", "--calendar", "US,XX"},
       "relplan schedule: --calendar: expected a known calendar (CN, DE, FR, GB-ENG, JP, US, US-FED-CLOSINGS), saw "
       "'XX'\n"},
      {{"schedule", "--release", "2019-12-17", "--press-calendar", "UK"},
       "relplan schedule: --press-calendar: expected a known calendar (CN, DE, FR, GB-ENG, JP, US, US-FED-CLOSINGS), "
       "saw 'UK'\n"},
      {{"schedule", "--release", "2019-12-17", "--zone", "Europe/Berlni"},
       "relplan schedule: --zone: expected an IANA time zone name such as Europe/Berlin, saw 'Europe/Berlni'\n"},
      {{"schedule", "--release", "2019-12-17", "--lift", "9am PST"},
       "relplan schedule: --lift: expected HH:MM ZONE, such as '09:00 America/Los_Angeles' or '12:00 UTC', saw '9am "
       "PST'\n"},
      {{"schedule", "--release", "2022-03-22", "--lift", "00:30 Asia/Tehran", "--dst-gap", "reject"},
       "relplan schedule: --lift: 2022-03-22 00:30 Asia/Tehran does not exist (clocks jump from 00:00 to 01:00); the "
       "DST gap policy is reject\n"},
      {{"schedule", "--release", "2019-12-17", "--press-lead-days", "45"},
       "relplan schedule: --press-lead-days: expected 0..30 working days, saw 45\n"},
      {{"schedule", "--release", "2019-12-17", "--rc-soak-days", "-1"},
       "relplan schedule: --rc-soak-days: expected 0..30 working days, saw -1\n"},
      {{"schedule", "--release", "2019-12-17", "--blackout", "12-20..1-5"},
       "relplan schedule: --blackout: expected MM-DD..MM-DD, YYYY-MM-DD..YYYY-MM-DD or CAL:Holiday name-N..+N, saw "
       "'12-20..1-5'\n"},
      {{"schedule", "--release", "2019-12-17", "--release-weekdays", "tue,wed,thur"},
       "relplan schedule: --release-weekdays: expected weekdays such as 'tue,wed,thu' (mon tue wed thu fri sat sun), "
       "saw "
       "'tue,wed,thur'\n"},
      {{"schedule", "--release", "2019-12-17", "--working-hours", "9-17"},
       "relplan schedule: --working-hours: expected HH:MM-HH:MM with the start before the end, such as '09:00-17:00', "
       "saw '9-17'\n"},
      {{"schedule", "--release", "2019-12-17", "--template", "/nonexistent/x.toml"},
       "relplan schedule: --template: expected a readable template file, saw '/nonexistent/x.toml'\n"},
      {{"schedule", "--release", "2019-12-17", "--project", "xen", "--template", "x.toml"},
       "relplan schedule: --template: expected either --project or --template, not both, saw 'x.toml'\n"},
      {{"schedule", "--release", "2050-12-14"}, "relplan schedule: calendar US: year 2051 is outside 2000..2050\n"},
  }));
  const auto run = schedule_run(args);
  CHECK(run.exit_code == 2);
  CHECK(run.out.empty());
  CHECK(run.err == message);
}

TEST_CASE("schedule refuses advisory ids and version names that are not UTF-8, exit 2", "[cli][schedule]") {
  // Found by the schedule_request fuzzer (tests/fuzz/regressions/schedule_request/): the JSON export threw.
  const auto advisory = schedule_run(
      {"schedule", "--release", "2022-03-22", "--advisory", "\xd4@reported:2019-11-26", "--format", "json"});
  CHECK(advisory.exit_code == 2);
  CHECK(advisory.err ==
        "relplan schedule: --advisory: expected an advisory id of UTF-8 text, as ID@YYYY-MM-DDTHH:MMZ, saw "
        "'\xef\xbf\xbd@reported:2019-11-26'\n");
  const auto version =
      schedule_run({"schedule", "--release", "2022-03-22", "--version-name", "\xe3", "--format", "json"});
  CHECK(version.exit_code == 2);
  CHECK(version.err ==
        "relplan schedule: --version-name: expected a version name of 1..64 characters of UTF-8 text, saw "
        "'\xef\xbf\xbd'\n");
}

TEST_CASE(
    "schedule --db: a project day off on the release date is a warning as a holiday is, naming it, and --strict "
    "refuses both",
    "[cli][schedule][db]") {
  const auto dir = relplan::test::temp_dir("schedule-db");
  const auto db = fresh_db(dir, "relplan.db");
  const std::vector<std::string> args{"schedule",   "--project", "xen", "--release",
                                      "2027-03-02", "--db",      db,    "--no-fit"};
  const auto before = run_relplan(args);
  CHECK(before.exit_code == 0);
  CHECK(before.err.empty());
  const auto lines = lines_of(before.out);
  REQUIRE(lines.size() > 11);
  CHECK(std::vector<std::string>(lines.begin(), lines.begin() + 11) ==
        std::vector<std::string>{
            "Xen Project hypervisor next: planned backward from the release, Tue 2027-03-02",
            "calendars US+GB-ENG+DE+CN; blackouts 12-20..01-05, CN:Spring Festival-1..+6; press calendars "
            "US+GB-ENG+DE+CN",
            "",
            "milestone          date        day  kind     note",
            "-----------------  ----------  ---  -------  --------------------------",
            "Last posting date  2026-11-27  fri  posting",
            "Feature freeze     2026-12-18  fri  freeze",
            "Code freeze        2027-01-14  thu  freeze   extended by 7 working days",
            "Hard code freeze   2027-02-12  fri  freeze   extended by 1 working day",
            "Final commits      2027-02-26  fri  branch",
            "Release            2027-03-02  tue  release  given",
        });
  CHECK(std::vector<std::string>(lines.end() - 3, lines.end()) ==
        std::vector<std::string>{"earliest release  Tue 2027-03-02 (planned Tue 2027-03-02; slip 0 days)", "",
                                 "conflicts: none"});

  const auto summit =
      run_relplan({"release", "override", "xen", "2027-03-02", "--off", "--name", "Project summit", "--db", db});
  REQUIRE(summit.exit_code == 0);
  // Planned as given; the team calendar and the press calendar (the team's holidays and days off) say why.
  const auto after = run_relplan(args);
  CHECK(after.exit_code == 0);
  CHECK(after.err.empty());
  const auto after_lines = lines_of(after.out);
  REQUIRE(after_lines.size() > 6);
  CHECK(std::vector<std::string>(after_lines.end() - 6, after_lines.end()) ==
        std::vector<std::string>{
            "", "conflicts: none", "", "warnings:",
            "  - release Tue 2027-03-02 is not a working day of the team calendar US+GB-ENG+DE+CN: project xen Project "
            "summit; planned as given",
            "  - press release day Tue 2027-03-02 is not a working day of the press calendar US+GB-ENG+DE+CN: project "
            "xen Project summit"});
  const auto strict = run_relplan(with(args, {"--strict"}));
  CHECK(strict.exit_code == 2);
  CHECK(strict.out.empty());
  CHECK(strict.err ==
        "relplan schedule: --release: expected a working day of US+GB-ENG+DE+CN, saw Tue 2027-03-02 (Project summit "
        "(project xen))\n");
  // As for a holiday on the release date (Christmas Day 2026, a Friday, with the same calendars): briefings
  // (-4 days: Mon 12-21) and collateral (-2 working days: Wed 12-23) fall in the year-end blackout.
  const std::vector<std::string> christmas{"schedule", "--project", "xen",      "--release", "2026-12-25",
                                           "--db",     db,          "--format", "json"};
  const auto holiday = run_relplan(christmas);
  CHECK(holiday.exit_code == 0);
  const auto h = nlohmann::json::parse(holiday.out);
  CHECK(h["release"]["planned"] == "2026-12-25");
  CHECK(h["conflicts"] ==
        nlohmann::json::array({"release Fri 2026-12-25 is not on an allowed release weekday (tue,wed,thu)"}));
  CHECK(h["warnings"] ==
        nlohmann::json::array(
            {"release Fri 2026-12-25 is not a working day of the team calendar US+GB-ENG+DE+CN: US Christmas Day; "
             "GB-ENG Christmas Day; DE Christmas Day (1. Weihnachtstag); blackout 12-20..01-05; planned as given",
             "briefings Mon 2026-12-21 falls inside the blackout 12-20..01-05 (Sun 2026-12-20..Tue 2027-01-05)",
             "press collateral Wed 2026-12-23 falls inside the blackout 12-20..01-05 (Sun 2026-12-20..Tue 2027-01-05)",
             "press release day Fri 2026-12-25 is not a working day of the press calendar US+GB-ENG+DE+CN: US "
             "Christmas Day; GB-ENG Christmas Day; DE Christmas Day (1. Weihnachtstag)"}));
  const auto refused = run_relplan(with(christmas, {"--strict"}));
  CHECK(refused.exit_code == 2);
  CHECK(refused.out.empty());
  CHECK(refused.err ==
        "relplan schedule: --release: expected a working day of US+GB-ENG+DE+CN, saw Fri 2026-12-25 (Christmas Day "
        "(US), Christmas Day (GB-ENG), Christmas Day (1. Weihnachtstag) (DE), 12-20..01-05 (blackout))\n");
  // release plan moved 4.23 to Wed 2027-03-03; the schedule plans backward from that day. The feature
  // freeze (nominal Fri 12-25) may fall inside the year-end blackout (keep_in_blackouts): it moves off
  // Christmas and Boxing Day (GB-ENG substitute Mon 12-28) only, to Tue 12-29.
  const auto moved = run_relplan({"schedule", "--release", "2027-03-03", "--db", db, "--format", "csv"});
  CHECK(moved.exit_code == 0);
  CHECK(relplan::test::diff_lists(
            {"milestone,Last posting date,2026-12-04,,posting", "milestone,Feature freeze,2026-12-29,,freeze",
             "milestone,Code freeze,2027-01-15,,freeze; extended by 5 working days for blackouts",
             "milestone,Hard code freeze,2027-02-16,,freeze; extended by 2 working days for blackouts",
             // Hard code freeze + 2 weeks is Tue 2027-03-02, the summit: the next working day.
             "milestone,Final commits,2027-03-03,,branch", "milestone,Release,2027-03-03,,release"},
            milestone_rows(moved.out)) == "");
  std::filesystem::remove_all(dir);
}

TEST_CASE("schedule without --db reads the project's days off from the default database", "[cli][schedule][db]") {
  const auto home = relplan::test::temp_dir("schedule-default");
  const std::vector<std::string> env{"XDG_DATA_HOME=" + home, "RELPLAN_DB="};
  const auto summit =
      run_relplan({"release", "override", "xen", "2027-03-02", "--off", "--name", "Project summit"}, env);
  REQUIRE(summit.exit_code == 0);
  const auto planned = run_relplan({"schedule", "--release", "2027-03-02", "--format", "csv"}, env);
  CHECK(planned.exit_code == 0);
  CHECK(planned.out.find("warning,,,,release Tue 2027-03-02 is not a working day of the team calendar "
                         "US+GB-ENG+DE+CN: project xen Project summit; planned as given\n") != std::string::npos);
  const auto run = run_relplan({"schedule", "--release", "2027-03-02", "--strict"}, env);
  CHECK(run.exit_code == 2);
  CHECK(run.err ==
        "relplan schedule: --release: expected a working day of US+GB-ENG+DE+CN, saw Tue 2027-03-02 (Project summit "
        "(project xen))\n");
  std::filesystem::remove_all(home);
}

TEST_CASE("CN is a team calendar of the schedule when the database has the project: National Day is a day off",
          "[cli][schedule][db]") {
  const auto dir = relplan::test::temp_dir("schedule-cn");
  const auto seeded = fresh_db(dir, "seeded.db");
  const auto empty = fresh_db(dir, "empty.db", false);
  // Forward from Fri 2026-09-11: the feature freeze falls on Fri 2026-10-02, in National Day
  // (10-01..10-07, a CN holiday); with CN it follows to Thu 10-08. Backward from the release agrees.
  const std::vector<std::string> with_cn{
      "milestone,Last posting date,2026-09-11,,posting", "milestone,Feature freeze,2026-10-08,,freeze",
      "milestone,Code freeze,2026-10-16,,freeze",        "milestone,Hard code freeze,2026-11-06,,freeze",
      "milestone,Final commits,2026-11-20,,branch",      "milestone,Release,2026-11-25,,release"};
  auto without_cn = with_cn;
  without_cn[1] = "milestone,Feature freeze,2026-10-02,,freeze";
  for (const auto& from :
       std::vector<std::vector<std::string>>{{"--last-posting", "2026-09-11"}, {"--release", "2026-11-25"}}) {
    INFO(from[0]);
    const auto project = run_relplan(with({"schedule", "--db", seeded, "--format", "csv"}, from));
    CHECK(project.exit_code == 0);
    CHECK(relplan::test::diff_lists(with_cn, milestone_rows(project.out)) == "");
    const auto json = run_relplan(with({"schedule", "--db", seeded, "--format", "json"}, from));
    REQUIRE(json.exit_code == 0);
    CHECK(nlohmann::json::parse(json.out)["release"]["calendars"] == "US+GB-ENG+DE+CN");
    // Not in the database: the template's calendars.
    const auto no_record = run_relplan(with({"schedule", "--db", empty, "--format", "csv"}, from));
    CHECK(no_record.exit_code == 0);
    CHECK(no_record.err.empty());
    CHECK(relplan::test::diff_lists(without_cn, milestone_rows(no_record.out)) == "");
    // --calendar still replaces them.
    const auto given =
        run_relplan(with({"schedule", "--db", seeded, "--calendar", "US,GB-ENG,DE", "--format", "csv"}, from));
    CHECK(given.exit_code == 0);
    CHECK(relplan::test::diff_lists(without_cn, milestone_rows(given.out)) == "");
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("schedule --db refuses a missing database and a template file", "[cli][schedule][db][errors]") {
  const auto dir = relplan::test::temp_dir("schedule-missing");
  const auto missing = dir + "/missing.db";
  const auto run = run_relplan({"schedule", "--release", "2027-03-02", "--db", missing});
  CHECK(run.exit_code == 2);
  CHECK(run.out.empty());
  CHECK(run.err == "relplan schedule: --db: expected an existing relplan database, saw '" + missing +
                       "' (create one with relplan db init)\n");
  CHECK_FALSE(std::filesystem::exists(missing));
  const auto path = dir + "/two.toml";
  std::ofstream(path) << "id = \"two\"\nname = \"Two steps\"\ncalendars = [\"GB-ENG\"]\n"
                         "[[milestone]]\nid = \"release\"\nname = \"Release\"\nkind = \"release\"\n";
  const auto db = fresh_db(dir, "relplan.db");
  const auto both = run_relplan({"schedule", "--release", "2022-06-07", "--template", path, "--db", db});
  CHECK(both.exit_code == 2);
  CHECK(both.out.empty());
  CHECK(both.err ==
        "relplan schedule: --db: not with --template (the database holds a project's days off; a "
        "template file names no project)\n");
  std::filesystem::remove_all(dir);
}

TEST_CASE("schedule: an option given an empty value is an error, not its default", "[cli][schedule]") {
  using Case = std::pair<std::vector<std::string>, std::string>;
  auto [args, message] = GENERATE_REF(values<Case>({
      {{"--release", ""}, "relplan schedule: --release: expected a date as YYYY-MM-DD, saw ''"},
      {{"--last-posting", ""}, "relplan schedule: --last-posting: expected a date as YYYY-MM-DD, saw ''"},
      {{"--release", "2027-03-03", "--project", ""},
       "relplan schedule: --project: expected a project with a schedule template, such as xen, saw ''"},
      {{"--release", "2027-03-03", "--calendar", ""},
       "relplan schedule: --calendar: expected calendar ids, such as US,GB-ENG,DE, saw ''"},
      {{"--release", "2027-03-03", "--press-calendar", ""},
       "relplan schedule: --press-calendar: expected calendar ids, such as US,GB-ENG,DE, saw ''"},
      {{"--release", "2027-03-03", "--lift", ""},
       "relplan schedule: --lift: expected a time and a zone, such as '12:00 UTC', saw ''"},
      {{"--release", "2027-03-03", "--db", ""}, "relplan schedule: --db: expected a database file, saw ''"},
  }));
  args.insert(args.begin(), "schedule");
  const auto r = schedule_run(args);
  CHECK(r.exit_code == 2);
  CHECK(r.err == message + "\n");
  CHECK(r.out.empty());
}

TEST_CASE("December 2019 from the CLI: the earliest conflict-free release for each soak, public day and release",
          "[cli][schedule]") {
  // Verified by hand in tests/planner/schedule/embargo_schedule_test.cpp.
  const auto [release, public_at, soak, earliest, conflict_free] =
      GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
          {"2019-12-17", "2019-12-11T12:00Z", "2", "2019-12-17", "2019-12-17"},
          {"2019-12-17", "2019-12-11T12:00Z", "3", "2019-12-17", "2019-12-18"},
          {"2019-12-17", "2019-12-13T12:00Z", "2", "2019-12-18", "2019-12-19"},
          {"2019-12-17", "2019-12-13T12:00Z", "3", "2019-12-19", "2020-01-07"},
          {"2019-12-16", "2019-12-11T12:00Z", "2", "2019-12-17", "2019-12-17"},
          {"2019-12-16", "2019-12-11T12:00Z", "3", "2019-12-17", "2019-12-18"},
          {"2019-12-16", "2019-12-13T12:00Z", "2", "2019-12-18", "2019-12-19"},
          {"2019-12-16", "2019-12-13T12:00Z", "3", "2019-12-19", "2020-01-07"},
      }));
  INFO(release << " " << public_at << " soak " << soak);
  const auto run = schedule_run({"schedule", "--release", release, "--calendar", "US,GB-ENG,DE", "--advisory",
                                 "XSA-307@" + public_at, "--rc-soak-days", soak, "--format", "json"});
  REQUIRE(run.exit_code == 0);
  const auto j = nlohmann::json::parse(run.out);
  CHECK(j["release"]["planned"] == release);
  CHECK(j["earliest_release"] == earliest);
  CHECK(j["earliest_conflict_free"] == conflict_free);
}

TEST_CASE("Advisory public Fri 2019-12-13: the table says when the release is conflict-free", "[cli][schedule]") {
  // RC Fri 12-13; soak 2: Mon 16, Tue 17; release Wed 12-18 (collateral Mon 12-16, before testing ends);
  // Thu 12-19 has its collateral on Tue 12-17.
  const auto run = schedule_run(
      {"schedule", "--release", "2019-12-17", "--calendar", "US,GB-ENG,DE", "--advisory", "XSA-307@2019-12-13T12:00Z"});
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.substr(run.out.find("earliest release  ")) ==
        "earliest release  Wed 2019-12-18 (planned Tue 2019-12-17; slip 1 day)\n"
        "conflict-free     Thu 2019-12-19 (the first release day whose press collateral Tue 2019-12-17 is not before "
        "testing ends Tue 2019-12-17)\n"
        "\n"
        "conflicts:\n"
        "  - release planned Tue 2019-12-17 slips to Wed 2019-12-18 (1 day): XSA-307 is public Fri 2019-12-13 12:00 "
        "UTC and the post-embargo RC is cut then; RC soak 2 working days: testing ends Tue 2019-12-17 (over Sat "
        "2019-12-14..Sun 2019-12-15 weekend)\n"
        "  - press collateral is due Mon 2019-12-16 but testing of the post-embargo RC ends Tue 2019-12-17: the "
        "go/no-go decision comes before testing ends\n");
  // RC6, planned on the public day, is the post-embargo RC.
  CHECK(run.out.find("RC6  2019-12-13  fri  post-embargo RC: XSA-307 is public Fri 2019-12-13 12:00 UTC\n6 RCs\n") !=
        std::string::npos);
}

TEST_CASE("A slip over the year-end blackout names each cause, and press steps in it are warnings", "[cli][schedule]") {
  const auto run = schedule_run(
      {"schedule", "--release", "2019-12-17", "--calendar", "US,GB-ENG,DE", "--advisory", "XSA-307@2019-12-17T12:00Z"});
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(run.out.substr(run.out.find("earliest release  ")) ==
        "earliest release  Tue 2020-01-07 (planned Tue 2019-12-17; slip 21 days)\n"
        "conflict-free     Tue 2020-01-07 (the earliest release: its press collateral Fri 2020-01-03 is not before "
        "testing ends Thu 2019-12-19)\n"
        "\n"
        "conflicts:\n"
        "  - release planned Tue 2019-12-17 slips to Tue 2020-01-07 (21 days): XSA-307 is public Tue 2019-12-17 "
        "12:00 UTC and the post-embargo RC is cut then; RC soak 2 working days: testing ends Thu 2019-12-19; then "
        "Fri 2019-12-20..Sun 2020-01-05 blackout 12-20..01-05 (holidays in it: Christmas Day (US, GB-ENG, DE) Wed "
        "2019-12-25, Boxing Day (GB-ENG) Thu 2019-12-26, Second Day of Christmas (DE) Thu 2019-12-26, New Year's Day "
        "(US, GB-ENG, DE) Wed 2020-01-01); Mon 2020-01-06 not an allowed release weekday (tue,wed,thu)\n"
        "\n"
        "warnings:\n"
        "  - board approval Tue 2019-12-24 falls inside the blackout 12-20..01-05 (Fri 2019-12-20..Sun 2020-01-05)\n"
        "  - briefings Fri 2020-01-03 falls inside the blackout 12-20..01-05 (Fri 2019-12-20..Sun 2020-01-05)\n"
        "  - press collateral Fri 2020-01-03 falls inside the blackout 12-20..01-05 (Fri 2019-12-20..Sun "
        "2020-01-05)\n");
}

TEST_CASE("schedule --press-calendar counts the press leads on its own holidays", "[cli][schedule]") {
  // Team US+GB-ENG+DE; Good Friday (04-10) and Easter Monday (04-13) 2020 are GB-ENG and DE holidays only.
  const std::vector<std::string> args{"schedule",
                                      "--release",
                                      "2020-04-15",
                                      "--calendar",
                                      "US,GB-ENG,DE",
                                      "--advisory",
                                      "XSA-320@2020-04-07T12:00Z",
                                      "--rc-soak-days",
                                      "3",
                                      "--format",
                                      "json"};
  const auto us = schedule_run(with(args, {"--press-calendar", "US"}));
  REQUIRE(us.exit_code == 0);
  const auto p = nlohmann::json::parse(us.out);
  CHECK(p["release"]["press_calendars"] == "US");
  CHECK(p["press"]["collateral"] == "2020-04-13");
  CHECK(p["press"]["briefings"] == "2020-04-10");
  CHECK(p["post_embargo"]["testing_ends"] == "2020-04-14");
  CHECK(p["earliest_conflict_free"] == "2020-04-16");
  CHECK(p["conflicts"] == nlohmann::json::array({"press collateral is due Mon 2020-04-13 but testing of the "
                                                 "post-embargo RC ends Tue 2020-04-14: the go/no-go decision comes "
                                                 "before testing ends"}));
  const auto team = schedule_run(args);
  REQUIRE(team.exit_code == 0);
  const auto t = nlohmann::json::parse(team.out);
  CHECK(t["release"]["press_calendars"] == "US+GB-ENG+DE");
  CHECK(t["press"]["collateral"] == "2020-04-09");
  CHECK(t["press"]["briefings"] == "2020-04-09");
}

TEST_CASE("A last posting date on a holiday is planned as given with a warning, and --strict refuses it",
          "[cli][schedule]") {
  // Fri 2020-05-01 is Labour Day in Germany and China (the xen project's calendars include CN).
  const auto run = schedule_run({"schedule", "--project", "xen", "--last-posting", "2020-05-01"});
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(run.out.find("Last posting date  2020-05-01  fri  posting  given\n") != std::string::npos);
  CHECK(run.out.substr(run.out.find("\nconflicts")) ==
        "\nconflicts: none\n"
        "\n"
        "warnings:\n"
        "  - last posting date Fri 2020-05-01 is not a working day of the team calendar US+GB-ENG+DE+CN: DE Labour Day "
        "(Tag der Arbeit); CN Labour Day; planned as given\n");
  const auto strict = schedule_run({"schedule", "--project", "xen", "--last-posting", "2020-05-01", "--strict"});
  CHECK(strict.exit_code == 2);
  CHECK(strict.out.empty());
  CHECK(strict.err ==
        "relplan schedule: --last-posting: expected a working day of US+GB-ENG+DE+CN, saw Fri 2020-05-01 (Labour Day "
        "(Tag der Arbeit) (DE), Labour Day (CN))\n");
  // A weekend: the warning names it.
  const auto weekend =
      schedule_run({"schedule", "--last-posting", "2019-10-05", "--calendar", "US,GB-ENG,DE", "--format", "json"});
  REQUIRE(weekend.exit_code == 0);
  CHECK(nlohmann::json::parse(weekend.out)["warnings"] ==
        nlohmann::json::array({"last posting date Sat 2019-10-05 is not a working day of the team calendar "
                               "US+GB-ENG+DE: weekend; planned as given"}));
}
