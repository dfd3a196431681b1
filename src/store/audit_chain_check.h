#pragma once
// The audit chain's rules without the database: how an event's hash is made, and the walk
// that finds the first broken link (store/audit_chain.h reads the events and feeds them in).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pathway::store {

// The hash the first event links to: there is no event before it.
inline constexpr std::string_view audit_chain_start = "0000000000000000000000000000000000000000000000000000000000000000";

// One stored event, every column the hash covers as stored (NULL as nullopt), and its links.
struct ChainedAuditEvent {
  std::int64_t id = 0;
  std::string occurred_at;
  std::string actor;
  std::string action;
  std::optional<std::string> record_type;
  std::optional<std::string> record_id;
  std::optional<std::string> address;
  std::optional<std::string> detail;
  std::optional<std::string> previous_hash;  // NULL: never linked by the program
  std::optional<std::string> event_hash;
};

// Lower-case hex SHA-256 over `previous_hash` and the event's id, occurred_at, actor,
// action, record_type, record_id, address and detail, each written as its length, a colon
// and its bytes (NULL as "N"), so no two different events give the same text to hash.
std::string audit_event_hash(std::string_view previous_hash, const ChainedAuditEvent& event);

// The head's last_id when its row was removed (behind the program's back).
inline constexpr std::int64_t missing_head = -1;

// The last event of the chain as the program recorded it (audit_chain_head).
struct AuditChainHead {
  std::int64_t last_id = 0;  // 0: no event yet
  std::string last_hash = std::string(audit_chain_start);
};

struct AuditChainFault {
  enum class Kind {
    altered,         // the event's content or hash is not what was written
    inserted,        // the event was put into the chain by something other than the program
    removed_before,  // the event does not follow the one before it
    removed_after,   // the chain ends before the recorded head
    head_rewritten,  // the recorded head is not in the chain, or was removed
    anchor_missing,  // no event has the hash the auditor recorded
  };
  Kind kind = Kind::altered;
  std::int64_t event_id = 0;  // the event at fault; for removed_after, the last one still there
  std::int64_t head_id = 0;   // for removed_after and head_rewritten: the recorded head
  std::string anchor;         // for anchor_missing

  // One sentence for the administrator, e.g. "event 123 was altered".
  std::string describe() const;
};

// Walks the chain: give it every event in id order, then call finish(). Stops at the first
// fault; a fault found at one event may need the next to name it (was the event before it
// removed, or was this one inserted?), so it is decided one event late.
class AuditChainCheck {
 public:
  explicit AuditChainCheck(AuditChainHead head, std::optional<std::string> anchor = std::nullopt);

  // Takes the next event. Returns false once a fault is known: nothing after it matters.
  bool add(const ChainedAuditEvent& event);
  // After the last event: the first fault, or nullopt when the chain is intact.
  std::optional<AuditChainFault> finish();
  // Events taken so far.
  std::int64_t events() const { return events_; }

 private:
  struct Suspect {
    std::int64_t id;
    AuditChainFault::Kind kind;  // what it is unless the event after it links past it
  };
  void accept(const ChainedAuditEvent& event);
  void decide_suspect(bool linked_past_it);

  AuditChainHead head_;
  std::optional<std::string> anchor_;
  std::int64_t events_ = 0;
  std::int64_t last_id_ = 0;
  std::string last_hash_ = std::string(audit_chain_start);      // what the next event must link to
  std::string before_last_hash_ = std::string(audit_chain_start);  // what the last one linked to
  bool head_seen_;
  std::int64_t first_after_head_ = 0;
  bool anchor_seen_ = false;
  std::optional<Suspect> suspect_;
  std::optional<AuditChainFault> fault_;
};

}  // namespace pathway::store
