#pragma once
// Fitting a milestone template to a project's recorded schedules: the phase lengths and the RC series
// its release managers actually planned, instead of one era's template.
//
// Input: the template (its milestones, anchors, units and pins are kept) and the recorded schedules to
// learn from (the caller chooses them: the last N releases, or those before a version), each the
// planned date of some of the template's milestones and the days of the release's RC tags.
//
// The schedules are weighted 1, 2, ..., k from the oldest to the newest: a project's process changes
// forward, so on equal evidence the newer practice wins, and one odd release does not outvote two.
//
// Phases. For each milestone m with an anchor a, over the recorded schedules that have both dates:
//   predicted(n) = pin(step(date(a), n units))       the rule's nominal date, as the release manager
//                                                    wrote it ("Fri, +4 weeks from feature freeze"):
//                                                    no blackout extension and no adjustment, which
//                                                    the plan then applies;
//   the fitted offset is the whole n (in the template's unit for m: days, weeks or working days of the
//   team calendar) with the least weighted total |predicted(n) - recorded(m)| in days: the weighted
//   median gap, for a rule without a pin. A tie goes to the n with the least error on the newest
//   schedule, then to the template's own offset, then to the n nearest the weighted median gap, then
//   to the smaller n. Example (tests/planner/schedule/fit_test.cpp): code freeze gaps 14, 14, 28 days
//   (oldest first) weigh 3 and 3: the newest practice, 4 weeks, wins; a release pinned to "the
//   Wednesday after final commits" fits 0..4 days alike and keeps the template's 0 days.
//   A milestone no schedule records both dates for keeps its offset (PhaseFit::versions is empty).
// RCs. Over the schedules with RC days:
//   every  = the median gap between consecutive RCs (all gaps, unweighted), in the template series'
//            unit (at least 1);
//   count  = the weighted median number of RCs;
//   first  = the template's `first` milestone, offset = the whole number of days (written in weeks
//            when a multiple of 7; negative when RC1 came before it) from it to RC1 with the least
//            weighted error, as for phases;
//   until  = the template's.
// Medians: the weighted median is the least value whose cumulative weight reaches half the total;
// the plain median of an even count is the lower middle value. Nothing to learn from (no schedule)
// is an error; recorded milestones the template does not have (a separate branch date) are not used.
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "planner/schedule/milestones.hpp"

namespace relplan::schedule {

// One release's published schedule: planned dates by milestone id, and its RC tags' days.
struct RecordedSchedule {
  std::string version;
  std::vector<std::pair<std::string, date::sys_days>> milestones;  // id and planned date
  std::vector<date::sys_days> rcs;                                 // RC1 first
  std::string source;
  std::string rc_source;
  bool operator==(const RecordedSchedule&) const = default;
};

// The planned date of milestone `id` in `s`, if recorded.
std::optional<date::sys_days> recorded_date(const RecordedSchedule& s, std::string_view id) noexcept;

struct PhaseFit {
  std::string milestone;
  std::string anchor;
  Offset was;
  Offset fitted;
  std::vector<std::string> versions;  // the releases it was fitted on
  std::vector<int> gaps;              // recorded date(m) - date(a), calendar days, per version
  int total_error = 0;                // days, of the fitted offset over those releases
};

struct RcFit {
  std::vector<std::string> versions;
  std::vector<int> counts;    // RCs per version
  std::vector<int> gaps;      // every recorded gap between consecutive RCs, days
  std::vector<int> rc1_days;  // RC1 - date(first), days, per version
  RcSeries was;
  RcSeries fitted;
};

struct TemplateFit {
  MilestoneTemplate fitted;
  std::vector<std::string> versions;  // the schedules learnt from, in the order given
  std::vector<PhaseFit> phases;       // one per non-root milestone, template order
  std::optional<RcFit> rcs;           // none without an RC series or RC days
};

Result<TemplateFit> fit_template(const MilestoneTemplate& t, std::span<const RecordedSchedule> history,
                                 const ScheduleCalendars& cals);

}  // namespace relplan::schedule
