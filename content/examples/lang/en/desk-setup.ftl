# Words of desk-setup.toml: what the person reads.
# Ids: q-<question> (.help .sign .min .max .unit .o-<option>),
# f-<factor> (.explanation .advice .topic .therapist .low .moderate .high),
# note-<note>, and the named messages below. See docs/translating.md.

## The questionnaire
title = Would a better desk set-up help my neck and shoulders?
intro = Nine short questions about how you sit and work at a desk. The answer says which parts of your set-up are worth changing, and which signs mean you should see someone first. It is not a diagnosis.
consult = This is not a diagnosis. If your neck or shoulders keep hurting, talk to a doctor, physiotherapist or occupational health adviser.
evidence = Studies of desk set-up changes on their own show small effects at best. Moving often, taking breaks and staying active seem to matter more than any one chair or screen.

benefit-level =
    .low = fine as it is
    .moderate = worth a change
    .high = worth changing first
benefit-later = A new set-up might help later with: { $factors }. That can wait until a doctor has checked the signs above.

## Verdicts: title, .summary, .advice-1 ...
verdict-emergency = Get help now
    .summary = Some of your answers can be a sign of something serious. Call { $emergency_number } now.
verdict-see_doctor_first = See a doctor first
    .summary = Some of your answers should be checked by a doctor before you change anything else.
verdict-check_with_professional = Check with a professional
    .summary = A change of set-up may still help, but some of your answers are worth checking with a physiotherapist first.
verdict-likely_to_help = Changing your set-up is worth a try
    .summary = Several parts of your set-up may add to your neck and shoulder pain.
    .advice-1 = Change one thing at a time, and give each change a week or two.
    .advice-2 = Get up and move at least every half hour.
verdict-may_help = A small change may help
    .summary = One part of your set-up may add to your neck and shoulder pain.
    .advice-1 = Get up and move at least every half hour.
verdict-unlikely_to_help = Your set-up is unlikely to be the cause
    .summary = Your answers do not point to your desk set-up. Moving more during the day may still help.

## Factors

f-arm_nerve_signs = Numbness or weakness in an arm or hand
    .explanation = Numbness or weakness that spreads into an arm or hand can come from a nerve in the neck.
    .advice = Get seen sooner if it is getting worse.
    .topic = the numbness or weakness in your arm

f-chest_pain = Chest pain
    .explanation = Pain in the chest, or pain spreading to the jaw or left arm, can come from the heart.
    .topic = chest pain

f-recent_injury = A recent injury
    .explanation = After a fall or a crash, neck pain should be checked before you try to fix it with a new set-up.
    .topic = your recent injury

f-screen_height = Screen too low or too high
    .explanation = A screen below eye level makes you bend your neck forward for hours.
    .low = Your screen height looks fine.
    .moderate = Raising the screen so its top is near eye level may ease the strain.
    .high = A laptop on a desk is the most common cause of this; a stand or a separate screen may help.

f-long_sitting = Long spells without a break
    .explanation = Sitting still for a long time stiffens the neck and shoulders.
    .low = You take breaks often enough.
    .moderate = A short break every half hour may ease the stiffness.
    .high = Getting up at least every half hour, even for a minute, may help most.

f-arm_support = Shoulders held up while typing
    .explanation = A desk or chair at the wrong height makes you lift your shoulders to type.
    .low = Your arms look well supported.
    .moderate = Setting the chair so your elbows rest near desk height may help.
    .high = Your elbows and your wrists both lack support; a chair with arm rests or a lower desk may help.

## Questions

q-chest_pain_now = Do you have pain in your chest, or pain spreading to your jaw or left arm, right now?

q-arm_numbness = Do you have numbness, tingling or weakness in an arm or hand?

q-recent_fall = Did your neck pain start after a fall, a crash or a blow to the head?

q-pain_now = How bad is your neck or shoulder pain on an average day?
    .min = no pain
    .max = worst pain you can imagine

q-hours_at_desk = On a work day, about how many hours do you sit at a desk?
    .unit = hours

q-breaks = How often do you get up from your desk?
    .o-half_hourly = About every half hour
    .o-hourly = About every hour
    .o-rarely = Every two hours or less often

q-screen = Where is the top of your screen?
    .o-eye_level = About at eye level
    .o-above = Above eye level
    .o-below = Below eye level
    .o-laptop = It is a laptop on the desk

q-unsupported = Which of these are true when you type? Choose all that apply, or none.
    .o-shoulders_up = My shoulders are lifted
    .o-wrists_bent = My wrists are bent up or resting on an edge
    .o-leaning = I lean forward to reach the keyboard

q-chair_type = What do you sit on at your desk?
    .o-office_chair = An adjustable office chair
    .o-fixed_chair = A chair that does not adjust
    .o-other = A stool, sofa or something else

## Notes

note-pain_now = Pain this bad on most days is worth talking about with a doctor, whatever your set-up.

## The safety net

disposition-now-emergency = Call { $emergency_number } now.
    .advice = Call { $emergency_number } now because of: { $topics }.
disposition-within-days-doctor = See your { $family_doctor } within a few days.
    .advice = See your { $family_doctor } within a few days about: { $topics }.
disposition-routine-doctor = No rush: check with a doctor or physiotherapist first.
    .advice = Ask a doctor or physiotherapist about: { $topics }.
disposition-routine-therapist = Nothing urgent: try the changes below.
disposition-none-none = Nothing urgent came up in your answers.
tier-now = Call { $emergency_number } now if
sign-chest_pain = you get pain in your chest, or pain spreading to your jaw or left arm
sign-arm_weak = an arm or hand suddenly goes weak or numb, or your face drops on one side
sign-headache = you get a sudden, very bad headache with a stiff neck
