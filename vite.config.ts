import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { SECURITY_HEADERS } from './server/headers.ts'
import { consoleProxyTable } from './server/viteProxy.ts'

// The dev API target; `npm run dev` starts the console's API server there (server/dev.ts).
// The proxy applies the same session/CSRF rules as `npm start` (server/session.ts).
const apiTarget = process.env.API_TARGET ?? 'http://127.0.0.1:3001'

export default defineConfig({
  // The router plugin must come before react().
  plugins: [tanstackRouter({ target: 'react', autoCodeSplitting: true }), react()],
  server: { proxy: consoleProxyTable(apiTarget) },
  // Preview serves the production build, so it gets the production CSP (the dev server cannot:
  // HMR injects inline scripts).
  preview: { proxy: consoleProxyTable(apiTarget), headers: { ...SECURITY_HEADERS } },
  build: { chunkSizeWarningLimit: 700 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['./src/test/setup.ts'],
          css: false,
        },
      },
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['emulator/**/*.test.ts', 'server/**/*.test.ts', 'bench/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
