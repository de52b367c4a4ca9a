// What e2e/with-code-server.sh hands to the scenarios.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the scenarios through "npm run test:e2e"`);
  return value;
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const examplesDir = path.join(repoRoot, 'examples');
export const codeServerUrl = () => required('E2E_URL');
export const scratchDir = () => required('E2E_SCRATCH');
export const codeServerLog = () => required('E2E_CODE_SERVER_LOG');
export const artifactsDir = () => process.env.E2E_ARTIFACTS ?? path.join(repoRoot, 'e2e-artifacts');
