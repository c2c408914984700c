// The API's types from the server's OpenAPI document (ADR 0024): one generated file the clients import.
// npm run api:types -- [document] [output]; the document defaults to the one the back end's OpenApiTypesTest
// writes (target/openapi.json), the output to src/types/generated/api.d.ts. That test runs this script too and
// fails when its output differs from the committed file.
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const [document = here('../../target/openapi.json'), output = here('../src/types/generated/api.d.ts')] =
  process.argv.slice(2);

const HEADER = "// Generated from the server's OpenAPI document by `npm run api:types` (ADR 0024). Do not edit.\n\n";

// Which properties are present and which may be null is the document's to say (io.attract.common.web.OpenApiPresence).
const ast = await openapiTS(JSON.parse(readFileSync(document, 'utf8')));
writeFileSync(output, HEADER + astToString(ast));
