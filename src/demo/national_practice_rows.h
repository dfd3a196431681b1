#pragma once
// The rows of the national demo's practice tables as they are generated
// (demo_national_practice.cpp): each table's next id and the rows waiting to be written,
// handed to the writing thread a batch at a time.
#include <cstdint>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "demo/demo_parts.h"
#include "store/copy.h"
#include "store/database.h"
#include "store/row_streams.h"
#include "store/write_queue.h"

namespace pathway::demo {

class PracticeTable {
 public:
  // `columns` begins with "id" for a table whose rows the demo numbers.
  PracticeTable(std::string_view table, std::string_view columns, std::size_t column_count)
      : table_(table), columns_(columns), column_count_(column_count) {}

  bool numbered() const { return columns_.starts_with("id,"); }
  // Numbers the rows after the largest id the table holds.
  void number_after(store::Connection& connection) {
    next_id_ = connection.query_one("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table_)->integer(0);
  }
  // Once every row is written: moves PostgreSQL's identity past the ids the demo gave.
  void advance_identity(store::Connection& connection) { store::advance_identity(connection, table_); }

  // A new row's values to fill in (valid until the next add).
  std::span<store::Value> add() {
    values_.resize(values_.size() + column_count_);
    ++written_;
    return {values_.data() + values_.size() - column_count_, column_count_};
  }
  std::int64_t next_id() { return next_id_++; }

  // Hands the waiting rows to the writing thread, which gives them back once written: they
  // are freed here, on the thread that made them, keeping the writer (the load's critical
  // path) to SQLite's work. Throws WriterStopped.
  void hand_over(store::WriteQueue& queue) {
    free_written();
    if (values_.empty()) return;
    std::size_t capacity = values_.size();
    push_or_stop(queue, [this, rows = std::move(values_)](store::Connection& writer) mutable {
      store::insert_rows(writer, table_, columns_, column_count_, rows);
      std::lock_guard lock(written_mutex_);
      written_rows_.push_back(std::move(rows));
    });
    values_ = {};
    values_.reserve(capacity);
  }

  // Frees the rows the writer has given back.
  void free_written() {
    std::vector<std::vector<store::Value>> done;
    {
      std::lock_guard lock(written_mutex_);
      done.swap(written_rows_);
    }
  }

  const std::string& table() const { return table_; }
  std::int64_t written() const { return written_; }

 private:
  std::string table_;
  std::string columns_;
  std::size_t column_count_;
  std::vector<store::Value> values_;
  std::mutex written_mutex_;
  std::vector<std::vector<store::Value>> written_rows_;  // written, to be freed by the generator
  std::int64_t next_id_ = 1;
  std::int64_t written_ = 0;
};

}  // namespace pathway::demo
