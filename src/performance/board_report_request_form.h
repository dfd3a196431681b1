#pragma once
// The form that asks for a board report: which quarter, and which place (the whole service,
// an area or a district, each with the places within it). Read from the form or from a link
// (`quarter=2026-Q3`, `area=CODE`, `district=CODE`, as every performance page writes them),
// and checked before any work starts.
#include <optional>
#include <string>
#include <vector>

#include "performance/board_report_model.h"
#include "web/page.h"
#include "web/view_data.h"

namespace pathway::performance {

struct BoardReportForm {
  std::string quarter;  // "2026-Q3"
  std::string place;    // "service", "area:CODE" or "district:CODE"
};

// The form as a link fills it: a district when given, else an area, else the service.
BoardReportForm form_from_query(const std::string& quarter, const std::string& area, const std::string& district);

struct CheckedBoardReportForm {
  std::optional<BoardReportRequest> request;  // when there are no errors
  std::vector<web::FieldError> errors;
};

// The quarter must have ended by `today`; the place must be one of `districts` or their areas.
CheckedBoardReportForm check_board_report_form(const BoardReportForm& form,
                                               const std::vector<reference::District>& districts, Date today);

// The quarters offered (the last 8 ended), the form's selected; and the places, each area
// followed by its districts.
web::ViewList quarter_options(const BoardReportForm& form, Date today);
web::ViewList place_options(const BoardReportForm& form, const std::vector<reference::District>& districts);

// "Whole service, its areas and districts", "West Kent area and its districts", "Dover district".
std::string request_place_label(const BoardReportRequest& request, const std::vector<reference::District>& districts);

}  // namespace pathway::performance
