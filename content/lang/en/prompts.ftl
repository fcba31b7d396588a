# backcheck's words while a person answers: the prompts at the terminal
# (lists and plain typed lines), and what is said about answers (accepted
# words, problems with piped lines and answers files). See docs/translating.md.

## Words accepted as answers, besides ids and numbers: comma lists, compared
## in any case and without accents. English's own words are always accepted.

answer-yes-words = y, yes
answer-no-words = n, no
answer-not-sure-words = not sure, unsure
answer-skip-words = skip
answer-back-words = back
answer-none-words = none

## An answer in words

answer-yes = yes
answer-no = no
answer-not-sure = not sure
answer-none = none
answer-on-scale = { $n } on the { $min }-{ $max } scale
answer-quoted = “{ $answer }”
answer-no-answer = no answer
answer-skipped = skipped
answer-an-earlier-answer = an earlier answer
answer-question-ref = question { $number } (`{ $id }`: { $answer })
answer-your-answer-to = your answer to { $parts }
answer-and = {" "}and{" "}
answer-ignored = warning: the answer to `{ $id }` is ignored: { $why } hides that question

## What a question accepts

answer-accepted-yes-no = y, yes, n or no
answer-accepted-yes-no-not-sure = y, yes, n, no or not sure
answer-accepted-choice = one of { $values } (or its number, 1-{ $count }, or its words)
answer-accepted-multi = any of { $values } (or their numbers, 1-{ $count }) separated by commas, or none
answer-accepted-number = a whole number from { $min } to { $max }
answer-accepted-or-skip = , or skip
answer-file-accepted-yes-no = true or false (or "yes" or "no")
answer-file-accepted-yes-no-not-sure = true, false or "not_sure" (or "yes" or "no")
answer-file-accepted-choice = one of { $values } (or its words)
answer-file-accepted-multi = an array of any of { $values } (or [] for none)

## Problems with answers

answer-file-bad = { $given } is not an answer to `{ $question }`; accepted: { $accepted }
answer-file-unknown = `{ $key }` is not a question of this questionnaire
answer-did-you-mean = ; did you mean `{ $id }`?
answer-file-twice = `{ $key }` is answered twice; give each question one answer
answer-file-bare-word = `{ $key } = { $word }`: a word needs quotes in an answers file; write { $bool ->
    [true] { $key } = "{ $word }" or { $key } = true
    [false] { $key } = "{ $word }" or { $key } = false
   *[other] { $key } = "{ $word }"
}
answer-file-problems = { $path } has { $count } problems:
answer-file-hint = hint: `{ $list }` lists every question id and what it accepts
answer-hint = hint: { $hint }
answer-note = note: { $note }
answer-line-too-long = line { $line } is longer than { $limit } bytes; each answer goes on its own short line
answer-bad-line = line { $line } (question { $number }, `{ $question }`): { $given } is not an answer here; accepted: { $accepted }
answer-ended-early = { $line ->
    [0] no answers came in
   *[other] the answers ended after line { $line }
}, but question `{ $question }` still needs an answer ({ $text })
answer-ended-early-hint = hint: run `{ $list }` to see every question in order
answer-left-over = line { $line }: { $given } is left over: every question already has its answer
answer-left-over-hint = hint: a question hidden by an earlier answer takes no line; `{ $list }` lists them
answer-missing = { $count ->
    [one] { $path }: { $count } required question has no answer:
   *[other] { $path }: { $count } required questions have no answer:
}
answer-outdated = { $count ->
    [one] { $path } was saved for { $questionnaire } { $saved }; this is version { $current }, which asks { $count } question that the file does not answer:
   *[other] { $path } was saved for { $questionnaire } { $saved }; this is version { $current }, which asks { $count } questions that the file does not answer:
}
answer-outdated-hint = add those answers, or answer every question again with `backcheck --save-answers { $path }`
answer-question-n = question { $number }
answer-question-n-id = question { $number } (`{ $id }`)
answer-asked-because = { $which } was asked because of { $why }
answer-took-no-line = question { $number } (`{ $id }`) took no line: it was not asked because of { $why }
answer-json-one-object = one JSON object, {"{"}"question_id": answer, ...{"}"}
answer-json-expected-value = expected a value: true, false, a number, a "string" or an [array]
answer-json-key = expected a question id in double quotes, or {"}"}
answer-json-trailing-comma = expected another "id": value after the comma, or no comma
answer-json-eof-object = the file ended before the closing {"}"}
answer-json-eof-list = the file ended before the closing ]
answer-json-eof-string = the file ended inside a string; close it with "
answer-json-eof-value = the file ended where a value was expected
answer-json-trailing = expected the end of the file after the closing {"}"}

