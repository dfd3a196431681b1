// A child's remands and custody (src/justice/custody_pages.cpp, remand_pages.cpp,
// custody_episode_pages.cpp) and the secure estate's establishments
// (src/admin/establishment_pages.cpp) in the access matrix: the child's pages are read by
// those who open the record and changed by those who may correct it (children.mjs says who
// each is); the establishments are reference data, the administrator's.
import { readers, correctors } from './children.mjs';

const administrators = { administrator: true };
const nothing = () => ({});

export default [
  { route: 'GET /children/{id}/custody', record: true, path: (id) => `/children/${id}/custody`, allow: readers },
  { route: 'GET /children/{id}/remands/new', record: true, path: (id) => `/children/${id}/remands/new`, allow: correctors },
  // An empty form fails validation: allowed, and nothing is saved.
  { route: 'POST /children/{id}/remands/new', record: true, path: (id) => `/children/${id}/remands/new`,
    allow: correctors, form: nothing, allowed: [422] },
  // Remand and episode 1 are rarely the fixture child's, and a running one rarer: an allowed
  // persona reaches the handler, which answers "not found" (or the form, should it be
  // theirs); a refused one gets the missing child's page, which the harness tells apart.
  { route: 'GET /children/{id}/remands/{remand}/end', record: true, path: (id) => `/children/${id}/remands/1/end`,
    allow: correctors, allowed: [200, 404] },
  { route: 'POST /children/{id}/remands/{remand}/end', record: true, path: (id) => `/children/${id}/remands/1/end`,
    allow: correctors, form: nothing, allowed: [404, 422] },
  { route: 'GET /children/{id}/custody/new', record: true, path: (id) => `/children/${id}/custody/new`, allow: correctors },
  { route: 'POST /children/{id}/custody/new', record: true, path: (id) => `/children/${id}/custody/new`,
    allow: correctors, form: nothing, allowed: [422] },
  { route: 'GET /children/{id}/custody/{episode}/release', record: true, path: (id) => `/children/${id}/custody/1/release`,
    allow: correctors, allowed: [200, 404] },
  { route: 'POST /children/{id}/custody/{episode}/release', record: true, path: (id) => `/children/${id}/custody/1/release`,
    allow: correctors, form: nothing, allowed: [404, 422] },
  { route: 'GET /children/{id}/custody/{episode}/transfer', record: true, path: (id) => `/children/${id}/custody/1/transfer`,
    allow: correctors, allowed: [200, 404] },
  { route: 'POST /children/{id}/custody/{episode}/transfer', record: true, path: (id) => `/children/${id}/custody/1/transfer`,
    allow: correctors, form: nothing, allowed: [404, 422] },
  { route: 'GET /admin/establishments', path: () => '/admin/establishments', allow: administrators },
  { route: 'GET /admin/establishments/new', path: () => '/admin/establishments/new', allow: administrators },
  { route: 'POST /admin/establishments/new', path: () => '/admin/establishments/new', allow: administrators,
    form: nothing, allowed: [422] },
  // Establishment 999999 does not exist: the administrator reaches the handler's 404.
  { route: 'GET /admin/establishments/{establishment}', path: () => '/admin/establishments/999999', allow: administrators,
    allowed: [404] },
  { route: 'POST /admin/establishments/{establishment}', path: () => '/admin/establishments/999999',
    allow: administrators, form: nothing, allowed: [404] },
  { route: 'POST /admin/establishments/{establishment}/retire', path: () => '/admin/establishments/999999/retire',
    allow: administrators, form: nothing, allowed: [404] },
  { route: 'POST /admin/establishments/{establishment}/reinstate', path: () => '/admin/establishments/999999/reinstate',
    allow: administrators, form: nothing, allowed: [404] },
];
