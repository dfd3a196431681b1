// Correcting the justice record (fix9): a requirement's correction form and breach
// proceedings' correction form, each changed by those who may correct the child's record
// (children.mjs says who). Outcome, requirement and breach proceedings 1 are rarely the
// fixture child's: an allowed persona reaches the handler, which answers "not found" (or
// the form, should it be theirs); a refused one gets the missing child's page or 403. An
// empty form fails validation: nothing is saved.
import { correctors } from './children.mjs';

const outcome = (id) => `/children/${id}/outcomes/1`;

export default [
  { route: 'GET /children/{id}/outcomes/{outcome}/requirements/{requirement}/edit', record: true,
    path: (id) => `${outcome(id)}/requirements/1/edit`, allow: correctors, allowed: [200, 404] },
  { route: 'POST /children/{id}/outcomes/{outcome}/requirements/{requirement}/edit', record: true,
    path: (id) => `${outcome(id)}/requirements/1/edit`, allow: correctors, form: () => ({}), allowed: [404, 422] },
  { route: 'GET /children/{id}/outcomes/{outcome}/breaches/{breach}/edit', record: true,
    path: (id) => `${outcome(id)}/breaches/1/edit`, allow: correctors, allowed: [200, 404] },
  { route: 'POST /children/{id}/outcomes/{outcome}/breaches/{breach}/edit', record: true,
    path: (id) => `${outcome(id)}/breaches/1/edit`, allow: correctors, form: () => ({}), allowed: [404, 422] },
];
