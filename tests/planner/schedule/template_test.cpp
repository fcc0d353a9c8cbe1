// Template validation: every structural rule, with the exact message.
#include <catch2/catch.hpp>

#include <functional>

#include "planner/schedule/template.hpp"
#include "tests/support/schedule.hpp"

using namespace relplan;
using namespace relplan::schedule;

TEST_CASE("The Xen template is valid", "[planner][schedule][template]") {
  CHECK(validate(test::xen_template()).ok());
  CHECK(to_string(MilestoneKind::branch) == "branch");
  CHECK(parse_milestone_kind("posting") == MilestoneKind::posting);
  CHECK_FALSE(parse_milestone_kind("cutoff"));
}

TEST_CASE("Bad templates are rejected with the milestone, the field and the rule", "[planner][schedule][template]") {
  using Edit = std::function<void(MilestoneTemplate&)>;
  const auto [edit, message] = GENERATE(table<Edit, std::string>({
      {[](MilestoneTemplate& t) { t.milestones[2].relative_to = "hard_code_freeze"; },
       "milestone 'code_freeze': relative_to: expected a milestone declared above (last_posting, feature_freeze), "
       "saw 'hard_code_freeze'"},
      {[](MilestoneTemplate& t) { t.milestones[2].relative_to = "feature_freez"; },
       "milestone 'code_freeze': relative_to: expected a milestone declared above (last_posting, feature_freeze), "
       "saw 'feature_freez'"},
      {[](MilestoneTemplate& t) { t.milestones[3].relative_to.clear(); },
       "milestone 'hard_code_freeze': relative_to: required field is missing (only the first milestone has no anchor)"},
      {[](MilestoneTemplate& t) { t.milestones[0].relative_to = "release"; },
       "milestone 'last_posting': relative_to: expected no anchor on the first milestone (it is the root), saw "
       "'release'"},
      {[](MilestoneTemplate& t) { t.milestones[4].id = "code_freeze"; },
       "milestone 'code_freeze': id: expected an id used once, saw 'code_freeze'"},
      {[](MilestoneTemplate& t) { t.milestones[5].kind = MilestoneKind::other; },
       "template xen: expected exactly one milestone of kind release, saw 0"},
      {[](MilestoneTemplate& t) { t.milestones[4].kind = MilestoneKind::release; },
       "template xen: expected exactly one milestone of kind release, saw 2"},
      {[](MilestoneTemplate& t) { t.rcs->until = "ga"; },
       "rcs: until: expected a milestone of the template (last_posting, feature_freeze, code_freeze, hard_code_freeze, "
       "final_commits, release), saw 'ga'"},
      {[](MilestoneTemplate& t) {
         t.rcs->every = {0, Unit::days};
       },
       "rcs: every: expected a positive interval, saw '0 days'"},
      {[](MilestoneTemplate& t) { t.milestones.clear(); }, "template xen: expected at least one milestone, saw none"},
  }));
  auto t = test::xen_template();
  edit(t);
  const auto s = validate(t);
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().message == message);
}
