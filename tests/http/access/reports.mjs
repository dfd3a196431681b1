// The board report pages in the access matrix. The report holds aggregates only (no child's
// name or record), so every member of staff may ask for one and download it; partners, who
// work for other agencies, may not (see_performance). Every request here is
// harmless: an empty form fails validation, and no report has the ids asked for.
const staff = {
  administrator: true, head_of_service: true, unit_lead: true, case_manager: true, transition_practitioner: true,
  restorative_justice_worker: true, business_support: true, analyst: true, data_protection_officer: true,
  panel_volunteer: true,
};

export default [
  { route: 'GET /performance/reports', path: () => '/performance/reports', allow: staff },
  { route: 'POST /performance/reports', path: () => '/performance/reports', allow: staff, form: () => ({}), allowed: [422] },
  { route: 'GET /performance/reports/{id}', path: () => '/performance/reports/NOSUCHREPORT', allow: staff, allowed: [404] },
  {
    route: 'GET /performance/reports/{id}/files/{name}', path: () => '/performance/reports/NOSUCHREPORT/files/board-report.pdf',
    allow: staff, allowed: [404],
  },
];
