// An outcome's page and the forms of an order in progress (src/justice/order_pages.cpp,
// order_form_pages.cpp) in the access matrix: read by those who open the child's record,
// changed by those who may correct it, as the other justice pages (children.mjs says who).
// Outcome 1 is rarely the fixture child's: an allowed persona reaches the handler, which
// answers "Outcome not found" (or the page, should it be theirs); a refused one gets the
// missing child's page, which the harness tells apart.
import { readers, correctors } from './children.mjs';

const outcome = (id) => `/children/${id}/outcomes/1`;
const form = (suffix) => [
  { route: `GET /children/{id}/outcomes/{outcome}${suffix}`, record: true, path: (id) => outcome(id) + suffix,
    allow: correctors, allowed: [200, 404, 409] },
  // An empty form fails validation, or the outcome is not the child's: nothing is saved.
  { route: `POST /children/{id}/outcomes/{outcome}${suffix}`, record: true, path: (id) => outcome(id) + suffix,
    allow: correctors, form: () => ({}), allowed: [404, 409, 422] },
];

export default [
  { route: 'GET /children/{id}/outcomes/{outcome}', record: true, path: outcome, allow: readers, allowed: [200, 404] },
  ...form('/end'),
  ...form('/warnings/new'),
  ...form('/breaches/new'),
  ...form('/extensions/new'),
  ...form('/revocation'),
];
