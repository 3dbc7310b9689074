/**
 * Shows the token form and resolves with what the editor typed, or undefined on Cancel. The value
 * is handed to the caller and the field cleared, so the token stays only in the API's memory.
 */
export function askToken(wrong: boolean): Promise<string | undefined> {
  // calls that fail together (glossary list, check) share one question
  pending ??= ask(wrong).finally(() => {
    pending = undefined;
  });
  return pending;
}

let pending: Promise<string | undefined> | undefined;

function ask(wrong: boolean): Promise<string | undefined> {
  const form = document.getElementById('token-form') as HTMLFormElement;
  const input = document.getElementById('token') as HTMLInputElement;
  const cancel = document.getElementById('token-cancel') as HTMLButtonElement;
  const note = document.getElementById('token-wrong') as HTMLElement;
  note.hidden = !wrong;
  form.hidden = false;
  input.value = '';
  input.focus();
  return new Promise((resolve) => {
    const done = (value: string | undefined) => {
      form.removeEventListener('submit', onSubmit);
      cancel.removeEventListener('click', onCancel);
      input.value = '';
      form.hidden = true;
      resolve(value);
    };
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      if (input.value.trim() !== '') done(input.value.trim());
    };
    const onCancel = () => done(undefined);
    form.addEventListener('submit', onSubmit);
    cancel.addEventListener('click', onCancel);
  });
}
