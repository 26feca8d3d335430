// Talks to the REST API under /api/v1 of the same server; errors arrive as problem+json and become readable messages.

const base = '/api/v1';

/** An API answer that was not a success, with the problem's detail as its message. */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `The server answered ${status}.`);
    this.status = status;
    this.title = title || `Error ${status}`;
  }
}

async function read(response) {
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new ApiError(response.status, body && body.title, body && body.detail);
  }
  return body;
}

/** GETs one resource, e.g. get('/events/abc'). */
export async function get(path) {
  return read(await fetch(base + path, { headers: { Accept: 'application/json' } }));
}

/** GETs every page of a paged list (500 at a time) and returns all items. */
export async function getAll(path, query = {}) {
  const items = [];
  let offset = 0;
  for (;;) {
    const params = new URLSearchParams({ ...query, limit: '500', offset: String(offset) });
    for (const [name, value] of [...params]) if (value === '') params.delete(name);
    const page = await get(`${path}?${params}`);
    items.push(...page.items);
    if (page.nextOffset === undefined || page.nextOffset === null) return items;
    offset = page.nextOffset;
  }
}

/** POSTs a JSON body, with the API key when one is given. */
export async function post(path, body, apiKey) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (apiKey) headers['X-Api-Key'] = apiKey;
  return read(await fetch(base + path, { method: 'POST', headers, body: JSON.stringify(body) }));
}
