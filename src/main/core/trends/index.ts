// Reading plans for a trends report (issue 18): the files of the named files and folders, and
// each one's summary (read straight from a plain plan, any other file through the gate), in worker
// threads when there are many or when a host reads them a call each.
export { listTrendFiles, type TrendFiles } from './list-files';
export { readTrendFile } from './read-summary';
export { findTrendsWorker, readTrendFiles, type ReadTrendsOptions } from './read-many';
export { TrendsReadPool, type TrendsReadPoolOptions } from './read-pool';
