#include "practice/flags/flags.h"

#include "core/clock.h"
#include "practice/flags/flag_types.h"

namespace pathway::practice {

namespace {

constexpr std::string_view flag_columns =
    "SELECT id, child_id, flag_type, mappa_level, start_date, review_date, end_date, reason, raised_at, raised_by_name"
    " FROM child_flags";

Date date_in(const store::Row& row, std::size_t column) {
  auto date = parse_iso_date(row.text(column));
  if (!date) throw store::StoreError("a flag with a date that is not one: " + row.text(column));
  return *date;
}

Flag flag_in(const store::Row& row) {
  auto level = row.optional_integer(3);
  Flag flag{row.integer(0),
            row.integer(1),
            {row.text(2), level ? std::optional<int>(static_cast<int>(*level)) : std::nullopt, date_in(row, 4),
             date_in(row, 5), row.text(7)},
            std::nullopt,
            row.text(8),
            row.text(9)};
  if (!row.is_null(6)) flag.end_date = date_in(row, 6);
  return flag;
}

store::Value level_value(std::optional<int> level) {
  return level ? store::Value{std::int64_t{*level}} : store::Value{nullptr};
}

void log_change(store::Connection& connection, std::int64_t flag_id, std::int64_t child_id, std::string_view kind,
                const std::string& what, const std::string& why, const children::ChangeAuthor& author) {
  connection.execute("INSERT INTO child_flag_changes (flag_id, child_id, change_kind, changed_at, changed_by,"
                     " changed_by_name, what, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     {flag_id, child_id, std::string(kind), to_iso_instant(now_unix_seconds()), author.username,
                      author.display_name, what, why});
}

std::vector<FlagChange> changes_where(store::Connection& connection, const std::string& where,
                                      std::span<const store::Value> params) {
  std::vector<FlagChange> changes;
  for (const auto& row : connection.query(
           "SELECT l.id, l.flag_id, f.flag_type, f.mappa_level, l.change_kind, l.changed_at, l.changed_by,"
           " l.changed_by_name, l.what, l.why FROM child_flag_changes l JOIN child_flags f ON f.id = l.flag_id"
           " WHERE " + where + " ORDER BY l.id DESC",
           params)) {
    auto level = row.optional_integer(3);
    changes.push_back({row.integer(0), row.integer(1),
                       flag_label(row.text(2), level ? std::optional<int>(static_cast<int>(*level)) : std::nullopt),
                       row.text(4), row.text(5), row.text(6), row.text(7), row.text(8), row.text(9)});
  }
  return changes;
}

}  // namespace

std::int64_t raise_flag(store::Connection& connection, std::int64_t child_id, const FlagDetails& details,
                        const children::ChangeAuthor& author) {
  std::int64_t id =
      connection
          .query_one("INSERT INTO child_flags (child_id, flag_type, mappa_level, start_date, review_date, reason,"
                     " raised_at, raised_by, raised_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                     {child_id, details.flag_type, level_value(details.mappa_level), to_iso(details.start_date),
                      to_iso(details.review_date), details.reason, to_iso_instant(now_unix_seconds()),
                      author.username, author.display_name})
          ->integer(0);
  log_change(connection, id, child_id, "raised",
             "From " + to_display(details.start_date) + ", review by " + to_display(details.review_date),
             details.reason, author);
  return id;
}

void review_flag(store::Connection& connection, const Flag& flag, const FlagReview& review,
                 const children::ChangeAuthor& author) {
  connection.execute("UPDATE child_flags SET review_date = ?, mappa_level = ? WHERE id = ?",
                     {to_iso(review.next_review_date), level_value(review.mappa_level), flag.id});
  log_change(connection, flag.id, flag.child_id, "reviewed", "Next review " + to_display(review.next_review_date),
             review.why, author);
  if (review.mappa_level != flag.details.mappa_level) {
    log_change(connection, flag.id, flag.child_id, "changed",
               flag_label(flag.details.flag_type, flag.details.mappa_level) + " changed to " +
                   flag_label(flag.details.flag_type, review.mappa_level),
               review.why, author);
  }
}

void end_flag(store::Connection& connection, const Flag& flag, Date end_date, const std::string& why,
              const children::ChangeAuthor& author) {
  connection.execute("UPDATE child_flags SET end_date = ? WHERE id = ?", {to_iso(end_date), flag.id});
  log_change(connection, flag.id, flag.child_id, "ended", "Ended " + to_display(end_date), why, author);
}

std::optional<Flag> find_flag(store::Connection& connection, std::int64_t child_id, std::int64_t id) {
  auto row = connection.query_one(std::string(flag_columns) + " WHERE child_id = ? AND id = ?", {child_id, id});
  if (!row) return std::nullopt;
  return flag_in(*row);
}

std::vector<Flag> flags_of(store::Connection& connection, std::int64_t child_id) {
  std::vector<Flag> flags;
  for (const auto& row : connection.query(std::string(flag_columns) + " WHERE child_id = ? ORDER BY id", {child_id})) {
    flags.push_back(flag_in(row));
  }
  return flags;
}

std::vector<Flag> current_flags(store::Connection& connection, std::int64_t child_id, Date today) {
  std::vector<Flag> flags;
  for (const auto& row : connection.query(std::string(flag_columns) +
                                              " WHERE child_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)"
                                              " ORDER BY id",
                                          {child_id, to_iso(today), to_iso(today)})) {
    flags.push_back(flag_in(row));
  }
  return flags;
}

std::vector<FlagChange> flag_log(store::Connection& connection, std::int64_t child_id) {
  std::vector<store::Value> params{child_id};
  return changes_where(connection, "l.child_id = ?", params);
}

std::vector<FlagChange> flag_changes_since(store::Connection& connection, std::int64_t child_id,
                                           const std::string& since) {
  std::vector<store::Value> params{child_id, since};
  return changes_where(connection, "l.child_id = ? AND l.changed_at >= ?", params);
}

}  // namespace pathway::practice
