#pragma once
// The rows the children store writes for a child, the same whether one at a time
// (create_child, update_child) or many to a statement (NewChildrenWriter): the children
// store's own helpers, not for callers outside it.
#include <string>
#include <string_view>
#include <vector>

#include "children/child.h"
#include "children/child_repository.h"
#include "store/database.h"

namespace pathway::children {

// The columns of a new child's row, in the order append_new_row gives their values; the
// holding team is given after them.
constexpr std::string_view new_child_columns =
    "public_id, exchange_id, given_name, family_name, search_name, sort_key, date_of_birth, sex, ethnicity,"
    " district_code, looked_after, version, created_at, updated_at";
constexpr std::size_t new_child_column_count = 14;
constexpr std::string_view new_child_marks = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

// The active teams covering a district: a new child's case is held by the first of them
// (by code) unless the person adding the child gives their own team.
constexpr std::string_view covering_teams =
    " FROM team_districts td JOIN teams t ON t.code = td.team_code WHERE t.active = 1";

// Appends new_child_columns' values: the details as stored, with the keys search and the
// list read (core/text.h), made here and nowhere else, as version 1 made at `created_at`.
void append_new_row(std::vector<store::Value>& params, const std::string& public_id, const std::string& exchange_id,
                    const ChildDetails& details, const std::string& created_at);

// Throws InvalidChildDetails when the details break child_details_problems: the store holds
// only details that pass the shared rules, whoever calls it.
void refuse_invalid(const ChildDetails& details);

// The columns of a row of a child's history, in the order change_rows gives their values.
constexpr std::string_view change_columns =
    "child_id, version, changed_at, changed_by, changed_by_name, reason, field, old_value, new_value";
constexpr std::size_t change_column_count = 9;

using StoredFields = std::vector<std::pair<std::string, std::optional<std::string>>>;

// The history rows of version `version` of a child, made at `at` by `by` for `reason` ("":
// none): one for each field whose stored value differs from `before`, each named in
// `changed`. With `before` empty (a new child), one for each field given a value.
std::vector<std::vector<store::Value>> change_rows(std::int64_t child_id, std::int64_t version, const std::string& at,
                                                   const ChangeAuthor& by, const std::string& reason,
                                                   const StoredFields& before, const StoredFields& after,
                                                   std::vector<std::string>& changed);

}  // namespace pathway::children
