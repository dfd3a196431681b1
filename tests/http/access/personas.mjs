// The personas of the access matrix: one demo account for each role (two for managers:
// the head of service's scope is the whole service, the unit lead's one team), and the
// relationships one of them can have to a child's record. Case-holding personas are all in
// the North Kent unit; see buildFixture in ../access_matrix.test.mjs for what each
// relationship means in the database.
export const personas = {
  administrator: 'admin',
  head_of_service: 'manager',
  unit_lead: 'unitlead',
  case_manager: 'caseworker',
  transition_practitioner: 'transition',
  restorative_justice_worker: 'rjworker',
  business_support: 'support',
  analyst: 'analyst',
  data_protection_officer: 'dpo',
  partner: 'partner',
  panel_volunteer: 'volunteer',
};

export const relationships = [
  'allocated',            // a worker on the case
  'same_team',            // held by the persona's team (North Kent), not allocated to them
  'other_team',           // held by another team, nothing else
  'restricted_named',     // restricted, and the persona is named on it
  'restricted_not_named', // restricted, the persona allocated and in the team but not named
  'break_glass_open',     // another team's, with the persona's unexpired break-glass grant
  'break_glass_expired',  // another team's, with an expired grant
  'shared',               // another team's, shared with the persona by name (partners)
];
