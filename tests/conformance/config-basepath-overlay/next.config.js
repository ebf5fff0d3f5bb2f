// The basePath + trailingSlash oracle (issue 22): the shared conformance app under /docs, every URL ending in "/".
/** @type {import('next').NextConfig} */
module.exports = {
  basePath: '/docs',
  trailingSlash: true,
  async headers() {
    return [
      { source: '/api/:path*', headers: [{ key: 'x-config-api', value: 'yes' }] },
      { source: '/outside-header', basePath: false, headers: [{ key: 'x-outside', value: 'yes' }] },
    ];
  },
  async redirects() {
    return [
      { source: '/old/:slug', destination: '/api/params/:slug', permanent: false },
      { source: '/outside', destination: '/docs/api/params/from-outside', permanent: false, basePath: false },
      { source: '/external', destination: 'https://example.com/x', permanent: false },
    ];
  },
  async rewrites() {
    return [
      { source: '/blog/:slug', destination: '/api/params/blog/:slug' },
    ];
  },
};
