/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * A Vite plugin for the dev server only: the page's Content-Security-Policy (index.html)
 * forbids inline scripts, but the dev server injects one (React Fast Refresh's preamble)
 * and talks to the page over a WebSocket. The built app keeps the strict policy as written.
 */
function devCsp(): Plugin {
  return {
    name: 'traceline-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(
        /(http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/,
        (_, head: string, policy: string) => {
          const relaxed = policy
            .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
            .replace("connect-src 'self'", "connect-src 'self' ws: wss:");
          return `${head}${relaxed}"`;
        },
      ),
  };
}

export default defineConfig({
  plugins: [react(), devCsp()],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: { chunkSizeWarningLimit: 1200 },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Dates are computed in UTC; pin the zone so a local zone can never leak into results.
    env: { TZ: 'UTC' },
    testTimeout: 20000,
  },
});
