#!/usr/bin/python3
"""Parses an iCalendar file with the icalendar package (Debian python3-icalendar) and prints one
line per event: UID|DTSTART|DTEND|SUMMARY|CATEGORIES (DTEND empty for an instant without one). Used by the C++ tests to prove that relplan's
.ics output is read by a real parser, not only compared as text."""
import sys

import icalendar

with open(sys.argv[1], "rb") as f:
    cal = icalendar.Calendar.from_ical(f.read())
for ev in cal.walk("VEVENT"):
    cats = ev.get("CATEGORIES")
    cats = ",".join(str(c) for c in cats.cats) if cats is not None else ""
    end = ev.decoded("DTEND").isoformat() if "DTEND" in ev else ""
    print("|".join([str(ev["UID"]), ev.decoded("DTSTART").isoformat(), end,
                    str(ev["SUMMARY"]), cats]))
