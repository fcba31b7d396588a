# Los mensajes de backcheck: errores, avisos y notas en la salida de errores
# (después de `backcheck: `), las preguntas que confirman un cambio y las
# líneas que dicen qué se guardó o se borró.
# Mismos mensajes y mismos argumentos que en/messages.ftl. Los lugares
# (`archivo:línea:columna`), las opciones, los comandos, los ids y los valores
# no se traducen.

## Lo que dice el sistema cuando falla una lectura o una escritura

error-system = { $kind ->
    [not-found] no existe ese archivo o carpeta
    [permission-denied] no tiene permiso
    [already-exists] ya existe
    [not-a-folder] una parte de la ruta no es una carpeta
    [is-a-folder] es una carpeta
    [read-only] el sistema de archivos es de solo lectura
    [disk-full] no queda espacio en el disco
    [busy] el recurso está ocupado
   *[other] { $text }
}

## Sugerencias, en su propia línea debajo de un mensaje: "  = sugerencia: ..."

hint-label = sugerencia

## Elegir el idioma y la región

error-lang-tag = --lang { $tag }: no es una etiqueta de idioma; use una como en, es o es-MX
note-lang-unmet = backcheck aún no habla { $tag }; usa { $shown } (habla: { $known })
error-region-code = --region { $text }: no es un código de región; use un código de país de dos letras, como ES, MX, AR, US o GB
note-region-unknown = backcheck no tiene los números de emergencia de la región { $tag }; usa las palabras generales (conoce: { $known })

## La línea de comandos

error-date-unreal = --date { $text }: no es una fecha real; use AAAA-MM-DD, por ejemplo { $today }
error-date-future = --date { $date } es una fecha futura (hoy es { $today })
error-time = --time { $text }: no es una hora del día; use HH:MM, de 00:00 a 23:59, por ejemplo 18:30
error-option-not-here = { $option } no es una opción de `{ $command }`; vea `backcheck { $command } --help`
error-no-such-form = `{ $command }` no tiene formato { $format }; escribe --format { $known }
error-output-no-form = esta salida no tiene formato { $format }
error-options-before-command = --answers, --date, --save-answers, --record, --interactive, --plain y --output van con la evaluación (sin comando) o después del comando, no antes
error-export-format = journal export escribe --format json, csv o fhir
error-full-csv = --full escribe cada informe completo como una línea JSON; no puede ir con --format csv
error-both-stdout = { $option } { $path } y el informe irían los dos a la salida estándar
hint-both-stdout = ponga el informe en un archivo con --output ARCHIVO
error-no-tty = --interactive necesita una terminal donde preguntar, y no hay ninguna ({ $why }); envíe las respuestas por una tubería o use --answers ARCHIVO
error-cannot-ask = no se pueden hacer las preguntas: { $why }
note-stopped = Detenido. No se guardó nada.

## Leer un archivo o la entrada estándar

error-standard-input = entrada estándar
error-input-unreadable = { $kind ->
    [content] no se puede leer el cuestionario
    [words] no se puede leer el archivo de palabras
    [import] no se puede leer el archivo de importación
    [records] no se pueden leer los conjuntos de respuestas
   *[answers] no se pueden leer las respuestas
} { $path }: { $why }
error-input-too-large = { $path }: { $kind ->
    [content] el cuestionario es demasiado grande
    [words] el archivo de palabras es demasiado grande
    [import] el archivo de importación es demasiado grande
    [records] los conjuntos de respuestas son demasiado grandes
   *[answers] las respuestas son demasiado grandes
}: más de { $size } ({ $limit } bytes)
error-input-not-utf8 = { $path }:{ $line }:{ $column }: { $kind ->
    [content] el cuestionario no es
    [words] el archivo de palabras no es
    [import] el archivo de importación no es
    [records] los conjuntos de respuestas no son
   *[answers] las respuestas no son
} texto UTF-8
hint-save-utf8 = guárdelo con la codificación UTF-8

## Escribir un archivo