## The prompts at a terminal

prompt-no-terminal = standard error is not a terminal, so there is nowhere to ask the questions
prompt-question-of = Question { $position } of { $total }
prompt-key-yes = y
prompt-key-no = n
prompt-yes = Yes
prompt-no = No
prompt-not-sure = Not sure
prompt-skip = Skip this question
prompt-yes-or-no = Yes or no
prompt-yes-no-not-sure = Yes, no or not sure
prompt-hint-yes-no = Press y or n. Esc goes back.
prompt-hint-yes-no-not-sure = Press y or n, or pick “Not sure”. Esc goes back.
prompt-hint-yes-no-skip = Press y or n, or pick “Skip”. Esc goes back.
prompt-hint-choice = Type an option's number, or use the arrows; Enter picks.
prompt-choose-one = Choose one
prompt-hint-multi = Type a row's number or use the arrows, Space ticks it, Enter when done; nothing ticked means none.
prompt-choose-all = Choose all that apply
prompt-hint-scale = Type the number, or use the arrows; Enter picks.
prompt-choose-number = Choose a number
prompt-hint-number = A whole number from { $min } to { $max }{ $unit }. Type back to go back{ $skip }.
prompt-or-skip = , or skip
prompt-type-number = Type a number
prompt-number-range = From { $min } to { $max }, or back
prompt-what-next = What next?
prompt-urgent-show = Show me what to do now
prompt-urgent-go-on = Go on with the questions
prompt-urgent-mistake = I pressed yes by mistake
prompt-urgent-not-sure = If you are not sure, treat it as yes.
prompt-how-long = { $count } questions, { $minutes }
prompt-how-long-more = { $count } questions (a few more may follow from your answers), { $minutes }
prompt-minutes = { $count ->
    [one] about a minute
   *[other] about { $count } minutes
}
prompt-intro = { $how_long }. Esc goes back one question. Ctrl-C stops, and nothing is saved.
prompt-first-question = This is the first question; there is none before it.
prompt-back = Back to the previous question.
prompt-noted = Noted: { $sign }. This is a warning sign; your summary will say what to do.
prompt-your-answers = Your answers
prompt-show-summary = Show my summary
prompt-change-answer = Change an answer
prompt-ready = Ready?
prompt-hint-back-to-list = Esc goes back to the list.
prompt-hint-review = Esc goes back to the last question.
prompt-which-answer = Which answer?
prompt-save = Save your answers to a file, to run this again later?
prompt-file-name = File name

## Plain prompts (--plain): typed lines

prompt-plain-intro = { $how_long }. Type back to go to the previous question. Press Ctrl-C to stop; nothing is saved.
prompt-plain-question = Question { $position } of { $total }: { $text }
prompt-plain-yes-no = Type y or n
prompt-plain-yes-no-not-sure = Type y, n or not sure
prompt-plain-choice = Type a number from 1 to { $count }
prompt-plain-multi = Type the numbers that apply, separated by commas, or none
prompt-plain-scale = Type a number from { $min } ({ $min_label }) to { $max } ({ $max_label })
prompt-plain-number = Type a number from { $min } to { $max }
prompt-plain-number-unit = Type a number of { $unit } from { $min } to { $max }
prompt-plain-back = . Type back for the previous question.
prompt-plain-keep = Press Enter to keep your answer: { $answer }.
prompt-plain-not-an-answer = Sorry, that is not an answer here. { $how }
prompt-plain-pick-again = Please type a number from 1 to { $n }.
prompt-plain-get-help = GET HELP NOW.
prompt-plain-pick-3 = Type a number from 1 to 3:
prompt-plain-your-answers = Your answers:
prompt-plain-review-row = { $number }. { $text } Your answer: { $answer }.
prompt-plain-review-pick = Type a number to change that answer, or press Enter to see your summary:
prompt-plain-review-back = Type back to go to the last question.
prompt-plain-save = Save your answers to a file, to run this again later? Type y or n:
prompt-plain-file-name = File name (press Enter for { $suggestion }):
prompt-plain-confirm = { $question } Type y or n:
