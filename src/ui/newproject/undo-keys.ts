/**
 * Undo and redo from the keyboard. Ctrl+Z / Ctrl+Shift+Z (Cmd on macOS; Ctrl+Y too) undo and
 * redo the project when the focus is not in a text field. In a text field they act on that field
 * only, and simply: undo puts back the text the field had when it was focused, redo the text
 * undo took away. The browser's own undo history is not used in text fields: it survives the
 * field's value being replaced by a project undo/redo and then re-inserts old text on top of the
 * new (issue 8: "My strategy.My strategy.My strategy." after Undo, Redo, focus, Ctrl+Z, Ctrl+Shift+Z).
 */
interface Undoable {
  undo(): void;
  redo(): void;
}

type TextField = HTMLInputElement | HTMLTextAreaElement;

const TEXT_INPUTS = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number', '']);

function textField(el: EventTarget | null): TextField | null {
  if (el instanceof HTMLTextAreaElement) return el;
  if (el instanceof HTMLInputElement && TEXT_INPUTS.has(el.type)) return el;
  return null;
}

function editable(el: EventTarget | null): boolean {
  return textField(el) !== null || (el instanceof HTMLElement && el.isContentEditable);
}

/** Installs the handlers on `target` (the document); returns their removal. */
export function installUndoKeys(nb: Undoable, target: Document = document): () => void {
  const fields = new WeakMap<TextField, { focused: string; undone: string | null }>();

  const set = (el: TextField, value: string): void => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  };

  const fieldUndo = (el: TextField, redo: boolean): void => {
    const f = fields.get(el) ?? { focused: el.value, undone: null };
    fields.set(el, f);
    if (!redo && el.value !== f.focused) {
      f.undone = el.value;
      set(el, f.focused);
    } else if (redo && f.undone !== null) {
      const v = f.undone;
      f.undone = null;
      set(el, v);
    }
  };

  const onFocus = (e: FocusEvent): void => {
    const el = textField(e.target);
    if (el) fields.set(el, { focused: el.value, undone: null });
  };

  const onKey = (e: KeyboardEvent): void => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const k = e.key.toLowerCase();
    if (k !== 'z' && k !== 'y') return;
    const redo = k === 'y' || e.shiftKey;
    const field = textField(e.target);
    if (field) {
      e.preventDefault();
      fieldUndo(field, redo);
      return;
    }
    if (editable(e.target)) return;
    e.preventDefault();
    if (redo) nb.redo();
    else nb.undo();
  };

  // Edit → Undo from a browser menu, or any other path to the native history: refused in text fields.
  const onBeforeInput = (e: InputEvent): void => {
    const field = textField(e.target);
    if (!field || (e.inputType !== 'historyUndo' && e.inputType !== 'historyRedo')) return;
    e.preventDefault();
    fieldUndo(field, e.inputType === 'historyRedo');
  };

  target.addEventListener('focusin', onFocus, true);
  target.addEventListener('keydown', onKey, true);
  target.addEventListener('beforeinput', onBeforeInput as EventListener, true);
  return () => {
    target.removeEventListener('focusin', onFocus, true);
    target.removeEventListener('keydown', onKey, true);
    target.removeEventListener('beforeinput', onBeforeInput as EventListener, true);
  };
}
