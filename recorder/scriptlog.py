"""Write what util-linux `script` (2.38) writes: the typescript of an interactive session, and its timing file.

The format, as the real tool writes it (checked against /usr/bin/script, see tests/test_script_form.py):

    Script started on 2026-11-29 04:13:58+00:00 [TERM="xterm-256color" TTY="/dev/pts/2" COLUMNS="100" LINES="30"]\\n
    <the raw terminal bytes, unchanged>
    \\nScript done on 2026-11-29 04:13:58+00:00 [COMMAND_EXIT_CODE="3"]\\n

- The footer always starts with its own `\\n`, whether or not the output ended with one, so output that
  ends in `\\r\\n` is followed by an empty line.
- Dates are `%Y-%m-%d %H:%M:%S` in the recording host's local time plus a `±HH:MM` offset; seconds are
  truncated. The offset is printed as `%+03d:%02d` of (hours, |minutes|), so an offset between -01:00 and
  00:00 comes out with a `+` (-00:30 reads `+00:30`): copied, not fixed, to stay byte-identical.
- TERM is left out when the variable was unset (an empty one is kept as `TERM=""`); an interactive shell
  session has no COMMAND field (`script -c` adds one, first).
- A child killed by signal n exits with 128+n (COMMAND_EXIT_CODE="143" for SIGTERM).
- `script -q` only silences the messages on the terminal: the log keeps its header and footer.
- The classic timing file (`script -T FILE`) has one `<seconds since the previous chunk>.<6 digits> <bytes>`
  line per chunk of output; header and footer are not counted.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo

from recorder.cast import Cast

DEFAULT_TTY = "/dev/pts/0"


def typescript(output: bytes | str, *, started: datetime, done: datetime, term: str | None, tty: str = DEFAULT_TTY,
               columns: int, lines: int, exit_code: int = 0) -> bytes:
    """The typescript file `script FILE` writes for an interactive session that printed `output`.

    `started`/`done` are printed in their own UTC offset (naive ones are taken as UTC); `term=None` leaves the
    TERM field out, as `script` does when TERM is unset. Text output is encoded as UTF-8."""
    body = output.encode("utf-8") if isinstance(output, str) else output
    return _header(started, term, tty, columns, lines) + body + _footer(done, exit_code)


def typescript_of_cast(cast: Cast, *, exit_code: int = 0, tty: str = DEFAULT_TTY,
                       tz: tzinfo = timezone.utc) -> bytes:
    """The typescript of a recorded cast: its output, size and TERM; started at the header's timestamp and
    done at that plus the last event's time, both shown in `tz` (the recording host's zone; UTC by default)."""
    started = _cast_start(cast, tz)
    header = cast.header
    return typescript(cast.output_text(), started=started, done=started + timedelta(seconds=_cast_end(cast)),
                      term=header.env.get("TERM"), tty=tty, columns=header.width, lines=header.height,
                      exit_code=exit_code)


def timing_of_cast(cast: Cast) -> bytes:
    """The classic timing file (`script -T FILE`) for `typescript_of_cast(cast)`: one line per output event."""
    lines, previous = [], 0
    for event in cast.events:
        size = len(event.data.encode("utf-8"))
        if event.code != "o" or not size:  # script logs output only, and never an empty chunk
            continue
        now = round(event.time * 1_000_000)  # whole microseconds, so the delays add up to the event times
        lines.append(f"{_seconds(now - previous)} {size}\n")
        previous = now
    return "".join(lines).encode("ascii")


def script_time(moment: datetime) -> str:
    """A date as `script` prints it: `2026-11-29 09:44:09+05:30` (naive datetimes are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M:%S") + _offset(moment.utcoffset() or timedelta(0))


def _offset(offset: timedelta) -> str:
    """util-linux's `%+03d:%02d` of (minutes / 60, |minutes % 60|) with C's truncating division."""
    minutes = int(offset.total_seconds() / 60)
    hours = int(minutes / 60)
    return f"{hours:+03d}:{abs(minutes) % 60:02d}"


def _header(started: datetime, term: str | None, tty: str, columns: int, lines: int) -> bytes:
    fields = ([f'TERM="{term}"'] if term is not None else []) + [f'TTY="{tty}"', f'COLUMNS="{columns}"',
                                                                  f'LINES="{lines}"']
    return f"Script started on {script_time(started)} [{' '.join(fields)}]\n".encode("utf-8")


def _footer(done: datetime, exit_code: int) -> bytes:
    # The leading newline is unconditional: `script` does not look at how the output ended.
    return f'\nScript done on {script_time(done)} [COMMAND_EXIT_CODE="{exit_code}"]\n'.encode("utf-8")


def _cast_start(cast: Cast, tz: tzinfo) -> datetime:
    if cast.header.timestamp is None:
        raise ValueError("the cast has no header timestamp: a `script` log needs its start time")
    return datetime.fromtimestamp(cast.header.timestamp, tz)


def _cast_end(cast: Cast) -> float:
    return cast.events[-1].time if cast.events else 0.0


def _seconds(microseconds: int) -> str:
    """`%ld.%06ld`, as `script` writes its delays."""
    return f"{microseconds // 1_000_000}.{microseconds % 1_000_000:06d}"
