import { ExternalLink } from '../ui/ExternalLink';
import { linkify } from './linkify';

/** Remote plain text with its http(s) URLs as links that open in a new tab without access to this page. */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((part, index) =>
        part.kind === 'link' ? (
          <ExternalLink key={index} href={part.href}>
            {part.text}
          </ExternalLink>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
