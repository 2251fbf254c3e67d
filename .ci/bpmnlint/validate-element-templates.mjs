// Validates the Camunda 7 element templates that Modeler offers analysts (processes/.camunda/element-templates)
// against the element templates JSON schema, as Modeler does when it loads them (it ignores an invalid one).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateAll } from '@bpmn-io/element-templates-validator';

const folder = process.argv[2];
let failed = false;
for (const file of readdirSync(folder).filter(f => f.endsWith('.json')).sort()) {
  const templates = JSON.parse(readFileSync(join(folder, file), 'utf-8'));
  const { valid, results } = validateAll(templates);
  for (const result of results) {
    for (const error of result.errors || []) {
      console.error(`${file}: ${result.object && result.object.id}: ${error.dataPath || '/'} ${error.message}`);
    }
  }
  console.log(`${file}: ${templates.length} templates, ${valid ? 'valid' : 'INVALID'}`);
  failed = failed || !valid;
}
process.exit(failed ? 1 : 0);
