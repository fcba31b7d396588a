# Words of checkin.toml: what the person reads.
# Ids: q-<question> (.help .sign .min .max .unit .o-<option>),
# f-<factor> (.explanation .advice .topic .therapist .low .moderate .high),
# note-<note>, and the named messages below. See docs/translating.md.

## The questionnaire
title = Weekly check-in: how is your back?
intro = A few questions about the past week. Answer once a week, on about the same day, so backcheck can show whether things are changing for you. Your answers are kept only in your journal on this computer.
consult = This is not a diagnosis. Talk to a doctor, physiotherapist or other healthcare professional about your back pain, and before you start a new treatment.

## Check-in statuses: title, .summary, .advice-1 ...
status-urgent = Get help now
    .summary = Some of your answers can be signs of a serious problem that needs help now. Do not wait, and do not have another massage until you have been seen.
status-stop_and_get_checked = Stop massage and get checked
    .summary = Something you reported this week should be checked by a doctor before you have another massage.
status-much_worse = Much worse or very bad: get checked
    .summary = Your pain or how much it limits you is much worse than at your starting point, or very bad this week (8 or more of 10). That needs a closer look within a few days, not in a few weeks.
    .advice-1 = Go through the warning signs again: run `backcheck` and answer the questions.
    .advice-2 = Contact your { $family_doctor } or a physiotherapist about your back within a few days.
    .advice-3 = Pause massage until you have been seen.
status-tell_your_therapist = Check-in saved: tell your therapist
    .summary = Some after-effects of massage are worth mentioning to your massage therapist.
status-saved = Check-in saved
    .summary = Thank you. Run `backcheck trend` to see how things are going.

## Check-in messages
checkin-saved = Check-in saved for { $date }: pain { $pain } of 10, activity limits { $activity } of 10{ $massage }.
checkin-massage-yes = , massage this week
checkin-massage-no = , no massage this week
checkin-not-saved = Check-in not saved: it needs your pain and activity limits.
checkin-next-step = Run `backcheck trend` to see how things are going.
checkin-for-date = This check-in is for { $date }.
checkin-reminder-title = Weekly back check-in
checkin-reminder-text = Time for your weekly back check-in: run `backcheck checkin` (a minute or two).
checkin-reminder-note = a weekly reminder on { $day } at { $time }, from { $date }: import the file into your calendar

## The trend
trend-title = How is your back changing?

## Trend verdicts: title, .summary
trend-verdict-urgent = Get help now
    .summary = Your check-in of { $date } has an urgent warning sign: { $signs }. Call { $emergency_number } now, or go to { $emergency_department }.
trend-verdict-see-doctor-today = Get help today about a warning sign
    .summary = Your check-in of { $date } has a warning sign that needs a doctor today: { $signs }. Contact { $same_day } today, before any more massage.
trend-verdict-see-doctor = See a doctor about a warning sign
    .summary = Your check-in of { $date } has a warning sign: { $signs }. See your { $family_doctor } within a few days, before your next massage.
trend-verdict-worse = Getting worse: get checked
    .summary = Your pain or how much it limits you is clearly worse than at your starting point.
trend-verdict-worse-numbness = New numbness after a massage: stop and get checked
    .summary = New numbness after a massage, in your check-in of { $date }: stop massage and get checked.
trend-verdict-worse-rating = You feel much worse: get checked
    .summary = In your check-in of { $date } you rated your back much worse than at your starting point. Your own view counts, whatever the numbers say.
trend-verdict-not-enough-data = Not enough check-ins yet
    .summary = Check in once a week. After { $checkins_needed } check-ins from your starting point, at least { $min_days } days apart, backcheck can say whether things are getting better for you. If they get worse, it says so at once.
trend-verdict-improving = Improving
    .summary = Your pain or how much it limits you has gone down by an amount that usually matters to people, and your latest check-in agrees.
trend-verdict-no-meaningful-change = No clear change yet
    .summary =
    Neither your pain nor how much it limits you has changed by the { $meaningful_points ->
        [one] { $meaningful_points } point
       *[other] { $meaningful_points } points
    }, or { $meaningful_percent }%, that usually mark a real change.

