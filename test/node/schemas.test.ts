// The published JSON Schemas and the schema reference are generated from the zod schemas;
// this fails when someone changes a schema and forgets `npm run build:schemas`.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from '../../scripts/schema-reference.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('generated schema files', () => {
  for (const [path, content] of Object.entries(generatedFiles())) {
    it(`${path} is up to date (npm run build:schemas)`, () => {
      expect(readFileSync(`${root}${path}`, 'utf8') === content, `${path} differs from what the schemas generate`).to.equal(true);
    });
  }

  it('publish valid JSON Schema documents with every document kind', () => {
    for (const kind of ['review', 'feedback-form', 'feedback-response', 'loop-worksheet']) {
      const schema = JSON.parse(readFileSync(`${root}packages/sdk/schemas/${kind}.schema.json`, 'utf8')) as Record<string, unknown>;
      expect(schema['$schema']).to.equal('https://json-schema.org/draft/2020-12/schema');
      expect((schema['properties'] as Record<string, { const?: string }>)['kind']?.const).to.equal(kind);
    }
  });
});
