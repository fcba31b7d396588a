# Words of weekly-massage.toml: what the person reads.
# Ids: q-<question> (.help .sign .min .max .unit .o-<option>),
# f-<factor> (.explanation .advice .topic .therapist .low .moderate .high),
# note-<note>, and the named messages below. See docs/translating.md.

## The questionnaire
title = Would weekly massage help my lower back pain?
intro = This check asks about your lower back pain and your health. It then explains whether weekly massage may be worth a try, and when something else should come first. It is for adults (16 and over). Your answers stay on this computer: nothing is saved unless you choose to save it. It is not a diagnosis and not medical advice.
consult = This is not a diagnosis. Talk to a doctor, physiotherapist or other healthcare professional about your back pain, and before you start a new treatment.
evidence = Research on massage for lower back pain is limited and of low quality. In studies, some people had less pain for weeks to a few months, but not for good. Guidelines suggest massage alongside exercise and staying active, not on its own.

benefit-level =
    .low = a little in your answers
    .moderate = some in your answers
    .high = a lot in your answers
benefit-later = Your answers also show things people often try massage for: { $factors }. Whether to try it can wait until a doctor has checked the signs above.

## Verdicts: title, .summary, .advice-1 ...
verdict-emergency = Get help now
    .summary = Some of your answers can be signs of a serious problem that needs help now. Do not wait, and do not book a massage for this.
verdict-see_doctor_first = See a doctor about these signs
    .summary = Some of your answers are warning signs that a doctor should check, whether or not you want massage. They often turn out to be harmless. Leave massage until you have been seen.
    .advice-1 = Show this report, or tell whoever sees you about the answers listed above.
verdict-check_with_professional = Massage may be possible, with some checks
    .summary = Massage may still be an option for you, but some of your answers mean it should be checked, or changed to suit you, first.
    .advice-1 = If you go ahead, choose a qualified massage therapist and give them the note below. { $therapist_rule }
verdict-likely_to_help = Your answers show several things people try massage for
    .summary = Several of your answers, such as tight muscles, stiffness or stress, are things people often try massage for. No research can tell in advance who massage will help, so a short trial with weekly check-ins is how to find out. Any relief tends to last a short time, so use it alongside exercise.
    .advice-1 = If you try massage, choose a qualified massage therapist. { $therapist_rule }
    .advice-2 = Give it a fair trial, such as { $trial_weeks } weekly sessions, and check in each week (`backcheck checkin`) to see whether it works for you.
    .advice-3 = Keep moving: staying active and exercise have the best evidence for back pain in the long run.
verdict-may_help = Your answers show some things people try massage for
    .summary = Some of your answers are things people often try massage for. No research can tell in advance who massage will help, so a short trial with weekly check-ins is how to find out. Any relief tends to be small and short.
    .advice-1 = If you want to try massage, try a few weekly sessions with a qualified massage therapist. { $therapist_rule }
    .advice-2 = Check in each week (`backcheck checkin`). If things are not clearly better after about { $trial_weeks } sessions, talk to your doctor or a physiotherapist about other options.
    .advice-3 = Keep moving: staying active and exercise have the best evidence for back pain in the long run.
verdict-unlikely_to_help = Your answers show few of the things people usually try massage for
    .summary = Your answers show few of the things people usually try massage for, such as tight muscles, stiffness or stress. A massage may still feel good, and no research can tell in advance who it will help, but exercise and staying active have the better evidence.
    .advice-1 = A physiotherapist can suggest exercises that suit you.

before-you-book = Before you book
    .item-1 = In research, massage sessions lasted about an hour; in one trial people had ten weekly sessions. Short 30-minute sessions did no better than waiting in a study of neck pain.
    .item-2 = Gentle, relaxing massage did about as well as firm, targeted work.
    .item-3 = Feeling sore for a day or two afterwards is common; in some studies up to about 1 in 4 people had more pain for a while.
    .item-4 = Tell the therapist where it hurts, what pressure you like, and about your health conditions and medicines: the note for your massage therapist says what to mention.

