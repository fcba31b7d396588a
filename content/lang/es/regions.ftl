# Palabras de la tabla de regiones (regions.toml): el nombre de cada región y
# las frases que usan como argumentos las palabras del contenido. Cada frase
# entra en una oración: "Llame ahora al { $emergency_number } o vaya a
# { $emergency_department }", "Busque ayuda hoy: contacte con { $same_day }",
# "contacte hoy con { $same_day }", "consulte a su { $family_doctor }"; la
# norma sobre masajistas es una oración propia, que va después de "elija un
# masajista titulado". Por eso: emergency-department no empieza por "el"
# ("a el"), emergency-number no lleva artículo ("al ..."), family-doctor no
# lleva artículo ni posesivo. Los nombres no llevan artículo ("Reino Unido").
# Las fuentes de cada región están en regions.toml.

region-GB = Reino Unido
    .emergency-number = 999
    .emergency-department = urgencias (A&E)
    .same-day = NHS 111 o su consultorio de médico de cabecera (GP surgery)
    .family-doctor = médico de cabecera (GP)
    .therapist-rule = Los masajistas no están regulados por ley; elija uno que esté en un registro voluntario, como el Complementary and Natural Healthcare Council (CNHC).

region-IE = Irlanda
    .emergency-number = 112 o 999
    .emergency-department = urgencias del hospital (A&E)
    .same-day = su médico de cabecera (GP), o el servicio de médicos de guardia (GP out-of-hours) cuando su consultorio esté cerrado
    .family-doctor = médico de cabecera (GP)
    .therapist-rule = Los masajistas no están regulados por ley; busque a alguien que sea miembro de una asociación profesional.

region-US = Estados Unidos
    .emergency-number = 911
    .emergency-department = la sala de emergencias (ER)
    .same-day = una clínica de atención urgente (urgent care), o una línea telefónica de enfermería (el número suele estar en su tarjeta del seguro médico)
    .family-doctor = médico de atención primaria
    .therapist-rule = La mayoría de los estados de EE. UU. dan licencia a los masajistas: compruebe que su masajista tenga licencia en su estado.

region-CA = Canadá
    .emergency-number = 911
    .emergency-department = urgencias del hospital (ER)
    .same-day = el 811 (una línea de salud atendida por enfermería en la mayoría de las provincias y territorios) o una clínica sin cita previa (walk-in clinic)
    .family-doctor = médico de familia
    .therapist-rule = En algunas provincias los masajistas deben estar registrados (RMT); en las demás, busque a alguien que sea miembro de una asociación profesional.

region-AU = Australia
    .emergency-number = 000
    .emergency-department = urgencias del hospital
    .same-day = 1800MEDICARE, en el 1800 633 422 (consejo de enfermería gratis, de día y de noche), o su médico de cabecera (GP)
    .family-doctor = médico de cabecera (GP)
    .therapist-rule = El masaje terapéutico no está regulado por ley; busque a alguien que sea miembro de una asociación profesional.

region-NZ = Nueva Zelanda
    .emergency-number = 111
    .emergency-department = urgencias del hospital
    .same-day = Healthline, en el 0800 611 116, su médico de cabecera (GP) o una clínica fuera de horario (after-hours clinic)
    .family-doctor = médico de cabecera (GP)
    .therapist-rule = El masaje terapéutico no está regulado por ley; busque a alguien que sea miembro de una asociación profesional.

region-IN = India
    .emergency-number = 112 o 108
    .emergency-department = urgencias del hospital
    .same-day = un médico o una clínica de su zona
    .family-doctor = médico
    .therapist-rule = El masaje terapéutico no está regulado por ley; busque a alguien que sea miembro de una asociación profesional.

region-AT = Austria
    .emergency-number = 144 (o 112)
    .emergency-department = urgencias del hospital
    .same-day = la línea de salud 1450 o su médico de familia
    .family-doctor = médico de familia
    .therapist-rule = El masaje para un problema de salud debe darlo un masajista médico titulado (medizinischer Masseur o Heilmasseur); los demás masajistas solo pueden dar masajes a personas sanas.

