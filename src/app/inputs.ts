// What the interfaces may use of the readers: streaming inputs, counting them, learning boilerplate templates.
export { countInputs, readInputs } from '../ingest/read.js';
export { learnTemplates } from './templates.js';
