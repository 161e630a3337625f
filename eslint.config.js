import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'src/schema/generated/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // VS Code loads extensions as CommonJS.
  { files: ['editors/vscode/**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
