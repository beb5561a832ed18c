// SPDX-License-Identifier: MIT
// Every phone number of an instance with nothing but fetch and JSON.parse: GET /v1/users with
// pages of 500, each after the last user of the one before (`starting_after`, as Clerk asks of a
// deep walk), one request at a time until a short page, one JSON line per number on stdout, as
// `phonedesk-cli list` writes them. CLERK_SECRET_KEY is the key; PEER_API_URL the API's origin.
const PAGE = 500;
const secretKey = process.env.CLERK_SECRET_KEY;
const apiUrl = process.env.PEER_API_URL;
if (!secretKey || !apiUrl) {
  console.error('fetch-walk: set CLERK_SECRET_KEY and PEER_API_URL');
  process.exit(2);
}

const headers = { Authorization: `Bearer ${secretKey}`, 'Clerk-API-Version': '2026-05-12' };
let numbers = 0;
for (let cursor = ''; ; ) {
  const after = cursor ? `&starting_after=${encodeURIComponent(cursor)}` : '';
  const response = await fetch(`${apiUrl}/v1/users?limit=${PAGE}&order_by=-created_at${after}`, { headers });
  if (!response.ok) {
    console.error(`fetch-walk: GET /v1/users answered ${response.status}: ${await response.text()}`);
    process.exit(3);
  }
  const users = JSON.parse(await response.text());
  const lines = [];
  for (const user of users) {
    for (const phone of user.phone_numbers ?? []) {
      lines.push(JSON.stringify({ ...phone, user_id: user.id }));
      numbers += 1;
    }
  }
  if (lines.length > 0 && !process.stdout.write(lines.join('\n') + '\n')) {
    await new Promise((drained) => process.stdout.once('drain', drained));
  }
  if (users.length < PAGE) break;
  cursor = users[users.length - 1].id;
}
console.error(`fetch-walk: ${numbers} numbers`);