error-output = no se puede escribir la salida: { $why }
error-write = no se puede escribir { $path }: { $why }
error-terminal = terminal: { $why }
error-write-folder = es una carpeta; indique un nombre de archivo
error-not-a-folder = { $path } no es una carpeta
error-folder-missing = la carpeta { $path } no existe
error-cannot-make-file = no se puede crear un archivo en { $path }: { $why }
error-too-many-links = demasiados enlaces simbólicos
note-wrote-private = { $kind ->
    [answers] se guardaron sus respuestas en { $path }
    [chart] se guardó el gráfico en { $path }
   *[output] se guardó { $path }
} (solo usted puede leer el archivo)
note-wrote = { $kind ->
    [answers] se guardaron sus respuestas en { $path }
    [chart] se guardó el gráfico en { $path }
   *[output] se guardó { $path }
}

## El diario

error-journal-no-path = no hay dónde guardar el diario: indique --journal RUTA o BACKCHECK_JOURNAL (no se encontró una carpeta de datos)
error-journal-not-ours = { $path } no es un diario de backcheck; se dejó como estaba
hint-journal-not-ours = indique otro archivo con --journal, o mueva este a otro sitio
error-journal-damaged = el diario { $path } está dañado ({ $why }); se dejó como estaba
hint-journal-damaged = restáurelo desde una exportación (`backcheck journal import`), o muévalo a otro sitio para empezar de nuevo
error-journal-newer = el diario { $path } tiene la versión de esquema { $version }, más nueva que la que conoce este backcheck ({ $known }); actualice backcheck
error-journal-unusable = no se puede usar el diario { $path }: { $why }
error-journal-sqlite = el diario { $path }: { $why }
error-journal-date-taken = ya hay un registro del { $date } en { $path }; no se cambió nada
hint-journal-date-taken = añada --replace para reemplazarlo, o indique otra fecha con --date
error-journal-bad-value = el diario { $path } contiene un valor que backcheck no puede leer: { $why }
error-journal-value = { $kind ->
    [side-effects] efectos después del masaje { $text }: { $why }
    [signs] señales { $text }: { $why }
    [date] fecha { $text }
   *[answers] respuestas: { $why }
}

## El punto de partida (una evaluación guardada)

note-starting-point = { $date }, dolor { $pain } de 10
error-starting-point-kept = el diario ya tiene un punto de partida ({ $what }); no se cambió nada
hint-starting-point-kept = añada --replace para reemplazarlo (queda en el diario como punto de partida reemplazado)
error-record-no-pain-role = --record necesita una pregunta sobre el dolor, y este cuestionario no indica ninguna (`pain` en su tabla [roles])
error-record-no-pain = --record necesita una respuesta a `{ $id }`, la pregunta sobre el dolor, y no la hay
note-emergency-not-kept = un resultado de emergencia no se guarda como punto de partida para los registros de masaje
note-starting-point-kept = esta evaluación ({ $date }, dolor { $pain } de 10) quedó guardada como punto de partida de los registros en { $path }
note-starting-point-replaced = esta evaluación ({ $date }, dolor { $pain } de 10) quedó guardada como punto de partida de los registros en { $path }; reemplaza al anterior ({ $what }), que queda en el diario
note-ask-keep-starting-point = ¿Guardar esta evaluación como su punto de partida para los registros semanales?
note-ask-replace-starting-point = Ya tiene un punto de partida ({ $what }). ¿Reemplazarlo por este? El anterior queda en el diario.
note-starting-point-unchanged = Su punto de partida no cambió.

## Guardar las respuestas

note-saved-answers = Sus respuestas se guardaron en { $path }.
note-ask-replace-file = { $path } ya existe. ¿Reemplazarlo?
note-saved-answers-private = Sus respuestas se guardaron en { $path } (solo usted puede leer el archivo). Para usarlas de nuevo: backcheck --answers { $path }

## Registros semanales

error-checkin-before-start = un registro del { $date } quedaría antes de su punto de partida ({ $start }); los registros cuentan desde el punto de partida
hint-checkin-before-start = indique con --date una fecha igual o posterior al { $start }, o guarde un punto de partida anterior con `backcheck --record --replace --date YYYY-MM-DD`
note-ask-replace-checkin = Ya tiene un registro del { $date }. ¿Reemplazarlo por uno nuevo?
note-nothing-changed = No se cambió nada.

## Borrar

