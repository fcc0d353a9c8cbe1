#include "planner/schedule/template.hpp"

#include <algorithm>
#include <array>

namespace relplan::schedule {

namespace {

constexpr std::array<const char*, 5> kind_names{"posting", "freeze", "branch", "release", "other"};

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string ids_above(const MilestoneTemplate& t, std::size_t end) {
  std::string out;
  for (std::size_t i = 0; i < end; ++i) out += (out.empty() ? "" : ", ") + t.milestones[i].id;
  return out;
}

Status check_reference(const MilestoneTemplate& t, const std::string& field, const std::string& id) {
  if (find_milestone(t, id)) return Ok{};
  return Error::expected(field, quoted(id), "a milestone of the template (" + ids_above(t, t.milestones.size()) + ")");
}

}  // namespace

std::string_view to_string(MilestoneKind kind) noexcept { return kind_names[static_cast<std::size_t>(kind)]; }

std::optional<MilestoneKind> parse_milestone_kind(std::string_view text) noexcept {
  for (std::size_t i = 0; i < kind_names.size(); ++i) {
    if (text == kind_names[i]) return static_cast<MilestoneKind>(i);
  }
  return std::nullopt;
}

std::optional<std::size_t> find_milestone(const MilestoneTemplate& t, std::string_view id) noexcept {
  for (std::size_t i = 0; i < t.milestones.size(); ++i) {
    if (t.milestones[i].id == id) return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> find_kind(const MilestoneTemplate& t, MilestoneKind kind) noexcept {
  for (std::size_t i = 0; i < t.milestones.size(); ++i) {
    if (t.milestones[i].kind == kind) return i;
  }
  return std::nullopt;
}

Status validate(const MilestoneTemplate& t) {
  const std::string where = "template " + t.id;
  if (t.milestones.empty()) return Error::expected(where, "none", "at least one milestone");
  for (std::size_t i = 0; i < t.milestones.size(); ++i) {
    const auto& m = t.milestones[i];
    const std::string field = "milestone " + quoted(m.id);
    if (m.id.empty() || m.name.empty()) return Error::expected(field, quoted(m.id), "a non-empty id and name");
    if (find_milestone(t, m.id) != i) return Error::expected(field + ": id", quoted(m.id), "an id used once");
    if (i == 0) {
      if (!m.relative_to.empty()) {
        return Error::expected(field + ": relative_to", quoted(m.relative_to),
                               "no anchor on the first milestone (it is the root)");
      }
      continue;
    }
    if (m.relative_to.empty()) {
      return Error{field + ": relative_to", "",
                   field + ": relative_to: required field is missing (only the first milestone has no anchor)"};
    }
    const auto anchor = find_milestone(t, m.relative_to);
    if (!anchor || *anchor >= i) {
      return Error::expected(field + ": relative_to", quoted(m.relative_to),
                             "a milestone declared above (" + ids_above(t, i) + ")");
    }
  }
  const auto releases = std::count_if(t.milestones.begin(), t.milestones.end(),
                                      [](const auto& m) { return m.kind == MilestoneKind::release; });
  if (releases != 1) {
    return Error::expected(where, std::to_string(releases), "exactly one milestone of kind release");
  }
  for (const auto kind : t.keep_in_blackouts) {
    if (kind == MilestoneKind::release) {
      return Error::expected("keep_in_blackouts", "'release'", "kinds of milestones other than release");
    }
  }
  if (t.rcs) {
    if (auto s = check_reference(t, "rcs: first", t.rcs->first); !s) return s;
    if (auto s = check_reference(t, "rcs: until", t.rcs->until); !s) return s;
    if (t.rcs->every.amount <= 0) {
      return Error::expected("rcs: every", quoted(to_string(t.rcs->every)), "a positive interval");
    }
    if (t.rcs->count && (*t.rcs->count < 1 || *t.rcs->count > max_template_rcs)) {
      return Error::expected("rcs: count", std::to_string(*t.rcs->count),
                             "1.." + std::to_string(max_template_rcs) + " RCs");
    }
  }
  return Ok{};
}

}  // namespace relplan::schedule
