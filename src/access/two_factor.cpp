#include "access/two_factor.h"

#include "access/audit.h"
#include "access/recovery_codes.h"
#include "access/sessions.h"
#include "access/totp.h"
#include "access/two_factor_store.h"
#include "core/log.h"
#include "store/transaction.h"

namespace pathway::access {

namespace {

Error unavailable() {
  return {ErrorKind::unavailable,
          "Two-factor sign-in is not working on this server at the moment. Tell your administrator."};
}

Error locked(const TwoFactorThrottle& throttle) {
  return {ErrorKind::forbidden, "You have entered too many wrong codes. Wait " +
                                    std::to_string(throttle.window_seconds / 60) +
                                    " minutes and try again, or ask your administrator to reset your two-factor "
                                    "sign-in."};
}

constexpr std::string_view replayed_message =
    "That code has been used already. Wait for your authenticator app to show a new code, then enter it.";

std::string_view wrong_message(bool recovery_allowed) {
  return recovery_allowed ? "Enter the 6-digit code your authenticator app shows now, or one of your unused "
                            "recovery codes"
                          : "Enter the 6-digit code your authenticator app shows now";
}

}  // namespace

TwoFactorService::TwoFactorService(store::Database& database, std::optional<TwoFactorKey> key,
                                   TwoFactorThrottle throttle)
    : database_(database), key_(std::move(key)), throttle_(throttle) {}

TwoFactorStatus TwoFactorService::status(const StaffMember& staff) {
  auto connection = database_.acquire();
  auto stored = find_two_factor(*connection, staff.id);
  if (!stored || !stored->confirmed) return {};
  return {true, stored->confirmed_at, unused_recovery_codes(*connection, staff.id)};
}

Result<Enrolment> TwoFactorService::enrolment(const StaffMember& staff, std::int64_t now) {
  if (!key_) return unavailable();
  auto connection = database_.acquire();
  store::Transaction transaction(*connection);
  auto stored = find_two_factor(*connection, staff.id);
  if (stored && stored->confirmed) return Error{ErrorKind::conflict, "Two-factor sign-in is already set up."};
  // The same secret until it is confirmed, so reloading the page does not undo a scan.
  std::optional<std::string> secret = stored ? key_->open(stored->sealed_secret, staff.id) : std::nullopt;
  if (!secret) {
    secret = new_totp_secret();
    if (!save_unconfirmed_two_factor(*connection, staff.id, key_->seal(*secret, staff.id), now)) {
      return Error{ErrorKind::conflict, "Two-factor sign-in is already set up."};
    }
  }
  transaction.commit();
  return Enrolment{grouped_for_reading(base32_text(*secret)),
                   totp_enrolment_uri(*secret, two_factor_issuer, staff.username)};
}

Result<std::string> TwoFactorService::check_code(store::Connection& connection, const CodeAttempt& attempt,
                                                 Purpose purpose) {
  if (!key_) return unavailable();
  const StaffMember& staff = attempt.staff;
  std::string_view what = purpose == Purpose::sign_in     ? "sign-in"
                          : purpose == Purpose::enrolment ? "enrolment"
                                                          : "new recovery codes";
  if (two_factor_failures_since(connection, staff.id, attempt.now - throttle_.window_seconds) >= throttle_.failures) {
    // Not counted, so retrying cannot extend the lock.
    record_audit_event(connection, {staff.username, "two_factor.refused", "", "", attempt.address,
                                    std::string(what) + ": too many wrong codes, not checked"});
    return locked(throttle_);
  }
  auto stored = find_two_factor(connection, staff.id);
  bool enrolling = purpose == Purpose::enrolment;
  if (!stored || stored->confirmed == enrolling) {
    return Error{ErrorKind::conflict, enrolling ? "Two-factor sign-in is already set up, or was reset. Start again."
                                                : "Two-factor sign-in is not set up for your account."};
  }
  auto secret = key_->open(stored->sealed_secret, staff.id);
  if (!secret) {
    log_json("error", "the two-factor key does not open an account's secret: is it the key it was sealed with?",
             {{"username", staff.username}});
    return unavailable();
  }
  bool recovery_allowed = purpose == Purpose::sign_in;
  std::string reason;
  if (recovery_allowed && looks_like_recovery_code(attempt.code)) {
    if (use_recovery_code(connection, staff.id, recovery_code_hash(attempt.code), attempt.now)) {
      return "recovery code, " + std::to_string(unused_recovery_codes(connection, staff.id)) + " left";
    }
    reason = "wrong or used recovery code";
  } else {
    auto check = check_totp(*secret, attempt.code, attempt.now, stored->last_step);
    bool used = check.outcome == TotpCheck::Outcome::accepted &&
                (enrolling ? confirm_two_factor(connection, staff.id, check.step, attempt.now)
                           : use_two_factor_step(connection, staff.id, check.step));
    if (used) return std::string("authenticator code");
    // Accepted but not used: another server took the same step first.
    reason = check.outcome == TotpCheck::Outcome::wrong ? "wrong code" : "code already used";
  }
  record_two_factor_failure(connection, staff.id, attempt.now);
  record_audit_event(connection, {staff.username, "two_factor.refused", "", "", attempt.address,
                                  std::string(what) + ": " + reason});
  return Error{ErrorKind::invalid,
               std::string(reason == "code already used" ? replayed_message : wrong_message(recovery_allowed))};
}

std::vector<std::string> TwoFactorService::issue_recovery_codes(store::Connection& connection,
                                                                std::int64_t staff_id) {
  auto codes = new_recovery_codes();
  std::vector<std::string> hashes;
  for (const auto& code : codes) hashes.push_back(recovery_code_hash(code));
  access::replace_recovery_codes(connection, staff_id, hashes);
  return codes;
}

Result<std::vector<std::string>> TwoFactorService::confirm_enrolment(const CodeAttempt& attempt,
                                                                     std::string_view session_token) {
  auto connection = database_.acquire();
  store::Transaction transaction(*connection);
  auto checked = check_code(*connection, attempt, Purpose::enrolment);
  if (!checked) {
    transaction.commit();  // the wrong code is counted and audited
    return checked.error();
  }
  auto codes = issue_recovery_codes(*connection, attempt.staff.id);
  complete_two_factor(*connection, session_token);
  record_audit_event(*connection, {attempt.staff.username, "two_factor.enrol", "", "", attempt.address,
                                   std::to_string(codes.size()) + " recovery codes issued"});
  transaction.commit();
  return codes;
}

Result<Done> TwoFactorService::complete_sign_in(const CodeAttempt& attempt, std::string_view session_token) {
  auto connection = database_.acquire();
  store::Transaction transaction(*connection);
  auto checked = check_code(*connection, attempt, Purpose::sign_in);
  if (checked) {
    complete_two_factor(*connection, session_token);
    record_audit_event(*connection, {attempt.staff.username, "two_factor.sign_in", "", "", attempt.address,
                                     checked.value()});
  }
  transaction.commit();
  if (!checked) return checked.error();
  return Done{};
}

Result<std::vector<std::string>> TwoFactorService::replace_recovery_codes(const CodeAttempt& attempt) {
  auto connection = database_.acquire();
  store::Transaction transaction(*connection);
  auto checked = check_code(*connection, attempt, Purpose::recovery_codes);
  if (!checked) {
    transaction.commit();
    return checked.error();
  }
  auto codes = issue_recovery_codes(*connection, attempt.staff.id);
  record_audit_event(*connection, {attempt.staff.username, "two_factor.recovery_codes", "", "", attempt.address,
                                   std::to_string(codes.size()) + " new recovery codes; the old ones no longer work"});
  transaction.commit();
  return codes;
}

bool reset_two_factor(store::Connection& connection, const StaffMember& staff) {
  bool had = remove_two_factor(connection, staff.id);
  end_sessions_of(connection, staff);
  return had;
}

}  // namespace pathway::access
