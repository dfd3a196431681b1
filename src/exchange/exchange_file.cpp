#include "exchange/exchange_file.h"

#include <algorithm>
#include <fstream>
#include <iterator>

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

ExchangeFile read_exchange_table(std::string_view name, std::string_view text, std::span<const Column> columns,
                                 std::vector<ImportProblem>& problems) {
  ExchangeFile file{std::string(name), {}};
  CsvTable table = parse_csv(text);
  for (const CsvParseError& error : table.errors) {
    problems.push_back({file.name, error.line, "", "", error.reason});
  }
  auto header = std::find_if(table.records.begin(), table.records.end(), [](const CsvRecord& r) { return !is_blank(r); });
  if (header == table.records.end()) return file;
  // A syntax error before the first readable record means the header row itself is broken:
  // the rows can't be matched to columns, and the error is reported already.
  bool header_broken = std::any_of(table.errors.begin(), table.errors.end(),
                                   [&](const CsvParseError& error) { return error.line < header->line; });
  if (header_broken) return file;
  auto positions = map_header(name, *header, columns, problems);
  for (auto record = std::next(header); record != table.records.end(); ++record) {
    if (is_blank(*record)) continue;
    file.rows.push_back(map_row(name, *record, positions, header->fields.size(), columns, problems));
    record->fields = {};  // what was not moved into the row is not needed either
  }
  return file;
}

ExchangeFile read_exchange_file(const std::filesystem::path& directory, std::string_view name,
                                std::span<const Column> columns, std::vector<ImportProblem>& problems) {
  std::filesystem::path path = directory / std::string(name);
  std::error_code error;
  auto status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) return {std::string(name), {}};
  std::ifstream in(path, std::ios::binary);
  std::string text;
  if (std::filesystem::is_regular_file(status) && in) {
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (!std::filesystem::is_regular_file(status) || !in || in.bad()) {
    problems.push_back({std::string(name), 0, "", "", "the file could not be read"});
    return {std::string(name), {}};
  }
  return read_exchange_table(name, text, columns, problems);
}

}  // namespace pathway::exchange
