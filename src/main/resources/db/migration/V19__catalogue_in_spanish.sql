-- The seeded catalogue in Spanish ('es'): every exercise of V4 (version 1), the three prompt sets and the seeded
-- support resource's description, published, each recording the digest of the English it was written from so that it
-- turns stale the moment that English changes. Kintsugi's own wording, written for this service, not a word-for-word
-- rendering of the English.
--
-- Register: a kind counselor's voice in neutral Spanish meant to read well in Spain and in Latin America. Neither
-- "vosotros" nor "ustedes" is used: what the couple does together is told in the third person or impersonally
-- ("cualquiera de los dos", "se cambian los papeles", infinitives in the shared turns' cues), and whatever is said to
-- one partner uses "tú". "Partner A/B" is "Persona A/B" and "your partner" is "tu pareja", which says nothing about
-- anyone's gender. The grounding pause is "pausa para recuperar la calma" wherever it is named.
--
-- turn_cues keeps exactly one cue per turn of the version's plan, in the English order; steps, reflection prompts and
-- safety notes keep the English count and order too.

insert into exercise_text (exercise_id, version, locale, title, summary, steps, turn_cues, reflection_prompts,
                           safety_notes, status, source_digest)
select es.exercise_id, 1, 'es', es.title, es.summary, es.steps, es.turn_cues, es.reflection_prompts, es.safety_notes,
       'published', en.text_digest
from (values
    ('00000000-0000-4000-8000-000000000001'::uuid,
     'Encuentro en un espacio seguro',
     'Una cita cada semana en la que cada uno tiene cinco minutos, con temporizador, para contar cómo se siente '
     'mientras la otra persona solo escucha. Nadie interrumpe, corrige ni juzga.',
     $$["Se elige un momento fijo cada semana y se protege, en un lugar tranquilo donde nadie vaya a molestar.",
        "Los teléfonos se dejan a un lado y se pone un temporizador de cinco minutos.",
        "La persona A cuenta cómo se siente ahora mismo; la persona B escucha sin interrumpir, sin comentar y sin intentar arreglar nada.",
        "Se vuelve a poner el temporizador y se cambian los papeles: habla la persona B y la persona A escucha de la misma manera.",
        "Para cerrar, cada uno le da las gracias a la otra persona por haber escuchado. Si hay algo que hablar sobre lo dicho, se deja para otro momento, y solo si los dos lo desean."]$$::jsonb,
     $$["Acomodarse y hacer unas cuantas respiraciones lentas antes de que empiece el temporizador.",
        "Persona A: cuenta cómo te sientes esta semana. Persona B: escucha sin interrumpir.",
        "Persona B: cuenta cómo te sientes esta semana. Persona A: escucha sin interrumpir.",
        "Darse las gracias por haber escuchado. No hace falta responder ni comentar lo que se ha dicho."]$$::jsonb,
     $$["¿Cómo fue sentir que te escuchaban sin interrumpirte?",
        "¿Qué notaste en ti mientras eras tú quien escuchaba?"]$$::jsonb,
     $$["Cualquiera de los dos puede hacer una pausa o parar en cualquier momento, sin tener que dar explicaciones.",
        "Si las emociones se desbordan, lo mejor es hacer una pausa para recuperar la calma y retomar el encuentro otro día."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000002'::uuid,
     'Mirarse sin palabras',
     'Frente a frente, los dos sostienen una mirada suave durante unos minutos, sin hablar. Es una forma tranquila de '
     'estar presentes para la otra persona sin tener que buscar las palabras justas.',
     $$["Los dos se sientan frente a frente, a una distancia cómoda, con los teléfonos fuera de alcance.",
        "Antes de empezar, se acuerda que cualquiera de los dos puede apartar la mirada o parar cuando quiera.",
        "Se hacen unas cuantas respiraciones lentas, a la vez, para serenarse.",
        "Se pone en marcha un temporizador y los dos se miran a los ojos, sin hablar, durante dos o tres minutos.",
        "Cuando suena el temporizador, cada uno puede decir, si le apetece, una palabra sobre cómo lo ha vivido."]$$::jsonb,
     $$["Respirar despacio, a la vez, y dejar que los hombros se suelten.",
        "Sostener una mirada suave, sin hablar. Si hace falta apartar la vista un momento, no pasa nada."]$$::jsonb,
     $$["¿Qué notaste en ti durante el silencio?",
        "¿Hubo algo más fácil o más difícil de lo que esperabas?"]$$::jsonb,
     $$["Cualquiera de los dos puede apartar la mirada, cerrar los ojos o parar en cualquier momento, sin tener que explicar por qué.",
        "La risa, las lágrimas o la incomodidad son normales; si el malestar crece, lo mejor es parar y hacer una pausa para recuperar la calma."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000003'::uuid,
     'Carta de reparación',
     'Cada uno escribe una carta que nombra el daño, muestra que entiende cómo lo vivió la otra persona y dice qué va '
     'a hacer de otra manera; después, cada uno lee la suya en voz alta. Se trata de hacerse cargo de la parte propia, '
     'sin justificarla ni defenderla.',
     $$["Cada uno, por su cuenta, escribe una carta a la otra persona.",
        "En la carta, cada uno nombra el daño con toda la claridad que pueda y describe cómo cree que lo vivió su pareja.",
        "Sin explicaciones ni defensas: la carta se centra en reconocer, no en justificar.",
        "La carta termina con unas cuantas cosas concretas que cada uno va a hacer de otra manera a partir de ahora.",
        "Los dos se sientan juntos y, por turnos, cada uno lee su carta en voz alta mientras la otra persona escucha sin responder.",
        "Al terminar, se toman un momento de calma. Las cartas se comentan más adelante, y solo cuando a los dos les parezca el momento."]$$::jsonb,
     $$["Cada uno escribe su carta por separado y con calma: el daño, cómo lo entiende y qué va a cambiar.",
        "Persona A: lee tu carta en voz alta. Persona B: escucha sin responder.",
        "Persona B: lee tu carta en voz alta. Persona A: escucha sin responder.",
        "Quedarse un rato en silencio, en compañía, y dejar que las palabras se asienten."]$$::jsonb,
     $$["¿Qué parte de la carta de tu pareja se te ha quedado dentro?",
        "¿Hay algo que te gustaría que tu pareja supiera sobre cómo fue para ti escucharla?",
        "¿Cuál de los cambios que nombran las cartas es el que más te importa?"]$$::jsonb,
     $$["Cualquiera de los dos puede hacer una pausa o parar en cualquier momento, sin tener que dar explicaciones; las cartas se pueden terminar otro día.",
        "Este ejercicio puede remover emociones fuertes. Si el malestar crece, lo mejor es parar y hacer una pausa para recuperar la calma, y plantearse hacerlo con acompañamiento profesional.",
        "Leer la carta en voz alta nunca es una obligación; se puede guardar hasta sentir que ha llegado el momento."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000004'::uuid,
     'El ritual de «Echo de menos esto»',
     'Cada uno nombra una cosa pequeña y concreta que echa de menos de la vida en común de antes de que todo se '
     'rompiera, y esa misma semana la vuelven a vivir. Cuanto más pequeña y concreta, mejor.',
     $$["Cada uno, por su cuenta, piensa en una cosa pequeña y concreta de antes que echa de menos, como el café compartido por la mañana o aquella canción que sonaba en cada viaje.",
        "La persona A cuenta la suya; la persona B escucha y solo hace preguntas que le ayuden a imaginarla.",
        "Se cambian los papeles: la persona B cuenta la suya y la persona A escucha.",
        "Entre los dos se elige un día y una hora de esta semana para volver a vivir cada una.",
        "Una vez hecho, cada uno le cuenta a la otra persona algo que haya disfrutado."]$$::jsonb,
     $$["Persona A: describe esa cosa pequeña que echas de menos. Persona B: escucha e imagínala.",
        "Persona B: describe esa cosa pequeña que echas de menos. Persona A: escucha e imagínala.",
        "Elegir entre los dos un momento de esta semana para volver a vivir cada una."]$$::jsonb,
     $$["¿Cómo fue escuchar lo que echa de menos tu pareja?",
        "¿Qué sentiste al volver a vivirlo, comparado con lo que recordabas?"]$$::jsonb,
     $$["Cualquiera de los dos puede hacer una pausa o parar en cualquier momento, sin tener que dar explicaciones.",
        "Los recuerdos de otros tiempos pueden traer pena además de ternura; conviene ir con suavidad, y no pasa nada por elegir algo más pequeño."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000005'::uuid,
     'Diario de confianza',
     'Un diario compartido en el que cada uno escribe una o dos líneas al día: algo que agradeció, algo que le costó '
     'o un momento en que sintió conexión. Una vez a la semana, los dos se sientan a leerlo en compañía.',
     $$["Se elige un cuaderno o un documento compartido que sea de los dos.",
        "Cada día, cada uno escribe una o dos líneas: algo que agradeció, algo que le resultó difícil o un momento de conexión.",
        "Las entradas son breves y sinceras, y cuentan la propia experiencia en lugar de juzgar a la pareja.",
        "Una vez a la semana, los dos se sientan juntos y añaden las líneas de ese día.",
        "Se leen las entradas de la semana en voz alta, por turnos.",
        "Para terminar, cada uno nombra un momento de la semana que le gustaría vivir más a menudo."]$$::jsonb,
     $$["Cada uno escribe sus una o dos líneas de hoy.",
        "Leer las entradas de la semana, por turnos.",
        "Hablar de un momento de la semana que valdría la pena vivir más a menudo."]$$::jsonb,
     $$["¿Cuál de las entradas de tu pareja te llegó más esta semana?",
        "¿Notas algo que se repita a lo largo de la semana?"]$$::jsonb,
     $$["Cualquiera de los dos puede hacer una pausa o parar en cualquier momento, sin tener que dar explicaciones.",
        "Conviene escribir solo lo que se quiera compartir: este diario está pensado para que lo lean los dos."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000006'::uuid,
     'Práctica de contacto suave',
     'Una persona ofrece un contacto sencillo y no sexual, como un masaje en las manos o en los hombros, mientras la '
     'otra dice qué le hace sentir a salvo y qué es demasiado; después se cambian los papeles. Así vuelve la '
     'comodidad, al ritmo de quien necesite ir más despacio.',
     $$["Antes de empezar, se comprueba que los dos quieren hacerlo hoy; cualquier respuesta está bien.",
        "Se acuerda el tipo de contacto, por ejemplo en las manos o en los hombros, y siempre no sexual.",
        "La persona A ofrece el contacto con suavidad; la persona B dice qué le gusta, qué le hace sentir a salvo y qué es demasiado.",
        "La persona A se adapta enseguida: suaviza, cambia de zona o para, según lo que se le pida.",
        "Se cambian los papeles: la persona B ofrece el contacto y la persona A guía.",
        "Para terminar, cada uno le dice a la otra persona algo que le haya sentado bien."]$$::jsonb,
     $$["Respirar a la vez y volver a preguntarse si los dos quieren seguir adelante.",
        "Persona A: ofrece un contacto suave. Persona B: di qué te hace sentir a salvo y qué es demasiado.",
        "Persona B: ofrece un contacto suave. Persona A: di qué te hace sentir a salvo y qué es demasiado.",
        "Compartir algo que haya sentado bien y lo que convendría hacer distinto la próxima vez."]$$::jsonb,
     $$["¿Qué te ayudó a sentirte a salvo durante el contacto?",
        "¿Te resultó fácil o difícil decir cuándo algo era demasiado?"]$$::jsonb,
     $$["El contacto dura solo mientras los dos lo deseen; cualquiera de los dos puede parar en cualquier momento, sin tener que dar explicaciones.",
        "El contacto es siempre no sexual, y se va al ritmo de quien necesite ir más despacio.",
        "Si el malestar crece, lo mejor es parar y hacer una pausa para recuperar la calma; no pasa nada por volver a intentarlo otro día."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000007'::uuid,
     'El frasco «Confía en mí»',
     'Un frasco lleno de papelitos, cada uno con un pequeño gesto que construye confianza, del que se saca uno cada '
     'día. Los gestos pequeños, repetidos una y otra vez, son los que hacen que la confianza vuelva a crecer.',
     $$["Los dos escriben en papelitos unos cuantos gestos pequeños y fáciles de cumplir, por ejemplo preguntar a la otra persona qué tal su día, dejar los teléfonos lejos durante las comidas o darse los buenos días con cariño.",
        "Los papelitos se doblan y se guardan en un frasco, en algún sitio donde los dos lo vean.",
        "Cada día se saca un papelito y se lee en voz alta.",
        "Se acuerda cómo y cuándo lo hará cada uno ese día.",
        "Se añaden papelitos nuevos cada vez que a alguien se le ocurre uno, y se apartan los que no encajen."]$$::jsonb,
     $$["Sacar un papelito y leerlo en voz alta.",
        "Acordar cómo y cuándo lo hará cada uno hoy."]$$::jsonb,
     $$["¿Qué pequeño gesto del frasco significó más para ti esta semana?",
        "¿Hay algún papelito que te gustaría añadir?"]$$::jsonb,
     $$["Cualquiera de los dos puede saltarse un papelito o guardar el frasco durante un tiempo, sin tener que dar explicaciones.",
        "Un día sin papelito no es un fracaso; basta con sacar otro mañana."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000008'::uuid,
     'Conversación por turnos',
     'Una conversación con turnos claros: una persona habla mientras la otra escucha sin interrumpir, y luego quien '
     'escuchaba repite lo que ha oído. Después se cambian los papeles, y al final se escriben unas líneas con lo que '
     'cada uno se ha comprometido a hacer.',
     $$["Antes de empezar, se acuerda un solo tema, y se habla solo de ese tema.",
        "La persona A habla sobre él; la persona B escucha sin interrumpir.",
        "La persona B repite con sus propias palabras lo que ha oído y pregunta si lo ha entendido bien.",
        "Se cambian los papeles: habla la persona B, y la persona A escucha y luego repite lo que ha oído.",
        "Entre los dos se escribe una nota breve con los compromisos que haya hecho cada uno."]$$::jsonb,
     $$["Persona A: habla sobre el tema. Persona B: escucha sin interrumpir.",
        "Persona B: repite lo que has oído y pregunta si lo has entendido bien.",
        "Persona B: habla sobre el tema. Persona A: escucha sin interrumpir.",
        "Persona A: repite lo que has oído y pregunta si lo has entendido bien.",
        "Escribir entre los dos, en unas pocas líneas, a qué se ha comprometido cada uno."]$$::jsonb,
     $$["¿Qué sentiste al oír tus propias palabras en boca de tu pareja?",
        "¿Qué has entendido hoy de tu pareja que antes no entendías?"]$$::jsonb,
     $$["Cualquiera de los dos puede hacer una pausa o parar en cualquier momento, sin tener que dar explicaciones.",
        "Si la conversación deja de sentirse segura o sube de tono, lo mejor es parar, hacer una pausa para recuperar la calma y retomarla más tarde."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000009'::uuid,
     'Revisión de límites',
     'Una vez al mes se revisan los límites acordados para ver si siguen encajando, porque las necesidades cambian '
     'con el tiempo. Si se ha traspasado un límite, se habla de ello pronto y con calma, sin castigos.',
     $$["Se fija un momento cada mes y se tienen a mano los acuerdos vigentes.",
        "Los dos leen los límites acordados.",
        "La persona A dice qué límites le parecen bien, cuáles le cuestan y qué podría necesitar un cambio; la persona B escucha.",
        "Se cambian los papeles: la persona B comparte y la persona A escucha.",
        "Si este mes se traspasó algún límite, se nombra con claridad y se habla de lo que ayudaría, sin culpas ni castigos.",
        "Se anotan los cambios que acuerden los dos y cuándo se volverán a revisar."]$$::jsonb,
     $$["Repasar en pareja los límites actuales.",
        "Persona A: di qué encaja, qué te cuesta y qué podría tener que cambiar. Persona B: escucha.",
        "Persona B: di qué encaja, qué te cuesta y qué podría tener que cambiar. Persona A: escucha.",
        "Anotar los cambios que acuerden los dos y la fecha de la próxima revisión."]$$::jsonb,
     $$["¿Qué límite te parece más importante ahora mismo?",
        "¿Hay algún límite que merezca más cuidado por parte de los dos? ¿Qué ayudaría?"]$$::jsonb,
     $$["Cualquiera de los dos puede hacer una pausa o parar en cualquier momento, sin tener que dar explicaciones.",
        "Un límite traspasado es algo de lo que hablar, no un motivo para castigar; si la cosa se calienta, se hace una pausa y se retoma pronto.",
        "Nadie debería aceptar un cambio bajo presión; no pasa nada por tomarse un tiempo antes de decir que sí."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000010'::uuid,
     'Pausa para recuperar la calma',
     'Cuando el malestar sube, en un momento de cercanía o en una conversación difícil, los dos se detienen y '
     'respiran despacio o se quedan en silencio, en compañía, hasta que el cuerpo se calma. Cualquiera de los dos '
     'puede pedirla en cualquier momento.',
     $$["Se acuerda de antemano una palabra o una señal sencilla que signifique: hagamos una pausa.",
        "Cuando cualquiera de los dos la usa, se deja lo que se esté haciendo en ese mismo momento, sin preguntas.",
        "Cada uno se sienta de forma cómoda, cerca o a distancia, según lo que ahora dé más seguridad.",
        "Se respira despacio, a la vez: se toma aire por la nariz contando hasta cuatro, más o menos, y se suelta contando hasta seis.",
        "Los dos se quedan un rato en silencio y luego deciden si seguir, cambiar de rumbo o dejarlo por hoy."]$$::jsonb,
     $$["Respirar despacio, a la vez: tomar aire con suavidad y soltarlo todavía más despacio.",
        "Quedarse en silencio, en compañía, y notar los pies apoyados en el suelo."]$$::jsonb,
     $$["¿Qué te ayuda a recuperar el equilibrio cuando todo se vuelve demasiado?",
        "¿Hay algo que tu pareja pueda hacer para ayudarte a calmarte?"]$$::jsonb,
     $$["Cualquiera de los dos puede pedir esta pausa en cualquier momento, y nadie tiene que explicar por qué.",
        "Si el malestar no cede, no pasa nada por dejarlo por hoy y pedir ayuda profesional o hablar con alguien de confianza."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000011'::uuid,
     'Intercambio de notas de gratitud',
     'Cada uno escribe una nota breve para agradecer a la otra persona algo concreto de la última semana, y después '
     'se las leen. Fijarse en las cosas pequeñas ayuda a que vuelvan a pasar.',
     $$["Cada uno toma una tarjeta o un trozo de papel.",
        "Cada uno escribe unas líneas sobre algo concreto que su pareja hizo esta semana y que le agradece.",
        "La persona A lee su nota en voz alta y se la entrega.",
        "La persona B lee su nota en voz alta y se la entrega.",
        "Las notas se guardan en un sitio donde se puedan volver a encontrar."]$$::jsonb,
     $$["Cada uno escribe una nota breve para agradecer algo concreto.",
        "Persona A: lee tu nota en voz alta y dásela a la persona B.",
        "Persona B: lee tu nota en voz alta y dásela a la persona A."]$$::jsonb,
     $$["¿Qué sentiste cuando te agradecieron algo concreto?",
        "¿En qué cosa pequeña te gustaría fijarte más a menudo?"]$$::jsonb,
     $$["Cualquiera de los dos puede hacer una pausa o saltarse el intercambio en cualquier momento, sin tener que dar explicaciones.",
        "Una nota de agradecimiento no pide nada a cambio."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000012'::uuid,
     'La cita de cada semana',
     'Una noche fija cada semana reservada para los dos, para disfrutar de la compañía mutua y no para resolver '
     'problemas. Puede ser algo sencillo, en casa o fuera.',
     $$["Se elige una noche fija cada semana y se apunta en la agenda de los dos.",
        "Por turnos, cada uno elige el plan, siempre dentro de lo que resulte cómodo para los dos.",
        "Los teléfonos se guardan durante toda la velada, o al menos durante la cena.",
        "Los temas difíciles se dejan para otro momento; esta noche es para disfrutar de estar en compañía.",
        "Antes de dormir, cada uno le cuenta a la otra persona un momento que haya disfrutado."]$$::jsonb,
     $$["Disfrutar de la velada en compañía, con los teléfonos guardados."]$$::jsonb,
     $$["¿Cuál fue tu momento favorito de la noche?",
        "¿Qué te gustaría probar en una próxima cita?"]$$::jsonb,
     $$["Cualquiera de los dos puede terminar la velada antes o cambiar el plan, sin tener que dar explicaciones.",
        "Si surge un tema difícil, no pasa nada por acordar dejarlo para un momento mejor."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000013'::uuid,
     'Cocinar en pareja',
     'Planear y cocinar una comida codo con codo, repartiendo las tareas. Trabajar en equipo en algo pequeño y '
     'práctico es también una forma de cercanía.',
     $$["Se elige una receta entre los dos: algo nuevo para ambos o un plato favorito de siempre.",
        "Se compran los ingredientes o se revisa lo que ya hay en casa.",
        "Se reparten las tareas para que cada uno tenga su parte, y cada uno echa una mano a la otra persona cuando hace falta.",
        "Los dos se sientan a la mesa a comer, con los teléfonos guardados.",
        "Se recoge entre los dos, y cada uno nombra algo que le haya gustado de cocinar en equipo."]$$::jsonb,
     $$["Cocinar en pareja, repartiendo las tareas y echándose una mano."]$$::jsonb,
     $$["¿Qué disfrutaste de trabajar en equipo?",
        "¿Qué te gustaría cocinar la próxima vez?"]$$::jsonb,
     $$["Cualquiera de los dos puede tomarse un descanso o parar en cualquier momento, sin tener que dar explicaciones.",
        "Sin presión: si un plato sale mal, también forma parte de la diversión."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000014'::uuid,
     'El paseo de los domingos',
     'Un paseo en pareja cada domingo, a paso tranquilo, por algún sitio que guste a los dos. Caminar lado a lado '
     'puede hacer más fácil la conversación, y el silencio también es bienvenido.',
     $$["Se elige un recorrido que guste a los dos: un parque, la orilla de un río o las calles del barrio.",
        "Los teléfonos van en el bolsillo, en silencio si es posible.",
        "Se camina al ritmo de quien quiera ir más despacio.",
        "Se habla de lo que vaya surgiendo, o simplemente se disfruta del silencio en compañía.",
        "Al final, cada uno comparte algo que le haya llamado la atención por el camino."]$$::jsonb,
     $$["Caminar a paso tranquilo, hablando o en silencio, como apetezca."]$$::jsonb,
     $$["¿Qué te llamó la atención hoy durante el paseo?",
        "¿Cómo te sentiste al pasar este rato caminando al lado de tu pareja?"]$$::jsonb,
     $$["Cualquiera de los dos puede dar la vuelta, descansar o terminar el paseo en cualquier momento, sin tener que dar explicaciones.",
        "Conviene elegir un recorrido que resulte seguro y cómodo para los dos."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000015'::uuid,
     'Diez minutos para hablar antes de dormir',
     'Un encuentro breve antes de acostarse en el que cada uno cuenta qué tal le fue el día y cómo se siente. Ayuda a '
     'seguir en contacto en los días normales, no solo en los difíciles.',
     $$["Se elige un momento antes de dormir en el que los dos tengan todavía energía para hablar.",
        "Los teléfonos se guardan y cada uno se sienta o se recuesta donde pueda ver a la otra persona.",
        "La persona A cuenta cómo le fue el día y una emoción que le dejó; la persona B escucha.",
        "Se cambian los papeles: la persona B comparte y la persona A escucha.",
        "Para terminar, un momento de silencio en compañía, y las buenas noches de la manera que a los dos les parezca bien."]$$::jsonb,
     $$["Persona A: cuenta cómo te fue el día y una emoción que te dejó. Persona B: escucha.",
        "Persona B: cuenta cómo te fue el día y una emoción que te dejó. Persona A: escucha.",
        "Descansar un momento en silencio, en compañía, antes de darse las buenas noches."]$$::jsonb,
     $$["¿Qué supiste hoy del día de tu pareja que no sabías?",
        "¿Cómo te sientes al irte a dormir después de este rato de conversación?"]$$::jsonb,
     $$["Cualquiera de los dos puede saltarse o interrumpir este momento cualquier noche, sin tener que dar explicaciones.",
        "Si surge algo de peso, es mejor acordar retomarlo otro día que hablarlo tarde por la noche."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000016'::uuid,
     'Un pasatiempo o un proyecto en común',
     'Elegir algo nuevo que aprender o construir en pareja, como un curso, un huerto o un rompecabezas, y dedicarle '
     'tiempo con regularidad. Hacer crecer algo nuevo lado a lado crea recuerdos nuevos que son de los dos.',
     $$["Cada uno propone algunos pasatiempos o proyectos que le gustaría hacer en pareja.",
        "Se elige uno que atraiga a los dos y que encaje con el tiempo y el presupuesto disponibles.",
        "Se fija un momento para ello cada semana.",
        "Se hace en pareja, turnándose para guiar y aprendiendo cada uno de la otra persona.",
        "Cada pocas semanas, se habla de cómo va y de si se quiere seguir o probar otra cosa."]$$::jsonb,
     $$["Dedicar este rato, en pareja, al pasatiempo o proyecto en común."]$$::jsonb,
     $$["¿Qué disfrutaste de hacer esto en pareja?",
        "¿Qué has descubierto de tu pareja gracias a esto?"]$$::jsonb,
     $$["Cualquiera de los dos puede tomarse un descanso o parar en cualquier momento, sin tener que dar explicaciones.",
        "Conviene elegir algo que sea divertido para los dos, no una prueba."]$$::jsonb)
) as es (exercise_id, title, summary, steps, turn_cues, reflection_prompts, safety_notes)
join exercise_text en on en.exercise_id = es.exercise_id and en.version = 1 and en.locale = 'en';

-- ---------------------------------------------------------------------------------------------------------------
-- Reflection prompt sets.
-- ---------------------------------------------------------------------------------------------------------------
insert into prompt_set_text (slug, locale, title, description, prompts, status, source_digest)
select es.slug, 'es', es.title, es.description, es.prompts, 'published', en.text_digest
from (values
    ('five-questions',
     'Cinco preguntas para compartir en pareja',
     'Cinco preguntas para responder por turnos, despacio y de una en una. No hay respuestas correctas: se trata de '
     'escuchar para comprender, no para contestar.',
     $$["Cuando empiezas a no sentirte a salvo conmigo, ¿qué es lo que más necesitas?",
        "¿Qué hace una persona para que puedas confiar en ella?",
        "¿Recuerdas algún momento en que sentiste que yo te veía de verdad? ¿Qué estaba pasando?",
        "¿Qué límite entre tú y yo merece que los dos lo cuidemos más?",
        "¿Cómo sería, en un día cualquiera y en las cosas pequeñas, ir reconstruyendo lo nuestro?"]$$::jsonb),
    ('conversation-starters',
     'Para empezar una conversación',
     'Maneras suaves de abrir una conversación cuando no sabes bien cómo empezar. Cualquiera de los dos puede '
     'usarlas, y cualquiera de los dos puede decir «ahora no».',
     $$["¿Puedo contarte algo que para mí es delicado?",
        "¿Hay algo que yo pueda hacer hoy para que te sientas más a salvo conmigo?",
        "Con sinceridad, ¿cómo sientes que estamos?",
        "¿Hay algo pequeño de esta semana que te gustaría contarme?",
        "¿Hay algo que te ronda la cabeza y de lo que te gustaría hablar con más calma?"]$$::jsonb),
    ('progress-questions',
     'Preguntas sobre el camino recorrido',
     'Preguntas para mirar atrás en pareja y ver cómo van cambiando las cosas. Sirven para darse cuenta, no para '
     'llevar la cuenta.',
     $$["¿Qué ha ido un poco mejor entre tú y yo últimamente?",
        "¿Has notado algún cambio en cómo nos tratamos?",
        "¿Qué pequeño momento de esta semana sentiste como un paso adelante?",
        "¿Qué hacemos ahora que te gustaría que siguiéramos haciendo?",
        "¿Hay algo en lo que te gustaría que fuéramos más despacio?"]$$::jsonb)
) as es (slug, title, description, prompts)
join prompt_set_text en on en.slug = es.slug and en.locale = 'en';

-- ---------------------------------------------------------------------------------------------------------------
-- The seeded support resource (Find A Helpline). Its name is a proper name and stays as it is.
-- ---------------------------------------------------------------------------------------------------------------
insert into support_resource_text (resource_id, locale, description, status, source_digest)
select r.id, 'es',
       'Un directorio de líneas de ayuda y de crisis gratuitas y confidenciales de muchos países, en el que se puede '
           || 'buscar por país y por tema, entre ellos las relaciones de pareja, el maltrato y el malestar emocional.',
       'published', r.description_digest
from support_resource r
where r.id = '5a0c3e1f-8b7d-4c2a-9e6f-1d4b8a2c7e90';

insert into target_language (language) values ('es');
