// A child's contacts and appointments, a practitioner's own appointments and calendar
// address, the calendar feed and the contact expectations (src/practice/contacts) in the
// access matrix: contacts are read by those who open the child's record and recorded by
// the practitioners and managers among them (record_practice); the calendar is one's own
// (hold_cases); a breach proposed by a practitioner is agreed by a manager
// (countersign_assessments); the feed needs no session, only its secret; expectations are reference
// data. Empty forms fail validation and appointment 1 is rarely the fixture child's, so
// nothing is saved; stopping an address one does not have changes nothing.
import { readers } from './children.mjs';

const practitioners = {
  head_of_service: readers.head_of_service,
  unit_lead: readers.unit_lead,
  case_manager: readers.case_manager,
  transition_practitioner: readers.transition_practitioner,
  restorative_justice_worker: readers.restorative_justice_worker,
};
const managers = { head_of_service: readers.head_of_service, unit_lead: readers.unit_lead };
const caseHolders = {
  head_of_service: true, unit_lead: true, case_manager: true, transition_practitioner: true,
  restorative_justice_worker: true,
};
const everyone = {
  administrator: true, head_of_service: true, unit_lead: true, case_manager: true, transition_practitioner: true,
  restorative_justice_worker: true, business_support: true, analyst: true, data_protection_officer: true,
  partner: true, panel_volunteer: true,
};

const contacts = (id) => `/children/${id}/contacts`;
const step = (name) => [
  { route: `GET /children/{id}/contacts/{appointment}/${name}`, record: true, path: (id) => `${contacts(id)}/1/${name}`,
    allow: practitioners, allowed: [200, 404, 409] },
  { route: `POST /children/{id}/contacts/{appointment}/${name}`, record: true, path: (id) => `${contacts(id)}/1/${name}`,
    allow: practitioners, form: () => ({}), allowed: [404, 409, 422] },
];

export default [
  { route: 'GET /children/{id}/contacts', record: true, path: contacts, allow: readers },
  { route: 'GET /children/{id}/contacts/new', record: true, path: (id) => `${contacts(id)}/new`, allow: practitioners },
  { route: 'POST /children/{id}/contacts/new', record: true, path: (id) => `${contacts(id)}/new`, allow: practitioners,
    form: () => ({}), allowed: [422] },
  ...step('reschedule'),
  ...step('cancel'),
  ...step('outcome'),
  { route: 'GET /children/{id}/contacts/breaches/new', record: true, path: (id) => `${contacts(id)}/breaches/new`,
    allow: practitioners },
  { route: 'POST /children/{id}/contacts/breaches/new', record: true, path: (id) => `${contacts(id)}/breaches/new`,
    allow: practitioners, form: () => ({}), allowed: [422] },
  { route: 'GET /children/{id}/contacts/breaches/{decision}', record: true, path: (id) => `${contacts(id)}/breaches/1`,
    allow: managers, allowed: [200, 404] },
  { route: 'POST /children/{id}/contacts/breaches/{decision}', record: true, path: (id) => `${contacts(id)}/breaches/1`,
    allow: managers, form: () => ({}), allowed: [404, 422] },
  { route: 'GET /appointments/mine', path: () => '/appointments/mine', allow: caseHolders },
  { route: 'GET /account/calendar', path: () => '/account/calendar', allow: caseHolders },
  { route: 'POST /account/calendar/stop', path: () => '/account/calendar/stop', allow: caseHolders, form: () => ({}),
    allowed: [303] },
  // Making an address is a real change, but only of one's own address, which no other row reads.
  { route: 'POST /account/calendar', path: () => '/account/calendar', allow: caseHolders, form: () => ({}) },
  // No session is needed: a secret that is not in use is not found, whoever asks.
  { route: 'GET /calendar/{file}', path: () => '/calendar/not-a-secret.ics', allow: everyone, allowed: [404] },
  { route: 'GET /admin/contact-expectations', path: () => '/admin/contact-expectations', allow: { administrator: true } },
  { route: 'POST /admin/contact-expectations', path: () => '/admin/contact-expectations', allow: { administrator: true },
    form: () => ({}), allowed: [422] },
];
