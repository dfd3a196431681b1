// Assessments (src/practice/assessments) in the access matrix: read by those who open the
// child's record; started, saved, completed and reassessed by practitioners and managers
// (record_practice) who open it; countersigned by managers (countersign_assessments). The
// templates are the administrator's (manage_reference_data). Forms post nothing or name
// assessment 999999999, which no child has: validation fails or the handler answers "not
// found", and nothing is saved.
import { readers } from './children.mjs';

const practitioners = {
  head_of_service: readers.head_of_service,
  unit_lead: readers.unit_lead,
  case_manager: readers.case_manager,
  transition_practitioner: readers.transition_practitioner,
  restorative_justice_worker: readers.restorative_justice_worker,
};
const countersigners = { head_of_service: readers.head_of_service, unit_lead: readers.unit_lead };
const administrators = { administrator: true };
const none = '999999999';

export default [
  { route: 'GET /children/{id}/assessments', record: true, path: (id) => `/children/${id}/assessments`, allow: readers },
  { route: 'GET /children/{id}/assessments/new', record: true, path: (id) => `/children/${id}/assessments/new`,
    allow: practitioners },
  { route: 'POST /children/{id}/assessments/new', record: true, path: (id) => `/children/${id}/assessments/new`,
    allow: practitioners, form: () => ({}), allowed: [422] },
  { route: 'GET /children/{id}/assessments/compare', record: true,
    path: (id) => `/children/${id}/assessments/compare?first=${none}&second=${none}`, allow: readers, allowed: [422] },
  { route: 'GET /children/{id}/assessments/{assessment}', record: true,
    path: (id) => `/children/${id}/assessments/${none}`, allow: readers, allowed: [404] },
  { route: 'GET /children/{id}/assessments/{assessment}/edit', record: true,
    path: (id) => `/children/${id}/assessments/${none}/edit`, allow: practitioners, allowed: [404] },
  { route: 'POST /children/{id}/assessments/{assessment}/edit', record: true,
    path: (id) => `/children/${id}/assessments/${none}/edit`, allow: practitioners, form: () => ({}), allowed: [404] },
  { route: 'POST /children/{id}/assessments/{assessment}/countersign', record: true,
    path: (id) => `/children/${id}/assessments/${none}/countersign`, allow: countersigners, form: () => ({}),
    allowed: [404] },
  { route: 'POST /children/{id}/assessments/{assessment}/reassess', record: true,
    path: (id) => `/children/${id}/assessments/${none}/reassess`, allow: practitioners, form: () => ({}),
    allowed: [404] },
  { route: 'GET /admin/assessment-templates', path: () => '/admin/assessment-templates', allow: administrators },
  { route: 'GET /admin/assessment-templates/{template}', path: () => '/admin/assessment-templates/1',
    allow: administrators },
];
