#pragma once
// New children written many rows to a statement, for the loads of a whole data set (an
// exchange-format import, the national demo): the same rows create_child writes, for a
// fraction of the statements.
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "children/child.h"
#include "children/child_repository.h"
#include "store/batched_insert.h"
#include "store/database.h"

namespace pathway::children {

class NewChildrenWriter {
 public:
  // Children created at `created_at` (an ISO instant), each with version 1 of its history
  // written as made by `author`; with no author (a generated record) no history is written.
  // Each case is held by the first active team covering the child's district, as
  // create_child holds a child added without a team. Throws StoreError.
  NewChildrenWriter(store::Connection& connection, std::string created_at, std::optional<ChangeAuthor> author);

  // Checks the details (throws InvalidChildDetails, as create_child does), gives the child
  // its id (after the largest the table holds) and keeps its rows to be written with others.
  // Rows that name the child may be written once flush has written it. Throws StoreError.
  std::int64_t add(const ChildDetails& details, const std::string& public_id, const std::string& exchange_id);

  // Writes every row still waiting, and has the table give later children ids after these.
  // Throws StoreError (UniqueViolation for a public or exchange id already held).
  void flush();

 private:
  store::Connection& connection_;
  std::string created_at_;
  std::optional<ChangeAuthor> author_;
  std::map<std::string, std::string> holding_team_;  // district code -> team code
  std::int64_t last_id_ = -1;                        // -1 until read from the table
  bool identity_behind_ = false;                     // ids given since the table's identity was moved
  store::BatchedInsert children_;
  store::BatchedInsert changes_;
};

}  // namespace pathway::children
