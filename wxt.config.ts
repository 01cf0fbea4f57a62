import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Scripture Tooltips',
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
