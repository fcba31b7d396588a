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

## The journal listing

journal-title = Journal
journal-path = Journal: { $path }
journal-missing = No journal yet at { $path }. Start one with `backcheck checkin`.
journal-starting-point = Starting point: { $date }, pain { $pain } of 10, { $verdict }
journal-no-starting-point = Starting point: none yet (record one with `backcheck --record`)
journal-replaced = . It replaced the starting point of { $date }, pain { $pain } of 10, on { $on }
journal-count = { $count ->
    [one] { $count } check-in
   *[other] { $count } check-ins
}
journal-entry = { $date }: pain { $pain }, activity limits { $activity }, massage { $massage }
journal-entry-urgent = , an urgent sign
journal-entry-rated = , rated { $rating }
journal-entry-after-effects = ; after-effects: { $effects }
column-limits = Limits
column-urgent-short = Urgent
column-rating-short = Rating

## The weekly check-in

checkin-report-title = Weekly check-in

## The questions listing (`backcheck questions`), for reviewers

test-equals = { $question } is { $value }
test-one-of = { $question } is one of { $value }
test-at-least = { $question } is at least { $value }
test-at-most = { $question } is at most { $value }
test-above = { $question } is above { $value }
test-below = { $question } is below { $value }
test-and = {" "}and{" "}
test-or = {" "}or{" "}
test-not = not ({ $test })
listing-not-sure = not sure
listing-the-answer = answer
listing-effect-when = , when { $test }
listing-yes-no = yes/no
listing-yes-no-not-sure = yes/no/not sure
listing-choose-one = choose one
listing-choose-any = choose any
listing-scale = scale { $min } ({ $min_label }) to { $max } ({ $max_label })
listing-number = number { $min }-{ $max }{ $unit }
listing-count = { $more ->
    [yes] { $questions } questions (a few more may follow from your answers), { $factors } factors. Piped answers go one per line in this order;
   *[no] { $questions } questions, { $factors } factors. Piped answers go one per line in this order;
}
listing-piped = a question whose "asked when" does not hold takes no line.
listing-optional = , optional
listing-answers = answers:
listing-asked-when = asked when:
listing-effect = effect:
listing-heading = { $more ->
    [yes] Questionnaire { $id } version { $version }: { $questions } questions (a few more may follow from your answers), { $factors } factors.
   *[no] Questionnaire { $id } version { $version }: { $questions } questions, { $factors } factors.
}
listing-questions = Questions
listing-help = Help:
listing-options = Options:
listing-asked-when-md = Asked when:
listing-effect-md = Effect:
listing-how = How the answers become a verdict
listing-how-text = The most urgent kind of factor an answer triggers decides, and nothing can outweigh it: emergency (get help now), then red_flag (see a doctor first), then caution (check first). Without any of these, benefit factors add points for their level (moderate 1, high 2).
listing-points = From { $likely } points the verdict is "{ $likely_title }", from { $may } points "{ $may_title }", and below that "{ $unlikely_title }".
listing-factors = Factors
listing-factors-header = | Id | Label | Kind | What it means | What to do |
listing-notes = Notes
listing-note = When { $test }: { $text }

## The note for a therapist on one line (the JSON's advice list)

therapist-line-where = where it hurts: { $places }
therapist-line-pressure = pressure: { $pressure }
