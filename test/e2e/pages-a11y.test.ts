// Every server page, for the role that uses it, in both languages, at desktop and phone
// widths: no axe-core violations and no Content-Security-Policy violations.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, newPerson, signInByApi, startWorkspace, type Workspace } from './harness.js';
import { axeViolations, settled, watchCsp } from './pages.js';

let workspace: Workspace;
let draftId = 0;
before(async () => {
  workspace = await startWorkspace();
  const [row] = await workspace.server.db.query<{ id: string | number }>("select id from assessments where period_id = '2027' and region_code = $1", [workspace.regionCode]);
  draftId = Number(row!.id);
});
after(() => workspace.close());

const pages = (code: string, id: number) => [
  { name: 'login', as: null, path: '/login' },
  { name: 'region (coordinator)', as: DEMO.coordinator, path: `/regions/${code}` },
  { name: 'region (assessor)', as: DEMO.assessor, path: `/regions/${code}` },
  { name: 'questionnaire (contributor)', as: DEMO.contributor, path: `/assessments/${id}` },
  { name: 'team progress (coordinator)', as: DEMO.coordinator, path: `/assessments/${id}/progress`, open: 'smart-city-progress >>> details' },
  { name: 'verification (assessor)', as: DEMO.assessor, path: `/assessments/${id}/verify` },
  { name: 'scorecard (viewer)', as: DEMO.viewer, path: `/assessments/${id}/scorecard` },
  { name: 'dashboard (viewer)', as: DEMO.viewer, path: '/dashboard' },
  { name: 'published scorecard (anyone)', as: null, path: `/regions/${code}/scorecard` },
  { name: 'not found', as: DEMO.coordinator, path: '/assessments/999999' },
];

for (const lang of ['id', 'en'] as const) {
  for (const width of [1366, 390]) {
    test(`every page is axe clean and within the CSP (${lang}, ${width} px)`, async () => {
      const failures: string[] = [];
      const people = new Map<string | null, Awaited<ReturnType<typeof newPerson>>>();
      for (const shot of pages(workspace.regionCode, draftId)) {
        let person = people.get(shot.as);
        if (!person) {
          person = await newPerson(workspace);
          await person.page.setViewport({ width, height: width > 800 ? 768 : 844 });
          if (shot.as) await signInByApi(workspace, person.page, shot.as);
          people.set(shot.as, person);
        }
        const { page } = person;
        const csp = await watchCsp(page);
        await page.goto(`${workspace.url}${shot.path}?lang=${lang}`);
        await settled(page);
        if (shot.open) for (const details of await page.$$(shot.open)) await details.evaluate((el) => ((el as HTMLDetailsElement).open = true));
        for (const v of await axeViolations(page)) failures.push(`${shot.name}: ${v}`);
        for (const v of await csp()) failures.push(`${shot.name}: CSP ${v}`);
        // Nothing wider than the phone's screen except inside a scrolling table.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) failures.push(`${shot.name}: ${overflow} px wider than the window`);
      }
      for (const person of people.values()) failures.push(...person.problems.filter((p) => !p.includes('404')));
      assert.deepEqual(failures, []);
    });
  }
}
