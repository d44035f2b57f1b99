import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Views must never inject dataset text as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Dataset text is never rendered as HTML.' },
        { property: 'outerHTML', message: 'Dataset text is never rendered as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Dataset text is never rendered as HTML.',
        },
        {
          selector: "ImportDeclaration[source.value='d3']",
          message: 'Use modular d3 imports (d3-scale, d3-zoom…) to keep the bundle small.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
