# backcheck's messages: the errors, warnings and notes a person sees on
# standard error (after `backcheck: `), the questions that confirm a change,
# and the lines that say what was saved or deleted.
# The reference language: es/messages.ftl has the same messages with the same
# arguments. Places (`file:line:column`), option names, commands, ids and
# values stay as they are in every language.
#
# Arguments used here:
#   $path     a file or folder, as the person gave it
#   $why      what went wrong, already in words (often the system's)
#   $kind     which case (the variants name them)
#   $text     what the person typed, or text as another program gave it
#   $line, $column, $count, $total, $limit: numbers

## The system's words for a failed read or write. English shows them as the
## system says them; another language may say the common ones its own way
## ($kind: not-found, permission-denied, already-exists, not-a-folder,
## is-a-folder, read-only, disk-full, busy, other).

error-system = { $kind ->
   *[other] { $text }
}

## Hints, on their own line under a message: "  = hint: ..."

hint-label = hint

## Choosing the language and the region

error-lang-tag = --lang { $tag }: not a language tag; use one such as en, es or es-MX
note-lang-unmet = backcheck has no words in { $tag } yet; it uses { $shown } (it speaks: { $known })
error-region-code = --region { $text }: not a region code; use a two-letter country code such as GB, US, IE, AU or DE
note-region-unknown = backcheck has no emergency numbers for region { $tag }; it uses the general words (known: { $known })

## The command line

error-date-unreal = --date { $text }: not a real date; use YYYY-MM-DD, e.g. { $today }
error-date-future = --date { $date } is in the future (today is { $today })
error-time = --time { $text }: not a time of day; use HH:MM from 00:00 to 23:59, e.g. 18:30
error-option-not-here = { $option } is not an option of `{ $command }`; see `backcheck { $command } --help`
error-no-such-form = `{ $command }` has no { $format } form; it writes --format { $known }
error-output-no-form = this output has no { $format } form
error-options-before-command = --answers, --date, --save-answers, --record, --interactive, --plain and --output go with the assessment (no command) or after the command, not before it
error-export-format = journal export writes --format json, csv or fhir
error-full-csv = --full writes each whole report as a JSON line; it cannot go with --format csv
error-both-stdout = { $option } { $path } and the report would both go to standard output
hint-both-stdout = give the report a file with --output FILE
error-no-tty = --interactive needs a terminal to ask on, and there is none ({ $why }); pipe answers in or use --answers FILE
error-cannot-ask = cannot ask the questions: { $why }
note-stopped = Stopped. Nothing was saved.

## Reading a file or standard input
## $kind: content (a questionnaire), words (a .ftl file), answers, import
## (a journal export), records (the answer sets of `score`)

error-standard-input = standard input
error-input-unreadable = cannot read { $kind ->
    [content] questionnaire
    [words] words file
    [import] import file
    [records] answer sets
   *[answers] answers
} { $path }: { $why }
error-input-too-large = { $path }: { $kind ->
    [content] the questionnaire is
    [words] the words file is
    [import] the import file is
    [records] the answer sets are
   *[answers] the answers are
} too large: over { $size } ({ $limit } bytes)
error-input-not-utf8 = { $path }:{ $line }:{ $column }: { $kind ->
    [content] the questionnaire is
    [words] the words file is
    [import] the import file is
    [records] the answer sets are
   *[answers] the answers are
} not UTF-8 text
hint-save-utf8 = save it as UTF-8

## Writing a file

error-output = cannot write output: { $why }
error-write = cannot write { $path }: { $why }
error-terminal = terminal: { $why }
error-write-folder = it is a folder; give a file name
error-not-a-folder = { $path } is not a folder
error-folder-missing = the folder { $path } does not exist
error-cannot-make-file = cannot make a file in { $path }: { $why }
error-too-many-links = too many symbolic links
# $kind: answers (saved answers), chart (the trend's picture), output (a report)
note-wrote-private = wrote { $kind ->
    [answers] your answers to { $path }
    [chart] the chart to { $path }
   *[output] { $path }
} (only you can read it)
note-wrote = wrote { $kind ->
    [answers] your answers to { $path }
    [chart] the chart to { $path }
   *[output] { $path }
}

## The journal

error-journal-no-path = no place for the journal: set --journal PATH or BACKCHECK_JOURNAL (no data directory found)
error-journal-not-ours = { $path } is not a backcheck journal; it was left as it is
hint-journal-not-ours = point --journal at another file, or move this one away
error-journal-damaged = the journal { $path } is damaged ({ $why }); it was left as it is
hint-journal-damaged = restore it from an export (`backcheck journal import`), or move it away to start again
error-journal-newer = the journal { $path } has schema version { $version }, newer than this backcheck knows ({ $known }); update backcheck
error-journal-unusable = cannot use the journal { $path }: { $why }
error-journal-sqlite = the journal { $path }: { $why }
error-journal-date-taken = there is already a check-in for { $date } in { $path }; nothing was changed
hint-journal-date-taken = add --replace to replace it, or give another --date
error-journal-bad-value = the journal { $path } holds a value backcheck cannot read: { $why }
# What could not be read. $kind: side-effects, signs, date, answers
error-journal-value = { $kind ->
    [side-effects] side effects { $text }: { $why }
    [signs] signs { $text }: { $why }
    [date] date { $text }
   *[answers] answers: { $why }
}