## Trend reasons
trend-reason-urgent-latest = Your check-in of { $date } has an urgent warning sign: { $signs }. Get help now.
trend-reason-warning-signs = Your check-in of { $date } has a warning sign: { $signs }.
trend-reason-numbness = New numbness after a massage, in your check-in of { $date }.
trend-reason-rated-much-worse = In your check-in of { $date }, you rated your back much worse than at your starting point.
trend-reason-high-latest = In your check-in of { $date }, { $what } was { $score } of 10: very bad, whatever it was at your starting point.
trend-reason-what-pain = your pain
trend-reason-what-activity = how much pain limited your daily activities
trend-reason-no-checkins = There are no check-ins yet.
trend-reason-start-assessment = Your starting point is the assessment of { $date } (pain { $pain } of 10).
trend-reason-start-checkin = Your starting point is your first check-in, of { $date } (pain { $pain } of 10). Record an assessment with `backcheck --record` to start from that instead.
trend-reason-start-at-worst = People often start checking in during a bad week, so later weeks often look better, whatever you do.
trend-reason-start-replaced = Your starting point replaced an earlier one, of { $date } (pain { $pain } of 10), on { $on }.
trend-reason-before-start = Check-ins dated before your starting point do not count: { $count } of them.
trend-reason-too-few-none = You have no check-ins after your starting point yet; { $checkins_needed } are needed to say that things are getting better.
trend-reason-too-few-one = You have 1 check-in after your starting point; { $checkins_needed } are needed to say that things are getting better.
trend-reason-too-few-some = You have { $count } check-ins after your starting point; { $checkins_needed } are needed to say that things are getting better.
trend-reason-too-close = Your check-ins after your starting point are only { $days } days apart; they need to span at least { $min_days } days to say that things are getting better.
trend-reason-basis-average = the average of your last two check-ins; { $latest } in the latest
trend-reason-basis-latest = in your latest check-in
trend-reason-pain-rose =
    Your pain went from { $start } at your starting point to { $now } ({ $basis }): up { $points ->
        [one] { $points } point
       *[other] { $points } points
    }. A rise of { $meaningful_points ->
        [one] { $meaningful_points } point
       *[other] { $meaningful_points } points
    } or more is a change that matters, and so is a rise of { $meaningful_percent }% or more, if it is at least 1 point.
trend-reason-pain-fell =
    Your pain went from { $start } at your starting point to { $now } ({ $basis }): down { $points ->
        [one] { $points } point
       *[other] { $points } points
    } ({ $percent }%). A drop of { $meaningful_points ->
        [one] { $meaningful_points } point
       *[other] { $meaningful_points } points
    } or more is the usual mark of a change that matters, and so is a drop of { $meaningful_percent }% or more, if it is at least 1 point.
trend-reason-pain-down-a-little =
    Your pain went from { $start } at your starting point to { $now } ({ $basis }): down { $points ->
        [one] { $points } point
       *[other] { $points } points
    }, not a clear change.
trend-reason-pain-up-a-little =
    Your pain went from { $start } at your starting point to { $now } ({ $basis }): up { $points ->
        [one] { $points } point
       *[other] { $points } points
    }, not a clear change.
trend-reason-pain-unchanged = Your pain went from { $start } at your starting point to { $now } ({ $basis }): unchanged.
trend-reason-activity-rose =
    How much pain limits your daily activities went from { $start } at your starting point to { $now } ({ $basis }): up { $points ->
        [one] { $points } point
       *[other] { $points } points
    }, a change that matters.
trend-reason-activity-fell =
    How much pain limits your daily activities went from { $start } at your starting point to { $now } ({ $basis }): down { $points ->
        [one] { $points } point
       *[other] { $points } points
    } ({ $percent }%), a change that usually matters to people.
trend-reason-activity-down-a-little =
    How much pain limits your daily activities went from { $start } at your starting point to { $now } ({ $basis }): down { $points ->
        [one] { $points } point
       *[other] { $points } points
    }, not a clear change.
trend-reason-activity-up-a-little =
    How much pain limits your daily activities went from { $start } at your starting point to { $now } ({ $basis }): up { $points ->
        [one] { $points } point
       *[other] { $points } points
    }, not a clear change.
trend-reason-activity-unchanged = How much pain limits your daily activities went from { $start } at your starting point to { $now } ({ $basis }): unchanged.
trend-reason-natural-recovery = Your pain had begun less than 12 weeks before your starting point. Back pain that new often gets much better by itself, so some of this may be natural recovery.
trend-reason-massage-weeks =
    You recorded a massage in { $count } of your { $of ->
        [one] { $of } check-in
       *[other] { $of } check-ins
    } since your starting point.
trend-reason-cause-unknown = A trend shows how things changed, not why: exercise, rest, other treatment, time or changes in your life can all play a part.
trend-reason-earlier-urgent = Your check-in of { $date } had an urgent warning sign: { $signs }.
trend-reason-earlier-warning = Your check-in of { $date } had a warning sign: { $signs }.
trend-reason-stale = Your last check-in was { $days } days ago; check in weekly to keep this up to date.
trend-reason-rated = In your check-in of { $date }, you rated your back “{ $rating }” compared with your starting point.
trend-reason-rated-better-figures-worse = You rated your back better, but your pain or activity figures have gone up by a clear amount. Both matter: mention it when you see a professional.
trend-reason-rated-worse-figures-better = Your pain or activity figures have gone down, but you rated your back worse. Both matter: mention it when you see a professional.

