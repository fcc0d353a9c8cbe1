// Schedule exports: JSON and CSV of the worked example, and iCalendar read back by a real parser with
// UIDs that stay when the dates move.
#include <catch2/catch.hpp>

#include <sstream>

#include "data/export/schedule.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/expected_files.hpp"
#include "tests/support/ics_parse.hpp"
#include "tests/support/schedule.hpp"

using namespace relplan;
using namespace relplan::schedule;
using namespace std::chrono_literals;
using test::day;

namespace {

Schedule worked_example(const std::string& release, int soak) {
  const auto cals = test::schedule_calendars("US,GB-ENG,DE", {"12-20..01-05"});
  SchedulePolicy policy;
  policy.embargo.rc_soak = {soak, Unit::working_days};
  policy.press.zones = {"Europe/Berlin"};
  const std::vector<Advisory> advisories{{"XSA-307", date::sys_seconds{day("2019-12-11")} + 12h, std::nullopt, true},
                                         {"XSA-400", std::nullopt, day("2019-11-18"), false}};
  return plan_schedule(test::xen_template(), cals, cals.team, policy, {"release", day(release)}, advisories).value();
}

const ScheduleLabels labels{"xen",          "Xen Project hypervisor", "4.13",           "release",
                            "US+GB-ENG+DE", "US+GB-ENG+DE",           {"12-20..01-05"}, {}};

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace

TEST_CASE("Schedule JSON of the worked example, soak 3", "[data][export][schedule]") {
  const auto expected = nlohmann::json::parse(R"json({
    "release": {"project": "xen", "name": "Xen Project hypervisor", "version": "4.13", "planned": "2019-12-17",
                "planned_from": "release", "calendars": "US+GB-ENG+DE", "press_calendars": "US+GB-ENG+DE",
                "blackouts": ["12-20..01-05"], "template_fitted_to": []},
    "milestones": [
      {"id": "last_posting", "name": "Last posting date", "date": "2019-10-04", "kind": "posting", "extended_by": 0, "given": false},
      {"id": "feature_freeze", "name": "Feature freeze", "date": "2019-10-25", "kind": "freeze", "extended_by": 0, "given": false},
      {"id": "code_freeze", "name": "Code freeze", "date": "2019-11-08", "kind": "freeze", "extended_by": 0, "given": false},
      {"id": "hard_code_freeze", "name": "Hard code freeze", "date": "2019-11-29", "kind": "freeze", "extended_by": 0, "given": false},
      {"id": "final_commits", "name": "Final commits", "date": "2019-12-13", "kind": "branch", "extended_by": 0, "given": false},
      {"id": "release", "name": "Release", "date": "2019-12-17", "kind": "release", "extended_by": 0, "given": true}],
    "phases": [
      {"from": "Last posting date", "to": "Feature freeze", "start": "2019-10-04", "end": "2019-10-25", "working_days": 14, "blackout_days": 0, "extended_by": 0},
      {"from": "Feature freeze", "to": "Code freeze", "start": "2019-10-25", "end": "2019-11-08", "working_days": 10, "blackout_days": 0, "extended_by": 0},
      {"from": "Code freeze", "to": "Hard code freeze", "start": "2019-11-08", "end": "2019-11-29", "working_days": 13, "blackout_days": 0, "extended_by": 0},
      {"from": "Hard code freeze", "to": "Final commits", "start": "2019-11-29", "end": "2019-12-13", "working_days": 10, "blackout_days": 0, "extended_by": 0},
      {"from": "Final commits", "to": "Release", "start": "2019-12-13", "end": "2019-12-17", "working_days": 2, "blackout_days": 0, "extended_by": 0}],
    "rcs": [{"name": "RC1", "date": "2019-11-08", "held_from": null, "note": ""},
            {"name": "RC2", "date": "2019-11-15", "held_from": null, "note": ""},
            {"name": "RC3", "date": "2019-11-22", "held_from": null, "note": ""},
            {"name": "RC4", "date": "2019-11-29", "held_from": null, "note": ""},
            {"name": "RC5", "date": "2019-12-11", "held_from": "2019-12-06",
             "note": "held from Fri 2019-12-06 to Wed 2019-12-11: XSA-307 is public Wed 2019-12-11 12:00 UTC"}],
    "rc_count": 5,
    "rcs_dropped": [{"name": "RC6", "date": "2019-12-13", "held_from": null,
                     "note": "within the soak of the post-embargo RC (testing ends Mon 2019-12-16)"}],
    "press": {"release": "2019-12-17", "approval": "2019-12-03", "briefings": "2019-12-13", "collateral": "2019-12-13",
              "go_no_go": "2019-12-13", "lift_utc": "2019-12-17T17:00:00Z",
              "lift": {"zone": "America/Los_Angeles", "time": "2019-12-17T09:00:00-08:00", "abbrev": "PST"},
              "lift_local": [{"zone": "Europe/Berlin", "time": "2019-12-17T18:00:00+01:00", "abbrev": "CET"}]},
    "advisories": [
      {"id": "XSA-307", "public_utc": "2019-12-11T12:00:00Z", "reported": null, "predisclosure": null, "fix_in_release": true},
      {"id": "XSA-400", "public_utc": "2019-12-10T12:00:00Z", "reported": "2019-11-18", "predisclosure": "2019-11-25", "fix_in_release": false}],
    "post_embargo": {"after": "XSA-307", "public_utc": "2019-12-11T12:00:00Z", "rc": "2019-12-11", "rc_utc": "2019-12-11T12:00:00Z",
                     "testing_ends": "2019-12-16", "tarballs": "2019-12-16", "earliest_release": "2019-12-17"},
    "earliest_release": "2019-12-17",
    "earliest_conflict_free": "2019-12-18",
    "slip_days": 0,
    "conflicts": ["press collateral is due Fri 2019-12-13 but testing of the post-embargo RC ends Mon 2019-12-16: the go/no-go decision comes before testing ends"],
    "warnings": []
  })json");
  const auto actual = schedule_json(worked_example("2019-12-17", 3), labels);
  CHECK(actual.dump(2) == expected.dump(2));
}

