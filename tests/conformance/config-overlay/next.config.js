// The config oracle (issue 22): headers, redirects and rewrites in Next.js's order, over the shared conformance app.
// Every rule points at /api/params/[[...rest]] (an echo of params and query) or a shared route.
/** @type {import('next').NextConfig} */
module.exports = {
  async headers() {
    return [
      { source: '/api/:path*', headers: [{ key: 'x-config-api', value: 'yes' }] },
      { source: '/api/users/:id', headers: [{ key: 'x-user-id', value: 'user-:id' }] },
      { source: '/:path*', has: [{ type: 'query', key: 'cors' }], headers: [{ key: 'access-control-allow-origin', value: '*' }] },
      { source: '/nothing-here', headers: [{ key: 'x-on-404', value: 'yes' }] },
      { source: '/api/where', headers: [{ key: 'x-order', value: 'first' }, { key: 'x-mw', value: 'from-config' }] },
      { source: '/api/where', headers: [{ key: 'x-order', value: 'second' }] },
      { source: '/old-blog/:slug', headers: [{ key: 'x-on-redirect', value: 'yes' }] },
      { source: '/hello.txt', headers: [{ key: 'x-public', value: 'yes' }] },
    ];
  },
  async redirects() {
    return [
      { source: '/old-blog/:slug', destination: '/blog/:slug', permanent: true },
      { source: '/temp/:path*', destination: '/api/params/:path*', permanent: false },
      { source: '/moved/:id', destination: '/api/users/:id', statusCode: 301 },
      { source: '/see-other', destination: '/api/where', statusCode: 303 },
      { source: '/external', destination: 'https://example.com/landing?x=1', permanent: false },
      { source: '/with-query', destination: '/api/params?from=redirect', permanent: false },
      { source: '/param-to-query/:slug', destination: '/api/params?s=:slug', permanent: false },
      { source: '/regex/:id(\\d{1,})', destination: '/api/users/:id', permanent: false },
      { source: '/has-cookie', has: [{ type: 'cookie', key: 'legacy' }], destination: '/api/params?legacy=1', permanent: false },
      { source: '/missing-header', missing: [{ type: 'header', key: 'x-modern' }], destination: '/api/params?modern=0', permanent: false },
      { source: '/header-capture', has: [{ type: 'header', key: 'x-ver', value: '(?<ver>v\\d)' }], destination: '/api/params/:ver', permanent: false },
      { source: '/query-value', has: [{ type: 'query', key: 'page', value: '(?<page>\\d+)' }], destination: '/api/params/page-:page', permanent: false },
      { source: '/host-match', has: [{ type: 'host', value: 'localhost' }], destination: '/api/params?host=1', permanent: false },
      { source: '/chain-redirect', destination: '/old-blog/chained', permanent: false },
      { source: '/api/users/me', destination: '/api/params/me-redirected', permanent: false },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/hello.txt', has: [{ type: 'query', key: 'before' }], destination: '/api/params/before-files' },
        { source: '/bf/:path*', destination: '/api/params/bf/:path*' },
        { source: '/api/users/:id(\\d+)', has: [{ type: 'query', key: 'bf' }], destination: '/api/params/user-:id' },
      ],
      afterFiles: [
        { source: '/blog/:slug', destination: '/api/params/blog/:slug' },
        { source: '/hello.txt', destination: '/api/params/after-files-loses' },
        { source: '/api/users/:id', destination: '/api/params/after-files-beats-dynamic' },
        { source: '/api/where', destination: '/api/params/after-files-loses-to-static' },
        { source: '/chain-a/:x', destination: '/chain-b/:x' },
        { source: '/chain-b/:x', destination: '/api/params/chained/:x' },
        { source: '/keep-query/:slug', destination: '/api/params' },
        { source: '/dest-query/:slug', destination: '/api/params?fixed=1&slug=:slug' },
        { source: '/to-static', destination: '/api/where' },
        { source: '/to-public', destination: '/hello.txt' },
        { source: '/to-missing', destination: '/api/no-such-route' },
      ],
      fallback: [
        { source: '/fb/:path*', destination: '/api/params/fallback/:path*' },
      ],
    };
  },
};
