#include "exchange/csv.h"

#include <utility>

namespace pathway::exchange {

namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

// Reads records one at a time, keeping count of the line it is on so that every record and
// every problem can be found in the file by a person.
class CsvReader {
 public:
  explicit CsvReader(std::string_view text) : text_(text) {}

  // True once only line ends remain: blank lines at the end of a file are not records.
  bool finished() const { return text_.find_first_not_of("\r\n", pos_) == std::string_view::npos; }

  std::size_t line() const { return line_; }

  // Reads one record into fields; on a problem, returns it and skips to the next line.
  std::optional<CsvParseError> read_record(std::vector<std::string>& fields) {
    fields.clear();
    while (true) {
      std::string& field = fields.emplace_back();
      auto problem = at('"') ? read_quoted(field) : read_unquoted(field);
      if (!problem && at(',')) {
        ++pos_;
        continue;
      }
      if (!problem) problem = end_record();
      if (problem) skip_rest_of_line();
      return problem;
    }
  }

 private:
  bool at(char c) const { return pos_ < text_.size() && text_[pos_] == c; }

  std::optional<CsvParseError> read_unquoted(std::string& field) {
    std::size_t end = text_.find_first_of(",\r\n\"", pos_);
    if (end == std::string_view::npos) end = text_.size();
    field.assign(text_.substr(pos_, end - pos_));
    pos_ = end;
    if (at('"')) return problem("quote in a field that does not start with a quote");
    return std::nullopt;
  }

  std::optional<CsvParseError> read_quoted(std::string& field) {
    std::size_t opening_line = line_;
    ++pos_;
    while (true) {
      std::size_t quote = text_.find('"', pos_);
      if (quote == std::string_view::npos) {
        pos_ = text_.size();
        return CsvParseError{opening_line, "unterminated quoted field"};
      }
      append_content(field, quote);
      pos_ = quote + 1;
      if (!at('"')) return std::nullopt;
      field += '"';  // "" inside quotes is one quote
      ++pos_;
    }
  }

  // Copies text_[pos_, end) into the field, counting the line breaks it holds.
  void append_content(std::string& field, std::size_t end) {
    std::string_view content = text_.substr(pos_, end - pos_);
    for (char c : content) line_ += c == '\n';
    field += content;
  }

  // A field not followed by a comma must end the line or the file.
  std::optional<CsvParseError> end_record() {
    if (pos_ == text_.size()) return std::nullopt;
    if (at('\n') || (at('\r') && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n')) {
      pos_ += at('\r') ? 2 : 1;
      ++line_;
      return std::nullopt;
    }
    if (at('\r')) return problem("carriage return without a line feed");
    return problem("text after closing quote");
  }

  CsvParseError problem(std::string reason) const { return {line_, std::move(reason)}; }

  void skip_rest_of_line() {
    std::size_t line_feed = text_.find('\n', pos_);
    if (line_feed == std::string_view::npos) {
      pos_ = text_.size();
      return;
    }
    pos_ = line_feed + 1;
    ++line_;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

bool needs_quotes(std::string_view field) {
  return field.find_first_of(",\"\r\n") != std::string_view::npos;
}

}  // namespace

CsvTable parse_csv(std::string_view text) {
  if (text.starts_with(byte_order_mark)) text.remove_prefix(byte_order_mark.size());
  CsvTable table;
  CsvReader reader(text);
  std::vector<std::string> fields;
  while (!reader.finished()) {
    std::size_t line = reader.line();
    if (auto problem = reader.read_record(fields)) {
      table.errors.push_back(std::move(*problem));
    } else {
      table.records.push_back({line, std::move(fields)});
    }
  }
  return table;
}

std::string format_csv_record(const std::vector<std::string>& fields) {
  std::string record;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) record += ',';
    const std::string& field = fields[i];
    if (!needs_quotes(field)) {
      record += field;
      continue;
    }
    record += '"';
    for (char c : field) {
      if (c == '"') record += '"';
      record += c;
    }
    record += '"';
  }
  record += '\n';
  return record;
}

}  // namespace pathway::exchange
