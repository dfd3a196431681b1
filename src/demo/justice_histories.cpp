// How a demo child's justice history is drawn. A history is a run of episodes: offences,
// then (for a case that went to court) a remand while it was there, then the outcome that
// disposed of them, and custody for a custodial sentence or a remand to youth detention.
// The last episode is placed first, where child.in_force asks (in progress today, or
// ended), and the earlier ones are placed backwards from it, each a rung at most as high on
// the ladder of outcomes as the one after it, until the child's 10th birthday stops them.
//
// The proportions below are the county's, where the background plan gives them
// (shared/background/004: Kent Youth Justice Plan 2017/18), and otherwise estimates of the
// national picture, marked "estimate". The demo county's tests check the figures the plan
// gives land near it: about 300 first time entrants a year, custodial sentences about 5%
// of court disposals, remands to youth detention about 9% of remand episodes.
#include "demo/justice_histories.h"

#include <algorithm>
#include <array>
#include <span>

#include "justice/record_rules.h"

namespace pathway::demo {

namespace {

using std::chrono::days;
using Day = std::chrono::sys_days;

// ---- The ladder of outcomes ------------------------------------------------------------

// Rungs: 0 no outcome or a community resolution, 1 a caution, 2 a first-tier court
// sentence, 3 a youth rehabilitation order, 4 one with ISS, 5 custody.
constexpr int custody_rung = 5;

struct OutcomeKind {
  std::string_view type;
  int rung;
  int min_months;  // the programme or order's length; 0 for none
  int max_months;
  int min_age;     // at the outcome's date: the law's (a DTO: 12) or the courts' practice
};

// Lengths: referral orders 3 to 12 months (Sentencing Act 2020 s. 86); a YRO up to 3
// years, with ISS at least 6 months (domain.md); a youth conditional caution's conditions
// and a deferred prosecution's programme a few months (estimate); custodial terms below.
constexpr OutcomeKind kinds[] = {
    {"no_further_action", 0, 0, 0, 10},
    {"community_resolution", 0, 0, 0, 10},
    {"deferred_prosecution", 0, 4, 4, 10},
    {"youth_caution", 1, 0, 0, 10},
    {"youth_conditional_caution", 1, 3, 3, 10},
    {"not_guilty", 2, 0, 0, 10},
    {"absolute_discharge", 2, 0, 0, 10},
    {"conditional_discharge", 2, 0, 0, 10},
    {"fine", 2, 0, 0, 10},
    {"compensation_order", 2, 0, 0, 10},
    {"referral_order", 2, 3, 12, 10},
    {"youth_rehabilitation_order", 3, 6, 24, 10},
    {"youth_rehabilitation_order_iss", 4, 6, 12, 14},
    {"detention_and_training_order", 5, 4, 24, 12},
    {"section_250", 5, 24, 96, 14},
    {"section_252a", 5, 48, 96, 15},
    {"extended_sentence", 5, 60, 108, 15},
    {"detention_at_his_majestys_pleasure", 5, 0, 0, 15},
};

const OutcomeKind& kind_of(std::string_view type) {
  for (const auto& kind : kinds) {
    if (kind.type == type) return kind;
  }
  return kinds[0];
}

// Which outcome on each rung, for an episode before the last. Out of court: mostly
// community resolutions, whose growing use the plan credits for the fall in first time
// entrants (004, 1.4). First tier: mostly referral orders, compulsory on a first guilty
// plea (domain.md). Custody earlier in a history is a detention and training order: the
// long sentences end a history rather than sit in the middle of one.
constexpr Weighted<std::string_view> rung0[] = {
    {"community_resolution", 70}, {"no_further_action", 15}, {"deferred_prosecution", 15}};
constexpr Weighted<std::string_view> rung1[] = {{"youth_caution", 60}, {"youth_conditional_caution", 40}};
constexpr Weighted<std::string_view> rung2[] = {{"referral_order", 60},   {"conditional_discharge", 14},
                                                {"fine", 12},             {"compensation_order", 5},
                                                {"absolute_discharge", 4}, {"not_guilty", 5}};
constexpr Weighted<std::string_view> rung3[] = {{"youth_rehabilitation_order", 1}};
constexpr Weighted<std::string_view> rung4[] = {{"youth_rehabilitation_order_iss", 1}};
constexpr Weighted<std::string_view> rung5[] = {{"detention_and_training_order", 1}};
constexpr std::span<const Weighted<std::string_view>> rungs[] = {rung0, rung1, rung2, rung3, rung4, rung5};

// The last outcome of a closed case. Weighted so that, with the episodes before them,
// custodial sentences are about 5% of court disposals (004, 1.10: 30 custodial sentences,
// 5.3%) and first time entrants about 300 a year for the default county (004, 1.2).
constexpr Weighted<std::string_view> closing_outcomes[] = {
    {"no_further_action", 50}, {"community_resolution", 260}, {"deferred_prosecution", 40},
    {"youth_caution", 120},    {"youth_conditional_caution", 70}, {"not_guilty", 12},
    {"absolute_discharge", 8}, {"conditional_discharge", 45},  {"fine", 45},
    {"compensation_order", 14}, {"referral_order", 200},      {"youth_rehabilitation_order", 70},
    {"youth_rehabilitation_order_iss", 8}, {"detention_and_training_order", 18}, {"section_250", 2}};

// What an open case is subject to today: referral orders are most of a unit's statutory
// caseload, then youth rehabilitation orders and out-of-court programmes (estimate); a
// few are in custody or remanded there (the plan: 28 remands to youth detention a year,
// 004, 1.10, each lasting weeks).
constexpr Weighted<InForce> open_cases[] = {
    {InForce::out_of_court_programme, 170},
    {InForce::referral_order, 330},
    {InForce::youth_rehabilitation_order, 190},
    {InForce::youth_rehabilitation_order_iss, 30},
    {InForce::detention_in_custody, 20},
    {InForce::detention_in_community, 25},
    {InForce::section_250, 4},
    {InForce::remanded_to_youth_detention, 12},
    {InForce::remanded_to_local_authority, 14},
    {InForce::bail_with_support, 110},
};

// Of all the children a service has a record of, how many (per thousand) have a case open
// today (estimate: a unit's open cases against the children it has known).
constexpr std::uint32_t open_per_thousand = 350;

// ---- Offences ------------------------------------------------------------------------------

struct OffenceKind {
  std::string_view category;
  int gravity;  // a typical YJB seriousness score for it (estimate: check against the YJB's list)
  std::string_view description;
  std::uint32_t weight;
};

// Proportions roughly as the proven offences of children nationally: violence against the
// person the largest group (the plan: 40% of re-offences, 004, 1.6), then theft, drugs,
// motoring, criminal damage, public order (estimate).
constexpr OffenceKind minor_offences[] = {
    {"violence_against_the_person", 3, "Common assault", 170},
    {"violence_against_the_person", 3, "Assault on an emergency worker", 40},
    {"theft_and_handling", 1, "Theft from a shop", 80},
    {"theft_and_handling", 2, "Theft of a pedal cycle", 20},
    {"criminal_damage", 2, "Criminal damage (under 5,000 pounds)", 80},
    {"drugs", 1, "Possession of cannabis", 70},
    {"public_order", 3, "Causing harassment, alarm or distress (s. 4A Public Order Act 1986)", 60},
    {"motoring", 2, "Driving without insurance", 50},
    {"motoring", 2, "Driving otherwise than in accordance with a licence", 30},
    {"fraud_and_forgery", 2, "Fraud by false representation", 10},
    {"other", 2, "Sending a malicious communication", 20},
};
constexpr OffenceKind middling_offences[] = {
    {"violence_against_the_person", 4, "Assault occasioning actual bodily harm", 120},
    {"violence_against_the_person", 4, "Possession of a bladed article in a public place", 70},
    {"robbery", 5, "Attempted robbery", 20},
    {"theft_and_handling", 3, "Handling stolen goods", 30},
    {"theft_and_handling", 3, "Theft from the person", 30},
    {"burglary", 3, "Burglary of a building other than a dwelling", 30},
    {"criminal_damage", 4, "Racially or religiously aggravated criminal damage", 10},
    {"drugs", 3, "Possession of a class A drug", 40},
    {"public_order", 4, "Affray", 50},
    {"motoring", 3, "Taking a vehicle without consent", 40},
    {"fraud_and_forgery", 3, "Fraud by abuse of position", 5},
    {"arson", 4, "Arson (reckless)", 8},
    {"other", 3, "Failing to surrender to bail", 20},
};
constexpr OffenceKind serious_offences[] = {
    {"violence_against_the_person", 6, "Wounding or inflicting grievous bodily harm (s. 20)", 80},
    {"violence_against_the_person", 7, "Wounding with intent (s. 18)", 40},
    {"robbery", 6, "Robbery of personal property", 90},
    {"sexual_offences", 6, "Sexual assault", 15},
    {"burglary", 5, "Burglary of a dwelling", 60},
    {"burglary", 7, "Aggravated burglary", 8},
    {"drugs", 6, "Possession with intent to supply a class A drug", 70},
    {"public_order", 5, "Violent disorder", 20},
    {"motoring", 5, "Dangerous driving", 20},
    {"arson", 7, "Arson endangering life", 5},
};
constexpr OffenceKind breach_offence{"breach", 3, "Failing to comply with the requirements of an order", 1};
constexpr OffenceKind murder{"violence_against_the_person", 8, "Murder", 1};
constexpr OffenceKind particular_concern{"sexual_offences", 8, "Rape of a child under 13", 1};

// One of a list of offences, with its total weight worked out once.
struct OffenceList {
  std::span<const OffenceKind> kinds;
  std::uint32_t total;
};

constexpr OffenceList listed(std::span<const OffenceKind> kinds) {
  std::uint32_t total = 0;
  for (const auto& kind : kinds) total += kind.weight;
  return {kinds, total};
}

constexpr OffenceList minor = listed(minor_offences);
constexpr OffenceList middling = listed(middling_offences);
constexpr OffenceList serious = listed(serious_offences);

const OffenceKind& pick_offence(DemoRandom& random, const OffenceList& list) {
  std::uint32_t point = random.below(list.total);
  for (const auto& offence : list.kinds) {
    if (point < offence.weight) return offence;
    point -= offence.weight;
  }
  return list.kinds.back();
}

// The offences of an episode on a rung: minor ones out of court, worse ones nearer custody.
const OffenceList& offences_for(DemoRandom& random, int rung) {
  std::uint32_t draw = random.below(100);
  if (rung <= 1) return draw < 80 ? minor : middling;
  if (rung <= 3) return draw < 25 ? minor : draw < 85 ? middling : serious;
  if (rung == 4) return draw < 55 ? middling : serious;
  return serious;
}

// ---- Remands -------------------------------------------------------------------------------

// Remands while a case is in court. Youth detention is weighted so that it is about 9% of
// the remand episodes other than unconditional bail, as the plan found (004, 1.10: 28
// remands, 8.9%; its target was 7.5%, 1.9), and likelier the nearer the case is to custody.
constexpr Weighted<std::string_view> remands_before_custody[] = {
    {"conditional_bail", 250},      {"bail_supervision_and_support", 150}, {"bail_iss", 150},
    {"remand_local_authority", 100}, {"remand_youth_detention", 350}};
constexpr Weighted<std::string_view> remands_in_court[] = {
    {"unconditional_bail", 360},    {"conditional_bail", 420},     {"bail_supervision_and_support", 110},
    {"bail_iss", 25},               {"remand_local_authority", 35}, {"remand_youth_detention", 60}};

// ---- The secure estate ---------------------------------------------------------------------

struct Establishment {
  std::string_view name;
  std::string_view type;
  int min_age;
  int max_age;
  Date from;   // first day it held children
  Date until;  // last day it held children
};

constexpr Date long_ago{std::chrono::year{2000}, std::chrono::January, std::chrono::day{1}};
constexpr Date far_ahead{std::chrono::year{2100}, std::chrono::January, std::chrono::day{1}};

// The youth secure estate (domain.md): young offender institutions for 15 to 17, the secure
// training centre for 12 to 17, secure children's homes for 10 to 17, the secure school.
// Cookham Wood stopped holding children in 2024 (taken here as the end of March; check) and
// Oasis Restore opened in 2024 (taken here as 1 July; check).
constexpr Establishment yois[] = {
    {"Wetherby YOI", "yoi", 15, 17, long_ago, far_ahead},
    {"Werrington YOI", "yoi", 15, 17, long_ago, far_ahead},
    {"Feltham A YOI", "yoi", 15, 17, long_ago, far_ahead},
    {"Parc YOI", "yoi", 15, 17, long_ago, far_ahead},
    {"Cookham Wood YOI", "yoi", 15, 17, long_ago, {std::chrono::year{2024}, std::chrono::March, std::chrono::day{31}}},
};
constexpr Establishment secure_homes[] = {
    {"Aldine House", "sch", 10, 17, long_ago, far_ahead},
    {"Clayfields House", "sch", 10, 17, long_ago, far_ahead},
    {"Barton Moss Secure Care Centre", "sch", 10, 17, long_ago, far_ahead},
    {"Adel Beck", "sch", 10, 17, long_ago, far_ahead},
    {"Lincolnshire Secure Unit", "sch", 10, 17, long_ago, far_ahead},
    {"Vinney Green", "sch", 10, 17, long_ago, far_ahead},
};
constexpr Establishment oakhill{"Oakhill STC", "stc", 12, 17, long_ago, far_ahead};
constexpr Establishment oasis_restore{"Oasis Restore", "secure_school", 12, 17,
                                      {std::chrono::year{2024}, std::chrono::July, std::chrono::day{1}}, far_ahead};
// Young adults moved to the adult estate at 18 (domain.md) go to a young offender
// institution of the adult estate.
constexpr Establishment adult_estate[] = {
    {"Aylesbury YOI", "adult_prison", 18, 21, long_ago, far_ahead},
    {"Isis YOI", "adult_prison", 18, 21, long_ago, far_ahead},
    {"Feltham B YOI", "adult_prison", 18, 21, long_ago, far_ahead},
    {"Swinfen Hall YOI", "adult_prison", 18, 21, long_ago, far_ahead},
};

bool open_on(const Establishment& place, Date day) { return place.from <= day && day <= place.until; }

// ---- Dates ---------------------------------------------------------------------------------

Day day_of(Date date) { return Day{date}; }

// The first day on which the child is `years` old (a 29 February birthday counts on
// 1 March in other years, as age_on does).
Day birthday(Date date_of_birth, int years) {
  Day day = day_of(add_months(date_of_birth, 12 * years));
  if (age_on(date_of_birth, Date{day}) < years) day += days{1};
  return day;
}

Day add_months_to(Day day, int months) { return day_of(add_months(Date{day}, months)); }

// ---- Episodes ------------------------------------------------------------------------------

struct Episode {
  std::string_view type;  // "" for a case still in court
  int rung = 0;
  Day first_offence;
  int offence_count = 1;
  bool after_breach = false;  // its first offence is the breach of the order before
  bool early_release = false;  // a DTO's release a month before halfway (s. 241(4))
  Day outcome;
  int length_months = 0;
  InForce awaiting = InForce::nothing;  // for a case still in court, its remand
};

constexpr int most_episodes = 8;

class HistoryDraw {
 public:
  HistoryDraw(const HistoryChild& child, Date today, DemoRandom& random, ChildHistory& history)
      : child_(child),
        today_(day_of(today)),
        random_(random),
        history_(history),
        tenth_(birthday(child.date_of_birth, 10)),
        last_offence_day_(std::min(day_of(today), birthday(child.date_of_birth, 18) - days{1})),
        eighteenth_(birthday(child.date_of_birth, 18)),
        home_yoi_(home_yoi(child.district_code)) {}