## The starting point (a recorded assessment)

note-starting-point = { $date }, pain { $pain } of 10
error-starting-point-kept = the journal already has a starting point ({ $what }); nothing was changed
hint-starting-point-kept = add --replace to replace it (it stays in the journal as a replaced starting point)
error-record-no-pain-role = --record needs a pain question, and this questionnaire names none (`pain` in its [roles] table)
error-record-no-pain = --record needs an answer to `{ $id }`, the pain question, and there is none
note-emergency-not-kept = an emergency result is not kept as a starting point for massage check-ins
note-starting-point-kept = kept this assessment ({ $date }, pain { $pain } of 10) as the starting point for check-ins in { $path }
# $what: the starting point it replaces, as note-starting-point says it
note-starting-point-replaced = kept this assessment ({ $date }, pain { $pain } of 10) as the starting point for check-ins in { $path }; it replaces the one of { $what }, which stays in the journal
note-ask-keep-starting-point = Keep this assessment as your starting point for weekly check-ins?
note-ask-replace-starting-point = You already have a starting point ({ $what }). Replace it with this one? The old one stays in the journal.
note-starting-point-unchanged = Your starting point was not changed.

## Saving answers

note-saved-answers = Saved your answers to { $path }.
note-ask-replace-file = { $path } exists. Replace it?
note-saved-answers-private = Saved your answers to { $path } (only you can read it). Run this again with: backcheck --answers { $path }

## Check-ins

error-checkin-before-start = a check-in for { $date } would come before your starting point ({ $start }); check-ins count from the starting point on
hint-checkin-before-start = give a --date on or after { $start }, or record an earlier starting point with `backcheck --record --replace --date YYYY-MM-DD`
note-ask-replace-checkin = You already have a check-in for { $date }. Replace it with a new one?
note-nothing-changed = Nothing was changed.

## Deleting

error-delete-unconfirmed = not deleting { $kind ->
    [checkin] the check-in of { $date }
   *[journal] { $path }
} without confirmation: there is no terminal to ask on; add --yes
note-delete-warning = This cannot be undone. Type yes to delete:
# The word to type (note-delete-warning names it).
note-delete-yes = yes
error-no-checkin-on-date = there is no check-in for { $date } in { $path }; `backcheck journal list` shows the dates
note-ask-delete-checkin = Delete the check-in of { $date } (pain { $pain } of 10, activity limits { $activity } of 10) from { $path }?
note-nothing-deleted = Nothing was deleted.
note-deleted-checkin = Deleted the check-in of { $date } from { $path }.
note-no-journal-to-delete = No journal at { $path }; nothing to delete.
note-ask-delete-journal = Delete the journal at { $path } ({ $count } check-ins and the starting point)?
note-deleted-journal = Deleted the journal at { $path }.

## Importing (`journal import`)

error-import-not-empty = the journal at { $path } already holds data; import goes into an empty journal (use another --journal, or `backcheck journal delete` first)
# $kind: with-start when the export has a starting point, else without;
# $replaced: how many replaced starting points it has.
note-imported = Imported { $count } check-ins{ $kind ->
    [with-start] { $replaced ->
        [0] {" "}and the starting point
        [one] , the starting point and { $replaced } replaced starting point
       *[other] , the starting point and { $replaced } replaced starting points
    }
   *[without] { $replaced ->
        [0] {""}
        [one] {" "}and { $replaced } replaced starting point
       *[other] {" "}and { $replaced } replaced starting points
    }
} into { $path }.
# A file that is not the export's JSON. $kind: syntax, eof, missing-field,
# unknown-field, duplicate-field, invalid, other; $text: what the JSON reader
# said; $field: the field it is about.
error-import-shape = { $path }:{ $line }:{ $column }: { $kind ->
    [missing-field] missing field `{ $field }` at line { $line } column { $column }
   *[other] { $text }
}
# Where in the file. $kind: baseline, replaced, checkin; $count: which one.
error-import-place = { $kind ->
    [baseline] baseline
    [replaced] replaced baseline { $count }
   *[checkin] check-in { $count }
}
# The value's name.
error-import-field = { $kind ->
    [verdict] verdict
    [pain-duration] pain duration
    [questionnaire-id] questionnaire id
    [questionnaire-version] questionnaire version
    [side-effect] side effect
    [massage-kind] massage kind
    [global-change] global change
    [status] status
    [sign] sign
    [pain] pain
   *[activity-limits] activity limits
}
# $what: the place (error-import-place); $field: the name (error-import-field)
error-import-version = schema_version { $version } is not one this backcheck reads (1)
error-import-date-unreal = { $what }: date { $text } is not a real YYYY-MM-DD date
error-import-date-future = { $what }: date { $date } is in the future
error-import-scale = { $what }: { $field } { $count } is not from 0 to 10
error-import-id = { $what }: { $field } { $text } is not an id (lower-case letters, digits, _ - .)
error-import-replaced-at = { $what }: replaced_at { $text } is not an RFC 3339 time
error-import-date-twice = { $what }: date { $date } appears twice; a journal has one check-in per date

