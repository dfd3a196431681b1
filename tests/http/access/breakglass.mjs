// Emergency access, restricted records and partner sharing in the access matrix. Record
// routes list, per persona, the relationships they answer for (personas.mjs); anyone not
// listed must be refused, as a missing child (404) or for lack of the permission (403).

// Breaking the glass: the form is reached from an identity-only search row, so it answers
// for every child that appears in the persona's search and is not restricted, whether or
// not the record already opens (then it sends them to the record). Restricted records
// cannot be broken into, named or not.
const unrestricted = 'allocated same_team other_team break_glass_open break_glass_expired shared';
const breakers = {
  head_of_service: unrestricted,
  unit_lead: unrestricted,
  case_manager: unrestricted,
  transition_practitioner: unrestricted,
  restorative_justice_worker: unrestricted,
};

// Restricting and sharing a record: those who may restrict, on the records they may open.
const restricters = {
  head_of_service: 'allocated same_team other_team restricted_named break_glass_open break_glass_expired shared',
  unit_lead: 'allocated same_team restricted_named break_glass_open',
  data_protection_officer: 'allocated same_team other_team restricted_named break_glass_open break_glass_expired shared',
};
const reviewers = { head_of_service: true, unit_lead: true, data_protection_officer: true };

export default [
  { route: 'GET /children/{id}/break-glass', record: true, path: (id) => `/children/${id}/break-glass`,
    allow: breakers, allowed: [200, 303] },
  // No reason given: the form's errors (422), or straight to a record that already opens
  // (303); no grant either way.
  { route: 'POST /children/{id}/break-glass', record: true, path: (id) => `/children/${id}/break-glass`,
    allow: breakers, form: () => ({ 'reason-choice': '' }), allowed: [303, 422] },
  { route: 'GET /children/{id}/restriction', record: true, path: (id) => `/children/${id}/restriction`,
    allow: restricters },
  // Naming nobody: the form's errors on a restricted record (422), or back to the page for
  // one that is not restricted (303); nothing changes.
  { route: 'POST /children/{id}/restriction', record: true, path: (id) => `/children/${id}/restriction`,
    allow: restricters, form: () => ({ action: 'name' }), allowed: [303, 422] },
  { route: 'GET /children/{id}/sharing', record: true, path: (id) => `/children/${id}/sharing`, allow: restricters },
  // No partner and no reason: the form's errors; nothing is shared.
  { route: 'POST /children/{id}/sharing', record: true, path: (id) => `/children/${id}/sharing`,
    allow: restricters, form: () => ({ action: 'share' }), allowed: [422] },
  { route: 'GET /restricted-records', path: () => '/restricted-records', allow: reviewers },
];