  void run() {
    if (today_ < tenth_) return;
    InForce wanted = child_.in_force;
    if (wanted == InForce::drawn) wanted = random_.chance(open_per_thousand) ? InForce::something : InForce::nothing;
    if (wanted == InForce::something) wanted = pick_weighted<InForce>(random_, open_cases);
    closed_ = wanted == InForce::nothing;
    place_last(wanted);
    place_earlier();
    emit();
  }

 private:
  int age_at(Day day) const { return age_on(child_.date_of_birth, Date{day}); }

  days between(std::uint32_t from, std::uint32_t span) { return days{from + random_.below(span)}; }

  // Days from the offence to its outcome: weeks out of court, months in court (estimate).
  days decision_lag(int rung) { return rung <= 1 ? between(14, 50) : between(35, 150); }

  // Children are often dealt with for several offences at once (estimate).
  int offences_in_episode() {
    static constexpr Weighted<int> offences[] = {{1, 50}, {2, 30}, {3, 15}, {4, 5}};
    return pick_weighted<int>(random_, offences);
  }

  int draw_length(const OutcomeKind& kind) {
    if (kind.type == "referral_order") {
      static constexpr Weighted<int> months[] = {{3, 15}, {4, 10}, {6, 30}, {9, 20}, {12, 25}};
      return pick_weighted<int>(random_, months);
    }
    if (kind.type == "detention_and_training_order") {
      static constexpr Weighted<int> months[] = {{4, 25}, {6, 20}, {8, 15}, {10, 10}, {12, 15}, {18, 8}, {24, 7}};
      return pick_weighted<int>(random_, months);  // terms valid before and after 28 June 2022
    }
    if (kind.max_months == 0) return 0;
    int span = kind.max_months - kind.min_months + 1;
    return kind.min_months + static_cast<int>(random_.below(static_cast<std::uint32_t>(span)));
  }

