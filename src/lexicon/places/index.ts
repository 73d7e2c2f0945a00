export { loadGazetteer, type GazetteerSources } from './load-gazetteer.js';
