// Building blocks of the console. Every piece of user or model text goes into the page as a text node, never as
// markup: el() has no way to set innerHTML.

/** An element with properties (className, id, hidden, value, ...; "aria-*" and "data-*" as attributes) and children. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key.startsWith('aria-') || key.startsWith('data-') || key === 'role' || key === 'for') {
      node.setAttribute(key, String(value));
    } else {
      node[key] = value;
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces what a container shows. */
export function show(container, ...children) {
  container.replaceChildren();
  append(container, children);
}

export const percent = p => `${(p * 100).toFixed(1)}%`;

/** An API error as a person reads it: the problem's title and detail, and each invalid field. */
export class ApiError extends Error {
  constructor(title, detail, errors = [], status = 0) {
    super(title);
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    this.status = status;
  }
}

const TOKEN_KEY = 'taskfit.accessToken';

/** The access token the person pasted (session storage: it leaves with the tab), or ''. */
export const accessToken = () => sessionStorage.getItem(TOKEN_KEY) || '';

/** Keeps the access token for this tab's later calls; a blank one removes it. */
export function setAccessToken(token) {
  if (token.trim()) sessionStorage.setItem(TOKEN_KEY, token.trim());
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** Calls the API; the parsed JSON body, or an ApiError built from the problem+json answer. */
export async function api(method, path, body) {
  const headers = body === undefined ? {Accept: 'application/json'}
    : {'Content-Type': 'application/json', Accept: 'application/json'};
  if (accessToken()) headers.Authorization = `Bearer ${accessToken()}`;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError('The server could not be reached', String(e.message || e));
  }
  const type = response.headers.get('Content-Type') || '';
  let data = null;
  if (type.includes('json')) {
    try { data = await response.json(); } catch { data = null; }
  }
  if (!response.ok) {
    if (data && typeof data.title === 'string') {
      throw new ApiError(data.title, typeof data.detail === 'string' ? data.detail : '',
        Array.isArray(data.errors) ? data.errors : [], response.status);
    }
    // API Gateway's JWT authorizer answers 401/403 itself, without a problem description.
    if (response.status === 401 || response.status === 403) {
      throw new ApiError(accessToken() ? 'The access token was refused' : 'Sign-in needed',
        'This deployment admits only signed-in callers: paste a valid access token (a JWT from your identity '
        + 'provider) under "Access token" at the top of the page.', [], response.status);
    }
    throw new ApiError(`Request failed (HTTP ${response.status})`,
      'The server answered without a problem description.', [], response.status);
  }
  if (data === null) throw new ApiError('Unexpected answer', `The server did not answer JSON (HTTP ${response.status}).`);
  return data;
}

/** The error box: title, detail and field errors, as text. */
export function problemView(error) {
  const e = error instanceof ApiError ? error : new ApiError('Something went wrong', String(error && error.message || error));
  return el('div', {className: 'problem', role: 'alert'},
    el('strong', {className: 'problem-title'}, e.title),
    e.detail ? el('p', {className: 'problem-detail'}, e.detail) : null,
    e.errors.length ? el('ul', {className: 'problem-errors'},
      e.errors.map(f => el('li', {}, el('code', {}, String(f.field ?? '')), ': ', String(f.message ?? '')))) : null);
}

/** Runs a form's action with its button disabled and the answer, or the problem, shown in {@code out}. */
export function onSubmit(form, out, action) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    out.setAttribute('aria-busy', 'true');
    show(out, el('p', {className: 'working'}, 'Working…'));
    try {
      show(out, await action());
    } catch (e) {
      show(out, problemView(e));
    } finally {
      button.disabled = false;
      out.removeAttribute('aria-busy');
    }
  });
}

/** Horizontal bars, one per label, longest first; the percentage is written out beside each. */
export function probabilityBars(scores, chosen) {
  const entries = Object.entries(scores || {}).sort((a, b) => b[1] - a[1]);
  return el('ul', {className: 'bars'}, entries.map(([label, p]) => {
    const fill = el('span', {className: 'bar-fill'});
    fill.style.width = percent(Math.max(0, Math.min(1, p)));
    return el('li', {className: label === chosen ? 'bar chosen' : 'bar', 'data-label': label},
      el('span', {className: 'bar-label'}, label),
      el('span', {className: 'bar-track', 'aria-hidden': 'true'}, fill),
      el('span', {className: 'bar-value'}, percent(p)));
  }));
}

/** A definition list from [term, value] pairs; pairs whose value is null are left out. */
export function facts(pairs) {
  return el('dl', {className: 'facts'}, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

/** The option elements of a select, from a list of names. */
export function fillSelect(select, names) {
  const before = select.value;
  select.replaceChildren(...names.map(name => el('option', {value: name}, name)));
  if (names.includes(before)) select.value = before;
}
