// The allocation and caseload pages in the access matrix (format: children.mjs). A child's
// allocation page opens to exactly whom the child's record opens; changing an allocation
// needs allocate_cases (the managers) and the record; the caseload pages go by permission.
// Every change posted here fails validation (422), so the fixture database stays as it was.
import children from './children.mjs';

// Who opens a child's record, by relationship: the record's own row of the table.
const readers = children.find((entry) => entry.route === 'GET /children/{id}').allow;
// Who changes allocations: the managers, on the records they open.
const allocators = { head_of_service: readers.head_of_service, unit_lead: readers.unit_lead };
const caseHolders = {
  head_of_service: true, unit_lead: true, case_manager: true, transition_practitioner: true,
  restorative_justice_worker: true,
};
const managers = { head_of_service: true, unit_lead: true };

export default [
  { route: 'GET /children/{id}/allocation', record: true, path: (id) => `/children/${id}/allocation`, allow: readers },
  { route: 'POST /children/{id}/allocation', record: true, path: (id) => `/children/${id}/allocation`,
    allow: allocators, form: () => ({ worker: '', intensity: 'standard' }), allowed: [422] },
  { route: 'POST /children/{id}/allocation/practitioners', record: true,
    path: (id) => `/children/${id}/allocation/practitioners`, allow: allocators,
    form: () => ({ practitioner: '', 'practitioner-intensity': 'standard' }), allowed: [422] },
  { route: 'POST /children/{id}/allocation/{allocation}/end', record: true,
    path: (id) => `/children/${id}/allocation/0/end`, allow: allocators, form: () => ({ reason: '' }), allowed: [422] },
  { route: 'POST /children/{id}/allocation/{allocation}/intensity', record: true,
    path: (id) => `/children/${id}/allocation/0/intensity`, allow: allocators, form: () => ({ intensity: '' }),
    allowed: [422] },
  { route: 'GET /caseloads/mine', path: () => '/caseloads/mine', allow: caseHolders },
  { route: 'GET /caseloads/team', path: () => '/caseloads/team', allow: managers },
  { route: 'GET /caseloads/unallocated', path: () => '/caseloads/unallocated', allow: managers },
  // The case manager persona works in the unit lead's team, within both managers' scope.
  { route: 'GET /caseloads/workers/{username}', path: () => '/caseloads/workers/caseworker', allow: managers },
];
