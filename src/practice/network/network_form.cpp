#include "practice/network/network_form.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"
#include "justice/form_checks.h"
#include "justice/record_rules.h"
#include "practice/network/relationships.h"
#include "practice/notes/case_note_form.h"

namespace pathway::practice {

namespace {

bool looks_like_phone(std::string_view text) {
  if (text.size() > 30) return false;
  std::size_t digits = 0;
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      ++digits;
    } else if (std::string_view(" +()-").find(c) == std::string_view::npos) {
      return false;
    }
  }
  return digits >= 6;
}

// "yes" or "no" as a bool; nullopt with `message` beside `field` otherwise.
std::optional<bool> yes_or_no(const std::string& chosen, const std::string& field, const std::string& message,
                              std::vector<web::FieldError>& errors) {
  if (chosen == "yes") return true;
  if (chosen == "no") return false;
  errors.push_back({field, message, field});
  return std::nullopt;
}

std::string yes_no(std::optional<bool> value) { return value ? (*value ? "yes" : "no") : ""; }

}  // namespace

bool looks_like_email(std::string_view text) {
  if (text.empty() || text.size() > 254) return false;
  if (std::any_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; })) {
    return false;
  }
  auto at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) return false;
  std::string_view domain = text.substr(at + 1);
  auto dot = domain.find('.');
  return dot != std::string_view::npos && dot != 0 && domain.back() != '.';
}

MemberForm form_showing(const MemberDetails& details) {
  return {details.member_kind, details.name,    details.relationship, details.agency,
          details.phone,       details.email,   details.address,      yes_no(details.parental_responsibility),
          yes_no(details.may_contact),          details.no_contact_reason};
}

MemberCheck check_member(const MemberForm& form) {
  MemberCheck checked;
  auto& errors = checked.errors;
  bool professional = form.member_kind == professional_member;
  auto name = justice::required_text(form.name, "name", "name", 200, errors);
  if (!justice::is_one_of(justice::codes_of(relationships_of(form.member_kind)), form.relationship)) {
    errors.push_back({"relationship", professional ? "Choose their role" : "Choose who they are to the child"});
  }
  std::optional<std::string> agency = std::string();
  if (professional) agency = justice::required_text(form.agency, "agency", "agency they work for", 200, errors);
  std::string phone(trim(form.phone));
  if (!phone.empty() && !looks_like_phone(phone)) {
    errors.push_back({"phone", "Enter a phone number, like 01632 960 001 or +44 7700 900 982"});
  }
  std::string email(trim(form.email));
  if (!email.empty() && !looks_like_email(email)) {
    errors.push_back({"email", "Enter an email address in the correct format, like name@example.com"});
  }
  auto address = long_text(form.address, "address", "address", 500, false, errors);
  std::optional<bool> responsibility;
  if (!professional) {
    responsibility = yes_or_no(form.parental_responsibility, "parental-responsibility",
                               "Select yes if they have parental responsibility for the child", errors);
  }
  auto may_contact = yes_or_no(form.may_contact, "may-contact", "Select yes if the service may contact them", errors);
  std::optional<std::string> reason = std::string();
  if (may_contact && !*may_contact) {
    reason = long_text(form.no_contact_reason, "no-contact-reason", "reason they may not be contacted", 1000, true,
                       errors);
  }
  justice::sort_in_form_order(errors, {"name", "relationship", "agency", "phone", "email", "address",
                                       "parental-responsibility", "may-contact", "no-contact-reason"});
  if (!errors.empty()) return checked;
  checked.details = MemberDetails{form.member_kind, *name,    form.relationship, *agency,      phone,
                                  email,            *address, responsibility,    *may_contact, *reason};
  return checked;
}

}  // namespace pathway::practice
