// `npm start`: serves the demo (built from dist/) on localhost and prints its address.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT) || 8000;
const server = await startDevServer({
  config: { rootDir: '.', port, nodeResolve: false, appIndex: undefined },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = `http://localhost:${server.config.port}/demo/`;
console.log(`Smart city maturity demo: ${address}`);
console.log('Press Ctrl+C to stop.');