  // Since 28 June 2022 a DTO may be any term from 4 to 24 months, and some courts use the
  // terms the old list lacked; before it, only the list's (justice::dto_term_breach).
  int dto_term(int months, Day outcome) {
    if (Date{outcome} >= justice::pcsc_act_2022 && months < 24 && random_.chance(250)) ++months;
    return months;
  }
  static int valid_term(int months, Day outcome) {
    return justice::dto_term_breach(months, Date{outcome}) ? months - 1 : months;
  }

  // The day an episode's custody ends: halfway through a DTO or a section 250 term (with
  // an early release of a month for some DTOs of 8 months or more, s. 241(4)), two thirds
  // through the sentences for dangerous offenders; never for life.
  std::optional<Day> release_day(const Episode& episode) const {
    if (episode.type == "detention_at_his_majestys_pleasure") return std::nullopt;
    Day end = add_months_to(episode.outcome, episode.length_months);
    auto term = (end - episode.outcome).count();
    bool later = episode.type == "section_252a" || episode.type == "extended_sentence";
    Day release = episode.outcome + days{later ? term * 2 / 3 : term / 2};
    if (episode.early_release) release -= days{30};
    return release;
  }

  // Some DTOs of 8 months or more are released a month early (estimate: one in four).
  void decide_release(Episode& episode) {
    episode.early_release =
        episode.type == "detention_and_training_order" && episode.length_months >= 8 && random_.chance(250);
  }

