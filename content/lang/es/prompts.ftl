# Las palabras de backcheck mientras una persona responde: las preguntas en la
# terminal (listas y líneas escritas) y lo que se dice sobre las respuestas.

## Palabras aceptadas como respuesta, además de ids y números: listas separadas
## por comas, sin importar mayúsculas ni acentos. Las palabras en inglés
## también se aceptan siempre.

answer-yes-words = sí, si, s
answer-no-words = no, n
answer-not-sure-words = no estoy seguro, no estoy segura, no sé, no se, no lo sé
answer-skip-words = saltar, omitir
answer-back-words = atrás, volver
answer-none-words = ninguna, ninguno, nada

## Una respuesta en palabras

answer-yes = sí
answer-no = no
answer-not-sure = no estoy seguro
answer-none = ninguna
answer-on-scale = { $n } en la escala de { $min } a { $max }
answer-quoted = «{ $answer }»
answer-no-answer = sin respuesta
answer-skipped = omitida
answer-an-earlier-answer = una respuesta anterior
answer-question-ref = la pregunta { $number } (`{ $id }`: { $answer })
answer-your-answer-to = su respuesta a { $parts }
answer-and = {" "}y{" "}
answer-ignored = aviso: se ignora la respuesta a `{ $id }`: { $why } oculta esa pregunta

## Lo que acepta una pregunta

answer-accepted-yes-no = s, sí, n o no
answer-accepted-yes-no-not-sure = s, sí, n, no o no estoy seguro
answer-accepted-choice = una de { $values } (o su número, del 1 al { $count }, o sus palabras)
answer-accepted-multi = cualquiera de { $values } (o sus números, del 1 al { $count }) separadas por comas, o ninguna
answer-accepted-number = un número entero del { $min } al { $max }
answer-accepted-or-skip = , o saltar
answer-file-accepted-yes-no = true o false (o "yes" o "no")
answer-file-accepted-yes-no-not-sure = true, false o "not_sure" (o "yes" o "no")
answer-file-accepted-choice = una de { $values } (o sus palabras)
answer-file-accepted-multi = una lista de cualquiera de { $values } (o [] para ninguna)

## Problemas con las respuestas

answer-file-bad = { $given } no es una respuesta válida para `{ $question }`; se acepta: { $accepted }
answer-file-unknown = `{ $key }` no es una pregunta de este cuestionario
answer-did-you-mean = ; ¿quiso decir `{ $id }`?
answer-file-twice = `{ $key }` tiene dos respuestas; dé una sola respuesta a cada pregunta
answer-file-bare-word = `{ $key } = { $word }`: en un archivo de respuestas una palabra va entre comillas; escriba { $bool ->
    [true] { $key } = "{ $word }" o { $key } = true
    [false] { $key } = "{ $word }" o { $key } = false
   *[other] { $key } = "{ $word }"
}
answer-file-problems = { $path } tiene { $count } problemas:
answer-file-hint = sugerencia: `{ $list }` muestra el id de cada pregunta y lo que acepta
answer-hint = sugerencia: { $hint }
answer-note = nota: { $note }
answer-line-too-long = la línea { $line } tiene más de { $limit } bytes; cada respuesta va en su propia línea corta
answer-bad-line = línea { $line } (pregunta { $number }, `{ $question }`): { $given } no es una respuesta válida aquí; se acepta: { $accepted }
answer-ended-early = { $line ->
    [0] no llegó ninguna respuesta
   *[other] las respuestas terminaron después de la línea { $line }
}, pero la pregunta `{ $question }` todavía necesita una respuesta ({ $text })
answer-ended-early-hint = sugerencia: ejecute `{ $list }` para ver todas las preguntas en orden
answer-left-over = línea { $line }: sobra { $given }: todas las preguntas ya tienen su respuesta
answer-left-over-hint = sugerencia: una pregunta oculta por una respuesta anterior no ocupa ninguna línea; `{ $list }` las muestra
answer-missing = { $count ->
    [one] { $path }: { $count } pregunta obligatoria no tiene respuesta:
   *[other] { $path }: { $count } preguntas obligatorias no tienen respuesta:
}
answer-outdated = { $count ->
    [one] { $path } se guardó para { $questionnaire } { $saved }; esta es la versión { $current }, que hace { $count } pregunta que el archivo no responde:
   *[other] { $path } se guardó para { $questionnaire } { $saved }; esta es la versión { $current }, que hace { $count } preguntas que el archivo no responde:
}
answer-outdated-hint = añada esas respuestas, o responda de nuevo a todas las preguntas con `backcheck --save-answers { $path }`
answer-question-n = la pregunta { $number }
answer-question-n-id = la pregunta { $number } (`{ $id }`)
answer-asked-because = { $which } se hizo por { $why }
answer-took-no-line = la pregunta { $number } (`{ $id }`) no ocupó ninguna línea: no se hizo por { $why }
answer-json-one-object = un objeto JSON, {"{"}"id_de_pregunta": respuesta, ...{"}"}
answer-json-expected-value = se esperaba un valor: true, false, un número, un "texto" o una [lista]
answer-json-key = se esperaba el id de una pregunta entre comillas dobles, o {"}"}
answer-json-trailing-comma = se esperaba otro "id": valor después de la coma, o ninguna coma
answer-json-eof-object = el archivo terminó antes de la llave de cierre {"}"}
answer-json-eof-list = el archivo terminó antes del corchete de cierre ]
answer-json-eof-string = el archivo terminó dentro de un texto; ciérrelo con "
answer-json-eof-value = el archivo terminó donde se esperaba un valor
answer-json-trailing = se esperaba el final del archivo después de la llave de cierre {"}"}

