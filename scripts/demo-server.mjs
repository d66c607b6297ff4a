// The demo's web server, for `npm start` and `npm run lighthouse`: the repository root (the demo
// loads the dist/ build) over @web/dev-server, with the strict Content-Security-Policy and
// gzip/brotli compression, as a portal's own web server sends its pages.
import compress from 'koa-compress';
import { startDevServer } from '@web/dev-server';
import { strictCsp } from './csp.mjs';

/** Starts the server on PORT (0: any free port); its address is `server.server.address()`. */
export function startDemoServer(port) {
  return startDevServer({
    config: { rootDir: '.', port, nodeResolve: false, middleware: [compress(), strictCsp] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
}
