# Palabras de weekly-massage.toml: lo que lee la persona.
# Ids: q-<pregunta> (.help .sign .min .max .unit .o-<opción>),
# f-<factor> (.explanation .advice .topic .therapist .low .moderate .high),
# note-<nota> y los mensajes con nombre de abajo. Vea docs/translating.md.

## El cuestionario
title = ¿Me ayudaría un masaje semanal para mi dolor lumbar?
intro = Este cuestionario le pregunta por su dolor lumbar (dolor en la parte baja de la espalda) y por su salud. Después le explica si puede valer la pena probar un masaje semanal, y cuándo debe hacer otra cosa primero. Es para adultos (de 16 años o más). Sus respuestas se quedan en este dispositivo: no se guarda nada, salvo que usted decida guardarlo. No es un diagnóstico ni un consejo médico.
consult = Esto no es un diagnóstico. Hable con un médico, un fisioterapeuta u otro profesional de la salud sobre su dolor de espalda, y también antes de empezar un tratamiento nuevo.
evidence = Hay pocos estudios sobre el masaje para el dolor lumbar, y son de baja calidad. En los estudios, algunas personas tuvieron menos dolor durante unas semanas o unos pocos meses, pero no para siempre. Las guías médicas sugieren el masaje junto con el ejercicio y con mantenerse activo, no como único tratamiento.

benefit-level =
    .low = poco en sus respuestas
    .moderate = algo en sus respuestas
    .high = mucho en sus respuestas
benefit-later = Sus respuestas también muestran cosas por las que la gente suele probar el masaje: { $factors }. La decisión de probarlo puede esperar hasta que un médico haya revisado las señales de arriba.

## Resultados: título, .summary, .advice-1 ...
verdict-emergency = Busque ayuda ahora
    .summary = Algunas de sus respuestas pueden ser señales de un problema grave que necesita atención ahora. No espere, y no pida cita para un masaje por este problema.
verdict-see_doctor_first = Consulte a un médico por estas señales
    .summary = Algunas de sus respuestas son señales de alerta que debe revisar un médico, quiera usted un masaje o no. Muchas veces resultan no ser nada grave. Deje el masaje para después de que le haya visto un médico.
    .advice-1 = Enseñe este informe a quien le atienda, o cuéntele las respuestas que aparecen arriba.
verdict-check_with_professional = Puede que el masaje sea posible, con algunas revisiones
    .summary = El masaje puede seguir siendo una opción para usted, pero algunas de sus respuestas indican que primero hay que revisarlo, o adaptarlo a usted.
    .advice-1 = Si sigue adelante, elija un masajista titulado y entréguele la nota de abajo. { $therapist_rule }
verdict-likely_to_help = Sus respuestas muestran varias cosas por las que la gente prueba el masaje
    .summary = Varias de sus respuestas, como músculos tensos, rigidez o estrés, son cosas por las que la gente suele probar el masaje. Ningún estudio puede saber de antemano a quién le ayudará el masaje. Por eso, la forma de averiguarlo es una prueba corta, con un registro cada semana. El alivio suele durar poco, así que combine el masaje con ejercicio.
    .advice-1 = Si prueba el masaje, elija un masajista titulado. { $therapist_rule }
    .advice-2 = Dele un tiempo de prueba razonable, por ejemplo { $trial_weeks } sesiones, una por semana, y haga su registro cada semana (`backcheck checkin`) para ver si le funciona.
    .advice-3 = Siga moviéndose: mantenerse activo y hacer ejercicio es lo que tiene más pruebas a su favor para el dolor de espalda a largo plazo.
verdict-may_help = Sus respuestas muestran algunas cosas por las que la gente prueba el masaje
    .summary = Algunas de sus respuestas son cosas por las que la gente suele probar el masaje. Ningún estudio puede saber de antemano a quién le ayudará el masaje. Por eso, la forma de averiguarlo es una prueba corta, con un registro cada semana. El alivio suele ser pequeño y corto.
    .advice-1 = Si quiere probar el masaje, haga unas pocas sesiones, una por semana, con un masajista titulado. { $therapist_rule }
    .advice-2 = Haga su registro cada semana (`backcheck checkin`). Si no está claramente mejor después de unas { $trial_weeks } sesiones, hable con su médico o con un fisioterapeuta sobre otras opciones.
    .advice-3 = Siga moviéndose: mantenerse activo y hacer ejercicio es lo que tiene más pruebas a su favor para el dolor de espalda a largo plazo.
