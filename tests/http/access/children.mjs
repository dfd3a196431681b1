// The children pages in the access matrix. A record route lists, per persona, the
// relationships it opens for (personas.mjs); a route about no record is `true` for the
// personas it is open to. Anyone not listed must be refused.
const everyone = {
  administrator: true, head_of_service: true, unit_lead: true, case_manager: true, transition_practitioner: true,
  restorative_justice_worker: true, business_support: true, analyst: true, data_protection_officer: true,
  partner: true, panel_volunteer: true,
};
const searchers = { ...everyone };
delete searchers.administrator;
delete searchers.panel_volunteer;
const adders = {
  head_of_service: true, unit_lead: true, case_manager: true, transition_practitioner: true, business_support: true,
};

// Who opens a child's record, by relationship.
export const readers = {
  head_of_service: 'allocated same_team other_team restricted_named break_glass_open break_glass_expired shared',
  unit_lead: 'allocated same_team restricted_named break_glass_open',
  case_manager: 'allocated same_team restricted_named break_glass_open',
  transition_practitioner: 'allocated same_team restricted_named break_glass_open',
  restorative_justice_worker: 'allocated same_team restricted_named break_glass_open',
  business_support: 'same_team restricted_named',
  analyst: 'allocated same_team other_team restricted_named break_glass_open break_glass_expired shared',
  data_protection_officer: 'allocated same_team other_team restricted_named break_glass_open break_glass_expired shared',
  partner: 'restricted_named shared',
};
// Who corrects it: those of the readers whose role may correct.
export const correctors = {
  head_of_service: readers.head_of_service,
  unit_lead: readers.unit_lead,
  case_manager: readers.case_manager,
  transition_practitioner: readers.transition_practitioner,
  business_support: readers.business_support,
};
// A correction with nothing in it fails validation: allowed, and nothing changes.
const emptyCorrection = () => ({ version: '1' });

export default [
  { route: 'GET /sign-in', path: () => '/sign-in', allow: everyone, allowed: [200, 303] },
  { route: 'POST /sign-in', path: () => '/sign-in', allow: everyone, allowed: [200, 303, 400, 403, 422] },
  { route: 'GET /', path: () => '/', allow: everyone },
  { route: 'GET /accessibility', path: () => '/accessibility', allow: everyone },
  { route: 'GET /privacy', path: () => '/privacy', allow: everyone },
  { route: 'GET /children', path: () => '/children', allow: searchers },
  { route: 'GET /children/new', path: () => '/children/new', allow: adders },
  { route: 'POST /children/new', path: () => '/children/new', allow: adders, allowed: [422] },
  { route: 'GET /children/{id}', record: true, path: (id) => `/children/${id}`, allow: readers },
  { route: 'GET /children/{id}/history', record: true, path: (id) => `/children/${id}/history`, allow: readers },
  { route: 'GET /children/{id}/edit', record: true, path: (id) => `/children/${id}/edit`, allow: correctors },
  { route: 'POST /children/{id}/edit', record: true, path: (id) => `/children/${id}/edit`, allow: correctors,
    form: emptyCorrection, allowed: [422] },
  // Last: it ends the persona's session.
  { route: 'POST /sign-out', path: () => '/sign-out', allow: everyone, allowed: [303], last: true },
];
