/**
 * Vite build of the explorer: root web/, output web/dist (served by `kgx serve`), /api proxied to
 * the express server in development (`npx vite --config web/vite.config.ts`).
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL("index.html", import.meta.url)),
        bench: fileURLToPath(new URL("bench.html", import.meta.url)),
      },
    },
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:8080" },
    fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] },
  },
});