therapist = For your massage therapist
    .cautions = Please
    .closing = Please check the pressure with me, and stop if anything hurts or feels wrong.
    .light-pressure = Light only (see below)

## Factors

f-nerve_emergency = Signs of pressure on the nerves at the base of the spine
    .explanation = These signs can mean the nerves at the bottom of the spine are being squeezed: new numbness around the genitals or bottom, new bladder or bowel trouble, new problems with sex, or new or worse symptoms in both legs. This is rare. It needs treatment within hours to avoid lasting harm.
    .advice = Tell them you have back pain with these symptoms and are worried about cauda equina syndrome. Do not drive yourself.
    .topic = new nerve symptoms with back pain

f-vascular_emergency = Sudden, very bad pain, or pain with feeling faint
    .explanation = Sudden, very bad pain, or pain with feeling faint, sweaty or dizzy, can come from the body's main blood vessel. So can tummy pain, or a tearing pain in the chest or between the shoulder blades. This is rare, but it cannot wait.
    .advice = Do not drive yourself. If you feel faint, lie down while you wait.
    .topic = sudden, very bad pain

f-breathing_emergency = New shortness of breath or coughing up blood
    .explanation = New breathlessness or coughing up blood can be a blood clot in the lung, especially with a swollen leg. It needs help now.
    .topic = shortness of breath or coughing up blood

f-serious_injury = Back pain after a recent serious accident
    .explanation = Pain that began after a recent car crash, a fall from a height or a heavy blow can come from a broken bone or another injury that needs checking now.
    .advice = Keep still if moving makes the pain much worse. Do not have massage until a doctor has checked you.
    .topic = back pain after a serious accident

f-chest_pain = Chest pain along with back pain
    .explanation = Chest pain together with back pain can come from the heart or a large blood vessel. It needs checking now.
    .topic = chest pain

f-pregnancy_emergency = Warning signs in pregnancy
    .explanation = In pregnancy, back pain that comes in waves or tightenings, bleeding, leaking fluid, a high temperature or fewer movements from the baby need checking by your maternity unit or midwife now.
    .topic = pain in waves, bleeding, leaking fluid, a high temperature or fewer baby movements

f-cancer_nerve_signs = Past cancer with leg or nerve symptoms
    .explanation = After cancer, back pain with pain below the knee, numbness, leg weakness or trouble walking can mean pressure on the spinal cord. This is rare, but it needs checking now to prevent lasting harm.
    .topic = back pain with leg or nerve symptoms after cancer

f-unsure_sign = Not sure about a serious warning sign
    .explanation = You were not sure about a sign that can be serious. It is safest to have it checked today rather than wait.
    .advice = If the sign becomes clear, or gets worse, call { $emergency_number } now.
    .topic = the warning sign you were not sure about

f-unsure_pregnancy_sign = Not sure about a warning sign in pregnancy
    .explanation = You were not sure about a sign that can matter in pregnancy. Your maternity unit or midwife would rather hear from you now, especially if your baby is moving less.
    .advice = If it becomes clear, or gets worse, call your maternity unit or midwife now. If you cannot reach them, call { $emergency_number }.
    .topic = the pregnancy warning sign you were not sure about

f-possible_clot = A leg that is newly swollen, or warm and red or darker
    .explanation = One leg (calf or thigh) that is newly swollen, or warm and red or darker, compared with the other can be a blood clot. Massage could move a clot. Calf pain on its own, as in sciatica, is not this sign.
    .advice = Do not have a massage until a doctor has checked your leg. If you get short of breath or chest pain, call { $emergency_number } now.
    .topic = the swollen, warm, red or darker leg

f-possible_infection = A high temperature
    .explanation = Back pain with a high temperature, or feeling hot and shivery, can be an infection, most often in the kidneys and rarely in the spine. Do not have a massage while you have a high temperature.
    .topic = your high temperature

