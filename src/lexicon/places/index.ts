export { describeGazetteerSources, loadGazetteer, type GazetteerSources } from './load-gazetteer.js';
