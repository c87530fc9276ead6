import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../core/i18n';

interface Props {
  onReset(): void;
  t: Translate;
}

/** Two steps, inline rather than window.confirm: stays in the page's language, theme and focus order. */
export function ResetSettings({ onReset, t }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const resetRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (returnFocus) resetRef.current?.focus();
  }, [confirming, returnFocus]);

  const close = () => {
    setConfirming(false);
    setReturnFocus(true);
  };

  if (!confirming) {
    return (
      <button type="button" ref={resetRef} data-testid="options-reset" onClick={() => setConfirming(true)}>
        {t('optionsReset')}
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-labelledby="reset-question"
      class="confirm"
      onKeyDown={(event) => event.key === 'Escape' && close()}
    >
      <p id="reset-question">{t('optionsResetQuestion')}</p>
      <div class="buttons">
        <button
          type="button"
          class="danger"
          data-testid="options-reset-confirm"
          onClick={() => {
            onReset();
            close();
          }}
        >
          {t('optionsResetConfirm')}
        </button>
        <button type="button" ref={cancelRef} data-testid="options-reset-cancel" onClick={close}>
          {t('optionsResetCancel')}
        </button>
      </div>
    </div>
  );
}
