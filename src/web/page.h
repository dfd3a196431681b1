#pragma once
// What a page handler is given, and the helpers every page uses to render itself inside
// the shared layout.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "access/audit.h"
#include "access/audit_writer.h"
#include "access/sessions.h"
#include "store/database.h"
#include "web/form_decoding.h"
#include "web/http.h"
#include "web/page_templates.h"
#include "web/router.h"
#include "web/views.h"

namespace pathway::web {

// How many audit events recording what this request showed have been durably written.
// Only PageContext::record_view counts one, so a handler cannot claim an event it did not
// write.
class RecordedViews {
 public:
  std::size_t count() const { return count_; }

 private:
  friend struct PageContext;
  std::size_t count_ = 0;
};

struct PageContext {
  Request& request;
  RouteParams params;
  std::optional<access::Session> session;  // present on every page but sign-in
  FormFields query;
  FormFields form;  // decoded body of a POST
  store::Database& database;
  const Views& views;
  access::AuditWriter& audit_log;
  RecordedViews recorded_views = {};

  // The signed-in username and account (pages behind sign-in only).
  const std::string& username() const { return session->staff.username; }
  const access::StaffMember& staff() const { return session->staff; }
  // Whether someone is signed in and their roles grant the permission.
  bool may(access::Permission permission) const { return session && session->staff.may(permission); }
  std::string query_value(std::string_view name) const;
  std::string form_value(std::string_view name) const;
  // An audit event from this request's user and address.
  access::AuditEvent audit(std::string action, std::string record_type = "",
                           std::string record_id = "", std::string detail = "") const;
  // Records, durably, that this user was shown personal data (a view or a search), and
  // counts it for render_page: call it before rendering any page declared as showing
  // personal data, naming the records shown. A change is audited in its own transaction
  // instead, with audit(). Never call it inside a write transaction: the audit writer
  // needs the write lock for its batch. Throws StoreError if the event was not written.
  void record_view(std::string action, std::string record_type = "", std::string record_id = "",
                   std::string detail = "");
};

using PageHandler = std::function<Response(PageContext&)>;

// One problem with a form field, for the GOV.UK error summary and the field's message.
struct FieldError {
  std::string field;  // the id of the input or group it belongs to
  std::string text;
  // The id the error summary links to, when not `field`: GOV.UK links a date to its first
  // wrong part and a set of radios to its first radio, so the link puts the cursor there.
  std::string target = {};
};

// The data every page's layout needs: title, signed-in user, navigation, CSRF token.
// nav_current is the href of the navigation item to mark as current.
ViewData layout_data(const PageContext& context, std::string title, std::string_view nav_current);

// Adds the error summary (and "Error: " title prefix) and a per-field `error_<field>` text.
void add_errors(ViewData& data, const std::vector<FieldError>& errors);

// Renders a page that shows no personal data (see web/page_templates.h).
Response render_page(const PageContext& context, PageTemplate page, const ViewData& data, int status = 200);

// Renders a page that shows personal data. Throws std::logic_error (a 500 page) if this
// request has recorded no audit event with record_view: the page is never shown untraced.
Response render_page(const PageContext& context, PersonalDataTemplate page, const ViewData& data,
                     int status = 200);

// A small page with a heading and a paragraph (404, 403, 500...).
Response message_page(const PageContext& context, int status, std::string heading, std::string text);

}  // namespace pathway::web