error-delete-unconfirmed = no se borra { $kind ->
    [checkin] el registro del { $date }
   *[journal] { $path }
} sin confirmación: no hay una terminal donde preguntar; añada --yes
note-delete-warning = Esto no se puede deshacer. Escriba sí para borrar:
note-delete-yes = sí
error-no-checkin-on-date = no hay ningún registro del { $date } en { $path }; `backcheck journal list` muestra las fechas
note-ask-delete-checkin = ¿Borrar el registro del { $date } (dolor { $pain } de 10, limitación de actividades { $activity } de 10) de { $path }?
note-nothing-deleted = No se borró nada.
note-deleted-checkin = Se borró el registro del { $date } de { $path }.
note-no-journal-to-delete = No hay ningún diario en { $path }; no hay nada que borrar.
note-ask-delete-journal = ¿Borrar el diario de { $path } ({ $count ->
    [one] { $count } registro
   *[other] { $count } registros
} y el punto de partida)?
note-deleted-journal = Se borró el diario de { $path }.

## Importar (`journal import`)

error-import-not-empty = el diario de { $path } ya contiene datos; la importación va a un diario vacío (use otro --journal, o antes `backcheck journal delete`)
note-imported = Se { $count ->
    [one] importó { $count } registro
   *[other] importaron { $count } registros
}{ $kind ->
    [with-start] { $replaced ->
        [0] {" "}y el punto de partida
        [one] , el punto de partida y { $replaced } punto de partida reemplazado
       *[other] , el punto de partida y { $replaced } puntos de partida reemplazados
    }
   *[without] { $replaced ->
        [0] {""}
        [one] {" "}y { $replaced } punto de partida reemplazado
       *[other] {" "}y { $replaced } puntos de partida reemplazados
    }
} en { $path }.
error-import-shape = { $path }:{ $line }:{ $column }: { $kind ->
    [syntax] no es JSON válido
    [eof] el JSON termina antes de tiempo
    [missing-field] falta el campo `{ $field }`
    [unknown-field] el campo `{ $field }` no es de una exportación de backcheck
    [duplicate-field] el campo `{ $field }` aparece dos veces
    [invalid] un valor no es del tipo esperado
   *[other] { $text }
}
error-import-place = { $kind ->
    [baseline] punto de partida
    [replaced] punto de partida reemplazado { $count }
   *[checkin] registro { $count }
}
error-import-field = { $kind ->
    [verdict] resultado
    [pain-duration] duración del dolor
    [questionnaire-id] id del cuestionario
    [questionnaire-version] versión del cuestionario
    [side-effect] efecto después del masaje
    [massage-kind] tipo de masaje
    [global-change] cambio general
    [status] estado
    [sign] señal
    [pain] dolor
   *[activity-limits] limitación de actividades
}
error-import-version = schema_version { $version } no es una versión que lea este backcheck (1)
error-import-date-unreal = { $what }: la fecha { $text } no es una fecha AAAA-MM-DD real
error-import-date-future = { $what }: la fecha { $date } es futura
error-import-scale = { $what }: { $field } { $count } no está entre 0 y 10
error-import-id = { $what }: { $field } { $text } no es un id (letras minúsculas, cifras, _ - .)
error-import-replaced-at = { $what }: replaced_at { $text } no es una fecha y hora RFC 3339
error-import-date-twice = { $what }: la fecha { $date } aparece dos veces; un diario tiene un registro por fecha

## Puntuar muchos conjuntos de respuestas (`score`)

