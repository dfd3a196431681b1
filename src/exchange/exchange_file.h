#pragma once
// Reads one CSV file of a data set against the columns the format gives it: maps the header
// (columns in any order) onto the specification's column order and reports everything wrong
// with the file's shape, so that row checks see only cells of known columns.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "exchange/columns.h"
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

struct ExchangeFile {
  std::string name;   // "children.csv"
  std::vector<FileRow> rows;  // data rows in file order; blank lines are left out
};

// Reads the text of file `name`. Reports to `problems`: CSV syntax errors, header columns
// that are unknown or repeated, required columns that are missing, rows whose number of
// values differs from the header, and values that are not clean UTF-8 (or hold control
// characters other than tab and line breaks). Text with no header row at all gives no rows.
ExchangeFile read_exchange_table(std::string_view name, std::string_view text, std::span<const Column> columns,
                                 std::vector<ImportProblem>& problems);

// Reads `directory`/`name` as read_exchange_table does. An absent file gives no rows and no
// problem (the format treats it as empty); a file that cannot be read is reported.
ExchangeFile read_exchange_file(const std::filesystem::path& directory, std::string_view name,
                                std::span<const Column> columns, std::vector<ImportProblem>& problems);

}  // namespace pathway::exchange