verdict-unlikely_to_help = Sus respuestas muestran pocas de las cosas por las que la gente suele probar el masaje
    .summary = Sus respuestas muestran pocas de las cosas por las que la gente suele probar el masaje, como músculos tensos, rigidez o estrés. Un masaje puede sentarle bien, y ningún estudio puede saber de antemano a quién le ayudará. Pero hay más pruebas a favor del ejercicio y de mantenerse activo.
    .advice-1 = Un fisioterapeuta puede recomendarle ejercicios adecuados para usted.

before-you-book = Antes de pedir cita
    .item-1 = En los estudios, las sesiones de masaje duraban alrededor de una hora; en uno de ellos, las personas tuvieron diez sesiones, una por semana. En un estudio sobre dolor de cuello, las sesiones cortas de 30 minutos no funcionaron mejor que esperar.
    .item-2 = El masaje suave y relajante funcionó más o menos igual que el masaje firme y dirigido a las zonas de dolor.
    .item-3 = Es frecuente tener molestias durante uno o dos días después; en algunos estudios, hasta alrededor de 1 de cada 4 personas tuvo más dolor durante un tiempo.
    .item-4 = Dígale al masajista dónde le duele, qué presión prefiere, qué problemas de salud tiene y qué medicamentos toma: la nota para su masajista dice qué debe mencionar.

therapist = Para su masajista
    .cautions = Por favor,
    .closing = Por favor, compruebe conmigo la presión, y pare si algo duele o no se siente bien.
    .light-pressure = Solo ligera (vea más abajo)

## Factores

f-nerve_emergency = Señales de presión sobre los nervios de la parte baja de la columna
    .explanation = Estas señales pueden indicar que los nervios de la parte baja de la columna están apretados: adormecimiento nuevo alrededor de los genitales o las nalgas, problemas nuevos con la orina o las heces, problemas sexuales nuevos, o síntomas nuevos o peores en las dos piernas. Es poco frecuente. Necesita tratamiento en cuestión de horas para evitar daños permanentes.
    .advice = Diga que tiene dolor de espalda con estos síntomas y que le preocupa un síndrome de cauda equina (síndrome de la cola de caballo). No conduzca (no maneje) usted mismo.
    .topic = síntomas nuevos de los nervios junto con dolor de espalda

f-vascular_emergency = Dolor repentino y muy fuerte, o dolor con sensación de desmayo
    .explanation = Un dolor repentino y muy fuerte, o un dolor con sensación de desmayo, sudor o mareo, puede venir de la arteria más grande del cuerpo. También puede venir de ahí un dolor de vientre, o un dolor desgarrador en el pecho o entre los omóplatos. Es poco frecuente, pero no puede esperar.
    .advice = No conduzca (no maneje) usted mismo. Si siente que se va a desmayar, acuéstese mientras espera.
    .topic = dolor repentino y muy fuerte

f-breathing_emergency = Falta de aire nueva o tos con sangre
    .explanation = Si le empieza a faltar el aire o tose sangre, puede ser un coágulo de sangre en el pulmón, sobre todo si también tiene una pierna hinchada. Necesita ayuda ahora.
    .topic = falta de aire o tos con sangre

f-serious_injury = Dolor de espalda después de un accidente grave reciente
    .explanation = Un dolor que empezó después de un accidente de tráfico reciente, una caída desde una altura o un golpe fuerte puede deberse a un hueso roto u otra lesión que hay que revisar ahora.
    .advice = Evite moverse si el movimiento le empeora mucho el dolor. No reciba masajes hasta que le haya revisado un médico.
    .topic = dolor de espalda después de un accidente grave

f-chest_pain = Dolor en el pecho junto con dolor de espalda
    .explanation = El dolor en el pecho junto con dolor de espalda puede venir del corazón o de un vaso sanguíneo grande. Hay que revisarlo ahora.
    .topic = dolor en el pecho

