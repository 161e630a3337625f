// The floor a Document-building YAML library sets: read and parse the same input, nothing else.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

let documents = 0;
for (const file of process.argv.slice(2)) documents += parseAllDocuments(readFileSync(file, 'utf8')).length;
if (documents === 0) process.exitCode = 1;
