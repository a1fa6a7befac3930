# Multi-stage build: dependencies and the builds, then a slim runtime image running as `node`.
FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# patches/ before the install: its postinstall applies them (patch-package).
COPY package.json package-lock.json ./
COPY patches ./patches
# Exactly the locked versions.
RUN npm ci --no-audit --no-fund
COPY . .
# The server as JavaScript (dist/): no TypeScript compiled at each start; then the admin.
RUN npm run build && PAYLOAD_SECRET=build-only npm run build:admin

FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=build --chown=node:node /app /app
RUN npm prune --omit=dev --no-audit --no-fund || true \
  && mkdir -p /app/media /app/data && chown -R node:node /app/media /app/data
# Not root: the process can write its media and data folders and nothing else of the image.
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s CMD node -e "fetch('http://127.0.0.1:3000/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/src/start.js"]