f-pregnancy_emergency = Señales de alerta en el embarazo
    .explanation = En el embarazo, su servicio de maternidad o su matrona o partera deben revisar ahora estas señales: dolor de espalda que viene en oleadas o con endurecimiento del vientre (contracciones), sangrado, pérdida de líquido, fiebre, o que el bebé se mueva menos.
    .topic = dolor en oleadas, sangrado, pérdida de líquido, fiebre o menos movimientos del bebé

f-cancer_nerve_signs = Cáncer en el pasado con síntomas en las piernas o los nervios
    .explanation = Después de un cáncer, un dolor de espalda con dolor por debajo de la rodilla, adormecimiento, debilidad en las piernas o dificultad para caminar puede indicar presión sobre la médula espinal. Es poco frecuente, pero hay que revisarlo ahora para evitar daños permanentes.
    .topic = dolor de espalda con síntomas en las piernas o los nervios después de un cáncer

f-unsure_sign = Duda sobre una señal de alerta grave
    .explanation = Tuvo dudas sobre una señal que puede ser grave. Lo más prudente es que un médico se la revise hoy, en lugar de esperar.
    .advice = Si se da cuenta de que sí tiene esa señal, o si empeora, llame ahora al { $emergency_number }.
    .topic = la señal de alerta sobre la que tenía dudas

f-unsure_pregnancy_sign = Duda sobre una señal de alerta en el embarazo
    .explanation = Tuvo dudas sobre una señal que puede ser importante en el embarazo. Su servicio de maternidad o su matrona o partera prefieren saberlo ahora, sobre todo si su bebé se mueve menos.
    .advice = Si se da cuenta de que sí tiene esa señal, o si empeora, llame ahora a su servicio de maternidad o a su matrona o partera. Si no consigue hablar con ellos, llame al { $emergency_number }.
    .topic = la señal de alerta del embarazo sobre la que tenía dudas

f-possible_clot = Una pierna que se ha hinchado hace poco, o que está caliente y roja o más oscura
    .explanation = Si una pierna (la pantorrilla o el muslo) se ha hinchado hace poco, o está caliente y roja o más oscura, comparada con la otra, puede ser un coágulo de sangre. El masaje podría mover un coágulo. El dolor en la pantorrilla, por sí solo, como en la ciática, no es esta señal.
    .advice = No reciba masajes hasta que un médico le haya revisado la pierna. Si le empieza a faltar el aire o tiene dolor en el pecho, llame ahora al { $emergency_number }.
    .topic = la pierna hinchada, caliente, roja o más oscura

f-possible_infection = Fiebre
    .explanation = El dolor de espalda con fiebre, o con sensación de calor y escalofríos, puede deberse a una infección: lo más frecuente es que sea en los riñones, y rara vez en la columna. No reciba masajes mientras tenga fiebre.
    .topic = su fiebre

f-infection_risk = Fiebre con más riesgo de infección
    .explanation = Tener las defensas bajas, inyectarse drogas o haber tenido una operación en los últimos tres meses hacen más probable una infección de la columna, aunque sigue siendo poco frecuente.
    .advice = Si está recibiendo quimioterapia, llame ahora a la línea de 24 horas de su equipo de quimioterapia. Si se siente muy mal, vaya a { $emergency_department }.
    .topic = fiebre con defensas bajas, drogas inyectadas u operación reciente

f-new_leg_weakness = Debilidad nueva en una pierna
    .explanation = Si una pierna se ha debilitado, con un pie que se arrastra o tropieza, o una pierna que le falla, puede indicar que un nervio de la espalda está muy apretado.
    .advice = Si las dos piernas se debilitan o se adormecen, o tiene problemas con la orina o las heces, llame ahora al { $emergency_number }.
    .topic = la debilidad nueva en la pierna

f-cancer_spread_signs = Cáncer en el pasado con dolor de espalda que hay que revisar hoy
    .explanation = Después de un cáncer, hay que revisar hoy (en un plazo de 24 horas) el dolor de espalda que dura toda la noche, el dolor al toser o al hacer fuerza, el dolor entre los omóplatos o el dolor que no deja de empeorar. La mayoría de las veces la causa es otra, pero es importante asegurarse.
    .advice = Si no consigue hablar con su equipo de oncología, o ya no tiene uno, contacte hoy con { $same_day }. Diga que ha tenido cáncer.
    .topic = dolor de espalda después de un cáncer

