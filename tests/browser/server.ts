/**
 * Serves the built app with Vite's preview server on a free local port. The build folder is
 * dist/, or TRACELINE_DIST when set (so parallel builds need not share one folder).
 */
import { preview, type PreviewServer } from 'vite';

export async function serveDist(
  outDir = process.env.TRACELINE_DIST ?? 'dist',
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    build: { outDir },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}
