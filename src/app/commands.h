#pragma once
// The sub-commands of `pathway`. Each adds itself to the command line and runs when chosen.
#include <CLI/CLI.hpp>

namespace pathway::app {

void add_serve_command(CLI::App& app);
void add_data_commands(CLI::App& app);   // migrate, demo, import, export
void add_user_command(CLI::App& app);
void add_copy_command(CLI::App& app);   // copy between databases and backends
void add_audit_command(CLI::App& app);  // audit verify
void add_roles_command(CLI::App& app);  // the permission table, for docs/security.md
void add_kpi_command(CLI::App& app);    // the performance measures (docs/kpi.md)

}  // namespace pathway::app
