// The live reoffending tracker, its cohort lists and the YJB indicators in the access matrix.
// Figures are open to every member of staff (see_performance); partners, who work for other
// agencies, are refused. The cohort list names only the children a viewer may list, which
// tests/http/performance_reoffending.test.mjs checks. Reading changes nothing but the trail.
const staff = {
  administrator: true, head_of_service: true, unit_lead: true, case_manager: true, transition_practitioner: true,
  restorative_justice_worker: true, business_support: true, analyst: true, data_protection_officer: true,
  panel_volunteer: true,
};

export default [
  { route: 'GET /performance/reoffending', path: () => '/performance/reoffending', allow: staff },
  { route: 'GET /performance/reoffending/cohort', path: () => '/performance/reoffending/cohort', allow: staff },
  { route: 'GET /performance/yjb', path: () => '/performance/yjb', allow: staff },
];
