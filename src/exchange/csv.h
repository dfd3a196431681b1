#pragma once
// RFC 4180 CSV, as the exchange format (shared/spec/exchange-format.md) requires:
// UTF-8, an optional leading byte-order mark ignored, "\n" or "\r\n" line ends, quoted
// fields may hold commas, quotes ("") and line breaks.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pathway::exchange {

struct CsvRecord {
  std::size_t line;                 // 1-based line number where the record starts
  std::vector<std::string> fields;
};

struct CsvParseError {
  std::size_t line;
  std::string reason;  // e.g. "unterminated quoted field", "text after closing quote"
};

struct CsvTable {
  std::vector<CsvRecord> records;  // the header row is records[0]
  std::vector<CsvParseError> errors;
};

// Parses a whole file. A final line end is optional; a completely empty line at the end of
// the file is not a record. Records with errors are reported and left out of records.
CsvTable parse_csv(std::string_view text);

// Writes one record, quoting a field only when it holds a comma, quote, CR or LF, ending
// with "\n".
std::string format_csv_record(const std::vector<std::string>& fields);

}  // namespace pathway::exchange