f-infection_risk = A high temperature with a higher risk of infection
    .explanation = A weak immune system, injecting drugs, or surgery in the last three months make a spine infection more likely, though it is still rare.
    .advice = If you are having chemotherapy, call your chemotherapy team's 24-hour line now. If you feel very unwell, go to { $emergency_department }.
    .topic = a high temperature with a weak immune system, injected drugs or recent surgery

f-new_leg_weakness = New weakness in one leg
    .explanation = A leg that has become weak, with a foot that drags or catches or a leg that gives way, can mean a nerve in the back is badly pressed.
    .advice = If both legs become weak or numb, or you get bladder or bowel trouble, call { $emergency_number } now.
    .topic = the new weakness in your leg

f-cancer_spread_signs = Past cancer with back pain that needs checking today
    .explanation = After cancer, back pain that is there all night, pain on coughing or straining, pain between the shoulder blades, or pain that keeps getting worse should be checked today (within 24 hours). Most of the time the cause is something else, but it is important to be sure.
    .advice = If you cannot reach your cancer team, or no longer have one, contact { $same_day } today. Say that you have had cancer.
    .topic = back pain after cancer

f-shingles = A new painful rash in a band on one side
    .explanation = A painful rash or blisters in a band on one side of the body can be shingles. Treatment works best when it starts within about three days of the rash.
    .advice = Do not have a massage until the blisters have dried and crusted over. Shingles can give chickenpox to someone who has not had it.
    .topic = the new rash

f-under_16 = Under 16
    .explanation = This check is for adults. Back pain in children and teenagers is less common and worth a doctor's check.
    .advice = Ask a parent or carer to help you see a doctor or nurse.
    .topic = back pain under 16

f-cancer_signs = Past cancer or weight loss without trying
    .explanation = Back pain in someone who has had cancer, or who is losing weight without trying, should be checked by a doctor. Most of the time the cause is something else, but it is important to be sure.
    .advice = If you have had cancer, ask your cancer team before any massage.
    .topic = your past cancer or weight loss

f-night_pain = Pain that is there all night
    .explanation = Back pain that is there all night and does not ease with rest or changing position is worth checking, because it is not what a strained back usually does.
    .topic = the pain that is there all night

f-cough_sneeze_pain = Pain much worse when you cough, sneeze or strain
    .explanation = Back pain that gets much worse when you cough, sneeze or strain on the toilet is worth a doctor's check.
    .topic = the pain on coughing or straining

f-upper_back_pain = Pain mainly between the shoulder blades
    .explanation = Pain mainly between the shoulder blades, rather than in the lower back, is not typical of lower back pain and should be checked.
    .topic = the pain between your shoulder blades

f-back_shape_change = A lump or change in the shape of the back
    .explanation = A new lump, swelling or change in the shape of your back should be checked before anyone presses on it.
    .topic = the lump or change in shape

f-spinal_fracture = A broken bone in the spine that has not healed
    .explanation = Pressing on a broken or healing bone in the spine can harm it.
    .advice = Ask the doctor who treats your fracture whether any massage is safe, and what kind.
    .topic = the broken bone in your spine

f-possible_fracture = A fall or strain with a higher risk of a broken bone
    .explanation = A fall from standing height or a small strain can crack a bone in the spine. This is more likely with thin bones, with long-term steroid tablets or other medicines that lower immunity, and from the age of 65. Age alone does not mean a broken bone. But after a fall or strain it is worth ruling out before anyone presses on your back.
    .topic = the fall or strain

f-weak_immunity = A weak immune system or injected drugs
    .explanation = A weak immune system, or injecting drugs, makes a spine infection a little more likely, though it is still rare. Long-term steroid tablets can also thin the bones. On its own this is not a warning sign, but tell your doctor before you try massage.
    .advice = If you get a high temperature, get help the same day. If you are having chemotherapy, call your chemotherapy team's 24-hour line straight away instead.
    .topic = your immune system or medicines

f-severe_pain = Very bad pain, or pain that stops most daily activities
    .explanation = Pain at 9 or 10 out of 10, or pain that stops you doing nearly everything, is worth a doctor's help. They can help with pain relief and a plan, whatever else you try.
    .topic = how bad the pain is

