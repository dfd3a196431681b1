#pragma once
// A child's assessments in the store: each made on one template version, a draft until
// completed, then perhaps countersigned by a manager; a reassessment names the assessment
// it started from. The rules (assessment_rules.h) are checked before anything gets here.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "store/database.h"

namespace pathway::practice {

// The answers of an assessment by question id; a question not answered is absent.
using Answers = std::map<std::int64_t, std::string>;

struct Assessment {
  std::int64_t id = 0;
  std::int64_t child_id = 0;
  std::int64_t template_id = 0;
  std::string kind;   // the template's kind
  int version = 1;    // the template's version it was made on
  std::string title;  // the template's title
  std::optional<std::int64_t> reassessment_of;
  std::string state;  // "draft", "completed" or "countersigned"
  std::int64_t author_id = 0;
  std::string author_name;
  Date started_on{};
  std::optional<Date> completed_on;
  std::optional<std::int64_t> countersigned_by;
  std::string countersigner_name;  // empty unless countersigned
  std::optional<Date> countersigned_on;
};

// The child's assessments, newest first. Throws StoreError.
std::vector<Assessment> assessments_of_child(store::Connection& connection, std::int64_t child_id);

// The child's assessment with this id, or nullopt (none, or another child's). Throws StoreError.
std::optional<Assessment> find_assessment(store::Connection& connection, std::int64_t child_id,
                                          std::int64_t assessment_id);

// The assessment's answers. Throws StoreError.
Answers answers_of(store::Connection& connection, std::int64_t assessment_id);

// Starts a draft on the template version with these answers (a reassessment's are carried
// from the one it starts from). The caller holds the transaction. Returns its id.
std::int64_t create_assessment(store::Connection& connection, std::int64_t child_id, std::int64_t template_id,
                               std::int64_t author_id, Date started_on, std::optional<std::int64_t> reassessment_of,
                               const Answers& answers);

// Replaces a draft's answers with these. The caller holds the transaction.
void save_answers(store::Connection& connection, std::int64_t assessment_id, const Answers& answers);

// Marks the draft completed on that date. The caller holds the transaction.
void mark_completed(store::Connection& connection, std::int64_t assessment_id, Date completed_on);

// Marks the completed assessment countersigned by the manager on that date. The caller
// holds the transaction.
void mark_countersigned(store::Connection& connection, std::int64_t assessment_id, std::int64_t manager_id,
                        Date countersigned_on);

}  // namespace pathway::practice
