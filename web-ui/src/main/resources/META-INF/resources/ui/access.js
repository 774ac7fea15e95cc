// Access to a collection, as Bitwarden's clients name its levels; the API keeps it as three flags.
import { h } from './preact.js';

export const LEVELS = [['', 'No access'], ['view', 'Can view'], ['view-hidden', 'Can view, except passwords'],
  ['edit', 'Can edit'], ['edit-hidden', 'Can edit, except passwords'], ['manage', 'Can manage']];

const FLAGS = {
  view: { readOnly: true, hidePasswords: false, manage: false },
  'view-hidden': { readOnly: true, hidePasswords: true, manage: false },
  edit: { readOnly: false, hidePasswords: false, manage: false },
  'edit-hidden': { readOnly: false, hidePasswords: true, manage: false },
  manage: { readOnly: false, hidePasswords: false, manage: true },
};

export function levelOf(access) {
  if (!access) return '';
  if (access.manage) return 'manage';
  return (access.readOnly ? 'view' : 'edit') + (access.hidePasswords ? '-hidden' : '');
}

/** The API's access list from a map of id → level; ids without a level are left out. */
export function accessList(levels) {
  return Object.entries(levels).filter(([, level]) => level).map(([id, level]) => ({ id, ...FLAGS[level] }));
}

/** A select of the levels, labelled for whom it is. */
export function levelSelect(label, value, onChange) {
  return h('select', { 'aria-label': label, value, onChange: e => onChange(e.target.value) },
    LEVELS.map(([v, text]) => h('option', { value: v }, text)));
}
