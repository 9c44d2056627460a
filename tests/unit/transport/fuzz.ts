/**
 * Malformed HTTP requests for the loopback transport's fuzz test: raw bytes written to a TCP
 * socket, so they can be anything a browser, a port scanner or an attacker could send.
 */

/** Small seeded PRNG (mulberry32) so a failing run can be replayed. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

export const NAMED_PATHS = [
  '/%00',
  '/%',
  '/%E0%A4%A',
  '/index.html%00.js',
  '/api/%E0%A4%A',
  '/api/%00',
  '/api/%',
  '/api/clients.list%00',
  '/api/..%2f..%2fetc%2fpasswd',
  '/..%2f..%2f..%2fetc%2fpasswd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/%5c..%5c..%5cwindows',
  '/%C0%AE%C0%AE/',
  '/%ED%A0%80',
  '/%FF%FE',
  '/api/',
  '/api',
  '//api/clients.list',
  '/api/constructor',
  '/api/__proto__',
  '/api/hasOwnProperty',
  '/api/toString',
  '*',
  'http://evil.example/api/clients.list',
  '/' + 'a'.repeat(5000),
  '/api/' + '%41'.repeat(300),
];

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT', 'PROPFIND', 'G\u00e9T', 'get', ''];
const BODIES = ['{', '{"a":', 'null', '[]', '"x"', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"x":1}}}', '\u0000\u0001', '[' .repeat(5000), '{"includeArchived":1e999}', '\ud800', 'NaN'];

/** One malformed request as raw bytes, for a server on `port`. */
export function malformedRequest(r: ReturnType<typeof rng>, port: number, token: string): Buffer {
  const host = `127.0.0.1:${port}`;
  const kind = r.int(9);
  const randomPath = () => {
    if (r.next() < 0.5) return r.pick(NAMED_PATHS);
    let p = r.pick(['/', '/api/', '/assets/']);
    const n = 1 + r.int(12);
    for (let i = 0; i < n; i++) p += r.next() < 0.5 ? `%${r.int(256).toString(16).padStart(r.int(3), '0').toUpperCase()}` : String.fromCharCode(33 + r.int(94));
    return p.replace(/[ ?#]/g, '');
  };
  const req = (method: string, path: string, headers: string[], body = '') => Buffer.from(`${method} ${path} HTTP/1.1\r\n${headers.join('\r\n')}${headers.length ? '\r\n' : ''}\r\n${body}`, 'latin1');
  const auth = `Authorization: Bearer ${token}`;
  switch (kind) {
    case 0: // bad escapes and odd paths, with and without the token
      return req(r.pick(['GET', 'POST', 'HEAD']), randomPath(), [`Host: ${host}`, ...(r.next() < 0.5 ? [auth, 'Content-Length: 2'] : ['Content-Length: 2'])], '{}');
    case 1: // methods the routes do not take
      return req(r.pick(METHODS), r.pick(['/', '/api/clients.list', '/index.html', randomPath()]), [`Host: ${host}`, auth, 'Content-Length: 0']);
    case 2: { // malformed JSON bodies
      const body = r.pick(BODIES);
      return req('POST', r.pick(['/api/clients.list', '/api/clients.create', '/api/slots.update', '/api/nope']), [`Host: ${host}`, auth, `Content-Length: ${Buffer.byteLength(body, 'latin1')}`], body);
    }
    case 3: // wrong, missing or hostile Host / Origin
      return req('POST', '/api/clients.list', [r.pick([`Host: evil.example`, `Host: ${host}\u0000`, '', `Host: [::1]:${port}`]), `Origin: ${r.pick(['http://evil.example', 'null', 'http://127.0.0.1:1'])}`, auth, 'Content-Length: 2'], '{}');
    case 4: // lying Content-Length / Transfer-Encoding
      return req('POST', '/api/clients.list', [`Host: ${host}`, auth, r.pick(['Content-Length: -1', 'Content-Length: 99999999999', 'Content-Length: 5\r\nContent-Length: 6', 'Transfer-Encoding: chunked, gzip', 'Transfer-Encoding: chunked', 'Content-Length: abc'])], r.pick(['{}', 'zz\r\n{}\r\n0\r\n\r\n', 'ffffffff\r\n{}']));
    case 5: // oversized headers
      return req('GET', '/', [`Host: ${host}`, `X-Big: ${'x'.repeat(20_000 + r.int(20_000))}`]);
    case 6: // broken request lines and header syntax
      return Buffer.from(r.pick([`GET\r\n\r\n`, `GET / HTTP/9.9\r\nHost: ${host}\r\n\r\n`, ` / HTTP/1.1\r\n\r\n`, `GET / HTTP/1.1\r\nHost ${host}\r\n\r\n`, `GET / HTTP/1.1\r\nBad\u0000Header: 1\r\n\r\n`, `\r\n\r\n\r\n`, `GET /\u00ff HTTP/1.1\r\nHost: ${host}\r\n\r\n`]), 'latin1');
    case 7: { // random bytes
      const n = 1 + r.int(300);
      return Buffer.from(Array.from({ length: n }, () => r.int(256)));
    }
    default: { // a body bigger than the cap, announced honestly or chunked
      const size = 3 * 1024 * 1024;
      if (r.next() < 0.5) return Buffer.concat([req('POST', '/api/clients.list', [`Host: ${host}`, auth, `Content-Length: ${size}`]), Buffer.alloc(64 * 1024, 0x20)]);
      const chunk = Buffer.alloc(512 * 1024, 0x20);
      const chunked = Buffer.concat(Array.from({ length: 6 }, () => Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])));
      return Buffer.concat([req('POST', '/api/clients.list', [`Host: ${host}`, auth, 'Transfer-Encoding: chunked']), chunked, Buffer.from('0\r\n\r\n')]);
    }
  }
}
