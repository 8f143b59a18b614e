-- German ('de') wording of the seeded catalogue (issue 22): the sixteen exercises of V4 (version 1), the three
-- reflection prompt sets and the description of the seeded support resource. Every text below is Kintsugi's own
-- wording, written for this service in the register of a kind counselor: the couple is addressed as "ihr", one partner
-- as "du"; "dein Gegenüber" and "wer von euch" keep the texts free of gendered pronouns.
-- Each row is published and records the digest of the English it translates, so it turns stale as soon as that
-- English changes. turn_cues and the other lists have exactly as many entries as their English rows.

insert into exercise_text (exercise_id, version, locale, title, summary, steps, turn_cues, reflection_prompts,
                           safety_notes, status, source_digest)
select en.exercise_id, en.version, 'de', de.title, de.summary, de.steps, de.turn_cues, de.reflection_prompts,
       de.safety_notes, 'published', en.text_digest
from (values
    ('00000000-0000-4000-8000-000000000001'::uuid,
     'Check-in im geschützten Raum',
     'Ein fester Termin jede Woche: Ihr bekommt nacheinander je fünf Minuten mit Timer, um zu sagen, wie es euch '
     'gerade geht, während der oder die andere einfach zuhört. Niemand unterbricht, korrigiert oder bewertet.',
     $$["Wählt jede Woche eine feste Zeit und haltet sie euch frei – an einem ruhigen Ort, an dem euch niemand stört.",
        "Legt die Handys beiseite und stellt einen Timer auf fünf Minuten.",
        "Partner A erzählt von den eigenen Gefühlen in diesem Moment; Partner B hört zu, ohne zu unterbrechen, zu kommentieren oder etwas lösen zu wollen.",
        "Stellt den Timer neu und tauscht: Jetzt erzählt Partner B, und Partner A hört auf dieselbe Weise zu.",
        "Bedankt euch zum Schluss gegenseitig fürs Zuhören. Über das Gesagte sprecht ihr, wenn überhaupt, ein andermal – und nur, wenn ihr beide das möchtet."]$$::jsonb,
     $$["Kommt gemeinsam mit ein paar langsamen Atemzügen an, bevor der Timer startet.",
        "Partner A: Erzähl, wie es dir diese Woche geht. Partner B: Hör zu, ohne zu unterbrechen.",
        "Partner B: Erzähl, wie es dir diese Woche geht. Partner A: Hör zu, ohne zu unterbrechen.",
        "Bedankt euch gegenseitig fürs Zuhören. Ihr müsst auf das Gesagte weder antworten noch darüber sprechen."]$$::jsonb,
     $$["Wie hat es sich angefühlt, dass dir jemand zuhört, ohne dich zu unterbrechen?",
        "Was hast du an dir selbst bemerkt, während du zugehört hast?"]$$::jsonb,
     $$["Wer von euch eine Pause braucht oder aufhören möchte, darf das jederzeit tun, ohne einen Grund zu nennen.",
        "Wenn die Gefühle hochkochen, macht eine Erdungspause und holt den Check-in an einem anderen Tag nach."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000002'::uuid,
     'Blickkontakt ohne Worte',
     'Setzt euch einander gegenüber und schaut euch ein paar Minuten lang sanft in die Augen, ohne zu sprechen. Eine '
     'stille Art, ganz beieinander zu sein, ohne erst die richtigen Worte finden zu müssen.',
     $$["Setzt euch einander gegenüber, so nah, wie es für euch angenehm ist, und legt die Handys außer Reichweite.",
        "Vereinbart vorher, dass ihr beide jederzeit wegschauen oder aufhören dürft.",
        "Atmet gemeinsam ein paar Mal langsam durch, um zur Ruhe zu kommen.",
        "Startet einen Timer und schaut euch zwei bis drei Minuten lang in die Augen, ohne zu sprechen.",
        "Wenn der Timer abläuft, sagt euch, wenn ihr mögt, jeweils ein Wort dazu, wie es sich angefühlt hat."]$$::jsonb,
     $$["Atmet gemeinsam langsam und lasst die Schultern sinken.",
        "Haltet einen sanften Blick, ohne zu sprechen. Kurz wegzuschauen ist völlig in Ordnung."]$$::jsonb,
     $$["Was hast du in der Stille an dir bemerkt?",
        "War etwas leichter oder schwerer, als du erwartet hattest?"]$$::jsonb,
     $$["Wer von euch wegschauen, die Augen schließen oder aufhören möchte, darf das jederzeit tun, ohne es zu erklären.",
        "Lachen, Tränen oder Unbehagen sind ganz normal; wenn die Belastung wächst, hört auf und macht eine Erdungspause."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000003'::uuid,
     'Brief der Wiedergutmachung',
     'Ihr schreibt beide einen Brief, der die Verletzung beim Namen nennt, zeigt, dass ihr versteht, wie sie beim '
     'anderen angekommen ist, und sagt, was ihr künftig anders machen wollt. Dann lest ihr euch die Briefe gegenseitig '
     'laut vor. Es geht darum, Verantwortung für den eigenen Anteil zu übernehmen, ohne ihn wegzuerklären oder zu '
     'verteidigen.',
     $$["Ihr schreibt einander jeweils für euch allein einen Brief.",
        "Benennt im Brief die Verletzung so klar, wie ihr könnt, und beschreibt, wie sie sich nach eurem Verständnis für euer Gegenüber angefühlt hat.",
        "Lasst Erklärungen und Rechtfertigungen weg; es geht ums Anerkennen, nicht ums Begründen.",
        "Schließt mit ein paar konkreten Dingen, die ihr von jetzt an anders machen werdet.",
        "Setzt euch zusammen und lest eure Briefe abwechselnd laut vor, während das Gegenüber zuhört, ohne zu antworten.",
        "Gönnt euch danach einen stillen Moment. Über die Briefe sprecht ihr später – und erst, wenn ihr euch beide bereit fühlt."]$$::jsonb,
     $$["Schreibt eure Briefe getrennt und in Ruhe: die Verletzung, euer Verständnis davon und was ihr ändern werdet.",
        "Partner A: Lies deinen Brief laut vor. Partner B: Hör zu, ohne zu antworten.",
        "Partner B: Lies deinen Brief laut vor. Partner A: Hör zu, ohne zu antworten.",
        "Sitzt still beieinander und lasst die Worte nachklingen."]$$::jsonb,
     $$["Was aus dem Brief, den du gehört hast, ist dir besonders geblieben?",
        "Gibt es etwas, das dein Gegenüber darüber wissen soll, wie es für dich war, den Brief zu hören?",
        "Welche der in den Briefen genannten Veränderungen ist dir am wichtigsten?"]$$::jsonb,
     $$["Wer von euch eine Pause braucht oder aufhören möchte, darf das jederzeit tun, ohne einen Grund zu nennen; die Briefe können auch an einem anderen Tag fertig werden.",
        "Diese Übung kann starke Gefühle wecken. Wenn die Belastung steigt, hört auf und macht eine Erdungspause – und überlegt, die Übung gemeinsam mit einer Beraterin oder einem Berater zu machen.",
        "Einen Brief laut vorzulesen ist nie eine Pflicht; du darfst ihn behalten, bis du dich bereit fühlst."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000004'::uuid,
     'Das Ritual „Das vermisse ich“',
     'Ihr nennt beide eine kleine, konkrete Sache, die ihr aus eurem gemeinsamen Leben vor dem Bruch vermisst, und '
     'lasst sie in dieser Woche zusammen wieder aufleben. Je kleiner und greifbarer, desto besser.',
     $$["Überlegt jeweils für euch, welche kleine, konkrete Sache von früher euch fehlt – etwa ein gemeinsamer Morgenkaffee oder ein Lieblingslied im Auto.",
        "Partner A erzählt davon; Partner B hört zu und stellt nur Fragen, die helfen, es sich vorzustellen.",
        "Tauscht: Partner B erzählt, und Partner A hört zu.",
        "Sucht euch gemeinsam für beides einen Tag und eine Uhrzeit in dieser Woche aus, um es wieder aufleben zu lassen.",
        "Wenn ihr es gemacht habt, erzählt euch gegenseitig eine Sache, die euch daran gefallen hat."]$$::jsonb,
     $$["Partner A: Beschreib die kleine Sache, die du vermisst. Partner B: Hör zu und stell sie dir vor.",
        "Partner B: Beschreib die kleine Sache, die du vermisst. Partner A: Hör zu und stell sie dir vor.",
        "Legt gemeinsam fest, wann ihr diese Woche beides wieder aufleben lasst."]$$::jsonb,
     $$["Wie war es für dich zu hören, was deinem Gegenüber fehlt?",
        "Wie hat es sich angefühlt, es wieder aufleben zu lassen – verglichen mit deiner Erinnerung daran?"]$$::jsonb,
     $$["Wer von euch eine Pause braucht oder aufhören möchte, darf das jederzeit tun, ohne einen Grund zu nennen.",
        "Erinnerungen an frühere Zeiten können Trauer ebenso wecken wie Wärme; geht behutsam vor, und es ist in Ordnung, etwas Kleineres zu wählen."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000005'::uuid,
     'Vertrauenstagebuch',
     'Ein gemeinsames Tagebuch, in das ihr beide jeden Tag ein, zwei Zeilen schreibt: etwas, das ihr geschätzt habt, '
     'etwas, das schwer war, oder einen Moment, in dem ihr euch verbunden gefühlt habt. Einmal pro Woche setzt ihr euch '
     'zusammen und lest es gemeinsam.',
     $$["Wählt ein Notizbuch oder ein geteiltes Dokument, das euch beiden gehört.",
        "Jeden Tag schreibt ihr beide ein oder zwei Zeilen: etwas, das ihr geschätzt habt, etwas, das schwer war, oder einen Moment der Verbundenheit.",
        "Haltet die Einträge kurz und ehrlich, und beschreibt euer eigenes Erleben, statt euer Gegenüber zu bewerten.",
        "Setzt euch einmal pro Woche zusammen und schreibt gemeinsam die Zeilen für diesen Tag.",
        "Lest die Einträge der Woche zusammen und wechselt euch beim Vorlesen ab.",
        "Nennt zum Schluss einen Moment aus der Woche, von dem ihr euch mehr wünscht."]$$::jsonb,
     $$["Schreibt beide eure ein, zwei Zeilen für heute.",
        "Lest die Einträge der Woche gemeinsam und abwechselnd.",
        "Sprecht über einen Moment aus der Woche, von dem ihr euch mehr wünscht."]$$::jsonb,
     $$["Welcher Eintrag deines Gegenübers hat dich diese Woche am meisten berührt?",
        "Fällt dir über die Woche hinweg ein Muster auf?"]$$::jsonb,
     $$["Wer von euch eine Pause braucht oder aufhören möchte, darf das jederzeit tun, ohne einen Grund zu nennen.",
        "Schreibt nur, was ihr mit gutem Gefühl teilen könnt: Dieses Tagebuch ist dafür da, von euch beiden gelesen zu werden."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000006'::uuid,
     'Sanfte Berührung üben',
     'Abwechselnd bietet ihr einander einfache, nicht sexuelle Berührung an, etwa eine Hand- oder Schultermassage, und '
     'wer berührt wird, sagt, was sich sicher anfühlt und was zu viel ist. So wächst die Vertrautheit wieder; das Tempo '
     'bestimmt, wer es langsamer braucht.',
     $$["Prüft vor dem Beginn, ob ihr beide das heute wirklich möchtet; jede Antwort ist in Ordnung.",
        "Vereinbart, welche Art von Berührung es sein soll, etwa an den Händen oder Schultern, und bleibt dabei nicht sexuell.",
        "Partner A berührt behutsam; Partner B sagt, was guttut, was sich sicher anfühlt und was zu viel ist.",
        "Partner A passt sich sofort an und berührt sanfter, an einer anderen Stelle oder gar nicht mehr, ganz wie gewünscht.",
        "Tauscht die Rollen: Partner B bietet Berührung an, und Partner A sagt, was sich gut anfühlt.",
        "Sagt euch zum Schluss gegenseitig eine Sache, die sich gut angefühlt hat."]$$::jsonb,
     $$["Atmet zusammen und fragt nach: Wollt ihr beide immer noch weitermachen?",
        "Partner A: Biete sanfte Berührung an. Partner B: Sag, was sich sicher anfühlt und was zu viel ist.",
        "Partner B: Biete sanfte Berührung an. Partner A: Sag, was sich sicher anfühlt und was zu viel ist.",
        "Erzählt euch eine Sache, die sich gut angefühlt hat, und was ihr euch fürs nächste Mal anders wünscht."]$$::jsonb,
     $$["Was hat dir geholfen, dich bei der Berührung sicher zu fühlen?",
        "War es leicht oder schwer für dich zu sagen, wenn etwas zu viel war?"]$$::jsonb,
     $$["Berührung dauert nur so lange, wie ihr beide sie wollt; wer von euch aufhören möchte, darf das jederzeit tun, ohne einen Grund zu nennen.",
        "Die Berührung bleibt nicht sexuell, und das Tempo bestimmt, wer es langsamer braucht.",
        "Wenn die Belastung steigt, hört auf und macht eine Erdungspause; es ist völlig in Ordnung, es an einem anderen Tag noch einmal zu versuchen."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000007'::uuid,
     'Das „Vertrau mir“-Glas',
     'Füllt ein Glas mit Zetteln, auf denen jeweils eine kleine Geste steht, die Vertrauen stärkt, und zieht jeden Tag '
     'einen davon. Kleine Gesten, immer wieder, sind der Weg, auf dem Vertrauen zurückwächst.',
     $$["Schreibt gemeinsam eine Handvoll kleiner, machbarer Gesten auf Zettel, zum Beispiel: einander nach dem Tag fragen, beim Essen die Handys weglassen oder sich liebevoll einen guten Morgen wünschen.",
        "Faltet die Zettel und legt sie in ein Glas, das dort steht, wo ihr es beide seht.",
        "Zieht jeden Tag einen Zettel und lest ihn laut vor.",
        "Vereinbart, wie und wann ihr beide das an diesem Tag umsetzt.",
        "Legt neue Zettel dazu, wann immer euch etwas einfällt, und sortiert aus, was nicht zu euch passt."]$$::jsonb,
     $$["Zieht einen Zettel und lest ihn laut vor.",
        "Vereinbart, wie und wann ihr beide das heute umsetzt."]$$::jsonb,
     $$["Welche kleine Geste aus dem Glas hat dir diese Woche am meisten bedeutet?",
        "Gibt es einen Zettel, den du gern dazulegen würdest?"]$$::jsonb,
     $$["Wer von euch einen Zettel überspringen oder das Glas eine Weile beiseitestellen möchte, darf das tun, ohne einen Grund zu nennen.",
        "Ein ausgelassener Tag ist kein Scheitern; zieht einfach morgen wieder einen Zettel."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000008'::uuid,
     'Strukturiertes Gespräch',
     'Ein Gespräch mit klar verteilten Rollen: Eine Person spricht, die andere hört zu, ohne zu unterbrechen, und gibt '
     'dann wieder, was sie gehört hat. Danach tauscht ihr, und zum Schluss schreibt ihr in ein paar Zeilen auf, wozu ihr '
     'euch jeweils verpflichtet habt.',
     $$["Einigt euch vorher auf ein Thema und bleibt bei diesem einen Thema.",
        "Partner A spricht darüber; Partner B hört zu, ohne zu unterbrechen.",
        "Partner B gibt mit eigenen Worten wieder, was angekommen ist, und fragt nach, ob es richtig verstanden wurde.",
        "Tauscht: Partner B spricht, und Partner A hört zu und gibt dann wieder, was angekommen ist.",
        "Haltet gemeinsam in einer kurzen Notiz fest, welche Zusagen ihr einander gemacht habt."]$$::jsonb,
     $$["Partner A: Sprich über das Thema. Partner B: Hör zu, ohne zu unterbrechen.",
        "Partner B: Gib wieder, was du gehört hast, und frag dann nach, ob du es richtig verstanden hast.",
        "Partner B: Sprich über das Thema. Partner A: Hör zu, ohne zu unterbrechen.",
        "Partner A: Gib wieder, was du gehört hast, und frag dann nach, ob du es richtig verstanden hast.",
        "Schreibt gemeinsam in ein paar Zeilen auf, wozu ihr euch jeweils verpflichtet habt."]$$::jsonb,
     $$["Wie hat es sich angefühlt, deine eigenen Worte gespiegelt zu bekommen?",
        "Was hast du heute an deinem Gegenüber verstanden, das du vorher nicht verstanden hattest?"]$$::jsonb,
     $$["Wer von euch eine Pause braucht oder aufhören möchte, darf das jederzeit tun, ohne einen Grund zu nennen.",
        "Wenn sich das Gespräch unsicher oder hitzig anfühlt, hört auf, macht eine Erdungspause und kommt später darauf zurück."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000009'::uuid,
     'Grenzen gemeinsam überprüfen',
     'Schaut euch einmal im Monat die Grenzen, die ihr vereinbart habt, noch einmal an und fragt euch, ob sie noch '
     'passen – Bedürfnisse verändern sich mit der Zeit. Wurde eine Grenze überschritten, sprecht bald und ruhig darüber, '
     'ohne zu strafen.',
     $$["Legt einen festen monatlichen Termin fest und nehmt eure aktuellen Vereinbarungen zur Hand.",
        "Lest die vereinbarten Grenzen gemeinsam durch.",
        "Partner A sagt, welche Grenzen sich stimmig anfühlen, welche schwerfallen und was sich vielleicht ändern muss; Partner B hört zu.",
        "Tauscht: Partner B erzählt, und Partner A hört zu.",
        "Wurde diesen Monat eine Grenze überschritten, benennt es klar und sprecht darüber, was helfen würde – ohne Vorwürfe und ohne Strafe.",
        "Schreibt alle Änderungen auf, denen ihr beide zustimmt, und wann ihr sie das nächste Mal überprüfen wollt."]$$::jsonb,
     $$["Lest eure aktuellen Grenzen gemeinsam durch.",
        "Partner A: Sag, was passt, was schwerfällt und was sich vielleicht ändern muss. Partner B: Hör zu.",
        "Partner B: Sag, was passt, was schwerfällt und was sich vielleicht ändern muss. Partner A: Hör zu.",
        "Schreibt die Änderungen auf, denen ihr beide zustimmt, und das Datum eurer nächsten Überprüfung."]$$::jsonb,
     $$["Welche Grenze ist dir gerade am wichtigsten?",
        "Gibt es eine Grenze, die mehr Achtsamkeit von uns beiden verdient – und was würde dabei helfen?"]$$::jsonb,
     $$["Wer von euch eine Pause braucht oder aufhören möchte, darf das jederzeit tun, ohne einen Grund zu nennen.",
        "Eine überschrittene Grenze ist ein Anlass für ein Gespräch, kein Grund zu strafen; wenn es hitzig wird, macht eine Pause und kommt bald darauf zurück.",
        "Niemand sollte einer Änderung unter Druck zustimmen; es ist in Ordnung, sich Zeit zu nehmen, bevor man Ja sagt."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000010'::uuid,
     'Erdungspause',
     'Wenn die Belastung steigt, in einem Moment der Nähe oder in einem schwierigen Gespräch, haltet ihr beide inne und '
     'atmet langsam oder sitzt still beieinander, bis euer Körper zur Ruhe kommt. Wer von euch sie braucht, kann diese '
     'Pause jederzeit einleiten.',
     $$["Vereinbart vorher ein einfaches Wort oder Zeichen, das bedeutet: Lass uns eine Pause machen.",
        "Sobald das Zeichen kommt, ganz gleich von wem, hört ihr sofort mit dem auf, was ihr gerade tut – ohne Nachfragen.",
        "Setzt euch bequem hin, mit Abstand oder nah beieinander, je nachdem, was sich gerade sicherer anfühlt.",
        "Atmet gemeinsam langsam: etwa bis vier zählend durch die Nase ein, etwa bis sechs zählend aus.",
        "Bleibt eine kleine Weile still beieinander und entscheidet dann gemeinsam, ob ihr weitermacht, etwas ändert oder für heute aufhört."]$$::jsonb,
     $$["Atmet gemeinsam langsam: sanft ein, länger aus.",
        "Sitzt still beieinander und spürt, wie eure Füße auf dem Boden ruhen."]$$::jsonb,
     $$["Was hilft dir, wieder Halt zu finden, wenn dir alles zu viel wird?",
        "Gibt es etwas, das dein Gegenüber tun kann, damit du leichter zur Ruhe kommst?"]$$::jsonb,
     $$["Wer von euch diese Pause braucht, darf sie jederzeit einleiten, und niemand muss erklären, warum.",
        "Wenn die Belastung nicht nachlässt, ist es in Ordnung, für heute aufzuhören und sich an eine Beraterin, einen Berater oder einen Menschen zu wenden, dem ihr vertraut."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000011'::uuid,
     'Dankeszettel austauschen',
     'Ihr schreibt beide eine kurze Notiz, in der ihr euch für etwas Bestimmtes aus der vergangenen Woche bedankt, und '
     'lest sie euch dann gegenseitig vor. Wer die kleinen Dinge wahrnimmt, sorgt dafür, dass sie öfter geschehen.',
     $$["Nehmt euch beide eine Karte oder einen Zettel.",
        "Schreibt ein paar Zeilen über eine bestimmte Sache, die euer Gegenüber diese Woche getan hat und für die ihr dankbar seid.",
        "Partner A liest die eigene Notiz laut vor und überreicht sie.",
        "Partner B liest die eigene Notiz laut vor und überreicht sie.",
        "Bewahrt die Notizen an einem Ort auf, an dem ihr sie wiederfindet."]$$::jsonb,
     $$["Schreibt beide eine kurze Dankesnotiz für etwas Bestimmtes.",
        "Partner A: Lies deine Notiz laut vor und gib sie Partner B.",
        "Partner B: Lies deine Notiz laut vor und gib sie Partner A."]$$::jsonb,
     $$["Wie hat es sich angefühlt, für etwas ganz Bestimmtes Dank zu bekommen?",
        "Welche kleine Sache möchtest du öfter bemerken?"]$$::jsonb,
     $$["Wer von euch eine Pause machen oder den Austausch auslassen möchte, darf das jederzeit tun, ohne einen Grund zu nennen.",
        "Ein Dankeschön verlangt nichts zurück."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000012'::uuid,
     'Wöchentlicher Date-Abend',
     'Ein fester Abend jede Woche, der nur euch beiden gehört – um die gemeinsame Zeit zu genießen, nicht um Probleme '
     'zu klären. Er darf ganz einfach sein, zu Hause oder unterwegs.',
     $$["Wählt einen festen Abend in der Woche und tragt ihn beide in euren Kalender ein.",
        "Sucht abwechselnd aus, was ihr unternehmt, und bleibt dabei bei dem, womit ihr euch beide wohlfühlt.",
        "Legt die Handys für den Abend weg, oder zumindest während des Essens.",
        "Lasst schwere Themen für ein andermal; dieser Abend ist dafür da, einander zu genießen.",
        "Erzählt euch vor dem Einschlafen gegenseitig einen Moment, der euch gefallen hat."]$$::jsonb,
     $$["Genießt euren gemeinsamen Abend – die Handys bleiben weggelegt."]$$::jsonb,
     $$["Was war dein Lieblingsmoment an diesem Abend?",
        "Was würdest du gern an einem der nächsten Date-Abende ausprobieren?"]$$::jsonb,
     $$["Wer von euch den Abend früher beenden oder den Plan ändern möchte, darf das tun, ohne einen Grund zu nennen.",
        "Wenn ein schwieriges Thema aufkommt, ist es in Ordnung, es gemeinsam auf einen besseren Zeitpunkt zu verschieben."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000013'::uuid,
     'Gemeinsam kochen',
     'Plant und kocht zusammen ein Essen, Seite an Seite, und teilt euch die Aufgaben. Als Team an etwas Kleinem, '
     'Praktischem zu arbeiten, ist eine ganz eigene Form von Nähe.',
     $$["Sucht gemeinsam ein Rezept aus: etwas, das für euch beide neu ist, oder ein altes Lieblingsgericht.",
        "Kauft die Zutaten ein oder schaut nach, was ihr schon da habt.",
        "Teilt die Aufgaben so auf, dass ihr beide einen Teil übernehmt, und helft einander dabei.",
        "Setzt euch zum Essen zusammen hin, ohne Handys.",
        "Räumt gemeinsam auf und nennt eine Sache, die euch am Kochen als Team gefallen hat."]$$::jsonb,
     $$["Kocht euer Essen gemeinsam, teilt euch die Aufgaben und helft einander."]$$::jsonb,
     $$["Was hat dir an der Zusammenarbeit als Team gefallen?",
        "Was möchtest du beim nächsten Mal kochen?"]$$::jsonb,
     $$["Wer von euch eine Pause machen oder aufhören möchte, darf das jederzeit tun, ohne einen Grund zu nennen.",
        "Nehmt es leicht: Ein Gericht, das danebengeht, gehört einfach zum Spaß dazu."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000014'::uuid,
     'Sonntagsspaziergang',
     'Jeden Sonntag ein gemeinsamer Spaziergang in gemütlichem Tempo, an einem Ort, den ihr beide mögt. Nebeneinander '
     'zu gehen macht das Reden oft leichter – und auch Schweigen ist willkommen.',
     $$["Sucht euch eine Strecke aus, die ihr beide gern geht: einen Park, ein Flussufer oder die Straßen rund um euer Zuhause.",
        "Lasst die Handys in der Tasche, wenn möglich stumm geschaltet.",
        "Das Tempo bestimmt, wer langsamer gehen möchte.",
        "Sprecht über das, was gerade aufkommt, oder genießt einfach gemeinsam die Ruhe.",
        "Erzählt euch am Ende eine Sache, die euch unterwegs aufgefallen ist."]$$::jsonb,
     $$["Geht gemeinsam in gemütlichem Tempo, redend oder still, ganz wie ihr mögt."]$$::jsonb,
     $$["Was ist dir heute auf dem Spaziergang aufgefallen?",
        "Wie hat es sich angefühlt, diese Zeit Seite an Seite zu verbringen?"]$$::jsonb,
     $$["Wer von euch umkehren, sich ausruhen oder den Spaziergang beenden möchte, darf das jederzeit tun, ohne einen Grund zu nennen.",
        "Wählt eine Strecke, auf der ihr euch beide sicher und wohl fühlt."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000015'::uuid,
     'Zehn-Minuten-Check-in am Abend',
     'Ein kurzer Check-in vor dem Schlafengehen, bei dem ihr beide erzählt, wie euer Tag war und wie es euch geht. So '
     'bleibt ihr auch an gewöhnlichen Tagen miteinander in Verbindung, nicht nur an schweren.',
     $$["Wählt eine Zeit vor dem Schlafengehen, zu der ihr beide noch wach genug zum Reden seid.",
        "Legt die Handys weg und setzt oder legt euch so hin, dass ihr einander sehen könnt.",
        "Partner A erzählt, wie der Tag war, und nennt ein Gefühl daraus; Partner B hört zu.",
        "Tauscht: Partner B erzählt, und Partner A hört zu.",
        "Schließt mit einem stillen Moment zu zweit und sagt euch gute Nacht, so wie es sich für euch beide richtig anfühlt."]$$::jsonb,
     $$["Partner A: Erzähl, wie dein Tag war, und nenne ein Gefühl daraus. Partner B: Hör zu.",
        "Partner B: Erzähl, wie dein Tag war, und nenne ein Gefühl daraus. Partner A: Hör zu.",
        "Ruht einen Moment still beieinander, bevor ihr euch gute Nacht sagt."]$$::jsonb,
     $$["Was hast du über den Tag deines Gegenübers erfahren, das du noch nicht wusstest?",
        "Wie fühlst du dich, wenn du nach diesem Check-in schlafen gehst?"]$$::jsonb,
     $$["Wer von euch den Check-in an einem Abend auslassen oder abbrechen möchte, darf das tun, ohne einen Grund zu nennen.",
        "Wenn etwas Schweres aufkommt, vereinbart, an einem anderen Tag darauf zurückzukommen statt spät in der Nacht."]$$::jsonb),

    ('00000000-0000-4000-8000-000000000016'::uuid,
     'Gemeinsames Hobby oder Projekt',
     'Sucht euch etwas Neues aus, das ihr zusammen lernen oder aufbauen wollt, etwa einen Kurs, einen Garten oder ein '
     'Puzzle, und gebt ihm regelmäßig Zeit. Wenn ihr Seite an Seite etwas Neues wachsen lasst, entstehen frische '
     'Erinnerungen, die euch beiden gehören.',
     $$["Schlagt beide ein paar Hobbys oder Projekte vor, die ihr gern zusammen machen würdet.",
        "Wählt eines aus, das euch beide anspricht und zu eurer Zeit und eurem Budget passt.",
        "Legt dafür jede Woche eine feste Zeit fest.",
        "Macht es gemeinsam, wechselt euch beim Anleiten ab und lernt voneinander.",
        "Sprecht alle paar Wochen darüber, wie es läuft und ob ihr dabeibleiben oder etwas anderes ausprobieren wollt."]$$::jsonb,
     $$["Verbringt diese Zeit gemeinsam mit eurem Hobby oder Projekt."]$$::jsonb,
     $$["Was hat dir daran gefallen, das gemeinsam zu machen?",
        "Was habt ihr dabei übereinander gelernt?"]$$::jsonb,
     $$["Wer von euch eine Pause machen oder aufhören möchte, darf das jederzeit tun, ohne einen Grund zu nennen.",
        "Wählt etwas, das sich für euch beide nach Freude anfühlt, nicht nach einer Prüfung."]$$::jsonb)
) as de (exercise_id, title, summary, steps, turn_cues, reflection_prompts, safety_notes)
join exercise_text en on en.exercise_id = de.exercise_id and en.version = 1 and en.locale = 'en';

insert into prompt_set_text (slug, locale, title, description, prompts, status, source_digest)
select en.slug, 'de', de.title, de.description, de.prompts, 'published', en.text_digest
from (values
    ('five-questions',
     'Fünf Fragen aneinander',
     'Fünf Fragen, die ihr abwechselnd beantwortet – langsam und eine nach der anderen. Es gibt keine richtigen '
     'Antworten; hört zu, um zu verstehen, nicht um zu erwidern.',
     $$["Wenn du anfängst, dich bei mir unsicher zu fühlen – was brauchst du dann am meisten?",
        "Was muss ein Mensch tun, damit du ihm vertrauen kannst?",
        "Erinnerst du dich an einen Moment, in dem du dich von mir wirklich gesehen gefühlt hast? Was ist da passiert?",
        "Welche Grenze zwischen uns verdient mehr Achtsamkeit von uns beiden?",
        "Woran würden wir an einem ganz gewöhnlichen Tag merken, dass wir wieder aufbauen – in den kleinen Dingen?"]$$::jsonb),
    ('conversation-starters',
     'Gesprächseinstiege',
     'Behutsame Möglichkeiten, ein Gespräch zu beginnen, wenn ihr nicht recht wisst, wie ihr anfangen sollt. Ihr könnt '
     'sie beide nutzen, und ihr dürft beide sagen: Jetzt gerade nicht.',
     $$["Darf ich dir etwas anvertrauen, das mir gerade sehr nahegeht?",
        "Gibt es heute etwas, das ich tun könnte, damit du dich bei mir sicherer fühlst?",
        "Ganz ehrlich: Wie, findest du, geht es uns gerade?",
        "Gibt es etwas Kleines aus dieser Woche, von dem du mir gern erzählen würdest?",
        "Beschäftigt dich gerade etwas, worüber du gern mehr Raum zum Reden hättest?"]$$::jsonb),
    ('progress-questions',
     'Fragen zum Fortschritt',
     'Fragen, mit denen ihr gemeinsam darauf zurückschaut, wie sich die Dinge verändern. Es geht ums Wahrnehmen, nicht '
     'ums Punktezählen.',
     $$["Was fühlt sich zwischen uns in letzter Zeit ein bisschen besser an?",
        "Ist dir aufgefallen, dass sich etwas daran verändert, wie wir miteinander umgehen?",
        "Welcher kleine Moment hat sich diese Woche wie ein Schritt nach vorn angefühlt?",
        "Was tun wir inzwischen, das wir deiner Meinung nach beibehalten sollten?",
        "Gibt es etwas, bei dem du dir wünschst, dass wir langsamer vorgehen?"]$$::jsonb)
) as de (slug, title, description, prompts)
join prompt_set_text en on en.slug = de.slug and en.locale = 'en';

-- The seeded helpline directory; its name is a proper name and is not translated.
insert into support_resource_text (resource_id, locale, description, status, source_digest)
select id, 'de',
       'Ein Verzeichnis kostenloser, vertraulicher Hilfe- und Krisentelefone in vielen Ländern, durchsuchbar nach '
           || 'Land und Thema – darunter Beziehungen, Missbrauch und seelische Belastung.',
       'published', description_digest
from support_resource
where id = '5a0c3e1f-8b7d-4c2a-9e6f-1d4b8a2c7e90';

insert into target_language (language) values ('de');

-- A German row that went missing in a join above, or a list whose length differs from its English source, fails the
-- migration here rather than leaving a quiet gap in the catalogue.
do $check$
begin
    if (select count(*) from exercise_text en
        join exercise_text de on de.exercise_id = en.exercise_id and de.version = en.version and de.locale = 'de'
        where en.locale = 'en' and en.version = 1
          and en.exercise_id between '00000000-0000-4000-8000-000000000001' and '00000000-0000-4000-8000-000000000016'
          and jsonb_array_length(de.steps) = jsonb_array_length(en.steps)
          and jsonb_array_length(de.turn_cues) = jsonb_array_length(en.turn_cues)
          and jsonb_array_length(de.reflection_prompts) = jsonb_array_length(en.reflection_prompts)
          and jsonb_array_length(de.safety_notes) = jsonb_array_length(en.safety_notes)) <> 16 then
        raise exception 'German exercise texts do not match the sixteen English ones';
    end if;
    if (select count(*) from prompt_set_text en
        join prompt_set_text de on de.slug = en.slug and de.locale = 'de'
        where en.locale = 'en' and jsonb_array_length(de.prompts) = jsonb_array_length(en.prompts)) <> 3 then
        raise exception 'German prompt sets do not match the three English ones';
    end if;
    if not exists (select 1 from support_resource_text
                   where resource_id = '5a0c3e1f-8b7d-4c2a-9e6f-1d4b8a2c7e90' and locale = 'de') then
        raise exception 'German description of the seeded support resource is missing';
    end if;
end
$check$;
