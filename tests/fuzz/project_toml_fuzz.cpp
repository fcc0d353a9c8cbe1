// libFuzzer harness 2: one project file (relplan db import FILE, the shipped data/projects/*.toml),
// read; then written back and read again, which must give the same text and the same project (the
// canonical form's contract, data/project/project_toml.hpp); then planned as `relplan release` and
// `relplan branches` plan it.
#include "data/project/project_branches.hpp"
#include "data/project/project_plan.hpp"
#include "data/project/project_toml.hpp"
#include "data/scenario/scenario_spec.hpp"
#include "tests/fuzz/fuzz_support.hpp"

using namespace relplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto project = parse_project_toml(fuzz::text_of(data, size), "fuzz.toml");
  if (!project) return 0;
  const auto text = write_project_toml(*project);
  auto again = parse_project_toml(text, "written.toml");
  if (!again) fuzz::finding("the written project does not read back: " + again.error().message, text);
  if (const auto twice = write_project_toml(*again); twice != text) {
    fuzz::finding("export -> import -> export changed the text", text + "\n-----\n" + twice);
  }
  if (!(*again == *project)) fuzz::finding("export -> import changed the project", text);

  if (auto train = project_train(*project, 3, CalendarRegistry::shipped())) (void)plan_releases(*train);
  (void)project_branches(*project, std::nullopt);
  return 0;
}
