#pragma once
// The RC series around a security embargo: no RC contains a fix before its public instant, so the RC
// whose window would need a still-embargoed fix waits for the post-embargo cut (embargo.hpp, rule 2).
//
// With the post-embargo RC cut on day C (PostEmbargo::rc) and testing ending on day T (C <= T), from the
// RCs the template plans (rcs.hpp), in date order:
//   - held:    the last planned RC dated before C (its next planned RC, or the release, comes after C)
//              moves to C, the cut:
//                "held from Fri 2019-12-06 to Wed 2019-12-11: XSA-307 is public Wed 2019-12-11 12:00 UTC";
//              a planned RC dated C itself is the post-embargo RC and stays:
//                "post-embargo RC: XSA-307 is public Wed 2019-12-11 12:00 UTC";
//              when no planned RC is dated on or before C, the post-embargo RC is added on C with that note;
//   - dropped: RCs planned after C and on or before T (no RC during the soak of the post-embargo RC), each
//              with its planned name and a note:
//                "within the soak of the post-embargo RC (testing ends Mon 2019-12-16)";
//   - kept:    the others, unchanged;
//   and the series is renumbered <prefix>1..n in date order.
// December 2019 (Xen template, release Tue 2019-12-17, XSA-307 public Wed 2019-12-11 12:00 UTC, soak 3):
// planned RC1 11-08 .. RC5 12-06, RC6 12-13; RC5 is held to Wed 12-11, RC6 (Fri 12-13, within the soak
// ending Mon 12-16) is dropped: RC1 11-08, RC2 11-15, RC3 11-22, RC4 11-29, RC5 12-11 (held from 12-06).
// A template without an RC series has no RCs to hold and none is added.
#include <string>
#include <vector>

#include "planner/schedule/embargo.hpp"
#include "planner/schedule/milestones.hpp"

namespace relplan::schedule {

struct HeldRcs {
  std::vector<Rc> rcs;      // the series, renumbered
  std::vector<Rc> dropped;  // with their planned names
};

HeldRcs hold_rcs(const std::vector<Rc>& planned, const PostEmbargo& post, const std::string& prefix);

}  // namespace relplan::schedule