f-shingles = Un sarpullido nuevo y doloroso en una franja de un solo lado
    .explanation = Un sarpullido o ampollas dolorosas en una franja de un lado del cuerpo pueden ser herpes zóster (culebrilla). El tratamiento funciona mejor si empieza en los primeros tres días, más o menos, desde que aparece el sarpullido.
    .advice = No reciba masajes hasta que las ampollas se hayan secado y tengan costra. El herpes zóster puede contagiar la varicela a alguien que no la haya pasado.
    .topic = el sarpullido nuevo

f-under_16 = Menor de 16 años
    .explanation = Este cuestionario es para adultos. El dolor de espalda en niños y adolescentes es menos frecuente, y conviene que lo revise un médico.
    .advice = Pida a su padre, a su madre o a la persona que le cuida que le ayude a ver a un médico o a una enfermera.
    .topic = dolor de espalda en menores de 16 años

f-cancer_signs = Cáncer en el pasado o pérdida de peso sin intentarlo
    .explanation = Si una persona ha tenido cáncer, o está perdiendo peso sin intentarlo, un médico debe revisar su dolor de espalda. La mayoría de las veces la causa es otra, pero es importante asegurarse.
    .advice = Si ha tenido cáncer, consulte a su equipo de oncología antes de cualquier masaje.
    .topic = su cáncer en el pasado o la pérdida de peso

f-night_pain = Dolor que dura toda la noche
    .explanation = Conviene revisar un dolor de espalda que dura toda la noche y no mejora con el reposo ni al cambiar de postura, porque no es lo habitual en un simple tirón de espalda.
    .topic = el dolor que dura toda la noche

f-cough_sneeze_pain = Dolor mucho peor al toser, estornudar o hacer fuerza
    .explanation = Conviene que un médico revise un dolor de espalda que empeora mucho al toser, estornudar o hacer fuerza en el baño.
    .topic = el dolor al toser o hacer fuerza

f-upper_back_pain = Dolor sobre todo entre los omóplatos
    .explanation = El dolor que está sobre todo entre los omóplatos, y no en la parte baja de la espalda, no es típico del dolor lumbar y hay que revisarlo.
    .topic = el dolor entre los omóplatos

f-back_shape_change = Un bulto o un cambio en la forma de la espalda
    .explanation = Un bulto nuevo, una hinchazón o un cambio en la forma de la espalda se deben revisar antes de que nadie presione sobre esa zona.
    .topic = el bulto o el cambio de forma

f-spinal_fracture = Un hueso roto de la columna que no se ha curado
    .explanation = Presionar sobre un hueso de la columna que está roto o curándose puede dañarlo.
    .advice = Pregunte al médico que trata su fractura si algún tipo de masaje es seguro, y cuál.
    .topic = el hueso roto de la columna

f-possible_fracture = Una caída o un esfuerzo con más riesgo de hueso roto
    .explanation = Una caída estando de pie o un pequeño esfuerzo pueden causar una pequeña rotura (fisura) en un hueso de la columna. Es más probable con huesos débiles, si toma desde hace mucho tiempo pastillas de corticoides u otros medicamentos que bajan las defensas, y a partir de los 65 años. La edad sola no significa que haya un hueso roto. Pero después de una caída o un esfuerzo conviene descartarlo antes de que nadie le presione la espalda.
    .topic = la caída o el esfuerzo

f-weak_immunity = Defensas bajas o drogas inyectadas
    .explanation = Tener las defensas bajas, o inyectarse drogas, hace algo más probable una infección de la columna, aunque sigue siendo poco frecuente. Tomar pastillas de corticoides durante mucho tiempo también puede debilitar los huesos. Por sí solo no es una señal de alerta, pero dígaselo a su médico antes de probar el masaje.
    .advice = Si le da fiebre, busque ayuda médica el mismo día. Si está recibiendo quimioterapia, en lugar de eso llame enseguida a la línea de 24 horas de su equipo de quimioterapia.
    .topic = sus defensas o sus medicamentos

