// The user's folders: names encrypted under the user key here, opened here; create, rename and delete.
import { h, Component } from './preact.js';
import * as api from './api.js';
import * as crypto from './crypto.js';
import { attempt, error, field } from './forms.js';
import * as session from './session.js';

/** The user's folders (from {@code GET /vault}) with their names opened, sorted by name. */
export async function openFolders(folders) {
  const key = session.session().keys.userKey;
  for (const f of folders) f.clearName = await session.openText(key, f.name);
  return folders.sort((a, b) => a.clearName.localeCompare(b.clearName));
}

export class Folders extends Component {
  state = { renaming: null, busy: false, failure: null };

  save(event, folder) {
    event.preventDefault();
    const form = event.target;
    const text = new FormData(form).get('folderName');
    attempt(this, async () => {
      const name = await crypto.encrypt(session.session().keys.userKey, text);
      if (folder) await api.put(`/folders/${folder.id}`, { name });
      else await api.post('/folders', { name });
      form.reset();
      this.setState({ renaming: null });
      await this.props.onChanged();
    });
  }

  remove(folder) {
    attempt(this, async () => {
      await api.del(`/folders/${folder.id}`);
      await this.props.onChanged();
    });
  }

  render({ folders }, { renaming, busy, failure }) {
    return h('section', { class: 'panel folders', 'aria-label': 'Folders' },
      h('h3', null, 'Folders'),
      folders.length === 0 ? h('p', { class: 'empty' }, 'No folders yet.') : h('ul', { class: 'plain' },
        folders.map(f => h('li', { key: f.id }, renaming === f.id
          ? h('form', { class: 'inline', onSubmit: e => this.save(e, f) },
            field(`New name of ${f.clearName}`, 'folderName', { defaultValue: f.clearName, errorField: 'name' }, failure),
            h('button', { type: 'submit', class: 'small', disabled: busy }, 'Save name'),
            h('button', { type: 'button', class: 'small secondary', onClick: () => this.setState({ renaming: null }) },
              'Cancel'))
          : h('div', { class: 'bar' }, h('span', null, f.clearName), h('span', { class: 'actions' },
            h('button', { type: 'button', class: 'small secondary', 'aria-label': `Rename ${f.clearName}`,
              onClick: () => this.setState({ renaming: f.id }) }, 'Rename'),
            h('button', { type: 'button', class: 'small danger', 'aria-label': `Delete folder ${f.clearName}`,
              disabled: busy, onClick: () => this.remove(f) }, 'Delete')))))),
      renaming ? null : h('form', { class: 'inline', onSubmit: e => this.save(e, null) },
        field('New folder', 'folderName', { errorField: 'name' }, failure),
        h('button', { type: 'submit', class: 'small', disabled: busy }, 'Add folder')),
      error(failure, ['name']));
  }
}
