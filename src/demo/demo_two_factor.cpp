// The demo county needs no second factor: anyone trying the demo signs in with the demo
// password alone (the README's accounts), though each may still set one up.
#include "access/two_factor_policy.h"
#include "demo/demo_parts.h"

namespace pathway::demo {

void require_no_two_factor(store::Connection& connection) { access::set_two_factor_roles(connection, {}); }

}  // namespace pathway::demo
