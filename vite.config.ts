import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs: the built app works from any folder and under any path prefix.
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    target: 'es2022',
    // MapLibre alone is ~1 MB minified; the warning would only repeat what the benchmark reports.
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
  server: { port: 5173, host: '127.0.0.1' },
});
