#pragma once
// Turns children and the child form into the data the templates show.
#include <string>
#include <vector>

#include "children/child_repository.h"
#include "children/child_validation.h"
#include "justice/current_status.h"
#include "reference/geography.h"
#include "web/views.h"

namespace pathway::children {

// The form as typed, with the select and radio options marked, for templates/children/form.
void add_form_data(web::ViewData& data, const ChildForm& form, const std::vector<reference::District>& districts);

// The form filled from a saved child (to edit it).
ChildForm form_from(const ChildDetails& details);

// The child as shown in lists and headings: name, date of birth, age, district, link.
web::ViewData child_summary_data(const ChildSummary& summary, Date today);

// Who holds the case, for the list and the record: "Amara Nwosu, North Unit", "North Unit
// (not allocated)" or "Not allocated".
std::string held_by(const ChildSummary& summary);

// The child's details as GOV.UK summary list rows ({key, value}). A remand in force that
// makes the child looked after (`status`) is shown as their looked-after status.
web::ViewList child_detail_rows(const ChildSummary& summary, Date today, const justice::CurrentStatus& status);

// What people call a stored field: "family_name" -> "Family name".
std::string field_label(const std::string& field);

// The history as a list of versions, newest first, each with its changed fields.
web::ViewList history_data(const std::vector<ChildChange>& changes, const std::vector<reference::District>& districts);

}  // namespace pathway::children
