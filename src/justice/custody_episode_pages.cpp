// Recording custody (/children/{id}/custody/new: the establishment, from the reference
// data, the sentence served or a remand, the start), a release
// (/children/{id}/custody/{episode}/release) and a transfer to another establishment,
// including the move to the adult estate at 18 (/children/{id}/custody/{episode}/transfer):
// the episode ends and the next starts on the same day, in one transaction with its audit
// event.
#include "access/audit.h"
#include "children/child_record_guard.h"
#include "core/clock.h"
#include "justice/custody_form.h"
#include "justice/custody_page_data.h"
#include "justice/custody_views.h"
#include "justice/form_checks.h"
#include "store/transaction.h"

namespace pathway::web {

namespace {

// The establishments a form offers: those not retired.
std::vector<reference::Establishment> offered_establishments(store::Connection& connection) {
  auto establishments = reference::list_establishments(connection);
  std::erase_if(establishments, [](const reference::Establishment& establishment) { return establishment.retired; });
  return establishments;
}

std::string described(const justice::CustodyPlacement& placement) {
  return "'" + placement.establishment + "' (" + placement.establishment_type + ")";
}

// ---- recording custody ----

struct EpisodeFormPage {
  justice::CustodyForm form;
  std::vector<reference::Establishment> offered;
  std::vector<justice::Outcome> sentences;  // the child's custodial outcomes
};

Response episode_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                           const EpisodeFormPage& page, const std::vector<FieldError>& errors, int status) {
  ViewData data = custody_page_data(context, connection, summary, "Record custody");
  data.set("heading", "Record custody");
  data.set("action", custody_href(summary) + "/new");
  data.set("establishment_groups", justice::establishment_groups(page.offered, page.form.establishment));
  ViewList sentences;
  for (const auto& outcome : page.sentences) {
    ViewData item;
    item.set("value", std::to_string(outcome.id));
    item.set("label", justice::sentence_text(outcome.id, page.sentences));
    item.set("checked", page.form.sentence == std::to_string(outcome.id));
    item.set("first", sentences.empty());
    sentences.push_back(std::move(item));
  }
  ViewData on_remand;
  on_remand.set("value", std::string(justice::on_remand_choice));
  on_remand.set("label", std::string("None: remanded to youth detention accommodation"));
  on_remand.set("checked", page.form.sentence == justice::on_remand_choice);
  on_remand.set("first", sentences.empty());
  sentences.push_back(std::move(on_remand));
  data.set("sentences", std::move(sentences));
  data.set("asks_sentence", true);
  data.set("date", ViewList{date_input_data("start-date", "Start date", "The day the child arrived, for example 27 3 2025",
                                            page.form.start_date, errors)});
  data.set("button", "Save custody");
  add_errors(data, errors);
  return render_page(context, pages::custody_form, data, status);
}

EpisodeFormPage episode_form_of(store::Connection& connection, const children::ChildSummary& summary,
                                justice::CustodyForm form) {
  return {std::move(form), offered_establishments(connection),
          justice::custodial_outcomes(justice::outcomes_of_child(connection, summary.child.id))};
}

Response new_episode_form(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  context.record_view("child.custody_form", "child", summary->child.public_id);
  return episode_form_page(context, *connection, *summary, episode_form_of(*connection, *summary, {}), {}, 200);
}

Response create_episode(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  const std::string& public_id = summary->child.public_id;
  auto page = episode_form_of(*connection, *summary,
                              {context.form_value("establishment"), context.form_value("sentence"),
                               posted_date(context, "start-date")});
  justice::CustodyFormFacts facts{summary->child.details.date_of_birth, today_utc(), page.offered, {},
                                  justice::remands_of_child(*connection, summary->child.id)};
  for (const auto& outcome : page.sentences) facts.sentences.push_back({outcome.id, outcome.details.outcome_date});
  auto checked = justice::check_custody_form(page.form, facts);
  if (!checked.episode) {
    context.record_view("child.custody_form", "child", public_id, "nothing saved: the form had errors");
    return episode_form_page(context, *connection, *summary, page, checked.errors, 422);
  }
  const auto& episode = *checked.episode;
  store::Transaction transaction(*connection);
  std::int64_t id = justice::create_custody_episode(*connection, summary->child.id, episode.outcome_id,
                                                    episode.placement, episode.start_date);
  access::record_audit_event(
      *connection,
      context.audit("custody.create", "child", public_id,
                    "custody episode " + std::to_string(id) + " at " + described(episode.placement) + " from " +
                        to_iso(episode.start_date) + "; " +
                        (episode.outcome_id ? "outcome " + std::to_string(*episode.outcome_id) : "on remand")));
  transaction.commit();
  return Response::redirect(custody_href(*summary) + "?saved=custody");
}

// ---- an episode still open: release and transfer ----

std::optional<justice::CustodyEpisode> open_episode(PageContext& context, store::Connection& connection,
                                                    const children::ChildSummary& summary) {
  auto id = justice::whole_number(context.params.at("episode"), 18);
  if (!id) return std::nullopt;
  auto episode = justice::find_custody_episode(connection, summary.child.id, *id);
  if (!episode || episode->release_date) return std::nullopt;
  return episode;
}

Response episode_not_found(PageContext& context, const children::ChildSummary& summary) {
  context.record_view("child.custody_form", "child", summary.child.public_id, "no such custody episode still open");
  return message_page(context, 404, "Custody not found", "This child has no such custody episode still open.");
}

std::string episode_href(const children::ChildSummary& summary, const justice::CustodyEpisode& episode) {
  return custody_href(summary) + "/" + std::to_string(episode.id);
}

using EpisodeHandler = Response (*)(PageContext&, store::Connection&, const children::ChildSummary&,
                                    const justice::CustodyEpisode&);

// A page about one of the child's custody episodes still open: the child and the episode
// found (each refused as "not found" otherwise), then `handle`.
template <EpisodeHandler handle>
Response on_open_episode(PageContext& context) {
  auto connection = context.database.acquire();
  auto summary = justice_child(context, *connection);
  if (!summary) return justice_child_not_found(context);
  auto episode = open_episode(context, *connection, *summary);
  if (!episode) return episode_not_found(context, *summary);
  return handle(context, *connection, *summary, *episode);
}

std::string episode_about(const justice::CustodyEpisode& episode) {
  return episode.placement.establishment + " since " + to_display(episode.start_date);
}

Response release_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                           const justice::CustodyEpisode& episode, const DateInput& typed,
                           const std::vector<FieldError>& errors, int status) {
  ViewData data = custody_page_data(context, connection, summary, "Record the release");
  data.set("heading", "Record the release");
  data.set("action", episode_href(summary, episode) + "/release");
  data.set("about", episode_about(episode));
  data.set("date", ViewList{date_input_data("release-date", "Release date", "For example 27 3 2025", typed, errors)});
  data.set("button", "Save release");
  add_errors(data, errors);
  return render_page(context, pages::custody_date_form, data, status);
}

