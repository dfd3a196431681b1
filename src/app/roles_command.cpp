// `pathway roles`: prints what each role may do, as the Markdown table docs/security.md
// holds (a test checks the two agree).
#include <iostream>

#include "access/permission_table.h"
#include "app/commands.h"

namespace pathway::app {

void add_roles_command(CLI::App& app) {
  auto* roles = app.add_subcommand("roles", "Print the roles and what each may do (Markdown, for docs/security.md)");
  roles->callback([] { std::cout << access::permission_table_markdown(); });
}

}  // namespace pathway::app
