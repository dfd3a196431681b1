// A child's case formulation and plan (src/practice/plans) in the access matrix: read (the
// Plan tab and its two PDFs) by those who open the child's record; written by those of them
// who record practice (case managers, transition practitioners, restorative justice workers
// and managers). Empty forms fail validation: allowed, and nothing is saved. Objective 1 is
// rarely the fixture child's: an allowed persona gets "not found". The PDFs answer 404
// while the child has no plan.
import { readers } from './children.mjs';

export const practitioners = {
  head_of_service: readers.head_of_service,
  unit_lead: readers.unit_lead,
  case_manager: readers.case_manager,
  transition_practitioner: readers.transition_practitioner,
  restorative_justice_worker: readers.restorative_justice_worker,
};

const plan = (id) => `/children/${id}/plan`;

export default [
  { route: 'GET /children/{id}/plan', record: true, path: plan, allow: readers },
  { route: 'GET /children/{id}/plan/my-plan.pdf', record: true, path: (id) => `${plan(id)}/my-plan.pdf`, allow: readers,
    allowed: [200, 404] },
  { route: 'GET /children/{id}/plan/full-plan.pdf', record: true, path: (id) => `${plan(id)}/full-plan.pdf`,
    allow: readers, allowed: [200, 404] },
  { route: 'GET /children/{id}/plan/formulation', record: true, path: (id) => `${plan(id)}/formulation`,
    allow: practitioners },
  { route: 'POST /children/{id}/plan/formulation', record: true, path: (id) => `${plan(id)}/formulation`,
    allow: practitioners, form: () => ({}), allowed: [422] },
  { route: 'GET /children/{id}/plan/objectives/new', record: true, path: (id) => `${plan(id)}/objectives/new`,
    allow: practitioners },
  { route: 'POST /children/{id}/plan/objectives/new', record: true, path: (id) => `${plan(id)}/objectives/new`,
    allow: practitioners, form: () => ({}), allowed: [422] },
  { route: 'GET /children/{id}/plan/objectives/{objective}/actions/new', record: true,
    path: (id) => `${plan(id)}/objectives/1/actions/new`, allow: practitioners, allowed: [200, 404] },
  { route: 'POST /children/{id}/plan/objectives/{objective}/actions/new', record: true,
    path: (id) => `${plan(id)}/objectives/1/actions/new`, allow: practitioners, form: () => ({}), allowed: [404, 422] },
  { route: 'GET /children/{id}/plan/reviews/new', record: true, path: (id) => `${plan(id)}/reviews/new`,
    allow: practitioners, allowed: [200, 404] },
  { route: 'POST /children/{id}/plan/reviews/new', record: true, path: (id) => `${plan(id)}/reviews/new`,
    allow: practitioners, form: () => ({}), allowed: [404, 422] },
];
