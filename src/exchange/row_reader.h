#pragma once
// Reads the values of one row of an exchange file by the format's rules (identifiers, text,
// dates, whole numbers, enumerations), reporting each wrong value with its file, line,
// column and value. A row with any problem is not usable and is not imported.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "exchange/columns.h"
#include "exchange/exchange.h"
#include "exchange/exchange_file.h"
#include "justice/record_rules.h"

namespace pathway::exchange {

class RowReader {
 public:
  // A row that was not well formed (reported already) starts out unusable.
  RowReader(std::string_view file, const FileRow& row, std::span<const Column> columns,
            std::vector<ImportProblem>& problems);

  // True while nothing is wrong with the row and every required column is present.
  bool usable() const { return usable_; }
  std::size_t line() const { return row_.line; }

  // The value as written; nullptr when the file lacks the column or the row is not well
  // formed (nothing is reported: that was reported when the file was read).
  const std::string* raw(std::size_t column) const;

  // Each reader below returns the value, or an empty/zero value after reporting a problem.
  // An empty cell in a required column is reported; in an optional column it means unknown
  // and reads as "" (absent optional columns read as "" too).

  // The value as written (a reference to check against other records, say).
  std::string value(std::size_t column);
  // 1 to 64 characters from A-Z a-z 0-9 - _ . (spec: identifiers).
  std::string identifier(std::size_t column);
  // Free text (a name): ordinary white space around it removed, then free_text_problem's
  // rule (core/free_text.h) with at most `max_length` characters.
  std::string text(std::size_t column, std::size_t max_length);
  // A real calendar date written YYYY-MM-DD. Returns nullopt when empty or wrong.
  std::optional<Date> date(std::size_t column);
  // Digits only, from `low` to `high`.
  std::int64_t whole_number(std::size_t column, std::int64_t low, std::int64_t high);
  // Digits only, for a number whose range a rule of the record judges (record_rules.h).
  // nullopt when empty or wrong; a number too large for an int reads as INT_MAX.
  std::optional<int> whole_number(std::size_t column);
  // Exactly one of `allowed` (case matters).
  std::string choice(std::size_t column, std::span<const std::string_view> allowed);

  // Reports a problem with the value in `column` and makes the row unusable.
  void report(std::size_t column, std::string reason);

  // Reports each breach of a rule of the record (record_rules.h) against the column its
  // field names, except in a column whose value was reported already or a required column
  // the file lacks (reported with the header): one problem per cell, each said once.
  void report_breaches(const std::vector<justice::RuleBreach>& breaches);
  // Has report_breaches say nothing about `column`: its rules need a fact that is not known
  // (the child's date of birth when the child's own row has a problem, say), so what they
  // would say about it could be wrong. Not a problem in itself.
  void leave_unjudged(std::size_t column) { reported_[column] = true; }

 private:
  // The value to check, or nullptr when there is none to check (absent, or empty in an
  // optional column; an empty required value is reported here).
  const std::string* value_to_check(std::size_t column);
  // Digits only and no more than fit an int64; reports otherwise with `reason`.
  std::optional<std::int64_t> digits(std::size_t column, const std::string& reason);

  std::string file_;
  const FileRow& row_;
  std::span<const Column> columns_;
  std::vector<ImportProblem>& problems_;
  bool usable_ = true;
  std::vector<bool> reported_;  // by column
};

// True for 1 to 64 characters from A-Z a-z 0-9 - _ .
bool is_identifier(std::string_view text);

}  // namespace pathway::exchange
