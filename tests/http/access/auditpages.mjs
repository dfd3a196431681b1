// The audit trail pages in the access matrix. "Who has seen this record" is for managers
// and the data protection officer, and only on records they may open themselves; the audit
// search and its export are the data protection officer's alone. Anyone not listed must be
// refused. Reading the trail changes nothing but the trail, so every request is harmless.
const dataProtectionOfficer = { data_protection_officer: true };

export default [
  { route: 'GET /audit', path: () => '/audit', allow: dataProtectionOfficer },
  { route: 'GET /audit.csv', path: () => '/audit.csv', allow: dataProtectionOfficer },
  {
    route: 'GET /children/{id}/viewers', record: true, path: (id) => `/children/${id}/viewers`,
    allow: {
      head_of_service: 'allocated same_team other_team restricted_named break_glass_open break_glass_expired shared',
      unit_lead: 'allocated same_team restricted_named break_glass_open',
      data_protection_officer: 'allocated same_team other_team restricted_named break_glass_open break_glass_expired shared',
    },
  },
];
