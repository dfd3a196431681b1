#include "children/new_children.h"

#include "children/child_rows.h"
#include "store/copy.h"

namespace pathway::children {

NewChildrenWriter::NewChildrenWriter(store::Connection& connection, std::string created_at,
                                     std::optional<ChangeAuthor> author)
    : connection_(connection),
      created_at_(std::move(created_at)),
      author_(std::move(author)),
      children_("children", "id, " + std::string(new_child_columns) + ", holding_team_code",
                new_child_column_count + 2),
      changes_("child_changes", change_columns, change_column_count) {
  for (const auto& row :
       connection_.query("SELECT td.district_code, MIN(td.team_code)" + std::string(covering_teams) +
                             " GROUP BY td.district_code",
                         {})) {
    holding_team_[row.text(0)] = row.text(1);
  }
}

std::int64_t NewChildrenWriter::add(const ChildDetails& details, const std::string& public_id,
                                    const std::string& exchange_id) {
  refuse_invalid(details);
  if (last_id_ < 0) last_id_ = connection_.query("SELECT COALESCE(MAX(id), 0) FROM children", {}).front().integer(0);
  std::int64_t id = ++last_id_;
  std::vector<store::Value> row{id};
  row.reserve(new_child_column_count + 2);
  append_new_row(row, public_id, exchange_id, details, created_at_);
  auto team = holding_team_.find(details.district_code);
  row.emplace_back(team == holding_team_.end() ? store::Value{nullptr} : store::Value{team->second});
  children_.add(row);
  if (author_) {
    std::vector<std::string> fields;
    for (const auto& change : change_rows(id, 1, created_at_, *author_, "", {}, stored_fields(details), fields)) {
      changes_.add(change);
    }
  }
  identity_behind_ = true;
  if (children_.waiting() < store::BatchedInsert::rows_per_statement) return id;
  children_.write_full(connection_);
  changes_.write_full(connection_);  // every waiting change names a child written by now
  return id;
}

void NewChildrenWriter::flush() {
  if (!identity_behind_) return;
  children_.flush(connection_);
  changes_.flush(connection_);
  store::advance_identity(connection_, "children");
  identity_behind_ = false;
}

std::vector<std::int64_t> insert_generated_children(store::Connection& connection,
                                                    std::span<const GeneratedChild> children,
                                                    const std::string& created_at) {
  NewChildrenWriter writer(connection, created_at, std::nullopt);
  std::vector<std::int64_t> ids;
  ids.reserve(children.size());
  for (const auto& child : children) ids.push_back(writer.add(child.details, child.public_id, child.public_id));
  writer.flush();
  return ids;
}

}  // namespace pathway::children
