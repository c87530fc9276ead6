/** A usable BCP 47 tag, or '' (a missing message comes back from our `t` as its key, e.g. "messagesLocale"). */
function validTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? '';
  } catch {
    return '';
  }
}

const base = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

/**
 * The language for Intl formatting: the browser's UI language when the messages are in that language (keeping
 * its region, so en-GB gets day-month dates), else the language the messages fell back to. Otherwise a French
 * browser would read "Updated il y a 5 minutes": English words around a French relative time.
 */
export function formattingLanguage(uiLanguage: string, messagesLanguage: string): string {
  const ui = validTag(uiLanguage);
  const messages = validTag(messagesLanguage);
  if (!messages) return ui || 'en';
  return ui && base(ui) === base(messages) ? ui : messages;
}
