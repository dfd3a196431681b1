// A child's court record and the joint decision panel of an out-of-court decision
// (src/justice/court_pages.cpp, decision_panel_pages.cpp) in the access matrix: read by those
// who open the child's record, changed by those who may correct it (children.mjs says who
// each is). Empty forms fail validation: allowed, and nothing is saved. Hearing, report and
// outcome 1 are rarely the fixture child's: an allowed persona reaches the handler, which
// answers "not found" (or the page, should it be theirs).
import { readers, correctors } from './children.mjs';

export default [
  { route: 'GET /children/{id}/court', record: true, path: (id) => `/children/${id}/court`, allow: readers },
  { route: 'GET /children/{id}/court/hearings/new', record: true, path: (id) => `/children/${id}/court/hearings/new`, allow: correctors },
  { route: 'POST /children/{id}/court/hearings/new', record: true, path: (id) => `/children/${id}/court/hearings/new`,
    allow: correctors, form: () => ({}), allowed: [422] },
  { route: 'GET /children/{id}/court/hearings/{hearing}/result', record: true,
    path: (id) => `/children/${id}/court/hearings/1/result`, allow: correctors, allowed: [200, 404] },
  { route: 'POST /children/{id}/court/hearings/{hearing}/result', record: true,
    path: (id) => `/children/${id}/court/hearings/1/result`, allow: correctors, form: () => ({}), allowed: [404, 422] },
  { route: 'GET /children/{id}/court/reports/new', record: true, path: (id) => `/children/${id}/court/reports/new`, allow: correctors },
  { route: 'POST /children/{id}/court/reports/new', record: true, path: (id) => `/children/${id}/court/reports/new`,
    allow: correctors, form: () => ({}), allowed: [422] },
  { route: 'GET /children/{id}/court/reports/{report}', record: true, path: (id) => `/children/${id}/court/reports/1`,
    allow: correctors, allowed: [200, 404] },
  { route: 'POST /children/{id}/court/reports/{report}', record: true, path: (id) => `/children/${id}/court/reports/1`,
    allow: correctors, form: () => ({}), allowed: [404, 422] },
  { route: 'GET /children/{id}/outcomes/{outcome}/decision-panel', record: true,
    path: (id) => `/children/${id}/outcomes/1/decision-panel`, allow: readers, allowed: [200, 404] },
  { route: 'POST /children/{id}/outcomes/{outcome}/decision-panel', record: true,
    path: (id) => `/children/${id}/outcomes/1/decision-panel`, allow: correctors, form: () => ({}), allowed: [404, 422] },
];