f-severe_pain = Dolor muy fuerte, o dolor que le impide hacer la mayoría de sus actividades diarias
    .explanation = Si el dolor es de 9 o 10 sobre 10, o le impide hacer casi todo, vale la pena pedir ayuda a un médico. Puede ayudarle a aliviar el dolor y a hacer un plan, pruebe lo que pruebe además.
    .topic = lo fuerte que es el dolor

f-worsening_pain = Dolor que no deja de empeorar
    .explanation = Conviene que un médico revise un dolor de espalda que empeora semana tras semana, en lugar de calmarse.
    .topic = el dolor que no deja de empeorar

f-new_pain_over_50 = Dolor de espalda por primera vez a los 50 años o más
    .explanation = Cuando el dolor de espalda aparece por primera vez a los 50 años o más, conviene que lo revise un médico, aunque parezca solo un tirón.
    .topic = dolor de espalda por primera vez a los 50 años o más

f-inflammatory_stiffness = Rigidez por la mañana que dura mucho y mejora con el movimiento
    .explanation = La rigidez de la mañana que dura más de 30 minutos, y que mejora al moverse y no al descansar, puede ser señal de un dolor de espalda inflamatorio. Este tiene sus propios tratamientos.
    .topic = la posibilidad de que la rigidez de la mañana que dura mucho sea un dolor de espalda inflamatorio

f-nerve_root = Dolor o adormecimiento que baja por una pierna
    .explanation = El dolor por debajo de la rodilla, o el adormecimiento y el hormigueo en una pierna, suelen venir de un nervio de la espalda que está apretado o irritado. El masaje actúa sobre los músculos. No libera un nervio apretado, y algunas guías desaconsejan confiar en el masaje para este tipo de dolor de pierna. Muchas personas con este tipo de dolor de pierna mejoran en unas semanas o meses. Mantenerse activo y hacer ejercicio es el primer tratamiento habitual.
    .topic = sus síntomas en la pierna
    .therapist = pare si el dolor o el hormigueo se extiende pierna abajo

f-leg_pain_walking = Dolor de piernas al caminar o estar de pie
    .explanation = Conviene que un médico o un fisioterapeuta revise el dolor o la pesadez en las piernas al caminar o estar de pie, que mejora al sentarse o inclinarse hacia adelante. El masaje puede relajar los músculos tensos, pero la causa suele estar en otro sitio.
    .topic = el dolor de piernas al caminar

f-spine_condition = Un problema de columna ya diagnosticado
    .explanation = Usted tiene un problema de columna ya diagnosticado, como una hernia de disco o un disco abultado, un canal de la columna estrecho, una vértebra desplazada o una columna curvada. El masaje puede aliviar por un tiempo los músculos de alrededor de la columna. No cambia el problema en sí. Los tratamientos basados en ejercicio tienen más pruebas a su favor.
    .topic = su problema de columna
    .therapist = use presión ligera alrededor de la columna, sin presión firme sobre ella

f-clot_history = Un coágulo de sangre en el pasado
    .explanation = Después de un coágulo en una pierna o en un pulmón, es mejor evitar el masaje firme en las piernas. Además, algunos medicamentos para los coágulos hacen que salgan moretones con más facilidad.
    .topic = el coágulo
    .therapist = evite el trabajo profundo o firme en las piernas

f-fragile_bones = Huesos débiles o frágiles
    .explanation = Con osteoporosis, la presión firme puede dañar los huesos débiles.
    .topic = sus huesos
    .therapist = use solo presión ligera (huesos débiles)

f-bleeding_risk = Anticoagulantes o un problema de sangrado
    .explanation = El masaje profundo o firme puede causar moretones o sangrado cuando la sangre no coagula bien.
    .topic = sus anticoagulantes o su problema de sangrado
    .therapist = use solo presión ligera (anticoagulantes o un problema de sangrado)

f-pregnancy = Embarazo
    .explanation = El masaje puede estar bien durante el embarazo, pero necesita un masajista formado en masaje para embarazadas y en posturas seguras.
    .advice = Elija un masajista formado en masaje para embarazadas.
    .topic = el masaje en el embarazo
    .therapist = use una postura segura para el embarazo (de lado, no boca arriba a partir de unas 20 semanas), y evite el trabajo profundo en las piernas