f-worsening_pain = Pain that keeps getting worse
    .explanation = Back pain that keeps getting worse week by week, rather than settling, is worth a doctor's look.
    .topic = pain that keeps getting worse

f-new_pain_over_50 = Back pain for the first time at 50 or over
    .explanation = Back pain that starts for the first time at 50 or over is worth a doctor's look, even if it seems to be only a strain.
    .topic = back pain for the first time at 50 or over

f-inflammatory_stiffness = Long morning stiffness that eases with movement
    .explanation = Morning stiffness that lasts more than 30 minutes, and gets better when you move rather than when you rest, can be a sign of inflammatory back pain. This has its own treatments.
    .topic = whether the long morning stiffness could be inflammatory back pain

f-nerve_root = Pain or numbness going down one leg
    .explanation = Pain below the knee, or numbness and tingling in one leg, often come from a nerve in the back that is pressed or irritated. Massage works on muscles. It does not free a pressed nerve, and some guidelines advise against relying on it for leg pain of this kind. Many people with this kind of leg pain get better over weeks to months. Staying active and exercise are the usual first treatment.
    .topic = your leg symptoms
    .therapist = stop if pain or tingling spreads down the leg

f-leg_pain_walking = Leg pain when walking or standing
    .explanation = Leg pain or heaviness when you walk or stand, that eases when you sit or bend forward, is worth a doctor's or physiotherapist's look. Massage may relax tight muscles, but the cause is usually elsewhere.
    .topic = the leg pain on walking

f-spine_condition = A known spine condition
    .explanation = You have a known spine condition, such as a slipped or bulging disc, a narrowed spinal canal, a slipped vertebra or a curved spine. Massage may ease the muscles around the spine for a while. It does not change the condition. Exercise-based treatment has better evidence.
    .topic = your spine condition
    .therapist = use light pressure around the spine, no firm pressure on it

f-clot_history = A blood clot in the past
    .explanation = After a clot in a leg or a lung, firm massage of the legs is best avoided, and some clot medicines make bruising easier.
    .topic = the clot
    .therapist = avoid deep or firm work on the legs

f-fragile_bones = Thin or fragile bones
    .explanation = With osteoporosis, firm pressure can harm weak bones.
    .topic = your bones
    .therapist = use light pressure only (thin bones)

f-bleeding_risk = Blood thinners or a bleeding problem
    .explanation = Deep or firm massage can cause bruising or bleeding when your blood does not clot well.
    .topic = your blood thinners or bleeding problem
    .therapist = use light pressure only (blood thinners or a bleeding problem)

f-pregnancy = Pregnancy
    .explanation = Massage can be fine in pregnancy, but it needs a therapist trained in pregnancy massage and safe positions.
    .advice = Choose a therapist trained in pregnancy massage.
    .topic = massage in pregnancy
    .therapist = use a pregnancy-safe position (on the side, not flat on the back after about 20 weeks), and avoid deep work on the legs

f-recent_surgery = Recent surgery
    .explanation = After surgery, tissues need time to heal, and pressure near the area can do harm.
    .topic = your recent operation
    .therapist = keep away from the area of the operation until it has healed

f-skin_problem = A skin problem over the painful area
    .explanation = Massage over a rash, wound, burn or infection can make it worse or spread it.
    .topic = the skin problem
    .therapist = keep away from the skin problem

f-muscle_tension = Muscle tension
    .explanation = Muscle tension is among the most common reasons people try massage.
    .low = Your answers show little muscle tension.
    .moderate = Tight muscles may feel looser for a while after a massage.
    .high = Tight muscles and spasms may feel looser for a while after a massage.

f-stiffness = Stiffness
    .explanation = A stiff back is hard to move, often after rest or sitting.
    .low = Your answers show little stiffness.
    .moderate = Some people find moving easier for a day or two after a massage.
    .high = Some people find moving easier for a day or two after a massage. Daily stretching and exercise have better evidence for the long run.

