#include "performance/child_id_batches.h"

#include <algorithm>

namespace pathway::performance {

namespace {

// Well under SQLite's limit of host parameters in one statement.
constexpr std::size_t ids_per_query = 500;

}  // namespace

void each_child_row(store::Connection& connection, const std::string& sql, const std::vector<store::Value>& params,
                    const std::vector<std::int64_t>& child_ids, const std::function<void(const store::Row&)>& visit) {
  for (std::size_t start = 0; start < child_ids.size(); start += ids_per_query) {
    std::size_t end = std::min(child_ids.size(), start + ids_per_query);
    std::vector<store::Value> values = params;
    std::string list = "(";
    for (std::size_t i = start; i < end; ++i) {
      list += i == start ? "?" : ", ?";
      values.emplace_back(child_ids[i]);
    }
    for (const auto& row : connection.query(sql + list + ")", values)) visit(row);
  }
}

}  // namespace pathway::performance
