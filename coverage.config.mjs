// The coverage thresholds of `npm run coverage`, one row per directory, in one place.
// `suite` says which tests measure the directory: `node` = test/core under c8 (the core and
// the CLI), `browser` = test/widgets in Chromium (@web/test-runner --coverage). The core's
// coverage counts only its Node tests, so it cannot lean on a widget happening to call it.
const floor = { lines: 90, branches: 85 };

export const coverageTargets = [
  { dir: 'src/cli', suite: 'node', ...floor },
  { dir: 'src/io', suite: 'node', ...floor },
  { dir: 'src/planning', suite: 'node', ...floor },
  { dir: 'src/schema', suite: 'node', ...floor },
  { dir: 'src/scoring', suite: 'node', ...floor },
  { dir: 'src/team', suite: 'node', ...floor },
  { dir: 'src/frameworks', suite: 'node', ...floor },
  { dir: 'src/dashboard', suite: 'node', ...floor },
  { dir: 'widgets/questionnaire', suite: 'browser', ...floor },
  { dir: 'widgets/scorecard', suite: 'browser', ...floor },
  { dir: 'widgets/coordinator', suite: 'browser', ...floor },
  { dir: 'widgets/internal', suite: 'browser', ...floor },
  { dir: 'widgets/dashboard', suite: 'browser', ...floor },
];
