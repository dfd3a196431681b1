#pragma once
// What the pages of a child's justice record share: the child in the address, the page's
// header (the child and the record's tabs, Offences current), whose eyes co-defendants
// are seen with, and the GOV.UK date input's data.
#include <optional>
#include <string>

#include "children/child_repository.h"
#include "core/result.h"
#include "justice/corrections.h"
#include "justice/offences.h"
#include "web/app.h"
#include "web/date_input.h"

namespace pathway::web {

// The child named in the address, or nullopt when there is none (gone since the guard
// let the request through).
std::optional<children::ChildSummary> justice_child(PageContext& context, store::Connection& connection);

// The answer for a child that is not there, as the guard gives it.
Response justice_child_not_found(PageContext& context);

// The layout with the child's header (children/child_record_header.h: who the child is
// and their current status), the Offences tab current and a Back link to the offences page
// (or the record itself when `back_to_record`).
ViewData justice_page_data(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                           std::string title, bool back_to_record = false);

// The signed-in member of staff, now.
justice::Viewer justice_viewer(const PageContext& context);

// Who is correcting a record and why: the signed-in member of staff, by the name they go by
// now, and the reason typed in the form's "reason" box (children/correction_reason.h: optional).
// Errors (invalid, with the GOV.UK message for the "reason" field): the reason is too long
// or not clean text.
Result<justice::CorrectionBy> posted_correction(const PageContext& context);

// A date input for the partial date_input: its id, legend, hint, the boxes as typed and
// the error beside it, if any.
ViewData date_input_data(const std::string& id, const std::string& legend, const std::string& hint,
                         const DateInput& typed, const std::vector<FieldError>& errors);

// The three boxes of the date input `id` as posted.
DateInput posted_date(const PageContext& context, const std::string& id);

}  // namespace pathway::web
