import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import pluginRouter from '@tanstack/eslint-plugin-router'
import { defineConfig, globalIgnores } from 'eslint/config'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig([
  globalIgnores([
    'dist',
    'node_modules',
    '.data',
    'src/routeTree.gen.ts',
    'test-results',
    'playwright-report',
  ]),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Direction between the three runnable parts: the dashboard never imports Node code,
      // the emulator only borrows the wire types, and features never import routes.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src', from: './emulator', except: [] },
            { target: './src', from: './server' },
            { target: './emulator', from: './src', except: ['./api/types.ts'] },
            { target: './emulator', from: './server' },
            { target: './server', from: './src' },
            { target: './src/features', from: './src/routes' },
            { target: './src/api', from: ['./src/features', './src/routes', './src/components'] },
            { target: './src/components', from: ['./src/features', './src/routes', './src/api'] },
            { target: './src/lib', from: ['./src/features', './src/routes', './src/components'] },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [
      reactHooks.configs.flat['recommended-latest'],
      reactRefresh.configs.vite,
      pluginQuery.configs['flat/recommended'],
      pluginRouter.configs['flat/recommended'],
    ],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/routes/**/*.tsx', 'src/test/**/*.tsx', 'src/**/*.test.tsx'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    files: ['emulator/**/*.ts', 'server/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
])
