#include "store/audit_chain_check.h"

#include "core/random.h"

namespace pathway::store {

namespace {

// Length-prefixed, so that moving bytes from one field to the next changes the text hashed.
void append_field(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

void append_nullable(std::string& out, const std::optional<std::string>& field) {
  if (field) {
    append_field(out, *field);
  } else {
    out += 'N';
  }
}

AuditChainFault fault(AuditChainFault::Kind kind, std::int64_t event_id, std::int64_t head_id = 0) {
  AuditChainFault found;
  found.kind = kind;
  found.event_id = event_id;
  found.head_id = head_id;
  return found;
}

}  // namespace

std::string audit_event_hash(std::string_view previous_hash, const ChainedAuditEvent& event) {
  std::string text;
  text.reserve(160 + event.actor.size() + (event.detail ? event.detail->size() : 0));
  append_field(text, previous_hash);
  append_field(text, std::to_string(event.id));
  append_field(text, event.occurred_at);
  append_field(text, event.actor);
  append_field(text, event.action);
  append_nullable(text, event.record_type);
  append_nullable(text, event.record_id);
  append_nullable(text, event.address);
  append_nullable(text, event.detail);
  return sha256_hex(text);
}

std::string AuditChainFault::describe() const {
  auto event = [](std::int64_t id) { return "event " + std::to_string(id); };
  switch (kind) {
    case Kind::altered:
      return event(event_id) + " was altered";
    case Kind::inserted:
      return event(event_id) + " was inserted out of order";
    case Kind::removed_before:
      return "an event before " + std::to_string(event_id) +
             " was removed (or the event before it was altered and its hash recomputed)";
    case Kind::removed_after:
      return (event_id == 0 ? std::string("every event was removed")
                            : "an event after " + std::to_string(event_id) + " was removed") +
             ": the chain's recorded head is " + event(head_id);
    case Kind::head_rewritten:
      if (head_id == missing_head) return "the chain's recorded head was removed";
      return "the chain's recorded head (" + event(head_id) +
             ") is not in the trail: the head or the events up to it were rewritten";
    case Kind::anchor_missing:
      return "no event has the recorded hash " + anchor + ": the events up to it were rewritten or removed";
  }
  return "the audit trail is damaged";
}

AuditChainCheck::AuditChainCheck(AuditChainHead head, std::optional<std::string> anchor)
    : head_(std::move(head)),
      anchor_(std::move(anchor)),
      head_seen_(head_.last_id == 0 && head_.last_hash == audit_chain_start) {}

bool AuditChainCheck::add(const ChainedAuditEvent& event) {
  if (fault_) return false;
  ++events_;
  if (suspect_) {
    decide_suspect(event.previous_hash == last_hash_);
    return false;
  }
  using Kind = AuditChainFault::Kind;
  // An event with no links, or whose hash is not its own, is altered: unless the event
  // after it links past it, which makes it one that was never in the chain.
  if (!event.previous_hash || !event.event_hash || audit_event_hash(*event.previous_hash, event) != *event.event_hash) {
    suspect_ = Suspect{event.id, Kind::altered};
    return true;
  }
  if (*event.previous_hash == last_hash_) {
    accept(event);
    return true;
  }
  // It links to the event before the last: the last one was slipped in between them.
  if (last_id_ != 0 && *event.previous_hash == before_last_hash_) {
    fault_ = fault(Kind::inserted, last_id_);
    return false;
  }
  suspect_ = Suspect{event.id, Kind::removed_before};
  return true;
}

void AuditChainCheck::accept(const ChainedAuditEvent& event) {
  before_last_hash_ = std::move(last_hash_);
  last_hash_ = *event.event_hash;
  last_id_ = event.id;
  if (event.id == head_.last_id && last_hash_ == head_.last_hash) head_seen_ = true;
  if (event.id > head_.last_id && first_after_head_ == 0) first_after_head_ = event.id;
  if (anchor_ && last_hash_ == *anchor_) anchor_seen_ = true;
}

void AuditChainCheck::decide_suspect(bool linked_past_it) {
  fault_ = fault(linked_past_it ? AuditChainFault::Kind::inserted : suspect_->kind, suspect_->id);
  suspect_.reset();
}

std::optional<AuditChainFault> AuditChainCheck::finish() {
  using Kind = AuditChainFault::Kind;
  if (fault_) return fault_;
  // The last event is suspect: the recorded head says whether the chain ended before it.
  if (suspect_) {
    decide_suspect(head_.last_id == last_id_ && head_.last_hash == last_hash_);
    return fault_;
  }
  if (head_.last_id > last_id_) return fault(Kind::removed_after, last_id_, head_.last_id);
  if (head_.last_id < last_id_) {
    if (head_seen_) return fault(Kind::inserted, first_after_head_);
    return fault(Kind::head_rewritten, 0, head_.last_id);
  }
  if (head_.last_hash != last_hash_) {
    // The last event was rewritten with a hash recomputed to match its new content.
    if (last_id_ != 0) return fault(Kind::altered, last_id_);
    return fault(Kind::head_rewritten, 0, head_.last_id);
  }
  if (anchor_ && !anchor_seen_ && *anchor_ != audit_chain_start) {
    return [&] {
      auto missing = fault(Kind::anchor_missing, 0);
      missing.anchor = *anchor_;
      return missing;
    }();
  }
  return std::nullopt;
}

}  // namespace pathway::store
