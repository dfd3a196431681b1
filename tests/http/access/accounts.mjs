// Your own password and the administrator's pages (accounts, teams, places, settings) in
// the access matrix. Only administrators may use the administrator's pages; everyone may
// change their own password. Every request is harmless on the shared fixture database: a
// form that fails validation (422), or an action on an account or team that does not exist
// (404).
const everyone = {
  administrator: true, head_of_service: true, unit_lead: true, case_manager: true, transition_practitioner: true,
  restorative_justice_worker: true, business_support: true, analyst: true, data_protection_officer: true,
  partner: true, panel_volunteer: true,
};
const administrators = { administrator: true };
const nothing = () => ({});

export default [
  { route: 'GET /account/password', path: () => '/account/password', allow: everyone },
  { route: 'POST /account/password', path: () => '/account/password', allow: everyone, form: nothing, allowed: [422] },

  { route: 'GET /admin/accounts', path: () => '/admin/accounts', allow: administrators },
  { route: 'GET /admin/accounts/review', path: () => '/admin/accounts/review', allow: administrators },
  { route: 'GET /admin/accounts/new', path: () => '/admin/accounts/new', allow: administrators },
  { route: 'POST /admin/accounts/new', path: () => '/admin/accounts/new', allow: administrators, form: nothing, allowed: [422] },
  { route: 'GET /admin/accounts/{username}', path: () => '/admin/accounts/admin', allow: administrators },
  { route: 'GET /admin/accounts/{username}/edit', path: () => '/admin/accounts/admin/edit', allow: administrators },
  { route: 'POST /admin/accounts/{username}/edit', path: () => '/admin/accounts/admin/edit', allow: administrators,
    form: nothing, allowed: [422] },
  { route: 'POST /admin/accounts/{username}/disable', path: () => '/admin/accounts/no-such-account/disable',
    allow: administrators, allowed: [404] },
  { route: 'POST /admin/accounts/{username}/enable', path: () => '/admin/accounts/no-such-account/enable',
    allow: administrators, allowed: [404] },
  { route: 'POST /admin/accounts/{username}/require-password-change',
    path: () => '/admin/accounts/no-such-account/require-password-change', allow: administrators, allowed: [404] },
  { route: 'POST /admin/accounts/{username}/reset-password', path: () => '/admin/accounts/no-such-account/reset-password',
    allow: administrators, allowed: [404] },
  { route: 'POST /admin/accounts/{username}/unlock', path: () => '/admin/accounts/no-such-account/unlock',
    allow: administrators, allowed: [404] },

  { route: 'GET /admin/teams', path: () => '/admin/teams', allow: administrators },
  { route: 'GET /admin/teams/new', path: () => '/admin/teams/new', allow: administrators },
  { route: 'POST /admin/teams/new', path: () => '/admin/teams/new', allow: administrators, form: nothing, allowed: [422] },
  { route: 'GET /admin/teams/{code}', path: () => '/admin/teams/no-such-team', allow: administrators, allowed: [404] },
  { route: 'POST /admin/teams/{code}', path: () => '/admin/teams/no-such-team', allow: administrators, form: nothing,
    allowed: [404] },
  { route: 'POST /admin/teams/{code}/deactivate', path: () => '/admin/teams/no-such-team/deactivate',
    allow: administrators, allowed: [404] },
  { route: 'POST /admin/teams/{code}/reactivate', path: () => '/admin/teams/no-such-team/reactivate',
    allow: administrators, allowed: [404] },

  { route: 'GET /admin/districts', path: () => '/admin/districts', allow: administrators },
  { route: 'GET /admin/districts/{code}', path: () => '/admin/districts/DOVER', allow: administrators },
  { route: 'POST /admin/districts/{code}', path: () => '/admin/districts/DOVER', allow: administrators, form: nothing,
    allowed: [422] },
  { route: 'GET /admin/areas/{code}', path: () => '/admin/areas/SOUTH', allow: administrators },
  { route: 'POST /admin/areas/{code}', path: () => '/admin/areas/SOUTH', allow: administrators, form: nothing,
    allowed: [422] },

  { route: 'GET /admin/settings', path: () => '/admin/settings', allow: administrators },
  { route: 'POST /admin/settings', path: () => '/admin/settings', allow: administrators, form: nothing, allowed: [422] },
];