f-recent_surgery = Operación reciente
    .explanation = Después de una operación, los tejidos necesitan tiempo para curarse, y la presión cerca de la zona puede hacer daño.
    .topic = su operación reciente
    .therapist = no trabaje sobre la zona de la operación hasta que se haya curado

f-skin_problem = Un problema de piel en la zona del dolor
    .explanation = El masaje sobre un sarpullido, una herida, una quemadura o una infección puede empeorarlo o extenderlo.
    .topic = el problema de piel
    .therapist = evite la zona con el problema de piel

f-muscle_tension = Tensión muscular
    .explanation = La tensión muscular es una de las razones más comunes por las que la gente prueba el masaje.
    .low = Sus respuestas muestran poca tensión muscular.
    .moderate = Los músculos tensos pueden sentirse más sueltos durante un tiempo después de un masaje.
    .high = Los músculos tensos y los calambres (espasmos) pueden sentirse más sueltos durante un tiempo después de un masaje.

f-stiffness = Rigidez
    .explanation = Una espalda rígida cuesta moverla, a menudo después de descansar o de estar sentado.
    .low = Sus respuestas muestran poca rigidez.
    .moderate = A algunas personas les resulta más fácil moverse durante uno o dos días después de un masaje.
    .high = A algunas personas les resulta más fácil moverse durante uno o dos días después de un masaje. Los estiramientos y el ejercicio de cada día tienen más pruebas a su favor a largo plazo.

f-stress = Estrés
    .explanation = El estrés puede tensar los músculos y hacer que el dolor se sienta peor.
    .low = Su nivel de estrés es bajo.
    .moderate = El efecto relajante del masaje puede bajar el estrés durante un tiempo.
    .high = El efecto relajante del masaje puede bajar el estrés durante un tiempo, y otras formas de relajarse también pueden hacerlo.

f-strain_recovery = Recuperación de un tirón leve
    .explanation = Después de un tirón leve, un masaje suave puede aliviar los músculos doloridos mientras se curan. No se ha demostrado que ideas como "mejorar la circulación" o "liberar endorfinas" expliquen un beneficio duradero.
    .low = No ha tenido un tirón reciente.
    .moderate = Un masaje suave puede sentarle bien mientras se cura.
    .high = Es mejor esperar a que pasen los primeros días después del tirón antes de un masaje suave.

f-tender_knots = Puntos sensibles y nudos
    .explanation = Los puntos sensibles y los nudos son zonas de los músculos que están tensas y duelen.
    .low = No tiene puntos sensibles.
    .moderate = Presionarlos durante un masaje puede aliviarlos por un tiempo.
    .high = Presionarlos durante un masaje puede aliviarlos por un tiempo.

## Preguntas

q-saddle_numbness = En las últimas semanas, ¿ha empezado a notar adormecimiento u hormigueo nuevo alrededor de los genitales o las nalgas (la zona que se apoya en una silla de montar o en el asiento de una bicicleta)?
    .help = Por ejemplo, nota distinto el papel higiénico al limpiarse.

q-bladder_bowel = En las últimas semanas, ¿se le ha empezado a escapar la orina o las heces, no ha podido orinar o le cuesta mucho más empezar, o ha dejado de notar cuándo necesita ir al baño o cuándo le salen la orina o las heces?
    .help = Cuéntelo si es nuevo o si está empeorando. No cuentan el estreñimiento por sí solo, ni un chorro de orina débil que tiene desde hace años.

q-both_legs_pain = ¿Tiene dolor, adormecimiento, hormigueo o debilidad en las dos piernas que sea nuevo o que esté empeorando?
    .help = No cuenta si lleva mucho tiempo con los mismos síntomas en las dos piernas y no están cambiando.

q-sexual_problems = Desde que empezó este dolor de espalda, ¿ha perdido sensibilidad en los genitales o durante las relaciones sexuales, o ha tenido problemas nuevos para tener una erección o para eyacular?

