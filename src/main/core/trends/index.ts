// Reading plans for a trends report (issue 18): the files of the named files and folders, and
// each one's summary through the gate, in worker threads when there are many.
export { listTrendFiles, type TrendFiles } from './list-files';
export { readTrendFile } from './read-summary';
export { findTrendsWorker, readTrendFiles, type ReadTrendsOptions } from './read-many';
