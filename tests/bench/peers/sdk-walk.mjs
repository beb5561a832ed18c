// SPDX-License-Identifier: MIT
// Every phone number of an instance through Clerk's official Node SDK (@clerk/backend):
// users.getUserList with pages of 500 by offset until a short page, one JSON line per number
// on stdout, as `phonedesk-cli list` writes them. CLERK_SECRET_KEY is the key; PEER_API_URL the
// API's origin (the SDK adds /v1 itself), e.g. http://127.0.0.1:PORT.
import { createClerkClient } from '@clerk/backend';

const PAGE = 500;
const secretKey = process.env.CLERK_SECRET_KEY;
const apiUrl = process.env.PEER_API_URL;
if (!secretKey || !apiUrl) {
  console.error('sdk-walk: set CLERK_SECRET_KEY and PEER_API_URL');
  process.exit(2);
}

const clerk = createClerkClient({ secretKey, apiUrl });
let numbers = 0;
for (let offset = 0; ; offset += PAGE) {
  const { data: users } = await clerk.users.getUserList({ limit: PAGE, offset, orderBy: '-created_at' });
  const lines = [];
  for (const user of users) {
    for (const phone of user.phoneNumbers) {
      lines.push(JSON.stringify({ ...phone, user_id: user.id }));
      numbers += 1;
    }
  }
  if (lines.length > 0 && !process.stdout.write(lines.join('\n') + '\n')) {
    await new Promise((drained) => process.stdout.once('drain', drained));
  }
  if (users.length < PAGE) break;
}
console.error(`sdk-walk: ${numbers} numbers`);
