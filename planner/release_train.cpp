#include "planner/release_train.hpp"

namespace relplan {

namespace {

Status validate(const ReleaseTrain& t) {
  if (auto s = t.cadence.validate(); !s) return s;
  if (auto s = t.window.validate(); !s) return s;
  if (auto s = t.adjustment.validate(); !s) return s;
  const auto& h = t.horizon;
  if (h.releases.has_value() == h.until.has_value()) {
    return Error{"horizon", "", "horizon: expected either a number of releases or an end date"};
  }
  if (h.releases && (*h.releases < 1 || *h.releases > max_releases)) {
    return Error::expected("horizon", std::to_string(*h.releases), "1.." + std::to_string(max_releases) + " releases");
  }
  if (h.until && *h.until < t.anchor.date) {
    return Error::expected("horizon", format_date(*h.until),
                           "an end date on or after the anchor " + format_date(t.anchor.date));
  }
  return Ok{};
}

// The actual dates by release index (a prefix of the releases), checked.
Result<std::vector<date::sys_days>> actual_dates(const ReleaseTrain& t, const VersionScheme& scheme, int first_minor) {
  std::vector<std::optional<date::sys_days>> by_index;
  for (const auto& a : t.actuals) {
    const std::string field = "actual release " + a.version;
    auto minor = scheme.require(a.version, field);
    if (!minor) return minor.error();
    const auto steps = scheme.steps(first_minor, *minor);
    if (!steps) {
      const std::string rule = *minor < first_minor || !scheme.major_minor()
                                   ? "a version from " + t.anchor.version + " on"
                                   : "a version of the train from " + t.anchor.version + " (" +
                                         scheme.format(scheme.advance(first_minor, 1)) + ", ...)";
      return Error::expected(field, "'" + a.version + "'", rule);
    }
    const int k = *steps;
    if (static_cast<std::size_t>(k) >= by_index.size()) by_index.resize(static_cast<std::size_t>(k) + 1);
    if (by_index[static_cast<std::size_t>(k)]) return Error{field, a.version, field + ": given twice"};
    by_index[static_cast<std::size_t>(k)] = a.date;
  }
  if (t.anchor.kind == AnchorKind::last_actual_release) {  // release 0 happened on the anchor date
    if (by_index.empty()) by_index.resize(1);
    if (!by_index[0]) by_index[0] = t.anchor.date;
  }
  std::vector<date::sys_days> out;
  for (std::size_t k = 0; k < by_index.size(); ++k) {
    const std::string version = scheme.format(scheme.advance(first_minor, static_cast<int>(k)));
    if (!by_index[k]) {
      return Error{"actual release " + version, "",
                   "actual release " + version +
                       ": no date, but a later release has one (actual dates are "
                       "given for the releases in order, without gaps)"};
    }
    if (k == 0 && t.anchor.kind == AnchorKind::last_actual_release && *by_index[k] != t.anchor.date) {
      return Error::expected("actual release " + version, format_date(*by_index[k]),
                             "the anchor date " + format_date(t.anchor.date));
    }
    if (!out.empty() && *by_index[k] <= out.back()) {
      return Error::expected("actual release " + version, format_date(*by_index[k]),
                             "a date after " + scheme.format(scheme.advance(first_minor, static_cast<int>(k) - 1)) +
                                 " (" + format_date(out.back()) + ")");
    }
    out.push_back(*by_index[k]);
  }
  return out;
}

}  // namespace

Result<VersionScheme> scheme_of(const ReleaseTrain& train) {
  if (train.version_scheme.empty()) return VersionScheme::continuing(train.anchor.version);
  return VersionScheme::parse(train.version_scheme);
}

Result<std::vector<PlannedRelease>> plan_releases(const ReleaseTrain& t) {
  if (auto s = validate(t); !s) return s.error();
  auto scheme = scheme_of(t);
  if (!scheme) return scheme.error();
  auto first_minor = scheme->require(t.anchor.version, "anchor version");
  if (!first_minor) return first_minor.error();
  auto actuals = actual_dates(t, *scheme, *first_minor);
  if (!actuals) return actuals.error();
  if (t.horizon.releases && actuals->size() > static_cast<std::size_t>(*t.horizon.releases)) {
    const auto last = scheme->format(scheme->advance(*first_minor, *t.horizon.releases - 1));
    const auto version = scheme->format(scheme->advance(*first_minor, static_cast<int>(actuals->size()) - 1));
    return Error{"actual release " + version, version,
                 "actual release " + version + ": after the horizon (" + t.anchor.version + ".." + last + ")"};
  }
  const Calendar* calendar = t.calendar ? &*t.calendar : nullptr;

  std::vector<PlannedRelease> out;
  if (t.horizon.releases) out.reserve(static_cast<std::size_t>(*t.horizon.releases));
  for (int k = 0;; ++k) {
    if (t.horizon.releases && k >= *t.horizon.releases) break;
    if (k == max_releases) {
      return Error::expected("horizon", format_date(*t.horizon.until),
                             "an end date that leaves at most " + std::to_string(max_releases) + " releases");
    }
    PlannedRelease r;
    r.index = k;
    r.minor = scheme->advance(*first_minor, k);
    r.version = scheme->format(r.minor);
    const auto context = [&] { return "release " + r.version; };
    // The grid origin: the anchor, or (shift_grid) the latest actual date before k.
    int origin_index = 0;
    date::sys_days origin = t.anchor.date;
    if (t.slip == SlipPolicy::shift_grid && k > 0 && !actuals->empty()) {
      origin_index = std::min(k - 1, static_cast<int>(actuals->size()) - 1);
      origin = (*actuals)[static_cast<std::size_t>(origin_index)];
    }
    auto nominal = t.cadence.step(origin, k - origin_index, t.month_end);
    if (!nominal) return nominal.error().in(context());
    r.nominal = *nominal;
    if (t.horizon.until && r.nominal > *t.horizon.until) {
      if (static_cast<std::size_t>(k) < actuals->size()) {
        return Error{"actual release " + r.version, r.version,
                     "actual release " + r.version + ": after the horizon (nominal dates to " +
                         format_date(*t.horizon.until) + ")"};
      }
      break;
    }
    if (static_cast<std::size_t>(k) < actuals->size()) r.actual = (*actuals)[static_cast<std::size_t>(k)];
    if (k == 0 && t.anchor.kind == AnchorKind::last_actual_release) {
      r.planned = r.nominal;
      r.actual = r.nominal;
    } else {
      auto placed = place_release(r.nominal, calendar, t.window, t.adjustment);
      if (!placed) return placed.error().in(context() + " (nominal " + format_date(r.nominal) + ")");
      r.planned = placed->planned;
      r.reasons = std::move(placed.value().reasons);  // value() &: operator-> is const and would copy
    }
    r.shift_days = static_cast<int>((r.planned - r.nominal).count());
    if (!r.actual && !out.empty() && r.planned <= out.back().released()) {
      const auto& prev = out.back();
      return Error{"release " + r.version, format_date(r.planned),
                   context() + " (nominal " + format_date(r.nominal) + "): planned " + format_date(r.planned) +
                       " is not after " + prev.version + " (released " + format_date(prev.released()) + ")"};
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace relplan
