# Custom zones (zoneov): /zones, the coach's zone from the card, the errors.
cmd-zones = Tus zonas y cómo cambiarlas
zones-custom-athlete = ✏️ Z{ $label }: límites propios
zones-custom-coach = ✏️ Z{ $label }: la fijó tu entrenador { $name }
zones-change-hint = Para cambiar una zona, envía por ejemplo <code>/zones zona 2 pulso 130-145</code>, <code>/zones zona 3 ritmo 4:50-5:10</code> o <code>/zones zona 2 potencia 150-210</code>; la zona sin límite superior lleva un solo límite, como <code>zona 5c pulso 182+</code>. Las zonas vecinas se ajustan con ella. <code>/zones reset</code> vuelve a las zonas calculadas a partir de tus umbrales.
zones-btn-reset = ↩️ Volver a las zonas calculadas
zones-reset-done = { $count ->
    [0] No tenías zonas propias: no ha cambiado nada.
    [one] Hecho: se ha quitado una zona propia. Tus zonas vuelven a calcularse a partir de tus umbrales.
   *[other] Hecho: se han quitado { $count } zonas propias. Tus zonas vuelven a calcularse a partir de tus umbrales.
}
zones-set-done = ✅ Guardado. Tus sesiones, las zonas de tus actividades, los gráficos y el entrenador de IA usan ahora estas zonas.
zones-btn-coach = 🎯 Una zona
zones-coach-ask = ¿Qué zona quieres fijar para { $name }? Envíala así: <code>zona 2 pulso 130-145</code>, <code>zona 3 ritmo 4:50-5:10</code> o <code>zona 2 potencia 150-210</code>.
zones-coach-set = ✅ Guardado para { $name }; ya se le ha avisado.
zones-coach-notice = 🎯 Tu entrenador { $coach } ha cambiado tus zonas de entrenamiento. Tus sesiones las usan a partir de ahora; /zones te las muestra y <code>/zones reset</code> vuelve a las calculadas.
ob-error-zone-format = No he podido entender esa zona. Escribe el número de zona, a qué se refiere y el rango, por ejemplo <code>zona 2 pulso 130-145</code>, <code>zona 3 ritmo 4:50-5:10</code> o <code>zona 2 potencia 150-210</code>.
ob-error-zone-empty = Una zona necesita dos límites distintos, como 130-145.
ob-error-zone-no-profile = Primero configura tu perfil (/start) y luego tus zonas.
ob-error-zone-no-zones = Aún no hay zonas de ese tipo: primero necesitan un umbral (FTP para la potencia, ritmo umbral para la carrera, CSS para la natación, LTHR o FCmáx para la frecuencia cardiaca). /profile muestra lo que ya está definido.
ob-error-zone-number = No existe la zona { $number }: estas zonas son { $count }.
ob-error-zone-open = Solo la zona { $hardest } puede quedar sin límite superior: dale un rango a la zona { $number }, como 130-145.
ob-error-zone-squeezed = No se ha guardado nada: con estos límites la zona { $neighbour } quedaría demasiado estrecha para entrenar. Prueba <code>{ $command }</code>, el rango más cercano que deja sitio a la zona { $neighbour }, o ensancha primero la zona { $neighbour } y luego vuelve a fijar la zona { $number }.
ob-error-zone-squeezed-only = No se ha guardado nada: cualquier rango de la zona { $number } aquí dejaría la zona { $neighbour } demasiado estrecha para entrenar. Ensancha primero la zona { $neighbour } (<code>/zones zone { $neighbour } …</code>) y luego vuelve a fijar la zona { $number }.
ob-error-zone-conflict = Con estos límites la zona { $number } no encaja entre sus vecinas (queda un hueco o un solapamiento). No se ha guardado nada; /zones muestra las zonas tal como están.
