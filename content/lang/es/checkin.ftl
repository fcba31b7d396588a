# Palabras de checkin.toml: lo que lee la persona.
# Ids: q-<pregunta> (.help .sign .min .max .unit .o-<opción>),
# f-<factor> (.explanation .advice .topic .therapist .low .moderate .high),
# note-<nota> y los mensajes con nombre de abajo. Vea docs/translating.md.

## El cuestionario
title = Registro semanal: ¿cómo está su espalda?
intro = Unas pocas preguntas sobre la última semana. Responda una vez por semana, más o menos el mismo día, para que backcheck pueda mostrarle si las cosas están cambiando. Sus respuestas solo se guardan en su diario, en este dispositivo.
consult = Esto no es un diagnóstico. Hable con un médico, un fisioterapeuta u otro profesional de la salud sobre su dolor de espalda, y también antes de empezar un tratamiento nuevo.

## Estados del registro: título, .summary, .advice-1 ...
status-urgent = Busque ayuda ahora
    .summary = Algunas de sus respuestas pueden ser señales de un problema grave que necesita atención ahora. No espere, y no reciba otro masaje hasta que le haya visto un médico.
status-stop_and_get_checked = Deje el masaje y hágase revisar
    .summary = Algo que contó esta semana debe revisarlo un médico antes de que reciba otro masaje.
status-much_worse = Mucho peor o muy mal: hágase revisar
    .summary = Su dolor, o cuánto le limita, está mucho peor que en su punto de partida, o muy mal esta semana (8 o más sobre 10). Hay que revisarlo en los próximos días, no dentro de unas semanas.
    .advice-1 = Repase otra vez las señales de alerta: ejecute `backcheck` y responda las preguntas.
    .advice-2 = Contacte en los próximos días con su { $family_doctor } o con un fisioterapeuta por su espalda.
    .advice-3 = Haga una pausa en el masaje hasta que le hayan visto.
status-tell_your_therapist = Registro guardado: avise a su masajista
    .summary = Vale la pena contarle a su masajista algunos de los efectos que tuvo después del masaje.
status-saved = Registro guardado
    .summary = Gracias. Ejecute `backcheck trend` para ver cómo van las cosas.

## Mensajes del registro
checkin-saved = Registro guardado del { $date }: dolor { $pain } de 10, limitación de actividades { $activity } de 10{ $massage }.
checkin-massage-yes = , con masaje esta semana
checkin-massage-no = , sin masaje esta semana
checkin-not-saved = Registro no guardado: faltan su dolor y su limitación de actividades.
checkin-next-step = Ejecute `backcheck trend` para ver cómo van las cosas.
checkin-for-date = Este registro es del { $date }.
checkin-reminder-title = Registro semanal de la espalda
checkin-reminder-text = Es hora de su registro semanal de la espalda: ejecute `backcheck checkin` (uno o dos minutos).
checkin-reminder-note = un recordatorio semanal cada { $day } a las { $time }, desde el { $date }: importe el archivo en su calendario

## La tendencia
trend-title = ¿Cómo está cambiando su espalda?

## Resultados de la tendencia: título, .summary
trend-verdict-urgent = Busque ayuda ahora
    .summary = Su registro del { $date } tiene una señal de alerta urgente: { $signs }. Llame ahora al { $emergency_number } o vaya a { $emergency_department }.
trend-verdict-see-doctor-today = Busque ayuda hoy por una señal de alerta
    .summary = Su registro del { $date } tiene una señal de alerta que debe ver un médico hoy: { $signs }. Contacte hoy con { $same_day }, antes de recibir otro masaje.
trend-verdict-see-doctor = Consulte a un médico por una señal de alerta
    .summary = Su registro del { $date } tiene una señal de alerta: { $signs }. Consulte a su { $family_doctor } en los próximos días, antes de su próximo masaje.
trend-verdict-worse = Va a peor: hágase revisar
    .summary = Su dolor, o cuánto le limita, está claramente peor que en su punto de partida.