## Trend advice
trend-advice-get-help = Call { $emergency_number } now, or go to { $emergency_department }. Do not wait, and do not have another massage until you have been seen.
trend-advice-see-doctor-today = Contact { $same_day } today and tell them what is new.
trend-advice-see-doctor-soon = See your { $family_doctor } within a few days and tell them what is new.
trend-advice-stop-for-numbness = Stop having massage and see your { $family_doctor } within a few days about the numbness. If it spreads or a leg gets weak, contact { $same_day } today.
trend-advice-first-checkin = Run `backcheck checkin` once a week, on about the same day.
trend-advice-check-in-weekly = Check in once a week with `backcheck checkin`.
trend-advice-recheck-signs = Go through the warning signs again (run `backcheck`), and contact your { $family_doctor } or a physiotherapist about your back within a few days.
trend-advice-stop-massage = Pause massage until you have been seen.
trend-advice-check-earlier = If you have not yet been checked about the earlier warning signs listed above, get checked before your next massage.
trend-advice-keep-going = Keep going with what helps, and keep moving: exercise has the best evidence for back pain in the long run.
trend-advice-move-on = Your back has been better for several weeks. Now is a good time to move on to exercise and self-care, and to ask whether you still need massage.
trend-advice-other-options = After { $massage_weeks } or more weeks with massage and no clear change, talk to your { $family_doctor } or a physiotherapist about other options, such as an exercise programme.
trend-advice-fair-trial = Keep checking in weekly; give any treatment a fair trial of several weeks.

## Trend chart
trend-chart-legend = Pain (P) and activity limits (A), 0 to 10; * where both; M = massage that week
trend-chart-mark-both = *
trend-chart-mark-pain = P
trend-chart-mark-activity = A
trend-chart-mark-massage = M
trend-chart-baseline = starting point { $pain } ({ $date })
trend-chart-baseline-activity = activity limits at the start { $activity } ({ $date })
trend-chart-empty = (no check-ins yet)
trend-chart-last-shown = (the last { $shown } of { $total } check-ins)
trend-chart-svg-title = Back pain check-ins: pain and activity limits by week
trend-chart-svg-heading = Pain and activity limits by week (0 to 10)
trend-chart-svg-pain = pain
trend-chart-svg-activity = activity limits
trend-chart-svg-massage = week with a massage
trend-chart-after-effects = After-effects of massage
trend-chart-rating = Your own rating ({ $date }): { $rating }

## Factors

f-nerve_emergency = Signs of pressure on the nerves at the base of the spine
    .explanation = These signs can mean the nerves at the bottom of the spine are being squeezed: new numbness around the genitals or bottom, new bladder or bowel trouble, new problems with sex, or new or worse symptoms in both legs. This is rare. It needs treatment within hours to avoid lasting harm.
    .advice = Tell them you have back pain with these symptoms and are worried about cauda equina syndrome. Do not drive yourself.
    .topic = new nerve symptoms with back pain

f-vascular_emergency = Sudden, very bad pain, or pain with feeling faint
    .explanation = Sudden, very bad pain, or pain with feeling faint, sweaty or dizzy, can come from the body's main blood vessel. So can tummy pain, or a tearing pain in the chest or between the shoulder blades.
    .topic = sudden, very bad pain

f-breathing_emergency = New shortness of breath or coughing up blood
    .explanation = New breathlessness or coughing up blood can be a blood clot in the lung, especially with a swollen leg.
    .topic = shortness of breath or coughing up blood

f-unsure_sign = Not sure about a serious warning sign
    .explanation = You were not sure about a sign that can be serious. It is safest to have it checked today.
    .advice = If the sign becomes clear, or gets worse, call { $emergency_number } now.
    .topic = the warning sign you were not sure about

f-possible_clot = A leg that is newly swollen, or warm and red or darker
    .explanation = One leg that is newly swollen, or warm and red or darker, can be a blood clot. Massage could move a clot.
    .advice = If you get short of breath or chest pain, call { $emergency_number } now.
    .topic = the swollen, warm, red or darker leg

f-possible_infection = A high temperature
    .explanation = Back pain with a high temperature, or feeling hot and shivery, can be an infection, most often in the kidneys and rarely in the spine. Do not have a massage while you have a high temperature.
    .topic = your high temperature

f-new_leg_weakness = New weakness in one leg
    .explanation = A leg that has become weak, with a foot that drags or a leg that gives way, can mean a nerve in the back is badly pressed.
    .advice = If both legs become weak or numb, or you get bladder or bowel trouble, call { $emergency_number } now.
    .topic = the new weakness in your leg

f-new_injury = A fall or injury since your last check-in
    .explanation = A new fall or injury to the back is worth a doctor's check before your next massage, especially if you have thin bones or are 65 or over.
    .advice = If it was a serious accident, such as a car crash, a fall from a height or a heavy blow, or you cannot move or stand well, call { $emergency_number } now.
    .topic = the fall or injury

