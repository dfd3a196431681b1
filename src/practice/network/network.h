#pragma once
// The people in a child's life and the professionals involved with them (issue 11 point 8):
// who each is to the child, how to reach them, for family whether they hold parental
// responsibility, and whether the service may contact them (and why not). The checks of
// what was typed are in network_form.h; this is the store.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace pathway::practice {

// A member as checked.
struct MemberDetails {
  std::string member_kind;   // "family" or "professional"
  std::string name;
  std::string relationship;  // a code of relationships_of(member_kind)
  std::string agency;        // professionals: their organisation; "" for family
  std::string phone, email, address;  // "" when not known
  std::optional<bool> parental_responsibility;  // family: yes or no; professionals: nullopt
  bool may_contact = true;
  std::string no_contact_reason;  // why not, when they may not be contacted; "" otherwise
};

struct NetworkMember {
  std::int64_t id = 0;
  std::int64_t child_id = 0;
  MemberDetails details;
  std::string updated_at;  // ISO UTC instant
};

// Adds a member to the child's network, in the caller's transaction; returns its id.
// Throws StoreError.
std::int64_t add_network_member(store::Connection& connection, std::int64_t child_id, const MemberDetails& details,
                                const std::string& username);

// Replaces a member's details, in the caller's transaction. Throws StoreError.
void update_network_member(store::Connection& connection, std::int64_t id, const MemberDetails& details);

// The child's member with this id; nullopt when the child has none. Throws StoreError.
std::optional<NetworkMember> find_network_member(store::Connection& connection, std::int64_t child_id,
                                                 std::int64_t id);

// The child's network: family and carers first, then professionals, each in the order
// added. Throws StoreError.
std::vector<NetworkMember> network_of(store::Connection& connection, std::int64_t child_id);

}  // namespace pathway::practice
