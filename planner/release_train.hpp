#pragma once
// A release train: from a cadence, an anchor and a horizon to the list of releases with their
// nominal and planned dates (and actual dates, where known).
//
// Release 0 is the anchor release (the anchor's version, e.g. 4.11); release k has version minor+k.
//   - Anchor kind first_release: the anchor date is release 0's nominal date, placed like any other.
//   - Anchor kind last_actual_release: release 0 happened on the anchor date (nominal = planned =
//     actual, no shift); the plan continues from it.
// Horizon: a number of releases (release 0 included), or an end date (every release whose nominal
// date is on or before it).
// Nominal date of release k: origin + (k - i)*cadence, where the origin is release i's date:
//   - keep_grid, or no actual dates: the origin is the anchor (i = 0) for every k; a slipped release
//     shortens the next cycle and leaves the grid alone;
//   - shift_grid: the origin is the actual date of the latest release before k that has one.
// Example (8 months, anchor 4.11 on 2018-07-10, 4.12 actually released 2019-04-02):
//   keep_grid: 4.13 nominal 2019-11-10, 4.14 2020-07-10;
//   shift_grid: 4.13 nominal 2019-12-02, 4.14 2020-08-02.
// Actual dates must be known for a prefix of the releases (release j has one only if j-1 has one;
// a last_actual_release anchor gives release 0 its date), in increasing order. Each planned date
// must be after the day the previous release happened (actual, else planned), e.g.
//   release 4.13 (nominal 2019-11-10): planned 2019-11-10 is not after 4.12 (released 2019-11-20)
#include <optional>
#include <string>
#include <vector>

#include "calendars/calendar.hpp"
#include "planner/cadence.hpp"
#include "planner/release_window.hpp"
#include "planner/version_scheme.hpp"

namespace relplan {

enum class AnchorKind { first_release, last_actual_release };
enum class SlipPolicy { shift_grid, keep_grid };

struct Anchor {
  date::sys_days date;
  std::string version;  // "4.11"
  AnchorKind kind = AnchorKind::first_release;
};

struct Horizon {
  std::optional<int> releases;          // 1..max_releases, release 0 included
  std::optional<date::sys_days> until;  // the last nominal date allowed
  static Horizon count(int n) { return {n, std::nullopt}; }
  static Horizon through(date::sys_days d) { return {std::nullopt, d}; }
};
inline constexpr int max_releases = 1000;

struct ActualRelease {
  std::string version;
  date::sys_days date;
};

struct ReleaseTrain {
  Cadence cadence;
  Anchor anchor;
  Horizon horizon;
  ReleaseWindow window;
  std::optional<Calendar> calendar;  // the team calendar: joined, blackouts applied (with_blackouts)
  ReleaseAdjustment adjustment;
  MonthEnd month_end = MonthEnd::clamp;
  SlipPolicy slip = SlipPolicy::keep_grid;
  std::vector<ActualRelease> actuals;
  std::string version_scheme;  // "4.{minor}"; empty: the scheme continuing the anchor's version
};

struct PlannedRelease {
  int index = 0;  // 0 = the anchor release
  int minor = 0;
  std::string version;
  date::sys_days nominal;
  date::sys_days planned;
  int shift_days = 0;  // planned - nominal
  std::vector<ShiftReason> reasons;
  std::optional<date::sys_days> actual;
  date::sys_days released() const noexcept { return actual.value_or(planned); }
};

// The scheme a train uses (its version_scheme, or the one continuing the anchor's version).
Result<VersionScheme> scheme_of(const ReleaseTrain& train);

// Every release of the train within the horizon. Errors name the release and the rule, e.g.
//   release 4.14 (nominal 2020-12-22): no allowed release day within 3 days (max_shift_days)
Result<std::vector<PlannedRelease>> plan_releases(const ReleaseTrain& train);

}  // namespace relplan
