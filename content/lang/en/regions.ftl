# Words of the region table (regions.toml): each region's name and the
# phrases that the content's words use as arguments. Each phrase slots into
# a sentence: "Call { $emergency_number } now, or go to
# { $emergency_department }", "Contact { $same_day } today", "see your
# { $family_doctor }"; the therapist rule is a sentence of its own, said after
# "choose a qualified massage therapist". Names carry no article ("United
# Kingdom"). The sources behind each region are in regions.toml.

region-GB = United Kingdom
    .emergency-number = 999
    .emergency-department = A&E
    .same-day = NHS 111 or your GP surgery
    .family-doctor = GP
    .therapist-rule = Massage therapists are not regulated by law; choose one on a voluntary register, such as the Complementary and Natural Healthcare Council (CNHC).

region-IE = Ireland
    .emergency-number = 112 or 999
    .emergency-department = the emergency department (A&E)
    .same-day = your GP, or the GP out-of-hours service when your GP is closed
    .family-doctor = GP
    .therapist-rule = Massage therapists are not regulated by law; look for a member of a professional association.

region-US = United States
    .emergency-number = 911
    .emergency-department = the emergency room (ER)
    .same-day = an urgent care clinic, or a nurse advice line (the number is often on your insurance card)
    .family-doctor = primary care doctor
    .therapist-rule = Most US states license massage therapists: check that your therapist holds a license in your state.

region-CA = Canada
    .emergency-number = 911
    .emergency-department = the emergency department (ER)
    .same-day = 811 (a nurse health line in most provinces and territories) or a walk-in clinic
    .family-doctor = family doctor
    .therapist-rule = In some provinces massage therapists must be registered (RMT); elsewhere, look for a member of a professional association.

region-AU = Australia
    .emergency-number = 000
    .emergency-department = the hospital emergency department
    .same-day = 1800MEDICARE on 1800 633 422 (free nurse advice, day and night) or your GP
    .family-doctor = GP
    .therapist-rule = Massage therapy is not regulated by law; look for a member of a professional association.

region-NZ = New Zealand
    .emergency-number = 111
    .emergency-department = the hospital emergency department
    .same-day = Healthline on 0800 611 116, your GP or an after-hours clinic
    .family-doctor = GP
    .therapist-rule = Massage therapy is not regulated by law; look for a member of a professional association.

region-IN = India
    .emergency-number = 112 or 108
    .emergency-department = the hospital emergency department
    .same-day = a local doctor or clinic
    .family-doctor = doctor
    .therapist-rule = Massage therapy is not regulated by law; look for a member of a professional association.

region-AT = Austria
    .emergency-number = 144 (or 112)
    .emergency-department = the hospital emergency department
    .same-day = the 1450 health line or your family doctor
    .family-doctor = family doctor
    .therapist-rule = Massage for a health problem must be given by a qualified medical masseur or Heilmasseur; other masseurs may only massage healthy people.

region-BE = Belgium
    .emergency-number = 112
    .emergency-department = the hospital emergency department
    .same-day = your GP, or the on-call GP on 1733 when your GP is closed
    .family-doctor = GP
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-BG = Bulgaria
    .emergency-number = 112
    .emergency-department = the hospital emergency department
    .same-day = your family doctor's same-day or out-of-hours service
    .family-doctor = family doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-HR = Croatia
    .emergency-number = 112 (or 194)
    .emergency-department = the hospital emergency department
    .same-day = your family doctor's same-day or out-of-hours service
    .family-doctor = family doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-CY = Cyprus
    .emergency-number = 112
    .emergency-department = the hospital emergency department
    .same-day = your personal doctor, or a GESY on-call clinic at weekends (call first)
    .family-doctor = personal doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-CZ = Czechia
    .emergency-number = 155 (or 112)
    .emergency-department = the hospital emergency department
    .same-day = your GP, or the out-of-hours medical service (pohotovost)
    .family-doctor = GP
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-DK = Denmark
    .emergency-number = 112
    .emergency-department = the hospital emergency department
    .same-day = your own doctor, or the out-of-hours doctor service (lægevagten; 1813 in the Copenhagen region)
    .family-doctor = doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-EE = Estonia
    .emergency-number = 112
    .emergency-department = the hospital emergency department
    .same-day = the family doctor helpline 1220 or your family doctor
    .family-doctor = family doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-FI = Finland
    .emergency-number = 112
    .emergency-department = the hospital emergency department
    .same-day = your health centre, or the Medical Helpline 116 117
    .family-doctor = health centre doctor
    .therapist-rule = Look for a 'koulutettu hieroja' (trained masseur): a protected title you can check in the Valvira register.

region-FR = France
    .emergency-number = 15 (or 112)
    .emergency-department = the hospital emergency department (urgences)
    .same-day = your regular doctor, or the on-call doctor service (116 117 or 15, depending on your area)
    .family-doctor = regular doctor
    .therapist-rule = Massage for a health problem may only be given by a masseur-kinésithérapeute; wellness massage is not regulated.

region-DE = Germany
    .emergency-number = 112
    .emergency-department = the hospital emergency department (Notaufnahme)
    .same-day = 116 117 (the out-of-hours doctor service) or your family doctor
    .family-doctor = family doctor
    .therapist-rule = Massage for a health problem is given by a state-qualified masseur or a physiotherapist; wellness massage is not regulated.

