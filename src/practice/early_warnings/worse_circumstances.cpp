#include "practice/early_warnings/worse_circumstances.h"

#include "practice/circumstances/circumstance_vocabulary.h"

namespace pathway::practice {

namespace {

std::string words_of(const Circumstance& circumstance) {
  const auto& statuses = statuses_of(circumstance.details.kind);
  return std::string(circumstance_words(statuses, circumstance.details.status));
}

std::string was_now(const Circumstance& before, const Circumstance& after) {
  return "was " + words_of(before) + ", now " + words_of(after);
}

bool same_kind(const Circumstance& before, const Circumstance& after, std::string_view kind) {
  return before.details.kind == kind && after.details.kind == kind;
}

}  // namespace

std::optional<std::string> accommodation_lost(const Circumstance& before, const Circumstance& after) {
  if (!same_kind(before, after, accommodation_kind)) return std::nullopt;
  if (unsettled_accommodation(before.details.status) || !unsettled_accommodation(after.details.status)) {
    return std::nullopt;
  }
  return "Accommodation lost: " + was_now(before, after);
}

std::optional<std::string> accommodation_unsuitable(const Circumstance& before, const Circumstance& after) {
  if (!same_kind(before, after, accommodation_kind) || accommodation_lost(before, after)) return std::nullopt;
  if (!before.suitable() || after.suitable()) return std::nullopt;
  return "Accommodation became unsuitable: " + words_of(after);
}

std::optional<std::string> ete_ended(const Circumstance& before, const Circumstance& after) {
  if (!same_kind(before, after, ete_kind)) return std::nullopt;
  if (before.details.status == no_ete || after.details.status != no_ete) return std::nullopt;
  return "Education, training or employment ended: " + was_now(before, after);
}

std::optional<std::string> ete_unsuitable(const Circumstance& before, const Circumstance& after) {
  if (!same_kind(before, after, ete_kind) || ete_ended(before, after)) return std::nullopt;
  if (!before.suitable() || after.suitable()) return std::nullopt;
  return "Education, training or employment became unsuitable: " + words_of(after);
}

bool recorded_after_known(std::int64_t recorded_at, std::int64_t child_recorded_at) {
  return recorded_at >= child_recorded_at + known_after_seconds;
}

}  // namespace pathway::practice
