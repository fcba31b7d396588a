// Tiny static server for the LHC-Forms page: 127.0.0.1 only, no dependencies.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const LFORMS = path.join(here, 'node_modules/lforms/dist/lforms');
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon', '.map': 'application/json' };

export const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>backcheck in LHC-Forms</title>
<link rel="stylesheet" href="/lforms/webcomponent/styles.css">
<link rel="icon" href="data:,">
</head><body><div id="formContainer"></div>
<!-- at the end of body: main.js appends to document.body as it runs (in <head> it fails:
     "Cannot read properties of null (reading 'appendChild')"); FHIR lib after main.js -->
<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="/lforms/webcomponent/runtime.js"></script>
<script src="/lforms/webcomponent/polyfills.js"></script>
<script src="/lforms/webcomponent/main.js"></script>
<script src="/lforms/fhir/R4/lformsFHIR.min.js"></script>
<script>
window.loadForm = async function (url) {
  const q = await (await fetch(url)).json();
  await LForms.Util.addFormToPage(q, 'formContainer', { fhirVersion: 'R4' });
  return LForms.lformsVersion;
};
</script></body></html>`;

// files: extra url -> absolute path (e.g. '/q.json'), or { json: text } served from memory
export function serve(files = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x').pathname;
    let file = null;
    if (url === '/' || url === '/index.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      return res.end(PAGE);
    }
    if (files[url] && typeof files[url] === 'object') { // in-memory JSON: { json: '...' }
      res.writeHead(200, { 'content-type': TYPES['.json'] });
      return res.end(files[url].json);
    }
    if (files[url]) file = files[url];
    else if (url.startsWith('/lforms/')) {
      file = path.join(LFORMS, path.normalize(url.slice('/lforms/'.length)).replace(/^(\.\.[/\\])+/, ''));
      if (!file.startsWith(LFORMS)) file = null;
    }
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404); return res.end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
