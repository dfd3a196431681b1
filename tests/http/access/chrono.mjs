// The chronology in the access matrix (format: children.mjs): a child's chronology opens to
// exactly whom the child's record opens.
import children from './children.mjs';

const readers = children.find((entry) => entry.route === 'GET /children/{id}').allow;

export default [
  { route: 'GET /children/{id}/chronology', record: true, path: (id) => `/children/${id}/chronology`, allow: readers },
];
