#pragma once
// Loading a large generated data set (pathway demo --scale national) into empty tables:
// the same rows and the same schema at the end as inserting them one by one, for a
// fraction of the work. See docs/decisions/0019-bulk-load-of-a-new-file.md.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace pathway::store {

// The connection's settings for a bulk load, from construction to destruction; made
// before the load's transaction begins (SQLite changes none of them inside one).
// SQLite: a page cache of 256 MB; and for a `disposable` file (one made for this load,
// which the caller deletes if the load fails) no rollback journal, no waits for the disk
// and no foreign key checks per row, since a failure leaves nothing worth keeping. Then
// the file is put back in write-ahead-log mode with every check on, as every Pathway
// database is. PostgreSQL: more memory to build indexes. Throws StoreError.
class BulkLoadSettings {
 public:
  BulkLoadSettings(Connection& connection, bool disposable);
  ~BulkLoadSettings();
  BulkLoadSettings(const BulkLoadSettings&) = delete;
  BulkLoadSettings& operator=(const BulkLoadSettings&) = delete;

 private:
  Connection& connection_;
  bool disposable_;
};

// The indexes and triggers of some tables set aside while rows are loaded into them and
// made again, from the SQL they were made with, once the rows are in: building an index
// over rows already there is a sort, where keeping it in step row by row is a search and
// a page split per row. Indexes that enforce a UNIQUE or PRIMARY KEY constraint stay, so
// a duplicate is still refused as it is loaded. In the caller's transaction; if it rolls
// back, the schema is as it was.
// Those of `tables` that hold no rows: a load defers only their indexes, since rebuilding
// the index of a table that already has rows would redo work already done. Throws StoreError.
std::vector<std::string_view> empty_tables(Connection& connection, std::span<const std::string_view> tables);

class DeferredIndexes {
 public:
  // Drops the tables' other indexes (both backends) and triggers (SQLite's: the name
  // index's and the count's, row by row; PostgreSQL's count once per statement and stays),
  // except the indexes named in `kept`: those the load fills in key order, where keeping
  // one costs an append per row and building it after a scan and a sort of its table.
  DeferredIndexes(Connection& connection, std::span<const std::string_view> tables,
                  std::span<const std::string_view> kept = {});
  // Makes them again in the order they were first made, then refills what the dropped
  // triggers keep: the name index and the count of children (schema version 17).
  void restore();

 private:
  Connection& connection_;
  std::vector<std::string> dropped_;  // the SQL that made each, in order
  bool children_triggers_dropped_ = false;
};

}  // namespace pathway::store
