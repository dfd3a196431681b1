#pragma once
// The form for a member of a child's network (adding and changing one): what was typed,
// checked into the store's values or GOV.UK errors beside the fields.
#include <optional>
#include <string>
#include <vector>

#include "practice/network/network.h"
#include "web/page.h"

namespace pathway::practice {

struct MemberForm {
  std::string member_kind;  // "family" or "professional", from the address
  std::string name, relationship, agency, phone, email, address;
  std::string parental_responsibility;  // "yes", "no" or blank
  std::string may_contact;              // "yes", "no" or blank
  std::string no_contact_reason;
};

// The form showing a member's details, to change them.
MemberForm form_showing(const MemberDetails& details);

struct MemberCheck {
  std::optional<MemberDetails> details;
  std::vector<web::FieldError> errors;
};

// A name; a relationship from the kind's list; for professionals, their agency; a phone
// number of digits, spaces and + ( ) - or blank; an email address or blank; an address or
// blank; for family, whether they hold parental responsibility; whether they may be
// contacted, and if not, why not.
MemberCheck check_member(const MemberForm& form);

// Whether `text` is an email address as people type them: one @, something before it, a
// domain with a dot after it, no spaces, at most 254 characters.
bool looks_like_email(std::string_view text);

}  // namespace pathway::practice
