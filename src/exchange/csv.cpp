#include "exchange/csv.h"

#include <algorithm>
#include <utility>

namespace pathway::exchange {

namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

}  // namespace

// Reads records one at a time, keeping count of the line it is on so that every record and
// every problem can be found in the file by a person. The text may be only the beginning of
// what is still to come (`complete` false): a record that reaches its end throws
// MoreTextNeeded, and is read again from its start once more text has been added.
class CsvReader {
 public:
  struct MoreTextNeeded {};

  explicit CsvReader(std::string_view text, bool complete = true) : text_(text), complete_(complete) {}

  // True once only line ends remain: blank lines at the end of a file are not records.
  bool finished() const { return text_.find_first_not_of("\r\n", pos_) == std::string_view::npos; }

  std::size_t line() const { return line_; }
  std::size_t position() const { return pos_; }

  // Goes back to `position` and `line` (the start of a record) in `text`, which holds what
  // the reader had from that position on, and more.
  void resume(std::string_view text, bool complete, std::size_t position, std::size_t line) {
    text_ = text;
    complete_ = complete;
    pos_ = position;
    line_ = line;
  }

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
    if (end == std::string_view::npos) end = at_end();
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
      if (quote == std::string_view::npos || quote + 1 == text_.size()) at_end();
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
    if (pos_ == text_.size()) {
      at_end();
      return std::nullopt;
    }
    if (at('\r') && pos_ + 1 == text_.size()) at_end();
    if (at('\n') || (at('\r') && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n')) {
      pos_ += at('\r') ? 2 : 1;
      ++line_;
      return std::nullopt;
    }
    if (at('\r')) return problem("carriage return without a line feed");
    return problem("text after closing quote");
  }

  CsvParseError problem(std::string reason) const { return {line_, std::move(reason)}; }

  // Reading has come to the end of the text: the end of the file when the text is complete
  // (returns its size), otherwise the record must wait for more.
  std::size_t at_end() const {
    if (!complete_) throw MoreTextNeeded{};
    return text_.size();
  }

  void skip_rest_of_line() {
    std::size_t line_feed = text_.find('\n', pos_);
    if (line_feed == std::string_view::npos) {
      at_end();
      pos_ = text_.size();
      return;
    }
    pos_ = line_feed + 1;
    ++line_;
  }

  std::string_view text_;
  bool complete_ = true;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

namespace {

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

CsvStream::CsvStream(std::istream& in, std::size_t block_size)
    : in_(in), block_size_(std::max<std::size_t>(block_size, 1)), reader_(std::make_unique<CsvReader>(std::string_view{}, false)) {
  refill(0);
  while (buffer_.size() < byte_order_mark.size() && !complete_) refill(0);  // enough to see a mark
  bool marked = std::string_view(buffer_).starts_with(byte_order_mark);
  reader_->resume(buffer_, complete_, marked ? byte_order_mark.size() : 0, 1);
}

CsvStream::~CsvStream() = default;

void CsvStream::refill(std::size_t keep_from) {
  buffer_.erase(0, keep_from);
  std::size_t kept = buffer_.size();
  // Read at least as much again as is kept, so a long record is read in a few rounds.
  std::size_t block = std::max(block_size_, kept);
  buffer_.resize(kept + block);
  in_.read(buffer_.data() + kept, static_cast<std::streamsize>(block));
  buffer_.resize(kept + static_cast<std::size_t>(in_.gcount()));
  complete_ = in_.eof() || in_.bad();
}

bool CsvStream::next(CsvRecord& record, std::optional<CsvParseError>& error) {
  error.reset();
  while (true) {
    std::size_t start = reader_->position();
    std::size_t line = reader_->line();
    if (reader_->finished() && complete_) return false;
    try {
      if (reader_->finished()) throw CsvReader::MoreTextNeeded{};
      record.line = line;
      error = reader_->read_record(record.fields);
      return true;
    } catch (const CsvReader::MoreTextNeeded&) {
      refill(start);
      reader_->resume(buffer_, complete_, 0, line);
    }
  }
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