Response release_form(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
             const justice::CustodyEpisode& episode) {
  context.record_view("child.custody_form", "child", summary.child.public_id);
  return release_form_page(context, connection, summary, episode, {}, {}, 200);
}

Response release(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
             const justice::CustodyEpisode& episode) {
  const std::string& public_id = summary.child.public_id;
  DateInput typed = posted_date(context, "release-date");
  auto checked = justice::check_release(typed, episode, today_utc());
  if (!checked.release_date) {
    context.record_view("child.custody_form", "child", public_id, "nothing saved: the form had errors");
    return release_form_page(context, connection, summary, episode, typed, checked.errors, 422);
  }
  store::Transaction transaction(connection);
  justice::release_from_custody(connection, episode.id, *checked.release_date);
  access::record_audit_event(connection, context.audit("custody.release", "child", public_id,
                                                        "custody episode " + std::to_string(episode.id) +
                                                            " released " + to_iso(*checked.release_date)));
  transaction.commit();
  return Response::redirect(custody_href(summary) + "?saved=released");
}

struct TransferPage {
  justice::TransferForm form;
  bool adult_estate = false;  // the move to the adult estate: only adult prisons offered
  std::vector<reference::Establishment> offered;
};

TransferPage transfer_page_of(PageContext& context, store::Connection& connection, justice::TransferForm form) {
  bool adult_estate = context.query_value("estate") == "adult" || context.form_value("estate") == "adult";
  auto offered = offered_establishments(connection);
  if (adult_estate) {
    std::erase_if(offered, [](const reference::Establishment& establishment) {
      return establishment.details.establishment_type != "adult_prison";
    });
  }
  return {std::move(form), adult_estate, std::move(offered)};
}