trend-verdict-worse-numbness = Adormecimiento nuevo después de un masaje: deje el masaje y hágase revisar
    .summary = Adormecimiento nuevo después de un masaje, en su registro del { $date }: deje el masaje y hágase revisar.
trend-verdict-worse-rating = Se siente mucho peor: hágase revisar
    .summary = En su registro del { $date } dijo que su espalda estaba mucho peor que en su punto de partida. Su propia opinión cuenta, digan lo que digan los números.
trend-verdict-not-enough-data = Todavía no hay suficientes registros
    .summary = Haga un registro una vez por semana. Después de { $checkins_needed } registros desde su punto de partida, repartidos en al menos { $min_days } días, backcheck podrá decirle si las cosas están mejorando. Si empeoran, se lo dirá enseguida.
trend-verdict-improving = Mejorando
    .summary = Su dolor, o cuánto le limita, ha bajado en una cantidad que suele importar a las personas, y su último registro lo confirma.
trend-verdict-no-meaningful-change = Todavía no hay un cambio claro
    .summary =
    Ni su dolor ni cuánto le limita han cambiado lo suficiente. Un cambio real suele ser de { $meaningful_points ->
        [one] { $meaningful_points } punto
       *[other] { $meaningful_points } puntos
    }, o del { $meaningful_percent }%.

## Motivos de la tendencia
trend-reason-urgent-latest = Su registro del { $date } tiene una señal de alerta urgente: { $signs }. Busque ayuda ahora.
trend-reason-warning-signs = Su registro del { $date } tiene una señal de alerta: { $signs }.
trend-reason-numbness = Adormecimiento nuevo después de un masaje, en su registro del { $date }.
trend-reason-rated-much-worse = En su registro del { $date }, dijo que su espalda estaba mucho peor que en su punto de partida.
trend-reason-high-latest = En su registro del { $date }, { $what } llegó a { $score } sobre 10: un nivel muy alto, fuera cual fuera en su punto de partida.
trend-reason-what-pain = su dolor
trend-reason-what-activity = la limitación de sus actividades diarias por el dolor
trend-reason-no-checkins = Todavía no hay registros.
trend-reason-start-assessment = Su punto de partida es la evaluación del { $date } (dolor { $pain } de 10).
trend-reason-start-checkin = Su punto de partida es su primer registro, del { $date } (dolor { $pain } de 10). Guarde una evaluación con `backcheck --record` para empezar desde ella.
trend-reason-start-at-worst = Muchas personas empiezan a hacer registros en una semana mala, así que las semanas siguientes suelen verse mejor, haga lo que haga.
trend-reason-start-replaced = Su punto de partida sustituyó a otro anterior, del { $date } (dolor { $pain } de 10), el { $on }.
trend-reason-before-start = No cuentan los registros con fecha anterior a su punto de partida: hay { $count }.
trend-reason-too-few-none = Todavía no tiene registros después de su punto de partida; hacen falta { $checkins_needed } para poder decir que las cosas están mejorando.
trend-reason-too-few-one = Tiene 1 registro después de su punto de partida; hacen falta { $checkins_needed } para poder decir que las cosas están mejorando.
trend-reason-too-few-some = Tiene { $count } registros después de su punto de partida; hacen falta { $checkins_needed } para poder decir que las cosas están mejorando.
trend-reason-too-close = Sus registros después de su punto de partida solo abarcan { $days } días; deben abarcar al menos { $min_days } días para poder decir que las cosas están mejorando.
trend-reason-basis-average = el promedio de sus dos últimos registros; { $latest } en el último
trend-reason-basis-latest = en su último registro
trend-reason-pain-rose =
    Su dolor pasó de { $start } en su punto de partida a { $now } ({ $basis }): subió { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    }. Una subida de { $meaningful_points ->
        [one] { $meaningful_points } punto
       *[other] { $meaningful_points } puntos
    } o más es un cambio que importa, y también lo es una subida del { $meaningful_percent }% o más, si es de al menos 1 punto.
