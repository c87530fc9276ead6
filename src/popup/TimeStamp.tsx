import type { TimeText } from '../ui/time-format';

/**
 * Relative time with the local clock beside it ("5 minutes ago (14:05)"), both visible: a title tooltip
 * alone is out of reach for keyboard and touch users. The full date with its zone is the title.
 */
export function TimeStamp({ time, withClock = true }: { time: TimeText; withClock?: boolean }) {
  return (
    <>
      <time dateTime={time.iso || undefined} title={time.absolute}>
        {time.relative}
      </time>
      {withClock && time.clock !== time.relative && <span class="time-clock"> ({time.clock})</span>}
    </>
  );
}
