const pad = (n) => String(n).padStart(2, '0');

/** Formats a Date as "YYYY-MM-DD HH:mm" in UTC. */
export function formatUtc(date) {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth())}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** "3 minutes ago", "2 hours ago", "yesterday" ... */
export function relative(date, now = new Date()) {
  const s = Math.round((now - date) / 1000);
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)} minutes ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} hours ago`;
  if (s < 172800) return 'yesterday';
  return `${Math.floor(s / 86400)} days ago`;
}
