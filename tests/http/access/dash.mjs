// The performance dashboard, the children behind its numbers and the targets in the access
// matrix. The figures are open to all of the service's staff (not to partners, who work for
// other agencies); the children a list names are filtered by need to know inside the page;
// only managers set targets. Target changes that fail validation change nothing.
const staff = {
  administrator: true, head_of_service: true, unit_lead: true, case_manager: true, transition_practitioner: true,
  restorative_justice_worker: true, business_support: true, analyst: true, data_protection_officer: true,
  panel_volunteer: true,
};
const managers = { head_of_service: true, unit_lead: true };

export default [
  { route: 'GET /performance', path: () => '/performance', allow: staff },
  { route: 'GET /performance/children', path: () => '/performance/children?measure=custody.court_disposals', allow: staff },
  { route: 'GET /performance/targets', path: () => '/performance/targets', allow: managers },
  { route: 'POST /performance/targets', path: () => '/performance/targets', allow: managers,
    form: () => ({ 'target-custody-percent_of_court_disposals': 'not a number' }), allowed: [422] },
];
