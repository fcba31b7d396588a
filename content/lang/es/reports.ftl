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
timing-today = consulte hoy
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
