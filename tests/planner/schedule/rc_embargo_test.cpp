// The RC series around an embargo: the RC held to the post-embargo cut, the RCs the soak drops, an RC added
// when none precedes the cut, renumbering.
#include <catch2/catch.hpp>

#include "planner/schedule/rc_embargo.hpp"
#include "tests/support/calendars.hpp"
#include "tests/support/expected_files.hpp"

using namespace relplan;
using namespace relplan::schedule;
using namespace std::chrono_literals;
using test::day;

namespace {

// Weekly Fridays RC1 11-08, RC2 11-15, RC3 11-22.
const std::vector<Rc> planned{{"RC1", day("2019-11-08")}, {"RC2", day("2019-11-15")}, {"RC3", day("2019-11-22")}};

PostEmbargo post(const std::string& rc, const std::string& testing_ends) {
  const date::sys_seconds at = date::sys_seconds{day(rc)} + 12h;
  return {"XSA-9", at, day(rc), at, day(testing_ends), day(testing_ends), day(testing_ends)};
}

std::vector<std::string> lines(const std::vector<Rc>& rcs) {
  std::vector<std::string> out;
  for (const auto& rc : rcs) {
    out.push_back(rc.name + " " + format_date(rc.date) + (rc.held_from ? " from " + format_date(*rc.held_from) : "") +
                  (rc.note.empty() ? "" : " | " + rc.note));
  }
  return out;
}

}  // namespace

TEST_CASE("The RC before the cut is held to it, RCs in the soak are dropped, the rest renumbered",
          "[planner][schedule][embargo]") {
  // Cut Wed 11-13, testing ends Mon 11-18: RC1 (11-08) waits for the cut, RC2 (11-15) is in the soak, RC3 is RC2.
  const auto held = hold_rcs(planned, post("2019-11-13", "2019-11-18"), "RC");
  CHECK(test::diff_lists({"RC1 2019-11-13 from 2019-11-08 | held from Fri 2019-11-08 to Wed 2019-11-13: XSA-9 is "
                          "public Wed 2019-11-13 12:00 UTC",
                          "RC2 2019-11-22"},
                         lines(held.rcs)) == "");
  CHECK(test::diff_lists({"RC2 2019-11-15 | within the soak of the post-embargo RC (testing ends Mon 2019-11-18)"},
                         lines(held.dropped)) == "");
  // Testing ends the day before RC2: nothing dropped.
  CHECK(hold_rcs(planned, post("2019-11-13", "2019-11-14"), "RC").dropped.empty());
  // An RC planned on the cut day is the post-embargo RC.
  CHECK(
      test::diff_lists({"RC1 2019-11-08", "RC2 2019-11-15 | post-embargo RC: XSA-9 is public Fri 2019-11-15 12:00 UTC",
                        "RC3 2019-11-22"},
                       lines(hold_rcs(planned, post("2019-11-15", "2019-11-19"), "RC").rcs)) == "");
}

TEST_CASE("A cut before the first RC adds one, a cut after the last holds the last", "[planner][schedule][embargo]") {
  // Cut Wed 11-06, testing ends Thu 11-07: the post-embargo RC is added as rc-1; the others follow.
  CHECK(test::diff_lists({"rc-1 2019-11-06 | post-embargo RC: XSA-9 is public Wed 2019-11-06 12:00 UTC",
                          "rc-2 2019-11-08", "rc-3 2019-11-15", "rc-4 2019-11-22"},
                         lines(hold_rcs(planned, post("2019-11-06", "2019-11-07"), "rc-").rcs)) == "");
  // Testing ends Fri 11-08: planned RC1 is in the soak.
  const auto before = hold_rcs(planned, post("2019-11-06", "2019-11-08"), "rc-");
  CHECK(test::diff_lists({"rc-1 2019-11-06 | post-embargo RC: XSA-9 is public Wed 2019-11-06 12:00 UTC",
                          "rc-2 2019-11-15", "rc-3 2019-11-22"},
                         lines(before.rcs)) == "");
  CHECK(test::diff_lists({"RC1 2019-11-08 | within the soak of the post-embargo RC (testing ends Fri 2019-11-08)"},
                         lines(before.dropped)) == "");
  const auto after = hold_rcs(planned, post("2019-11-27", "2019-11-29"), "RC");
  CHECK(
      test::diff_lists({"RC1 2019-11-08", "RC2 2019-11-15",
                        "RC3 2019-11-27 from 2019-11-22 | held from Fri 2019-11-22 to Wed 2019-11-27: XSA-9 is public "
                        "Wed 2019-11-27 12:00 UTC"},
                       lines(after.rcs)) == "");
  CHECK(after.dropped.empty());
}