  // The custodial part and the whole order, in days, for placing an episode in progress.
  std::pair<long, long> spans(const Episode& episode) const {
    if (episode.type == "detention_at_his_majestys_pleasure") return {700, 700};
    Day end = add_months_to(episode.outcome, episode.length_months);
    auto whole = (end - episode.outcome).count();
    auto release = release_day(episode);
    return {release ? (*release - episode.outcome).count() : whole, whole};
  }

  std::string_view type_for(InForce in_force) {
    switch (in_force) {
      case InForce::out_of_court_programme:
        return random_.chance(700) ? "youth_conditional_caution" : "deferred_prosecution";
      case InForce::referral_order: return "referral_order";
      case InForce::youth_rehabilitation_order: return "youth_rehabilitation_order";
      case InForce::youth_rehabilitation_order_iss: return "youth_rehabilitation_order_iss";
      case InForce::detention_in_custody:
      case InForce::detention_in_community: return "detention_and_training_order";
      case InForce::section_250: return "section_250";
      case InForce::section_252a: return "section_252a";
      case InForce::extended_sentence: return "extended_sentence";
      case InForce::detention_at_his_majestys_pleasure: return "detention_at_his_majestys_pleasure";
      default: return "";
    }
  }

  // The nearest to what was asked that the child's age allows today: custody of another
  // kind, or a community order for a child too young for custody.
  InForce within_age(InForce in_force) {
    int age = age_at(std::min(today_, last_offence_day_));
    auto type = type_for(in_force);
    if (type.empty()) {
      if (in_force == InForce::remanded_to_youth_detention && age < 12) return InForce::remanded_to_local_authority;
      return in_force;
    }
    const OutcomeKind& kind = kind_of(type);
    if (age >= kind.min_age) return in_force;
    if (kind.rung == custody_rung && age >= 12) return InForce::detention_in_custody;
    return InForce::youth_rehabilitation_order;
  }

