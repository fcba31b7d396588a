# Palabras de la red de seguridad (safety-net.toml): las palabras de cada
# indicación, el título de cada nivel y cada señal. Vea docs/translating.md.

## Indicaciones: el titular y .advice (para los factores que la comparten: { $topics })
disposition-now-emergency = Llame ahora al { $emergency_number } o vaya a { $emergency_department }.
    .advice = Llame ahora al { $emergency_number } o vaya a { $emergency_department }, por: { $topics }.
disposition-now-maternity = Llame ahora a su servicio de maternidad o a su matrona o partera. Si no consigue hablar con ellos, llame al { $emergency_number }.
    .advice = Llame ahora a su servicio de maternidad o a su matrona o partera por: { $topics }. Si no consigue hablar con ellos, llame al { $emergency_number }.
disposition-now-cancer-team = Llame ahora a la línea de 24 horas de su equipo de oncología. Si no tiene una, o no consigue hablar con ellos, llame al { $emergency_number } o vaya a { $emergency_department }.
    .advice = Llame ahora a la línea de 24 horas de su equipo de oncología por: { $topics }. Si no tiene una, o no consigue hablar con ellos, llame al { $emergency_number } o vaya a { $emergency_department }.
disposition-today-urgent-care = Busque ayuda hoy: contacte con { $same_day }.
    .advice = Contacte hoy con { $same_day } por: { $topics }.
disposition-today-maternity = Llame hoy a su servicio de maternidad o a su matrona o partera.
    .advice = Llame hoy a su servicio de maternidad o a su matrona o partera por: { $topics }.
disposition-today-cancer-team = Contacte hoy con su equipo de oncología (en un plazo de 24 horas). Si ya no tiene un equipo de oncología, contacte hoy con { $same_day }. Diga que ha tenido cáncer.
    .advice = Contacte hoy con su equipo de oncología (en un plazo de 24 horas) por: { $topics }.
disposition-today-pharmacist = Consulte hoy con un farmacéutico o con su { $family_doctor }.
    .advice = Consulte hoy con un farmacéutico o con su { $family_doctor } por: { $topics }. El tratamiento funciona mejor si empieza en los 3 primeros días, más o menos, desde que aparece el sarpullido. Si está embarazada, tiene las defensas bajas o el sarpullido está cerca del ojo, consulte hoy a un médico.
disposition-within-days-doctor = Consulte a su { $family_doctor } en los próximos días.
    .advice = Quiera usted un masaje o no, consulte a su { $family_doctor } en los próximos días por: { $topics }.
disposition-routine-doctor = Sin prisa: consulte con su { $family_doctor } antes de pedir cita para un masaje.
    .advice = Antes del masaje, pregunte a su { $family_doctor } por: { $topics }.
disposition-routine-maternity = Sin prisa: consulte con su matrona o partera o con su { $family_doctor } antes de pedir cita para un masaje.
    .advice = Antes del masaje, pregunte a su matrona o partera o a su { $family_doctor } por: { $topics }.
disposition-routine-therapist = En sus respuestas no apareció nada urgente.
    .advice = Hable con su masajista sobre: { $topics }.
disposition-none-none = En sus respuestas no apareció nada urgente.

## Nivel: ahora
tier-now = Llame ahora al { $emergency_number } o vaya a { $emergency_department } si:
sign-saddle_numbness = empieza a notar adormecimiento u hormigueo alrededor de los genitales o las nalgas
sign-bladder_bowel = se le empieza a escapar la orina o las heces, no puede orinar, o no nota cuándo necesita ir al baño ni cuándo le salen la orina o las heces
sign-both_legs = tiene dolor, adormecimiento, hormigueo o debilidad nuevos en las dos piernas, o empeoran rápidamente
sign-sexual_problems = pierde sensibilidad en los genitales, o no puede tener una erección o eyacular como antes
sign-sudden_severe_pain = tiene un dolor repentino y muy fuerte en la espalda o el vientre, un dolor desgarrador en el pecho o entre los omóplatos, o, junto con el dolor, siente que se va a desmayar, suda o se marea
sign-chest_pain = tiene dolor en el pecho, de repente le falta el aire, o tose sangre
sign-serious_fall = tiene una caída o un accidente grave

## Nivel: hoy
tier-today = Contacte con { $same_day } el mismo día si:
sign-fever = tiene fiebre, o siente calor y escalofríos
sign-swollen_leg = se le hincha una pierna, o se le pone caliente y roja o más oscura
sign-weak_leg = se le debilita o se le adormece una pierna de una forma nueva (si ha tenido cáncer, no espere: llame ahora a su equipo de oncología o al { $emergency_number })
sign-rash = le aparece un sarpullido doloroso o ampollas en una franja de un solo lado del cuerpo
