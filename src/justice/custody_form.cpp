#include "justice/custody_form.h"

#include <algorithm>

#include "justice/form_checks.h"
#include "justice/record_rules.h"

namespace pathway::justice {

namespace {

constexpr int adult_age = 18;

std::string ages_text(const reference::EstablishmentDetails& establishment) {
  if (!establishment.oldest_age) return "aged " + std::to_string(establishment.youngest_age) + " or over";
  return "aged " + std::to_string(establishment.youngest_age) + " to " + std::to_string(*establishment.oldest_age);
}

// The establishment chosen from those offered, or nullptr with an error added.
const reference::Establishment* chosen_establishment(const std::string& posted,
                                                     const std::vector<reference::Establishment>& offered,
                                                     std::vector<web::FieldError>& errors) {
  auto id = whole_number(posted, 18);
  auto found = std::find_if(offered.begin(), offered.end(),
                            [&](const reference::Establishment& candidate) { return id && candidate.id == *id; });
  if (found != offered.end()) return &*found;
  errors.push_back({"establishment", "Select the establishment from the list"});
  return nullptr;
}

bool remanded_to_youth_detention_on(const std::vector<Remand>& remands, Date day) {
  return std::any_of(remands.begin(), remands.end(), [&](const Remand& remand) {
    return remand.remand_type == "remand_youth_detention" && remand.start_date <= day &&
           (!remand.end_date || day <= *remand.end_date);
  });
}

// The sentence chosen: an outcome id, or nullopt for a remand (or, with an error added,
// when nothing usable was chosen).
std::optional<std::int64_t> chosen_sentence(const CustodyForm& form, const CustodyFormFacts& facts,
                                            const std::optional<Date>& start, std::vector<web::FieldError>& errors) {
  if (form.sentence == on_remand_choice) {
    if (start && !remanded_to_youth_detention_on(facts.remands, *start)) {
      errors.push_back({"sentence",
                        "The child was not remanded to youth detention accommodation on the start date: record the "
                        "remand first, or choose the sentence the child is serving",
                        "sentence"});
    }
    return std::nullopt;
  }
  auto id = whole_number(form.sentence, 18);
  auto found = std::find_if(facts.sentences.begin(), facts.sentences.end(),
                            [&](const ServedSentence& sentence) { return id && sentence.id == *id; });
  if (found == facts.sentences.end()) {
    errors.push_back({"sentence", "Select the sentence the child is serving, or that they are on remand", "sentence"});
    return std::nullopt;
  }
  if (start && *start < found->outcome_date) {
    errors.push_back({"start-date",
                      "The start date is before the sentence was passed (" + to_display(found->outcome_date) +
                          "): give the day the child went into custody for it",
                      "start-date-day"});
  }
  return found->id;
}

CustodyPlacement placement_of(const reference::Establishment& establishment) {
  return {establishment.details.name, establishment.details.establishment_type};
}

}  // namespace

std::optional<std::string> placement_breach(const reference::EstablishmentDetails& establishment, Date date_of_birth,
                                            Date day) {
  int age = age_on(date_of_birth, day);
  if (establishment.establishment_type == "adult_prison" && age < adult_age) {
    return establishment.name + " is an adult prison and the child was " + std::to_string(age) +
           " on that date: a young person moves to the adult estate only from their 18th birthday, " +
           to_display(add_months(date_of_birth, 12 * adult_age)) + ". Choose an establishment of the youth estate";
  }
  bool too_old = establishment.oldest_age && age > *establishment.oldest_age;
  if (age < establishment.youngest_age || too_old) {
    return establishment.name + " takes young people " + ages_text(establishment) + " and the child was " +
           std::to_string(age) + " on that date: choose an establishment that takes a child of " +
           std::to_string(age);
  }
  return std::nullopt;
}

CustodyFormCheck check_custody_form(const CustodyForm& form, const CustodyFormFacts& facts) {
  CustodyFormCheck result;
  auto& errors = result.errors;
  const auto* establishment = chosen_establishment(form.establishment, facts.offered, errors);
  auto start = past_date(form.start_date, {"start-date", "Start date", "Enter the date the child went into custody"},
                         facts.today, errors);
  auto outcome_id = chosen_sentence(form, facts, start, errors);
  if (establishment && start) {
    if (auto breach = placement_breach(establishment->details, facts.date_of_birth, *start)) {
      errors.push_back({"establishment", *breach});
    }
  }
  sort_in_form_order(errors, {"establishment", "sentence", "start-date"});
  if (errors.empty()) result.episode = NewCustodyEpisode{outcome_id, placement_of(*establishment), *start};
  return result;
}

ReleaseCheck check_release(const web::DateInput& typed, const CustodyEpisode& episode, Date today) {
  ReleaseCheck result;
  auto released = past_date(typed, {"release-date", "Release date", "Enter the date the child was released"}, today,
                            result.errors);
  if (!released) return result;
  add_breaches(result.errors, custody_breaches({episode.start_date, released}),
               {{"release_date", "release-date", "release date", "release-date-day"}});
  if (result.errors.empty()) result.release_date = released;
  return result;
}

TransferCheck check_transfer(const TransferForm& form, const CustodyEpisode& current,
                             const std::vector<reference::Establishment>& offered, Date date_of_birth, Date today) {
  TransferCheck result;
  auto& errors = result.errors;
  const auto* establishment = chosen_establishment(form.establishment, offered, errors);
  if (establishment && establishment->details.name == current.placement.establishment) {
    errors.push_back({"establishment", "The child is already at " + current.placement.establishment +
                                           ": choose the establishment they moved to"});
    establishment = nullptr;
  }
  auto day = past_date(form.transfer_date, {"transfer-date", "Date of the move", "Enter the date the child moved"},
                       today, errors);
  if (day) {
    // The move ends the current episode: the day is its release.
    add_breaches(errors, custody_breaches({current.start_date, day}),
                 {{"release_date", "transfer-date", "date of the move", "transfer-date-day"}});
  }
  if (establishment && day) {
    if (auto breach = placement_breach(establishment->details, date_of_birth, *day)) {
      errors.push_back({"establishment", *breach});
    }
  }
  sort_in_form_order(errors, {"establishment", "transfer-date"});
  if (errors.empty()) {
    result.next = placement_of(*establishment);
    result.day = *day;
  }
  return result;
}

}  // namespace pathway::justice
