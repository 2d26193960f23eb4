import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from '../src/api-client.js';
import { unreadCount, groupByThread } from '../src/unread.js';

const messages = [
  { id: 1, threadId: 'a', seen: true },
  { id: 2, threadId: 'a', seen: false },
  { id: 3, seen: false },
];

test('unreadCount counts unseen messages', () => {
  const jamesClient = createClient('http://localhost:9999/api', async () => ({ ok: true }));
  assert.equal(unreadCount(messages), 2);
});

test('groupByThread keeps messages of one thread together', () => {
  assert.deepEqual(
    groupByThread(messages).map((t) => t.map((m) => m.id)),
    [[1, 2], [3]],
  );
});
