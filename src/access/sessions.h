#pragma once
// Server-side sessions. The browser holds a 256-bit random token; the database holds only
// its SHA-256, so a copy of the database does not hand out live sessions. Sessions live in
// the database, not in the process, so several application servers can share them.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "access/staff.h"
#include "store/database.h"

namespace pathway::access {

struct SessionPolicy {
  std::int64_t idle_seconds = 30 * 60;
  std::int64_t absolute_seconds = 12 * 60 * 60;
  // last_seen_at is written at most this often, so reading pages costs no write.
  std::int64_t touch_interval_seconds = 60;
};

struct Session {
  StaffMember staff;
  std::string csrf_token;
};

struct StartedSession {
  std::string token;  // goes in the cookie; never stored
  Session session;
};

// Starts a new session (a new token at every sign-in, so a planted id is useless).
StartedSession start_session(store::Connection& connection, const StaffMember& staff, std::int64_t now);

// The live session for a cookie token, or nullopt if unknown, idle too long, too old or
// the account is disabled. Expired sessions are deleted.
std::optional<Session> resume_session(store::Connection& connection, std::string_view token,
                                      std::int64_t now, const SessionPolicy& policy);

// Ends the session (sign out). Unknown tokens are ignored.
void end_session(store::Connection& connection, std::string_view token);

// Ends every session of the account (it was disabled, or its password replaced).
void end_sessions_of(store::Connection& connection, const StaffMember& staff);

// Ends every session of the account but the one with this token (the person changed their
// own password: anyone else holding a session of theirs is signed out).
void end_other_sessions_of(store::Connection& connection, const StaffMember& staff, std::string_view kept_token);

}  // namespace pathway::access
