/**
 * Opens the host's own file dialog beside a path typed by hand, in the dialogs that read one file
 * (a team's plan, a workbook, a survey export). Does nothing while the dialog is busy reading.
 */
export function ChooseOtherFileButton({
  label,
  busy,
  onChoose,
}: {
  label: string;
  busy: boolean;
  onChoose: () => void;
}) {
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={() => {
        if (!busy) onChoose();
      }}
    >
      {label}
    </button>
  );
}
