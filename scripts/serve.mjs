// `npm start`: serves the demo (built from dist/) on localhost and prints its address.
// Port 8000, or PORT; when it is taken, the next free one.
import { createServer } from 'node:net';
import { startDemoServer } from './demo-server.mjs';

const isFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port);
  });

const wanted = Number(process.env.PORT) || 8000;
let port = wanted;
while (!(await isFree(port))) {
  if (++port >= wanted + 20) {
    console.error(`No free port between ${wanted} and ${wanted + 19}; set PORT to another one.`);
    process.exit(1);
  }
}
await startDemoServer(port);
console.log(`Smart city maturity demo: http://localhost:${port}/demo/`);
console.log("Pages: index.html (questionnaire), scorecard.html (two periods, regions), embed.html (snippet, theming, own framework), embed-minimal.html (the README's three lines alone).");
console.log('Served with a strict Content-Security-Policy, as many government portals are. Press Ctrl+C to stop.');