region-BE = Bélgica
    .emergency-number = 112
    .emergency-department = urgencias del hospital
    .same-day = su médico de cabecera, o el médico de guardia en el 1733 cuando su consultorio esté cerrado
    .family-doctor = médico de cabecera
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-BG = Bulgaria
    .emergency-number = 112
    .emergency-department = urgencias del hospital
    .same-day = su médico de familia (consulta el mismo día o servicio fuera de horario)
    .family-doctor = médico de familia
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-HR = Croacia
    .emergency-number = 112 (o 194)
    .emergency-department = urgencias del hospital
    .same-day = su médico de familia (consulta el mismo día o servicio fuera de horario)
    .family-doctor = médico de familia
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-CY = Chipre
    .emergency-number = 112
    .emergency-department = urgencias del hospital
    .same-day = su médico personal, o una clínica de guardia del GESY los fines de semana (llame antes)
    .family-doctor = médico personal
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-CZ = Chequia
    .emergency-number = 155 (o 112)
    .emergency-department = urgencias del hospital
    .same-day = su médico de cabecera, o el servicio médico fuera de horario (pohotovost)
    .family-doctor = médico de cabecera
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-DK = Dinamarca
    .emergency-number = 112
    .emergency-department = urgencias del hospital
    .same-day = su médico, o el servicio de médicos fuera de horario (lægevagten; 1813 en la región de Copenhague)
    .family-doctor = médico
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-EE = Estonia
    .emergency-number = 112
    .emergency-department = urgencias del hospital
    .same-day = la línea de ayuda de médicos de familia 1220 o su médico de familia
    .family-doctor = médico de familia
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-FI = Finlandia
    .emergency-number = 112
    .emergency-department = urgencias del hospital
    .same-day = su centro de salud, o la línea de ayuda médica 116 117
    .family-doctor = médico del centro de salud
    .therapist-rule = Busque un 'koulutettu hieroja' (masajista titulado): es un título protegido que puede comprobar en el registro de Valvira.

region-FR = Francia
    .emergency-number = 15 (o 112)
    .emergency-department = urgencias del hospital (urgences)
    .same-day = su médico habitual, o el servicio de médicos de guardia (116 117 o 15, según la zona)
    .family-doctor = médico habitual
    .therapist-rule = El masaje para un problema de salud solo puede darlo un masseur-kinésithérapeute (fisioterapeuta); el masaje de bienestar no está regulado.

region-DE = Alemania
    .emergency-number = 112
    .emergency-department = urgencias del hospital (Notaufnahme)
    .same-day = el 116 117 (servicio médico fuera de horario) o su médico de familia
    .family-doctor = médico de familia
    .therapist-rule = El masaje para un problema de salud lo da un masajista con título oficial o un fisioterapeuta; el masaje de bienestar no está regulado.

region-GR = Grecia
    .emergency-number = 166 (o 112)
    .emergency-department = urgencias del hospital
    .same-day = su médico de familia (consulta el mismo día o servicio fuera de horario)
    .family-doctor = médico de familia
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-HU = Hungría
    .emergency-number = 112 (o 104)
    .emergency-department = urgencias del hospital
    .same-day = el servicio de médicos de guardia en el 1830, o su médico de cabecera
    .family-doctor = médico de cabecera
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-IT = Italia
    .emergency-number = 112 o 118
    .emergency-department = urgencias (pronto soccorso)
    .same-day = su médico de familia, o el servicio médico fuera de horario (guardia medica; 116 117 en algunas regiones)
    .family-doctor = médico de familia
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-LV = Letonia
    .emergency-number = 113 (o 112)
    .emergency-department = urgencias del hospital
    .same-day = la línea de consejo de médicos de familia 66016001 (tardes, noches y fines de semana) o su médico de familia
    .family-doctor = médico de familia
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-LT = Lituania
    .emergency-number = 112
    .emergency-department = urgencias del hospital
    .same-day = su médico de familia (consulta el mismo día o servicio fuera de horario)
    .family-doctor = médico de familia
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-LU = Luxemburgo
    .emergency-number = 112
    .emergency-department = urgencias del hospital
    .same-day = su médico, o una maison médicale (consultorio médico fuera de horario) por la noche o el fin de semana
    .family-doctor = médico de cabecera
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-MT = Malta
    .emergency-number = 112
    .emergency-department = urgencias (A&E)
    .same-day = su médico de familia o un centro de salud
    .family-doctor = médico de familia
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-NL = Países Bajos
    .emergency-number = 112
    .emergency-department = urgencias del hospital
    .same-day = su médico de cabecera, o el servicio de médicos de cabecera fuera de horario (huisartsenpost) cuando su consultorio esté cerrado
    .family-doctor = médico de cabecera
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-PL = Polonia
    .emergency-number = 112 o 999
    .emergency-department = urgencias del hospital
    .same-day = su médico de familia, o la atención de noche y festivos (nocna i świąteczna opieka)
    .family-doctor = médico de familia
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-PT = Portugal
    .emergency-number = 112
    .emergency-department = urgencias del hospital
    .same-day = la línea SNS 24, en el 808 24 24 24, o su centro de salud
    .family-doctor = médico de familia
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-RO = Rumanía
    .emergency-number = 112
    .emergency-department = urgencias del hospital
    .same-day = su médico de familia (consulta el mismo día o servicio fuera de horario)
    .family-doctor = médico de familia
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-SK = Eslovaquia
    .emergency-number = 155 (o 112)
    .emergency-department = urgencias del hospital
    .same-day = su médico de cabecera, o el servicio médico fuera de horario
    .family-doctor = médico de cabecera
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-SI = Eslovenia
    .emergency-number = 112
    .emergency-department = urgencias del hospital
    .same-day = su médico de familia (consulta el mismo día o servicio fuera de horario)
    .family-doctor = médico de familia
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-ES = España
    .emergency-number = 112
    .emergency-department = urgencias del hospital
    .same-day = su centro de salud o las urgencias de atención primaria
    .family-doctor = médico de familia
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-SE = Suecia
    .emergency-number = 112
    .emergency-department = urgencias del hospital
    .same-day = el 1177 (la línea de consejo sanitario) o su centro de salud (vårdcentral)
    .family-doctor = médico
    .therapist-rule = Los masajistas no tienen licencia oficial; busque a alguien que sea miembro de una asociación profesional.