error-csv-header = línea 1: no se puede leer la cabecera CSV: { $why }
error-record-too-long = la entrada tiene más de { $limit } bytes
error-record-not-utf8 = la entrada no es texto UTF-8
error-row-not-utf8 = la fila no es texto UTF-8
error-row-fields = la fila tiene { $count ->
    [one] { $count } campo
   *[other] { $count } campos
}, la cabecera { $total }
error-reading-stopped = el hilo de lectura se detuvo
error-column-unknown = { $path }:1:{ $column }: la columna `{ $id }` no es una pregunta de este cuestionario
error-did-you-mean = ; ¿quiso decir `{ $id }`?
hint-column-unknown = la cabecera tiene `_id` e ids de preguntas; `backcheck questions` los muestra
error-column-twice = { $path }:1:{ $column }: la columna `{ $id }` aparece dos veces
error-id-twice = `_id` aparece dos veces
error-cannot-write-result = no se puede escribir el resultado: { $why }
error-cell-yes-no = { $path }:{ $line }:{ $column }: { $text } no es una respuesta válida para `{ $id }`; se acepta: yes, no, true, false, 1 o 0{ $kind ->
    [with-unsure] , o not sure
   *[plain] {""}
}
note-scored = { $count ->
    [one] { $count } conjunto de respuestas puntuado
   *[other] { $count } conjuntos de respuestas puntuados
}: { $emergencies ->
    [one] { $emergencies } es emergency
   *[other] { $emergencies } son emergency
}, { $doctor_first ->
    [one] { $doctor_first } es see_doctor_first
   *[other] { $doctor_first } son see_doctor_first
}; { $kind ->
    [none] ninguno necesita revisión el mismo día
   *[some] revíselos el mismo día
}
error-records-failed = { $count } de { $total } conjuntos de respuestas no se pudieron puntuar ({ $count ->
    [one] línea
   *[other] líneas
} { $text }); cada uno tiene una entrada de error en la salida
note-progress = { $count ->
    [one] { $count } conjunto de respuestas
   *[other] { $count } conjuntos de respuestas
}
note-progress-left = (quedan { $time })

## Exportaciones de encuestas

note-columns-ignored = { $count ->
    [one] { $path }: 1 columna no es una pregunta y se ignora: { $columns } (--strict-columns la rechaza)
   *[other] { $path }: { $count } columnas no son preguntas y se ignoran: { $columns } (--strict-columns las rechaza)
}

## Un QuestionnaireResponse de FHIR como respuestas (--answers, checkin --answers, score)
fhir-in-not-response = esto es un { $found } de FHIR, no un QuestionnaireResponse; --answers lee un QuestionnaireResponse (JSON de FHIR R4) o un archivo de respuestas TOML o JSON
fhir-in-other-questionnaire = esta respuesta es del cuestionario { $found }, no de { $ours }; responda este (`backcheck questions --format fhir` lo escribe)
fhir-in-other-version = esta respuesta es de la versión { $found } del cuestionario; esta es la versión { $ours } (el primer número debe ser el mismo)
fhir-in-status = el estado de esta respuesta es "{ $found }"; se acepta "completed" o "amended" (una "in-progress" se rechaza porque no está terminada)
fhir-in-foreign-system = la codificación de `{ $question }` es del sistema de códigos { $system }; se acepta un código sin sistema o con { $ours }
fhir-in-in-progress = { $count ->
    [0] { $path } está marcada como "in-progress": termínela en la aplicación de formularios o márquela como "completed"
    [one] { $path } está marcada como "in-progress" (sin terminar); 1 pregunta obligatoria aún no tiene respuesta:
   *[other] { $path } está marcada como "in-progress" (sin terminar); { $count } preguntas obligatorias aún no tienen respuesta:
}
fhir-in-in-progress-hint = termine el formulario y envíelo de nuevo; backcheck solo lee una respuesta terminada
error-bundle-needs-fhir = --bundle es para --format fhir (un Bundle con el Questionnaire y su CodeSystem)
error-document-too-large = el documento JSON ocupa más de { $limit } bytes; divídalo o escriba una respuesta por línea (NDJSON)
error-document-json = no es un documento JSON: { $why }; se acepta JSON Lines (un objeto por línea), un Bundle de FHIR o CSV
error-import-fhir-questionnaire = { $at }: una respuesta a { $found }; el Bundle de un diario contiene respuestas a { $assessment } (el punto de partida) y a { $checkin } (los registros)
error-import-fhir-authored = { $at }: "authored" es { $text }; se acepta una fecha, AAAA-MM-DD, o una fecha y una hora
error-import-fhir-no-pain = { $at }: la evaluación no tiene respuesta sobre el dolor, así que no puede ser un punto de partida
error-columns-file = { $at }: no es un archivo de columnas: { $why }; escriba una línea por encabezado, "Encabezado tal como se exportó" = "id_de_pregunta"
error-columns-unknown = { $at }: `{ $id }` no es el id de una pregunta (ni "_id")
