import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'runtimes/', 'coverage/', '.tmp/', '__tests__/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      'no-console': 'off'
    }
  },
  {
    // The example site's own scripts, and the third party's it embeds, run in a browser.
    files: ['examples/site/**/*.js', 'examples/third-party/**/*.js'],
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    // The edge handler runs on Lambda@Edge: plain JavaScript, no dependencies.
    files: ['edge/**/*.js', 'edge/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } }
  }
)
