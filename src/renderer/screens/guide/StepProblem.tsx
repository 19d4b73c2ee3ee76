/** A problem with the step as a whole (nothing chosen …), said when it appears. */
export function StepProblem({ id, message }: { id?: string; message: string | null }) {
  return message ? (
    <p id={id} className="form-error-message guide-problem" role="alert">
      {message}
    </p>
  ) : null;
}
