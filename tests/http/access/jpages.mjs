// A child's offences and outcomes (src/justice/offence_pages.cpp, outcome_pages.cpp) in
// the access matrix: read by those who open the child's record, changed by those who may
// correct it, as the children pages are (children.mjs says who each is).
import { readers, correctors } from './children.mjs';

export default [
  { route: 'GET /children/{id}/offences', record: true, path: (id) => `/children/${id}/offences`, allow: readers },
  { route: 'GET /children/{id}/offences/new', record: true, path: (id) => `/children/${id}/offences/new`, allow: correctors },
  // An empty form fails validation: allowed, and nothing is saved.
  { route: 'POST /children/{id}/offences/new', record: true, path: (id) => `/children/${id}/offences/new`,
    allow: correctors, form: () => ({}), allowed: [422] },
  // Offence 1 is rarely the fixture child's: an allowed persona reaches the handler, which
  // answers "Offence not found" (or the form, should it be theirs); a refused one gets the
  // missing child's page, which the harness tells apart.
  { route: 'GET /children/{id}/offences/{offence}/edit', record: true, path: (id) => `/children/${id}/offences/1/edit`,
    allow: correctors, allowed: [200, 404] },
  { route: 'POST /children/{id}/offences/{offence}/edit', record: true, path: (id) => `/children/${id}/offences/1/edit`,
    allow: correctors, form: () => ({}), allowed: [404, 422] },
  { route: 'GET /children/{id}/outcomes/new', record: true, path: (id) => `/children/${id}/outcomes/new`, allow: correctors },
  { route: 'POST /children/{id}/outcomes/new', record: true, path: (id) => `/children/${id}/outcomes/new`,
    allow: correctors, form: () => ({}), allowed: [422] },
];
