#pragma once
// Security embargoes: what advisories whose fixes must be in a release do to its date.
//
// Disclosure (DisclosurePolicy; defaults from the Xen Project security policy,
// https://xenproject.org/developers/security-policy/: one working week from report to predisclosure,
// two working weeks from predisclosure to public disclosure, advisories public at 12:00 UTC):
//   predisclosure = report + 5 working days;
//   public        = predisclosure + 10 working days, at 12:00 UTC   (when no public instant is given).
//
// Rules (EmbargoRules), for the advisories whose fix must be in the release; P is the latest of their
// public instants (the post-embargo RC must contain every fix):
//   1. No public RC or release contains a fix before its public instant.
//   2. The post-embargo RC is cut on P's (UTC) day when that day is a working day and P is before the
//      end of the team's working hours (default 09:00-17:00 UTC), at max(P, the start of the working
//      hours); otherwise at the start of the next working day. (An instant before the working hours of a
//      working day is within that day: the RC is cut when work starts.)
//   3. Testing is the RC soak: the `rc_soak` working days after the RC day, the RC day not counted;
//      testing ends on the soak's last working day. A soak of 0 ends on the RC day.
//   4. Tarballs are built the day testing ends.
//   5. The earliest release is the first working day strictly after the tarball day whose weekday is an
//      allowed release weekday (PressPolicy, default Tue-Thu).
// Worked example (tests/planner/schedule/embargo_test.cpp), US+GB-ENG+DE, XSA-307 public Wed 2019-12-11
// 12:00 UTC: RC cut Wed 12-11 12:00 UTC; soak 2: testing Thu 12 + Fri 13, ends Fri 12-13, tarballs Fri
// 12-13, earliest release Tue 12-17 (Mon 16 is not a release weekday). Soak 3: testing ends Mon 12-16,
// earliest release Tue 12-17.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "calendars/types.hpp"
#include "planner/schedule/steps.hpp"

namespace relplan::schedule {

struct Advisory {
  std::string id;                              // "XSA-307"
  std::optional<date::sys_seconds> public_at;  // UTC; derived from `reported` when absent
  std::optional<date::sys_days> reported;
  bool fix_in_release = true;
};

struct DisclosurePolicy {
  Offset predisclosure{5, Unit::working_days};               // after the report
  Offset public_after{10, Unit::working_days};               // after predisclosure
  std::chrono::minutes public_time{std::chrono::hours{12}};  // time of day, UTC
  bool operator==(const DisclosurePolicy&) const = default;
};

struct EmbargoRules {
  std::chrono::minutes work_start{std::chrono::hours{9}};  // the team's working hours, UTC
  std::chrono::minutes work_end{std::chrono::hours{17}};
  Offset rc_soak{2, Unit::working_days};
  bool operator==(const EmbargoRules&) const = default;
};

struct AdvisoryDates {
  std::string id;
  date::sys_seconds public_at;
  std::optional<date::sys_days> reported;
  std::optional<date::sys_days> predisclosure;
  bool fix_in_release = true;
};

struct PostEmbargo {
  std::string after;  // the advisory with the latest public instant
  date::sys_seconds public_at;
  date::sys_days rc;
  date::sys_seconds rc_at;
  date::sys_days testing_ends;
  date::sys_days tarballs;
  date::sys_days earliest_release;
};

struct EmbargoPlan {
  std::vector<AdvisoryDates> advisories;  // in the order given
  std::optional<PostEmbargo> post;        // none when no fix must be in the release
};

Status validate(const DisclosurePolicy& policy);
Status validate(const EmbargoRules& rules);

// `working` is the team's calendar with blackouts.
Result<EmbargoPlan> plan_embargoes(const Calendar& working, std::span<const Advisory> advisories,
                                   const DisclosurePolicy& disclosure, const EmbargoRules& rules,
                                   WeekdaySet release_weekdays);

// "Wed 2019-12-11 12:00 UTC".
std::string instant_label(date::sys_seconds t);

}  // namespace relplan::schedule
