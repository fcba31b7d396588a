# backcheck's words in its reports: headings, table columns, and the short
# phrases around the content's words. See docs/translating.md.

## The assessment

report-meta = Date: { $date } · Questionnaire: { $id } { $version }
report-get-help-now = GET HELP NOW
report-verdict = Verdict: { $verdict }
report-why = Why
report-nothing-found = None of your answers pointed to a factor in this questionnaire.
report-because = Because you answered “{ $answer }” to: { $question }
report-next = What to do next
report-where-it-hurts = Where it hurts: { $places }.
report-pressure = Pressure that feels right: { $pressure }.
report-your-answers = Your answers
report-private = These are private health answers: keep this report safe, and share it only with people you choose.
report-question = Question
report-answer = Answer
report-research = What the research says
report-references = References

## How soon a sign needs acting on, after its name

timing-now = get help now
timing-today = get seen today
timing-within-days = see a doctor within a few days
timing-routine = check before massage
timing-none = nothing urgent

## The trend

report-date = Date: { $date }
report-after-effects-on = { $date }: { $effects }
report-yes = yes
report-no = no
column-date = Date
column-pain = Pain
column-activity = Activity limits
column-rating = Your rating
column-massage = Massage
column-urgent = Urgent sign
column-after-effects = After-effects

## Said once in a report whose language a medical translator has not yet reviewed

report-unreviewed = This translation has not yet been reviewed by a medical translator. If a word is unclear, ask a healthcare professional.