trend-reason-pain-fell =
    Su dolor pasó de { $start } en su punto de partida a { $now } ({ $basis }): bajó { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    } ({ $percent }%). Una bajada de { $meaningful_points ->
        [one] { $meaningful_points } punto
       *[other] { $meaningful_points } puntos
    } o más suele indicar un cambio que importa, y también una bajada del { $meaningful_percent }% o más, si es de al menos 1 punto.
trend-reason-pain-down-a-little =
    Su dolor pasó de { $start } en su punto de partida a { $now } ({ $basis }): bajó { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    }, pero no es un cambio claro.
trend-reason-pain-up-a-little =
    Su dolor pasó de { $start } en su punto de partida a { $now } ({ $basis }): subió { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    }, pero no es un cambio claro.
trend-reason-pain-unchanged = Su dolor pasó de { $start } en su punto de partida a { $now } ({ $basis }): sin cambios.
trend-reason-activity-rose =
    La limitación de sus actividades diarias por el dolor pasó de { $start } en su punto de partida a { $now } ({ $basis }): subió { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    }, un cambio que importa.
trend-reason-activity-fell =
    La limitación de sus actividades diarias por el dolor pasó de { $start } en su punto de partida a { $now } ({ $basis }): bajó { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    } ({ $percent }%), un cambio que suele importar a las personas.
trend-reason-activity-down-a-little =
    La limitación de sus actividades diarias por el dolor pasó de { $start } en su punto de partida a { $now } ({ $basis }): bajó { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    }, pero no es un cambio claro.
trend-reason-activity-up-a-little =
    La limitación de sus actividades diarias por el dolor pasó de { $start } en su punto de partida a { $now } ({ $basis }): subió { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    }, pero no es un cambio claro.
trend-reason-activity-unchanged = La limitación de sus actividades diarias por el dolor pasó de { $start } en su punto de partida a { $now } ({ $basis }): sin cambios.
trend-reason-natural-recovery = Su dolor había empezado menos de 12 semanas antes de su punto de partida. Un dolor de espalda tan reciente suele mejorar mucho por sí solo, así que parte de esto puede ser la recuperación natural.
trend-reason-massage-weeks =
    Anotó un masaje en { $count } de { $of ->
        [one] su { $of } registro
       *[other] sus { $of } registros
    } desde su punto de partida.
trend-reason-cause-unknown = Una tendencia muestra cómo cambiaron las cosas, no por qué: el ejercicio, el descanso, otros tratamientos, el paso del tiempo o los cambios en su vida pueden influir.
trend-reason-earlier-urgent = Su registro del { $date } tuvo una señal de alerta urgente: { $signs }.
trend-reason-earlier-warning = Su registro del { $date } tuvo una señal de alerta: { $signs }.
trend-reason-stale = Su último registro fue hace { $days } días; haga un registro cada semana para mantener esto al día.
trend-reason-rated = En su registro del { $date }, describió su espalda como “{ $rating }” en comparación con su punto de partida.
trend-reason-rated-better-figures-worse = Dijo que su espalda estaba mejor, pero sus cifras de dolor o de actividad han subido de forma clara. Las dos cosas importan: coménteselo al profesional que le atienda.
trend-reason-rated-worse-figures-better = Sus cifras de dolor o de actividad han bajado, pero dijo que su espalda estaba peor. Las dos cosas importan: coménteselo al profesional que le atienda.

