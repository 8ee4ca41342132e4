# kg-explorer app image: the API and the built explorer; loads corpus/ on start (skipped when stored).
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web && chown -R node:node /app
USER node
EXPOSE 8080
CMD ["node", "bin/kgx.mjs", "serve", "--sample"]
