#pragma once
// Reads one CSV file of a data set against the columns the format gives it: maps the header
// (columns in any order) onto the specification's column order and reports everything wrong
// with the file's shape, so that row checks see only cells of known columns.
#include <cstddef>
#include <filesystem>
#include <istream>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "exchange/columns.h"
#include "exchange/csv.h"
#include "exchange/exchange.h"

namespace pathway::exchange {

struct FileRow {
  std::size_t line = 0;
  // False when the row holds a different number of values than the header names (reported
  // already): its cells are then taken by position and may be wrong, so it is not checked.
  bool well_formed = true;
  // One cell per column of the format, in the format's order. nullopt when the file has no
  // such column (reported already if the column is required) or when the value is not clean
  // UTF-8 text (reported already).
  std::vector<std::optional<std::string>> cells;
};

// One file of a data set, read a row at a time (a national data set's files hold millions of
// rows: only the row being checked is held). Reading reports each problem with the file's
// shape to `problems` as it comes to it.
class ExchangeFile {
 public:
  // A file with no rows (absent, or not readable: reported already).
  explicit ExchangeFile(std::string name);
  // The file whose text `in` gives.
  ExchangeFile(std::string name, std::unique_ptr<std::istream> in, std::span<const Column> columns,
               std::vector<ImportProblem>& problems);
  ExchangeFile(ExchangeFile&&) noexcept;
  ExchangeFile& operator=(ExchangeFile&&) noexcept;
  ~ExchangeFile();

  const std::string& name() const { return name_; }

  // Reads the next data row (blank lines are left out) into `row`; false at the end of the file.
  bool next(FileRow& row);

  // Reads every remaining row, for a small file whose rows are needed before they are checked
  // (districts.csv): next() then gives them again, in order.
  const std::vector<FileRow>& read_ahead();

 private:
  bool read_row(FileRow& row);

  std::string name_;
  std::unique_ptr<std::istream> in_;
  std::unique_ptr<CsvStream> csv_;
  std::span<const Column> columns_;
  std::vector<ImportProblem>* problems_ = nullptr;
  bool header_read_ = false;
  bool syntax_error_seen_ = false;
  bool rows_readable_ = false;  // a header was read with no syntax error before it
  bool failed_ = false;         // reading the stream failed (reported)
  std::size_t header_size_ = 0;
  std::vector<std::size_t> positions_;  // where each column of the format sits in the file
  std::vector<FileRow> read_ahead_;
  std::size_t replayed_ = 0;
  CsvRecord record_;
};

// Reads `text` as the text of file `name`, as ExchangeFile reads a file. Reports to
// `problems`: CSV syntax errors, header columns that are unknown or repeated, required
// columns that are missing, rows whose number of values differs from the header, and values
// that are not clean UTF-8 (or hold control characters other than tab and line breaks). Text
// with no header row at all gives no rows.
ExchangeFile read_exchange_table(std::string_view name, std::string_view text, std::span<const Column> columns,
                                 std::vector<ImportProblem>& problems);

// Opens `directory`/`name` to be read as read_exchange_table reads a text. An absent file
// gives no rows and no problem (the format treats it as empty); a file that cannot be read is
// reported.
ExchangeFile read_exchange_file(const std::filesystem::path& directory, std::string_view name,
                                std::span<const Column> columns, std::vector<ImportProblem>& problems);

}  // namespace pathway::exchange
