// Marking an early warning seen (POST /children/{id}/early-warnings/seen): the signed-in
// person's own acknowledgement, so it leaves their home page and not anyone else's. Anyone
// who may open the record may mark its warnings; the warning must be one of the child's
// (practice/early_warnings/early_warnings.h early_warnings_of_child). The acknowledgement
// and its audit event are saved in one transaction.
#include "access/audit.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "justice/justice_page_data.h"
#include "practice/early_warnings/early_warnings.h"
#include "practice/practice_page.h"
#include "store/transaction.h"

namespace pathway::web {

namespace {

Response mark_seen(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  const std::string& public_id = summary->child.public_id;
  std::string key = context.form_value("warning");
  auto warnings = practice::early_warnings_of_child(*connection, summary->child.id, now_unix_seconds());
  auto warning = std::find_if(warnings.begin(), warnings.end(),
                              [&](const practice::EarlyWarning& candidate) { return candidate.key == key; });
  if (warning == warnings.end()) {
    return message_page(context, 404, "Early warning not found", "This child has no such early warning.");
  }
  store::Transaction transaction(*connection);
  bool marked = practice::acknowledge_early_warning(*connection, context.staff().id, *warning);
  if (marked) {
    access::record_audit_event(*connection, context.audit("early_warning.acknowledge", "child", public_id,
                                                          warning->key + ": " + warning->title));
  }
  transaction.commit();
  if (context.form_value("back-to") == "home") return Response::redirect("/#early-warnings");
  return Response::redirect(section_href(*summary, "circumstances") + "?saved=seen#early-warnings");
}

}  // namespace

void add_early_warning_pages(Routes& routes) {
  routes.record_page(Method::post, "/children/{id}/early-warnings/seen", access::Permission::read_child_record,
                     child_record_guard(), mark_seen);
}

}  // namespace pathway::web
