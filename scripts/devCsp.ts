/**
 * A Vite plugin for the dev server only: the page's Content-Security-Policy (index.html)
 * forbids inline scripts, but the dev server injects one (React Fast Refresh's preamble)
 * and talks to the page over a WebSocket. The built app keeps the strict policy as written.
 */
import type { Plugin } from 'vite';

export function devCsp(): Plugin {
  return {
    name: 'traceline-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(
        /(http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/,
        (_, head: string, policy: string) => {
          const relaxed = policy
            .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
            .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
            .replace("connect-src 'self'", "connect-src 'self' ws: wss:");
          return `${head}${relaxed}"`;
        },
      ),
  };
}
