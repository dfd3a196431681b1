#pragma once
// Loading assessment templates from their data file, templates/practice/
// assessment_templates.json (the one source of the built-in set): migration 29 loads it,
// and so may a later migration that adds a version.
#include <string_view>

#include "core/result.h"
#include "store/database.h"

namespace pathway::practice {

// Stores every template version in `json` that the database does not hold yet (by kind
// and version); a version already stored is left exactly as it is, whatever the file now
// says. The caller holds the transaction. Returns how many versions it stored.
// Errors (invalid; the caller rolls its transaction back, as part may be stored): the text is not the format the data file's "about"
// describes, names an unknown answer type, rating or need area, or a choice or rating
// question has no options, or a scale no range.
Result<int> load_assessment_templates(store::Connection& connection, std::string_view json);

// load_assessment_templates with the data file under the resource root (app/resources.h).
// Throws StoreError if the file cannot be read or is not valid.
void load_builtin_assessment_templates(store::Connection& connection);

}  // namespace pathway::practice
