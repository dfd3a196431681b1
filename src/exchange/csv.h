#pragma once
// RFC 4180 CSV, as the exchange format (shared/spec/exchange-format.md) requires:
// UTF-8, an optional leading byte-order mark ignored, "\n" or "\r\n" line ends, quoted
// fields may hold commas, quotes ("") and line breaks.
#include <istream>
#include <memory>
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

class CsvReader;

// Reads a CSV text from a stream one record at a time, holding only the record being read and
// the block of text around it, so that a file of any size is read in little memory. Gives
// exactly parse_csv's records and errors, in file order.
class CsvStream {
 public:
  // Reads `block_size` bytes at a time (more while one record is longer).
  explicit CsvStream(std::istream& in, std::size_t block_size = 1 << 20);
  ~CsvStream();
  CsvStream(const CsvStream&) = delete;
  CsvStream& operator=(const CsvStream&) = delete;

  // Reads the next record into `record`, or sets `error` for a record with a syntax error
  // (the rest of its line is skipped). Returns false at the end of the text. Reading stops
  // early if the stream fails; the caller checks the stream.
  bool next(CsvRecord& record, std::optional<CsvParseError>& error);

 private:
  // Drops the text before `keep_from` and appends the next block of the stream.
  void refill(std::size_t keep_from);

  std::istream& in_;
  std::size_t block_size_;
  std::string buffer_;
  bool complete_ = false;  // the buffer holds the rest of the stream
  std::unique_ptr<CsvReader> reader_;
};

// Writes one record, quoting a field only when it holds a comma, quote, CR or LF, ending
// with "\n".
std::string format_csv_record(const std::vector<std::string>& fields);

}  // namespace pathway::exchange
