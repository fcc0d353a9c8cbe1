#include "data/store/schema.hpp"

#include <array>

namespace relplan::schema {

namespace {
constexpr std::array<const char*, 3> all{
    // 1: projects, their releases and calendar overrides; scenarios with versions; advisories;
    //    plan snapshots; the audit log.
    R"sql(
      CREATE TABLE projects (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        definition TEXT NOT NULL,             -- canonical project TOML without its releases
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
      );
      CREATE TABLE releases (
        project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        position INTEGER NOT NULL,            -- release order within the project
        released TEXT NOT NULL,               -- the actual release date, YYYY-MM-DD
        general_until TEXT,
        security_until TEXT,
        source TEXT NOT NULL,
        PRIMARY KEY (project_id, version)
      );
      CREATE TABLE calendar_overrides (
        project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        off INTEGER NOT NULL CHECK (off IN (0, 1)),
        name TEXT NOT NULL,
        PRIMARY KEY (project_id, date)
      );
      CREATE TABLE scenarios (
        id INTEGER PRIMARY KEY,
        project_id TEXT REFERENCES projects(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        UNIQUE (project_id, name)
      );
      CREATE TABLE scenario_versions (
        scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        body TEXT NOT NULL,
        author TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        PRIMARY KEY (scenario_id, version)
      );
      CREATE TABLE advisories (
        project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        public_utc TEXT NOT NULL,
        report_date TEXT,
        fix_in_release INTEGER NOT NULL DEFAULT 1,
        details TEXT NOT NULL DEFAULT '',     -- confidential until public_utc
        PRIMARY KEY (project_id, id)
      );
      CREATE TABLE plan_snapshots (
        id INTEGER PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        body TEXT NOT NULL,
        taken_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
      );
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
      );
    )sql",
    // 2: API tokens, stored as SHA-256 hashes; the token itself is shown once, when created.
    R"sql(
      CREATE TABLE tokens (
        hash TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('editor', 'security')),
        label TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
      );
    )sql",
    // 3: the upstream branch each release ships (project file: release upstream = {...}).
    R"sql(
      ALTER TABLE releases ADD COLUMN upstream_project TEXT;
      ALTER TABLE releases ADD COLUMN upstream_version TEXT;
      ALTER TABLE releases ADD COLUMN upstream_source TEXT;
    )sql",
};
}  // namespace

std::span<const char* const> migrations() { return all; }

}  // namespace relplan::schema
