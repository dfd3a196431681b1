#include "exchange/exchange_file.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/text.h"
#include "exchange/csv.h"

namespace pathway::exchange {

namespace {

constexpr std::size_t not_in_file = static_cast<std::size_t>(-1);

bool is_blank(const CsvRecord& record) { return record.fields.size() == 1 && record.fields[0].empty(); }

std::string column_list(std::span<const Column> columns) {
  std::string list;
  for (const Column& column : columns) {
    if (!list.empty()) list += ", ";
    list += column.name;
  }
  return list;
}

std::string unknown_column_reason(std::string_view file, std::string_view heading,
                                  std::span<const Column> columns) {
  std::string expected = "; the columns of " + std::string(file) + " are " + column_list(columns);
  if (heading.empty()) return "a column has no name (is there a comma at the end of the header row?)" + expected;
  return "unknown column" + expected;
}

// Where each column of the format sits in the file (not_in_file when absent), reporting
// unknown, repeated and missing columns.
std::vector<std::size_t> map_header(std::string_view file, const CsvRecord& header, std::span<const Column> columns,
                                    std::vector<ImportProblem>& problems) {
  std::vector<std::size_t> positions(columns.size(), not_in_file);
  std::string name(file);
  for (std::size_t at = 0; at < header.fields.size(); ++at) {
    const std::string& heading = header.fields[at];
    auto known = std::find_if(columns.begin(), columns.end(), [&](const Column& c) { return c.name == heading; });
    if (known == columns.end()) {
      problems.push_back({name, header.line, heading, "", unknown_column_reason(file, heading, columns)});
      continue;
    }
    std::size_t index = static_cast<std::size_t>(known - columns.begin());
    if (positions[index] != not_in_file) {
      problems.push_back({name, header.line, heading, "", "this column appears more than once in the header"});
      continue;
    }
    positions[index] = at;
  }
  for (std::size_t index = 0; index < columns.size(); ++index) {
    if (columns[index].required && positions[index] == not_in_file) {
      problems.push_back({name, header.line, std::string(columns[index].name), "", "required column is missing"});
    }
  }
  return positions;
}

// Moves the record's values into the row (each position is mapped to one column at most), so
// that a large file is not held twice.
FileRow map_row(std::string_view file, CsvRecord& record, const std::vector<std::size_t>& positions,
                std::size_t header_size, std::span<const Column> columns, std::vector<ImportProblem>& problems) {
  FileRow row{record.line, record.fields.size() == header_size, {}};
  if (!row.well_formed) {
    problems.push_back({std::string(file), record.line, "", "",
                        "this row has " + std::to_string(record.fields.size()) + " values but the header names " +
                            std::to_string(header_size) + " columns"});
  }
  for (std::size_t index = 0; index < columns.size(); ++index) {
    std::size_t at = positions[index];
    if (at == not_in_file || at >= record.fields.size()) {
      row.cells.emplace_back();
      continue;
    }
    std::string& value = record.fields[at];
    if (row.well_formed && !is_clean_utf8(value)) {
      problems.push_back({std::string(file), record.line, std::string(columns[index].name), value,
                          "is not valid UTF-8 text, or holds a control character"});
      row.cells.emplace_back();
      continue;
    }
    row.cells.emplace_back(std::move(value));
  }
  return row;
}

}  // namespace

ExchangeFile::ExchangeFile(std::string name) : name_(std::move(name)) {}

ExchangeFile::ExchangeFile(std::string name, std::unique_ptr<std::istream> in, std::span<const Column> columns,
                           std::vector<ImportProblem>& problems)
    : name_(std::move(name)),
      in_(std::move(in)),
      csv_(std::make_unique<CsvStream>(*in_)),
      columns_(columns),
      problems_(&problems) {}

ExchangeFile::ExchangeFile(ExchangeFile&&) noexcept = default;
ExchangeFile& ExchangeFile::operator=(ExchangeFile&&) noexcept = default;
ExchangeFile::~ExchangeFile() = default;

bool ExchangeFile::next(FileRow& row) {
  if (replayed_ < read_ahead_.size()) {
    row = std::move(read_ahead_[replayed_++]);
    if (replayed_ == read_ahead_.size()) {
      read_ahead_.clear();
      replayed_ = 0;
    }
    return true;
  }
  return read_row(row);
}

const std::vector<FileRow>& ExchangeFile::read_ahead() {
  for (FileRow row; read_row(row);) read_ahead_.push_back(std::move(row));
  return read_ahead_;
}

bool ExchangeFile::read_row(FileRow& row) {
  if (!csv_ || failed_) return false;
  std::optional<CsvParseError> error;
  while (csv_->next(record_, error)) {
    if (error) {
      problems_->push_back({name_, error->line, "", "", std::move(error->reason)});
      syntax_error_seen_ = true;
      continue;
    }
    if (is_blank(record_)) continue;
    if (!header_read_) {
      header_read_ = true;
      // A syntax error before the first readable record means the header row itself is
      // broken: the rows can't be matched to columns (the rest of the file is still read,
      // to report its syntax errors).
      rows_readable_ = !syntax_error_seen_;
      if (rows_readable_) positions_ = map_header(name_, record_, columns_, *problems_);
      header_size_ = record_.fields.size();
      continue;
    }
    if (!rows_readable_) continue;
    row = map_row(name_, record_, positions_, header_size_, columns_, *problems_);
    return true;
  }
  if (in_->bad()) {
    failed_ = true;
    problems_->push_back({name_, 0, "", "", "the file could not be read"});
  }
  return false;
}

ExchangeFile read_exchange_table(std::string_view name, std::string_view text, std::span<const Column> columns,
                                 std::vector<ImportProblem>& problems) {
  return ExchangeFile(std::string(name), std::make_unique<std::istringstream>(std::string(text)), columns, problems);
}

ExchangeFile read_exchange_file(const std::filesystem::path& directory, std::string_view name,
                                std::span<const Column> columns, std::vector<ImportProblem>& problems) {
  std::filesystem::path path = directory / std::string(name);
  std::error_code error;
  auto status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) return ExchangeFile(std::string(name));
  auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!std::filesystem::is_regular_file(status) || !*in) {
    problems.push_back({std::string(name), 0, "", "", "the file could not be read"});
    return ExchangeFile(std::string(name));
  }
  return ExchangeFile(std::string(name), std::move(in), columns, problems);
}

}  // namespace pathway::exchange
