/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devCsp } from './scripts/devCsp';

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
