// Keycloak's admin API for the real-provider journeys (the throw-away Keycloak of real-provider-test.sh).
import assert from 'node:assert/strict';

export const KC_URL = (process.env.KC_URL ?? 'http://localhost:8180').replace(/\/$/, '');

async function adminToken() {
  const response = await fetch(`${KC_URL}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: process.env.KC_BOOTSTRAP_ADMIN_USERNAME ?? 'admin',
      password: process.env.KC_BOOTSTRAP_ADMIN_PASSWORD ?? 'admin',
    }),
  });
  assert.equal(response.status, 200, 'an admin token from the master realm');
  return (await response.json()).access_token;
}

/** A call on the attract realm's admin API; answers the JSON body, or null for 204. */
export async function admin(method, path, body) {
  const response = await fetch(`${KC_URL}/admin/realms/attract${path}`, {
    method,
    headers: { Authorization: `Bearer ${await adminToken()}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(response.ok, `${method} ${path} answered ${response.status}`);
  return response.status === 204 ? null : response.json();
}

export async function userNamed(username) {
  const [user] = await admin('GET', `/users?username=${encodeURIComponent(username)}&exact=true`);
  assert.ok(user, `no user ${username} in the realm`);
  return user;
}