  void place_last(InForce in_force) {
    Episode last;
    if (in_force == InForce::nothing) {
      place_closed(last);
    } else if (in_force == InForce::remanded_to_youth_detention || in_force == InForce::remanded_to_local_authority ||
               in_force == InForce::bail_with_support) {
      place_in_court(last, within_age(in_force));
    } else {
      place_in_progress(last, within_age(in_force));
    }
    episodes_[count_++] = last;
  }

  // A case in court today: offences in the last months, remanded since soon after.
  void place_in_court(Episode& episode, InForce remand) {
    episode.type = "";
    episode.rung = remand == InForce::bail_with_support ? 3 : custody_rung;
    episode.awaiting = remand;
    episode.first_offence = std::max(tenth_, last_offence_day_ - between(10, 140));
    episode.outcome = today_;
    episode.offence_count = offences_in_episode();
  }

  void place_in_progress(Episode& episode, InForce in_force) {
    const OutcomeKind& kind = kind_of(type_for(in_force));
    episode.type = kind.type;
    episode.rung = kind.rung;
    episode.length_months = draw_length(kind);
    if (kind.type == "detention_and_training_order") episode.length_months = dto_term(episode.length_months, today_);
    episode.offence_count = offences_in_episode() + (kind.rung >= 4 ? 1 : 0);
    // Place it as though made today, then move it back by how far it has run, but not to
    // before the child was old enough for it.
    days lag = decision_lag(kind.rung);
    episode.outcome = today_;
    decide_release(episode);
    auto [inside, whole] = spans(episode);
    long from = 0, upto = std::max<long>(whole, 1);
    if (kind.rung == custody_rung) {
      if (in_force == InForce::detention_in_community) from = inside + 1;
      else upto = std::max<long>(inside, 1);
    }
    Day old_enough = std::max(birthday(child_.date_of_birth, kind.min_age), tenth_ + lag);
    upto = std::min<long>(upto, std::max<long>((today_ - old_enough).count(), 1));
    if (from >= upto) from = 0;  // not old enough long enough: earlier in the order
    episode.outcome = today_ - days{from + random_.below(static_cast<std::uint32_t>(upto - from))};
    // An offence is committed from 10 to 17: keep it inside those years.
    Day offence = std::clamp(episode.outcome - lag, tenth_, last_offence_day_);
    episode.first_offence = offence;
    episode.outcome = std::min(today_, std::max(episode.outcome, offence + days{1}));
    if (kind.type == "detention_and_training_order") {
      episode.length_months = valid_term(episode.length_months, episode.outcome);
    }
    if (age_at(episode.outcome) < kind.min_age) {  // too young for it when it was made: the order before
      episode.type = kind.rung == custody_rung ? "youth_rehabilitation_order" : "referral_order";
      episode.rung = kind_of(episode.type).rung;
      episode.length_months = draw_length(kind_of(episode.type));
    }
  }