## Consejos de la tendencia
trend-advice-get-help = Llame ahora al { $emergency_number } o vaya a { $emergency_department }. No espere, y no reciba otro masaje hasta que le haya visto un médico.
trend-advice-see-doctor-today = Contacte hoy con { $same_day } y cuénteles lo que es nuevo.
trend-advice-see-doctor-soon = Consulte a su { $family_doctor } en los próximos días y cuéntele lo que es nuevo.
trend-advice-stop-for-numbness = Deje de recibir masajes y consulte a su { $family_doctor } en los próximos días por el adormecimiento. Si el adormecimiento se extiende o se le debilita una pierna, contacte hoy con { $same_day }.
trend-advice-first-checkin = Ejecute `backcheck checkin` una vez por semana, más o menos el mismo día.
trend-advice-check-in-weekly = Haga un registro una vez por semana con `backcheck checkin`.
trend-advice-recheck-signs = Repase otra vez las señales de alerta (ejecute `backcheck`), y contacte en los próximos días con su { $family_doctor } o con un fisioterapeuta por su espalda.
trend-advice-stop-massage = Haga una pausa en el masaje hasta que le hayan visto.
trend-advice-check-earlier = Si todavía no le han revisado por las señales de alerta anteriores que aparecen arriba, hágase revisar antes de su próximo masaje.
trend-advice-keep-going = Siga con lo que le ayuda, y siga moviéndose: el ejercicio es lo que tiene más pruebas a su favor para el dolor de espalda a largo plazo.
trend-advice-move-on = Su espalda lleva varias semanas mejor. Ahora es un buen momento para pasar al ejercicio y a los cuidados propios, y para preguntarse si todavía necesita masajes.
trend-advice-other-options = Después de { $massage_weeks } semanas o más con masajes y sin un cambio claro, hable con su { $family_doctor } o con un fisioterapeuta sobre otras opciones, como un programa de ejercicios.
trend-advice-fair-trial = Siga haciendo su registro cada semana; dé a cualquier tratamiento un tiempo de prueba razonable, de varias semanas.

## Gráfico de la tendencia
trend-chart-legend = Dolor (D) y límites en sus actividades (L), de 0 a 10; * donde coinciden; M = semana con masaje
trend-chart-mark-both = *
trend-chart-mark-pain = D
trend-chart-mark-activity = L
trend-chart-mark-massage = M
trend-chart-baseline = punto de partida { $pain } ({ $date })
trend-chart-baseline-activity = limitación de actividades al inicio { $activity } ({ $date })
trend-chart-empty = (todavía no hay registros)
trend-chart-last-shown = (los últimos { $shown } de { $total } registros)
trend-chart-svg-title = Registros del dolor de espalda: dolor y limitación de actividades por semana
trend-chart-svg-heading = Dolor y limitación de actividades por semana (de 0 a 10)
trend-chart-svg-pain = dolor
trend-chart-svg-activity = limitación de actividades
trend-chart-svg-massage = semana con masaje
trend-chart-after-effects = Efectos después del masaje
trend-chart-rating = Su propia valoración ({ $date }): { $rating }

## Factores

f-nerve_emergency = Señales de presión sobre los nervios de la parte baja de la columna
    .explanation = Estas señales pueden indicar que los nervios de la parte baja de la columna están apretados: adormecimiento nuevo alrededor de los genitales o las nalgas, problemas nuevos con la orina o las heces, problemas sexuales nuevos, o síntomas nuevos o peores en las dos piernas. Es poco frecuente. Necesita tratamiento en cuestión de horas para evitar daños permanentes.
    .advice = Diga que tiene dolor de espalda con estos síntomas y que le preocupa un síndrome de cauda equina (síndrome de la cola de caballo). No conduzca (no maneje) usted mismo.
    .topic = síntomas nuevos de los nervios junto con dolor de espalda

f-vascular_emergency = Dolor repentino y muy fuerte, o dolor con sensación de desmayo
    .explanation = Un dolor repentino y muy fuerte, o un dolor con sensación de desmayo, sudor o mareo, puede venir de la arteria más grande del cuerpo. También puede venir de ahí un dolor de vientre, o un dolor desgarrador en el pecho o entre los omóplatos.
    .topic = dolor repentino y muy fuerte

f-breathing_emergency = Falta de aire nueva o tos con sangre
    .explanation = Si le empieza a faltar el aire o tose sangre, puede ser un coágulo de sangre en el pulmón, sobre todo si también tiene una pierna hinchada.
    .topic = falta de aire o tos con sangre

f-unsure_sign = Duda sobre una señal de alerta grave
    .explanation = Tuvo dudas sobre una señal que puede ser grave. Lo más prudente es que un médico se la revise hoy.
    .advice = Si se da cuenta de que sí tiene esa señal, o si empeora, llame ahora al { $emergency_number }.
    .topic = la señal de alerta sobre la que tenía dudas

