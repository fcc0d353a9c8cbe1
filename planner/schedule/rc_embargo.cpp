#include "planner/schedule/rc_embargo.hpp"

namespace relplan::schedule {

HeldRcs hold_rcs(const std::vector<Rc>& planned, const PostEmbargo& post, const std::string& prefix) {
  HeldRcs out;
  const auto cut = post.rc;
  const std::string why = post.after + " is public " + instant_label(post.public_at);
  // The last planned RC on or before the cut day.
  std::size_t held = planned.size();
  for (std::size_t i = 0; i < planned.size(); ++i) {
    if (planned[i].date <= cut) held = i;
  }
  if (held == planned.size()) out.rcs.push_back({"", cut, std::nullopt, "post-embargo RC: " + why});
  for (std::size_t i = 0; i < planned.size(); ++i) {
    Rc rc = planned[i];
    if (i == held) {
      if (rc.date < cut) {
        rc.note = "held from " + day_label(rc.date) + " to " + day_label(cut) + ": " + why;
        rc.held_from = rc.date;
        rc.date = cut;
      } else {
        rc.note = "post-embargo RC: " + why;
      }
    } else if (rc.date > cut && rc.date <= post.testing_ends) {
      rc.note = "within the soak of the post-embargo RC (testing ends " + day_label(post.testing_ends) + ")";
      out.dropped.push_back(std::move(rc));
      continue;
    }
    out.rcs.push_back(std::move(rc));
  }
  for (std::size_t i = 0; i < out.rcs.size(); ++i) out.rcs[i].name = prefix + std::to_string(i + 1);
  return out;
}

}  // namespace relplan::schedule
