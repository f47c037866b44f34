import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Shared pure rules (password policy, time zones, membership) live in the repository's libs/.
const libsDir = decodeURIComponent(new URL('../../libs', import.meta.url).pathname);
const apiOrigin = 'http://localhost:3000';

export default defineConfig({
  root: decodeURIComponent(new URL('.', import.meta.url).pathname),
  plugins: [react()],
  resolve: {
    alias: [{ find: /^@confer\/libs\//, replacement: `${libsDir}/` }],
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiOrigin, changeOrigin: false },
      '/socket.io': { target: apiOrigin, ws: true },
      '/dev/mail/api': { target: apiOrigin },
      '/ics': { target: apiOrigin },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks, cached across deploys of the app's own code.
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            { name: 'vendor-apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)[\\/]/ },
            { name: 'vendor-mantine', test: /node_modules[\\/](@mantine|@floating-ui|clsx|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|react-textarea-autosize|use-callback-ref|use-sidecar|tabbable|get-nonce|type-fest)[\\/]/ },
          ],
        },
      },
    },
  },
});