f-stress = Stress
    .explanation = Stress can tighten muscles and make pain feel worse.
    .low = Your stress level is low.
    .moderate = The relaxing side of massage may lower stress for a while.
    .high = The relaxing side of massage may lower stress for a while, and so may other ways to unwind.

f-strain_recovery = Recovery from a minor strain
    .explanation = After a minor strain, gentle massage may ease sore muscles while they heal. Ideas such as "better blood flow" or "releasing endorphins" have not been shown to explain a lasting benefit.
    .low = No recent strain.
    .moderate = Gentle massage may feel good while it heals.
    .high = Gentle massage is best once the first few days after the strain have passed.

f-tender_knots = Tender spots and knots
    .explanation = Tender spots and knots are sore, tight places in the muscles.
    .low = No tender spots.
    .moderate = Pressure on them during a massage may ease them for a while.
    .high = Pressure on them during a massage may ease them for a while.

## Questions

q-saddle_numbness = In the last few weeks, have you had new numbness or tingling around your genitals or bottom (the part you would sit on in a saddle)?
    .help = For example, toilet paper feels different when you wipe.

q-bladder_bowel = In the last few weeks, have you started to leak pee or poo, been unable to pee or found it much harder to start, or lost the feeling of needing to go or of going?
    .help = Count it if it is new or getting worse. Constipation on its own, or a slow flow you have had for years, does not count.

q-both_legs_pain = Do you have pain, numbness, tingling or weakness in both legs that is new, or getting worse?
    .help = Not if you have had the same symptoms in both legs for a long time and they are not changing.

q-sexual_problems = Since this back pain started, have you lost feeling in your genitals or during sex, or had new problems getting an erection or ejaculating?

q-sudden_severe_pain = In the last few days, has a pain come on suddenly and very badly, with no lifting, twisting or fall to explain it? Or does your pain come with feeling faint, sweaty or dizzy, with pain in your tummy, or with a tearing pain in your chest or between your shoulder blades?
    .help = Answer yes to any part. Pain that started when you lifted or twisted, and has not changed since, is not this sign.

q-short_of_breath = In the last few days, have you become short of breath for no clear reason, or coughed up blood?
    .help = Not breathlessness you have had for a long time that has not changed, such as from asthma.

q-chest_pain = Do you have chest pain now, or new chest pain in the last few days, along with your back pain?

q-major_trauma = Did your back pain start after a recent serious accident, such as a car crash, a fall from a height or a heavy blow, that a doctor has not checked?
    .help = Do not count a slip or fall from standing height, or a strain from lifting. A later question asks about those.

q-pain_duration = How long have you had this episode of back pain?
    .o-under_6_weeks = Less than 6 weeks
    .o-6_to_12_weeks = 6 to 12 weeks
    .o-over_12_weeks = More than 12 weeks

q-first_episode = Is this the first time in your life you have had back pain?
    .help = Answer no if you have had back pain before, even years ago.

q-age = How old are you?
    .unit = years

q-pain_intensity = On average over the past week, how bad has your back pain been?
    .min = no pain
    .max = worst pain you can imagine

q-activity_limits = Over the past week, how much has back pain stopped you from doing your usual daily activities?
    .min = not at all
    .max = could not do them at all

q-leg_weakness = Has one of your legs become weak in a new way, so that your foot drags or catches, or your leg gives way?

q-calf_swelling = Is one of your legs (the calf or the thigh) newly swollen, or warm and red or darker, compared with the other leg?
    .help = Calf pain alone, as in sciatica, is not this sign. But if the painful leg also looks bigger, or feels warm, answer yes or not sure.

q-fever = Do you have a high temperature, or do you feel hot and shivery?

q-cancer_history = Have you ever had cancer?
    .help = Count any cancer, even one treated many years ago that you were told had gone. Do not count skin cancer other than melanoma.

q-weight_loss = In the past 3 to 6 months, have you lost weight without trying?

q-night_pain = Is the pain there all night, even when you rest or change position?

