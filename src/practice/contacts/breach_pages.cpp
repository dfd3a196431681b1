// Breach decisions on a child's orders, from their contacts: a practitioner proposes that
// breach proceedings begin (/children/{id}/contacts/breaches/new), and a manager, never the
// proposer, agrees or declines (/children/{id}/contacts/breaches/{decision}); agreeing
// begins the order's breach proceedings. Each change and its audit event in one transaction.
#include "access/audit.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "core/free_text.h"
#include "core/text.h"
#include "justice/justice_page_data.h"
#include "practice/contacts/breach_decisions.h"
#include "practice/contacts/contact_page_data.h"
#include "practice/contacts/running_orders.h"
#include "practice/contacts/contact_page_templates.h"
#include "store/transaction.h"
#include "web/app.h"
#include "web/request_numbers.h"

namespace pathway::web {

namespace {

Response proposal_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                       const std::string& order, const std::string& reason, const std::vector<FieldError>& errors,
                       int status) {
  ViewData data = contacts_page_data(context, connection, summary, "Propose breach proceedings");
  data.set("action", contacts_href(summary) + "/breaches/new");
  data.set("orders", practice::order_choices(practice::orders_running_on(connection, summary.child.id, today_utc()), order,
                                               "Choose the order"));
  data.set("reason", reason);
  add_errors(data, errors);
  return render_page(context, pages::breach_proposal_form, data, status);
}

Response proposal_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  context.record_view("child.breach_form", "child", summary->child.public_id);
  return proposal_page(context, *connection, *summary, "", "", {}, 200);
}

Response propose(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  std::string order = context.form_value("order");
  std::string reason(trim(context.form_value("reason")));
  std::vector<FieldError> errors;
  auto orders = practice::orders_running_on(*connection, summary->child.id, today_utc());
  auto id = posted_version(order);
  bool running = id && std::any_of(orders.begin(), orders.end(),
                                   [&](const practice::WarnableOrder& each) { return each.outcome_id == *id; });
  if (!running) errors.push_back({"order", "Select one of the child’s orders running today"});
  if (reason.empty()) {
    errors.push_back({"reason", "Enter why breach proceedings should begin"});
  } else if (auto problem = free_text_problem(reason, practice::max_appointment_words)) {
    errors.push_back({"reason", "The reason " + *problem});
  }
  if (!errors.empty()) {
    context.record_view("child.breach_form", "child", summary->child.public_id, "nothing saved: the form had errors");
    return proposal_page(context, *connection, *summary, order, context.form_value("reason"), errors, 422);
  }
  store::Transaction transaction(*connection);
  auto decision = practice::propose_breach(*connection, *id, reason, context.username());
  access::record_audit_event(*connection, context.audit("breach.propose", "child", summary->child.public_id,
                                                        "breach decision " + std::to_string(decision) + " on outcome " +
                                                            std::to_string(*id)));
  transaction.commit();
  return Response::redirect(contacts_href(*summary) + "?saved=proposed");
}

std::optional<practice::BreachDecision> addressed_decision(PageContext& context, store::Connection& connection,
                                                           std::int64_t child_id) {
  auto id = posted_version(context.params.at("decision"));
  if (!id) return std::nullopt;
  for (auto& decision : practice::breach_decisions_of_child(connection, child_id)) {
    if (decision.id == *id) return decision;
  }
  return std::nullopt;
}

Response decision_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                       const practice::BreachDecision& decision, const std::string& answer,
                       const std::vector<FieldError>& errors, int status) {
  ViewData data = contacts_page_data(context, connection, summary, "Agree breach proceedings");
  data.set("action", contacts_href(summary) + "/breaches/" + std::to_string(decision.id));
  data.set("reason", decision.reason);
  data.set("proposed_by", decision.proposed_by);
  data.set("outcome_href", "/children/" + summary.child.public_id + "/outcomes/" + std::to_string(decision.outcome_id));
  data.set("agree", answer == "agree");
  data.set("decline", answer == "decline");
  add_errors(data, errors);
  return render_page(context, pages::breach_decision_form, data, status);
}

Response decision_not_found(PageContext& context) {
  return message_page(context, 404, "Breach decision not found",
                      "This child has no breach decision with that reference. Go back to the child’s contacts.");
}

Response decision_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto decision = addressed_decision(context, *connection, summary->child.id);
  if (!decision) return decision_not_found(context);
  context.record_view("child.breach_decision_form", "child", summary->child.public_id,
                      "breach decision " + std::to_string(decision->id));
  return decision_page(context, *connection, *summary, *decision, "", {}, 200);
}

Response decide(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto decision = addressed_decision(context, *connection, summary->child.id);
  if (!decision) return decision_not_found(context);
  std::string answer = context.form_value("decision");
  auto errors = practice::breach_decision_errors(*decision, answer, context.username());
  if (!errors.empty()) {
    context.record_view("child.breach_decision_form", "child", summary->child.public_id,
                        "breach decision " + std::to_string(decision->id) + "; nothing saved: the form had errors");
    return decision_page(context, *connection, *summary, *decision, answer, errors, 422);
  }
  store::Transaction transaction(*connection);
  auto proceedings = practice::decide_breach(*connection, *decision, answer == "agree", context.username(), today_utc());
  access::record_audit_event(
      *connection, context.audit("breach.decide", "child", summary->child.public_id,
                                 "breach decision " + std::to_string(decision->id) + ", " + answer +
                                     (proceedings ? "; breach proceedings " + std::to_string(*proceedings) : "")));
  transaction.commit();
  return Response::redirect(contacts_href(*summary) + "?saved=" + (proceedings ? "agreed" : "declined"));
}

}  // namespace

void add_breach_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  routes.record_page(Method::get, "/children/{id}/contacts/breaches/new", Permission::record_practice, child,
                     proposal_form);
  routes.record_page(Method::post, "/children/{id}/contacts/breaches/new", Permission::record_practice, child, propose);
  routes.record_page(Method::get, "/children/{id}/contacts/breaches/{decision}", Permission::countersign_assessments,
                     child, decision_form);
  routes.record_page(Method::post, "/children/{id}/contacts/breaches/{decision}", Permission::countersign_assessments,
                     child, decide);
}

}  // namespace pathway::web
