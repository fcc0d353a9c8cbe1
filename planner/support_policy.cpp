#include "planner/support_policy.hpp"

#include <algorithm>

#include "planner/month_math.hpp"

namespace relplan {

namespace {

// A policy with its versions resolved to minor numbers.
struct Compiled {
  const SupportPolicy* policy;
  std::optional<int> from;
  std::optional<int> to;
  std::vector<int> versions;
  std::optional<int> every_from;

  // `minor`: the version's number; `series`: the number LTS rules count (VersionScheme::series).
  bool covers(int minor, int series, date::sys_days released) const {
    const auto& p = *policy;
    if ((from && minor < *from) || (to && minor > *to)) return false;
    if (!versions.empty() && std::find(versions.begin(), versions.end(), minor) == versions.end()) return false;
    if (p.every && (series < *every_from || (series - *every_from) % p.every->n != 0)) return false;
    if (p.parity && (series % 2 == 0) != (*p.parity == Parity::even)) return false;
    return p.reach != PolicyReach::released_since_decision || released >= *p.decided;
  }
};

Status check_length(const std::optional<SupportLength>& length, const std::string& field) {
  if (!length) return Ok{};
  if (const auto* m = std::get_if<SupportMonths>(&*length)) {
    if (m->months < 1 || m->months > max_support_months) {
      return Error::expected(field + " months", std::to_string(m->months), "1.." + std::to_string(max_support_months));
    }
  } else if (const auto n = std::get<SupportLastN>(*length).releases; n < 1 || n > max_last_n) {
    return Error::expected(field + " last releases", std::to_string(n), "1.." + std::to_string(max_last_n));
  }
  return Ok{};
}

Result<Compiled> compile(const SupportPolicy& p, const VersionScheme& scheme) {
  const std::string context = "support policy '" + p.name + "'";
  auto version = [&](const std::string& text, const char* field) -> Result<int> {
    auto m = scheme.require(text, field);
    if (!m) return m.error().in(context);
    return *m;
  };
  if (p.name.empty()) return Error::expected("support policy", "''", "a name");
  if (!p.general && !p.security) {
    return Error{context, p.name, context + ": sets neither general nor security support"};
  }
  if (auto s = check_length(p.general, "general"); !s) return s.error().in(context);
  if (auto s = check_length(p.security, "security"); !s) return s.error().in(context);
  if (p.reach == PolicyReach::released_since_decision && !p.decided) {
    return Error{context, p.name, context + ": reach released_since_decision needs a decision date"};
  }
  Compiled c{&p, {}, {}, {}, {}};
  if (p.from_version) {
    auto m = version(*p.from_version, "from_version");
    if (!m) return m.error();
    c.from = *m;
  }
  if (p.to_version) {
    auto m = version(*p.to_version, "to_version");
    if (!m) return m.error();
    c.to = *m;
  }
  for (const auto& v : p.versions) {
    auto m = version(v, "versions");
    if (!m) return m.error();
    c.versions.push_back(*m);
  }
  if (p.every) {
    if (p.every->n < 1 || p.every->n > max_last_n) {
      return Error::expected("every", std::to_string(p.every->n), "n in 1.." + std::to_string(max_last_n)).in(context);
    }
    auto m = version(p.every->starting_at, "every: starting_at");
    if (!m) return m.error();
    c.every_from = scheme.series(*m);
  }
  return c;
}

// The end a length gives branch k, or nullopt when it is open.
std::optional<date::sys_days> end_of(const SupportLength& length, std::span<const PlannedRelease> releases,
                                     std::size_t k) {
  const auto released = releases[k].released();
  if (const auto* m = std::get_if<SupportMonths>(&length)) return add_months_clamped(released, m->months);
  const auto newer = k + static_cast<std::size_t>(std::get<SupportLastN>(length).releases);
  if (newer >= releases.size()) return std::nullopt;
  return releases[newer].released() - date::days{1};
}

}  // namespace

Result<std::vector<Branch>> support_branches(std::span<const PlannedRelease> releases,
                                             std::span<const SupportPolicy> policies, const VersionScheme& scheme,
                                             std::optional<date::sys_days> as_known_on) {
  std::vector<Compiled> known;
  for (const auto& p : policies) {
    auto c = compile(p, scheme);  // every policy is validated, known on the date or not
    if (!c) return c.error();
    if (!as_known_on || !p.decided || *p.decided <= *as_known_on) known.push_back(std::move(c).value());
  }
  std::stable_sort(known.begin(), known.end(), [](const Compiled& a, const Compiled& b) {
    return a.policy->decided.value_or(date::sys_days::min()) < b.policy->decided.value_or(date::sys_days::min());
  });
  std::vector<Branch> out;
  out.reserve(releases.size());
  for (std::size_t k = 0; k < releases.size(); ++k) {
    const auto& r = releases[k];
    Branch b{r.version, r.released(), {}, {}, {}, {}, {}};
    const SupportPolicy* general = nullptr;
    const SupportPolicy* security = nullptr;
    for (const auto& c : known) {
      if (!c.covers(r.minor, scheme.series(r.minor), b.released)) continue;
      if (c.policy->general) general = c.policy;
      if (c.policy->security) security = c.policy;
    }
    for (const auto& [p, what] : {std::pair{general, "general"}, std::pair{security, "security"}}) {
      if (p != nullptr) continue;
      const std::string known_on = as_known_on ? " (policies known on " + format_date(*as_known_on) + ")" : "";
      return Error{"branch " + r.version, r.version,
                   "branch " + r.version + ": no support policy sets its " + what + " support" + known_on};
    }
    b.general_until = end_of(*general->general, releases, k);
    b.security_until = end_of(*security->security, releases, k);
    b.general_policy = general->name;
    b.security_policy = security->name;
    b.basis = general->basis == "policy" ? security->basis : general->basis;
    out.push_back(std::move(b));
  }
  return out;
}

}  // namespace relplan
