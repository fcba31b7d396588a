# Las palabras de backcheck en sus informes: títulos, columnas de tablas y
# las frases cortas alrededor de las palabras del contenido.

## La evaluación

report-meta = Fecha: { $date } · Cuestionario: { $id } { $version }
report-get-help-now = PIDA AYUDA AHORA
report-verdict = Resultado: { $verdict }
report-why = Por qué
report-nothing-found = Ninguna de sus respuestas señaló un factor de este cuestionario.
report-because = Porque respondió «{ $answer }» a: { $question }
report-next = Qué hacer ahora
report-where-it-hurts = Dónde duele: { $places }.
report-pressure = Presión que le resulta cómoda: { $pressure }.
report-your-answers = Sus respuestas
report-private = Estas son respuestas privadas sobre su salud: guarde este informe en un lugar seguro y compártalo solo con quien usted elija.
report-question = Pregunta
report-answer = Respuesta
report-research = Lo que dicen los estudios
report-references = Fuentes

## Qué tan pronto hay que actuar ante una señal, después de su nombre

timing-now = pida ayuda ahora
timing-today = busque atención médica hoy
timing-within-days = vea a un médico en los próximos días
timing-routine = consulte antes del masaje
timing-none = nada urgente

## La evolución

report-date = Fecha: { $date }
report-after-effects-on = { $date }: { $effects }
report-yes = sí
report-no = no
column-date = Fecha
column-pain = Dolor
column-activity = Límites en sus actividades
column-rating = Su valoración
column-massage = Masaje
column-urgent = Señal urgente
column-after-effects = Efectos después del masaje

## Se dice una vez en un informe cuyo idioma aún no ha revisado un traductor médico

report-unreviewed = Esta traducción todavía no la ha revisado un traductor médico. Si alguna palabra no está clara, pregunte a un profesional de la salud.

## La lista del diario

journal-title = Diario
journal-path = Diario: { $path }
journal-missing = Todavía no hay un diario en { $path }. Empiece uno con `backcheck checkin`.
journal-starting-point = Punto de partida: { $date }, dolor { $pain } de 10, { $verdict }
journal-no-starting-point = Punto de partida: todavía ninguno (guarde uno con `backcheck --record`)
journal-replaced = . Reemplazó al punto de partida del { $date }, dolor { $pain } de 10, el { $on }
journal-count = { $count ->
    [one] { $count } registro
   *[other] { $count } registros
}
journal-entry = { $date }: dolor { $pain }, límites en sus actividades { $activity }, masaje { $massage }
journal-entry-urgent = , una señal urgente
journal-entry-rated = , valoración: { $rating }
journal-entry-after-effects = ; efectos después del masaje: { $effects }
column-limits = Límites
column-urgent-short = Urgente
column-rating-short = Valoración

## El registro semanal

checkin-report-title = Registro semanal

## La lista de preguntas (`backcheck questions`), para revisores

test-equals = { $question } es { $value }
test-one-of = { $question } es una de estas: { $value }
test-at-least = { $question } es al menos { $value }
test-at-most = { $question } es como máximo { $value }
test-above = { $question } es más de { $value }
test-below = { $question } es menos de { $value }
test-and = {" "}y{" "}
test-or = {" "}o{" "}
test-not = no ({ $test })
listing-not-sure = no estoy seguro
listing-the-answer = la respuesta
listing-effect-when = , cuando { $test }
listing-yes-no = sí/no
listing-yes-no-not-sure = sí/no/no estoy seguro
listing-choose-one = elija una
listing-choose-any = elija las que quiera
listing-scale = escala de { $min } ({ $min_label }) a { $max } ({ $max_label })
listing-number = número de { $min } a { $max }{ $unit }
listing-count = { $more ->
    [yes] { $questions } preguntas (pueden venir algunas más según sus respuestas), { $factors } factores. Las respuestas por tubería van una por línea, en este orden;
   *[no] { $questions } preguntas, { $factors } factores. Las respuestas por tubería van una por línea, en este orden;
}
listing-piped = una pregunta cuyo "se pregunta cuando" no se cumple no ocupa ninguna línea.
listing-optional = , opcional
listing-answers = respuestas:
listing-asked-when = se pregunta cuando:
listing-effect = efecto:
listing-heading = { $more ->
    [yes] Cuestionario { $id }, versión { $version }: { $questions } preguntas (pueden venir algunas más según sus respuestas), { $factors } factores.
   *[no] Cuestionario { $id }, versión { $version }: { $questions } preguntas, { $factors } factores.
}
listing-questions = Preguntas
listing-help = Ayuda:
listing-options = Opciones:
listing-asked-when-md = Se pregunta cuando:
listing-effect-md = Efecto:
listing-how = Cómo las respuestas llevan a un resultado
listing-how-text = Decide el tipo de factor más urgente que active una respuesta, y nada puede compensarlo: emergency (pida ayuda ahora), luego red_flag (vea primero a un médico), luego caution (consulte antes). Si no hay ninguno de estos, los factores benefit suman puntos según su nivel (moderate: 1, high: 2).
listing-points = Desde { $likely } puntos el resultado es "{ $likely_title }", desde { $may } puntos "{ $may_title }", y por debajo "{ $unlikely_title }".
listing-factors = Factores
listing-factors-header = | Id | Nombre | Tipo | Qué significa | Qué hacer |
listing-notes = Notas
listing-note = Cuando { $test }: { $text }

## La nota para el masajista en una línea (la lista de consejos del JSON)

therapist-line-where = dónde duele: { $places }
therapist-line-pressure = presión: { $pressure }