  // A closed case: its last outcome at any time since the 10th birthday, ended by today.
  void place_closed(Episode& episode) {
    std::string_view drawn = pick_weighted<std::string_view>(random_, closing_outcomes);
    const OutcomeKind* kind = &kind_of(child_.last_outcome.empty() ? drawn : child_.last_outcome);
    Day earliest = tenth_ + days{30};
    Day latest_offence = last_offence_day_;
    if (child_.last_outcome_before) latest_offence = std::min(latest_offence, day_of(*child_.last_outcome_before) - days{150});
    if (latest_offence < earliest) {  // just turned 10: a first offence dealt with at once
      kind = &kind_of("community_resolution");
      earliest = tenth_;
    }
    int length = draw_length(*kind);
    // The outcome so that the order (or a voluntary programme of up to 3 months, from a
    // referral order's panel some weeks later) has ended by today, however long it ran.
    Day latest = std::min(today_ - days{31 * std::max(length, 3) + 25}, latest_offence + days{60});
    // Not before the child was old enough for it (a DTO: 12).
    if (kind->min_age > 10) earliest = std::max(earliest, birthday(child_.date_of_birth, kind->min_age));
    if (latest < earliest) {  // no room for it: a community resolution
      kind = &kind_of("community_resolution");
      length = 0;
      earliest = tenth_;
      latest = std::max(tenth_, std::min(today_, latest_offence + days{14}));
    }
    auto span = static_cast<std::uint32_t>(std::max<long>((latest - earliest).count(), 0) + 1);
    episode.type = kind->type;
    episode.rung = kind->rung;
    episode.length_months = length;
    // Any time in those years, but more often lately: cases close every week, and an
    // older closed case is likelier to have been weeded out (estimate).
    std::uint32_t when = random_.below(span);
    if (random_.chance(400)) when = std::max(when, random_.below(span));
    episode.outcome = earliest + days{when};
    episode.first_offence = std::clamp(episode.outcome - decision_lag(kind->rung), tenth_, last_offence_day_);
    if (episode.first_offence > episode.outcome) episode.first_offence = episode.outcome;
    episode.offence_count = offences_in_episode();
    if (kind->type == "detention_and_training_order") episode.length_months = dto_term(length, episode.outcome);
    decide_release(episode);
  }

  // How many episodes came before the last, by how far up the ladder it is (estimate: a
  // small group commits most further offences, 004, 1.6).
  int earlier_episodes(int rung) {
    static constexpr std::uint32_t per_thousand_more[] = {500, 600, 650, 800, 850, 900};
    int earlier = 0;
    while (earlier < most_episodes - 1 && random_.chance(per_thousand_more[std::min(rung, custody_rung)])) {
      ++earlier;
      if (earlier >= 2 + rung) break;
    }
    if (rung >= 4 && earlier == 0) earlier = 1;
    return earlier;
  }

  void place_earlier() {
    int wanted = earlier_episodes(episodes_[0].rung);
    while (count_ < wanted + 1) {
      const Episode& next = episodes_[count_ - 1];
      int rung = next.rung;
      std::uint32_t step = random_.below(100);
      if (step >= 35) rung -= step < 80 ? 1 : 2;
      rung = std::clamp(rung, 0, custody_rung);
      Episode earlier;
      earlier.type = pick_weighted<std::string_view>(random_, rungs[rung]);
      earlier.rung = rung;
      const OutcomeKind& kind = kind_of(earlier.type);
      earlier.length_months = draw_length(kind);
      earlier.offence_count = offences_in_episode();
      // Before the next episode's offences: a gap after this outcome (and after release
      // from custody), then the offending that led to the next.
      Day next_offence = next.first_offence;
      days gap = between(20, 200) + days{random_.below(160)};
      earlier.outcome = next_offence - gap;
      if (kind.rung == custody_rung) {
        earlier.outcome -= days{(add_months_to(earlier.outcome, earlier.length_months) - earlier.outcome).count() / 2};
      }
      earlier.first_offence = earlier.outcome - decision_lag(rung);
      if (earlier.first_offence < tenth_ || earlier.first_offence > last_offence_day_) break;
      if (age_at(earlier.outcome) < kind.min_age) break;
      // A closed case has nothing still running: no earlier order outlasts today.
      if (closed_ && add_months_to(earlier.outcome, earlier.length_months + 1) > today_) break;
      if (kind.type == "detention_and_training_order") {
        earlier.length_months = dto_term(earlier.length_months, earlier.outcome);
      }
      decide_release(earlier);
      // An order still running when the next offence came was breached; a court then
      // resentences for the breach alongside the new offence.
      Day natural_end = add_months_to(earlier.outcome, earlier.length_months);
      if (earlier.length_months > 0 && natural_end > next.outcome && justice::is_court_outcome(next.type) &&
          random_.chance(500)) {
        episodes_[count_ - 1].after_breach = true;
      }
      episodes_[count_++] = earlier;
    }
  }

  // ---- Writing the records out, earliest first ----

  void emit() {
    for (int i = count_ - 1; i >= 0; --i) emit_episode(i);
  }

  const OffenceKind& offence_for(const Episode& episode, bool first) {
    if (first && episode.after_breach) return breach_offence;
    if (first && episode.type == "detention_at_his_majestys_pleasure") return murder;
    if (first && episode.type == "section_252a") return particular_concern;
    return pick_offence(random_, offences_for(random_, episode.rung));
  }