f-possible_clot = Una pierna que se ha hinchado hace poco, o que está caliente y roja o más oscura
    .explanation = Si una pierna se ha hinchado hace poco, o está caliente y roja o más oscura, puede ser un coágulo de sangre. El masaje podría mover un coágulo.
    .advice = Si le empieza a faltar el aire o tiene dolor en el pecho, llame ahora al { $emergency_number }.
    .topic = la pierna hinchada, caliente, roja o más oscura

f-possible_infection = Fiebre
    .explanation = El dolor de espalda con fiebre, o con sensación de calor y escalofríos, puede deberse a una infección: lo más frecuente es que sea en los riñones, y rara vez en la columna. No reciba masajes mientras tenga fiebre.
    .topic = su fiebre

f-new_leg_weakness = Debilidad nueva en una pierna
    .explanation = Si una pierna se ha debilitado, con un pie que se arrastra o una pierna que le falla, puede indicar que un nervio de la espalda está muy apretado.
    .advice = Si las dos piernas se debilitan o se adormecen, o tiene problemas con la orina o las heces, llame ahora al { $emergency_number }.
    .topic = la debilidad nueva en la pierna

f-new_injury = Una caída o una lesión desde su último registro
    .explanation = Conviene que un médico revise una caída o una lesión nueva en la espalda antes de su próximo masaje, sobre todo si tiene los huesos débiles o tiene 65 años o más.
    .advice = Si fue un accidente grave, como un accidente de tráfico, una caída desde una altura o un golpe fuerte, o si no puede moverse bien o mantenerse de pie, llame ahora al { $emergency_number }.
    .topic = la caída o la lesión

f-new_numbness = Adormecimiento nuevo después de un masaje
    .explanation = Un adormecimiento que aparece después de un masaje puede indicar que un nervio se apretó o se irritó.
    .advice = Si el adormecimiento se extiende o se le debilita una pierna, busque ayuda hoy: contacte con { $same_day }.
    .topic = el adormecimiento nuevo después del masaje

f-new_warning_signs = Señales de alerta nuevas
    .explanation = Conviene que un médico revise la pérdida de peso sin intentarlo, el dolor que dura toda la noche o el dolor entre los omóplatos, aunque lo más probable es que no sea nada grave.
    .topic = las señales de alerta nuevas

f-after_effects = Efectos después del masaje
    .explanation = Es frecuente tener molestias durante uno o dos días después de un masaje, y algunas personas tienen más dolor durante un tiempo. Si las molestias duran más, el dolor sigue aumentando o salen moretones, puede que la presión fuera demasiado firme.
    .advice = En su próximo masaje, pida una presión más ligera. Si el dolor sigue empeorando, hable con un médico o un fisioterapeuta.
    .topic = los efectos después del masaje

## Preguntas

q-pain = En promedio, durante la última semana, ¿cuánto le ha dolido la espalda?
    .min = sin dolor
    .max = el peor dolor que pueda imaginar

q-activity_limits = Durante la última semana, ¿cuánto le ha impedido el dolor de espalda hacer sus actividades diarias habituales?
    .min = nada
    .max = no pudo hacerlas en absoluto

q-saddle_numbness = Desde su último registro, ¿ha empezado a notar adormecimiento u hormigueo alrededor de los genitales o las nalgas (la zona que se apoya en una silla de montar o en el asiento de una bicicleta)?
    .help = Por ejemplo, nota distinto el papel higiénico al limpiarse.
    .sign = adormecimiento nuevo alrededor de los genitales o las nalgas

q-bladder_bowel = Desde su último registro, ¿se le ha empezado a escapar la orina o las heces, no ha podido orinar o le cuesta mucho más empezar, o ha dejado de notar cuándo necesita ir al baño o cuándo le salen la orina o las heces?
    .help = Cuéntelo si es nuevo o si está empeorando. No cuentan el estreñimiento por sí solo, ni un chorro de orina débil que tiene desde hace años.
    .sign = problemas nuevos para aguantar la orina o las heces, o para orinar o hacer de vientre

