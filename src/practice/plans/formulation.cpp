#include "practice/plans/formulation.h"

namespace pathway::practice {

const std::vector<FormulationSection>& formulation_sections() {
  static const std::vector<FormulationSection> sections = {
      {"what-happened", "What has happened",
       "The child's story: experiences, adversity and trauma, what led to the offending"},
      {"what-it-means", "What it means",
       "How those experiences shape how the child thinks, feels and behaves now"},
      {"keeps-safe", "What keeps the child safe",
       "Strengths, people and places that protect the child and others"},
      {"what-helps", "What helps",
       "How best to work with the child: what has worked, what to avoid"},
      {"child-view", "What the child says", "The child's own view, in their words"},
  };
  return sections;
}

std::vector<FormulationVersion> formulation_versions(store::Connection& connection, std::int64_t child_id) {
  std::vector<FormulationVersion> versions;
  for (const auto& row :
       connection.query("SELECT f.id, f.version, s.display_name, f.saved_at FROM case_formulations f"
                        " JOIN staff s ON s.id = f.saved_by WHERE f.child_id = ? ORDER BY f.version DESC",
                        {child_id})) {
    versions.push_back({row.integer(0), static_cast<int>(row.integer(1)), {}, row.text(2), row.text(3)});
  }
  if (versions.empty()) return versions;
  for (const auto& row : connection.query(
           "SELECT t.formulation_id, t.section, t.body FROM case_formulation_sections t"
           " JOIN case_formulations f ON f.id = t.formulation_id WHERE f.child_id = ?",
           {child_id})) {
    for (auto& version : versions) {
      if (version.id == row.integer(0)) version.sections[row.text(1)] = row.text(2);
    }
  }
  return versions;
}

SavedFormulation save_formulation(store::Connection& connection, std::int64_t child_id,
                                  const std::map<std::string, std::string>& sections, std::int64_t staff_id,
                                  const std::string& saved_at) {
  auto newest = connection.query_one("SELECT COALESCE(MAX(version), 0) FROM case_formulations WHERE child_id = ?",
                                     {child_id});
  int version = static_cast<int>(newest->integer(0)) + 1;
  auto row = connection.query_one(
      "INSERT INTO case_formulations (child_id, version, saved_by, saved_at) VALUES (?, ?, ?, ?) RETURNING id",
      {child_id, std::int64_t{version}, staff_id, saved_at});
  std::int64_t id = row->integer(0);
  for (const auto& [code, body] : sections) {
    if (body.empty()) continue;
    connection.execute("INSERT INTO case_formulation_sections (formulation_id, section, body) VALUES (?, ?, ?)",
                       {id, code, body});
  }
  return {id, version};
}

}  // namespace pathway::practice
