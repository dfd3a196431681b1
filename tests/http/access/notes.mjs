// A child's case notes, safeguarding and risk flags and network (src/practice/) in the
// access matrix: read by those who open the record (children.mjs), written by those of the
// readers whose role records practice (case managers, transition practitioners,
// restorative justice workers and managers; not business support, analysts, the data
// protection officer or partners).
import { readers } from './children.mjs';

const practitioners = {
  head_of_service: readers.head_of_service,
  unit_lead: readers.unit_lead,
  case_manager: readers.case_manager,
  transition_practitioner: readers.transition_practitioner,
  restorative_justice_worker: readers.restorative_justice_worker,
};
// An empty form fails validation: allowed, and nothing is saved.
const nothing = () => ({});

export default [
  { route: 'GET /children/{id}/case-notes', record: true, path: (id) => `/children/${id}/case-notes`, allow: readers },
  { route: 'GET /children/{id}/case-notes/new', record: true, path: (id) => `/children/${id}/case-notes/new`,
    allow: practitioners },
  { route: 'POST /children/{id}/case-notes/new', record: true, path: (id) => `/children/${id}/case-notes/new`,
    allow: practitioners, form: nothing, allowed: [422] },
  // Note 999999999 is no child's: an allowed persona reaches the handler's 404; a refused one
  // gets the missing child's page, which the harness tells apart.
  { route: 'GET /children/{id}/case-notes/{note}', record: true, path: (id) => `/children/${id}/case-notes/999999999`,
    allow: readers, allowed: [404] },
  { route: 'GET /children/{id}/case-notes/{note}/correct', record: true,
    path: (id) => `/children/${id}/case-notes/999999999/correct`, allow: practitioners, allowed: [404] },
  { route: 'POST /children/{id}/case-notes/{note}/correct', record: true,
    path: (id) => `/children/${id}/case-notes/999999999/correct`, allow: practitioners, form: nothing, allowed: [404] },
  { route: 'GET /children/{id}/flags', record: true, path: (id) => `/children/${id}/flags`, allow: readers },
  { route: 'GET /children/{id}/flags/new', record: true, path: (id) => `/children/${id}/flags/new`, allow: practitioners },
  { route: 'POST /children/{id}/flags/new', record: true, path: (id) => `/children/${id}/flags/new`,
    allow: practitioners, form: nothing, allowed: [422] },
  { route: 'GET /children/{id}/flags/{flag}/review', record: true, path: (id) => `/children/${id}/flags/999999999/review`,
    allow: practitioners, allowed: [404] },
  { route: 'POST /children/{id}/flags/{flag}/review', record: true, path: (id) => `/children/${id}/flags/999999999/review`,
    allow: practitioners, form: nothing, allowed: [404] },
  { route: 'GET /children/{id}/flags/{flag}/end', record: true, path: (id) => `/children/${id}/flags/999999999/end`,
    allow: practitioners, allowed: [404] },
  { route: 'POST /children/{id}/flags/{flag}/end', record: true, path: (id) => `/children/${id}/flags/999999999/end`,
    allow: practitioners, form: nothing, allowed: [404] },
  { route: 'GET /children/{id}/network', record: true, path: (id) => `/children/${id}/network`, allow: readers },
  { route: 'GET /children/{id}/network/new', record: true, path: (id) => `/children/${id}/network/new?kind=family`,
    allow: practitioners },
  { route: 'POST /children/{id}/network/new', record: true, path: (id) => `/children/${id}/network/new?kind=family`,
    allow: practitioners, form: nothing, allowed: [422] },
  { route: 'GET /children/{id}/network/{member}/edit', record: true,
    path: (id) => `/children/${id}/network/999999999/edit`, allow: practitioners, allowed: [404] },
  { route: 'POST /children/{id}/network/{member}/edit', record: true,
    path: (id) => `/children/${id}/network/999999999/edit`, allow: practitioners, form: nothing, allowed: [404] },
];