q-sudden_severe_pain = En los últimos días, ¿ha empezado un dolor de repente y muy fuerte, sin que lo explique haber levantado peso, un giro o una caída? ¿O su dolor viene con sensación de desmayo, sudor o mareo, con dolor de vientre, o con un dolor desgarrador en el pecho o entre los omóplatos?
    .help = Responda que sí si tiene cualquiera de estas cosas. Un dolor que empezó al levantar peso o al girarse, y que no ha cambiado desde entonces, no es esta señal.

q-short_of_breath = En los últimos días, ¿le ha empezado a faltar el aire sin una razón clara, o ha tosido sangre?
    .help = No cuente una falta de aire que tiene desde hace mucho tiempo y que no ha cambiado, por ejemplo por asma.

q-chest_pain = ¿Tiene dolor en el pecho ahora, o un dolor en el pecho nuevo en los últimos días, además del dolor de espalda?

q-major_trauma = ¿Su dolor de espalda empezó después de un accidente grave reciente, como un accidente de tráfico, una caída desde una altura o un golpe fuerte, y todavía no le ha revisado un médico?
    .help = No cuente un resbalón o una caída estando de pie, ni un esfuerzo al levantar peso. Más adelante hay otra pregunta sobre eso.

q-pain_duration = ¿Cuánto tiempo lleva con este episodio de dolor de espalda?
    .o-under_6_weeks = Menos de 6 semanas
    .o-6_to_12_weeks = De 6 a 12 semanas
    .o-over_12_weeks = Más de 12 semanas

q-first_episode = ¿Es la primera vez en su vida que tiene dolor de espalda?
    .help = Responda que no si ya ha tenido dolor de espalda antes, aunque fuera hace años.

q-age = ¿Cuántos años tiene?
    .unit = años

q-pain_intensity = En promedio, durante la última semana, ¿cuánto le ha dolido la espalda?
    .min = sin dolor
    .max = el peor dolor que pueda imaginar

q-activity_limits = Durante la última semana, ¿cuánto le ha impedido el dolor de espalda hacer sus actividades diarias habituales?
    .min = nada
    .max = no pudo hacerlas en absoluto

q-leg_weakness = ¿Se le ha debilitado una pierna de una forma nueva, de modo que el pie se le arrastra o tropieza, o la pierna le falla?

q-calf_swelling = ¿Tiene una pierna (la pantorrilla o el muslo) hinchada desde hace poco, o caliente y roja o más oscura, comparada con la otra pierna?
    .help = El dolor en la pantorrilla, por sí solo, como en la ciática, no es esta señal. Pero si la pierna que le duele también se ve más grande, o la nota caliente, responda que sí o que no está seguro.

q-fever = ¿Tiene fiebre, o siente calor y escalofríos?

q-cancer_history = ¿Ha tenido cáncer alguna vez?
    .help = Cuente cualquier cáncer, aunque lo trataran hace muchos años y le dijeran que ya se había curado. No cuente el cáncer de piel, salvo el melanoma.

q-weight_loss = En los últimos 3 a 6 meses, ¿ha perdido peso sin intentarlo?

q-night_pain = ¿Le dura el dolor toda la noche, aunque descanse o cambie de postura?

q-cough_sneeze_pain = ¿El dolor de espalda empeora mucho al toser, estornudar o hacer fuerza en el baño?

q-upper_back_pain = ¿El dolor está sobre todo entre los omóplatos, y no en la parte baja de la espalda?

q-worsening_pain = ¿Su dolor de espalda empeora semana tras semana, en lugar de seguir igual o calmarse?

q-back_shape_change = ¿Ha notado un bulto nuevo, una hinchazón o un cambio en la forma de la espalda?

q-weak_immunity = ¿Tiene las defensas bajas (sistema inmunitario débil), o se inyecta drogas?
    .help = Tener las defensas bajas significa, por ejemplo: VIH que no está controlado, quimioterapia, un trasplante, pastillas de corticoides durante mucho tiempo (como la prednisolona o la prednisona) u otros medicamentos que bajan las defensas.

q-blood_clot = ¿Ha tenido alguna vez un coágulo de sangre en una pierna o en un pulmón?
    .help = Por ejemplo, una trombosis venosa profunda (TVP) o una embolia pulmonar.

q-leg_pain_below_knee = ¿El dolor baja por una pierna hasta debajo de la rodilla?