region-GR = Greece
    .emergency-number = 166 (or 112)
    .emergency-department = the hospital emergency department
    .same-day = your family doctor's same-day or out-of-hours service
    .family-doctor = family doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-HU = Hungary
    .emergency-number = 112 (or 104)
    .emergency-department = the hospital emergency department
    .same-day = the on-call doctor service on 1830, or your GP
    .family-doctor = GP
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-IT = Italy
    .emergency-number = 112 or 118
    .emergency-department = the emergency department (pronto soccorso)
    .same-day = your family doctor, or the out-of-hours doctor service (guardia medica; 116 117 in some regions)
    .family-doctor = family doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-LV = Latvia
    .emergency-number = 113 (or 112)
    .emergency-department = the hospital emergency department
    .same-day = the family doctor advice line 66016001 (evenings, nights and weekends) or your family doctor
    .family-doctor = family doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-LT = Lithuania
    .emergency-number = 112
    .emergency-department = the hospital emergency department
    .same-day = your family doctor's same-day or out-of-hours service
    .family-doctor = family doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-LU = Luxembourg
    .emergency-number = 112
    .emergency-department = the hospital emergency department
    .same-day = your doctor, or a maison médicale (out-of-hours doctor clinic) in the evening or at the weekend
    .family-doctor = GP
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-MT = Malta
    .emergency-number = 112
    .emergency-department = the emergency department (A&E)
    .same-day = your family doctor or a health centre
    .family-doctor = family doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-NL = Netherlands
    .emergency-number = 112
    .emergency-department = the hospital emergency department
    .same-day = your GP, or the out-of-hours GP service (huisartsenpost) when your GP is closed
    .family-doctor = GP
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-PL = Poland
    .emergency-number = 112 or 999
    .emergency-department = the hospital emergency department
    .same-day = your family doctor, or night and holiday care (nocna i świąteczna opieka)
    .family-doctor = family doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-PT = Portugal
    .emergency-number = 112
    .emergency-department = the hospital emergency department
    .same-day = the SNS 24 line on 808 24 24 24, or your health centre
    .family-doctor = family doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-RO = Romania
    .emergency-number = 112
    .emergency-department = the hospital emergency department
    .same-day = your family doctor's same-day or out-of-hours service
    .family-doctor = family doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-SK = Slovakia
    .emergency-number = 155 (or 112)
    .emergency-department = the hospital emergency department
    .same-day = your GP, or the out-of-hours doctor service
    .family-doctor = GP
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-SI = Slovenia
    .emergency-number = 112
    .emergency-department = the hospital emergency department
    .same-day = your family doctor's same-day or out-of-hours service
    .family-doctor = family doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-ES = Spain
    .emergency-number = 112
    .emergency-department = the hospital emergency department (urgencias)
    .same-day = your health centre (centro de salud) or its urgent care service
    .family-doctor = family doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-SE = Sweden
    .emergency-number = 112
    .emergency-department = the hospital emergency department
    .same-day = 1177 (the healthcare advice line) or your health centre (vårdcentral)
    .family-doctor = doctor
    .therapist-rule = Massage therapists are not licensed; look for a member of a professional association.

region-NO = Norway
    .emergency-number = 113
    .emergency-department = the nearest legevakt (emergency clinic)
    .same-day = your GP, or the legevakt on 116 117
    .family-doctor = GP
    .therapist-rule = Massage therapists are not licensed; some are on a voluntary national register for alternative practitioners.

region-CH = Switzerland
    .emergency-number = 144 (or 112)
    .emergency-department = the hospital emergency department
    .same-day = your family doctor, or your canton's on-call doctor line
    .family-doctor = family doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-IS = Iceland
    .emergency-number = 112
    .emergency-department = the hospital emergency department
    .same-day = the 1700 health advice line or your health care centre
    .family-doctor = health care centre doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-ZA = South Africa
    .emergency-number = 10177 (or 112 from a mobile phone)
    .emergency-department = the hospital emergency department
    .same-day = a GP or a local clinic
    .family-doctor = GP
    .therapist-rule = Therapeutic massage therapists must be registered with the Allied Health Professions Council (AHPCSA).

region-SG = Singapore
    .emergency-number = 995
    .emergency-department = the hospital emergency department (A&E)
    .same-day = a GP clinic, or the NurseFirst line on 6262 6262 (8am to 11pm)
    .family-doctor = GP
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-MX = Mexico
    .emergency-number = 911
    .emergency-department = the hospital emergency room (urgencias)
    .same-day = a local doctor or clinic
    .family-doctor = family doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-AR = Argentina
    .emergency-number = 107 (or 911 in some provinces)
    .emergency-department = the hospital emergency department
    .same-day = a local doctor or clinic
    .family-doctor = doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-CO = Colombia
    .emergency-number = 123
    .emergency-department = the hospital emergency department (urgencias)
    .same-day = a local doctor or clinic
    .family-doctor = doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-CL = Chile
    .emergency-number = 131
    .emergency-department = the hospital emergency department (urgencias)
    .same-day = your health centre, or the Salud Responde line on 600 360 7777
    .family-doctor = doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.

region-unknown = your country
    .emergency-number = your local emergency number (999 in the UK, 911 in the US and Canada, 112 in the EU and India, 000 in Australia, 111 in New Zealand)
    .emergency-department = the nearest hospital emergency department
    .same-day = your doctor's same-day or out-of-hours service, or a health advice line
    .family-doctor = doctor
    .therapist-rule = Check whether massage therapists must be licensed or registered where you live.
