// The deadline engine's pages in the access matrix (format: children.mjs): "My work" for
// everyone who holds cases, the team view and a worker's list for the managers, the bank
// holidays and deadline rules for the administrator (manage_reference_data). Every change
// posted here fails validation (422), so the fixture database stays as it was.
const caseHolders = {
  head_of_service: true, unit_lead: true, case_manager: true, transition_practitioner: true,
  restorative_justice_worker: true,
};
const managers = { head_of_service: true, unit_lead: true };
const administrators = { administrator: true };
const rule = '/admin/deadline-rules/referral_order_first_panel/1990-01-01';

export default [
  { route: 'GET /my-work', path: () => '/my-work', allow: caseHolders },
  { route: 'GET /my-work/team', path: () => '/my-work/team', allow: managers },
  // The case manager persona works in the unit lead's team, within both managers' scope.
  { route: 'GET /my-work/team/{username}', path: () => '/my-work/team/caseworker', allow: managers },
  { route: 'GET /admin/bank-holidays', path: () => '/admin/bank-holidays', allow: administrators },
  { route: 'POST /admin/bank-holidays', path: () => '/admin/bank-holidays', allow: administrators,
    form: () => ({ name: '' }), allowed: [422] },
  { route: 'POST /admin/bank-holidays/{date}/remove', path: () => '/admin/bank-holidays/2026-12-24/remove',
    allow: administrators, allowed: [404] },
  { route: 'GET /admin/deadline-rules', path: () => '/admin/deadline-rules', allow: administrators },
  { route: 'GET /admin/deadline-rules/{code}/{from}', path: () => rule, allow: administrators },
  { route: 'POST /admin/deadline-rules/{code}/{from}', path: () => rule, allow: administrators,
    form: () => ({ amount: 'soon', unit: 'working_days', direction: 'after' }), allowed: [422] },
];
