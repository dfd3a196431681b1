// A child's circumstances, early warnings and wider services (src/practice/circumstances,
// src/practice/early_warnings, src/practice/wider_services) in the access matrix: read by
// those who open the record (children.mjs), a change recorded and a wider service added or
// ended by those of the readers whose role records practice; any reader may mark one of the
// record's early warnings seen for themselves.
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
  { route: 'GET /children/{id}/circumstances', record: true, path: (id) => `/children/${id}/circumstances`, allow: readers },
  { route: 'GET /children/{id}/circumstances/{kind}/new', record: true,
    path: (id) => `/children/${id}/circumstances/accommodation/new`, allow: practitioners },
  { route: 'POST /children/{id}/circumstances/{kind}/new', record: true,
    path: (id) => `/children/${id}/circumstances/ete/new`, allow: practitioners, form: nothing, allowed: [422] },
  { route: 'GET /children/{id}/wider-services/new', record: true, path: (id) => `/children/${id}/wider-services/new`,
    allow: practitioners },
  { route: 'POST /children/{id}/wider-services/new', record: true, path: (id) => `/children/${id}/wider-services/new`,
    allow: practitioners, form: nothing, allowed: [422] },
  // No such wider service: an allowed persona reaches the handler's 404 ("Wider service not
  // found"); a refused one gets the missing child's page, which the harness tells apart.
  { route: 'GET /children/{id}/wider-services/{sid}/end', record: true,
    path: (id) => `/children/${id}/wider-services/999999999/end`, allow: practitioners, allowed: [404] },
  { route: 'POST /children/{id}/wider-services/{sid}/end', record: true,
    path: (id) => `/children/${id}/wider-services/999999999/end`, allow: practitioners, form: nothing, allowed: [404] },
  // No warning named: an allowed persona reaches the handler's 404; a refused one gets the
  // missing child's page, which the harness tells apart.
  { route: 'POST /children/{id}/early-warnings/seen', record: true, path: (id) => `/children/${id}/early-warnings/seen`,
    allow: readers, form: nothing, allowed: [404] },
];
