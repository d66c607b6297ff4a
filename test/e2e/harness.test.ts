// The end-to-end harness itself: the demo workspace answers, and two people signed in in two
// browser contexts are two different accounts (cookies do not leak between contexts).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, newPerson, signInByApi, startWorkspace, type Workspace } from './harness.js';

let workspace: Workspace;
before(async () => {
  workspace = await startWorkspace();
});
after(() => workspace.close());

test('two browser contexts sign in as two different demo accounts', async () => {
  const first = await newPerson(workspace);
  const second = await newPerson(workspace);
  await signInByApi(workspace, first.page, DEMO.contributor);
  await signInByApi(workspace, second.page, DEMO.coordinator);
  const me = (page: typeof first.page) => page.evaluate(async () => (await (await fetch('/api/auth/me')).json()) as { user: { email: string; role: string } });
  const [a, b] = await Promise.all([me(first.page), me(second.page)]);
  assert.equal(a.user.email, DEMO.contributor);
  assert.equal(a.user.role, 'contributor');
  assert.equal(b.user.email, DEMO.coordinator);
  assert.equal(b.user.role, 'coordinator');
  assert.deepEqual([...first.problems, ...second.problems], []);
});
