# Words of the safety net (safety-net.toml): the words of each disposition,
# the title of each tier, and each sign. See docs/translating.md.

## Dispositions: the headline, .advice (for the factors that share it: { $topics })
disposition-now-emergency = Call { $emergency_number } now, or go to { $emergency_department }.
    .advice = Call { $emergency_number } now, or go to { $emergency_department }, because of: { $topics }.
disposition-now-maternity = Call your maternity unit or midwife now. If you cannot reach them, call { $emergency_number }.
    .advice = Call your maternity unit or midwife now about: { $topics }. If you cannot reach them, call { $emergency_number }.
disposition-now-cancer-team = Call your cancer team's 24-hour line now. If you do not have one, or cannot reach them, call { $emergency_number } or go to { $emergency_department }.
    .advice = Call your cancer team's 24-hour line now about: { $topics }. If you do not have one, or cannot reach them, call { $emergency_number } or go to { $emergency_department }.
disposition-today-urgent-care = Get help today: contact { $same_day }.
    .advice = Contact { $same_day } today about: { $topics }.
disposition-today-maternity = Call your maternity unit or midwife today.
    .advice = Call your maternity unit or midwife today about: { $topics }.
disposition-today-cancer-team = Contact your cancer team today (within 24 hours). If you no longer have a cancer team, contact { $same_day } today. Say that you have had cancer.
    .advice = Contact your cancer team today (within 24 hours) about: { $topics }.
disposition-today-pharmacist = See a pharmacist or your { $family_doctor } today.
    .advice = See a pharmacist or your { $family_doctor } today about: { $topics }. Treatment works best when it starts within about 3 days of the rash. If you are pregnant, have a weak immune system, or the rash is near your eye, see a doctor today.
disposition-within-days-doctor = See your { $family_doctor } within a few days.
    .advice = Whether or not you want massage, see your { $family_doctor } within a few days about: { $topics }.
disposition-routine-doctor = No rush: check with your { $family_doctor } before you book a massage.
    .advice = Before massage, ask your { $family_doctor } about: { $topics }.
disposition-routine-maternity = No rush: check with your midwife or { $family_doctor } before you book a massage.
    .advice = Before massage, ask your midwife or { $family_doctor } about: { $topics }.
disposition-routine-therapist = Nothing urgent came up in your answers.
    .advice = Tell your massage therapist about: { $topics }.
disposition-none-none = Nothing urgent came up in your answers.

## Tier now
tier-now = Call { $emergency_number } now, or go to { $emergency_department }, if
sign-saddle_numbness = you start to have numbness or tingling around your genitals or bottom
sign-bladder_bowel = you start to leak pee or poo, cannot pee, or cannot feel when you need to go or when you are going
sign-both_legs = you get new pain, numbness, tingling or weakness in both legs, or it quickly gets worse
sign-sexual_problems = you lose feeling in your genitals, or cannot get an erection or ejaculate as before
sign-sudden_severe_pain = you get sudden, very bad pain in your back or tummy, a tearing pain in your chest or between your shoulder blades, or you feel faint, sweaty or dizzy with your pain
sign-chest_pain = you get chest pain, suddenly become short of breath, or cough up blood
sign-serious_fall = you have a serious fall or accident

## Tier today
tier-today = Contact { $same_day } the same day if
sign-fever = you get a high temperature, or feel hot and shivery
sign-swollen_leg = one leg becomes swollen, or warm and red or darker
sign-weak_leg = one leg becomes weak or numb in a new way (if you have had cancer, call your cancer team or { $emergency_number } now instead)
sign-rash = a painful rash or blisters appear in a band on one side of your body
