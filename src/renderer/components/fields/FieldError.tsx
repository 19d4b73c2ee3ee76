import { useAppStore } from '../../store';

/** The core's refusal of a field's last value, in the reader's language. */
export function useFieldIssue(errorKey: string | undefined): string | null {
  const issue = useAppStore((s) => (errorKey ? s.fieldErrors[errorKey] : undefined));
  const language = useAppStore((s) => s.language);
  return issue ? issue.message[language] : null;
}

/** The message dkfds shows above a field in error; `role="alert"` so it is heard when it comes. */
export function ErrorMessage({ id, message }: { id?: string | undefined; message: string }) {
  return (
    <span id={id} className="form-error-message" role="alert">
      {message}
    </span>
  );
}

/** Shows the core's refusal for one field key (see `fieldKey`), or nothing. */
export function FieldError({ errorKey, id }: { errorKey: string; id?: string }) {
  const message = useFieldIssue(errorKey);
  return message ? <ErrorMessage id={id} message={message} /> : null;
}