q-leg_numbness = ¿Tiene adormecimiento, hormigueo o pinchazos en una pierna o un pie?

q-walking_leg_pain = ¿Le duelen las piernas o las siente pesadas al caminar o estar de pie, y mejoran al sentarse o inclinarse hacia adelante?

q-diagnosed_conditions = ¿Algún médico le ha dicho alguna vez que tiene alguno de estos problemas? Elija todos los que correspondan, o ninguno.
    .o-herniated_disc = Una hernia de disco o un disco abultado
    .o-spinal_stenosis = Un canal de la columna estrecho (estenosis espinal)
    .o-spondylolisthesis = Una vértebra desplazada (espondilolistesis)
    .o-scoliosis = Una columna curvada (escoliosis)
    .o-osteoporosis = Huesos débiles (osteoporosis)
    .o-spinal_fracture = Un hueso roto de la columna, reciente o que aún no se ha curado
    .o-none = Ninguna de estas

q-blood_thinners = ¿Toma medicamentos para que la sangre no coagule (anticoagulantes, como warfarina o apixabán), o tiene un problema de sangrado?

q-pregnant = ¿Está embarazada?

q-pregnancy_warning = ¿El dolor viene en oleadas o con endurecimiento del vientre, o tiene sangrado, pérdida de líquido o fiebre, o nota que el bebé se mueve menos?

q-recent_surgery = ¿Le han operado en los últimos tres meses?

q-skin_problem = ¿Tiene un sarpullido, una herida, una infección o una quemadura en la piel de la zona que le duele?

q-new_rash = ¿Es un sarpullido nuevo y doloroso, o ampollas, en una franja de un solo lado del cuerpo?

q-muscle_tightness = ¿Nota a menudo tensos los músculos de la parte baja de la espalda?

q-muscle_spasms = ¿A veces le dan calambres o espasmos en los músculos de la parte baja de la espalda?

q-stiffness = ¿Tiene la espalda rígida después de descansar, por la mañana o después de estar sentado mucho tiempo?

q-long_morning_stiffness = Por la mañana, ¿la rigidez dura más de 30 minutos y mejora al moverse, no al descansar?

q-limited_bending = ¿Le cuesta agacharse, girarse o estirarse para alcanzar algo porque la espalda no se mueve mucho?

q-stress_level = En las últimas dos semanas, ¿cuánto estrés ha sentido?
    .o-low = Poco
    .o-moderate = Algo
    .o-high = Mucho

q-recent_strain = En los últimos 3 meses, ¿este dolor empezó, o empeoró de repente, después de un tirón leve o de una caída estando de pie, por ejemplo al levantar peso, al girarse, al hacer deporte o al resbalar?
    .help = No cuente un accidente grave: eso ya se preguntó antes.

q-tender_knots = ¿Tiene puntos sensibles o nudos en los músculos de la espalda que duelen al presionarlos?

q-pain_location = ¿Dónde le duele? Elija todas las zonas que correspondan. Su masajista querrá saberlo.
    .o-lower_left = Lado izquierdo de la parte baja de la espalda
    .o-lower_right = Lado derecho de la parte baja de la espalda
    .o-lower_centre = Centro de la parte baja de la espalda
    .o-buttocks = Nalgas
    .o-hips = Caderas
    .o-upper_back = Parte alta de la espalda

q-pressure_preference = ¿Qué presión de masaje le resulta agradable?
    .o-light = Ligera
    .o-medium = Media
    .o-firm = Firme
    .o-not_sure = Todavía no lo sé

## Notas

note-under_16 = Usted tiene menos de 16 años. Hable ahora de su dolor de espalda con su padre, su madre, la persona que le cuida u otro adulto de confianza, y enséñele esto.

note-new_pain = Su dolor es bastante reciente. La mayoría de los dolores de espalda nuevos mejoran mucho en pocas semanas, haga lo que haga. Por eso, si mejora durante las sesiones de masaje, parte de esa mejora puede ser la recuperación natural.

note-long_lasting_pain = Su dolor dura ya más de tres meses. Para el dolor de espalda de larga duración, las guías ponen el ejercicio en primer lugar y sugieren el masaje solo como parte de un plan que incluya ejercicio.
