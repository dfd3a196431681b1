#include "practice/network/network.h"

#include "core/clock.h"
#include "core/dates.h"

namespace pathway::practice {

namespace {

constexpr std::string_view member_columns =
    "SELECT id, child_id, member_kind, name, relationship, agency, phone, email, address, parental_responsibility,"
    " may_contact, no_contact_reason, updated_at FROM network_members";

store::Value blank_is_null(const std::string& text) { return text.empty() ? store::Value{nullptr} : store::Value{text}; }

NetworkMember member_in(const store::Row& row) {
  auto responsibility = row.optional_integer(9);
  return {row.integer(0), row.integer(1),
          MemberDetails{row.text(2), row.text(3), row.text(4), row.optional_text(5).value_or(""),
                        row.optional_text(6).value_or(""), row.optional_text(7).value_or(""),
                        row.optional_text(8).value_or(""),
                        responsibility ? std::optional<bool>(*responsibility != 0) : std::nullopt,
                        row.integer(10) != 0, row.optional_text(11).value_or("")},
          row.text(12)};
}

// The values of the detail columns, in the order both statements name them.
std::vector<store::Value> detail_values(const MemberDetails& details) {
  return {details.member_kind,
          details.name,
          details.relationship,
          blank_is_null(details.agency),
          blank_is_null(details.phone),
          blank_is_null(details.email),
          blank_is_null(details.address),
          details.parental_responsibility ? store::Value{std::int64_t{*details.parental_responsibility ? 1 : 0}}
                                          : store::Value{nullptr},
          std::int64_t{details.may_contact ? 1 : 0},
          blank_is_null(details.may_contact ? "" : details.no_contact_reason),
          to_iso_instant(now_unix_seconds())};
}

}  // namespace

std::int64_t add_network_member(store::Connection& connection, std::int64_t child_id, const MemberDetails& details,
                                const std::string& username) {
  auto values = detail_values(details);
  store::Value recorded_at = values.back();  // the same instant as updated_at
  values.push_back(recorded_at);
  values.emplace_back(username);
  values.emplace_back(child_id);
  return connection
      .query("INSERT INTO network_members (member_kind, name, relationship, agency, phone, email, address,"
                 " parental_responsibility, may_contact, no_contact_reason, updated_at, recorded_at, recorded_by,"
                 " child_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
             values)
      .at(0)
      .integer(0);
}

void update_network_member(store::Connection& connection, std::int64_t id, const MemberDetails& details) {
  auto values = detail_values(details);
  values.emplace_back(id);
  connection.execute("UPDATE network_members SET member_kind = ?, name = ?, relationship = ?, agency = ?, phone = ?,"
                     " email = ?, address = ?, parental_responsibility = ?, may_contact = ?, no_contact_reason = ?,"
                     " updated_at = ? WHERE id = ?",
                     values);
}

std::optional<NetworkMember> find_network_member(store::Connection& connection, std::int64_t child_id,
                                                 std::int64_t id) {
  auto row = connection.query_one(std::string(member_columns) + " WHERE child_id = ? AND id = ?", {child_id, id});
  if (!row) return std::nullopt;
  return member_in(*row);
}

std::vector<NetworkMember> network_of(store::Connection& connection, std::int64_t child_id) {
  std::vector<NetworkMember> members;
  for (const auto& row : connection.query(std::string(member_columns) +
                                              " WHERE child_id = ? ORDER BY CASE member_kind WHEN 'family' THEN 0"
                                              " ELSE 1 END, id",
                                          {child_id})) {
    members.push_back(member_in(row));
  }
  return members;
}

}  // namespace pathway::practice
