// SPDX-License-Identifier: MIT
// Clerk's own Backend SDK (@clerk/backend), unmodified, pointed at phonedesk-sandbox. Every
// assertion states what the SDK observes against Clerk itself, so a failure here means the
// sandbox answers differently from Clerk, not that the test should be bent to fit.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// Imported lazily so that a missing node_modules says how to fix it instead of a bare
// ERR_MODULE_NOT_FOUND.
let createClerkClient;
let isClerkAPIResponseError;
try {
  ({ createClerkClient } = await import('@clerk/backend'));
  ({ isClerkAPIResponseError } = await import('@clerk/backend/errors'));
} catch (err) {
  throw new Error(`@clerk/backend is not installed in ${here}; run tests/e2e/install-node-deps first`, {
    cause: err,
  });
}

const sandboxPath = resolve(process.env.PHONEDESK_SANDBOX || resolve(here, '../../../build/bin/phonedesk-sandbox'));
const USERS = 300;
const SEED = 3;
const STARTUP_TIMEOUT_MS = 30_000;

// A fresh key per run, handed over through the environment so it never shows up in `ps`.
const secretKey = `sk_test_${randomBytes(16).toString('hex')}`;

let sandbox;
let apiUrl;
let clerk;
let allUsers;

function startSandbox() {
  return new Promise((resolveStart, rejectStart) => {
    // With one user in each sign-in state (docs/sandbox.md), found below by their planted numbers.
    const args = ['--host', '127.0.0.1', '--port', '0', '--users', String(USERS), '--seed', String(SEED), '--plant-sign-in-cases'];
    const child = spawn(sandboxPath, args, {
      env: { ...process.env, PHONEDESK_SANDBOX_SECRET_KEY: secretKey },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let url;
    let settled = false;
    const settle = (fn, value) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        fn(value);
      }
    };
    const fail = (why) => {
      child.kill('SIGKILL');
      settle(rejectStart, new Error(`${sandboxPath}: ${why}${stderr ? `\nstderr:\n${stderr}` : ''}`));
    };
    const timer = setTimeout(() => fail(`not ready within ${STARTUP_TIMEOUT_MS} ms`), STARTUP_TIMEOUT_MS);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', (err) => fail(err.message));
    child.on('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (url === undefined) {
        const m = /^listening on (http:\/\/\S+?)\/?$/.exec(line);
        if (!m) {
          fail(`unexpected first line: ${JSON.stringify(line)}`);
          return;
        }
        url = m[1];
      } else if (line.startsWith('ready:')) {
        // Later stdout is not needed, but must keep being drained so the child never blocks.
        child.stdout.resume();
        settle(resolveStart, { child, url });
      }
    });
  });
}

