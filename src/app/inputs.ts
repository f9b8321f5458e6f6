// What the interfaces may use of the readers: streaming inputs and counting them (CLI and API go through app/).
export { countInputs, readInputs } from '../ingest/read.js';