  void emit_episode(int index) {
    const Episode& episode = episodes_[index];
    const Episode* next = index > 0 ? &episodes_[index - 1] : nullptr;
    auto first_offence = static_cast<std::uint16_t>(history_.offences.size());
    Day latest = std::min({episode.outcome, last_offence_day_, today_});
    for (int n = 0; n < episode.offence_count; ++n) {
      Day date = std::min(episode.first_offence + days{n == 0 ? 0 : random_.below(10)}, latest);
      const OffenceKind& offence = offence_for(episode, n == 0);
      history_.offences.push_back({Date{date}, offence.category, offence.gravity, offence.description});
    }
    std::optional<std::size_t> remand_custody = emit_remand(episode);
    if (episode.type.empty()) return;
    GeneratedOutcome outcome;
    outcome.outcome_date = Date{episode.outcome};
    outcome.outcome_type = episode.type;
    outcome.first_offence = first_offence;
    outcome.offence_count = static_cast<std::uint16_t>(episode.offence_count);
    complete(outcome, episode, next);
    history_.outcomes.push_back(outcome);
    if (remand_custody) {  // released from remand at sentence, or into its custody
      history_.custody[*remand_custody].release_date = Date{episode.outcome};
    }
    if (episode.rung == custody_rung) {
      emit_custody(static_cast<int>(history_.outcomes.size() - 1), episode,
                   remand_custody ? history_.custody[*remand_custody].establishment : std::string_view{});
    }
  }

  // The programme or order's start, end and completion.
  void complete(GeneratedOutcome& outcome, const Episode& episode, const Episode* next) {
    if (episode.length_months > 0 || episode.type == "detention_at_his_majestys_pleasure") {
      outcome.length_months = episode.length_months > 0 ? std::optional<int>(episode.length_months) : std::nullopt;
    }
    bool programme = episode.length_months > 0 || episode.type == "detention_at_his_majestys_pleasure";
    // A community resolution or caution sometimes comes with a short voluntary programme.
    int voluntary = 0;
    if (!programme && (episode.type == "community_resolution" || episode.type == "youth_caution") &&
        random_.chance(400)) {
      voluntary = 1 + static_cast<int>(random_.below(3));
      programme = !closed_ || add_months_to(episode.outcome, voluntary) <= today_;
    }
    if (!programme) {
      outcome.completion = "not_applicable";
      outcome.length_months.reset();
      return;
    }
    // A referral order runs from the contract signed at the first panel, about 20
    // working days after sentence (domain.md); the rest from the decision.
    Day start = episode.outcome;
    if (episode.type == "referral_order") start = std::min(today_, start + between(10, 20));
    outcome.start_date = Date{start};
    if (episode.type == "detention_at_his_majestys_pleasure") {
      outcome.completion = "ongoing";
      return;
    }
    Day end = add_months_to(start, voluntary > 0 ? voluntary : episode.length_months);
    std::string_view completion = "completed";
    if (next && justice::is_court_outcome(next->type) && next->outcome < end) {
      end = next->outcome;  // resentenced: the order ends with the new sentence
      completion = next->after_breach ? "breached" : "revoked";
    } else if (end > today_) {
      outcome.completion = "ongoing";
      return;
    } else {
      std::uint32_t draw = random_.below(100);
      if (draw < 8 && episode.rung >= 2) {
        completion = "breached";
        end = start + days{(end - start).count() * 2 / 3};
      } else if (draw < 14 && (episode.type == "referral_order" || episode.type == "youth_rehabilitation_order")) {
        completion = "revoked";  // revoked early for good progress
        end = start + days{(end - start).count() * 3 / 4};
      }
    }
    if (end < start) end = start;
    outcome.end_date = Date{end};
    outcome.completion = completion;
    // At the end: in suitable education, training or employment about half the time (the
    // plan: 56.4% of school age, 47.1% above it, 004, 1.7); suitably housed mostly (1.13,
    // 1.14).
    outcome.end_ete = random_.chance(520) ? "suitable" : "unsuitable";
    outcome.end_accommodation = random_.chance(880) ? "suitable" : "unsuitable";
  }

  // A remand while the case was in court; its custody when it was to youth detention.
  // Returns the index of that custody episode.
  std::optional<std::size_t> emit_remand(const Episode& episode) {
    if (episode.rung < 2) return std::nullopt;
    std::string_view type;
    if (episode.type.empty()) {
      switch (episode.awaiting) {
        case InForce::remanded_to_youth_detention: type = "remand_youth_detention"; break;
        case InForce::remanded_to_local_authority: type = "remand_local_authority"; break;
        default: type = random_.chance(700) ? "bail_supervision_and_support" : "bail_iss";
      }
    } else {
      std::uint32_t remanded = episode.rung == custody_rung ? 1000 : episode.rung >= 3 ? 700 : 450;
      if (!random_.chance(remanded)) return std::nullopt;
      type = episode.rung == custody_rung ? pick_weighted<std::string_view>(random_, remands_before_custody)
                                          : pick_weighted<std::string_view>(random_, remands_in_court);
    }
    // Charged within days of the offence; a child of 10 or 11 refused bail goes to local
    // authority accommodation, never youth detention (domain.md).
    Day start = std::min(episode.first_offence + between(0, 10), std::min(today_, episode.outcome));
    if (type == "remand_youth_detention" && age_at(start) < 12) type = "remand_local_authority";
    GeneratedRemand remand{Date{start}, std::nullopt, type};
    if (!episode.type.empty()) remand.end_date = Date{episode.outcome};
    history_.remands.push_back(remand);
    if (type != "remand_youth_detention") return std::nullopt;
    history_.custody.push_back({place_for(start).name, place_for_type_, Date{start}, std::nullopt, -1});
    return history_.custody.size() - 1;
  }