Response transfer_form_page(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
                            const justice::CustodyEpisode& episode, const TransferPage& page,
                            const std::vector<FieldError>& errors, int status) {
  std::string title = page.adult_estate ? "Move to the adult estate" : "Record a transfer";
  ViewData data = custody_page_data(context, connection, summary, title);
  data.set("heading", title);
  data.set("action", episode_href(summary, episode) + "/transfer");
  data.set("about", episode_about(episode));
  data.set("adult_estate", page.adult_estate);
  data.set("establishment_groups", justice::establishment_groups(page.offered, page.form.establishment));
  data.set("date", ViewList{date_input_data("transfer-date", "Date of the move",
                                            "The day the child left " + episode.placement.establishment +
                                                " and arrived at the next, for example 27 3 2025",
                                            page.form.transfer_date, errors)});
  data.set("button", "Save transfer");
  add_errors(data, errors);
  return render_page(context, pages::custody_form, data, status);
}

Response transfer_form(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
             const justice::CustodyEpisode& episode) {
  context.record_view("child.custody_form", "child", summary.child.public_id);
  return transfer_form_page(context, connection, summary, episode, transfer_page_of(context, connection, {}), {}, 200);
}

Response transfer(PageContext& context, store::Connection& connection, const children::ChildSummary& summary,
             const justice::CustodyEpisode& episode) {
  const std::string& public_id = summary.child.public_id;
  auto page = transfer_page_of(context, connection,
                               {context.form_value("establishment"), posted_date(context, "transfer-date")});
  auto checked = justice::check_transfer(page.form, episode, page.offered, summary.child.details.date_of_birth,
                                         today_utc());
  if (!checked.next) {
    context.record_view("child.custody_form", "child", public_id, "nothing saved: the form had errors");
    return transfer_form_page(context, connection, summary, episode, page, checked.errors, 422);
  }
  store::Transaction transaction(connection);
  std::int64_t id = justice::transfer_custody(connection, summary.child.id, episode, *checked.next, checked.day);
  access::record_audit_event(
      connection, context.audit("custody.transfer", "child", public_id,
                                 "custody episode " + std::to_string(episode.id) + " at " +
                                     described(episode.placement) + " ended " + to_iso(checked.day) +
                                     "; custody episode " + std::to_string(id) + " at " + described(*checked.next) +
                                     " from " + to_iso(checked.day)));
  transaction.commit();
  return Response::redirect(custody_href(summary) + "?saved=transferred");
}

}  // namespace

void add_custody_episode_pages(Routes& routes) {
  using access::Permission;
  auto child = child_record_guard();
  constexpr auto may = Permission::correct_child_record;
  routes.record_page(Method::get, "/children/{id}/custody/new", may, child, new_episode_form);
  routes.record_page(Method::post, "/children/{id}/custody/new", may, child, create_episode);
  routes.record_page(Method::get, "/children/{id}/custody/{episode}/release", may, child, on_open_episode<release_form>);
  routes.record_page(Method::post, "/children/{id}/custody/{episode}/release", may, child, on_open_episode<release>);
  routes.record_page(Method::get, "/children/{id}/custody/{episode}/transfer", may, child, on_open_episode<transfer_form>);
  routes.record_page(Method::post, "/children/{id}/custody/{episode}/transfer", may, child, on_open_episode<transfer>);
}

}  // namespace pathway::web
