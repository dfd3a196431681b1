#include "exchange/row_reader.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "core/free_text.h"
#include "core/text.h"

namespace pathway::exchange {

namespace {

constexpr std::size_t max_identifier_length = 64;
constexpr std::size_t max_digits = 18;  // keeps a whole number inside std::int64_t

bool is_identifier_character(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.';
}

std::string joined(std::span<const std::string_view> values) {
  std::string list;
  for (std::string_view value : values) {
    if (!list.empty()) list += ", ";
    list += value;
  }
  return list;
}

}  // namespace

bool is_identifier(std::string_view text) {
  return !text.empty() && text.size() <= max_identifier_length &&
         std::all_of(text.begin(), text.end(), is_identifier_character);
}

RowReader::RowReader(std::string_view file, const FileRow& row, std::span<const Column> columns,
                     std::vector<ImportProblem>& problems)
    : file_(file), row_(row), columns_(columns), problems_(problems), reported_(columns.size(), false) {
  usable_ = row.well_formed;
  for (std::size_t column = 0; column < columns.size(); ++column) {
    if (columns[column].required && !row.cells[column]) usable_ = false;
  }
}

const std::string* RowReader::raw(std::size_t column) const {
  if (!row_.well_formed || !row_.cells[column]) return nullptr;
  return &*row_.cells[column];
}

void RowReader::report(std::size_t column, std::string reason) {
  const std::string* value = raw(column);
  problems_.push_back({file_, row_.line, std::string(columns_[column].name), value ? *value : "", std::move(reason)});
  usable_ = false;
  reported_[column] = true;
}

void RowReader::report_breaches(const std::vector<justice::RuleBreach>& breaches) {
  if (!row_.well_formed) return;  // its values were not read: the rules judged nothing real
  for (const auto& breach : breaches) {
    auto named = std::find_if(columns_.begin(), columns_.end(), [&](const Column& c) { return c.name == breach.field; });
    if (named == columns_.end()) {
      throw std::logic_error("a rule of the record names " + breach.field + ", which is not a column of " + file_);
    }
    auto column = static_cast<std::size_t>(named - columns_.begin());
    bool lacking = named->required && !row_.cells[column];
    if (reported_[column] || lacking) continue;
    report(column, breach.reason);
  }
}

const std::string* RowReader::value_to_check(std::size_t column) {
  const std::string* value = raw(column);
  if (!value) return nullptr;
  if (value->empty()) {
    if (columns_[column].required) report(column, "a value is required");
    return nullptr;
  }
  return value;
}

std::string RowReader::value(std::size_t column) {
  const std::string* value = value_to_check(column);
  return value ? *value : "";
}

std::string RowReader::identifier(std::size_t column) {
  const std::string* value = value_to_check(column);
  if (!value) return "";
  if (!is_identifier(*value)) {
    report(column, "must be 1 to 64 characters, each a letter, a digit, '-', '_' or '.'");
    return "";
  }
  return *value;
}

std::string RowReader::text(std::size_t column, std::size_t max_length) {
  const std::string* value = raw(column);
  if (!value) return "";
  std::string text(trim(*value));
  if (text.empty()) {
    if (columns_[column].required) report(column, "a value is required");
    return "";
  }
  if (auto problem = free_text_problem(text, max_length)) {
    report(column, std::move(*problem));
    return "";
  }
  return text;
}

std::optional<Date> RowReader::date(std::size_t column) {
  const std::string* value = value_to_check(column);
  if (!value) return std::nullopt;
  auto date = parse_iso_date(*value);
  if (!date) report(column, "must be a real date written YYYY-MM-DD");
  return date;
}

std::optional<std::int64_t> RowReader::digits(std::size_t column, const std::string& reason) {
  const std::string* value = value_to_check(column);
  if (!value) return std::nullopt;
  bool all_digits = value->size() <= max_digits && std::all_of(value->begin(), value->end(), [](char c) {
                      return c >= '0' && c <= '9';
                    });
  if (!all_digits) {
    report(column, reason);
    return std::nullopt;
  }
  return std::stoll(*value);
}

std::int64_t RowReader::whole_number(std::size_t column, std::int64_t low, std::int64_t high) {
  std::string reason = "must be a whole number from " + std::to_string(low) + " to " + std::to_string(high);
  auto number = digits(column, reason);
  if (!number) return 0;
  if (*number < low || *number > high) {
    report(column, reason);
    return 0;
  }
  return *number;
}

std::optional<int> RowReader::whole_number(std::size_t column) {
  auto number = digits(column, "must be a whole number, written in digits");
  if (!number) return std::nullopt;
  return static_cast<int>(std::min<std::int64_t>(*number, std::numeric_limits<int>::max()));
}

std::string RowReader::choice(std::size_t column, std::span<const std::string_view> allowed) {
  const std::string* value = value_to_check(column);
  if (!value) return "";
  if (std::find(allowed.begin(), allowed.end(), *value) == allowed.end()) {
    report(column, "must be one of: " + joined(allowed) + (columns_[column].required ? "" : " (or empty if not known)"));
    return "";
  }
  return *value;
}

}  // namespace pathway::exchange
