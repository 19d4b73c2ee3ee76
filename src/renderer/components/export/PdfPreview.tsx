import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportPreview } from '../../store/export-slice';
import { renderPdfPages } from './render-pages';

/** The first pages are enough to see that the choices are right; all would take long. */
const SHOWN_PAGES = 3;

/** The first pages of the PDF as it would be saved now, drawn from the PDF itself. */
export function PdfPreview({ preview }: { preview: ExportPreview }) {
  const { t } = useTranslation();
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  // Which PDF could not be drawn; a new one gets its own chance.
  const [failedFor, setFailedFor] = useState<string | null>(null);
  const shown = Math.min(SHOWN_PAGES, preview.pages);

  useEffect(() => {
    const controller = new AbortController();
    const targets = canvases.current.slice(0, shown).filter((c) => c !== null);
    renderPdfPages(preview.pdf, targets, controller.signal).catch((error: unknown) => {
      if (controller.signal.aborted) return;
      console.error('[omstil] preview', error);
      setFailedFor(preview.pdf);
    });
    return () => controller.abort();
  }, [preview.pdf, shown]);

  if (failedFor === preview.pdf)
    return <p className="export-preview-note">{t('export.preview.failed')}</p>;
  return (
    <>
      <p className="export-preview-note">
        {t('export.preview.firstPages', { shown, count: preview.pages })}
      </p>
      <ol className="export-preview-pages">
        {Array.from({ length: shown }, (_, i) => (
          <li key={`${preview.key}-${i}`}>
            <canvas
              ref={(el) => {
                canvases.current[i] = el;
              }}
              className="export-preview-page"
              role="img"
              aria-label={t('export.preview.page', { page: i + 1, count: preview.pages })}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
