// The counts of an import or export, for the audit trail and for the person who ran it.
#include "exchange/exchange.h"

namespace pathway::exchange {

std::string RecordCounts::detail() const {
  return "districts=" + std::to_string(districts) + ", populations=" + std::to_string(populations) +
         ", children=" + std::to_string(children) + ", offences=" + std::to_string(offences) +
         ", outcomes=" + std::to_string(outcomes) + ", remands=" + std::to_string(remands) +
         ", custody_episodes=" + std::to_string(custody_episodes);
}

std::string RecordCounts::summary() const {
  return std::to_string(districts) + " districts, " + std::to_string(populations) + " population figures, " +
         std::to_string(children) + " children, " + std::to_string(offences) + " offences, " +
         std::to_string(outcomes) + " outcomes, " + std::to_string(remands) + " remands and " +
         std::to_string(custody_episodes) + " custody episodes";
}

}  // namespace pathway::exchange
