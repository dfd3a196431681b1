// Two-factor sign-in in the access matrix. Every persona has a full session and the
// fixture server has no two-factor key, so the requests change nothing: the code step sends
// a full session on (303), set-up says it is unavailable (503) or shows its errors, and the
// administrator's requests fail validation or name no account.
const everyone = {
  administrator: true, head_of_service: true, unit_lead: true, case_manager: true, transition_practitioner: true,
  restorative_justice_worker: true, business_support: true, analyst: true, data_protection_officer: true,
  partner: true, panel_volunteer: true,
};
const administrators = { administrator: true };

export default [
  { route: 'GET /sign-in/two-factor', path: () => '/sign-in/two-factor', allow: everyone, allowed: [303] },
  { route: 'POST /sign-in/two-factor', path: () => '/sign-in/two-factor', allow: everyone, allowed: [303],
    form: () => ({ code: '' }) },
  { route: 'GET /account/two-factor', path: () => '/account/two-factor', allow: everyone, allowed: [200, 503] },
  { route: 'POST /account/two-factor', path: () => '/account/two-factor', allow: everyone, allowed: [422, 503],
    form: () => ({ code: '' }) },
  { route: 'POST /account/two-factor/recovery-codes', path: () => '/account/two-factor/recovery-codes', allow: everyone,
    allowed: [303, 422], form: () => ({ code: '' }) },
  { route: 'GET /admin/two-factor', path: () => '/admin/two-factor', allow: administrators },
  { route: 'POST /admin/two-factor', path: () => '/admin/two-factor', allow: administrators, allowed: [422],
    form: () => ({ roles: 'no_such_role' }) },
  { route: 'POST /admin/accounts/{username}/reset-two-factor', path: () => '/admin/accounts/nobody.here/reset-two-factor',
    allow: administrators, allowed: [404] },
];