region-NO = Noruega
    .emergency-number = 113
    .emergency-department = la legevakt (centro de urgencias) más cercana
    .same-day = su médico de cabecera, o la legevakt en el 116 117
    .family-doctor = médico de cabecera
    .therapist-rule = Los masajistas no tienen licencia oficial; algunos están en un registro nacional voluntario de terapeutas alternativos.

region-CH = Suiza
    .emergency-number = 144 (o 112)
    .emergency-department = urgencias del hospital
    .same-day = su médico de familia, o la línea de médicos de guardia de su cantón
    .family-doctor = médico de familia
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-IS = Islandia
    .emergency-number = 112
    .emergency-department = urgencias del hospital
    .same-day = la línea de consejo sanitario 1700 o su centro de salud
    .family-doctor = médico del centro de salud
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-ZA = Sudáfrica
    .emergency-number = 10177 (o 112 desde un teléfono móvil o celular)
    .emergency-department = urgencias del hospital
    .same-day = un médico de cabecera (GP) o una clínica de su zona
    .family-doctor = médico de cabecera (GP)
    .therapist-rule = Los masajistas terapéuticos deben estar registrados en el Allied Health Professions Council (AHPCSA).

region-SG = Singapur
    .emergency-number = 995
    .emergency-department = urgencias del hospital (A&E)
    .same-day = una clínica de médico de cabecera (GP), o la línea NurseFirst en el 6262 6262 (de 8:00 a 23:00)
    .family-doctor = médico de cabecera (GP)
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-MX = México
    .emergency-number = 911
    .emergency-department = urgencias del hospital
    .same-day = un médico, una clínica o un centro de salud de su zona
    .family-doctor = médico familiar
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-AR = Argentina
    .emergency-number = 107 (o 911 en algunas provincias)
    .emergency-department = la guardia del hospital
    .same-day = un médico, una clínica o un centro de salud de su zona
    .family-doctor = médico de cabecera
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-CO = Colombia
    .emergency-number = 123
    .emergency-department = urgencias del hospital
    .same-day = un médico, una clínica o un centro de salud de su zona
    .family-doctor = médico general
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-CL = Chile
    .emergency-number = 131
    .emergency-department = urgencias del hospital
    .same-day = su centro de salud (CESFAM), o la línea Salud Responde en el 600 360 7777
    .family-doctor = médico general
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.

region-unknown = su país
    .emergency-number = número de emergencias de su país (999 en el Reino Unido, 911 en Estados Unidos y Canadá, 112 en la Unión Europea y la India, 000 en Australia, 111 en Nueva Zelanda)
    .emergency-department = urgencias del hospital más cercano
    .same-day = su médico (consulta el mismo día o servicio fuera de horario), o una línea telefónica de consejo sanitario
    .family-doctor = médico
    .therapist-rule = Compruebe si, donde usted vive, los masajistas necesitan una licencia o un registro.