## Las preguntas en una terminal

prompt-no-terminal = la salida de error estándar no es una terminal, así que no hay dónde hacer las preguntas
prompt-question-of = Pregunta { $position } de { $total }
prompt-key-yes = s
prompt-key-no = n
prompt-yes = Sí
prompt-no = No
prompt-not-sure = No estoy seguro
prompt-skip = Saltar esta pregunta
prompt-yes-or-no = Sí o no
prompt-yes-no-not-sure = Sí, no o no estoy seguro
prompt-hint-yes-no = Pulse s o n. Esc vuelve atrás.
prompt-hint-yes-no-not-sure = Pulse s o n, o elija «No estoy seguro». Esc vuelve atrás.
prompt-hint-yes-no-skip = Pulse s o n, o elija «Saltar». Esc vuelve atrás.
prompt-hint-choice = Escriba el número de una opción o use las flechas; Intro elige.
prompt-choose-one = Elija una
prompt-hint-multi = Escriba el número de una fila o use las flechas, Espacio la marca; Intro cuando termine. Si no marca ninguna, la respuesta es «ninguna».
prompt-choose-all = Elija todas las que correspondan
prompt-hint-scale = Escriba el número o use las flechas; Intro elige.
prompt-choose-number = Elija un número
prompt-hint-number = Un número entero del { $min } al { $max }{ $unit }. Escriba atrás para volver{ $skip }.
prompt-or-skip = , o saltar
prompt-type-number = Escriba un número
prompt-number-range = Del { $min } al { $max }, o atrás
prompt-what-next = ¿Qué quiere hacer ahora?
prompt-urgent-show = Mostrarme qué hacer ahora
prompt-urgent-go-on = Seguir con las preguntas
prompt-urgent-mistake = Respondí sí por error
prompt-urgent-not-sure = Si no está seguro, tómelo como un sí.
prompt-how-long = { $count } preguntas, { $minutes }
prompt-how-long-more = { $count } preguntas (pueden venir algunas más según sus respuestas), { $minutes }
prompt-minutes = { $count ->
    [one] alrededor de un minuto
   *[other] alrededor de { $count } minutos
}
prompt-intro = { $how_long }. Esc vuelve una pregunta atrás. Ctrl-C termina y no se guarda nada.
prompt-first-question = Esta es la primera pregunta; no hay ninguna antes.
prompt-back = De vuelta a la pregunta anterior.
prompt-noted = Anotado: { $sign }. Es una señal de alerta; su resumen le dirá qué hacer.
prompt-your-answers = Sus respuestas
prompt-show-summary = Mostrar mi resumen
prompt-change-answer = Cambiar una respuesta
prompt-ready = ¿Todo listo?
prompt-hint-back-to-list = Esc vuelve a la lista.
prompt-hint-review = Esc vuelve a la última pregunta.
prompt-which-answer = ¿Qué respuesta?
prompt-save = ¿Guardar sus respuestas en un archivo, para usarlas de nuevo más tarde?
prompt-file-name = Nombre del archivo

## Preguntas sencillas (--plain): líneas escritas

prompt-plain-intro = { $how_long }. Escriba atrás para volver a la pregunta anterior. Pulse Ctrl-C para terminar; no se guarda nada.
prompt-plain-question = Pregunta { $position } de { $total }: { $text }
prompt-plain-yes-no = Escriba s o n
prompt-plain-yes-no-not-sure = Escriba s, n o no estoy seguro
prompt-plain-choice = Escriba un número del 1 al { $count }
prompt-plain-multi = Escriba los números que correspondan, separados por comas, o ninguno
prompt-plain-scale = Escriba un número del { $min } ({ $min_label }) al { $max } ({ $max_label })
prompt-plain-number = Escriba un número del { $min } al { $max }
prompt-plain-number-unit = Escriba un número de { $unit } del { $min } al { $max }
prompt-plain-back = . Escriba atrás para volver a la pregunta anterior.
prompt-plain-keep = Pulse Intro para mantener su respuesta: { $answer }.
prompt-plain-not-an-answer = Lo siento, esa respuesta no es válida aquí. { $how }
prompt-plain-pick-again = Escriba un número del 1 al { $n }.
prompt-plain-get-help = PIDA AYUDA AHORA.
prompt-plain-pick-3 = Escriba un número del 1 al 3:
prompt-plain-your-answers = Sus respuestas:
prompt-plain-review-row = { $number }. { $text } Su respuesta: { $answer }.
prompt-plain-review-pick = Para cambiar una respuesta, escriba su número; pulse Intro para ver su resumen:
prompt-plain-review-back = Escriba atrás para volver a la última pregunta.
prompt-plain-save = ¿Guardar sus respuestas en un archivo para usarlas más tarde? Escriba s o n:
prompt-plain-file-name = Nombre del archivo (pulse Intro para { $suggestion }):
prompt-plain-confirm = { $question } Escriba s o n:
