// `npm start`: serves the demo (built from dist/) on localhost and prints its address.
import { startDevServer } from '@web/dev-server';
import { strictCsp } from './csp.mjs';

const port = Number(process.env.PORT) || 8000;
const server = await startDevServer({
  config: { rootDir: '.', port, nodeResolve: false, middleware: [strictCsp] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = `http://localhost:${server.config.port}/demo/`;
console.log(`Smart city maturity demo: ${address}`);
console.log('Pages: index.html (questionnaire), scorecard.html (two periods, regions), embed.html (snippet, theming, own framework).');
console.log('Served with a strict Content-Security-Policy, as many government portals are. Press Ctrl+C to stop.');
