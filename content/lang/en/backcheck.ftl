# backcheck's own words: prompts, report headings, messages and errors.
# The reference language: every other language has the same messages, with
# the same arguments ($tag, $date, ...). See docs/translating.md.

## Days of the week, Monday first

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
