# Las palabras de backcheck: preguntas, títulos de los informes, mensajes y
# errores. Mismos mensajes y mismos argumentos que en/backcheck.ftl.

## Elegir el idioma

error-lang-tag = --lang { $tag }: no es una etiqueta de idioma; use una como en, es o es-MX
note-lang-unmet = backcheck aún no habla { $tag }; usa { $shown } (habla: { $known })

## Días de la semana, empezando por el lunes

weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
