#pragma once
// Checks what a member of staff typed into the forms of an order in progress: its end, a
// warning, breach proceedings, a referral order's extension and its revocation. Each runs
// the form's own checks (real dates, none in the future but a court date, a whole number,
// the listed choices, a reason given) and then the rules of the record
// (record_rules.h outcome_breaches, order_progress_rules.h, referral_order.h
// referral_order_breaches), whose breaches it puts beside the field to fix. Pure.
#include <optional>
#include <string>
#include <vector>

#include "justice/order_progress.h"
#include "justice/order_progress_rules.h"
#include "web/date_input.h"
#include "web/page.h"

namespace pathway::justice {

// The longest reason or name these forms take, in characters.
inline constexpr std::size_t max_progress_text = 300;

// A form's result: what to save, when there are no errors.
template <class Saved>
struct ProgressFormCheck {
  std::optional<Saved> saved;
  std::vector<web::FieldError> errors;  // in form order
};

struct OrderEndForm {
  web::DateInput end_date;
  std::string completion;
  std::string end_ete;
  std::string end_accommodation;
};

// The form filled in with what `outcome` records now.
OrderEndForm order_end_form_from(const Outcome& outcome);

// `offence_dates` are those of the offences the outcome disposes of. A completion is
// chosen ("ongoing" while the order runs); one that says the order is over (completed,
// breached, revoked) needs its end date.
ProgressFormCheck<OrderEnd> check_order_end_form(const OrderEndForm& form, const Outcome& outcome,
                                                 const std::vector<Date>& offence_dates, Date date_of_birth);

struct WarningForm {
  web::DateInput given_on;
  std::string reason;
  std::string given_by;
};

ProgressFormCheck<OrderWarning> check_warning_form(const WarningForm& form, const OrderPeriod& order, Date today);

struct BreachForm {
  web::DateInput begun_on;
  web::DateInput court_date;  // optional: may be a hearing still to come
  std::string result;         // optional until the court decides
};

// The form filled in with the breach proceedings as recorded, to correct them.
BreachForm breach_form_from(const BreachProceedings& breach);

// A result needs a court date of today or earlier: the court has decided.
ProgressFormCheck<BreachProceedings> check_breach_form(const BreachForm& form, const OrderPeriod& order, Date today);

struct ExtensionForm {
  web::DateInput made_on;
  std::string months;
  std::string reason;
};

struct RevocationForm {
  web::DateInput revoked_on;
  std::string reason;
};

// `order` is the referral order as recorded (its contract, length, extensions and any
// revocation); the new extension is checked as the next of its extensions.
ProgressFormCheck<RecordedExtension> check_extension_form(const ExtensionForm& form, const ReferralOrderFacts& order,
                                                          Date today);

// The revocation is checked against the order as recorded, and is not before its contract.
ProgressFormCheck<Revocation> check_revocation_form(const RevocationForm& form, const ReferralOrderFacts& order,
                                                    Date today);

}  // namespace pathway::justice