TEST_CASE("Schedule CSV of the worked example, soak 2", "[data][export][schedule]") {
  CHECK(test::diff_lists({"type,name,date,time_utc,detail",
                          "milestone,Last posting date,2019-10-04,,posting",
                          "milestone,Feature freeze,2019-10-25,,freeze",
                          "milestone,Code freeze,2019-11-08,,freeze",
                          "milestone,Hard code freeze,2019-11-29,,freeze",
                          "milestone,Final commits,2019-12-13,,branch",
                          "milestone,Release,2019-12-17,,release",
                          "rc,RC1,2019-11-08,,",
                          "rc,RC2,2019-11-15,,",
                          "rc,RC3,2019-11-22,,",
                          "rc,RC4,2019-11-29,,",
                          "rc,RC5,2019-12-11,,held from Fri 2019-12-06 to Wed 2019-12-11: XSA-307 is public Wed "
                          "2019-12-11 12:00 UTC",
                          "rc_dropped,RC6,2019-12-13,,within the soak of the post-embargo RC (testing ends Fri "
                          "2019-12-13)",
                          "press,board approval,2019-12-03,,",
                          "press,briefings,2019-12-13,,",
                          "press,collateral,2019-12-13,,go/no-go deadline",
                          "press,embargo lift,2019-12-17,17:00,2019-12-17 09:00 PST America/Los_Angeles; 2019-12-17 "
                          "18:00 CET Europe/Berlin",
                          "advisory,XSA-307 public,2019-12-11,12:00,fix in release",
                          "advisory,XSA-400 reported,2019-11-18,,",
                          "advisory,XSA-400 predisclosure,2019-11-25,,",
                          "advisory,XSA-400 public,2019-12-10,12:00,fix not in release",
                          "embargo,post-embargo RC,2019-12-11,12:00,after XSA-307",
                          "embargo,testing ends,2019-12-13,,",
                          "embargo,tarballs,2019-12-13,,",
                          "release,earliest release,2019-12-17,,slip 0 days",
                          "release,earliest conflict-free release,2019-12-17,,press collateral 2019-12-13"},
                         lines(schedule_csv(worked_example("2019-12-17", 2)))) == "");
  // A conflict is one quoted field when it holds a comma.
  auto s = worked_example("2019-12-17", 2);
  s.conflicts = {"a, b"};
  CHECK(lines(schedule_csv(s)).back() == "conflict,,,,\"a, b\"");
}