q-both_legs_pain = ¿Tiene dolor, adormecimiento, hormigueo o debilidad en las dos piernas que sea nuevo o que esté empeorando?
    .help = No cuenta si lleva mucho tiempo con los mismos síntomas en las dos piernas y no están cambiando.
    .sign = síntomas nuevos o peores en las dos piernas

q-sexual_problems = Desde su último registro, ¿ha perdido sensibilidad en los genitales o durante las relaciones sexuales, o ha tenido problemas nuevos para tener una erección o para eyacular?
    .sign = pérdida de sensibilidad nueva o problemas sexuales nuevos

q-sudden_severe_pain = Desde su último registro, ¿ha empezado un dolor de repente y muy fuerte, sin que lo explique haber levantado peso, un giro o una caída? ¿O su dolor viene con sensación de desmayo, sudor o mareo, con dolor de vientre, o con un dolor desgarrador en el pecho o entre los omóplatos?
    .help = Responda que sí si tiene cualquiera de estas cosas. Un dolor que empezó al levantar peso o al girarse, y que no ha cambiado desde entonces, no es esta señal.
    .sign = dolor repentino y muy fuerte

q-short_of_breath = Desde su último registro, ¿le ha empezado a faltar el aire sin una razón clara, o ha tosido sangre?
    .help = No cuente una falta de aire que tiene desde hace mucho tiempo y que no ha cambiado, por ejemplo por asma.
    .sign = falta de aire nueva o tos con sangre

q-leg_weakness = ¿Se le ha debilitado una pierna de una forma nueva, de modo que el pie se le arrastra o tropieza, o la pierna le falla?
    .help = Si ha tenido cáncer, esto necesita ayuda ahora: llame a la línea de 24 horas de su equipo de oncología o al { $emergency_number }.
    .sign = debilidad nueva en una pierna

q-calf_swelling = ¿Tiene una pierna (la pantorrilla o el muslo) hinchada desde hace poco, o caliente y roja o más oscura, comparada con la otra pierna?
    .help = El dolor en la pantorrilla, por sí solo, como en la ciática, no es esta señal. Pero si la pierna que le duele también se ve más grande, o la nota caliente, responda que sí.
    .sign = una pierna hinchada desde hace poco, o caliente y roja o más oscura

q-fever = ¿Tiene fiebre, o siente calor y escalofríos?
    .sign = fiebre

q-new_injury = Desde su último registro, ¿ha tenido una caída o una lesión en la espalda?
    .sign = una caída o una lesión

q-new_warning_signs = Desde su último registro, ¿ha perdido peso sin intentarlo, ha tenido dolor de espalda que dura toda la noche, o dolor entre los omóplatos?
    .help = Si ha tenido cáncer, contacte hoy con su equipo de oncología por cualquiera de estas cosas.
    .sign = pérdida de peso, dolor toda la noche o dolor entre los omóplatos

q-had_massage = ¿Ha recibido un masaje desde su último registro?

q-massage_minutes = ¿Cuánto duró el masaje, más o menos, en minutos?
    .unit = minutos

q-massage_kind = ¿Qué tipo de masaje fue?
    .o-relaxation = Relajante (suave, en toda la espalda)
    .o-structural = Dirigido (trabajo firme en las zonas que duelen)
    .o-other = Otro, o no lo sé

q-side_effects = Después del masaje, ¿tuvo alguno de estos efectos? Elija todos los que correspondan, o ninguno.
    .sign = adormecimiento nuevo después de un masaje
    .o-lasting_soreness = Molestias que duraron más de dos días
    .o-more_pain = Más dolor de espalda que antes
    .o-bruising = Moretones
    .o-new_numbness = Adormecimiento u hormigueo nuevos
    .o-none = Ninguno de estos

q-global_change = En comparación con su punto de partida, ¿cómo está ahora su espalda, en general?
    .help = Su propia opinión cuenta además de los números: no siempre coinciden.
    .o-much_better = Mucho mejor
    .o-a_little_better = Un poco mejor
    .o-about_the_same = Más o menos igual
    .o-a_little_worse = Un poco peor
    .o-much_worse = Mucho peor
