// The administrator's bank holidays (reference data, manage_reference_data): the list, a
// day added (a one-off day proclaimed) and a day removed (one moved or cancelled). Each
// change, its audit event and the tasks it moves are written in one transaction; a form
// with mistakes changes nothing.
#include "access/audit.h"
#include "core/text.h"
#include "deadlines/bank_holidays.h"
#include "deadlines/refresh.h"
#include "justice/justice_page_data.h"
#include "store/transaction.h"
#include "web/app.h"
#include "web/date_input.h"

namespace pathway::web {

namespace {

constexpr std::string_view list_path = "/admin/bank-holidays";
constexpr std::size_t longest_name = 100;

struct HolidayForm {
  DateInput date;
  std::string name;
};

Response holidays_page(PageContext& context, const HolidayForm& form, const std::vector<FieldError>& errors,
                       int status) {
  auto connection = context.database.acquire();
  auto holidays = deadlines::list_bank_holidays(*connection);
  connection.reset();
  ViewData data = layout_data(context, "Bank holidays", std::string(list_path));
  ViewList rows;
  for (const auto& holiday : holidays) {
    ViewData row;
    row.set("date", to_display(holiday.date));
    row.set("iso", to_iso(holiday.date));
    row.set("name", holiday.name);
    row.set("remove_action", std::string(list_path) + "/" + to_iso(holiday.date) + "/remove");
    rows.push_back(std::move(row));
  }
  data.set("holidays", std::move(rows));
  data.set("date", ViewList{date_input_data("date", "Date", "For example 8 5 2026", form.date, errors)});
  data.set("name", form.name);
  std::string done = context.query_value("done");
  if (done == "added" || done == "removed") {
    ViewData banner;
    banner.set("heading", std::string("Bank holiday ") + done + "; open tasks now count from the new calendar");
    data.set("notification", std::move(banner));
  }
  add_errors(data, errors);
  return render_page(context, pages::bank_holidays, data, status);
}

Response list_holidays(PageContext& context) { return holidays_page(context, {}, {}, 200); }

Response add_holiday(PageContext& context) {
  HolidayForm form{posted_date(context, "date"), std::string(trim(context.form_value("name")))};
  std::vector<FieldError> errors;
  auto date = read_date_input(form.date, {"date", "Date", "Enter the date of the bank holiday"}, errors);
  if (form.name.empty()) errors.push_back({"name", "Enter the name of the bank holiday"});
  if (form.name.size() > longest_name) errors.push_back({"name", "Name must be 100 characters or fewer"});
  if (date && errors.empty()) {
    auto connection = context.database.acquire();
    store::Transaction transaction(*connection);
    if (auto existing = deadlines::find_bank_holiday(*connection, *date)) {
      errors.push_back({"date", "There is already a bank holiday on " + to_display(*date) + ": " + existing->name,
                        "date-day"});
    } else {
      deadlines::add_bank_holiday(*connection, {*date, form.name});
      deadlines::refresh_all(*connection);
      access::record_audit_event(*connection, context.audit("bank_holiday.add", "bank_holiday", to_iso(*date),
                                                            "'" + form.name + "'"));
      transaction.commit();
      return Response::redirect(std::string(list_path) + "?done=added");
    }
  }
  return holidays_page(context, form, errors, 422);
}

Response remove_holiday(PageContext& context) {
  auto date = parse_iso_date(context.params.at("date"));
  auto connection = context.database.acquire();
  store::Transaction transaction(*connection);
  auto existing = date ? deadlines::find_bank_holiday(*connection, *date) : std::nullopt;
  if (!existing) return message_page(context, 404, "Bank holiday not found", "There is no bank holiday on that date.");
  deadlines::remove_bank_holiday(*connection, *date);
  deadlines::refresh_all(*connection);
  access::record_audit_event(*connection, context.audit("bank_holiday.remove", "bank_holiday", to_iso(*date),
                                                        "'" + existing->name + "'"));
  transaction.commit();
  return Response::redirect(std::string(list_path) + "?done=removed");
}

}  // namespace

void add_bank_holiday_pages(Routes& routes) {
  constexpr auto may = access::Permission::manage_reference_data;
  routes.page(Method::get, "/admin/bank-holidays", may, list_holidays);
  routes.page(Method::post, "/admin/bank-holidays", may, add_holiday);
  routes.page(Method::post, "/admin/bank-holidays/{date}/remove", may, remove_holiday);
}

}  // namespace pathway::web
