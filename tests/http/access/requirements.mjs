// A youth rehabilitation order's requirements (src/justice/requirement_pages.cpp) in the
// access matrix: read by those who open the child's record, added to and progressed by
// those who may correct it (children.mjs says who each is). Outcome 1 is rarely the
// fixture child's: an allowed persona reaches the handler, which answers the page (should
// it be theirs) or as a missing child; a refused one gets the missing child's page or 403.
import { readers, correctors } from './children.mjs';

const page = (id) => `/children/${id}/outcomes/1/requirements`;

export default [
  { route: 'GET /children/{id}/outcomes/{outcome}/requirements', record: true, path: page, allow: readers,
    allowed: [200, 404] },
  { route: 'GET /children/{id}/outcomes/{outcome}/requirements/new', record: true, path: (id) => `${page(id)}/new`,
    allow: correctors, allowed: [200, 404] },
  // An empty form fails validation (or the outcome is not there): nothing is saved.
  { route: 'POST /children/{id}/outcomes/{outcome}/requirements/new', record: true, path: (id) => `${page(id)}/new`,
    allow: correctors, form: () => ({}), allowed: [404, 422] },
  { route: 'GET /children/{id}/outcomes/{outcome}/requirements/{requirement}/progress', record: true,
    path: (id) => `${page(id)}/1/progress`, allow: correctors, allowed: [200, 404] },
  { route: 'POST /children/{id}/outcomes/{outcome}/requirements/{requirement}/progress', record: true,
    path: (id) => `${page(id)}/1/progress`, allow: correctors, form: () => ({}), allowed: [404, 422] },
];
