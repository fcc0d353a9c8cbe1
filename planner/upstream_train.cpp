#include "planner/upstream_train.hpp"

namespace relplan {

Status FollowRule::validate() const {
  if (weeks_after < 0 || weeks_after > 104) {
    return Error::expected("weeks_after", std::to_string(weeks_after), "0..104 weeks");
  }
  return Ok{};
}

Result<std::vector<FollowedRelease>> follow_upstream(const ActualRelease& latest, const VersionScheme& scheme,
                                                     std::span<const UpstreamRelease> upstream,
                                                     const std::optional<std::string>& shipped, const FollowRule& rule,
                                                     int count, const ReleaseWindow& window, const Calendar* calendar,
                                                     int max_shift_days) {
  if (auto s = rule.validate(); !s) return s.error();
  if (count < 1 || count > max_releases) {
    return Error::expected("releases", std::to_string(count), "1.." + std::to_string(max_releases));
  }
  auto minor = scheme.require(latest.version, "version");
  if (!minor) return minor.error();
  std::vector<FollowedRelease> out;
  PlannedRelease anchor{0, *minor, latest.version, latest.date, latest.date, 0, {}, latest.date};
  std::optional<UpstreamRelease> anchor_upstream;
  std::size_t first = 0;
  if (shipped) {
    for (std::size_t i = 0; i < upstream.size(); ++i) {
      if (upstream[i].version == *shipped) {
        anchor_upstream = upstream[i];
        first = i + 1;
      }
    }
  }
  out.push_back({anchor, anchor_upstream});
  const ReleaseAdjustment adjustment{ShiftDirection::later, max_shift_days};
  date::sys_days previous = latest.date;
  for (std::size_t i = first; i < upstream.size() && static_cast<int>(out.size()) <= count; ++i) {
    const auto nominal = upstream[i].date + date::days{7 * rule.weeks_after};
    if (nominal <= latest.date) continue;  // followed already, or too old to follow
    const int k = static_cast<int>(out.size());
    const auto version = scheme.format(*minor + k);
    auto placed = place_release(nominal, calendar, window, adjustment);
    if (!placed) return placed.error().in("release " + version + " (nominal " + format_date(nominal) + ")");
    if (placed->planned <= previous) {
      return Error::about("release " + version, format_date(placed->planned),
                          "planned " + format_date(placed->planned) + " is not after " + out.back().release.version +
                              " (" + format_date(previous) + ")");
    }
    PlannedRelease r{k,
                     *minor + k,
                     version,
                     nominal,
                     placed->planned,
                     static_cast<int>((placed->planned - nominal).count()),
                     std::move(placed->reasons),
                     std::nullopt};
    previous = r.planned;
    out.push_back({std::move(r), upstream[i]});
  }
  return out;
}

}  // namespace relplan