  // Custody for a sentence: from the sentence to release, moving on the way sometimes,
  // and to the adult estate for most who turn 18 inside.
  void emit_custody(int outcome, const Episode& episode, std::string_view remanded_in) {
    Day start = episode.outcome;
    std::optional<Day> release = release_day(episode);
    Day until = release ? std::min(*release, today_ + days{1}) : today_ + days{1};
    std::string_view name, type;
    // Stays where remanded, if it still takes a young person of their age (one of 18 at
    // sentence goes to the adult estate, as the custody form requires).
    if (!remanded_in.empty() && open_on(named(remanded_in), Date{start}) &&
        age_at(start) <= named(remanded_in).max_age) {
      name = remanded_in;
      type = named(remanded_in).type;
    } else {
      name = place_for(start).name;
      type = place_for_type_;
    }
    // A move within the youth estate for a long stay (estimate: one in three).
    if ((until - start).count() > 240 && random_.chance(330)) {
      Day moved = start + days{(until - start).count() / 2};
      if (moved < eighteenth_) {
        history_.custody.push_back({name, type, Date{start}, Date{moved}, outcome});
        start = moved;
        const Establishment& next = place_for(moved, name);
        name = next.name;
        type = place_for_type_;
      }
    }
    // Those serving the long sentences move at 18; half of those on a DTO do (estimate).
    Day transfer = eighteenth_ + between(0, 60);
    bool moves = episode.type != "detention_and_training_order" || random_.chance(500);
    if (type != "adult_prison" && transfer < until && transfer <= today_ && transfer > start && moves) {
      history_.custody.push_back({name, type, Date{start}, Date{transfer}, outcome});
      start = transfer;
      name = place_for(transfer).name;
      type = place_for_type_;
    }
    std::optional<Date> released;
    if (release && *release <= today_) released = Date{*release};
    history_.custody.push_back({name, type, Date{start}, released, outcome});
  }

  static const Establishment& named(std::string_view name) {
    for (const auto& place : yois) {
      if (place.name == name) return place;
    }
    for (const auto& place : secure_homes) {
      if (place.name == name) return place;
    }
    for (const auto& place : adult_estate) {
      if (place.name == name) return place;
    }
    return name == oasis_restore.name ? oasis_restore : oakhill;
  }

  // Where a child of their age is placed on `day` (other than `not_there`): the youngest
  // in secure children's homes, 12 to 14 there or at Oakhill or the secure school, 15 to
  // 17 mostly in a young offender institution near home; from 18 the adult estate.
  const Establishment& place_for(Day day, std::string_view not_there = {}) {
    int age = age_at(day);
    Date date{day};
    const Establishment* chosen = nullptr;
    if (age >= 18) chosen = &adult_estate[random_.below(std::size(adult_estate))];
    for (int attempt = 0; attempt < 4 && (!chosen || chosen->name == not_there); ++attempt) {
      std::uint32_t draw = random_.below(100);
      if (age < 12 || (age < 15 && draw < 55) || draw < 6) {
        chosen = &secure_homes[random_.below(std::size(secure_homes))];
      } else if (age < 15 || draw < 18) {
        chosen = open_on(oasis_restore, date) && random_.chance(300) ? &oasis_restore : &oakhill;
      } else {
        const Establishment* yoi = random_.chance(450) ? &yois[home_yoi_] : &yois[random_.below(std::size(yois))];
        if (!open_on(*yoi, date)) yoi = &yois[2];  // Feltham A took Cookham Wood's children
        chosen = yoi;
      }
    }
    place_for_type_ = chosen->type;
    return *chosen;
  }

  // The young offender institution nearest home: Cookham Wood for the demo county's
  // districts (Kent) while it held children, otherwise one chosen by the district's code.
  static std::size_t home_yoi(std::string_view district) {
    for (const auto& known : demo_districts()) {
      if (known.code == district) return 4;
    }
    std::uint32_t hash = 2166136261u;
    for (char c : district) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    return hash % 4;
  }

  const HistoryChild& child_;
  Day today_;
  DemoRandom& random_;
  ChildHistory& history_;
  Day tenth_;
  Day last_offence_day_;
  Day eighteenth_;
  std::size_t home_yoi_;
  std::array<Episode, most_episodes> episodes_{};
  int count_ = 0;
  bool closed_ = false;
  std::string_view place_for_type_;
};

}  // namespace

void ChildHistory::clear() {
  offences.clear();
  outcomes.clear();
  remands.clear();
  custody.clear();
}

void generate_justice_history(const HistoryChild& child, Date today, DemoRandom& random, ChildHistory& history) {
  history.clear();
  HistoryDraw(child, today, random, history).run();
}

DemoRandom random_for_child(std::uint64_t seed, std::int64_t child_id) {
  std::uint64_t state = seed ^ (static_cast<std::uint64_t>(child_id) * 0x9E3779B97F4A7C15ULL);
  return DemoRandom(splitmix64(state));
}

}  // namespace pathway::demo
