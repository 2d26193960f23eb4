export function unreadCount(messages) {
  return messages.filter((m) => !m.seen).length;
}

export function groupByThread(messages) {
    const threads = new Map();
    for (const m of messages) {
        const key = m.threadId ?? m.id;
        if (!threads.has(key)) threads.set(key, []);
        threads.get(key).push(m)
    }
    return [...threads.values()];
}
