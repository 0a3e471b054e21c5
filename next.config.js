// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // Lets two servers (e.g. two developers' dev servers) run side by side in one checkout.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

module.exports = nextConfig;
