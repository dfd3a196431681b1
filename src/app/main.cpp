// pathway: the Youth Justice Service's case management and performance system.
#include <iostream>

#include "app/commands.h"
#include "core/random.h"
#include "store/database.h"

int main(int argc, char** argv) {
  CLI::App app{"Pathway: case management and performance for a Youth Justice Service"};
  app.require_subcommand(1);
  pathway::app::add_serve_command(app);
  pathway::app::add_data_commands(app);
  pathway::app::add_user_command(app);
  pathway::app::add_copy_command(app);
  pathway::app::add_audit_command(app);
  pathway::app::add_roles_command(app);
  pathway::app::add_kpi_command(app);
  try {
    pathway::initialise_crypto();
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error);
  } catch (const std::exception& error) {
    std::cerr << "pathway: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
