# Las palabras de backcheck: preguntas, títulos de los informes, mensajes y
# errores. Mismos mensajes y mismos argumentos que en/backcheck.ftl.

## Días de la semana, empezando por el lunes

weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
