#pragma once
// Loading a large amount of data into tables that start empty (an import of a national data
// set: millions of rows). Each row inserted into a secondary index lands in a random place of
// it; building the index once from the loaded table is a sort, many times cheaper. So the
// secondary indexes of the empty tables are dropped at the start and built again by finish(),
// all inside the caller's transaction: a load that fails rolls the dropped indexes back with
// everything else. Indexes behind a constraint (primary keys, UNIQUE) are kept, so the
// database still refuses a duplicate as it comes.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace pathway::store {

class BulkLoad {
 public:
  // Starts a load into `tables` (inside a transaction). SQLite also keeps the load's pages in
  // a 256 MB page cache instead of its 2 MB default until the load ends. Throws StoreError.
  BulkLoad(Connection& connection, std::span<const std::string_view> tables);
  ~BulkLoad();
  BulkLoad(const BulkLoad&) = delete;
  BulkLoad& operator=(const BulkLoad&) = delete;

  // Builds the indexes dropped at the start. Call once the rows are in, before committing.
  // Throws StoreError.
  void finish();

 private:
  Connection& connection_;
  std::vector<std::string> deferred_;  // the statements that create the dropped indexes
};

}  // namespace pathway::store
