#pragma once
// The audit search form: what was typed into /audit (or /audit.csv, which takes the same
// filters), checked and turned into a search of the trail.
#include <string>
#include <utility>
#include <vector>

#include "access/audit_search.h"
#include "web/page.h"

namespace pathway::web {

struct AuditSearchForm {
  std::string person;       // a username
  std::string record_type;  // "child" or "staff"
  std::string record_id;
  std::string action;
  std::string from_day, from_month, from_year;
  std::string to_day, to_month, to_year;
};

// The form as typed in the query string (record type "child" when none was chosen).
AuditSearchForm read_audit_search_form(const PageContext& context);

struct CheckedAuditSearch {
  access::AuditSearch search;
  std::vector<FieldError> errors;  // empty when the search can run
  std::string summary;             // the filters in words, for the audit event
};

// Checks the form: each date real (or all three boxes empty), the "to" date not before
// the "from" date, the action one Pathway records. The dates are UK dates, each whole day.
CheckedAuditSearch check_audit_search_form(const AuditSearchForm& form);

// The form's filters as query-string pairs, the empty ones left out, for links that keep
// the search (its other pages, its CSV export).
std::vector<std::pair<std::string, std::string>> audit_search_filters(const AuditSearchForm& form);

// The form's values and the choices for its selects, for templates/audit/search.
void add_audit_search_form_data(ViewData& data, const AuditSearchForm& form);

}  // namespace pathway::web