q-cough_sneeze_pain = Does your back pain get much worse when you cough, sneeze or strain on the toilet?

q-upper_back_pain = Is your pain mainly between your shoulder blades, rather than in your lower back?

q-worsening_pain = Is your back pain getting worse week by week, rather than staying the same or settling?

q-back_shape_change = Have you noticed a new lump, swelling or change in the shape of your back?

q-weak_immunity = Do you have a weak immune system, or do you inject drugs?
    .help = A weak immune system means HIV that is not under control, chemotherapy, a transplant, long-term steroid tablets (such as prednisolone or prednisone) or other medicines that lower immunity.

q-blood_clot = Have you ever had a blood clot in a leg or a lung?
    .help = For example a deep vein thrombosis (DVT) or a pulmonary embolism.

q-leg_pain_below_knee = Does the pain spread down one leg, below the knee?

q-leg_numbness = Do you have numbness, tingling or pins and needles in one leg or foot?

q-walking_leg_pain = Do your legs hurt or feel heavy when you walk or stand, and feel better when you sit down or bend forward?

q-diagnosed_conditions = Has a doctor ever told you that you have any of these? Choose all that apply, or none.
    .o-herniated_disc = A slipped or bulging (herniated) disc
    .o-spinal_stenosis = A narrowed spinal canal (spinal stenosis)
    .o-spondylolisthesis = A slipped vertebra (spondylolisthesis)
    .o-scoliosis = A curved spine (scoliosis)
    .o-osteoporosis = Thin bones (osteoporosis)
    .o-spinal_fracture = A broken bone in the spine that is recent or not yet healed
    .o-none = None of these

q-blood_thinners = Do you take blood thinners (such as warfarin or apixaban), or do you have a bleeding problem?

q-pregnant = Are you pregnant?

q-pregnancy_warning = Does your pain come in waves or tightenings, or do you have bleeding, leaking fluid, a high temperature, or fewer movements from your baby?

q-recent_surgery = Have you had surgery in the last three months?

q-skin_problem = Do you have a rash, wound, infection or burn on the skin over the painful area?

q-new_rash = Is it a new, painful rash or blisters in a band on one side of your body?

q-muscle_tightness = Do the muscles in your lower back often feel tight?

q-muscle_spasms = Do the muscles in your lower back sometimes cramp or go into spasm?

q-stiffness = Is your back stiff after rest, in the morning, or after sitting for a long time?

q-long_morning_stiffness = In the morning, does the stiffness last more than 30 minutes and get better when you move, not when you rest?

q-limited_bending = Do you find it hard to bend, twist or reach because your back will not move far?

q-stress_level = Over the past two weeks, how stressed have you felt?
    .o-low = Not much
    .o-moderate = Somewhat
    .o-high = Very

q-recent_strain = In the last 3 months, did this pain start, or suddenly get worse, after a minor strain or a fall from standing height, such as lifting, twisting, sport or slipping over?
    .help = Not a serious accident: that was asked earlier.

q-tender_knots = Are there tender spots or knots in your back muscles that hurt when pressed?

q-pain_location = Where does it hurt? Choose all that apply. Your massage therapist will want to know.
    .o-lower_left = Left side of the lower back
    .o-lower_right = Right side of the lower back
    .o-lower_centre = Middle of the lower back
    .o-buttocks = Buttocks
    .o-hips = Hips
    .o-upper_back = Upper back

q-pressure_preference = What massage pressure feels right to you?
    .o-light = Light
    .o-medium = Medium
    .o-firm = Firm
    .o-not_sure = Not sure yet

## Notes

note-under_16 = You are under 16. Tell a parent, carer or another adult you trust about your back pain now, and show them this.

note-new_pain = Your pain is fairly new. Most new back pain gets much better within a few weeks, whatever you do. So if it eases during a course of massage, some of that may be natural recovery.

note-long_lasting_pain = Your pain has lasted more than three months. For long-lasting back pain, guidelines put exercise first and suggest massage only as part of a plan that includes exercise.
