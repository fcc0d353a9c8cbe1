// Security embargoes: the post-embargo RC, the soak, tarballs, the earliest release; disclosure dates
// from a report; errors.
#include <catch2/catch.hpp>

#include "planner/release_window.hpp"
#include "planner/schedule/embargo.hpp"
#include "tests/support/calendars.hpp"

using namespace relplan;
using namespace relplan::schedule;
using namespace std::chrono_literals;
using test::day;

namespace {

const WeekdaySet tue_to_thu = weekdays_tue_wed_thu();

date::sys_seconds at(const std::string& d, std::chrono::minutes t) { return date::sys_seconds{day(d)} + t; }

EmbargoPlan embargo(const std::vector<Advisory>& advisories, EmbargoRules rules = {}, DisclosurePolicy policy = {}) {
  auto p = plan_embargoes(test::shipped("US,US-FED-CLOSINGS,GB-ENG,DE"), advisories, policy, rules, tue_to_thu);
  if (!p) FAIL(p.error().message);
  return std::move(p).value();
}

}  // namespace

TEST_CASE("The worked example: XSA-307 public Wed 2019-12-11 12:00 UTC", "[planner][schedule][embargo]") {
  // RC cut on the public day (12:00 is within 09:00-17:00 UTC). Soak 2: testing Thu 12 + Fri 13, ends
  // Fri 13, tarballs Fri 13, release the next allowed weekday after: Sat, Sun off, Mon not allowed -> Tue 17.
  // Soak 3: testing ends Mon 16, release Tue 17.
  const auto [soak, testing_ends, release] = GENERATE(table<int, std::string, std::string>({
      {0, "2019-12-11", "2019-12-12"},
      {1, "2019-12-12", "2019-12-17"},
      {2, "2019-12-13", "2019-12-17"},
      {3, "2019-12-16", "2019-12-17"},
      {4, "2019-12-17", "2019-12-18"},
  }));
  EmbargoRules rules;
  rules.rc_soak = {soak, Unit::working_days};
  const auto p = embargo({{"XSA-307", at("2019-12-11", 12h), std::nullopt, true}}, rules);
  REQUIRE(p.post);
  INFO("soak " << soak);
  CHECK(p.post->after == "XSA-307");
  CHECK(format_date(p.post->rc) == "2019-12-11");
  CHECK(instant_label(p.post->rc_at) == "Wed 2019-12-11 12:00 UTC");
  CHECK(format_date(p.post->testing_ends) == testing_ends);
  CHECK(format_date(p.post->tarballs) == testing_ends);
  CHECK(format_date(p.post->earliest_release) == release);
}

TEST_CASE("The post-embargo RC day follows the team's working hours (UTC)", "[planner][schedule][embargo]") {
  const auto [public_day, time, start, end, rc_at] = GENERATE(table<std::string, int, int, int, std::string>({
      {"2019-12-11", 12 * 60, 9 * 60, 17 * 60, "Wed 2019-12-11 12:00 UTC"},
      {"2019-12-11", 7 * 60, 9 * 60, 17 * 60, "Wed 2019-12-11 09:00 UTC"},  // before hours: cut when work starts
      {"2019-12-11", 16 * 60 + 59, 9 * 60, 17 * 60, "Wed 2019-12-11 16:59 UTC"},
      {"2019-12-11", 17 * 60, 9 * 60, 17 * 60, "Thu 2019-12-12 09:00 UTC"},   // at the end: the next working day
      {"2019-12-11", 18 * 60, 13 * 60, 21 * 60, "Wed 2019-12-11 18:00 UTC"},  // a team working 13:00-21:00
      {"2019-12-11", 12 * 60, 13 * 60, 21 * 60, "Wed 2019-12-11 13:00 UTC"},
      {"2019-12-14", 12 * 60, 9 * 60, 17 * 60, "Mon 2019-12-16 09:00 UTC"},  // Saturday
      {"2019-12-24", 12 * 60, 9 * 60, 17 * 60, "Fri 2019-12-27 09:00 UTC"},  // US-FED-CLOSINGS, then 25, 26
  }));
  EmbargoRules rules;
  rules.work_start = std::chrono::minutes{start};
  rules.work_end = std::chrono::minutes{end};
  const auto p = embargo({{"XSA-1", at(public_day, std::chrono::minutes{time}), std::nullopt, true}}, rules);
  INFO(public_day << " " << time);
  CHECK(instant_label(p.post->rc_at) == rc_at);
}