## Scoring many answer sets (`score`)

error-csv-header = line 1: the CSV header cannot be read: { $why }
error-record-too-long = the record is longer than { $limit } bytes
error-record-not-utf8 = the record is not UTF-8 text
error-row-not-utf8 = the row is not UTF-8 text
error-row-fields = the row has { $count } fields, the header { $total }
error-reading-stopped = the reading thread stopped
error-column-unknown = { $path }:1:{ $column }: column `{ $id }` is not a question of this questionnaire
# Added to error-column-unknown when a question id is close.
error-did-you-mean = ; did you mean `{ $id }`?
hint-column-unknown = the header has `_id` and question ids; `backcheck questions` lists them
error-column-twice = { $path }:1:{ $column }: column `{ $id }` is there twice
error-id-twice = `_id` is there twice
error-cannot-write-result = cannot write the result: { $why }
# $text: the cell, quoted; $kind: with-unsure when "not sure" is an answer too
error-cell-yes-no = { $path }:{ $line }:{ $column }: { $text } is not an answer to `{ $id }`; accepted: yes, no, true, false, 1 or 0{ $kind ->
    [with-unsure] , or not sure
   *[plain] {""}
}
# The closing count. $count: answer sets scored; $emergencies and
# $doctor_first: how many of them are those verdicts.
note-scored = { $count ->
    [one] { $count } answer set
   *[other] { $count } answer sets
} scored: { $emergencies ->
    [one] { $emergencies } is
   *[other] { $emergencies } are
} emergency, { $doctor_first ->
    [one] { $doctor_first } is
   *[other] { $doctor_first } are
} see_doctor_first; { $kind ->
    [none] none needs same-day review
   *[some] review these the same day
}
error-records-failed = { $count } of { $total } answer sets could not be scored (lines { $text }); each has an error record in the output
# The progress bar: how many so far, and the time left ($time is filled by
# the bar).
note-progress = { $count } answer sets
note-progress-left = ({ $time } left)

## Survey exports

note-columns-ignored = { $count ->
    [one] { $path }: 1 column is not a question and is ignored: { $columns } (--strict-columns refuses it)
   *[other] { $path }: { $count } columns are not questions and are ignored: { $columns } (--strict-columns refuses them)
}

## FHIR QuestionnaireResponse as answers (--answers, checkin --answers, score)
fhir-in-not-response = this is a FHIR { $found }, not a QuestionnaireResponse; --answers reads a QuestionnaireResponse (FHIR R4 JSON), a TOML or a JSON answers file
fhir-in-other-questionnaire = this response answers the questionnaire { $found }, not { $ours }; answer this one (`backcheck questions --format fhir` writes it)
fhir-in-other-version = this response answers version { $found } of the questionnaire; this is version { $ours } (the first number must be the same)
fhir-in-status = this response's status is "{ $found }"; accepted: "completed" or "amended" (an "in-progress" one is refused as unfinished)
fhir-in-foreign-system = the coding for `{ $question }` is from the code system { $system }; accepted: a code with no system or with { $ours }
fhir-in-in-progress = { $count ->
    [0] { $path } is marked "in-progress": finish it in the forms app, or mark it "completed"
    [one] { $path } is marked "in-progress" (not finished); 1 required question has no answer yet:
   *[other] { $path } is marked "in-progress" (not finished); { $count } required questions have no answer yet:
}
fhir-in-in-progress-hint = finish the form and send it again; backcheck reads only a finished response
error-bundle-needs-fhir = --bundle is for --format fhir (a Bundle of the Questionnaire and its CodeSystem)
error-document-too-large = the JSON document is larger than { $limit } bytes; split it, or write one response per line (NDJSON)
error-document-json = not a JSON document: { $why }; accepted: JSON Lines (one object per line), a FHIR Bundle, or CSV
error-import-fhir-questionnaire = { $at }: a response to { $found }; a journal's Bundle holds responses to { $assessment } (the starting point) and { $checkin } (check-ins)
error-import-fhir-authored = { $at }: "authored" is { $text }; accepted: a date, YYYY-MM-DD, or a date and time
error-import-fhir-no-pain = { $at }: the assessment has no pain answer, so it cannot be a starting point
error-columns-file = { $at }: not a columns file: { $why }; write one line per header, "Header as exported" = "question_id"
error-columns-unknown = { $at }: `{ $id }` is not a question id (or "_id")
