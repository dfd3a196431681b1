#pragma once
// The words of a record's corrections, as the "Corrections" section of its page shows
// them (templates/partials/record_corrections.mustache): each correction names the record,
// who made it, when and why, and each field it changed with its value before and after,
// in the words the forms use.
#include <functional>
#include <string>
#include <vector>

#include "justice/corrections.h"
#include "web/view_data.h"

namespace pathway::justice {

// What a page calls the record a correction is of: "Offence of 27 March 2024".
using RecordTitle = std::function<std::string(const CorrectedRecord&)>;

// [{title, corrected_at, corrected_by, reason, fields: [{label, old_value, new_value}]}],
// in the order given.
web::ViewList correction_rows(const std::vector<Correction>& corrections, const RecordTitle& title);

// Sets the page's "Corrections" section: corrections (correction_rows), has_corrections,
// and `none`, what the section says when there are none.
void add_corrections_section(web::ViewData& data, const std::vector<Correction>& corrections, const RecordTitle& title,
                             const std::string& none);

// "outcome 12, requirement 5": the records whose corrections a page shows, for its audit
// event's detail ("" when none).
std::string corrections_shown(const std::vector<Correction>& corrections);

// The field's label ("Date of the offence") and a stored value in words ("27 March 2024";
// "Not recorded" for a blank), for the record's kind.
std::string corrected_field_label(CorrectedKind kind, const std::string& field);
std::string corrected_value(CorrectedKind kind, const std::string& field, const std::optional<std::string>& value);

}  // namespace pathway::justice
