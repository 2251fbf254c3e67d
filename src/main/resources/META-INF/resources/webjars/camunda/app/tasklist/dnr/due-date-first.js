/*
 * Officers work by deadline: every Tasklist filter of the groups is sorted by due date, but Tasklist 7.24
 * ignores a filter's own sorting and opens the list newest first unless the page address names a sorting.
 * This script, loaded by scripts/config.js before Tasklist starts, adds "due date, ascending" to the address
 * of the task list whenever it names none. An officer who picks another sorting keeps it: the address then
 * names one.
 */
const SORTING = 'sorting=' + encodeURIComponent(JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]));

function dueDateFirst() {
  const hash = window.location.hash || '#/';
  const query = hash.indexOf('?');
  const path = query < 0 ? hash.substring(1) : hash.substring(1, query);
  if (path !== '/' && path !== '') {
    return; // login, a form in full view, ...: not the task list
  }
  const search = query < 0 ? '' : hash.substring(query + 1);
  if (search.split('&').some((p) => p.startsWith('sorting='))) {
    return;
  }
  const url = window.location.href.split('#')[0] + '#/?' + (search ? search + '&' : '') + SORTING;
  window.history.replaceState(window.history.state, '', url);
}

dueDateFirst();
window.addEventListener('hashchange', dueDateFirst);

export default {};