function stopSandbox(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

before(async () => {
  assert.ok(existsSync(sandboxPath), `sandbox binary not found: ${sandboxPath} (set PHONEDESK_SANDBOX)`);
  const started = await startSandbox();
  sandbox = started.child;
  apiUrl = started.url;
  // The SDK appends its own API version segment, so the origin alone is the apiUrl.
  clerk = createClerkClient({ secretKey, apiUrl });
  ({ data: allUsers } = await clerk.users.getUserList({ limit: 500 }));
});

after(async () => {
  await stopSandbox(sandbox);
});

// Asserts that `promise` rejects the way the SDK reports a Clerk API error.
async function rejectsWithClerkError(promise, { status, code, paramName }) {
  let caught;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  assert.ok(caught, `expected a ${status} rejection, but the call succeeded`);
  assert.ok(isClerkAPIResponseError(caught), `expected ClerkAPIResponseError, got ${caught?.stack ?? caught}`);
  assert.equal(caught.status, status, `status (errors: ${JSON.stringify(caught.errors)})`);
  assert.ok(Array.isArray(caught.errors) && caught.errors.length > 0, 'errors[] is empty');
  if (Array.isArray(code)) {
    assert.ok(code.includes(caught.errors[0].code), `errors[0].code ${caught.errors[0].code} not in ${code}`);
  } else if (code !== undefined) {
    assert.equal(caught.errors[0].code, code);
  }
  if (paramName !== undefined) {
    assert.equal(caught.errors[0].meta?.paramName, paramName);
  }
  assert.equal(typeof caught.errors[0].message, 'string');
  assert.ok(caught.clerkTraceId, 'clerk_trace_id is missing');
  return caught;
}

function allPhoneNumbers() {
  return allUsers.flatMap((u) => u.phoneNumbers.map((p) => ({ user: u, phone: p })));
}

const usedNumbers = () => new Set(allPhoneNumbers().map(({ phone }) => phone.phoneNumber));

// Numbers from reserved fiction/test ranges that libphonenumber still accepts as valid.
const CANDIDATE_NUMBERS = [
  ...Array.from({ length: 20 }, (_, i) => `+1415555${String(100 + i).padStart(4, '0')}`),
  ...Array.from({ length: 20 }, (_, i) => `+1202555${String(140 + i).padStart(4, '0')}`),
  ...Array.from({ length: 10 }, (_, i) => `+336123456${String(70 + i)}`),
];

// Creates a phone number on `userId` with the first candidate nobody holds yet.
async function createUnusedPhoneNumber(userId, extra = {}) {
  const taken = usedNumbers();
  for (const phoneNumber of CANDIDATE_NUMBERS) {
    if (taken.has(phoneNumber)) {
      continue;
    }
    try {
      return await clerk.phoneNumbers.createPhoneNumber({ userId, phoneNumber, ...extra });
    } catch (err) {
      if (isClerkAPIResponseError(err) && err.status === 422 && err.errors?.[0]?.code === 'form_identifier_exists') {
        continue;
      }
      throw err;
    }
  }
  throw new Error('every candidate phone number is already taken');
}

function userMatchesQuery(user, q) {
  const needle = q.toLowerCase();
  const haystack = [
    user.id,
    user.firstName,
    user.lastName,
    user.username,
    user.externalId,
    ...user.emailAddresses.map((e) => e.emailAddress),
    ...user.phoneNumbers.map((p) => p.phoneNumber),
    ...user.web3Wallets.map((w) => w.web3Wallet),
  ];
  return haystack.some((s) => typeof s === 'string' && s.toLowerCase().includes(needle));
}

test('list: every user, offset pages, order_by', async () => {
  const { data, totalCount } = await clerk.users.getUserList({ limit: 500 });
  assert.equal(data.length, USERS);
  assert.equal(totalCount, USERS);
  for (const u of data) {
    assert.match(u.id, /^user_/);
    assert.ok(Array.isArray(u.phoneNumbers), `${u.id}: phoneNumbers is not an array`);
    assert.ok(Array.isArray(u.emailAddresses), `${u.id}: emailAddresses is not an array`);
    assert.equal(typeof u.createdAt, 'number');
  }
  assert.equal(new Set(data.map((u) => u.id)).size, USERS, 'duplicate user ids');

  const pageSize = 100;
  const seen = new Set();
  for (let offset = 0; offset < USERS; offset += pageSize) {
    const page = await clerk.users.getUserList({ limit: pageSize, offset });
    assert.equal(page.data.length, pageSize, `page at offset ${offset}`);
    assert.equal(page.totalCount, USERS, 'totalCount does not depend on paging');
    for (const u of page.data) {
      assert.ok(!seen.has(u.id), `${u.id} appears on two pages`);
      seen.add(u.id);
    }
  }
  assert.equal(seen.size, USERS);
  const beyond = await clerk.users.getUserList({ limit: pageSize, offset: USERS });
  assert.deepEqual(beyond.data, []);
  assert.equal(beyond.totalCount, USERS);

  const desc = (await clerk.users.getUserList({ limit: 500, orderBy: '-created_at' })).data;
  assert.equal(desc.length, USERS);
  for (let i = 1; i < desc.length; i++) {
    assert.ok(desc[i - 1].createdAt >= desc[i].createdAt, `-created_at not descending at ${i}`);
  }
  const asc = (await clerk.users.getUserList({ limit: 500, orderBy: '+created_at' })).data;
  for (let i = 1; i < asc.length; i++) {
    assert.ok(asc[i - 1].createdAt <= asc[i].createdAt, `+created_at not ascending at ${i}`);
  }
  assert.ok(desc[0].createdAt > desc.at(-1).createdAt, 'seeded users should not all share one created_at');
});

test('count: all users, narrowed by query', async () => {
  assert.equal(await clerk.users.getCount(), USERS);

  const target = allUsers.find((u) => /^[A-Za-z]{5,}$/.test(u.lastName ?? ''));
  assert.ok(target, 'no seeded user with a plain ASCII last name');
  const narrowed = await clerk.users.getCount({ query: target.lastName });
  assert.equal(typeof narrowed, 'number');
  assert.ok(narrowed >= 1 && narrowed < USERS, `count for query ${target.lastName}: ${narrowed}`);
  const listed = await clerk.users.getUserList({ limit: 500, query: target.lastName });
  assert.equal(narrowed, listed.data.length);
  assert.equal(listed.totalCount, narrowed);

  assert.equal(await clerk.users.getCount({ userId: [target.id] }), 1);
  assert.equal(await clerk.users.getCount({ query: 'zzqxj-no-such-user-zzqxj' }), 0);
});

test('search: by name fragment, exact phone number, phone digits', async () => {
  const byName = allUsers.find((u) => /^[A-Za-z]{6,}$/.test(u.lastName ?? ''));
  assert.ok(byName, 'no seeded user with a long plain ASCII last name');
  const fragment = byName.lastName.slice(1, 5);
  const nameHits = await clerk.users.getUserList({ limit: 500, query: fragment });
  assert.ok(nameHits.data.some((u) => u.id === byName.id), `query ${fragment} misses ${byName.id}`);
  assert.ok(nameHits.data.length < USERS);
  assert.equal(nameHits.totalCount, nameHits.data.length);
  for (const u of nameHits.data) {
    assert.ok(userMatchesQuery(u, fragment), `${u.id} returned for query ${fragment} but matches nothing`);
  }

  const numbers = allPhoneNumbers().filter(({ phone }) => phone.verification?.status === 'verified');
  assert.ok(numbers.length >= 2, 'need two verified phone numbers in the seed');
  const [first, second] = [numbers[0], numbers.find(({ user }) => user.id !== numbers[0].user.id)];
  assert.ok(second, 'need verified phone numbers on two different users');

  const exact = await clerk.users.getUserList({ phoneNumber: [first.phone.phoneNumber] });
  assert.deepEqual(
    exact.data.map((u) => u.id),
    [first.user.id],
  );
  assert.equal(exact.totalCount, 1);
  assert.ok(exact.data[0].phoneNumbers.some((p) => p.phoneNumber === first.phone.phoneNumber));

  // Two values exercise the repeated `phone_number` query key the SDK produces for arrays.
  const both = await clerk.users.getUserList({ phoneNumber: [first.phone.phoneNumber, second.phone.phoneNumber] });
  assert.deepEqual(new Set(both.data.map((u) => u.id)), new Set([first.user.id, second.user.id]));
  assert.equal(both.totalCount, 2);

  // The SDK's typed parameters have no phone_number_query, so digits go through `query`,
  // which Clerk matches against phone numbers as well.
  const digits = first.phone.phoneNumber.slice(-7);
  const digitHits = await clerk.users.getUserList({ limit: 500, query: digits });
  assert.ok(digitHits.data.some((u) => u.id === first.user.id), `query ${digits} misses ${first.user.id}`);
  assert.ok(digitHits.data.length < USERS);
  assert.equal(await clerk.users.getCount({ query: digits }), digitHits.data.length);
});

test('get: one user with phone numbers and their verification', async () => {
  const target = allUsers.find((u) => u.phoneNumbers.length >= 2 && u.phoneNumbers.every((p) => p.verification));
  assert.ok(target, 'no seeded user with two phone numbers carrying a verification');
  const user = await clerk.users.getUser(target.id);
  assert.equal(user.id, target.id);
  assert.equal(user.lastName, target.lastName);
  assert.deepEqual(
    user.phoneNumbers.map((p) => [p.id, p.phoneNumber]),
    target.phoneNumbers.map((p) => [p.id, p.phoneNumber]),
  );
  for (const p of user.phoneNumbers) {
    assert.match(p.id, /^idn_/);
    assert.match(p.phoneNumber, /^\+[1-9]\d{6,14}$/);
    assert.equal(typeof p.reservedForSecondFactor, 'boolean');
    assert.equal(typeof p.defaultSecondFactor, 'boolean');
    assert.ok(Array.isArray(p.linkedTo));
    assert.ok(
      ['unverified', 'verified', 'transferable', 'failed', 'expired'].includes(p.verification.status),
      `${p.id}: verification.status ${p.verification.status}`,
    );
    assert.equal(typeof p.verification.strategy, 'string');
  }
  if (user.primaryPhoneNumberId !== null) {
    assert.ok(user.phoneNumbers.some((p) => p.id === user.primaryPhoneNumberId), 'primary phone number not among phoneNumbers');
  }

  const single = await clerk.phoneNumbers.getPhoneNumber(user.phoneNumbers[0].id);
  assert.equal(single.id, user.phoneNumbers[0].id);
  assert.equal(single.phoneNumber, user.phoneNumbers[0].phoneNumber);
  assert.equal(single.verification.status, user.phoneNumbers[0].verification.status);
});

test('phone number lifecycle: create, get, update, delete', async () => {
  const owner = allUsers.find((u) => u.phoneNumbers.length === 0);
  assert.ok(owner, 'no seeded user without phone numbers');

  const created = await createUnusedPhoneNumber(owner.id, { verified: false });
  assert.match(created.id, /^idn_/);
  assert.match(created.phoneNumber, /^\+\d+$/);
  assert.equal(created.reservedForSecondFactor, false);
  assert.notEqual(created.verification?.status, 'verified');

  const fetched = await clerk.phoneNumbers.getPhoneNumber(created.id);
  assert.equal(fetched.id, created.id);
  assert.equal(fetched.phoneNumber, created.phoneNumber);

  let withOwner = await clerk.users.getUser(owner.id);
  assert.ok(withOwner.phoneNumbers.some((p) => p.id === created.id), 'created number missing from its user');
  // Clerk makes the first phone number of a user its primary one unless told otherwise.
  assert.equal(withOwner.primaryPhoneNumberId, created.id);

  const verified = await clerk.phoneNumbers.updatePhoneNumber(created.id, { verified: true });
  assert.equal(verified.id, created.id);
  assert.equal(verified.verification?.status, 'verified');

  const reserved = await clerk.phoneNumbers.updatePhoneNumber(created.id, { reservedForSecondFactor: true });
  assert.equal(reserved.reservedForSecondFactor, true);
  assert.equal(reserved.verification?.status, 'verified');

  withOwner = await clerk.users.getUser(owner.id);
  const listed = withOwner.phoneNumbers.find((p) => p.id === created.id);
  assert.ok(listed, 'updated number missing from its user');
  assert.equal(listed.reservedForSecondFactor, true);
  assert.equal(listed.verification?.status, 'verified');

  const deleted = await clerk.phoneNumbers.deletePhoneNumber(created.id);
  assert.equal(deleted.id, created.id);
  assert.equal(deleted.deleted, true);
  assert.equal(deleted.object, 'phone_number');

  await rejectsWithClerkError(clerk.phoneNumbers.getPhoneNumber(created.id), { status: 404, code: 'resource_not_found' });
  withOwner = await clerk.users.getUser(owner.id);
  assert.ok(!withOwner.phoneNumbers.some((p) => p.id === created.id), 'deleted number still listed on its user');
});

test('replace a user\'s phone numbers with one', async () => {
  const owner = allUsers.find((u) => u.phoneNumbers.length >= 2 && !u.phoneNumbers.some((p) => p.reservedForSecondFactor));
  assert.ok(owner, 'no seeded user with two phone numbers and none reserved for second factor');
  const taken = usedNumbers();
  const phoneNumber = CANDIDATE_NUMBERS.toReversed().find((n) => !taken.has(n));

  const replaced = await clerk.users.replaceUserPhoneNumber(owner.id, { phoneNumber });
  assert.equal(replaced.phoneNumber, phoneNumber);
  assert.equal(replaced.verification?.status, 'verified');
  assert.equal(replaced.reservedForSecondFactor, false);

  const updated = await clerk.users.getUser(owner.id);
  assert.deepEqual(
    updated.phoneNumbers.map((p) => p.id),
    [replaced.id],
  );
  assert.equal(updated.primaryPhoneNumberId, replaced.id);
  for (const old of owner.phoneNumbers) {
    await rejectsWithClerkError(clerk.phoneNumbers.getPhoneNumber(old.id), { status: 404, code: 'resource_not_found' });
  }
});

test('errors: status and Clerk error codes', async () => {
  const wrongKey = createClerkClient({ secretKey: `sk_test_${randomBytes(16).toString('hex')}`, apiUrl });
  await rejectsWithClerkError(wrongKey.users.getCount(), { status: 401, code: ['clerk_key_invalid', 'authentication_invalid'] });
  await rejectsWithClerkError(wrongKey.users.getUser(allUsers[0].id), { status: 401 });

  await rejectsWithClerkError(clerk.users.getUser('user_2zzzzzzzzzzzzzzzzzzzzzzzzzz'), { status: 404, code: 'resource_not_found' });
  await rejectsWithClerkError(clerk.phoneNumbers.getPhoneNumber('idn_2zzzzzzzzzzzzzzzzzzzzzzzzzz'), {
    status: 404,
    code: 'resource_not_found',
  });

  // Not the user the lifecycle test added a number to, so both start from a known state.
  const owner = allUsers.filter((u) => u.phoneNumbers.length === 0)[1];
  assert.ok(owner, 'need two seeded users without phone numbers');
  await rejectsWithClerkError(clerk.phoneNumbers.createPhoneNumber({ userId: owner.id, phoneNumber: '+1234' }), {
    status: 422,
    code: 'form_param_format_invalid',
    paramName: 'phone_number',
  });

  // Read afresh: earlier tests replaced some seeded numbers, which frees them.
  const { data: current } = await clerk.users.getUserList({ limit: 500 });
  const held = current
    .filter((u) => u.id !== owner.id)
    .flatMap((u) => u.phoneNumbers)
    .find((p) => p.verification?.status === 'verified');
  assert.ok(held, 'no verified phone number on another user');
  await rejectsWithClerkError(
    clerk.phoneNumbers.createPhoneNumber({ userId: owner.id, phoneNumber: held.phoneNumber }),
    { status: 422, code: 'form_identifier_exists' },
  );

  const unverified = await createUnusedPhoneNumber(owner.id, { verified: false });
  try {
    await rejectsWithClerkError(clerk.phoneNumbers.updatePhoneNumber(unverified.id, { reservedForSecondFactor: true }), {
      status: 400,
      code: 'identification_update_second_factor_unverified',
    });
    const untouched = await clerk.phoneNumbers.getPhoneNumber(unverified.id);
    assert.equal(untouched.reservedForSecondFactor, false);
  } finally {
    await clerk.phoneNumbers.deletePhoneNumber(unverified.id);
  }

  // The SDK forwards limit unchecked, so the bound is enforced by the API.
  await rejectsWithClerkError(clerk.users.getUserList({ limit: 501 }), { status: 422, paramName: 'limit' });
});

test('disable MFA', async () => {
  const target = allUsers.find((u) => u.twoFactorEnabled);
  assert.ok(target, 'no seeded user with two-factor enabled');
  assert.equal(typeof clerk.users.disableUserMFA, 'function');

  const result = await clerk.users.disableUserMFA(target.id);
  assert.equal(result.user_id, target.id);

  const user = await clerk.users.getUser(target.id);
  assert.equal(user.twoFactorEnabled, false);
  assert.equal(user.totpEnabled, false);
  assert.ok(!user.phoneNumbers.some((p) => p.reservedForSecondFactor), 'a phone number is still reserved for second factor');

  await rejectsWithClerkError(clerk.users.disableUserMFA('user_2zzzzzzzzzzzzzzzzzzzzzzzzzz'), { status: 404, code: 'resource_not_found' });
});

// The numbers --plant-sign-in-cases gives its users (docs/sandbox.md), one per state.
const PLANTED = {
  lockedExpiring: '+442079460901',
  lockedForever: '+442079460902',
  activeSessions: '+442079460909',
};

async function plantedUser(number) {
  const { data } = await clerk.users.getUserList({ phoneNumber: [number] });
  assert.equal(data.length, 1, `no planted user holds ${number}`);
  return data[0];
}

const MISSING_USER = 'user_2zzzzzzzzzzzzzzzzzzzzzzzzzz';

test('unlock: a lockout that never ends, and one that counts down', async () => {
  const forever = await plantedUser(PLANTED.lockedForever);
  assert.equal(forever.locked, true);
  assert.equal(forever.raw.lockout_expires_in_seconds, null);
  assert.equal(forever.raw.verification_attempts_remaining, 0);

  const unlocked = await clerk.users.unlockUser(forever.id);
  assert.equal(unlocked.id, forever.id);
  assert.equal(unlocked.locked, false);
  assert.equal(unlocked.raw.lockout_expires_in_seconds, null);
  assert.equal(unlocked.raw.verification_attempts_remaining, 100);
  assert.equal((await clerk.users.getUser(forever.id)).locked, false);

  const expiring = await plantedUser(PLANTED.lockedExpiring);
  assert.equal(expiring.locked, true);
  const left = expiring.raw.lockout_expires_in_seconds;
  assert.ok(Number.isInteger(left) && left > 0 && left <= 25 * 60, `lockout_expires_in_seconds ${left}`);
  assert.equal((await clerk.users.unlockUser(expiring.id)).locked, false);

  await rejectsWithClerkError(clerk.users.unlockUser(MISSING_USER), { status: 404, code: 'resource_not_found' });
});

test('sessions: listed by user and status as the SDK pages them, one revoked', async () => {
  const busy = await plantedUser(PLANTED.activeSessions);
  const all = await clerk.sessions.getSessionList({ userId: busy.id });
  assert.equal(all.totalCount, 4);
  assert.equal(all.data.length, 4);
  for (let i = 1; i < all.data.length; i++) {
    assert.ok(all.data[i - 1].createdAt >= all.data[i].createdAt, 'sessions are not newest first');
  }
  for (const session of all.data) {
    assert.match(session.id, /^sess_/);
    assert.match(session.clientId, /^client_/);
    assert.equal(session.userId, busy.id);
    assert.equal(typeof session.lastActiveAt, 'number');
    assert.equal(session.expireAt, session.createdAt + 7 * 24 * 3600 * 1000);
    assert.equal(typeof session.abandonAt, 'number');
    assert.equal(session.actor, null);
    assert.equal(session.lastActiveOrganizationId, null);
    assert.equal(typeof session.latestActivity.deviceType, 'string');
    assert.equal(typeof session.latestActivity.isMobile, 'boolean');
    assert.equal(typeof session.latestActivity.city, 'string');
  }

  const active = await clerk.sessions.getSessionList({ userId: busy.id, status: 'active' });
  assert.equal(active.totalCount, 3);
  assert.ok(active.data.every((s) => s.status === 'active'));
  const paged = await clerk.sessions.getSessionList({ userId: busy.id, limit: 2, offset: 1 });
  assert.deepEqual(paged.data.map((s) => s.id), all.data.slice(1, 3).map((s) => s.id));
  assert.equal(paged.totalCount, 4);
  const byClient = await clerk.sessions.getSessionList({ clientId: all.data[2].clientId });
  assert.deepEqual(byClient.data.map((s) => s.id), [all.data[2].id]);

  const revoked = await clerk.sessions.revokeSession(active.data[0].id);
  assert.equal(revoked.id, active.data[0].id);
  assert.equal(revoked.status, 'revoked');
  assert.equal((await clerk.sessions.getSessionList({ userId: busy.id, status: 'active' })).totalCount, 2);
  assert.equal((await clerk.sessions.getSessionList({ userId: busy.id, status: 'revoked' })).totalCount, 1);

  await rejectsWithClerkError(clerk.sessions.revokeSession('sess_2zzzzzzzzzzzzzzzzzzzzzzzzzz'), { status: 404, code: 'resource_not_found' });
  // The spec's deprecation notice: one of user_id and client_id is required.
  await rejectsWithClerkError(clerk.sessions.getSessionList({}), { status: 422, code: 'form_param_missing', paramName: 'user_id' });
});

test('ban revokes every active session; unban lifts the ban only', async () => {
  const busy = await plantedUser(PLANTED.activeSessions);
  assert.ok((await clerk.sessions.getSessionList({ userId: busy.id, status: 'active' })).totalCount > 0);

  const banned = await clerk.users.banUser(busy.id);
  assert.equal(banned.id, busy.id);
  assert.equal(banned.banned, true);
  const left = await clerk.sessions.getSessionList({ userId: busy.id, status: 'active' });
  assert.equal(left.totalCount, 0);
  assert.deepEqual(left.data, []);
  assert.equal((await clerk.sessions.getSessionList({ userId: busy.id, status: 'revoked' })).totalCount, 3);
  assert.equal((await clerk.users.getUserList({ userId: [busy.id], banned: true })).data.length, 1);

  const unbanned = await clerk.users.unbanUser(busy.id);
  assert.equal(unbanned.banned, false);
  assert.equal((await clerk.sessions.getSessionList({ userId: busy.id, status: 'active' })).totalCount, 0);

  await rejectsWithClerkError(clerk.users.banUser(MISSING_USER), { status: 404, code: 'resource_not_found' });
  await rejectsWithClerkError(clerk.users.unbanUser(MISSING_USER), { status: 404, code: 'resource_not_found' });
});

test('remove the authenticator app (TOTP) and the backup codes', async () => {
  // Read afresh: an earlier test disabled one user's MFA.
  const { data: current } = await clerk.users.getUserList({ limit: 500 });
  const totpOnly = current.find((u) => u.totpEnabled && !u.phoneNumbers.some((p) => p.reservedForSecondFactor));
  assert.ok(totpOnly, 'no seeded user whose only second factor is TOTP');
  const removed = await clerk.users.deleteUserTOTP(totpOnly.id);
  assert.deepEqual(removed, { user_id: totpOnly.id });
  const withoutTotp = await clerk.users.getUser(totpOnly.id);
  assert.equal(withoutTotp.totpEnabled, false);
  assert.equal(withoutTotp.twoFactorEnabled, false);
  assert.equal(typeof withoutTotp.raw.mfa_disabled_at, 'number');
  await rejectsWithClerkError(clerk.users.deleteUserTOTP(totpOnly.id), { status: 404, code: 'resource_not_found' });

  const holder = current.find((u) => u.backupCodeEnabled && u.id !== totpOnly.id);
  assert.ok(holder, 'no seeded user with backup codes');
  const cleared = await clerk.users.deleteUserBackupCodes(holder.id);
  assert.deepEqual(cleared, { user_id: holder.id });
  const withoutCodes = await clerk.users.getUser(holder.id);
  assert.equal(withoutCodes.backupCodeEnabled, false);
  assert.equal(withoutCodes.twoFactorEnabled, holder.twoFactorEnabled);
  assert.ok(withoutCodes.raw.phone_numbers.every((p) => !Array.isArray(p.backup_codes)));
  await rejectsWithClerkError(clerk.users.deleteUserBackupCodes(holder.id), { status: 404, code: 'resource_not_found' });
  await rejectsWithClerkError(clerk.users.deleteUserTOTP(MISSING_USER), { status: 404, code: 'resource_not_found' });
});
