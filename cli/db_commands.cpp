// relplan db init | import | export
#include <fstream>
#include <sstream>

#include "cli/common.hpp"
#include "cli/db_path.hpp"
#include "data/project/project_toml.hpp"
#include "data/store/store.hpp"

namespace relplan::cli {

namespace {

struct DbArgs {
  std::string db;
  bool empty = false;
  std::string file;
  std::string project;
  std::string out;
};

int run_init(const CLI::App* sub, const DbArgs& a) {
  auto db =
      open_database(sub, a.db, DbUse::create, a.empty ? std::span<const EmbeddedFile>{} : shipped_project_files());
  if (!db) return fail("db init", db.error());
  const auto& store = *db->store;
  std::cout << (store.created() ? "created " : "already present: ") << db->path << " (" << store.projects().size()
            << " projects, schema version " << store.schema_version() << ")\n";
  return success;
}

int run_import(const CLI::App* sub, const DbArgs& a) {
  std::ifstream in(a.file, std::ios::binary);
  if (!in) return fail("db import", Error::expected("FILE", "'" + a.file + "'", "a readable project TOML file"));
  std::ostringstream text;
  text << in.rdbuf();
  auto db = open_database(sub, a.db, DbUse::write);
  if (!db) return fail("db import", db.error());
  // Upstream links are checked against the projects already in the database.
  auto project = parse_project_toml(text.str(), a.file, CalendarRegistry::shipped(), project_lookup(*db->store));
  if (!project) return fail("db import", project.error());
  if (auto s = db->store->import_project(*project, "cli"); !s) return fail("db import", s.error());
  std::cout << "imported project " << project->id << " (" << project->releases.size() << " releases)\n";
  return success;
}

int run_export(const CLI::App* sub, const DbArgs& a) {
  // Without --out the project goes to stdout; `--out ''` is no way to say so.
  if (auto s = require_nonempty_if_given(sub, "--out", a.out, "a file to write"); !s)
    return fail("db export", s.error());
  auto db = open_database(sub, a.db, DbUse::read);
  if (!db) return fail("db export", db.error());
  auto project = db->store->project(a.project);
  if (!project) return fail("db export", project.error());
  const auto text = write_project_toml(*project);
  if (a.out.empty()) {
    std::cout << text;
    return success;
  }
  std::ofstream out(a.out, std::ios::binary);
  out << text;
  if (!out) return fail("db export", Error::expected("--out", "'" + a.out + "'", "a writable file"));
  return success;
}

}  // namespace

void add_db_commands(CLI::App& app) {
  auto args = std::make_shared<DbArgs>();
  auto* db = app.add_subcommand("db", "Create, import into and export from the SQLite store");
  db->require_subcommand(1);
  add_db_option(db, args->db);
  auto* init = db->add_subcommand("init", "Create the database and seed it with the sample projects");
  init->add_flag("--empty", args->empty, "Create it without the sample projects");
  on_run(init, [init, args] { return run_init(init, *args); });
  auto* import = db->add_subcommand("import", "Import a project file (TOML); replaces the project's definition");
  import->add_option("FILE", args->file, "Project TOML file (required)")->required();
  on_run(import, [import, args] { return run_import(import, *args); });
  auto* exp = db->add_subcommand("export", "Export a project as TOML (canonical form)");
  exp->add_option("PROJECT", args->project, "Project id, e.g. xen (required)")->required();
  exp->add_option("--out", args->out, "The file to write (default: stdout)");
  on_run(exp, [exp, args] { return run_export(exp, *args); });
  for (auto* sub : {init, import, exp}) add_db_option(sub, args->db);
}

}  // namespace relplan::cli
