#pragma once
// The checks every file of the justice record makes on the identifiers it brings and the
// records it names: an identifier is new (not earlier in the file, not in the database), a
// named record exists (in this data set or in the database) and is the same child's.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "exchange/data_set.h"
#include "exchange/row_reader.h"

namespace pathway::exchange {

// Reports `id` in `column` when an earlier line of the file has it (`first_lines` keeps the
// first line of each) or when `in_database`: one problem per duplicate. `record` names the
// kind of record with its article ("an offence"). Does nothing for an empty id.
void check_identifier_is_new(RowReader& reader, std::size_t column, const std::string& id,
                             std::unordered_map<std::string, std::size_t>& first_lines, bool in_database,
                             std::string_view record);

// Reports the identifier in `column` as used before on `first_line` (unless `is_first`), or
// as in the database: the problem check_identifier_is_new and list_identifier report.
void report_if_used(RowReader& reader, std::size_t column, bool is_first, std::size_t first_line, bool in_database,
                    std::string_view record);

// Lists `id` in `listings` (with the row's line, and no facts yet) when it is new, reporting
// it as check_identifier_is_new does otherwise. Returns the new listing, for the caller to
// give its facts once the row is found good; nullptr for an empty or repeated id (an earlier
// line keeps it).
template <typename Facts>
Listing<Facts>* list_identifier(RowReader& reader, std::size_t column, const std::string& id,
                                std::unordered_map<std::string, Listing<Facts>>& listings, bool in_database,
                                std::string_view record) {
  if (id.empty()) return nullptr;
  auto [listed, is_first] = listings.try_emplace(id, Listing<Facts>{std::nullopt, reader.line(), 0});
  report_if_used(reader, column, is_first, listed->second.first_line, in_database, record);
  return is_first ? &listed->second : nullptr;
}

// The child_id `child_id` as the child's own listing (in the data set or the database) holds
// it, so that a record's facts may keep a view of it; empty when neither lists it.
std::string_view listed_child_id(const std::string& child_id, const ExistingRecords& existing,
                                 const DataSetReferences& references);

// The date of birth of the child `child_id` names; nullopt when it is not known (reported
// in `column` when no child has that child_id, silently when the child's own row has a
// problem). Nothing is reported for an empty child_id (reported as missing already).
std::optional<Date> named_child(RowReader& reader, std::size_t column, const std::string& child_id,
                                const ExistingRecords& existing, const DataSetReferences& references);

// The offence `offence_id` names, as named_child does for children.
std::optional<NamedOffence> named_offence(RowReader& reader, std::size_t column, const std::string& offence_id,
                                          const ExistingRecords& existing, const DataSetReferences& references);

// The child_id of the outcome `outcome_id` names, as named_child does for children.
std::optional<std::string_view> named_outcome_child(RowReader& reader, std::size_t column, const std::string& outcome_id,
                                               const ExistingRecords& existing,
                                               const DataSetReferences& references);

// Reports in `column` when the record it names (`named`, e.g. "offence O3") belongs to
// another child than the row's: a record names only its own child's records.
void check_same_child(RowReader& reader, std::size_t column, const std::string& named,
                      std::string_view named_child_id, std::string_view row_child_id);

}  // namespace pathway::exchange
