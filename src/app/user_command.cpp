#include <termios.h>
#include <unistd.h>

#include <iostream>

#include "access/audit.h"
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
}

}  // namespace pathway::app
