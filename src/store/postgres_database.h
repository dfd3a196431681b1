#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "store/database.h"

namespace pathway::store {

// Opens a pool of libpq connections to the database named by a postgresql:// (or
// postgres://) URL. The password comes from PGPASSWORD or a passfile, never the URL: a URL
// carrying one is refused. Throws StoreError naming the host and database (never the
// password) if the server cannot be reached.
std::unique_ptr<Database> open_postgres_database(const std::string& url, std::size_t pool_size);

// Rewrites '?' placeholders as $1, $2, ... leaving '?' inside quoted strings, quoted
// identifiers and comments alone. Returns the rewritten text; `count` receives the number
// of placeholders. Exposed for tests.
std::string number_placeholders(std::string_view sql, std::size_t& count);

}  // namespace pathway::store
