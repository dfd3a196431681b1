#pragma once
// The secure estate's establishments: reference data an administrator keeps
// (admin/establishment_pages.cpp), from which staff choose where a child is held
// (justice/custody_form.h). Each takes children of some ages; an establishment is retired
// rather than removed, and a retired one is no longer offered. Custody episodes keep the
// name and type they were recorded with, so changing an establishment rewrites no history.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace pathway::reference {

struct EstablishmentDetails {
  std::string name;                // e.g. "Wetherby YOI"
  std::string establishment_type;  // one of justice::establishment_types()
  int youngest_age = 10;           // the youngest it takes, on the day a child arrives
  std::optional<int> oldest_age;   // the oldest; none for the adult estate
  bool holds_children = true;      // false once it has stopped taking children (Cookham Wood, 2024)
  bool operator==(const EstablishmentDetails&) const = default;
};

struct Establishment {
  std::int64_t id = 0;
  EstablishmentDetails details;
  bool retired = false;
};

// Every establishment, retired or not, by name. Throws StoreError.
std::vector<Establishment> list_establishments(store::Connection& connection);

// The establishment with this id, or nullopt. Throws StoreError.
std::optional<Establishment> find_establishment(store::Connection& connection, std::int64_t id);

// Adds the establishment and returns its id. Throws UniqueViolation when the name is taken
// (callers check first) and StoreError otherwise.
std::int64_t add_establishment(store::Connection& connection, const EstablishmentDetails& details);

// Replaces the establishment's details; false when there is no such establishment.
bool update_establishment(store::Connection& connection, std::int64_t id, const EstablishmentDetails& details);

// Retires or reinstates it; false when there is no such establishment.
bool set_establishment_retired(store::Connection& connection, std::int64_t id, bool retired);

}  // namespace pathway::reference
