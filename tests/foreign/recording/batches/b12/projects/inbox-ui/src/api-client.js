const DEFAULT_BASE = 'http://localhost:8025/api';

export function createClient(base = DEFAULT_BASE, fetchImpl = globalThis.fetch) {
  async function get(path) {
    const res = await fetchImpl(`${base}${path}`);
    if (!res.ok) throw new Error(`GET ${path} failed: ${res.status}`);
    return res.json();
  }
  return {
    listMessages: (folder = 'inbox') => get(`/folders/${folder}/messages`),
    getMessage: (id) => get(`/messages/${id}`),
  };
}