TEST_CASE("Schedule ICS is read back by python3-icalendar - UIDs survive a new date", "[data][export][schedule][ics]") {
  const date::sys_seconds stamp = date::sys_days{day("2019-12-02")} + 9h;
  const auto text = schedule_ics(worked_example("2019-12-17", 2), labels, stamp);
  CHECK(text.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
  CHECK(text.find("DTSTAMP:20191202T090000Z\r\n") != std::string::npos);
  CHECK(text == schedule_ics(worked_example("2019-12-17", 2), labels, stamp));
  const std::string p = "|Xen Project hypervisor 4.13: ";
  CHECK(test::diff_lists(
            {"xen-4-13-last-posting@relplan|2019-10-04|2019-10-05" + p + "Last posting date|posting",
             "xen-4-13-feature-freeze@relplan|2019-10-25|2019-10-26" + p + "Feature freeze|freeze",
             "xen-4-13-code-freeze@relplan|2019-11-08|2019-11-09" + p + "Code freeze|freeze",
             "xen-4-13-hard-code-freeze@relplan|2019-11-29|2019-11-30" + p + "Hard code freeze|freeze",
             "xen-4-13-final-commits@relplan|2019-12-13|2019-12-14" + p + "Final commits|branch",
             "xen-4-13-release@relplan|2019-12-17|2019-12-18" + p + "Release|release",
             "xen-4-13-rc1@relplan|2019-11-08|2019-11-09" + p + "RC1|rc",
             "xen-4-13-rc2@relplan|2019-11-15|2019-11-16" + p + "RC2|rc",
             "xen-4-13-rc3@relplan|2019-11-22|2019-11-23" + p + "RC3|rc",
             "xen-4-13-rc4@relplan|2019-11-29|2019-11-30" + p + "RC4|rc",
             // RC5 held from Fri 12-06 to the post-embargo cut; RC6 (Fri 12-13) dropped: the last day of the soak.
             "xen-4-13-rc5@relplan|2019-12-11|2019-12-12" + p + "RC5|rc",
             "xen-4-13-press-approval@relplan|2019-12-03|2019-12-04" + p + "board approval of the press release|press",
             "xen-4-13-press-briefings@relplan|2019-12-13|2019-12-14" + p + "press briefings lined up|press",
             "xen-4-13-press-collateral@relplan|2019-12-13|2019-12-14" + p +
                 "press collateral to reporters (go/no-go deadline)|press",
             "xen-4-13-embargo-lift@relplan|2019-12-17T17:00:00+00:00|" + p + "press embargo lifts|press",
             "xen-4-13-xsa-307-public@relplan|2019-12-11T12:00:00+00:00|" + p +
                 "XSA-307 public (security embargo lifts)|security",
             "xen-4-13-xsa-400-predisclosure@relplan|2019-11-25|2019-11-26" + p + "XSA-400 predisclosure|security",
             "xen-4-13-xsa-400-public@relplan|2019-12-10T12:00:00+00:00|" + p +
                 "XSA-400 public (security embargo lifts)|security",
             "xen-4-13-post-embargo-rc@relplan|2019-12-11|2019-12-12" + p + "post-embargo RC (after XSA-307)|security",
             "xen-4-13-post-embargo-tarballs@relplan|2019-12-13|2019-12-14" + p +
                 "testing of the post-embargo RC ends; tarballs|security"},
            lines(test::parse_ics(text))) == "");
  // Another release date moves every event but changes no UID.
  auto uids = [](const std::string& parsed) {
    std::vector<std::string> out;
    for (const auto& l : lines(parsed)) out.push_back(l.substr(0, l.find('|')));
    return out;
  };
  const auto later = schedule_ics(worked_example("2020-01-08", 2), labels, stamp);
  CHECK(test::diff_lists(uids(test::parse_ics(text)), uids(test::parse_ics(later))) == "");
  CHECK(later != text);
}