f-new_numbness = New numbness after massage
    .explanation = Numbness that is new after a massage can mean a nerve was pressed or irritated.
    .advice = If the numbness spreads or a leg gets weak, get help today: contact { $same_day }.
    .topic = the new numbness after massage

f-new_warning_signs = New warning signs
    .explanation = Weight loss without trying, pain that is there all night, or pain between the shoulder blades is worth a doctor's check, even when it is probably nothing serious.
    .topic = the new warning signs

f-after_effects = After-effects of massage
    .explanation = Feeling sore for a day or two after massage is common, and some people have more pain for a while. Soreness that lasts longer, pain that keeps growing, or bruising may mean the pressure was too firm.
    .advice = At your next massage, ask for lighter pressure. If the pain keeps getting worse, talk to a doctor or physiotherapist.
    .topic = the after-effects

## Questions

q-pain = On average over the past week, how bad has your back pain been?
    .min = no pain
    .max = worst pain you can imagine

q-activity_limits = Over the past week, how much has back pain stopped you from doing your usual daily activities?
    .min = not at all
    .max = could not do them at all

q-saddle_numbness = Since your last check-in, have you had new numbness or tingling around your genitals or bottom (the part you would sit on in a saddle)?
    .help = For example, toilet paper feels different when you wipe.
    .sign = new numbness around the genitals or bottom

q-bladder_bowel = Since your last check-in, have you started to leak pee or poo, been unable to pee or found it much harder to start, or lost the feeling of needing to go or of going?
    .help = Count it if it is new or getting worse. Constipation on its own, or a slow flow you have had for years, does not count.
    .sign = new trouble holding or passing pee or poo

q-both_legs_pain = Do you have pain, numbness, tingling or weakness in both legs that is new, or getting worse?
    .help = Not if you have had the same symptoms in both legs for a long time and they are not changing.
    .sign = new or worse symptoms in both legs

q-sexual_problems = Since your last check-in, have you lost feeling in your genitals or during sex, or had new problems getting an erection or ejaculating?
    .sign = new loss of feeling or new problems with sex

q-sudden_severe_pain = Since your last check-in, has a pain come on suddenly and very badly, with no lifting, twisting or fall to explain it? Or does your pain come with feeling faint, sweaty or dizzy, with pain in your tummy, or with a tearing pain in your chest or between your shoulder blades?
    .help = Answer yes to any part. Pain that started when you lifted or twisted, and has not changed since, is not this sign.
    .sign = sudden, very bad pain

q-short_of_breath = Since your last check-in, have you become short of breath for no clear reason, or coughed up blood?
    .help = Not breathlessness you have had for a long time that has not changed, such as from asthma.
    .sign = new shortness of breath or coughing up blood

q-leg_weakness = Has one of your legs become weak in a new way, so that your foot drags or catches, or your leg gives way?
    .help = If you have had cancer, this needs help now: call your cancer team's 24-hour line or { $emergency_number }.
    .sign = new weakness in one leg

q-calf_swelling = Is one of your legs (the calf or the thigh) newly swollen, or warm and red or darker, compared with the other leg?
    .help = Calf pain alone, as in sciatica, is not this sign. But if the painful leg also looks bigger, or feels warm, answer yes.
    .sign = a leg that is newly swollen, or warm and red or darker

q-fever = Do you have a high temperature, or do you feel hot and shivery?
    .sign = a high temperature

q-new_injury = Since your last check-in, have you had a fall or an injury to your back?
    .sign = a fall or injury

q-new_warning_signs = Since your last check-in, have you lost weight without trying, had back pain that is there all night, or pain between your shoulder blades?
    .help = If you have had cancer, contact your cancer team today about any of these.
    .sign = weight loss, pain all night, or pain between the shoulder blades

q-had_massage = Have you had a massage since your last check-in?

q-massage_minutes = About how long was the massage, in minutes?
    .unit = minutes

q-massage_kind = What kind of massage was it?
    .o-relaxation = Relaxing (gentle, whole back)
    .o-structural = Targeted (firm work on the sore spots)
    .o-other = Something else, or not sure

q-side_effects = After the massage, did you have any of these? Choose all that apply, or none.
    .sign = new numbness after a massage
    .o-lasting_soreness = Soreness that lasted more than two days
    .o-more_pain = More back pain than before
    .o-bruising = Bruising
    .o-new_numbness = New numbness or tingling
    .o-none = None of these

q-global_change = Compared with your starting point, how is your back now, all in all?
    .help = Your own view counts beside the numbers: they do not always agree.
    .o-much_better = Much better
    .o-a_little_better = A little better
    .o-about_the_same = About the same
    .o-a_little_worse = A little worse
    .o-much_worse = Much worse
