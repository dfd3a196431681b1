#include "justice/order_forms.h"

#include "justice/form_checks.h"

namespace pathway::justice {

namespace {

web::DateInput typed(const std::optional<Date>& date) {
  if (!date) return {};
  return {std::to_string(static_cast<unsigned>(date->day())), std::to_string(static_cast<unsigned>(date->month())),
          std::to_string(static_cast<int>(date->year()))};
}

bool says_over(const std::string& completion) {
  return completion == "completed" || completion == "breached" || completion == "revoked";
}

// The reason every record of progress carries.
std::optional<std::string> reason_of(const std::string& typed_reason, std::vector<web::FieldError>& errors) {
  return required_text(typed_reason, "reason", "reason", max_progress_text, errors);
}

}  // namespace

OrderEndForm order_end_form_from(const Outcome& outcome) {
  const auto& details = outcome.details;
  return {typed(details.end_date), details.completion, details.end_ete, details.end_accommodation};
}

BreachForm breach_form_from(const BreachProceedings& breach) {
  return {typed(breach.begun_on), typed(breach.court_date), breach.result};
}

ProgressFormCheck<OrderEnd> check_order_end_form(const OrderEndForm& form, const Outcome& outcome,
                                                 const std::vector<Date>& offence_dates, Date date_of_birth) {
  ProgressFormCheck<OrderEnd> result;
  auto& errors = result.errors;
  auto end = optional_date(form.end_date, {"end-date", "End date", ""}, errors);
  // Recording progress says where the order stands: "ongoing" while it runs.
  if (!is_one_of(completions(), form.completion)) {
    errors.push_back({"completion", "Select how the order ended, or Ongoing while it runs"});
  }
  check_optional_choice(form.end_ete, end_statuses(), "end-ete",
                        "Select whether education, training or employment was suitable at the end, or leave it blank",
                        errors);
  check_optional_choice(form.end_accommodation, end_statuses(), "end-accommodation",
                        "Select whether accommodation was suitable at the end, or leave it blank", errors);
  if (!end && form.end_date.blank() && says_over(form.completion)) {
    errors.push_back({"end-date", "Enter the date the order ended: it is recorded as " + form.completion,
                      "end-date-day"});
  }
  const auto& details = outcome.details;
  OutcomeFacts facts{details.outcome_date, details.outcome_type, details.start_date, end, details.length_months,
                     offence_dates};
  // Only the end is being recorded: the outcome's other rules were met when it was.
  add_breaches(errors, outcome_breaches(date_of_birth, facts), {{"end_date", "end-date", "end date", "end-date-day"}});
  sort_in_form_order(errors, {"end-date", "completion", "end-ete", "end-accommodation"});
  if (errors.empty()) result.saved = OrderEnd{end, form.completion, form.end_ete, form.end_accommodation};
  return result;
}

ProgressFormCheck<OrderWarning> check_warning_form(const WarningForm& form, const OrderPeriod& order, Date today) {
  ProgressFormCheck<OrderWarning> result;
  auto& errors = result.errors;
  auto given_on = past_date(form.given_on, {"given-on", "Date of the warning", "Enter the date of the warning"}, today,
                            errors);
  auto reason = reason_of(form.reason, errors);
  auto given_by = required_text(form.given_by, "given-by", "name of who gave the warning", max_progress_text, errors);
  if (given_on) {
    add_breaches(errors, warning_breaches(order, *given_on), {{"given_on", "given-on", "date of the warning", "given-on-day"}});
  }
  sort_in_form_order(errors, {"given-on", "reason", "given-by"});
  if (errors.empty()) result.saved = OrderWarning{*given_on, *reason, *given_by};
  return result;
}

ProgressFormCheck<BreachProceedings> check_breach_form(const BreachForm& form, const OrderPeriod& order, Date today) {
  ProgressFormCheck<BreachProceedings> result;
  auto& errors = result.errors;
  auto begun_on = past_date(form.begun_on,
                            {"begun-on", "Date proceedings began", "Enter the date breach proceedings began"}, today,
                            errors);
  auto court_date = optional_date(form.court_date, {"court-date", "Court date", ""}, errors);
  if (!is_one_of(breach_results(), form.result) && !form.result.empty()) {
    errors.push_back({"result", "Select the result from the list, or leave it blank until the court decides"});
  } else if (!form.result.empty() && court_date && today < *court_date) {
    errors.push_back({"result", "The court date is still to come: leave the result blank until the court decides"});
  }
  if (begun_on) {
    add_breaches(errors, breach_proceedings_breaches(order, {*begun_on, court_date, form.result}),
                 {{"begun_on", "begun-on", "date proceedings began", "begun-on-day"},
                  {"court_date", "court-date", "court date", "court-date-day"},
                  {"result", "result", "result"}});
  }
  sort_in_form_order(errors, {"begun-on", "court-date", "result"});
  if (errors.empty()) result.saved = BreachProceedings{*begun_on, court_date, form.result};
  return result;
}

ProgressFormCheck<RecordedExtension> check_extension_form(const ExtensionForm& form, const ReferralOrderFacts& order,
                                                          Date today) {
  ProgressFormCheck<RecordedExtension> result;
  auto& errors = result.errors;
  auto made_on = past_date(form.made_on, {"made-on", "Date of the extension", "Enter the date the court extended the order"},
                           today, errors);
  auto months = whole_number(form.months, 2);
  if (!months) errors.push_back({"months", "Enter the months added as a whole number, for example 3"});
  auto reason = reason_of(form.reason, errors);
  if (made_on && months) {
    ReferralOrderFacts extended = order;
    extended.extensions.push_back({*made_on, *months});
    std::string index = "extensions[" + std::to_string(order.extensions.size()) + "].";
    std::string months_column = index + "months", date_column = index + "made_on";
    add_breaches(errors, referral_order_breaches(extended),
                 {{months_column, "months", "months added"}, {date_column, "made-on", "date of the extension", "made-on-day"}});
  }
  sort_in_form_order(errors, {"made-on", "months", "reason"});
  if (errors.empty()) result.saved = RecordedExtension{{*made_on, *months}, *reason};
  return result;
}

ProgressFormCheck<Revocation> check_revocation_form(const RevocationForm& form, const ReferralOrderFacts& order,
                                                    Date today) {
  ProgressFormCheck<Revocation> result;
  auto& errors = result.errors;
  auto revoked_on = past_date(form.revoked_on,
                              {"revoked-on", "Date of the revocation", "Enter the date the court revoked the order"},
                              today, errors);
  auto reason = reason_of(form.reason, errors);
  if (revoked_on) {
    ReferralOrderFacts revoked = order;
    revoked.revoked_on = revoked_on;
    auto breaches = referral_order_breaches(revoked);
    if (auto breach = end_before_start(order.contract_date, revoked_on, "revoked_on", "contract date")) {
      breaches.push_back(std::move(*breach));
    }
    add_breaches(errors, breaches, {{"revoked_on", "revoked-on", "date of the revocation", "revoked-on-day"}});
  }
  sort_in_form_order(errors, {"revoked-on", "reason"});
  if (errors.empty()) result.saved = Revocation{*revoked_on, *reason};
  return result;
}

}  // namespace pathway::justice
