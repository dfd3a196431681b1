#pragma once
// Who a person in a child's network is to the child: family and carers (parents, step-
// parents, grandparents, brothers and sisters, foster, kinship and residential carers,
// partners, friends) and the professionals involved (social worker, school, CAMHS, police,
// health, housing, training or employment, a solicitor, a mentor). Pure.
#include <string>
#include <string_view>
#include <vector>

#include "justice/court_vocabulary.h"

namespace pathway::practice {

inline constexpr std::string_view family_member = "family";
inline constexpr std::string_view professional_member = "professional";

// Family, carers and others in the child's life, in the order the form offers them.
const std::vector<justice::CodeWords>& family_relationships();

// The professionals involved, in the order the form offers them.
const std::vector<justice::CodeWords>& professional_roles();

// The list for a kind of member ("family" or "professional").
const std::vector<justice::CodeWords>& relationships_of(std::string_view member_kind);

// The words for a stored relationship of either list; the code itself when unknown.
std::string relationship_label(std::string_view code);

}  // namespace pathway::practice
