// `npm start`: the workspace server with its demo (`smart-city-maturity serve --demo`, built
// into dist/), on localhost: the demo portal's pages, the widgets and the API, under the
// same strict Content-Security-Policy. Demo data lives in .build/demo-data.
// Port 8000, or PORT; when it is taken, the next free one.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const isFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });

const wanted = Number(process.env.PORT) || 8000;
let port = wanted;
while (!(await isFree(port))) {
  if (++port >= wanted + 20) {
    console.error(`No free port between ${wanted} and ${wanted + 19}; set PORT to another one.`);
    process.exit(1);
  }
}

const server = spawn(process.execPath, ['dist/cli.js', 'serve', '--demo', '--port', String(port), '--data', '.build/demo-data'], { stdio: 'inherit' });
server.once('exit', (code) => process.exit(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.kill(signal));

// The embedded database takes a few seconds on its first start: say where to go once it answers.
for (let tries = 0; tries < 600; tries++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
  } catch {
    // not listening yet
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}
console.log(`Smart city maturity demo: http://localhost:${port}/demo/`);
console.log(`The workspace: http://localhost:${port}/login (sign in with an account printed above; koordinator@demo.example shows the team flow on the 2027 draft).`);
console.log("Pages: index.html (questionnaire), scorecard.html (two periods, regions), embed.html (snippet, theming, own framework), embed-minimal.html (the README's three lines alone).");
console.log('Served with a strict Content-Security-Policy, as many government portals are. Press Ctrl+C to stop.');
