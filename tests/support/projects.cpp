#include "tests/support/projects.hpp"

#include <stdexcept>

#include "data/project/project_toml.hpp"
#include "data/store/store.hpp"

namespace relplan::test {

Project shipped_project(const std::string& id) {
  for (const auto& f : shipped_project_files()) {
    auto p = parse_project_toml(f.text, f.path).value();
    if (p.id == id) return p;
  }
  throw std::runtime_error("no shipped project " + id);
}

int security_supported_on(const nlohmann::json& timeline, const std::string& day) {
  int count = 0;
  for (const auto& step : timeline) {
    if (step["date"].get<std::string>() <= day) count = step["security_supported"].get<int>();
  }
  return count;
}

}  // namespace relplan::test
