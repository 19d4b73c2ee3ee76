export { evaluationDocDefinition, type EvaluationPdfOptions } from './document';
export { renderEvaluationPdf, type RenderEvaluationOptions } from './render';
export { exportEvaluationToFile, type EvaluationExportOptions } from './export-file';
export { latestCompleted, type EvaluationRecord } from './record';
export { evaluationTexts, type EvaluationTexts } from './texts';
