#pragma once
// A milestone template: the named milestones of one release of a project, each relative to another
// milestone, plus the RC series. It is data (data/templates/*.toml); this header is its engine form.
//
// The milestones form a tree written top-down: the first milestone is the root (no anchor); every
// later one names an anchor declared above it and an offset from the anchor's date, optionally pinned
// to a weekday. The Xen Project template (data/templates/xen.toml) is a chain rooted at the last
// posting date:
//   last posting (a Friday)           root
//   feature freeze   = last posting + 3 weeks
//   code freeze      = feature freeze + 2 weeks
//   hard code freeze = code freeze + 3 weeks
//   final commits    = hard code freeze + 2 weeks
//   release          = final commits + 0 days, pinned to the Wednesday after
// A template may as well be rooted at the release ("final commits = release - 1 day, pinned to the
// Friday on or before"); milestones.hpp plans from any milestone of either kind of tree.
//
// Freeze: milestones marked `freeze` lie inside the freeze. The span from a freeze milestone's anchor to
// it, when both are freeze milestones, is a freeze phase, lengthened by the working days blackout
// windows take out of it (see milestones.hpp).
#include <optional>
#include <string>
#include <vector>

#include "planner/schedule/steps.hpp"

namespace relplan::schedule {

enum class MilestoneKind { posting, freeze, branch, release, other };
std::string_view to_string(MilestoneKind kind) noexcept;
std::optional<MilestoneKind> parse_milestone_kind(std::string_view text) noexcept;

struct MilestoneRule {
  std::string id;    // "feature_freeze": unique, used by anchors, RC series and stable calendar UIDs
  std::string name;  // "Feature freeze"
  MilestoneKind kind = MilestoneKind::other;
  std::string relative_to;               // the anchor's id; empty only for the first milestone (the root)
  Offset offset;                         // from the anchor's date
  std::optional<WeekdayPin> pin;         // applied after the offset
  std::optional<Adjustment> adjustment;  // overrides the template's convention
  bool freeze = false;
  std::string source;  // where the rule comes from (shown by nothing; kept for people reading files)
  bool operator==(const MilestoneRule&) const = default;
};

// RC1 `offset` after the date of milestone `first`, then one every `every` until (and including)
// milestone `until`; with `count`, at most that many (a series fitted to a project's history says how
// many RCs its releases had: planner/schedule/fit.hpp).
inline constexpr int max_template_rcs = 99;

struct RcSeries {
  std::string first;
  Offset every{1, Unit::weeks};
  std::string until;
  std::string prefix = "RC";  // RC1, RC2, ...
  Offset offset{0, Unit::days};
  std::optional<int> count;  // 1..max_template_rcs
  bool operator==(const RcSeries&) const = default;
};

struct MilestoneTemplate {
  std::string id;                                 // "xen"
  std::string name;                               // "Xen Project hypervisor"
  Adjustment adjustment = Adjustment::following;  // moves a milestone off a day that is not a working day
  // Kinds of milestones that may fall inside a blackout window: deadlines the team meets before it
  // leaves (Xen 4.20's feature freeze was Fri 2024-12-20, the first day of the year-end blackout).
  // They are moved off weekends and holidays only; blackouts still lengthen the freeze phases
  // (milestones.hpp). Other kinds (always the release) are moved off blackout days too.
  std::vector<MilestoneKind> keep_in_blackouts;
  std::vector<MilestoneRule> milestones;
  std::optional<RcSeries> rcs;
  bool operator==(const MilestoneTemplate&) const = default;
};

// Structural checks; the first failure is the error, e.g.
//   milestone 'code_freeze': relative_to: expected a milestone declared above (last_posting,
//   feature_freeze), saw 'hard_code_freeze'
//   template xen: expected exactly one milestone of kind release, saw 0
Status validate(const MilestoneTemplate& t);

// Index of the milestone with this id, or nullopt.
std::optional<std::size_t> find_milestone(const MilestoneTemplate& t, std::string_view id) noexcept;
// Index of the first milestone of this kind, or nullopt.
std::optional<std::size_t> find_kind(const MilestoneTemplate& t, MilestoneKind kind) noexcept;

}  // namespace relplan::schedule
