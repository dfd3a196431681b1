#pragma once
// The table of roles and what each may do, as Markdown, for docs/security.md (`pathway
// roles`): printed from the permission table itself so the documentation cannot drift.
#include <string>

namespace pathway::access {

std::string permission_table_markdown();

}  // namespace pathway::access
