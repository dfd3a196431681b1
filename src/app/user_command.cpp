#include <pwd.h>
#include <termios.h>
#include <unistd.h>

#include <functional>
#include <iostream>

#include "access/accounts.h"
#include "access/audit.h"
#include "access/sessions.h"
#include "access/sign_in_throttle.h"
#include "access/staff.h"
#include "app/commands.h"
#include "store/migrations.h"
#include "store/transaction.h"

namespace pathway::app {

namespace {

struct UserOptions {
  std::string db;
  std::string username;
  std::string display_name;
  std::string role;
};

// The password comes from standard input, never the command line (where other users of
// the machine could see it in the process list). Echo is off when typing at a terminal.
std::string read_password() {
  bool terminal = isatty(STDIN_FILENO);
  termios saved{};
  if (terminal) {
    std::cerr << "Password: " << std::flush;
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string password;
  std::getline(std::cin, password);
  if (terminal) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << "\n";
  }
  if (!password.empty() && password.back() == '\r') password.pop_back();
  return password;
}

// Who ran the command, for the audit trail: the command line acts as "system", and the
// detail names the operating system account.
std::string by_the_command_line() {
  const passwd* user = getpwuid(geteuid());
  return "by the command line, as " + (user ? std::string(user->pw_name) : "uid " + std::to_string(geteuid()));
}

// Runs one change to an existing account in a transaction with its audit event. The change
// returns the detail for the event, or an Error that becomes the command's message.
void change_account(const UserOptions& options, std::string_view action, std::string_view done,
                    const std::function<Result<std::string>(store::Connection&, const access::StaffMember&)>& change) {
  auto database = store::open_database(options.db, 1);
  store::migrate(*database);
  auto connection = database->acquire();
  store::Transaction transaction(*connection);
  auto account = access::find_staff_with_password_hash(*connection, options.username);
  if (!account) throw std::runtime_error("there is no account with the username '" + options.username + "'");
  auto detail = change(*connection, account->first);
  if (!detail) throw std::runtime_error(detail.error().message);
  std::string why = detail.value().empty() ? by_the_command_line() : detail.value() + ", " + by_the_command_line();
  access::record_audit_event(*connection, {"system", std::string(action), "staff", account->first.username, "", why});
  transaction.commit();
  std::cout << done << " " << account->first.username << "\n";
}

void run_user_unlock(const UserOptions& options) {
  change_account(options, "staff.unlock", "Unlocked", [](store::Connection& connection, const access::StaffMember& staff) {
    std::int64_t cleared = access::clear_sign_in_failures(connection, staff.username);
    return Result<std::string>(std::to_string(cleared) + " failed sign-ins forgotten");
  });
}

void run_user_set_active(const UserOptions& options, bool active) {
  change_account(options, active ? "staff.enable" : "staff.disable", active ? "Enabled" : "Disabled",
                 [active](store::Connection& connection, const access::StaffMember& staff) -> Result<std::string> {
                   auto changed = active ? access::set_staff_active(connection, staff.username, true)
                                         : access::disable_account(connection, staff.username);
                   if (!changed) return changed.error();
                   return std::string(active ? "" : "sessions ended");
                 });
}

// A new password ends the account's sessions (whoever held the old one is signed out) and
// forgets its failed sign-ins (the person can sign in at once with the new one).
void run_user_reset_password(const UserOptions& options) {
  std::string password = read_password();
  change_account(options, "staff.reset_password", "Replaced the password of",
                 [&password](store::Connection& connection, const access::StaffMember& staff) -> Result<std::string> {
                   auto changed = access::set_staff_password(connection, staff.username, password);
                   if (!changed) return changed.error();
                   access::end_sessions_of(connection, staff);
                   access::clear_sign_in_failures(connection, staff.username);
                   return std::string("sessions ended, failed sign-ins forgotten");
                 });
}

void run_user_add(const UserOptions& options) {
  auto role = access::role_from_code(options.role);
  if (!role) {
    std::string known;
    for (auto r : access::all_roles()) known += std::string(known.empty() ? "" : ", ") + std::string(access::role_code(r));
    throw std::runtime_error("unknown role '" + options.role + "': use one of " + known);
  }
  std::string password = read_password();
  auto database = store::open_database(options.db, 1);
  store::migrate(*database);
  auto connection = database->acquire();
  store::Transaction transaction(*connection);
  auto added = access::add_staff_member(*connection, {options.username, options.display_name, *role, password});
  if (!added) throw std::runtime_error(added.error().message);
  access::record_audit_event(*connection, {"system", "staff.create", "staff", added->username, "",
                                           "role " + options.role + ", by the command line"});
  transaction.commit();
  std::cout << "Added " << added->username << " (" << access::role_label(*role) << ")\n";
}

}  // namespace

void add_user_command(CLI::App& app) {
  auto* user = app.add_subcommand("user", "Manage staff accounts");
  user->require_subcommand(1);
  auto options = std::make_shared<UserOptions>();
  auto* add = user->add_subcommand("add", "Add a staff account; the password is read from standard input");
  add->add_option("--db", options->db, "SQLite file or postgresql:// URL")->required();
  add->add_option("--username", options->username, "Username: 3 to 32 of a-z 0-9 . _ -")->required();
  add->add_option("--role", options->role, "administrator, manager, case_manager, restorative_justice_worker, "
                                           "transition_practitioner, analyst, business_support or panel_volunteer")
      ->required();
  add->add_option("--name", options->display_name, "The person's name as shown in Pathway");
  add->callback([options] { run_user_add(*options); });

  // The commands that change an existing account take its username as their argument.
  auto account_command = [&user, options](const std::string& name, const std::string& description,
                                          std::function<void()> run) {
    auto* command = user->add_subcommand(name, description);
    command->add_option("--db", options->db, "SQLite file or postgresql:// URL")->required();
    command->add_option("username", options->username, "The account's username")->required();
    command->callback(std::move(run));
  };
  account_command("unlock", "Forget an account's failed sign-ins, so it may sign in again at once",
                  [options] { run_user_unlock(*options); });
  account_command("disable", "Stop an account signing in, and end its sessions",
                  [options] { run_user_set_active(*options, false); });
  account_command("enable", "Let a disabled account sign in again", [options] { run_user_set_active(*options, true); });
  account_command("reset-password",
                  "Replace an account's password, read from standard input; ends its sessions and unlocks it",
                  [options] { run_user_reset_password(*options); });
}

}  // namespace pathway::app
