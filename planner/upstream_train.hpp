#pragma once
// A downstream project planned on an upstream train: each coming downstream release follows one
// upstream release by a fixed number of weeks ("OpenXT releases 8 weeks after the Xen it ships").
//
// From the downstream's latest release L (version, date) and the upstream's releases U1, U2, ... (in
// release order, actual dates where they happened, else planned), the followed upstream releases are
// those newer than the one L ships (`shipped`, when known) whose follow date is after L:
//   nominal(k) = date(U_k) + weeks_after weeks;
//   planned(k) = place_release(nominal(k)), moving later only (release_window.hpp: working days of
//                the downstream's team calendar, its weekdays, at most max_shift_days);
//   version(k) = the scheme's version after L's, k steps on (VersionScheme::format).
// Release 0 is L itself (actual). When the upstream slips, its planned dates move and so do these:
// the plan is recomputed from the upstream's plan each time. Errors name the release and the rule:
//   release 9.1 (nominal 2027-04-27): no allowed release day within 14 days (max_shift_days)
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "planner/release_train.hpp"

namespace relplan {

struct UpstreamRelease {
  std::string version;
  date::sys_days date;
  bool actual = false;
};

struct FollowRule {
  int weeks_after = 0;      // 0..104
  Status validate() const;  // "weeks_after: expected 0..104 weeks, saw 200"
};

struct FollowedRelease {
  PlannedRelease release;
  std::optional<UpstreamRelease> upstream;  // none for release 0 when its upstream is not known
};

// `upstream`: the upstream's releases in order; `shipped`: the upstream version L ships, if known;
// `count`: how many coming releases (1..max_releases).
Result<std::vector<FollowedRelease>> follow_upstream(const ActualRelease& latest, const VersionScheme& scheme,
                                                     std::span<const UpstreamRelease> upstream,
                                                     const std::optional<std::string>& shipped, const FollowRule& rule,
                                                     int count, const ReleaseWindow& window, const Calendar* calendar,
                                                     int max_shift_days);

}  // namespace relplan
