#pragma once
// The words of the court record and of the joint decision panel: each list is the codes the
// store holds, in the order forms offer them, with the words pages show. Not in the
// exchange format: these are Pathway's own records (decision 0016). Pure.
#include <string>
#include <string_view>
#include <vector>

namespace pathway::justice {

struct CodeWords {
  std::string_view code;
  std::string_view words;
};

// Why a hearing is listed: first appearance, plea, trial, sentence, breach, review...
const std::vector<CodeWords>& hearing_purposes();

// What a hearing decided: adjourned, convicted, sentenced, not guilty, withdrawn...
const std::vector<CodeWords>& hearing_results();

// The reports a court asks the service for (domain.md, "Court reports").
const std::vector<CodeWords>& court_report_types();
inline constexpr std::string_view pre_sentence_report = "pre_sentence";

// Where a report stands: asked for, submitted to the court, quality-assured.
const std::vector<CodeWords>& court_report_statuses();

// The agencies that sit on a joint decision panel.
const std::vector<CodeWords>& panel_agencies();

// What a joint decision panel may recommend: an out-of-court outcome, or to charge.
const std::vector<CodeWords>& panel_recommendations();

// The codes of a list, for is_one_of (record_rules.h).
std::vector<std::string_view> codes_of(const std::vector<CodeWords>& list);

// The words for `code` in `list`; the code itself when it is not there; "" for "".
std::string words_for(const std::vector<CodeWords>& list, std::string_view code);

}  // namespace pathway::justice