TEST_CASE("Disclosure dates from a report date", "[planner][schedule][embargo]") {
  // Reported Mon 2019-11-18: predisclosure + 5 working days = Mon 11-25; public + 10 working days
  // (Thanksgiving 11-28 off) = Tue 12-10, at 12:00 UTC.
  const auto p = embargo({{"XSA-400", std::nullopt, day("2019-11-18"), true}});
  REQUIRE(p.advisories.size() == 1);
  CHECK(format_date(*p.advisories[0].predisclosure) == "2019-11-25");
  CHECK(instant_label(p.advisories[0].public_at) == "Tue 2019-12-10 12:00 UTC");
  // A given public instant wins; the predisclosure is still computed from the report.
  const auto given = embargo({{"XSA-401", at("2019-12-11", 12h), day("2019-11-18"), true}});
  CHECK(instant_label(given.advisories[0].public_at) == "Wed 2019-12-11 12:00 UTC");
  CHECK(format_date(*given.advisories[0].predisclosure) == "2019-11-25");
  // A configured policy: one working week to public, at 15:00.
  DisclosurePolicy fast;
  fast.public_after = {1, Unit::weeks};
  fast.public_time = 15h;
  const auto quick = embargo({{"XSA-402", std::nullopt, day("2019-11-18"), true}}, {}, fast);
  CHECK(instant_label(quick.advisories[0].public_at) == "Mon 2019-12-02 15:00 UTC");
}

TEST_CASE("The latest public instant among fixes in the release sets the post-embargo RC",
          "[planner][schedule][embargo]") {
  const auto p = embargo({{"XSA-307", at("2019-12-11", 12h), std::nullopt, true},
                          {"XSA-308", at("2019-12-12", 12h), std::nullopt, true},
                          {"XSA-309", at("2019-12-19", 12h), std::nullopt, false}});
  REQUIRE(p.post);
  CHECK(p.post->after == "XSA-308");
  CHECK(format_date(p.post->testing_ends) == "2019-12-16");
  CHECK(format_date(p.post->earliest_release) == "2019-12-17");
  CHECK_FALSE(embargo({{"XSA-309", at("2019-12-19", 12h), std::nullopt, false}}).post);
  CHECK_FALSE(embargo({}).post);
}

TEST_CASE("Bad advisories and rules are rejected with exact messages", "[planner][schedule][embargo]") {
  const auto team = test::shipped("US,US-FED-CLOSINGS,GB-ENG,DE");
  auto error = [&](const std::vector<Advisory>& advisories) {
    auto p = plan_embargoes(team, advisories, {}, {}, tue_to_thu);
    return p ? std::string("ok") : p.error().message;
  };
  CHECK(error({{"XSA-1", std::nullopt, std::nullopt, true}}) ==
        "advisory XSA-1: expected a public instant or a report date, saw neither");
  CHECK(error({{"XSA-2", at("2019-12-11", 12h), day("2019-12-20"), true}}) ==
        "advisory XSA-2: expected a public instant on or after its report date 2019-12-20, saw public Wed 2019-12-11 "
        "12:00 UTC");
  CHECK(error({{"XSA-3", at("2019-12-11", 12h), std::nullopt, true},
               {"XSA-3", at("2019-12-12", 12h), std::nullopt, true}}) ==
        "advisories: expected each id once, saw 'XSA-3' twice");
  CHECK(error({{"", at("2019-12-11", 12h), std::nullopt, true}}) == "advisory: expected an id such as XSA-307, saw ''");
  EmbargoRules hours;
  hours.work_start = 17h;
  hours.work_end = 9h;
  CHECK(validate(hours).error().message ==
        "security: working_hours: expected a start before the end, within 00:00-24:00 UTC, saw 17:00-09:00");
  EmbargoRules soak;
  soak.rc_soak = {2, Unit::days};
  CHECK(validate(soak).error().message == "security: rc_soak: expected 0..366 working days, saw '2 days'");
  DisclosurePolicy late;
  late.public_time = 24h;
  CHECK(validate(late).error().message == "security: public_time: expected a time of day 00:00..23:59, saw 24:00");
}
