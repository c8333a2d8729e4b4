<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="15"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="19"/>
        <source>&lt;p&gt;Version {version}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Versión {version}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="20"/>
        <source>&lt;p&gt;Library database:&lt;br&gt;&lt;tt&gt;{where}&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Base de datos de la biblioteca:&lt;br&gt;&lt;tt&gt;{where}&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="23"/>
        <source>&lt;p&gt;Backups:&lt;br&gt;&lt;tt&gt;{where}&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copias de seguridad:&lt;br&gt;&lt;tt&gt;{where}&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddCopyDialog</name>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="41"/>
        <source>Add this copy</source>
        <translation>Añadir este ejemplar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="47"/>
        <source>Copy barcode</source>
        <translation>Código de barras del ejemplar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="48"/>
        <source>Scan the copy&apos;s barcode</source>
        <translation>Escanee el código de barras del ejemplar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="50"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="51"/>
        <source>Look up</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="52"/>
        <source>Look up the ISBN</source>
        <translation>Buscar el ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="55"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="57"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="59"/>
        <source>Call number</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="61"/>
        <source>Item type</source>
        <translation>Tipo de material</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="66"/>
        <source>Look-up result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="67"/>
        <source>Barcode:</source>
        <translation>Código de barras:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="68"/>
        <source>ISBN:</source>
        <translation>ISBN:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="70"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="71"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="72"/>
        <source>Call number:</source>
        <translation>Signatura:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="73"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="102"/>
        <source>No catalog server is set up. Add the Library of Congress in Catalog.</source>
        <translation>No hay ningún servidor de catálogo configurado. Añada la Biblioteca del Congreso en Catálogo.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="106"/>
        <source>Asking {name}…</source>
        <translation>Consultando a {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="114"/>
        <source>{name} has no record for this ISBN.</source>
        <translation>{name} no tiene ningún registro para este ISBN.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/add_copy.py" line="121"/>
        <source>Found at {name}: its full record will be saved.</source>
        <translation>Encontrado en {name}: se guardará su registro completo.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../ui/care/backups_page.py" line="78"/>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="79"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="80"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="98"/>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="99"/>
        <source>on close</source>
        <translation>al cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="100"/>
        <source>backup now</source>
        <translation>copia manual</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="101"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="103"/>
        <source>{kib} KiB</source>
        <translation>{kib} KiB</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ui/care/backups_page.py" line="123"/>
        <source>Only the librarian can change backups or restore one.</source>
        <translation>Solo el bibliotecario puede cambiar las copias de seguridad o restaurar una.</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="124"/>
        <source>Backups are for the librarian</source>
        <translation>Las copias de seguridad son cosa del bibliotecario</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="129"/>
        <source>This library runs on the district&apos;s database server. The server is backed up by your IT department (see docs/DISTRICT.md).</source>
        <translation>Esta biblioteca funciona en el servidor de base de datos del distrito. Su departamento de informática hace las copias de seguridad del servidor (vea docs/DISTRICT.md).</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="136"/>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="140"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="141"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="142"/>
        <location filename="../../ui/care/backups_page.py" line="244"/>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="146"/>
        <source>Backup folder:</source>
        <translation>Carpeta de copias:</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="147"/>
        <source>Daily backups kept</source>
        <translation>Copias diarias que se guardan</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="148"/>
        <source>Weekly backups kept</source>
        <translation>Copias semanales que se guardan</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="149"/>
        <source>Monthly backups kept</source>
        <translation>Copias mensuales que se guardan</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="150"/>
        <source>Keep &amp;daily:</source>
        <translation>Guardar &amp;diarias:</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="151"/>
        <source>Keep &amp;weekly:</source>
        <translation>Guardar &amp;semanales:</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="152"/>
        <source>Keep &amp;monthly:</source>
        <translation>Guardar &amp;mensuales:</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="153"/>
        <source>Also back up when LMS Desktop closes</source>
        <translation>Hacer también una copia al cerrar LMS Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="154"/>
        <source>Back up on close</source>
        <translation>Copia al cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="156"/>
        <source>Days between database checks</source>
        <translation>Días entre revisiones de la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="157"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="158"/>
        <source>Check the database every (days):</source>
        <translation>Revisar la base de datos cada (días):</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="159"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="160"/>
        <source>Save backup settings</source>
        <translation>Guardar la configuración de copias</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="165"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="168"/>
        <source>Last backup</source>
        <translation>Última copia</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="173"/>
        <source>Backups in the folder</source>
        <translation>Copias en la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="181"/>
        <source>Back up &amp;now</source>
        <translation>Hacer copia &amp;ahora</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="182"/>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="184"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="185"/>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="187"/>
        <source>&amp;Check the database now</source>
        <translation>&amp;Revisar la base de datos ahora</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="188"/>
        <source>Check the database now</source>
        <translation>Revisar la base de datos ahora</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="196"/>
        <source>Backup status</source>
        <translation>Estado de las copias</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="233"/>
        <source>No backup has been made yet.</source>
        <translation>Todavía no se ha hecho ninguna copia.</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="236"/>
        <source>Last backup: {when}</source>
        <translation>Última copia: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="267"/>
        <source>Backup settings saved.</source>
        <translation>Configuración de copias guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="273"/>
        <source>Backing up…</source>
        <translation>Haciendo copia…</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="284"/>
        <source>Backed up to {path}.</source>
        <translation>Copia hecha en {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="285"/>
        <source>Backup made.</source>
        <translation>Copia hecha.</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="292"/>
        <source>The backup failed: {why}</source>
        <translation>La copia falló: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="305"/>
        <source>There is no backup to restore yet.</source>
        <translation>Todavía no hay ninguna copia que restaurar.</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="313"/>
        <source>Checking the database…</source>
        <translation>Revisando la base de datos…</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="319"/>
        <source>The database is healthy.</source>
        <translation>La base de datos está bien.</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="322"/>
        <source>Problems found: {problems}. Restore the latest good backup.</source>
        <translation>Se encontraron problemas: {problems}. Restaure la última copia buena.</translation>
    </message>
</context>
<context>
    <name>BatchImportDialog</name>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="66"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="70"/>
        <source>Scan</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="71"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="73"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="96"/>
        <source>Import an offline scanner batch</source>
        <translation>Importar un lote de un lector sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="101"/>
        <source>Scanners that were used away from the desk keep their scans in memory. Export them as a text file and pick it here: every scan is replayed with all the loan rules, and you get a report. Replaying the same file twice does nothing the second time.</source>
        <translation>Los lectores que se usaron lejos del mostrador guardan sus lecturas en memoria. Expórtelas como archivo de texto y elíjalo aquí: cada lectura se vuelve a aplicar con todas las reglas de préstamo y recibirá un informe. Si aplica el mismo archivo dos veces, la segunda vez no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="111"/>
        <source>Batch file</source>
        <translation>Archivo del lote</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="112"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="113"/>
        <source>Choose the batch file</source>
        <translation>Elegir el archivo del lote</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="115"/>
        <source>Replay</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="116"/>
        <source>Replay the batch</source>
        <translation>Aplicar el lote</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="123"/>
        <source>Replay progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="127"/>
        <source>Replay summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="130"/>
        <source>Replay report</source>
        <translation>Informe del lote</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="134"/>
        <source>Stop the replay</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="139"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="146"/>
        <source>Scanner batch file</source>
        <translation>Archivo de lote del lector</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="148"/>
        <source>Text files (*.txt *.dat *.csv);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.dat *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="163"/>
        <source>Replaying {n} lines…</source>
        <translation>Aplicando {n} líneas…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="204"/>
        <source>{n} scans replayed in {s:.1f} s: {counts}.</source>
        <translation>{n} lecturas aplicadas en {s:.1f} s: {counts}.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="205"/>
        <source>nothing to do</source>
        <translation>nada que hacer</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="210"/>
        <source>{n} of these scans were already replayed earlier and changed nothing now.</source>
        <translation>{n} de estas lecturas ya se habían aplicado antes y ahora no cambiaron nada.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="213"/>
        <source>Stopped. </source>
        <translation>Detenido. </translation>
    </message>
</context>
<context>
    <name>BlockOverrideDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="157"/>
        <source>Blocked: lend anyway?</source>
        <translation>Bloqueado: ¿prestar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="162"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; may not borrow right now:&lt;ul&gt;{reasons}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; no puede llevarse préstamos ahora:&lt;ul&gt;{reasons}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="167"/>
        <source>Block reasons</source>
        <translation>Motivos del bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="171"/>
        <source>Lending anyway is recorded in the journal under your name.</source>
        <translation>Si presta de todos modos, quedará anotado en el registro con su nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="173"/>
        <source>One of these blocks cannot be overridden at the desk.</source>
        <translation>Uno de estos bloqueos no se puede saltar desde el mostrador.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="179"/>
        <source>Lend anyway</source>
        <translation>Prestar de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="181"/>
        <source>Lend anyway and record the override</source>
        <translation>Prestar de todos modos y anotar la excepción</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="183"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="101"/>
        <location filename="../../ui/makerspace/booking_dialog.py" line="102"/>
        <source>New makerspace booking</source>
        <translation>Nueva reserva del makerspace</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="106"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="111"/>
        <source>&amp;Resource:</source>
        <translation>&amp;Recurso:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="113"/>
        <source>A &amp;student</source>
        <translation>Un &amp;alumno</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="114"/>
        <source>A teacher&apos;s &amp;class</source>
        <translation>La &amp;clase de un profesor</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="125"/>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="128"/>
        <location filename="../../ui/makerspace/booking_dialog.py" line="298"/>
        <source>Scan a card or type a name</source>
        <translation>Escanee un carné o escriba un nombre</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="129"/>
        <source>Find patron</source>
        <translation>Buscar usuario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="131"/>
        <source>Patron</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="136"/>
        <source>Patron:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="141"/>
        <source>e.g. 7B Science</source>
        <translation>p. ej. 7B Ciencias</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="142"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="143"/>
        <source>C&amp;lass:</source>
        <translation>C&amp;lase:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="146"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="147"/>
        <source>What is it for?</source>
        <translation>¿Para qué es?</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="148"/>
        <source>P&amp;urpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="153"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="155"/>
        <source>Day type</source>
        <translation>Tipo de día</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="159"/>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="161"/>
        <source>By &amp;period</source>
        <translation>Por &amp;periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="162"/>
        <source>By cloc&amp;k time</source>
        <translation>Por &amp;hora</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="163"/>
        <source>Book by period</source>
        <translation>Reservar por periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="164"/>
        <source>Book by clock time</source>
        <translation>Reservar por hora</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="170"/>
        <source>First period</source>
        <translation>Primer periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="172"/>
        <source>Last period</source>
        <translation>Último periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="174"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="176"/>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="182"/>
        <location filename="../../ui/makerspace/booking_dialog.py" line="188"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="191"/>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="196"/>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="197"/>
        <source>S&amp;eats:</source>
        <translation>Pu&amp;estos:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="199"/>
        <source>Re&amp;peat</source>
        <translation>Re&amp;petir</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="202"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="205"/>
        <source>Repeat every</source>
        <translation>Repetir cada</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="208"/>
        <location filename="../../ui/makerspace/booking_dialog.py" line="309"/>
        <source>{letter}-day</source>
        <translation>Día {letter}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="212"/>
        <source>School day</source>
        <translation>Día de clase</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="216"/>
        <source>Repeat until</source>
        <translation>Repetir hasta</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="217"/>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="218"/>
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="222"/>
        <source>Booking message</source>
        <translation>Mensaje de la reserva</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="227"/>
        <source>&amp;Book</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="229"/>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="231"/>
        <location filename="../../ui/makerspace/booking_dialog.py" line="497"/>
        <source>Use the &amp;next free slot</source>
        <translation>Usar el &amp;siguiente hueco libre</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="232"/>
        <source>Use the next free slot</source>
        <translation>Usar el siguiente hueco libre</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="233"/>
        <source>Join the &amp;waitlist</source>
        <translation>Apuntarse a la lista de &amp;espera</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="234"/>
        <source>Join the waitlist</source>
        <translation>Apuntarse a la lista de espera</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="235"/>
        <source>Book the &amp;free dates only</source>
        <translation>Reservar solo las fechas &amp;libres</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="236"/>
        <source>Book the free dates only</source>
        <translation>Reservar solo las fechas libres</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="241"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="300"/>
        <source>The teacher (optional): card or name</source>
        <translation>El profesor (opcional): carné o nombre</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="307"/>
        <source>No school that day</source>
        <translation>Ese día no hay clase</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="324"/>
        <source>Period {name}</source>
        <translation>Periodo {name}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="372"/>
        <source>There are no periods on that day. Choose a school day.</source>
        <translation>Ese día no tiene periodos. Elija un día de clase.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="416"/>
        <source>Add a resource in Settings → Makerspace first.</source>
        <translation>Añada primero un recurso en Configuración → Makerspace.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="421"/>
        <source>Find the student first: scan their card or type their name.</source>
        <translation>Busque primero al alumno: escanee su carné o escriba su nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="424"/>
        <source>Type the class, such as &apos;7B Science&apos;.</source>
        <translation>Escriba la clase, por ejemplo «7B Ciencias».</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="456"/>
        <source>Booking…</source>
        <translation>Reservando…</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="464"/>
        <source>Booked {n} dates ({rule}).</source>
        <translation>Reservadas {n} fechas ({rule}).</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="468"/>
        <source>{n} taken dates were left out.</source>
        <translation>Se dejaron fuera {n} fechas ocupadas.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="474"/>
        <source>Booked, waiting for approval.</source>
        <translation>Reservado, pendiente de aprobación.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="476"/>
        <source>Added to the waitlist.</source>
        <translation>Añadido a la lista de espera.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="478"/>
        <source>Booked.</source>
        <translation>Reservado.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="488"/>
        <source>The booking could not be saved: {error}</source>
        <translation>No se pudo guardar la reserva: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="497"/>
        <source>Use the &amp;next school day</source>
        <translation>Usar el &amp;siguiente día de clase</translation>
    </message>
</context>
<context>
    <name>BulkAddDialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="208"/>
        <source>Add devices by scanning their asset tags</source>
        <translation>Añadir dispositivos escaneando sus etiquetas de inventario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="211"/>
        <source>Device type</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="215"/>
        <source>Make</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="216"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="217"/>
        <location filename="../../ui/devices/dialogs.py" line="263"/>
        <source>Purchase date</source>
        <translation>Fecha de compra</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="218"/>
        <source>Purchase price</source>
        <translation>Precio de compra</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="219"/>
        <source>Home location</source>
        <translation>Ubicación habitual</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="220"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="221"/>
        <source>Make:</source>
        <translation>Marca:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="222"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="223"/>
        <source>Purchased on:</source>
        <translation>Comprado el:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="224"/>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="225"/>
        <source>Home location:</source>
        <translation>Ubicación habitual:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="226"/>
        <source>Scan an asset tag</source>
        <translation>Escanee una etiqueta de inventario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="226"/>
        <source>Scan each tag here</source>
        <translation>Escanee aquí cada etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="229"/>
        <source>Scanned asset tags</source>
        <translation>Etiquetas escaneadas</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="230"/>
        <source>…or paste the tags here, one per line</source>
        <translation>…o pegue aquí las etiquetas, una por línea</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="233"/>
        <source>Number of tags</source>
        <translation>Número de etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="241"/>
        <source>Add devices</source>
        <translation>Añadir dispositivos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/devices/dialogs.py" line="254"/>
        <source>%n tag(s) scanned</source>
        <translation>
            <numerusform>%n etiqueta escaneada</numerusform>
            <numerusform>%n etiquetas escaneadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="268"/>
        <source>Scan at least one asset tag first.</source>
        <translation>Escanee primero al menos una etiqueta de inventario.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="278"/>
        <source>{added} devices added; {known} were already registered.</source>
        <translation>{added} dispositivos añadidos; {known} ya estaban registrados.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="71"/>
        <source>School year</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="74"/>
        <source>School year name</source>
        <translation>Nombre del curso</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="78"/>
        <source>First day of school</source>
        <translation>Primer día de clase</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="82"/>
        <source>Last day of school</source>
        <translation>Último día de clase</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="85"/>
        <source>End of the school day</source>
        <translation>Fin de la jornada escolar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="90"/>
        <source>School on {day}</source>
        <translation>Hay clase el {day}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="93"/>
        <location filename="../../ui/settings/calendar_page.py" line="94"/>
        <source>Save school year</source>
        <translation>Guardar el curso</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="96"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="97"/>
        <source>First day:</source>
        <translation>Primer día:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="98"/>
        <source>Last day:</source>
        <translation>Último día:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="99"/>
        <source>School days:</source>
        <translation>Días de clase:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="100"/>
        <source>School day ends at:</source>
        <translation>La jornada termina a las:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="103"/>
        <source>Closed days and breaks</source>
        <translation>Días sin clase y vacaciones</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="109"/>
        <source>Closed from</source>
        <translation>Cerrado desde</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="113"/>
        <source>Closed until</source>
        <translation>Cerrado hasta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="115"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="116"/>
        <source>Winter break, teacher workday…</source>
        <translation>Vacaciones de invierno, día de formación docente…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="117"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="118"/>
        <source>Add closed days</source>
        <translation>Añadir días sin clase</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="121"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="122"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="131"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="132"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="136"/>
        <source>Closed days</source>
        <translation>Días sin clase</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="138"/>
        <source>Open the school again on the selected days</source>
        <translation>Volver a abrir la escuela los días seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="139"/>
        <source>Remove the selected closed days</source>
        <translation>Quitar los días sin clase seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="147"/>
        <source>Calendar message</source>
        <translation>Mensaje del calendario</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="150"/>
        <source>Loans that would fall due on a closed day are due on the next open day instead. Enter breaks once, as a range.</source>
        <translation>Los préstamos que vencerían en un día sin clase vencen el siguiente día de clase. Introduzca las vacaciones una sola vez, como intervalo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="208"/>
        <source>School year saved.</source>
        <translation>Curso guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="222"/>
        <source>{n} closed days added.</source>
        <translation>{n} días sin clase añadidos.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="229"/>
        <source>Pick the days to open again in the list first.</source>
        <translation>Elija primero en la lista los días que se vuelven a abrir.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="233"/>
        <source>The school is open again on {n} days.</source>
        <translation>La escuela vuelve a abrir {n} días.</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="64"/>
        <source>Call number</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="65"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="66"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="67"/>
        <source>Last loan</source>
        <translation>Último préstamo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="68"/>
        <source>Loans</source>
        <translation>Préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="69"/>
        <source>Condition</source>
        <translation>Estado físico</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="70"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="71"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="72"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="150"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>CareGuardian</name>
    <message>
        <location filename="../../ui/care/guardian.py" line="184"/>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Bloquear el mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/care/guardian.py" line="202"/>
        <source>Signed in: {name}</source>
        <translation>Sesión iniciada: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/care/guardian.py" line="241"/>
        <source>The automatic backup did not run: {why}</source>
        <translation>La copia de seguridad automática no se hizo: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/care/guardian.py" line="229"/>
        <location filename="../../ui/care/guardian.py" line="247"/>
        <source>Today&apos;s backup is made.</source>
        <translation>La copia de seguridad de hoy está hecha.</translation>
    </message>
</context>
<context>
    <name>CartsTab</name>
    <message>
        <location filename="../../ui/devices/section.py" line="870"/>
        <source>Cart</source>
        <translation>Carro</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="871"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="872"/>
        <source>Filled</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="873"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="874"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="875"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="878"/>
        <source>Carts</source>
        <translation>Carros</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="882"/>
        <source>Slot</source>
        <translation>Hueco</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="883"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="884"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="886"/>
        <source>Back?</source>
        <translation>¿Devuelto?</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="890"/>
        <source>back</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="890"/>
        <source>EMPTY — not back</source>
        <translation>VACÍO — no devuelto</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="896"/>
        <source>Cart slots</source>
        <translation>Huecos del carro</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="898"/>
        <source>Scan a device back into the cart</source>
        <translation>Escanee un dispositivo al devolverlo al carro</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="899"/>
        <source>Scan each device as it goes back in its slot</source>
        <translation>Escanee cada dispositivo al ponerlo en su hueco</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="902"/>
        <source>Cart check-in summary</source>
        <translation>Resumen de la devolución del carro</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="905"/>
        <source>Finish cart check-in</source>
        <translation>Terminar la devolución del carro</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="906"/>
        <source>Lend cart…</source>
        <translation>Prestar carro…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="908"/>
        <source>New cart…</source>
        <translation>Carro nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="909"/>
        <source>Put a device in a slot…</source>
        <translation>Poner un dispositivo en un hueco…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="951"/>
        <source>Make a cart with &apos;New cart…&apos;.</source>
        <translation>Cree un carro con «Carro nuevo…».</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="970"/>
        <source>{name} is out with {who}. {back} back, {missing} not back yet. Empty slots: {slots}.</source>
        <translation>{name} está prestado a {who}. {back} devueltos, {missing} sin devolver todavía. Huecos vacíos: {slots}.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="977"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="982"/>
        <source>{name}: {filled} of {count} slots hold a device.</source>
        <translation>{name}: {filled} de {count} huecos tienen un dispositivo.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1050"/>
        <source>Lend cart</source>
        <translation>Prestar carro</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1050"/>
        <source>Scan the teacher&apos;s card:</source>
        <translation>Escanee el carné del profesor:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1059"/>
        <source>No patron has the card {card}.</source>
        <translation>Ningún usuario tiene el carné {card}.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1077"/>
        <location filename="../../ui/devices/section.py" line="1086"/>
        <source>Put a device in a slot</source>
        <translation>Poner un dispositivo en un hueco</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1078"/>
        <source>Slot number:</source>
        <translation>Número de hueco:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1086"/>
        <source>Scan the device&apos;s asset tag:</source>
        <translation>Escanee la etiqueta de inventario del dispositivo:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1101"/>
        <location filename="../../ui/devices/section.py" line="1105"/>
        <location filename="../../ui/devices/section.py" line="1110"/>
        <source>New cart</source>
        <translation>Carro nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1101"/>
        <source>Cart name:</source>
        <translation>Nombre del carro:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1105"/>
        <source>Scan the cart&apos;s barcode label:</source>
        <translation>Escanee la etiqueta de código de barras del carro:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1110"/>
        <source>Number of slots:</source>
        <translation>Número de huecos:</translation>
    </message>
</context>
<context>
    <name>CatalogModels</name>
    <message>
        <location filename="../../ui/catalog/models.py" line="27"/>
        <location filename="../../ui/catalog/models.py" line="68"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="28"/>
        <source>On loan</source>
        <translation>Prestado</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="29"/>
        <source>On the hold shelf</source>
        <translation>En el estante de reservas</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="30"/>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="31"/>
        <source>In repair</source>
        <translation>En reparación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="32"/>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="33"/>
        <source>Missing</source>
        <translation>Extraviado</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="34"/>
        <source>Claims returned</source>
        <translation>Dice que lo devolvió</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="35"/>
        <source>Withdrawn</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="36"/>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="64"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="65"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="66"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="67"/>
        <location filename="../../ui/catalog/models.py" line="193"/>
        <source>Call number</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="192"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="194"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="195"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/models.py" line="196"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>CatalogSection</name>
    <message>
        <location filename="../../ui/catalog/section.py" line="52"/>
        <source>Keyword</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="53"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="54"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="55"/>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="56"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="57"/>
        <source>Call number</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="58"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="307"/>
        <source>Search by</source>
        <translation>Buscar por</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="312"/>
        <source>Search titles, authors, subjects, ISBNs… (press Enter)</source>
        <translation>Busque títulos, autores, materias, ISBN… (pulse Intro)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="315"/>
        <source>Search the catalog</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="316"/>
        <source>On the shelf only</source>
        <translation>Solo en el estante</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="317"/>
        <source>Only titles with a copy on the shelf</source>
        <translation>Solo títulos con un ejemplar en el estante</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="319"/>
        <source>Fast add…</source>
        <translation>Alta rápida…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="320"/>
        <source>New record…</source>
        <translation>Registro nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="321"/>
        <source>Copy cataloging…</source>
        <translation>Catalogación por copia…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="322"/>
        <source>Import MARC…</source>
        <translation>Importar MARC…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="323"/>
        <source>Export MARC…</source>
        <translation>Exportar MARC…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="324"/>
        <source>Print labels…</source>
        <translation>Imprimir etiquetas…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="325"/>
        <source>Print labels for the chosen titles</source>
        <translation>Imprimir etiquetas de los títulos elegidos</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="327"/>
        <source>Spine or barcode labels for every copy of the titles chosen in the list</source>
        <translation>Etiquetas de lomo o de código de barras para cada ejemplar de los títulos elegidos en la lista</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="331"/>
        <source>Spine labels…</source>
        <translation>Etiquetas de lomo…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="331"/>
        <source>Barcode labels…</source>
        <translation>Etiquetas de código de barras…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="338"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="358"/>
        <source>Number of titles found</source>
        <translation>Número de títulos encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="424"/>
        <source>The catalog is busy with an import; the list fills in a moment.</source>
        <translation>El catálogo está ocupado con una importación; la lista se llenará en un momento.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="468"/>
        <source>{n} titles in the catalog; the latest are shown.</source>
        <translation>{n} títulos en el catálogo; se muestran los más recientes.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="472"/>
        <source>More than {n} titles found; add words to narrow the search.</source>
        <translation>Más de {n} títulos encontrados; añada palabras para afinar la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="476"/>
        <source>{n} titles found.</source>
        <translation>{n} títulos encontrados.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="478"/>
        <source>Nothing found. Try fewer words, or another kind of search.</source>
        <translation>No se encontró nada. Pruebe con menos palabras o con otro tipo de búsqueda.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="492"/>
        <source>The search failed: {m}</source>
        <translation>La búsqueda falló: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="512"/>
        <source>Choose one or more titles in the list first, then Print labels.</source>
        <translation>Elija primero uno o más títulos en la lista y luego Imprimir etiquetas.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="520"/>
        <source>The chosen titles have no copies on the shelves to label. Add a copy first (Add copy… beside the title).</source>
        <translation>Los títulos elegidos no tienen ejemplares en los estantes que etiquetar. Añada primero un ejemplar (Añadir ejemplar… junto al título).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/catalog/section.py" line="534"/>
        <source>%n copy barcode(s) are chosen under Reports → Labels.</source>
        <translation>
            <numerusform>%n código de barras de ejemplar está elegido en Informes → Etiquetas.</numerusform>
            <numerusform>%n códigos de barras de ejemplares están elegidos en Informes → Etiquetas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChargeFeeDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="240"/>
        <source>Charge a fee to {name}</source>
        <translation>Cobrar una multa a {name}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="243"/>
        <source>Kind of fee</source>
        <translation>Clase de multa</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="245"/>
        <source>Damaged item</source>
        <translation>Material dañado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="246"/>
        <source>Lost item</source>
        <translation>Material perdido</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="247"/>
        <source>Missing part (charger, case, disc…)</source>
        <translation>Pieza que falta (cargador, funda, disco…)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="248"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="251"/>
        <source>Kind:</source>
        <translation>Clase:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="256"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="257"/>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="259"/>
        <source>Item barcode</source>
        <translation>Código del material</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="260"/>
        <source>The item&apos;s barcode (optional)</source>
        <translation>El código de barras del material (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="261"/>
        <source>Item:</source>
        <translation>Material:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="263"/>
        <source>What the fee is for</source>
        <translation>Por qué es la multa</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="264"/>
        <source>Water damage, torn pages…</source>
        <translation>Daños por agua, páginas rotas…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="265"/>
        <source>For:</source>
        <translation>Concepto:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="268"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="274"/>
        <source>Charge</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="284"/>
        <source>Enter the amount to charge (more than $0.00).</source>
        <translation>Escriba el importe que se cobra (más de $0.00).</translation>
    </message>
</context>
<context>
    <name>CollectionTab</name>
    <message>
        <location filename="../../ui/devices/section.py" line="1143"/>
        <source>Devices still out by homeroom</source>
        <translation>Dispositivos aún prestados por grupo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1145"/>
        <source>Homeroom / student</source>
        <translation>Grupo / alumno</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1145"/>
        <source>Asset tag</source>
        <translation>Etiqueta de inventario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1145"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1145"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1148"/>
        <location filename="../../ui/devices/section.py" line="1253"/>
        <source>Devices still out</source>
        <translation>Dispositivos aún prestados</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1150"/>
        <source>Scan returned devices</source>
        <translation>Escanear dispositivos devueltos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1151"/>
        <source>Scan each returned device (bulk check-in)</source>
        <translation>Escanee cada dispositivo devuelto (devolución en bloque)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1154"/>
        <source>Bulk return results</source>
        <translation>Resultados de la devolución en bloque</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1158"/>
        <source>Export list (CSV)…</source>
        <translation>Exportar lista (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1161"/>
        <source>Student card for damage history</source>
        <translation>Carné del alumno para el historial de daños</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1163"/>
        <source>Scan a student&apos;s card to see their damage history</source>
        <translation>Escanee el carné de un alumno para ver su historial de daños</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1168"/>
        <source>Reported</source>
        <translation>Informado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1169"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1170"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1171"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1172"/>
        <source>Fee</source>
        <translation>Multa</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1175"/>
        <source>Student damage history</source>
        <translation>Historial de daños del alumno</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1184"/>
        <source>Damage history of a student</source>
        <translation>Historial de daños de un alumno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/devices/section.py" line="1216"/>
        <source>%n device(s) still out</source>
        <translation>
            <numerusform>%n dispositivo aún prestado</numerusform>
            <numerusform>%n dispositivos aún prestados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1247"/>
        <source>No damage on record.</source>
        <translation>No hay daños registrados.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1253"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1260"/>
        <source>Wrote the list to {file}.</source>
        <translation>Lista escrita en {file}.</translation>
    </message>
</context>
<context>
    <name>ConditionChecklist</name>
    <message>
        <location filename="../../ui/devices/widgets.py" line="33"/>
        <source>Screen OK</source>
        <translation>Pantalla bien</translation>
    </message>
    <message>
        <location filename="../../ui/devices/widgets.py" line="34"/>
        <source>Keyboard OK</source>
        <translation>Teclado bien</translation>
    </message>
    <message>
        <location filename="../../ui/devices/widgets.py" line="35"/>
        <source>Hinge OK</source>
        <translation>Bisagra bien</translation>
    </message>
    <message>
        <location filename="../../ui/devices/widgets.py" line="36"/>
        <source>Charger OK</source>
        <translation>Cargador bien</translation>
    </message>
    <message>
        <location filename="../../ui/devices/widgets.py" line="43"/>
        <source>Other damage or notes (optional)</source>
        <translation>Otros daños o notas (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/widgets.py" line="44"/>
        <source>Other condition notes</source>
        <translation>Otras notas sobre el estado</translation>
    </message>
</context>
<context>
    <name>CopyCataloging</name>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="70"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="71"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="72"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="73"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="74"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
</context>
<context>
    <name>CopyCatalogingDialog</name>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="139"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="140"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="141"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="142"/>
        <source>Keyword</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="169"/>
        <source>Copy cataloging</source>
        <translation>Catalogación por copia</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="172"/>
        <source>Server to search</source>
        <translation>Servidor en el que buscar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="173"/>
        <source>Add Library of Congress</source>
        <translation>Añadir la Biblioteca del Congreso</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="174"/>
        <source>Add the Library of Congress server</source>
        <translation>Añadir el servidor de la Biblioteca del Congreso</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="177"/>
        <source>Search by</source>
        <translation>Buscar por</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="181"/>
        <source>Words or ISBN to search for</source>
        <translation>Palabras o ISBN que buscar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="182"/>
        <source>ISBN, title or author</source>
        <translation>ISBN, título o autor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="184"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="185"/>
        <source>Search the server</source>
        <translation>Buscar en el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="189"/>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="194"/>
        <source>Records found</source>
        <translation>Registros encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="212"/>
        <source>Record preview</source>
        <translation>Vista previa del registro</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="216"/>
        <source>&lt; Previous</source>
        <translation>&lt; Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="217"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="219"/>
        <source>Next &gt;</source>
        <translation>Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="220"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="222"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="223"/>
        <source>Import this record</source>
        <translation>Importar este registro</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="225"/>
        <source>Open in editor…</source>
        <translation>Abrir en el editor…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="226"/>
        <source>Open this record in the MARC editor</source>
        <translation>Abrir este registro en el editor MARC</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="228"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="243"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="282"/>
        <source>All servers</source>
        <translation>Todos los servidores</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="293"/>
        <source>No copy-cataloging server is set up. Add the Library of Congress, or add your district&apos;s server in Settings &gt; Copy cataloging.</source>
        <translation>No hay ningún servidor de catalogación por copia. Añada la Biblioteca del Congreso o el servidor de su distrito en Configuración &gt; Catalogación por copia.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="330"/>
        <source>Choose a server to search first.</source>
        <translation>Elija primero un servidor en el que buscar.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="338"/>
        <source>Searching {name}…</source>
        <translation>Buscando en {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="365"/>
        <source>{name} has no record for that. Try other words.</source>
        <translation>{name} no tiene ningún registro de eso. Pruebe con otras palabras.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="367"/>
        <source>{name}: records {first}-{last} of {total}.</source>
        <translation>{name}: registros {first}-{last} de {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="375"/>
        <source>{n} records could not be shown: {why}</source>
        <translation>No se pudieron mostrar {n} registros: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="453"/>
        <source>Already in the catalog</source>
        <translation>Ya está en el catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="455"/>
        <source>A title with this ISBN is already in the catalog. Import this record as another title anyway?</source>
        <translation>Ya hay un título con este ISBN en el catálogo. ¿Importar este registro como otro título de todos modos?</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="468"/>
        <source>“{title}” is now in the catalog. Add its copies from the title&apos;s page.</source>
        <translation>«{title}» ya está en el catálogo. Añada sus ejemplares desde la página del título.</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="59"/>
        <source>Edit copy</source>
        <translation>Editar ejemplar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="59"/>
        <source>Add a copy</source>
        <translation>Añadir un ejemplar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="61"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="63"/>
        <source>Call number</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="65"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="67"/>
        <source>Item type</source>
        <translation>Tipo de material</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="69"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="91"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="92"/>
        <location filename="../../ui/catalog/copy_dialogs.py" line="93"/>
        <source>Price known</source>
        <translation>Precio conocido</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="101"/>
        <source>Acquired on</source>
        <translation>Adquirido el</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="105"/>
        <source>Date known</source>
        <translation>Fecha conocida</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="106"/>
        <source>Acquired date known</source>
        <translation>Fecha de adquisición conocida</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="112"/>
        <source>&amp;Barcode:</source>
        <translation>&amp;Código de barras:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="113"/>
        <source>&amp;Call number:</source>
        <translation>&amp;Signatura:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="114"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="115"/>
        <source>Item &amp;type:</source>
        <translation>&amp;Tipo de material:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="116"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="121"/>
        <source>&amp;Acquired:</source>
        <translation>&amp;Adquirido:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="125"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../ui/care/guardian.py" line="93"/>
        <source>The library database is damaged</source>
        <translation>La base de datos de la biblioteca está dañada</translation>
    </message>
    <message>
        <location filename="../../ui/care/guardian.py" line="97"/>
        <source>What is wrong</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <location filename="../../ui/care/guardian.py" line="100"/>
        <location filename="../../ui/care/guardian.py" line="101"/>
        <source>Restore the latest good backup</source>
        <translation>Restaurar la última copia de seguridad buena</translation>
    </message>
    <message>
        <location filename="../../ui/care/guardian.py" line="104"/>
        <location filename="../../ui/care/guardian.py" line="105"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>DeskSection</name>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="135"/>
        <source>Scan field</source>
        <translation>Campo de lectura</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="137"/>
        <source>Scan a patron card, a book, a device or an ISBN</source>
        <translation>Escanee un carné, un libro, un dispositivo o un ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="146"/>
        <source>Check out / in</source>
        <translation>Prestar / devolver</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="146"/>
        <source>Mode: check out and in</source>
        <translation>Modo: prestar y devolver</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="147"/>
        <source>Check in only</source>
        <translation>Solo devolver</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="147"/>
        <source>Mode: check in only</source>
        <translation>Modo: solo devolver</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="148"/>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="148"/>
        <source>Mode: renew</source>
        <translation>Modo: renovar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="164"/>
        <source>Done with patron (Esc)</source>
        <translation>Terminar con el usuario (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="165"/>
        <source>Done with this patron</source>
        <translation>Terminar con este usuario</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="171"/>
        <source>Import scanner batch…</source>
        <translation>Importar lote del lector…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="172"/>
        <source>Import an offline scanner batch file</source>
        <translation>Importar un archivo de lote de un lector sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="177"/>
        <source>Hold shelf…</source>
        <translation>Estante de reservas…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="178"/>
        <source>List what is on the hold shelf</source>
        <translation>Ver lo que hay en el estante de reservas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="185"/>
        <source>Answer to the last scan</source>
        <translation>Respuesta a la última lectura</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="190"/>
        <source>Scans waiting</source>
        <translation>Lecturas en espera</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="194"/>
        <source>Lend anyway…</source>
        <translation>Prestar de todos modos…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="195"/>
        <source>Add this copy…</source>
        <translation>Añadir este ejemplar…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="196"/>
        <source>Look up this ISBN…</source>
        <translation>Buscar este ISBN…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="197"/>
        <source>Hold slip…</source>
        <translation>Boleta de reserva…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="198"/>
        <source>Renew it</source>
        <translation>Renovarlo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="199"/>
        <source>Lend with agreement…</source>
        <translation>Prestar con acuerdo…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="210"/>
        <source>Place hold for this patron</source>
        <translation>Reservar para este usuario</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="211"/>
        <source>Place a hold on the title</source>
        <translation>Hacer una reserva del título</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="218"/>
        <source>Save receipt PDF…</source>
        <translation>Guardar comprobante PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="219"/>
        <location filename="../../ui/desk/desk_screen.py" line="795"/>
        <source>Save the agreement receipt to print</source>
        <translation>Guardar el comprobante del acuerdo para imprimirlo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="231"/>
        <location filename="../../ui/desk/desk_screen.py" line="246"/>
        <source>Last actions</source>
        <translation>Últimas acciones</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="236"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="237"/>
        <source>Undo the selected action</source>
        <translation>Deshacer la acción seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="251"/>
        <source>Only this patron</source>
        <translation>Solo este usuario</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="252"/>
        <source>Show only this patron&apos;s actions</source>
        <translation>Mostrar solo las acciones de este usuario</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="305"/>
        <source>Ready. Scan a patron card or an item.</source>
        <translation>Listo. Escanee un carné o un material.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="330"/>
        <source>That scan had nothing readable in it. Scan the barcode again.</source>
        <translation>Esa lectura no tenía nada legible. Escanee el código de barras otra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="424"/>
        <source>Something went wrong with the scan of {text}; nothing was recorded. Scan it again. ({error})</source>
        <translation>Algo falló al leer {text}; no se guardó nada. Escanéelo otra vez. ({error})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="465"/>
        <source>{n} scans waiting…</source>
        <translation>{n} lecturas en espera…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="483"/>
        <source>Check out / in: scan a patron, then their items.</source>
        <translation>Prestar / devolver: escanee el carné y luego sus materiales.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="484"/>
        <source>Check in only: every item scanned is returned.</source>
        <translation>Solo devolver: cada material escaneado se devuelve.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="485"/>
        <source>Renew: every item scanned is renewed.</source>
        <translation>Renovar: cada material escaneado se renueva.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="504"/>
        <source>Ready for the next patron.</source>
        <translation>Listo para el siguiente usuario.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="552"/>
        <source>Pick the loan to renew in the list first.</source>
        <translation>Primero elija en la lista el préstamo que quiere renovar.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="562"/>
        <location filename="../../ui/desk/desk_screen.py" line="654"/>
        <source>Scan the patron&apos;s card first.</source>
        <translation>Primero escanee el carné del usuario.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="574"/>
        <source>Pick the loan to check in in the list first.</source>
        <translation>Primero elija en la lista el préstamo que quiere devolver.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="589"/>
        <source>Pick the lost item in the loans list first.</source>
        <translation>Primero elija el material perdido en la lista de préstamos.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="593"/>
        <source>Mark lost</source>
        <translation>Marcar como perdido</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="594"/>
        <source>Mark “{title}” lost and charge its replacement cost to {name}?</source>
        <translation>¿Marcar «{title}» como perdido y cobrar a {name} lo que cuesta reponerlo?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="609"/>
        <source>Pick the item in the loans list first.</source>
        <translation>Primero elija el material en la lista de préstamos.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="612"/>
        <source>Claims returned</source>
        <translation>Dice que lo devolvió</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="614"/>
        <source>The patron says “{title}” was returned. Close the loan without a fee and look for the item on the shelves?</source>
        <translation>El usuario dice que devolvió «{title}». ¿Cerrar el préstamo sin multa y buscar el material en los estantes?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="629"/>
        <source>Pick the hold to cancel in the list first.</source>
        <translation>Primero elija en la lista la reserva que quiere cancelar.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="634"/>
        <source>Hold on “{title}” cancelled.</source>
        <translation>Reserva de «{title}» cancelada.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="640"/>
        <source>Pick the fee in the list first.</source>
        <translation>Primero elija la multa en la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="643"/>
        <source>Nothing is owed on that fee any more.</source>
        <translation>Ya no se debe nada de esa multa.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="684"/>
        <source>Charged {amount} ({what}).</source>
        <translation>Cobrado {amount} ({what}).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="695"/>
        <source>Waived {amount}; {left} still owed on this fee.</source>
        <translation>Perdonado {amount}; todavía se deben {left} de esta multa.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="698"/>
        <source>Payment of {amount} taken; {left} still owed on this fee.</source>
        <translation>Pago de {amount} recibido; todavía se deben {left} de esta multa.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="715"/>
        <source>Already undone, or from an earlier day: it can no longer be undone.</source>
        <translation>Ya se deshizo o es de otro día: ya no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="723"/>
        <source>Pick the action to undo in Last actions first.</source>
        <translation>Primero elija en Últimas acciones la acción que quiere deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="732"/>
        <source>Undone: {what}</source>
        <translation>Deshecho: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="778"/>
        <source>Save the agreement receipt to print it for the borrower to sign.</source>
        <translation>Guarde el comprobante del acuerdo e imprímalo para que lo firme quien se lo lleva.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="797"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="839"/>
        <source>Place hold</source>
        <translation>Hacer reserva</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="839"/>
        <source>Which title?</source>
        <translation>¿Qué título?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/desk_screen.py" line="849"/>
        <source>{name} is number {n} in line for “{title}”.</source>
        <translation>{name} es el número {n} en la lista de espera de «{title}».</translation>
    </message>
</context>
<context>
    <name>DeskTables</name>
    <message>
        <location filename="../../ui/desk/row_models.py" line="128"/>
        <source>{due} · overdue</source>
        <translation>{due} · atrasado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="138"/>
        <location filename="../../ui/desk/row_models.py" line="172"/>
        <location filename="../../ui/desk/row_models.py" line="240"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="142"/>
        <location filename="../../ui/desk/row_models.py" line="241"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="144"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="146"/>
        <source>Renewals</source>
        <translation>Renovaciones</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="163"/>
        <source>On the hold shelf</source>
        <translation>En el estante de reservas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="165"/>
        <source>Waiting (number {n} in line)</source>
        <translation>En espera (número {n} en la lista)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="173"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="175"/>
        <source>Placed</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="178"/>
        <location filename="../../ui/desk/row_models.py" line="235"/>
        <source>Pick up by</source>
        <translation>Recoger antes de</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="188"/>
        <location filename="../../ui/desk/row_models.py" line="238"/>
        <source>For</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="192"/>
        <source>Item</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="195"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="200"/>
        <source>Still owed</source>
        <translation>Se debe</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="205"/>
        <source>Charged</source>
        <translation>Cobrada</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="217"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="218"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="219"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="221"/>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="222"/>
        <source>undone</source>
        <translation>deshecha</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="239"/>
        <source>Homeroom</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="243"/>
        <source>Call number</source>
        <translation>Signatura</translation>
    </message>
</context>
<context>
    <name>DeviceAgreementsPage</name>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="30"/>
        <source>Device type</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="35"/>
        <source>Agreement title</source>
        <translation>Título del acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="36"/>
        <source>e.g. Hotspot loan agreement 2026-27</source>
        <translation>p. ej. Acuerdo de préstamo de hotspot 2026-27</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="38"/>
        <source>Agreement text</source>
        <translation>Texto del acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="40"/>
        <source>The text the student (and a guardian) sign. It is printed on the receipt.</source>
        <translation>El texto que firma el alumno (y un tutor legal). Se imprime en el comprobante.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="43"/>
        <source>Agreement state</source>
        <translation>Estado del acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="44"/>
        <source>Save agreement</source>
        <translation>Guardar acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="47"/>
        <source>No agreement for this type</source>
        <translation>Sin acuerdo para este tipo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="56"/>
        <source>Device type:</source>
        <translation>Tipo de dispositivo:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="58"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="59"/>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="74"/>
        <source>Lending needs this agreement to be accepted.</source>
        <translation>Para prestar hay que aceptar este acuerdo.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="76"/>
        <source>No agreement needed for this type.</source>
        <translation>Este tipo no necesita acuerdo.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="89"/>
        <source>Agreement saved.</source>
        <translation>Acuerdo guardado.</translation>
    </message>
</context>
<context>
    <name>DeviceDetailPanel</name>
    <message>
        <location filename="../../ui/devices/section.py" line="160"/>
        <location filename="../../ui/devices/section.py" line="277"/>
        <source>Choose a device in the list.</source>
        <translation>Elija un dispositivo de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="162"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="166"/>
        <source>Device details</source>
        <translation>Datos del dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="168"/>
        <source>Lend…</source>
        <translation>Prestar…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="169"/>
        <source>Check in…</source>
        <translation>Devolver…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="170"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="171"/>
        <source>Report damage…</source>
        <translation>Informar de un daño…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="172"/>
        <source>Repair ticket…</source>
        <translation>Orden de reparación…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="173"/>
        <source>Save receipt PDF…</source>
        <translation>Guardar comprobante PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="175"/>
        <source>1:1 student…</source>
        <translation>Alumno 1:1…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="176"/>
        <source>Lend a loaner…</source>
        <translation>Prestar uno de reemplazo…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="198"/>
        <source>Components in the kit</source>
        <translation>Componentes del kit</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="200"/>
        <source>Add component…</source>
        <translation>Añadir componente…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="201"/>
        <source>Remove component</source>
        <translation>Quitar componente</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="212"/>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="213"/>
        <location filename="../../ui/devices/section.py" line="311"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="214"/>
        <source>Back</source>
        <translation>Vuelta</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="215"/>
        <location filename="../../ui/devices/section.py" line="310"/>
        <source>Borrower</source>
        <translation>Prestatario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="215"/>
        <source>(private)</source>
        <translation>(privado)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="216"/>
        <source>Homeroom</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="217"/>
        <source>Ended</source>
        <translation>Terminó</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="222"/>
        <source>Reported</source>
        <translation>Informado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="223"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="224"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="225"/>
        <source>Student</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="226"/>
        <source>Fee</source>
        <translation>Multa</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="227"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="232"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="233"/>
        <source>At</source>
        <translation>En</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="234"/>
        <source>Condition</source>
        <translation>Estado físico</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="235"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="239"/>
        <source>Device history</source>
        <translation>Historial del dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="240"/>
        <source>Loan history</source>
        <translation>Historial de préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="241"/>
        <location filename="../../ui/devices/section.py" line="245"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="243"/>
        <location filename="../../ui/devices/section.py" line="246"/>
        <source>Condition checks</source>
        <translation>Revisiones del estado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="244"/>
        <source>Loans</source>
        <translation>Préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="248"/>
        <source>Incident photos</source>
        <translation>Fotos del incidente</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="254"/>
        <source>Kit:</source>
        <translation>Kit:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="295"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="296"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="297"/>
        <source>Serial</source>
        <translation>N.º de serie</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="298"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="299"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="301"/>
        <source>Purchased</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="304"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="306"/>
        <source>Warranty ends</source>
        <translation>Fin de la garantía</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="309"/>
        <source>Home</source>
        <translation>Ubicación habitual</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="312"/>
        <source>1:1 student</source>
        <translation>Alumno 1:1</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="313"/>
        <source>Loaner out in its place</source>
        <translation>Reemplazo prestado en su lugar</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="314"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="332"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="360"/>
        <source>Lent. Save the agreement receipt to print it for signing.</source>
        <translation>Prestado. Guarde el comprobante del acuerdo para imprimirlo y firmarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="369"/>
        <source>Save the agreement receipt to print</source>
        <translation>Guardar el comprobante del acuerdo para imprimirlo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="371"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="384"/>
        <source>This device is not on loan.</source>
        <translation>Este dispositivo no está prestado.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="396"/>
        <source>New damage found at check-in: {parts}.</source>
        <translation>Daño nuevo encontrado al devolverlo: {parts}.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="432"/>
        <location filename="../../ui/devices/section.py" line="437"/>
        <source>Add component</source>
        <translation>Añadir componente</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="432"/>
        <source>Component (charger, case, stylus…):</source>
        <translation>Componente (cargador, funda, lápiz…):</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="437"/>
        <source>Replacement fee if not returned:</source>
        <translation>Multa de reposición si no se devuelve:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="453"/>
        <source>Choose the component to remove.</source>
        <translation>Elija el componente que quiere quitar.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="465"/>
        <source>1:1 device</source>
        <translation>Dispositivo 1:1</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="466"/>
        <source>Scan the student&apos;s card (leave empty if nobody&apos;s):</source>
        <translation>Escanee el carné del alumno (déjelo vacío si no es de nadie):</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="484"/>
        <source>Lend a loaner</source>
        <translation>Prestar uno de reemplazo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="484"/>
        <source>Scan the loaner&apos;s asset tag:</source>
        <translation>Escanee la etiqueta de inventario del reemplazo:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="498"/>
        <source>Read “{title}” with the student before the loaner goes out.</source>
        <translation>Lea «{title}» con el alumno antes de que salga el dispositivo de reemplazo.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="517"/>
        <source>Save the agreement receipt to print it for signing.</source>
        <translation>Guarde el comprobante del acuerdo para imprimirlo y firmarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="529"/>
        <source>No photos for this incident.</source>
        <translation>No hay fotos de este incidente.</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="106"/>
        <source>Edit device</source>
        <translation>Editar dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="106"/>
        <source>Add a device</source>
        <translation>Añadir un dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="109"/>
        <source>Asset tag</source>
        <translation>Etiqueta de inventario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="109"/>
        <source>Scan the asset tag</source>
        <translation>Escanee la etiqueta de inventario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="111"/>
        <source>Device type</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="116"/>
        <source>Make</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="117"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="118"/>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="119"/>
        <source>MAC address</source>
        <translation>Dirección MAC</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="120"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="120"/>
        <source>hotspots and tablets with a SIM</source>
        <translation>hotspots y tabletas con SIM</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="122"/>
        <location filename="../../ui/devices/dialogs.py" line="176"/>
        <source>Purchase date</source>
        <translation>Fecha de compra</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="126"/>
        <source>Purchase price</source>
        <translation>Precio de compra</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="128"/>
        <location filename="../../ui/devices/dialogs.py" line="178"/>
        <source>Warranty end</source>
        <translation>Fin de la garantía</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="132"/>
        <source>Home location</source>
        <translation>Ubicación habitual</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="132"/>
        <source>Library closet</source>
        <translation>Armario de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="134"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="143"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="146"/>
        <source>Asset tag:</source>
        <translation>Etiqueta de inventario:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="147"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="148"/>
        <source>Make:</source>
        <translation>Marca:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="149"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="150"/>
        <source>Serial number:</source>
        <translation>Número de serie:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="151"/>
        <source>MAC address:</source>
        <translation>Dirección MAC:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="152"/>
        <source>IMEI:</source>
        <translation>IMEI:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="153"/>
        <source>Purchased on:</source>
        <translation>Comprado el:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="154"/>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="155"/>
        <source>Warranty ends:</source>
        <translation>Fin de la garantía:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="156"/>
        <source>Home location:</source>
        <translation>Ubicación habitual:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="157"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="158"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="165"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>DeviceRegisterTab</name>
    <message>
        <location filename="../../ui/devices/section.py" line="554"/>
        <source>Find by asset tag, serial, make, model or MAC</source>
        <translation>Buscar por etiqueta de inventario, n.º de serie, marca, modelo o MAC</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="555"/>
        <source>Find devices</source>
        <translation>Buscar dispositivos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="558"/>
        <source>Device type filter</source>
        <translation>Filtro por tipo de dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="559"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="564"/>
        <source>Status filter</source>
        <translation>Filtro por estado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="565"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="569"/>
        <source>Number of devices listed</source>
        <translation>Número de dispositivos en la lista</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="576"/>
        <source>Add device…</source>
        <translation>Añadir dispositivo…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="577"/>
        <source>Add by scanning tags…</source>
        <translation>Añadir escaneando etiquetas…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="578"/>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="579"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="583"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/devices/section.py" line="621"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="650"/>
        <source>Import devices from CSV</source>
        <translation>Importar dispositivos desde CSV</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="650"/>
        <location filename="../../ui/devices/section.py" line="680"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="664"/>
        <source>Imported {file}: {summary}.</source>
        <translation>Importado {file}: {summary}.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="669"/>
        <source>Line {line}: {message}</source>
        <translation>Línea {line}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="680"/>
        <source>Export devices to CSV</source>
        <translation>Exportar dispositivos a CSV</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="694"/>
        <source>Wrote {n} devices to {file}.</source>
        <translation>Se escribieron {n} dispositivos en {file}.</translation>
    </message>
</context>
<context>
    <name>DevicesSection</name>
    <message>
        <location filename="../../ui/devices/section.py" line="1327"/>
        <source>Device tools</source>
        <translation>Herramientas de dispositivos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1333"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1334"/>
        <source>Repairs</source>
        <translation>Reparaciones</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1335"/>
        <source>Carts</source>
        <translation>Carros</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1336"/>
        <source>Year-end and damage</source>
        <translation>Fin de curso y daños</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1337"/>
        <location filename="../../ui/devices/section.py" line="1376"/>
        <source>Kits to check</source>
        <translation>Kits por revisar</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="328"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="331"/>
        <source>Roster import result</source>
        <translation>Resultado de la importación de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="339"/>
        <source>Importing the roster…</source>
        <translation>Importando la lista…</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="359"/>
        <source>Changed your mind? Patrons → Undo last roster import puts everything back.</source>
        <translation>¿Cambió de opinión? Usuarios → Deshacer la última importación de la lista lo deja todo como estaba.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="368"/>
        <source>Nothing was changed. </source>
        <translation>No se cambió nada. </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="530"/>
        <source>MARC 21 (ISO 2709, .mrc)</source>
        <translation>MARC 21 (ISO 2709, .mrc)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="531"/>
        <source>MARCXML (.xml)</source>
        <translation>MARCXML (.xml)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="532"/>
        <source>MarcEdit mnemonic (.mrk)</source>
        <translation>MarcEdit mnemónico (.mrk)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="543"/>
        <source>Export MARC records</source>
        <translation>Exportar registros MARC</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="545"/>
        <source>The whole catalog</source>
        <translation>Todo el catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="546"/>
        <source>Export the whole catalog</source>
        <translation>Exportar todo el catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="548"/>
        <source>The {n} selected titles</source>
        <translation>Los {n} títulos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="550"/>
        <source>Export the selected titles</source>
        <translation>Exportar los títulos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="557"/>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="561"/>
        <source>Include copies as 852 holdings</source>
        <translation>Incluir los ejemplares como existencias 852</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="565"/>
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="566"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="567"/>
        <source>Choose the file to write</source>
        <translation>Elegir el archivo que escribir</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="574"/>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="576"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="578"/>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="580"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="583"/>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="586"/>
        <source>Titles left out</source>
        <translation>Títulos que quedaron fuera</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="588"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="589"/>
        <source>Start the export</source>
        <translation>Empezar la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="591"/>
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="592"/>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="595"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="621"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="629"/>
        <source>Choose a file to write the records to.</source>
        <translation>Elija un archivo en el que escribir los registros.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="639"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="666"/>
        <source>{done} of {total} titles written…</source>
        <translation>{done} de {total} títulos escritos…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="690"/>
        <source>Nothing was exported: {m}</source>
        <translation>No se exportó nada: {m}</translation>
    </message>
</context>
<context>
    <name>FastAddDialog</name>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="63"/>
        <source>Fast add a book</source>
        <translation>Alta rápida de un libro</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="66"/>
        <source>For a book in hand. Type what is on the title page; the record can be completed later in the MARC editor.</source>
        <translation>Para un libro que tiene en la mano. Escriba lo que pone en la portada; el registro se puede completar después en el editor MARC.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="72"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="72"/>
        <source>e.g. Charlotte&apos;s web</source>
        <translation>p. ej. La telaraña de Charlotte</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="73"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="73"/>
        <source>e.g. White, E. B.</source>
        <translation>p. ej. White, E. B.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="74"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="74"/>
        <source>scan or type the ISBN</source>
        <translation>escanee o escriba el ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="77"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="78"/>
        <source>Publication year</source>
        <translation>Año de publicación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="79"/>
        <source>Call number</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="79"/>
        <source>e.g. FIC WHI</source>
        <translation>p. ej. FIC WHI</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="80"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="80"/>
        <source>scan the copy&apos;s barcode</source>
        <translation>escanee el código de barras del ejemplar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="82"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="82"/>
        <source>e.g. Fiction</source>
        <translation>p. ej. Ficción</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="84"/>
        <source>Item type</source>
        <translation>Tipo de material</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="92"/>
        <source>Look up</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="94"/>
        <source>Look up the ISBN</source>
        <translation>Buscar el ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="97"/>
        <source>Find this ISBN on {name} and use its full record</source>
        <translation>Buscar este ISBN en {name} y usar su registro completo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="101"/>
        <source>Set up a copy-cataloging server in Settings to look up ISBNs</source>
        <translation>Configure un servidor de catalogación por copia en Configuración para buscar ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="111"/>
        <source>Look-up result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="115"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="116"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="117"/>
        <source>ISBN:</source>
        <translation>ISBN:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="119"/>
        <source>&amp;Year:</source>
        <translation>A&amp;ño:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="120"/>
        <source>&amp;Call number:</source>
        <translation>&amp;Signatura:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="121"/>
        <source>&amp;Barcode:</source>
        <translation>&amp;Código de barras:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="122"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="123"/>
        <source>Item t&amp;ype:</source>
        <translation>&amp;Tipo de material:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="128"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="133"/>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="134"/>
        <source>Add to catalog</source>
        <translation>Añadir al catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="188"/>
        <source>Looking up on {name}…</source>
        <translation>Buscando en {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="200"/>
        <source>{name} has no record for this ISBN; type the details.</source>
        <translation>{name} no tiene ningún registro de este ISBN; escriba los datos.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="212"/>
        <source>Found on {name}: its full record will be saved.</source>
        <translation>Encontrado en {name}: se guardará su registro completo.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="229"/>
        <source>You changed the details: a short record will be made from the boxes.</source>
        <translation>Cambió los datos: se hará un registro breve con lo que hay en las casillas.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="245"/>
        <source>That ISBN was already in the catalog: copy {barcode} added to it.</source>
        <translation>Ese ISBN ya estaba en el catálogo: se le añadió el ejemplar {barcode}.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="247"/>
        <source>“{title}” added with copy {barcode}.</source>
        <translation>«{title}» añadido con el ejemplar {barcode}.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="249"/>
        <source>“{title}” added (no copy yet).</source>
        <translation>«{title}» añadido (todavía sin ejemplar).</translation>
    </message>
</context>
<context>
    <name>FeeDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="196"/>
        <source>Waive a fee</source>
        <translation>Perdonar una multa</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="196"/>
        <source>Take a payment</source>
        <translation>Recibir un pago</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="198"/>
        <source>Fee:</source>
        <translation>Multa:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="199"/>
        <source>Still owed:</source>
        <translation>Todavía se debe:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="204"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="205"/>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="207"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="209"/>
        <source>Why it is waived</source>
        <translation>Por qué se perdona</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="209"/>
        <source>Cash, check number…</source>
        <translation>Efectivo, número de cheque…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="211"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="216"/>
        <source>Waive</source>
        <translation>Perdonar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="216"/>
        <source>Take payment</source>
        <translation>Recibir pago</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="104"/>
        <location filename="../../ui/patrons/roster_wizard.py" line="114"/>
        <source>Choose the roster file</source>
        <translation>Elija el archivo de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="107"/>
        <source>Export the student list from your student information system as CSV (comma, semicolon or tab separated) and pick it here.</source>
        <translation>Exporte la lista de alumnos de su sistema de información estudiantil como CSV (separado por comas, punto y coma o tabuladores) y elíjala aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="112"/>
        <location filename="../../ui/patrons/roster_wizard.py" line="130"/>
        <source>Roster file</source>
        <translation>Archivo de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="113"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="119"/>
        <source>Roster file problem</source>
        <translation>Problema con el archivo de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="130"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="138"/>
        <source>Pick the roster file first.</source>
        <translation>Elija primero el archivo de la lista.</translation>
    </message>
</context>
<context>
    <name>HoldExpirySweeper</name>
    <message>
        <location filename="../../ui/desk/hold_expiry.py" line="65"/>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <location filename="../../ui/desk/hold_expiry.py" line="67"/>
        <source>{n} hold(s) were not picked up in time and have expired: {items}. Take them off the hold shelf and scan each with nobody selected: the desk says whether it goes to the next in line or back on the shelf.</source>
        <translation>{n} reserva(s) no se recogieron a tiempo y caducaron: {items}. Quítelas del estante de reservas y escanee cada una sin ningún usuario seleccionado: el mostrador dice si pasa al siguiente de la lista o vuelve al estante.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/hold_expiry.py" line="77"/>
        <source>Holds could not be expired ({reason}). They will be tried again in an hour.</source>
        <translation>No se pudieron caducar las reservas ({reason}). Se volverá a intentar dentro de una hora.</translation>
    </message>
</context>
<context>
    <name>HoldShelfDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="305"/>
        <location filename="../../ui/desk/dialogs.py" line="317"/>
        <source>Hold shelf</source>
        <translation>Estante de reservas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="309"/>
        <source>{n} item(s) on the hold shelf.</source>
        <translation>{n} material(es) en el estante de reservas.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="311"/>
        <source>Nothing is on the hold shelf.</source>
        <translation>No hay nada en el estante de reservas.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="313"/>
        <source>Hold shelf summary</source>
        <translation>Resumen del estante de reservas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="319"/>
        <source>Slip for the picked item…</source>
        <translation>Boleta del material elegido…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="320"/>
        <source>Show the hold slip of the picked item</source>
        <translation>Mostrar la boleta de reserva del material elegido</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="336"/>
        <source>Pick an item in the list first.</source>
        <translation>Elija primero un material en la lista.</translation>
    </message>
</context>
<context>
    <name>HoldSlipDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="96"/>
        <source>Hold: put this item aside</source>
        <translation>Reserva: aparte este material</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="102"/>
        <source>Put this item on the hold shelf for &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Ponga este material en el estante de reservas para &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="106"/>
        <source>Hold instruction</source>
        <translation>Instrucción de la reserva</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="109"/>
        <source>Hold slip preview</source>
        <translation>Vista previa de la boleta de reserva</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="114"/>
        <source>Print slip…</source>
        <translation>Imprimir boleta…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="115"/>
        <source>Print the hold slip</source>
        <translation>Imprimir la boleta de reserva</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="116"/>
        <source>Save slip as PDF…</source>
        <translation>Guardar boleta como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="117"/>
        <source>Save the hold slip as PDF</source>
        <translation>Guardar la boleta de reserva como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="119"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="144"/>
        <source>Save hold slip</source>
        <translation>Guardar boleta de reserva</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/care/sign_in.py" line="246"/>
        <source>LMS Desktop — locked</source>
        <translation>LMS Desktop — bloqueado</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="192"/>
        <source>Import MARC records</source>
        <translation>Importar registros MARC</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="195"/>
        <source>Files to import</source>
        <translation>Archivos que importar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="199"/>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="200"/>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="202"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="203"/>
        <source>Clear the file list</source>
        <translation>Vaciar la lista de archivos</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="206"/>
        <source>Control number (001 + 003)</source>
        <translation>Número de control (001 + 003)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="207"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="208"/>
        <source>LCCN</source>
        <translation>LCCN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="211"/>
        <source>Match on {what}</source>
        <translation>Coincidir por {what}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="213"/>
        <source>When a title is already in the catalog</source>
        <translation>Cuando un título ya está en el catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="214"/>
        <source>Keep ours, add only its copies (skip)</source>
        <translation>Conservar el nuestro, añadir solo sus ejemplares (omitir)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="216"/>
        <source>Replace ours with the new record (overlay)</source>
        <translation>Sustituir el nuestro por el registro nuevo (sobrescribir)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="218"/>
        <source>Add it as another title</source>
        <translation>Añadirlo como otro título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="220"/>
        <source>Copies are in</source>
        <translation>Los ejemplares están en</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="221"/>
        <source>852 (standard holdings)</source>
        <translation>852 (existencias estándar)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="222"/>
        <source>949 (vendor item field)</source>
        <translation>949 (campo de ejemplar del proveedor)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="223"/>
        <source>Another field (choose its subfields)…</source>
        <translation>Otro campo (elija sus subcampos)…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="224"/>
        <source>No copies: titles only</source>
        <translation>Sin ejemplares: solo títulos</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="227"/>
        <source>Holdings field tag</source>
        <translation>Etiqueta del campo de existencias</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="229"/>
        <source>Barcode subfield</source>
        <translation>Subcampo del código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="231"/>
        <source>Call number subfields</source>
        <translation>Subcampos de la signatura</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="233"/>
        <source>Location subfields</source>
        <translation>Subcampos de la ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="235"/>
        <source>Price subfield</source>
        <translation>Subcampo del precio</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="240"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="241"/>
        <source>barcode $</source>
        <translation>código de barras $</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="242"/>
        <source>call number $</source>
        <translation>signatura $</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="243"/>
        <source>location $</source>
        <translation>ubicación $</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="244"/>
        <source>price $</source>
        <translation>precio $</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="252"/>
        <source>Type the subfield letters that hold each part of a copy, such as h+i for a call number in $h and $i. Only the barcode is required.</source>
        <translation>Escriba las letras de los subcampos que contienen cada parte de un ejemplar, por ejemplo h+i para una signatura en $h y $i. Solo el código de barras es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="258"/>
        <source>Item type of new copies</source>
        <translation>Tipo de material de los ejemplares nuevos</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="263"/>
        <source>Location for copies without one</source>
        <translation>Ubicación para los ejemplares que no tienen</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="264"/>
        <source>If I cancel, undo the whole file</source>
        <translation>Si cancelo, deshacer todo el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="267"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="273"/>
        <source>Same title when:</source>
        <translation>Mismo título cuando:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="274"/>
        <source>&amp;Then:</source>
        <translation>&amp;Entonces:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="275"/>
        <source>&amp;Copies are in:</source>
        <translation>&amp;Los ejemplares están en:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="277"/>
        <source>Item &amp;type:</source>
        <translation>&amp;Tipo de material:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="278"/>
        <source>Default &amp;location:</source>
        <translation>&amp;Ubicación por defecto:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="283"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="284"/>
        <source>Choose one or more MARC files (.mrc, .xml or .mrk).</source>
        <translation>Elija uno o más archivos MARC (.mrc, .xml o .mrk).</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="286"/>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="290"/>
        <source>What happened to each record</source>
        <translation>Qué pasó con cada registro</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="302"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="303"/>
        <source>Start the import</source>
        <translation>Empezar la importación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="305"/>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="306"/>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="309"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="344"/>
        <source>Choose MARC files</source>
        <translation>Elegir archivos MARC</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="414"/>
        <source>Add at least one MARC file first.</source>
        <translation>Añada primero al menos un archivo MARC.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="427"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="467"/>
        <source>Stopping after the current batch of records…</source>
        <translation>Deteniendo después del lote de registros actual…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="494"/>
        <source>Import cancelled. Records imported before the cancel are in the catalog; no record was half-imported.</source>
        <translation>Importación cancelada. Los registros importados antes de cancelar están en el catálogo; ningún registro quedó a medias.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="498"/>
        <source>Import cancelled. The catalog is as it was before the file.</source>
        <translation>Importación cancelada. El catálogo está como antes del archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="509"/>
        <source>The import stopped: {m}</source>
        <translation>La importación se detuvo: {m}</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="88"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="89"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="90"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="91"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="92"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="101"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="102"/>
        <source>Overlaid</source>
        <translation>Sobrescrito</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="103"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="104"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="524"/>
        <source>Report damage or loss of {tag}</source>
        <translation>Informar de un daño o pérdida de {tag}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="527"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="528"/>
        <source>Damage</source>
        <translation>Daño</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="528"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="528"/>
        <source>Theft</source>
        <translation>Robo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="532"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="533"/>
        <source>e.g. cracked screen, lower left corner</source>
        <translation>p. ej. pantalla rota, esquina inferior izquierda</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="535"/>
        <source>Fee</source>
        <translation>Multa</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="537"/>
        <source>Responsible patron&apos;s card</source>
        <translation>Carné del usuario responsable</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="538"/>
        <source>empty: whoever has or last had the device</source>
        <translation>vacío: quien tiene o tuvo por última vez el dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="540"/>
        <source>What happened:</source>
        <translation>Qué pasó:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="541"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="542"/>
        <source>Fee:</source>
        <translation>Multa:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="543"/>
        <source>Responsible:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="545"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="549"/>
        <source>Add photo from file…</source>
        <translation>Añadir foto desde un archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="552"/>
        <source>Take photo with webcam…</source>
        <translation>Hacer foto con la webcam…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="562"/>
        <source>Photos:</source>
        <translation>Fotos:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="566"/>
        <source>Save incident</source>
        <translation>Guardar incidente</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="571"/>
        <source>{name} is not a picture. Choose a PNG or JPEG photo.</source>
        <translation>{name} no es una imagen. Elija una foto PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="589"/>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="591"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>InventorySection</name>
    <message>
        <location filename="../../ui/inventory/section.py" line="23"/>
        <source>Inventory tabs</source>
        <translation>Pestañas del inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/section.py" line="24"/>
        <source>Shelf inventory</source>
        <translation>Inventario de estantes</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/section.py" line="25"/>
        <source>Weeding workbench</source>
        <translation>Mesa de expurgo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/section.py" line="26"/>
        <source>Year-end</source>
        <translation>Fin de curso</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <location filename="../../ui/care/kiosk.py" line="83"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="86"/>
        <source>Scan field</source>
        <translation>Campo de lectura</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="94"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="97"/>
        <source>Borrowed just now</source>
        <translation>Prestado ahora mismo</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="100"/>
        <location filename="../../ui/care/kiosk.py" line="101"/>
        <source>I&apos;m done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="105"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="106"/>
        <source>Staff sign-in to leave the kiosk</source>
        <translation>El personal inicia sesión para salir del quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="122"/>
        <source>Scan your library card to borrow books.</source>
        <translation>Escanea tu carné de la biblioteca para llevarte libros.</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="144"/>
        <source>Scan each book, then press I&apos;m done.</source>
        <translation>Escanea cada libro y luego pulsa Terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="167"/>
        <source>Only the librarian can leave the kiosk.</source>
        <translation>Solo el bibliotecario puede salir del quiosco.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/care/kiosk.py" line="176"/>
        <source>Self-checkout</source>
        <translation>Autopréstamo</translation>
    </message>
</context>
<context>
    <name>KitCheckDialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="465"/>
        <source>Kit of {tag}</source>
        <translation>Kit de {tag}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="469"/>
        <source>Returned by {name}. Which components came back?</source>
        <translation>Devuelto por {name}. ¿Qué componentes volvieron?</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="470"/>
        <source>(private)</source>
        <translation>(privado)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="477"/>
        <source>{name} (replacement {fee})</source>
        <translation>{name} (reposición {fee})</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="487"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="499"/>
        <source>Missing: {names} — {fee} charged.</source>
        <translation>Faltan: {names} — se cobran {fee}.</translation>
    </message>
</context>
<context>
    <name>KitsTab</name>
    <message>
        <location filename="../../ui/devices/section.py" line="1278"/>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1279"/>
        <source>Asset tag</source>
        <translation>Etiqueta de inventario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1280"/>
        <source>Returned by</source>
        <translation>Devuelto por</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1282"/>
        <source>Components to check</source>
        <translation>Componentes por revisar</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1287"/>
        <source>Kits to check</source>
        <translation>Kits por revisar</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1291"/>
        <source>Devices checked in at the desk come here until you tick which components came back. A missing component is charged to the borrower.</source>
        <translation>Los dispositivos devueltos en el mostrador esperan aquí hasta que marque qué componentes volvieron. Un componente que falta se cobra a quien lo llevó.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1300"/>
        <source>Check kit…</source>
        <translation>Revisar kit…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1313"/>
        <source>Choose a returned device first.</source>
        <translation>Elija primero un dispositivo devuelto.</translation>
    </message>
</context>
<context>
    <name>LabelsTab</name>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="71"/>
        <source>Kind of label</source>
        <translation>Clase de etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="75"/>
        <source>Label sheet</source>
        <translation>Hoja de etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="77"/>
        <source>First free position on the sheet</source>
        <translation>Primera posición libre de la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="80"/>
        <source>Sheet size</source>
        <translation>Tamaño de la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="82"/>
        <source>Barcode type</source>
        <translation>Tipo de código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="86"/>
        <source>Genre or prefix line</source>
        <translation>Línea de género o prefijo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="87"/>
        <source>optional, e.g. MYSTERY</source>
        <translation>opcional, p. ej. MISTERIO</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="93"/>
        <source>These barcodes (scan or type, one a line)</source>
        <translation>Estos códigos (escanee o escriba, uno por línea)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="94"/>
        <source>A barcode range</source>
        <translation>Un intervalo de códigos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="95"/>
        <location filename="../../ui/reports/labels_tab.py" line="112"/>
        <source>New items since</source>
        <translation>Materiales nuevos desde</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="96"/>
        <source>A homeroom (patron cards)</source>
        <translation>Un grupo (carnés)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="97"/>
        <source>Everyone / every device</source>
        <translation>Todos / todos los dispositivos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="105"/>
        <source>Barcodes to print</source>
        <translation>Códigos que imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="108"/>
        <source>First barcode</source>
        <translation>Primer código</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="110"/>
        <source>Last barcode</source>
        <translation>Último código</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="118"/>
        <source>Homeroom</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="120"/>
        <source>What to print</source>
        <translation>Qué imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="127"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="139"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="143"/>
        <source>Move print right (mm)</source>
        <translation>Mover la impresión a la derecha (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="144"/>
        <source>Move print down (mm)</source>
        <translation>Mover la impresión hacia abajo (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="151"/>
        <source>Save offset</source>
        <translation>Guardar desplazamiento</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="152"/>
        <source>Save the printer offset</source>
        <translation>Guardar el desplazamiento de la impresora</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="153"/>
        <source>Printer offset</source>
        <translation>Desplazamiento de la impresora</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="155"/>
        <source>Printer:</source>
        <translation>Impresora:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="156"/>
        <source>Right:</source>
        <translation>Derecha:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="157"/>
        <source>Down:</source>
        <translation>Abajo:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="159"/>
        <source>Draw label outlines (test page)</source>
        <translation>Dibujar el contorno de las etiquetas (página de prueba)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="160"/>
        <source>Draw label outlines</source>
        <translation>Dibujar el contorno de las etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="162"/>
        <source>&amp;Make labels</source>
        <translation>&amp;Hacer etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="163"/>
        <source>Make labels</source>
        <translation>Hacer etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="164"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="165"/>
        <source>Print the labels</source>
        <translation>Imprimir las etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="166"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="167"/>
        <source>Save the labels as PDF</source>
        <translation>Guardar las etiquetas como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="170"/>
        <source>Labels status</source>
        <translation>Estado de las etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="174"/>
        <source>Check before printing</source>
        <translation>Revise antes de imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="179"/>
        <source>Kind:</source>
        <translation>Clase:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="180"/>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="182"/>
        <source>Start at position:</source>
        <translation>Empezar en la posición:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="183"/>
        <source>Barcode type:</source>
        <translation>Tipo de código:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="184"/>
        <source>Spine prefix line:</source>
        <translation>Línea de prefijo del lomo:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="237"/>
        <source> (yours)</source>
        <translation> (suya)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="272"/>
        <source>{n} labels, {w}&quot; × {h}&quot;, {c} across</source>
        <translation>{n} etiquetas, {w}&quot; × {h}&quot;, {c} por fila</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="304"/>
        <source>Offset saved for {printer}.</source>
        <translation>Desplazamiento guardado para {printer}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="355"/>
        <source>Making labels…</source>
        <translation>Haciendo etiquetas…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="374"/>
        <source>{count} label(s) on {pages} sheet(s). Next time start at position {next}.</source>
        <translation>{count} etiqueta(s) en {pages} hoja(s). La próxima vez empiece en la posición {next}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="384"/>
        <source>Check before you print: {warnings}</source>
        <translation>Revise antes de imprimir: {warnings}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="394"/>
        <source>The labels could not be made ({error}). Try again.</source>
        <translation>No se pudieron hacer las etiquetas ({error}). Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="416"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="425"/>
        <source>Save the labels</source>
        <translation>Guardar las etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="425"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="435"/>
        <source>Print labels — choose actual size (100 %)</source>
        <translation>Imprimir etiquetas — elija tamaño real (100 %)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="439"/>
        <source>Sent {pages} sheet(s) to the printer.</source>
        <translation>Se enviaron {pages} hoja(s) a la impresora.</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="293"/>
        <source>Lend {tag}</source>
        <translation>Prestar {tag}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="300"/>
        <source>Borrower&apos;s card</source>
        <translation>Carné de quien se lo lleva</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="300"/>
        <source>Scan the card</source>
        <translation>Escanee el carné</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="301"/>
        <source>Borrower:</source>
        <translation>Prestatario:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="302"/>
        <source>no components</source>
        <translation>sin componentes</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="304"/>
        <source>Components going out</source>
        <translation>Componentes que salen</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="305"/>
        <source>Goes out with:</source>
        <translation>Sale con:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="307"/>
        <source>Condition:</source>
        <translation>Estado físico:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="310"/>
        <source>The borrower accepted the agreement</source>
        <translation>El prestatario aceptó el acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="317"/>
        <source>Agreement text</source>
        <translation>Texto del acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="326"/>
        <source>Lend</source>
        <translation>Prestar</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="334"/>
        <source>No patron has the card {card}. Scan the card again.</source>
        <translation>Ningún usuario tiene el carné {card}. Vuelva a escanear el carné.</translation>
    </message>
</context>
<context>
    <name>LoanRuleMatrixModel</name>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="94"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="96"/>
        <source>not lent</source>
        <translation>no se presta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="97"/>
        <source>1 item</source>
        <translation>1 material</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="97"/>
        <source>{n} items</source>
        <translation>{n} materiales</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="98"/>
        <source>1 renewal</source>
        <translation>1 renovación</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="98"/>
        <source>{n} renewals</source>
        <translation>{n} renovaciones</translation>
    </message>
</context>
<context>
    <name>LoanRulesPage</name>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="124"/>
        <source>Loan rules by item type and patron type</source>
        <translation>Reglas de préstamo por tipo de material y tipo de usuario</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="131"/>
        <source>Rule for the chosen cell</source>
        <translation>Regla de la celda elegida</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="133"/>
        <source>Pick a cell in the table.</source>
        <translation>Elija una celda de la tabla.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="134"/>
        <source>Chosen patron type and item type</source>
        <translation>Tipo de usuario y tipo de material elegidos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="136"/>
        <source>Kind of loan period</source>
        <translation>Clase de plazo de préstamo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="137"/>
        <source>School days</source>
        <translation>Días de clase</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="138"/>
        <source>Until a time of day</source>
        <translation>Hasta una hora del día</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="140"/>
        <source>School days, due at a time</source>
        <translation>Días de clase, vence a una hora</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="141"/>
        <source>Class periods</source>
        <translation>Periodos de clase</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="144"/>
        <source>Loan days</source>
        <translation>Días de préstamo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="147"/>
        <source>Due at time of day</source>
        <translation>Vence a una hora del día</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="150"/>
        <source>Loan periods</source>
        <translation>Periodos de préstamo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="169"/>
        <source>Most items at once</source>
        <translation>Máximo de materiales a la vez</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="170"/>
        <source>Renewals</source>
        <translation>Renovaciones</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="171"/>
        <source>Holds may be placed</source>
        <translation>Se pueden hacer reservas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="172"/>
        <source>Holds allowed</source>
        <translation>Reservas permitidas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="173"/>
        <source>Grace days</source>
        <translation>Días de gracia</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="174"/>
        <source>Fine per day late</source>
        <translation>Multa por día de retraso</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="175"/>
        <source>Highest fine</source>
        <translation>Multa máxima</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="176"/>
        <source>Block borrowing when owing</source>
        <translation>Bloquear préstamos si debe</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="177"/>
        <source>Block borrowing with overdue items</source>
        <translation>Bloquear préstamos con materiales atrasados</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="179"/>
        <source>Loan period:</source>
        <translation>Plazo de préstamo:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="180"/>
        <source>Most items at once (0 = not lent):</source>
        <translation>Máximo de materiales a la vez (0 = no se presta):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="181"/>
        <source>Renewals:</source>
        <translation>Renovaciones:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="183"/>
        <source>Grace days before a fine:</source>
        <translation>Días de gracia antes de una multa:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="184"/>
        <source>Fine per school day late:</source>
        <translation>Multa por día de clase de retraso:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="185"/>
        <source>Highest fine per item:</source>
        <translation>Multa máxima por material:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="186"/>
        <source>Block borrowing when owing at least:</source>
        <translation>Bloquear préstamos si debe al menos:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="187"/>
        <source>Block borrowing with this many overdue:</source>
        <translation>Bloquear préstamos con tantos atrasados:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="188"/>
        <source>Save this rule</source>
        <translation>Guardar esta regla</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="189"/>
        <source>Save this loan rule</source>
        <translation>Guardar esta regla de préstamo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="193"/>
        <source>Loan rule message</source>
        <translation>Mensaje de reglas de préstamo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="202"/>
        <source>Each cell is the rule for one kind of patron borrowing one kind of item. Due dates skip the days the school is closed (see School calendar).</source>
        <translation>Cada celda es la regla para un tipo de usuario que se lleva un tipo de material. Las fechas de vencimiento se saltan los días sin clase (vea Calendario escolar).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="254"/>
        <source>{patron} borrowing {item}</source>
        <translation>{patron} que se lleva {item}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="301"/>
        <source>Pick a cell in the table first.</source>
        <translation>Elija primero una celda de la tabla.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="314"/>
        <source>Saved. New loans follow this rule from now on.</source>
        <translation>Guardado. Los préstamos nuevos siguen esta regla desde ahora.</translation>
    </message>
</context>
<context>
    <name>LoanerAgreementDialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="372"/>
        <source>Agreement for loaner {tag}</source>
        <translation>Acuerdo del dispositivo de reemplazo {tag}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="378"/>
        <source>Agreement text</source>
        <translation>Texto del acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="380"/>
        <source>The student accepted the agreement</source>
        <translation>El alumno aceptó el acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="386"/>
        <source>Lend the loaner</source>
        <translation>Prestar el de reemplazo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="391"/>
        <source>Read the agreement with the student, then tick that they accepted it.</source>
        <translation>Lea el acuerdo con el alumno y luego marque que lo aceptó.</translation>
    </message>
</context>
<context>
    <name>LogUseDialog</name>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="179"/>
        <source>Log material used</source>
        <translation>Anotar material usado</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="181"/>
        <source>Consumable</source>
        <translation>Consumible</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="187"/>
        <source>Quantity used</source>
        <translation>Cantidad usada</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="189"/>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="190"/>
        <source>No booking</source>
        <translation>Sin reserva</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="197"/>
        <source>&amp;Material:</source>
        <translation>&amp;Material:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="198"/>
        <source>&amp;Amount used:</source>
        <translation>&amp;Cantidad usada:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="199"/>
        <source>&amp;Booking:</source>
        <translation>&amp;Reserva:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="204"/>
        <source>Add consumables in Settings → Makerspace first.</source>
        <translation>Añada primero consumibles en Configuración → Makerspace.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="218"/>
        <source>Logged.</source>
        <translation>Anotado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Database: {where}</source>
        <translation>Base de datos: {where}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Signed in: {name}</source>
        <translation>Sesión iniciada: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>{school} — district database</source>
        <translation>{school} — base de datos del distrito</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&lt;p&gt;School:&lt;br&gt;{school}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Escuela:&lt;br&gt;{school}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MakerspaceSection</name>
    <message>
        <location filename="../../ui/makerspace/section.py" line="145"/>
        <source>Makerspace pages</source>
        <translation>Páginas del makerspace</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="146"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="147"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="148"/>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="149"/>
        <location filename="../../ui/makerspace/section.py" line="295"/>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="150"/>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="151"/>
        <location filename="../../ui/makerspace/section.py" line="367"/>
        <location filename="../../ui/makerspace/section.py" line="496"/>
        <source>Consumables</source>
        <translation>Consumibles</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="153"/>
        <source>Makerspace notice</source>
        <translation>Aviso del makerspace</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="171"/>
        <source>Show resource</source>
        <translation>Mostrar recurso</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="172"/>
        <location filename="../../ui/makerspace/section.py" line="504"/>
        <source>Whole makerspace</source>
        <translation>Todo el makerspace</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="176"/>
        <location filename="../../ui/makerspace/section.py" line="177"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="178"/>
        <source>This &amp;week</source>
        <translation>Esta &amp;semana</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="179"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="182"/>
        <location filename="../../ui/makerspace/section.py" line="183"/>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="185"/>
        <source>Week shown</source>
        <translation>Semana mostrada</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="186"/>
        <source>&amp;New booking…</source>
        <translation>&amp;Nueva reserva…</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="187"/>
        <source>New booking</source>
        <translation>Nueva reserva</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="194"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="210"/>
        <source>Double-click an empty period to book it. Drag a booking to move it; drag its bottom edge to make it longer or shorter.</source>
        <translation>Haga doble clic en un periodo libre para reservarlo. Arrastre una reserva para moverla; arrastre su borde inferior para alargarla o acortarla.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="226"/>
        <source>Day shown</source>
        <translation>Día mostrado</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="229"/>
        <source>Bookings of the day</source>
        <translation>Reservas del día</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="231"/>
        <source>Check &amp;in</source>
        <translation>Registrar &amp;llegada</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="232"/>
        <source>&amp;Cancel booking</source>
        <translation>&amp;Cancelar reserva</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="233"/>
        <source>Cancel the &amp;rest of the series</source>
        <translation>Cancelar el &amp;resto de la serie</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="234"/>
        <source>&amp;Log material used…</source>
        <translation>Anotar &amp;material usado…</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="235"/>
        <source>Release &amp;no-shows now</source>
        <translation>Liberar ahora las &amp;ausencias</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="236"/>
        <source>&amp;Print door schedule…</source>
        <translation>&amp;Imprimir horario de la puerta…</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="253"/>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="276"/>
        <source>Bookings awaiting approval</source>
        <translation>Reservas pendientes de aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="277"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="278"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="279"/>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="280"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="296"/>
        <source>&amp;Remove from the waitlist</source>
        <translation>&amp;Quitar de la lista de espera</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="297"/>
        <source>Remove from the waitlist</source>
        <translation>Quitar de la lista de espera</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="305"/>
        <source>When a booking is cancelled, declined or released as a no-show, the first waitlisted booking that fits takes its place. A booking that would go over a weekly limit, or whose student has no valid training certificate, is passed over; its status says why.</source>
        <translation>Cuando una reserva se cancela, se rechaza o se libera por ausencia, la primera reserva de la lista de espera que quepa ocupa su lugar. Se salta una reserva que superaría un límite semanal o cuyo alumno no tiene un certificado de formación válido; su estado dice por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="323"/>
        <source>Only those &amp;expiring within</source>
        <translation>Solo los que &amp;caducan en</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="324"/>
        <source>Only certificates expiring soon</source>
        <translation>Solo los certificados que caducan pronto</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="328"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="329"/>
        <source>Expiring within days</source>
        <translation>Caducan en días</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="333"/>
        <source>Certificates expiring soon</source>
        <translation>Certificados que caducan pronto</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="335"/>
        <source>Training certificates</source>
        <translation>Certificados de formación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="336"/>
        <source>&amp;Record a training…</source>
        <translation>&amp;Registrar una formación…</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="337"/>
        <source>Record a training</source>
        <translation>Registrar una formación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="338"/>
        <source>&amp;Withdraw certificate</source>
        <translation>Re&amp;tirar certificado</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="339"/>
        <source>Withdraw certificate</source>
        <translation>Retirar certificado</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="364"/>
        <source>Low stock warning</source>
        <translation>Aviso de existencias bajas</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="368"/>
        <source>&amp;Restock…</source>
        <translation>&amp;Reponer…</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="369"/>
        <source>Restock</source>
        <translation>Reponer</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="370"/>
        <source>&amp;Log use…</source>
        <translation>Anotar &amp;uso…</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="371"/>
        <source>Log use</source>
        <translation>Anotar uso</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="456"/>
        <source>Week of {start} to {end}</source>
        <translation>Semana del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="471"/>
        <source>Approvals ({n})</source>
        <translation>Aprobaciones ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="472"/>
        <source>Waitlist ({n})</source>
        <translation>Lista de espera ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="479"/>
        <source>{n} certificate(s) expire within {d} days.</source>
        <translation>{n} certificado(s) caducan en {d} días.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="488"/>
        <source>Low stock: {names}. Order more.</source>
        <translation>Existencias bajas: {names}. Pida más.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="492"/>
        <source>All consumables are above their reorder level.</source>
        <translation>Todos los consumibles están por encima de su nivel de pedido.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="496"/>
        <source>Consumables (low: {n})</source>
        <translation>Consumibles (bajos: {n})</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="540"/>
        <source>Select a row first.</source>
        <translation>Seleccione primero una fila.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="549"/>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="558"/>
        <source>{who} (from the waitlist) now has {resource}, {when}</source>
        <translation>{who} (de la lista de espera) tiene ahora {resource}, {when}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="575"/>
        <source>Booking moved.</source>
        <translation>Reserva movida.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="579"/>
        <source>Checked in.</source>
        <translation>Llegada registrada.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="586"/>
        <source>Booking cancelled.</source>
        <translation>Reserva cancelada.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="592"/>
        <source>Approved.</source>
        <translation>Aprobada.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="596"/>
        <source>Declined.</source>
        <translation>Rechazada.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="609"/>
        <source>Released {n} no-show booking(s).</source>
        <translation>Se liberaron {n} reserva(s) por ausencia.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="646"/>
        <source>There are no resources yet. Add them in Settings → Makerspace.</source>
        <translation>Todavía no hay recursos. Añádalos en Configuración → Makerspace.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="699"/>
        <source>Save the door schedule</source>
        <translation>Guardar el horario de la puerta</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="701"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="714"/>
        <source>Door schedule saved to {path}.</source>
        <translation>Horario de la puerta guardado en {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="720"/>
        <source>Door schedule</source>
        <translation>Horario de la puerta</translation>
    </message>
</context>
<context>
    <name>MakerspaceSettingsPage</name>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="106"/>
        <source>Makerspace settings message</source>
        <translation>Mensaje de la configuración del makerspace</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="108"/>
        <source>Makerspace settings</source>
        <translation>Configuración del makerspace</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="109"/>
        <source>Bell schedules</source>
        <translation>Horarios de timbre</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="110"/>
        <source>Day rotation and special days</source>
        <translation>Rotación de días y días especiales</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="111"/>
        <location filename="../../ui/makerspace/settings_page.py" line="354"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="112"/>
        <source>Trainings, materials and rules</source>
        <translation>Formaciones, materiales y reglas</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="144"/>
        <source>Bell schedule</source>
        <translation>Horario de timbre</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="147"/>
        <source>&amp;New schedule</source>
        <translation>&amp;Horario nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="147"/>
        <source>New schedule</source>
        <translation>Horario nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="151"/>
        <location filename="../../ui/makerspace/settings_page.py" line="152"/>
        <source>Start from a typical school day</source>
        <translation>Empezar con un día escolar típico</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="155"/>
        <source>Schedule name</source>
        <translation>Nombre del horario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="157"/>
        <source>The regular day (used unless a special day says otherwise)</source>
        <translation>El día normal (se usa salvo que un día especial diga otra cosa)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="158"/>
        <source>Regular day schedule</source>
        <translation>Horario del día normal</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="161"/>
        <source>Periods</source>
        <translation>Periodos</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="163"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="163"/>
        <source>Starts (HH:MM)</source>
        <translation>Empieza (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="163"/>
        <source>Ends (HH:MM)</source>
        <translation>Termina (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="166"/>
        <source>&amp;Add period</source>
        <translation>&amp;Añadir periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="166"/>
        <source>Add period</source>
        <translation>Añadir periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="167"/>
        <source>&amp;Remove period</source>
        <translation>&amp;Quitar periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="167"/>
        <source>Remove period</source>
        <translation>Quitar periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="169"/>
        <source>&amp;Save schedule</source>
        <translation>&amp;Guardar horario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="169"/>
        <source>Save schedule</source>
        <translation>Guardar horario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="172"/>
        <source>&amp;Delete schedule</source>
        <translation>&amp;Borrar horario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="172"/>
        <source>Delete schedule</source>
        <translation>Borrar horario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="181"/>
        <source>Schedule:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="186"/>
        <location filename="../../ui/makerspace/settings_page.py" line="391"/>
        <location filename="../../ui/makerspace/settings_page.py" line="499"/>
        <location filename="../../ui/makerspace/settings_page.py" line="520"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="209"/>
        <source>Early release</source>
        <translation>Salida temprana</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="242"/>
        <source>Bell schedule saved.</source>
        <translation>Horario de timbre guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="249"/>
        <source>Schedule deleted.</source>
        <translation>Horario borrado.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="257"/>
        <source>A bell schedule already exists; nothing was changed.</source>
        <translation>Ya existe un horario de timbre; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="260"/>
        <source>A typical setup was created: adjust the periods, tools and trainings.</source>
        <translation>Se creó una configuración típica: ajuste los periodos, las herramientas y las formaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="267"/>
        <source>Day rotation</source>
        <translation>Rotación de días</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="268"/>
        <source>Day types</source>
        <translation>Tipos de día</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="269"/>
        <source>A, B   (empty: no rotation)</source>
        <translation>A, B   (vacío: sin rotación)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="270"/>
        <source>Rotation starts on</source>
        <translation>La rotación empieza el</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="273"/>
        <source>Save &amp;rotation</source>
        <translation>Guardar &amp;rotación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="273"/>
        <source>Save rotation</source>
        <translation>Guardar rotación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="277"/>
        <source>Day types, in order:</source>
        <translation>Tipos de día, en orden:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="278"/>
        <source>First day counted:</source>
        <translation>Primer día contado:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="283"/>
        <source>Day types advance on school days only; closed days (Settings → School calendar) are skipped. A special day with a fixed day type restarts the count.</source>
        <translation>Los tipos de día avanzan solo en días de clase; los días sin clase (Configuración → Calendario escolar) se saltan. Un día especial con un tipo de día fijo reinicia la cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="290"/>
        <source>Special days (early release, assembly, fixed day type)</source>
        <translation>Días especiales (salida temprana, asamblea, tipo de día fijo)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="291"/>
        <source>Special days</source>
        <translation>Días especiales</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="292"/>
        <source>Special day</source>
        <translation>Día especial</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="294"/>
        <source>Special day schedule</source>
        <translation>Horario del día especial</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="295"/>
        <source>Special day type</source>
        <translation>Tipo del día especial</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="296"/>
        <source>e.g. A (optional)</source>
        <translation>p. ej. A (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="297"/>
        <source>Special day note</source>
        <translation>Nota del día especial</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="299"/>
        <source>&amp;Add or change</source>
        <translation>&amp;Añadir o cambiar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="299"/>
        <source>Add or change special day</source>
        <translation>Añadir o cambiar un día especial</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="301"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="301"/>
        <source>Remove special day</source>
        <translation>Quitar día especial</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="305"/>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="306"/>
        <source>Bell schedule:</source>
        <translation>Horario de timbre:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="307"/>
        <source>Day type:</source>
        <translation>Tipo de día:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="308"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="329"/>
        <source>Day rotation saved.</source>
        <translation>Rotación de días guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="339"/>
        <source>Special day saved.</source>
        <translation>Día especial guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="347"/>
        <source>Special day removed.</source>
        <translation>Día especial quitado.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="357"/>
        <source>Resource name</source>
        <translation>Nombre del recurso</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="358"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="361"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="363"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="364"/>
        <source>Bookable from</source>
        <translation>Se puede reservar desde</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="365"/>
        <source>Bookable until</source>
        <translation>Se puede reservar hasta</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="368"/>
        <source>Shortest booking in minutes</source>
        <translation>Reserva más corta en minutos</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="369"/>
        <source>Longest booking in minutes</source>
        <translation>Reserva más larga en minutos</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="372"/>
        <location filename="../../ui/makerspace/settings_page.py" line="533"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="374"/>
        <source>Bookings need the librarian&apos;s approval</source>
        <translation>Las reservas necesitan la aprobación del bibliotecario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="374"/>
        <source>Needs approval</source>
        <translation>Necesita aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="376"/>
        <source>Training required</source>
        <translation>Formación obligatoria</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="377"/>
        <source>Desk item barcode</source>
        <translation>Código del material en el mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="378"/>
        <source>if the tool is also lent at the desk</source>
        <translation>si la herramienta también se presta en el mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="379"/>
        <source>Weekly quota per student in minutes</source>
        <translation>Cupo semanal por alumno en minutos</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="381"/>
        <location filename="../../ui/makerspace/settings_page.py" line="536"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="382"/>
        <location filename="../../ui/makerspace/settings_page.py" line="537"/>
        <source> min a week</source>
        <translation> min a la semana</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="383"/>
        <source>In service</source>
        <translation>En servicio</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="384"/>
        <source>&amp;New resource</source>
        <translation>&amp;Recurso nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="384"/>
        <source>New resource</source>
        <translation>Recurso nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="386"/>
        <source>&amp;Save resource</source>
        <translation>&amp;Guardar recurso</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="386"/>
        <source>Save resource</source>
        <translation>Guardar recurso</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="392"/>
        <source>Kind:</source>
        <translation>Clase:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="393"/>
        <source>Capacity (people or seats):</source>
        <translation>Capacidad (personas o puestos):</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="394"/>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="397"/>
        <location filename="../../ui/makerspace/settings_page.py" line="403"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="400"/>
        <source>Bookable hours:</source>
        <translation>Horas reservables:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="406"/>
        <source>Booking length:</source>
        <translation>Duración de la reserva:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="408"/>
        <source>Training required:</source>
        <translation>Formación obligatoria:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="409"/>
        <source>Desk barcode:</source>
        <translation>Código en el mostrador:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="410"/>
        <source>Student quota:</source>
        <translation>Cupo por alumno:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="482"/>
        <source>Resource saved.</source>
        <translation>Recurso guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="488"/>
        <location filename="../../ui/makerspace/settings_page.py" line="489"/>
        <source>Trainings</source>
        <translation>Formaciones</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="490"/>
        <source>Training name</source>
        <translation>Nombre de la formación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="491"/>
        <source>Valid for days</source>
        <translation>Válida durante días</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="494"/>
        <source>Never expires</source>
        <translation>No caduca nunca</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="495"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="496"/>
        <source>Add &amp;training</source>
        <translation>Añadir &amp;formación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="496"/>
        <source>Add training</source>
        <translation>Añadir formación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="500"/>
        <source>Valid for:</source>
        <translation>Válida durante:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="506"/>
        <location filename="../../ui/makerspace/settings_page.py" line="507"/>
        <source>Consumables</source>
        <translation>Consumibles</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="508"/>
        <source>Consumable name</source>
        <translation>Nombre del consumible</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="509"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="512"/>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="513"/>
        <source>Reorder level</source>
        <translation>Nivel de pedido</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="516"/>
        <source>Used on</source>
        <translation>Se usa en</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="517"/>
        <source>Add &amp;consumable</source>
        <translation>Añadir &amp;consumible</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="517"/>
        <source>Add consumable</source>
        <translation>Añadir consumible</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="521"/>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="522"/>
        <source>In stock:</source>
        <translation>En existencias:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="523"/>
        <source>Warn at or below:</source>
        <translation>Avisar con esta cantidad o menos:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="524"/>
        <source>Used on:</source>
        <translation>Se usa en:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="530"/>
        <source>Booking rules</source>
        <translation>Reglas de reserva</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="531"/>
        <source>No-show grace minutes</source>
        <translation>Minutos de gracia por ausencia</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="534"/>
        <source>Student weekly limit in minutes</source>
        <translation>Límite semanal por alumno en minutos</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="538"/>
        <source>Save r&amp;ules</source>
        <translation>Guardar r&amp;eglas</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="538"/>
        <source>Save booking rules</source>
        <translation>Guardar las reglas de reserva</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="541"/>
        <source>Release a booking nobody checked in to after:</source>
        <translation>Liberar una reserva a la que nadie llegó después de:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="542"/>
        <source>Each student may book in all, per week:</source>
        <translation>Cada alumno puede reservar en total, por semana:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="554"/>
        <source>Training added.</source>
        <translation>Formación añadida.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="565"/>
        <source>Consumable added.</source>
        <translation>Consumible añadido.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="578"/>
        <source>Booking rules saved.</source>
        <translation>Reglas de reserva guardadas.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="597"/>
        <source> (regular day)</source>
        <translation> (día normal)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="607"/>
        <source>Same as the regular day</source>
        <translation>Igual que el día normal</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="616"/>
        <source>{t}-day</source>
        <translation>Día {t}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="624"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="632"/>
        <source>{name} (out of service)</source>
        <translation>{name} (fuera de servicio)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="643"/>
        <source>valid {n} days</source>
        <translation>válida {n} días</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="645"/>
        <source>never expires</source>
        <translation>no caduca nunca</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="654"/>
        <source>Any resource</source>
        <translation>Cualquier recurso</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="153"/>
        <source>Which column is which?</source>
        <translation>¿Qué columna es cada cosa?</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="156"/>
        <source>Set this once: it is remembered for next time. Only the student ID is required.</source>
        <translation>Configúrelo una vez: se recuerda para la próxima. Solo el n.º de alumno es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="162"/>
        <source>Where the column choices came from</source>
        <translation>De dónde salen las columnas elegidas</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="179"/>
        <source>Using the columns you chose last time.</source>
        <translation>Se usan las columnas que eligió la última vez.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="181"/>
        <source>Columns guessed from the headers: check them.</source>
        <translation>Columnas deducidas de los encabezados: revíselas.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="186"/>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="199"/>
        <source>Choose which column holds the student ID.</source>
        <translation>Elija qué columna tiene el n.º de alumno.</translation>
    </message>
</context>
<context>
    <name>MarcEditor</name>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="219"/>
        <source>MARC fields</source>
        <translation>Campos MARC</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="241"/>
        <location filename="../../ui/catalog/marc_editor.py" line="250"/>
        <source>Leader</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="249"/>
        <source>Leader, 008 and subfields</source>
        <translation>Cabecera, 008 y subcampos</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="256"/>
        <source>Subfields of the chosen field</source>
        <translation>Subcampos del campo elegido</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="267"/>
        <location filename="../../ui/catalog/marc_editor.py" line="268"/>
        <source>Add subfield</source>
        <translation>Añadir subcampo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="270"/>
        <location filename="../../ui/catalog/marc_editor.py" line="271"/>
        <source>Remove subfield</source>
        <translation>Quitar subcampo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="283"/>
        <location filename="../../ui/catalog/marc_editor.py" line="446"/>
        <source>Subfields</source>
        <translation>Subcampos</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="286"/>
        <source>Field help</source>
        <translation>Ayuda del campo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="288"/>
        <source>Problems in this record</source>
        <translation>Problemas de este registro</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="294"/>
        <source>Editor tools</source>
        <translation>Herramientas del editor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="295"/>
        <source>Add field</source>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="296"/>
        <source>Remove field</source>
        <translation>Quitar campo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="297"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="299"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="301"/>
        <source>Sort by tag</source>
        <translation>Ordenar por etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="303"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="305"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="410"/>
        <source>008 ({material})</source>
        <translation>008 ({material})</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="446"/>
        <source>Subfields of {tag}</source>
        <translation>Subcampos de {tag}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="470"/>
        <source>&lt;b&gt;{tag}&lt;/b&gt;: {label}</source>
        <translation>&lt;b&gt;{tag}&lt;/b&gt;: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="471"/>
        <source>not defined in MARC 21</source>
        <translation>no definido en MARC 21</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="473"/>
        <source>repeatable</source>
        <translation>repetible</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="473"/>
        <source>not repeatable</source>
        <translation>no repetible</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="482"/>
        <source>Indicator {n} — {label}: {codes}</source>
        <translation>Indicador {n} — {label}: {codes}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="491"/>
        <source>Subfields: {codes}</source>
        <translation>Subcampos: {codes}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="499"/>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="502"/>
        <source>Problems — errors: {errors}, warnings: {warnings}</source>
        <translation>Problemas — errores: {errors}, avisos: {warnings}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="509"/>
        <source>Field {n} ({tag})</source>
        <translation>Campo {n} ({tag})</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="511"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>MarcEditorDialog</name>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="557"/>
        <source>New title</source>
        <translation>Título nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="558"/>
        <source>MARC editor — {title}</source>
        <translation>Editor MARC — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="564"/>
        <source>Save record</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="579"/>
        <source>Save with problems?</source>
        <translation>¿Guardar con problemas?</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="581"/>
        <source>This record has problems marked in red. Save it anyway? You can fix them later.</source>
        <translation>Este registro tiene problemas marcados en rojo. ¿Guardarlo de todos modos? Puede corregirlos después.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="596"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="599"/>
        <source>Record saved.</source>
        <translation>Registro guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="610"/>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="611"/>
        <source>You changed this record. Close without saving the changes?</source>
        <translation>Cambió este registro. ¿Cerrar sin guardar los cambios?</translation>
    </message>
</context>
<context>
    <name>MarcFieldsModel</name>
    <message>
        <location filename="../../ui/catalog/marc_fields_model.py" line="44"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_fields_model.py" line="45"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_fields_model.py" line="46"/>
        <source>Ind 1</source>
        <translation>Ind 1</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_fields_model.py" line="47"/>
        <source>Ind 2</source>
        <translation>Ind 2</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_fields_model.py" line="48"/>
        <source>Subfields / data</source>
        <translation>Subcampos / datos</translation>
    </message>
</context>
<context>
    <name>NoShowSweeper</name>
    <message>
        <location filename="../../ui/makerspace/no_show_sweep.py" line="58"/>
        <source>Makerspace: released {n} no-show booking(s).</source>
        <translation>Makerspace: se liberaron {n} reserva(s) por ausencia.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/no_show_sweep.py" line="68"/>
        <source>Makerspace: no-shows could not be released ({reason}). They will be tried again in a minute.</source>
        <translation>Makerspace: no se pudieron liberar las ausencias ({reason}). Se volverá a intentar dentro de un minuto.</translation>
    </message>
</context>
<context>
    <name>NotYetBuiltSection</name>
    <message>
        <location filename="../../ui/placeholder.py" line="15"/>
        <source>This part of LMS Desktop is not ready yet. When it is, it will let you:</source>
        <translation>Esta parte de LMS Desktop todavía no está lista. Cuando lo esté, le permitirá:</translation>
    </message>
</context>
<context>
    <name>PatronCard</name>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="67"/>
        <source>Patron photo</source>
        <translation>Foto del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="73"/>
        <source>Patron name</source>
        <translation>Nombre del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="77"/>
        <source>Patron details</source>
        <translation>Datos del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="82"/>
        <source>Blocks</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="87"/>
        <source>Patron notes</source>
        <translation>Notas del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="102"/>
        <location filename="../../ui/desk/patron_card.py" line="140"/>
        <source>Loans</source>
        <translation>Préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="103"/>
        <source>Holds</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="104"/>
        <location filename="../../ui/desk/patron_card.py" line="244"/>
        <source>Fees</source>
        <translation>Multas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="112"/>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="112"/>
        <source>Renew the selected loan</source>
        <translation>Renovar el préstamo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="113"/>
        <source>Renew all</source>
        <translation>Renovar todo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="113"/>
        <source>Renew all loans</source>
        <translation>Renovar todos los préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="114"/>
        <source>Check in</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="114"/>
        <source>Check in the selected loan</source>
        <translation>Devolver el préstamo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="115"/>
        <source>Lost…</source>
        <translation>Perdido…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="115"/>
        <source>Mark the selected loan lost</source>
        <translation>Marcar como perdido el préstamo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="117"/>
        <source>Claims returned…</source>
        <translation>Dice que lo devolvió…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="117"/>
        <source>Mark the selected loan claims returned</source>
        <translation>Marcar que el usuario dice haber devuelto el préstamo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="120"/>
        <source>Cancel hold</source>
        <translation>Cancelar reserva</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="120"/>
        <source>Cancel the selected hold</source>
        <translation>Cancelar la reserva seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="122"/>
        <source>Take payment…</source>
        <translation>Recibir pago…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="122"/>
        <source>Take a payment on the fee</source>
        <translation>Recibir un pago de la multa</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="123"/>
        <source>Waive…</source>
        <translation>Perdonar…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="123"/>
        <source>Waive the selected fee</source>
        <translation>Perdonar la multa seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="125"/>
        <source>Charge a fee…</source>
        <translation>Cobrar una multa…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="125"/>
        <source>Charge a fee for a damaged or lost item</source>
        <translation>Cobrar una multa por un material dañado o perdido</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="129"/>
        <source>Loans, holds and fees</source>
        <translation>Préstamos, reservas y multas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="174"/>
        <source>No patron selected</source>
        <translation>Ningún usuario seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="176"/>
        <source>Scan a patron card to check out. Items scanned now are checked in.</source>
        <translation>Escanee un carné para prestar. Los materiales que escanee ahora se devuelven.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="181"/>
        <location filename="../../ui/desk/patron_card.py" line="231"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="190"/>
        <source>Grade {grade}</source>
        <translation>Grado {grade}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="205"/>
        <source>owes {amount}</source>
        <translation>debe {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="210"/>
        <source>Blocked: </source>
        <translation>Bloqueado: </translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="236"/>
        <source>Loans ({n})</source>
        <translation>Préstamos ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="238"/>
        <source>Loans ({n}, {late} overdue)</source>
        <translation>Préstamos ({n}, {late} atrasados)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="240"/>
        <source>Holds ({n})</source>
        <translation>Reservas ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="244"/>
        <source>Fees ({amount})</source>
        <translation>Multas ({amount})</translation>
    </message>
</context>
<context>
    <name>PatronDialog</name>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="77"/>
        <source>Edit patron</source>
        <translation>Editar usuario</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="77"/>
        <source>New patron</source>
        <translation>Usuario nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="85"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="86"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="87"/>
        <source>Card barcode</source>
        <translation>Código del carné</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="88"/>
        <source>Student ID</source>
        <translation>N.º de alumno</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="89"/>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="90"/>
        <source>Homeroom</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="91"/>
        <source>Homeroom teacher</source>
        <translation>Tutor del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="92"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="94"/>
        <source>Guardian email</source>
        <translation>Correo del tutor legal</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="96"/>
        <source>Block reason</source>
        <translation>Motivo del bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="97"/>
        <source>Empty: may borrow</source>
        <translation>Vacío: puede llevarse préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="99"/>
        <source>Patron type</source>
        <translation>Tipo de usuario</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="105"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="111"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="117"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="119"/>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="120"/>
        <source>Choose a photo file</source>
        <translation>Elegir un archivo de foto</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="122"/>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="123"/>
        <source>Remove the photo</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="128"/>
        <source>Patron form message</source>
        <translation>Mensaje del formulario del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="131"/>
        <source>First name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="132"/>
        <source>Last name:</source>
        <translation>Apellidos:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="133"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="134"/>
        <source>Card barcode:</source>
        <translation>Código del carné:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="135"/>
        <source>Student ID (SIS):</source>
        <translation>N.º de alumno (SIS):</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="136"/>
        <source>Grade:</source>
        <translation>Grado:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="137"/>
        <source>Homeroom:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="138"/>
        <source>Homeroom teacher:</source>
        <translation>Tutor del grupo:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="139"/>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="140"/>
        <source>Guardian email:</source>
        <translation>Correo del tutor legal:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="141"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="142"/>
        <source>Blocked because:</source>
        <translation>Bloqueado porque:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="143"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="176"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="196"/>
        <source>Patron photo</source>
        <translation>Foto del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="196"/>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="221"/>
        <source>Type the patron&apos;s name.</source>
        <translation>Escriba el nombre del usuario.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="224"/>
        <source>Scan or type the patron&apos;s card barcode.</source>
        <translation>Escanee o escriba el código del carné del usuario.</translation>
    </message>
</context>
<context>
    <name>PatronListModel</name>
    <message>
        <location filename="../../ui/patrons/patron_model.py" line="98"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_model.py" line="99"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_model.py" line="100"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_model.py" line="101"/>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_model.py" line="102"/>
        <source>Homeroom</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_model.py" line="103"/>
        <source>Teacher</source>
        <translation>Profesor</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_model.py" line="104"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PatronPrivacyDialog</name>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="42"/>
        <source>Privacy: {name}</source>
        <translation>Privacidad: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="44"/>
        <source>Reading history of {name}</source>
        <translation>Historial de lectura de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="45"/>
        <source>Reading history heading</source>
        <translation>Título del historial de lectura</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="48"/>
        <source>Reading history</source>
        <translation>Historial de lectura</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="52"/>
        <source>Privacy status</source>
        <translation>Estado de la privacidad</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="55"/>
        <source>Export for the family…</source>
        <translation>Exportar para la familia…</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="56"/>
        <source>Export everything about this patron</source>
        <translation>Exportar todo lo de este usuario</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="58"/>
        <source>Delete personal data…</source>
        <translation>Borrar los datos personales…</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="59"/>
        <source>Delete this patron&apos;s personal data</source>
        <translation>Borrar los datos personales de este usuario</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="61"/>
        <location filename="../../ui/care/patron_privacy.py" line="62"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="87"/>
        <source>returned {day}</source>
        <translation>devuelto el {day}</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="89"/>
        <source>still out</source>
        <translation>aún prestado</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="94"/>
        <source>No loans linked to this patron (older ones may have been anonymised).</source>
        <translation>No hay préstamos vinculados a este usuario (los más antiguos pueden haberse anonimizado).</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="99"/>
        <source>Save the patron&apos;s record</source>
        <translation>Guardar el expediente del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="112"/>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="119"/>
        <source>Delete personal data</source>
        <translation>Borrar los datos personales</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="121"/>
        <source>Remove this patron&apos;s name, card and contact details for good? Their past loans stay only as anonymous counts. This cannot be undone.</source>
        <translation>¿Quitar para siempre el nombre, el carné y los datos de contacto de este usuario? Sus préstamos pasados quedan solo como recuentos anónimos. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="137"/>
        <source>Deleted. {n} past loan(s) remain as anonymous counts.</source>
        <translation>Borrado. {n} préstamo(s) pasado(s) quedan como recuentos anónimos.</translation>
    </message>
</context>
<context>
    <name>PatronsSection</name>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="65"/>
        <source>Find patrons</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="67"/>
        <source>Find by name, card barcode, student ID, homeroom or teacher</source>
        <translation>Buscar por nombre, código del carné, n.º de alumno, grupo o profesor</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="70"/>
        <source>Include inactive</source>
        <translation>Incluir inactivos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="71"/>
        <source>Include inactive patrons</source>
        <translation>Incluir usuarios inactivos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="73"/>
        <source>Number of patrons found</source>
        <translation>Número de usuarios encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="74"/>
        <source>New patron…</source>
        <translation>Usuario nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="75"/>
        <source>Add a new patron</source>
        <translation>Añadir un usuario nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="76"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="77"/>
        <source>Edit the selected patron</source>
        <translation>Editar el usuario seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="78"/>
        <source>Privacy…</source>
        <translation>Privacidad…</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="80"/>
        <source>Reading history, family&apos;s copy or deletion of the selected patron</source>
        <translation>Historial de lectura, copia para la familia o borrado del usuario seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="82"/>
        <source>Import roster…</source>
        <translation>Importar lista de alumnos…</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="83"/>
        <source>Import the student roster</source>
        <translation>Importar la lista de alumnos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="84"/>
        <source>Undo last roster import</source>
        <translation>Deshacer la última importación de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="85"/>
        <source>Undo the last roster import</source>
        <translation>Deshacer la última importación de la lista de alumnos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="88"/>
        <source>Patrons message</source>
        <translation>Mensaje de usuarios</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="93"/>
        <source>Patrons</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="171"/>
        <source>{n} patrons</source>
        <translation>{n} usuarios</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="215"/>
        <location filename="../../ui/patrons/patrons_screen.py" line="230"/>
        <source>Pick a patron in the list first.</source>
        <translation>Elija primero un usuario de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="254"/>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="275"/>
        <source>There is no roster import to undo.</source>
        <translation>No hay ninguna importación de la lista que deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="280"/>
        <source>Undo roster import</source>
        <translation>Deshacer la importación de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="282"/>
        <source>Undo the import of {file} ({summary})? Every patron goes back to how they were before it.</source>
        <translation>¿Deshacer la importación de {file} ({summary})? Cada usuario vuelve a estar como antes de ella.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/reports/preview.py" line="50"/>
        <source>PDF preview</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="54"/>
        <location filename="../../ui/reports/preview.py" line="115"/>
        <source>Nothing to preview yet.</source>
        <translation>Todavía no hay nada que mostrar.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="55"/>
        <source>Preview pages</source>
        <translation>Páginas de la vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="57"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="59"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="60"/>
        <source>Whole page</source>
        <translation>Página entera</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="80"/>
        <source>The PDF preview is not available on this computer. Save the file to see it.</source>
        <translation>La vista previa del PDF no está disponible en este equipo. Guarde el archivo para verlo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/preview.py" line="83"/>
        <source>Pages of the PDF</source>
        <translation>Páginas del PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/preview.py" line="96"/>
        <source>PDF ready (%n page(s))</source>
        <translation>
            <numerusform>PDF listo (%n página)</numerusform>
            <numerusform>PDF listo (%n páginas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports/preview.py" line="108"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PositionsForm</name>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="113"/>
        <source>{what} position {span}: {label}</source>
        <translation>{what} posición {span}: {label}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="209"/>
        <source>What will change</source>
        <translation>Qué va a cambiar</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="210"/>
        <source>Nothing has changed yet. Check the lists, then Import.</source>
        <translation>Todavía no ha cambiado nada. Revise las listas y luego pulse Importar.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="213"/>
        <source>Roster preview summary</source>
        <translation>Resumen de la vista previa de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="216"/>
        <source>Preview progress</source>
        <translation>Progreso de la vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="218"/>
        <source>Roster changes</source>
        <translation>Cambios de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="223"/>
        <source>Student ID</source>
        <translation>N.º de alumno</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="224"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="225"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="236"/>
        <source>Make students missing from the file inactive</source>
        <translation>Desactivar a los alumnos que no están en el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="238"/>
        <source>Make missing students inactive</source>
        <translation>Desactivar a los alumnos que faltan</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="242"/>
        <source>Rows that could not be read</source>
        <translation>Filas que no se pudieron leer</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="254"/>
        <source>Comparing the file with your patrons…</source>
        <translation>Comparando el archivo con sus usuarios…</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="269"/>
        <source>New ({n})</source>
        <translation>Nuevos ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="270"/>
        <source>Moved homeroom or grade ({n})</source>
        <translation>Cambiaron de grupo o de grado ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="271"/>
        <source>Other changes ({n})</source>
        <translation>Otros cambios ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="272"/>
        <source>Missing from the file ({n})</source>
        <translation>No están en el archivo ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="278"/>
        <source>{new} new, {moved} moved, {changed} other changes, {same} unchanged, {missing} not in the file.</source>
        <translation>{new} nuevos, {moved} cambiados de grupo, {changed} otros cambios, {same} sin cambios, {missing} que no están en el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="293"/>
        <source>Line {line}: {message}</source>
        <translation>Línea {line}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="304"/>
        <source>The file is not UTF-8 and was read as Windows-1252 (older Excel): check that accented names look right before you apply.</source>
        <translation>El archivo no está en UTF-8 y se leyó como Windows-1252 (Excel antiguo): compruebe que los nombres con tilde se ven bien antes de aplicar.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="308"/>
        <source>Read as {encoding}.</source>
        <translation>Leído como {encoding}.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="47"/>
        <source>Reading history</source>
        <translation>Historial de lectura</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="50"/>
        <source>Forget who borrowed an item</source>
        <translation>Olvidar quién se llevó un material</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="51"/>
        <source>Forget who borrowed returned items</source>
        <translation>Olvidar quién se llevó los materiales devueltos</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="54"/>
        <source> days after it is returned</source>
        <translation> días después de devolverlo</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="55"/>
        <source>Days after return</source>
        <translation>Días después de la devolución</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="63"/>
        <source>Counts by grade, homeroom and item type stay for reports. Only the librarian sees a patron&apos;s reading history.</source>
        <translation>Los recuentos por grado, grupo y tipo de material se conservan para los informes. Solo el bibliotecario ve el historial de lectura de un usuario.</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="71"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="72"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="73"/>
        <source>Lock the desk after minutes without use</source>
        <translation>Bloquear el mostrador tras minutos sin uso</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="75"/>
        <source>Lock the desk after:</source>
        <translation>Bloquear el mostrador tras:</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="77"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="78"/>
        <source>Save privacy settings</source>
        <translation>Guardar la configuración de privacidad</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="80"/>
        <location filename="../../ui/care/privacy_page.py" line="81"/>
        <source>Forget old loans now</source>
        <translation>Olvidar ahora los préstamos antiguos</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="89"/>
        <location filename="../../ui/care/privacy_page.py" line="92"/>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="96"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="97"/>
        <source>New staff name</source>
        <translation>Nombre del nuevo miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="99"/>
        <source>New staff role</source>
        <translation>Función del nuevo miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="105"/>
        <source>PIN (4-12 digits)</source>
        <translation>PIN (4-12 cifras)</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="106"/>
        <source>New staff PIN</source>
        <translation>PIN del nuevo miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="107"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="108"/>
        <source>Add staff account</source>
        <translation>Añadir cuenta del personal</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="110"/>
        <source>Turn off selected</source>
        <translation>Desactivar la seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="111"/>
        <source>Turn off the selected staff account</source>
        <translation>Desactivar la cuenta del personal seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="121"/>
        <source>Privacy status</source>
        <translation>Estado de la privacidad</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="127"/>
        <source>Only the librarian can change these settings.</source>
        <translation>Solo el bibliotecario puede cambiar esta configuración.</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="143"/>
        <source> (turned off)</source>
        <translation> (desactivada)</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="148"/>
        <source>No accounts yet: the app opens as the librarian without a PIN.</source>
        <translation>Todavía no hay cuentas: la aplicación se abre como el bibliotecario sin PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="162"/>
        <source>Privacy settings saved.</source>
        <translation>Configuración de privacidad guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="177"/>
        <source>{n} returned loan(s) no longer say who borrowed them.</source>
        <translation>{n} préstamo(s) devuelto(s) ya no dicen quién se los llevó.</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="199"/>
        <source>{name} can now sign in.</source>
        <translation>{name} ya puede iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../../ui/catalog/section.py" line="107"/>
        <source>Title details</source>
        <translation>Datos del título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="112"/>
        <source>Copies of this title</source>
        <translation>Ejemplares de este título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="120"/>
        <source>Edit MARC…</source>
        <translation>Editar MARC…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="121"/>
        <source>Delete title…</source>
        <translation>Borrar título…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="122"/>
        <source>Add copy…</source>
        <translation>Añadir ejemplar…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="123"/>
        <source>Edit copy…</source>
        <translation>Editar ejemplar…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="124"/>
        <source>Withdraw copy…</source>
        <translation>Dar de baja el ejemplar…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="125"/>
        <source>Print label…</source>
        <translation>Imprimir etiqueta…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="126"/>
        <source>Print a label for this copy</source>
        <translation>Imprimir una etiqueta para este ejemplar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="129"/>
        <source>Spine label…</source>
        <translation>Etiqueta de lomo…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="129"/>
        <source>Barcode label…</source>
        <translation>Etiqueta de código de barras…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="143"/>
        <source>&lt;b&gt;Copies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ejemplares&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="164"/>
        <source>&lt;i&gt;Choose a title to see its details and copies.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Elija un título para ver sus datos y ejemplares.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="177"/>
        <source>The catalog is busy with an import; choose the title again soon.</source>
        <translation>El catálogo está ocupado con una importación; vuelva a elegir el título en un momento.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="197"/>
        <source>ISBN: {isbn}</source>
        <translation>ISBN: {isbn}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="199"/>
        <source>LCCN: {lccn}</source>
        <translation>LCCN: {lccn}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="201"/>
        <source>Class: {c}</source>
        <translation>Clasificación: {c}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="206"/>
        <source>Subjects: {subjects}</source>
        <translation>Materias: {subjects}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="271"/>
        <source>Delete title?</source>
        <translation>¿Borrar el título?</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="272"/>
        <source>Delete this title from the catalog? This cannot be undone.</source>
        <translation>¿Borrar este título del catálogo? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="281"/>
        <source>Not deleted</source>
        <translation>No se borró</translation>
    </message>
</context>
<context>
    <name>RecordTrainingDialog</name>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="111"/>
        <source>Record a training</source>
        <translation>Registrar una formación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="113"/>
        <source>Find patron</source>
        <translation>Buscar usuario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="114"/>
        <source>Scan a card or type a name</source>
        <translation>Escanee un carné o escriba un nombre</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="116"/>
        <source>Patron</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="119"/>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="123"/>
        <source>Trained by</source>
        <translation>Formado por</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="127"/>
        <source>Trained on</source>
        <translation>Formado el</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="128"/>
        <source>&amp;Patron:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="130"/>
        <source>&amp;Training:</source>
        <translation>&amp;Formación:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="131"/>
        <source>Trained &amp;by:</source>
        <translation>Formado &amp;por:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="132"/>
        <source>Trained &amp;on:</source>
        <translation>Formado &amp;el:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="146"/>
        <source>Find the patron first: scan their card or type a name.</source>
        <translation>Busque primero al usuario: escanee su carné o escriba un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="148"/>
        <source>Add a training in Settings → Makerspace first.</source>
        <translation>Añada primero una formación en Configuración → Makerspace.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="162"/>
        <source>{name} is certified for {training}.</source>
        <translation>{name} tiene el certificado de {training}.</translation>
    </message>
</context>
<context>
    <name>RepairsTab</name>
    <message>
        <location filename="../../ui/devices/section.py" line="711"/>
        <source>Which tickets</source>
        <translation>Qué órdenes</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="712"/>
        <source>Open tickets</source>
        <translation>Órdenes abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="713"/>
        <source>All tickets</source>
        <translation>Todas las órdenes</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="717"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="718"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="719"/>
        <source>Asset tag</source>
        <translation>Etiqueta de inventario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="720"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="721"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="722"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="723"/>
        <source>IT ticket</source>
        <translation>Orden de informática</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="724"/>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="728"/>
        <source>Repair tickets</source>
        <translation>Órdenes de reparación</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="730"/>
        <source>IT ticket number</source>
        <translation>Número de orden de informática</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="731"/>
        <source>IT&apos;s ticket number</source>
        <translation>Número de orden de informática</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="739"/>
        <source>Save IT number</source>
        <translation>Guardar número de informática</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="743"/>
        <source>Hand-off PDF for IT…</source>
        <translation>PDF de entrega para informática…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="744"/>
        <source>Hand-off CSV for IT…</source>
        <translation>CSV de entrega para informática…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="746"/>
        <source>Repair message</source>
        <translation>Mensaje de reparaciones</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="769"/>
        <location filename="../../ui/devices/section.py" line="800"/>
        <source>Choose a ticket first.</source>
        <translation>Elija primero una orden.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="778"/>
        <source>Ticket #{id}: {status}. {tag} is now {device}.</source>
        <translation>Orden n.º {id}: {status}. {tag} está ahora {device}.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="785"/>
        <source>Collect loaner {tag} from the student.</source>
        <translation>Recoja del alumno el dispositivo de reemplazo {tag}.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="789"/>
        <source>A hold is waiting: put it on the hold shelf for {name}.</source>
        <translation>Hay una reserva esperando: póngala en el estante de reservas para {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="823"/>
        <source>Wrote {n} open tickets to {file}.</source>
        <translation>Se escribieron {n} órdenes abiertas en {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="831"/>
        <location filename="../../ui/devices/section.py" line="841"/>
        <source>Hand-off for IT</source>
        <translation>Entrega para informática</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="831"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="841"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../../ui/reports/section.py" line="21"/>
        <source>Reports and labels</source>
        <translation>Informes y etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/section.py" line="24"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/section.py" line="25"/>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>ReportsSettingsPage</name>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="50"/>
        <source>School logo file</source>
        <translation>Archivo del logotipo de la escuela</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="51"/>
        <source>a PNG or JPEG shown on every report</source>
        <translation>un PNG o JPEG que aparece en cada informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="52"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="53"/>
        <source>Choose the logo file</source>
        <translation>Elegir el archivo del logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="56"/>
        <source>Barcode type on labels</source>
        <translation>Tipo de código de barras en las etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="62"/>
        <source>Overdue notice texts</source>
        <translation>Textos de los avisos de atraso</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="66"/>
        <source>Notice text in {language}</source>
        <translation>Texto del aviso en {language}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="71"/>
        <source>The first line is the notice&apos;s heading. You can use $student, $homeroom, $teacher, $school, $date and $count; the list of overdue items follows the text.</source>
        <translation>La primera línea es el título del aviso. Puede usar $student, $homeroom, $teacher, $school, $date y $count; la lista de materiales atrasados va después del texto.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="76"/>
        <source>Restore the original text</source>
        <translation>Recuperar el texto original</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="77"/>
        <source>Restore the original notice text</source>
        <translation>Recuperar el texto original del aviso</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="80"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="81"/>
        <source>Save report and label settings</source>
        <translation>Guardar la configuración de informes y etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="84"/>
        <source>Settings status</source>
        <translation>Estado de la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="90"/>
        <source>School logo:</source>
        <translation>Logotipo de la escuela:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="91"/>
        <source>Barcode type:</source>
        <translation>Tipo de código de barras:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="92"/>
        <source>Overdue notices</source>
        <translation>Avisos de atraso</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="108"/>
        <source>Your own label sheet (measurements in inches)</source>
        <translation>Su propia hoja de etiquetas (medidas en pulgadas)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="111"/>
        <source>Sheet name</source>
        <translation>Nombre de la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="112"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="117"/>
        <source>Label width</source>
        <translation>Ancho de la etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="118"/>
        <source>Label height</source>
        <translation>Alto de la etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="119"/>
        <source>Across</source>
        <translation>A lo ancho</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="120"/>
        <source>Down</source>
        <translation>A lo alto</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="121"/>
        <source>Left margin</source>
        <translation>Margen izquierdo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="122"/>
        <source>Top margin</source>
        <translation>Margen superior</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="123"/>
        <source>Across pitch</source>
        <translation>Paso horizontal</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="124"/>
        <source>Down pitch</source>
        <translation>Paso vertical</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="144"/>
        <source>Add sheet</source>
        <translation>Añadir hoja</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="145"/>
        <source>Add the label sheet</source>
        <translation>Añadir la hoja de etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="153"/>
        <source>School logo</source>
        <translation>Logotipo de la escuela</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="155"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="167"/>
        <source>The logo file was not found. Choose it again.</source>
        <translation>No se encontró el archivo del logotipo. Vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="178"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="184"/>
        <source>My sheet</source>
        <translation>Mi hoja</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="205"/>
        <source>Sheet “{name}” added.</source>
        <translation>Hoja «{name}» añadida.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="77"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="85"/>
        <source>What the report shows</source>
        <translation>Lo que muestra el informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="88"/>
        <source>Date range</source>
        <translation>Intervalo de fechas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="90"/>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="91"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="92"/>
        <source>School year so far</source>
        <translation>Lo que va de curso</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="93"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="94"/>
        <source>Next 30 days</source>
        <translation>Próximos 30 días</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="95"/>
        <source>Chosen dates</source>
        <translation>Fechas elegidas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="100"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="100"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="108"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="114"/>
        <source>Whole district</source>
        <translation>Todo el distrito</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="119"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="120"/>
        <source>Spreadsheet (XLSX)</source>
        <translation>Hoja de cálculo (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="123"/>
        <source>&amp;Run report</source>
        <translation>&amp;Generar informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="124"/>
        <source>Run report</source>
        <translation>Generar informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="126"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="127"/>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="128"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="129"/>
        <location filename="../../ui/reports/reports_tab.py" line="437"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="131"/>
        <source>Report progress</source>
        <translation>Progreso del informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="134"/>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="135"/>
        <source>Stop the report</source>
        <translation>Detener el informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="140"/>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="144"/>
        <source>School:</source>
        <translation>Escuela:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="146"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="147"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="148"/>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="149"/>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="154"/>
        <source>&lt;b&gt;Report&lt;/b&gt;</source>
        <translation>&lt;b&gt;Informe&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="253"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="344"/>
        <source>Making “{title}”…</source>
        <translation>Preparando «{title}»…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="359"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="375"/>
        <source>“{title}” is ready: {pages} page(s).</source>
        <translation>«{title}» está listo: {pages} página(s).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="391"/>
        <source>The report could not be made ({error}). Try again; if it keeps failing, run &apos;lms-desktop check&apos; and tell your IT contact.</source>
        <translation>No se pudo hacer el informe ({error}). Vuelva a intentarlo; si sigue fallando, ejecute &apos;lms-desktop check&apos; y avise a su contacto de informática.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="421"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="422"/>
        <source>Report saved to {path}</source>
        <translation>Informe guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="435"/>
        <source>PDF (*.pdf);;Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;Hoja de cálculo (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="447"/>
        <source>Print “{title}”</source>
        <translation>Imprimir «{title}»</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="450"/>
        <source>Sent {pages} page(s) to the printer.</source>
        <translation>Se enviaron {pages} página(s) a la impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="455"/>
        <source>Data changed since this report was made: run it again.</source>
        <translation>Los datos cambiaron desde que se hizo este informe: vuelva a generarlo.</translation>
    </message>
</context>
<context>
    <name>RestockDialog</name>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="229"/>
        <source>Restock</source>
        <translation>Reponer</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="231"/>
        <source>Consumable</source>
        <translation>Consumible</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="238"/>
        <source>Quantity arrived</source>
        <translation>Cantidad recibida</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="239"/>
        <source>&amp;Material:</source>
        <translation>&amp;Material:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="240"/>
        <source>&amp;Amount arrived:</source>
        <translation>&amp;Cantidad recibida:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="245"/>
        <source>Add consumables in Settings → Makerspace first.</source>
        <translation>Añada primero consumibles en Configuración → Makerspace.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="56"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="61"/>
        <source>What the backup holds</source>
        <translation>Lo que contiene la copia</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="65"/>
        <source>Everything done since this backup was made will be replaced. The database as it is now is kept in the backup folder as before-restore-…, so this can be undone. Close LMS Desktop on any other computer using this database first.</source>
        <translation>Se sustituirá todo lo hecho desde que se hizo esta copia. La base de datos tal como está ahora se guarda en la carpeta de copias como before-restore-…, así que se puede deshacer. Cierre antes LMS Desktop en cualquier otro equipo que use esta base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="71"/>
        <source>What restoring does</source>
        <translation>Qué hace restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="75"/>
        <source>Restore status</source>
        <translation>Estado de la restauración</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="78"/>
        <location filename="../../ui/care/restore_dialog.py" line="79"/>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="82"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="91"/>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="94"/>
        <source>The backup from {when} is {problem}. Choose another one.</source>
        <translation>La copia de {when} está {problem}. Elija otra.</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="97"/>
        <source>Backup from {when}:</source>
        <translation>Copia de {when}:</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="105"/>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="110"/>
        <source>Restored. The database as it was is kept as {kept}.</source>
        <translation>Restaurada. La base de datos como estaba se guarda como {kept}.</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="114"/>
        <source>Backup restored.</source>
        <translation>Copia restaurada.</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="122"/>
        <source>Nothing was restored: {why}</source>
        <translation>No se restauró nada: {why}</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="407"/>
        <source>Check in {tag}</source>
        <translation>Devolver {tag}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="413"/>
        <source>Which components came back?</source>
        <translation>¿Qué componentes volvieron?</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="417"/>
        <source>{name} (replacement {fee})</source>
        <translation>{name} (reposición {fee})</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="426"/>
        <source>Condition now</source>
        <translation>Estado físico ahora</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="433"/>
        <source>Check in</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="447"/>
        <source>New damage: {parts}. Complete the damage report.</source>
        <translation>Daño nuevo: {parts}. Complete el informe de daños.</translation>
    </message>
    <message>
        <source>New damage: {parts}. Report it as an incident.</source>
        <translation type="vanished">Daño nuevo: {parts}. Infórmelo como incidente.</translation>
    </message>
</context>
<context>
    <name>RosterWizard</name>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="392"/>
        <source>Import the student roster</source>
        <translation>Importar la lista de alumnos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="401"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="146"/>
        <source>How your scanner sends a barcode</source>
        <translation>Cómo envía su lector un código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="149"/>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="152"/>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="154"/>
        <source>Enter ends a scan (most scanners)</source>
        <translation>Intro termina una lectura (la mayoría de lectores)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="156"/>
        <source>Enter ends a scan</source>
        <translation>Intro termina una lectura</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="157"/>
        <location filename="../../ui/settings/scanner_page.py" line="159"/>
        <source>Tab ends a scan</source>
        <translation>Tab termina una lectura</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="164"/>
        <source>Longest pause between scanner keys</source>
        <translation>Pausa más larga entre teclas del lector</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="168"/>
        <source>Shortest barcode</source>
        <translation>Código más corto</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="169"/>
        <source>Answer every scan with a sound</source>
        <translation>Responder a cada lectura con un sonido</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="171"/>
        <source>Play sounds</source>
        <translation>Reproducir sonidos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="172"/>
        <source>Prefix sent before each barcode:</source>
        <translation>Prefijo enviado antes de cada código:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="173"/>
        <source>Suffix sent after each barcode:</source>
        <translation>Sufijo enviado después de cada código:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="176"/>
        <source>Longest pause between keys of one scan:</source>
        <translation>Pausa más larga entre teclas de una lectura:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="177"/>
        <source>Shortest barcode:</source>
        <translation>Código más corto:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="180"/>
        <location filename="../../ui/settings/scanner_page.py" line="181"/>
        <source>Save scanner settings</source>
        <translation>Guardar la configuración del lector</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="183"/>
        <location filename="../../ui/settings/scanner_page.py" line="184"/>
        <source>Play the desk&apos;s sounds</source>
        <translation>Reproducir los sonidos del mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="191"/>
        <source>Scanner settings message</source>
        <translation>Mensaje de la configuración del lector</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="195"/>
        <source>Test your scanner</source>
        <translation>Pruebe su lector</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="199"/>
        <source>Click in the box below and scan a barcode. You see every key the scanner types, the pause before it, and the barcode the desk will read.</source>
        <translation>Haga clic en la casilla de abajo y escanee un código. Verá cada tecla que escribe el lector, la pausa antes de ella y el código que leerá el mostrador.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="205"/>
        <source>Scanner test box</source>
        <translation>Casilla de prueba del lector</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="206"/>
        <source>Scan a barcode here</source>
        <translation>Escanee un código aquí</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="210"/>
        <source>Scanner test result</source>
        <translation>Resultado de la prueba del lector</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="215"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="216"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="217"/>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="218"/>
        <source>Pause before (ms)</source>
        <translation>Pausa antes (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="222"/>
        <source>Keys the scanner sent</source>
        <translation>Teclas que envió el lector</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="254"/>
        <source>Saved. The desk uses these settings from the next scan.</source>
        <translation>Guardado. El mostrador usa esta configuración desde la próxima lectura.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="274"/>
        <source>That was a scan: {count} keys in {total:.0f} ms (longest pause {gap:.0f} ms), ended by {end}. The desk reads: {barcode}</source>
        <translation>Eso fue una lectura: {count} teclas en {total:.0f} ms (pausa más larga {gap:.0f} ms), terminada con {end}. El mostrador lee: {barcode}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="279"/>
        <source>That did not look like a scan: {count} keys in {total:.0f} ms (longest pause {gap:.0f} ms), ended by {end}. If this was your scanner, raise the longest pause or check how it ends a barcode. The desk would read: {barcode}</source>
        <translation>Eso no parecía una lectura: {count} teclas en {total:.0f} ms (pausa más larga {gap:.0f} ms), terminada con {end}. Si era su lector, aumente la pausa más larga o revise cómo termina un código. El mostrador leería: {barcode}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="289"/>
        <source>(nothing readable)</source>
        <translation>(nada legible)</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../ui/settings/school_page.py" line="27"/>
        <source>School name</source>
        <translation>Nombre de la escuela</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="28"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="30"/>
        <source>School name:</source>
        <translation>Nombre de la escuela:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="33"/>
        <source>Database location</source>
        <translation>Ubicación de la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="34"/>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="35"/>
        <source>Backups folder:</source>
        <translation>Carpeta de copias de seguridad:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="38"/>
        <source>Language / Idioma</source>
        <translation>Idioma / Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="39"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="45"/>
        <source>Language / Idioma:</source>
        <translation>Idioma / Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="49"/>
        <source>The new language is used the next time LMS Desktop starts.</source>
        <translation>El nuevo idioma se usa la próxima vez que se abra LMS Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="58"/>
        <source>Language saved: it is used the next time LMS Desktop starts.</source>
        <translation>Idioma guardado: se usará la próxima vez que se abra LMS Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="64"/>
        <source>The school name cannot be empty.</source>
        <translation>El nombre de la escuela no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="73"/>
        <source>School name saved.</source>
        <translation>Nombre de la escuela guardado.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/sections.py" line="64"/>
        <source>Desk</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="70"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="76"/>
        <source>Patrons</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="82"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="88"/>
        <source>Makerspace</source>
        <translation>Makerspace</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="94"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="100"/>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="106"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings/section.py" line="39"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../ui/settings/section.py" line="40"/>
        <source>Scanner</source>
        <translation>Lector de códigos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/section.py" line="42"/>
        <source>Loan rules</source>
        <translation>Reglas de préstamo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/section.py" line="45"/>
        <source>School calendar</source>
        <translation>Calendario escolar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/section.py" line="49"/>
        <source>Copy cataloging</source>
        <translation>Catalogación por copia</translation>
    </message>
    <message>
        <location filename="../../ui/settings/section.py" line="54"/>
        <source>Reports &amp; labels</source>
        <translation>Informes y etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/section.py" line="59"/>
        <source>Makerspace</source>
        <translation>Makerspace</translation>
    </message>
    <message>
        <location filename="../../ui/settings/section.py" line="64"/>
        <source>Device agreements</source>
        <translation>Acuerdos de dispositivos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/section.py" line="67"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/settings/section.py" line="69"/>
        <source>Privacy and staff</source>
        <translation>Privacidad y personal</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../ui/settings/section.py" line="78"/>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
</context>
<context>
    <name>ShelfInventoryTab</name>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="104"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="226"/>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="106"/>
        <source>Start a new inventory</source>
        <translation>Empezar un inventario nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="108"/>
        <source>any location</source>
        <translation>cualquier ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="109"/>
        <source>Scope: location</source>
        <translation>Alcance: ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="111"/>
        <source>e.g. 500</source>
        <translation>p. ej. 500</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="112"/>
        <source>Scope: call numbers from</source>
        <translation>Alcance: signaturas desde</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="114"/>
        <source>e.g. 599</source>
        <translation>p. ej. 599</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="115"/>
        <source>Scope: call numbers to</source>
        <translation>Alcance: signaturas hasta</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="117"/>
        <source>any type</source>
        <translation>cualquier tipo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="118"/>
        <source>Scope: item type code</source>
        <translation>Alcance: código del tipo de material</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="119"/>
        <source>&amp;Start inventory</source>
        <translation>&amp;Empezar inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="120"/>
        <source>Start inventory</source>
        <translation>Empezar inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="123"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="153"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="186"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="125"/>
        <source>Call numbers from</source>
        <translation>Signaturas desde</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="127"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="129"/>
        <source>Item type</source>
        <translation>Tipo de material</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="133"/>
        <source>Leave everything empty for the whole collection.</source>
        <translation>Deje todo vacío para toda la colección.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="138"/>
        <source>e.g. Shelf 12</source>
        <translation>p. ej. Estante 12</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="139"/>
        <source>Shelf being scanned</source>
        <translation>Estante que se escanea</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="141"/>
        <source>the inventory&apos;s location</source>
        <translation>la ubicación del inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="142"/>
        <source>Location being scanned</source>
        <translation>Ubicación que se escanea</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="144"/>
        <source>Scan a barcode</source>
        <translation>Escanee un código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="145"/>
        <source>Inventory scan field</source>
        <translation>Campo de lectura del inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="147"/>
        <source>Replay scanner &amp;file…</source>
        <translation>Cargar &amp;archivo del lector…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="148"/>
        <source>Replay a scanner-memory file</source>
        <translation>Cargar un archivo de la memoria del lector</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="151"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="170"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="178"/>
        <source>Shelf</source>
        <translation>Estante</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="155"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="174"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="178"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="185"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="158"/>
        <source>Choose or start an inventory, then scan.</source>
        <translation>Elija o empiece un inventario y luego escanee.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="159"/>
        <source>Last scan</source>
        <translation>Última lectura</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="167"/>
        <source>Copies found</source>
        <translation>Ejemplares encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="168"/>
        <source>%v of %m found (%p%)</source>
        <translation>%v de %m encontrados (%p%)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="170"/>
        <source>Found</source>
        <translation>Encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="170"/>
        <source>Expected</source>
        <translation>Esperados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="170"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="171"/>
        <source>Progress by Dewey range</source>
        <translation>Progreso por intervalo Dewey</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="174"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="178"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="183"/>
        <source>Call number</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="174"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="178"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="184"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="174"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="175"/>
        <source>Misshelved copies</source>
        <translation>Ejemplares mal colocados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="179"/>
        <source>Copies out of call-number order</source>
        <translation>Ejemplares fuera del orden de signatura</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="187"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="189"/>
        <source>Missing copies to review</source>
        <translation>Ejemplares extraviados por revisar</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="196"/>
        <source>Inventory lists</source>
        <translation>Listas del inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="197"/>
        <source>Misshelved</source>
        <translation>Mal colocados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="198"/>
        <source>Out of order</source>
        <translation>Fuera de orden</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="203"/>
        <source>Mark selected &amp;lost</source>
        <translation>Marcar los seleccionados como &amp;perdidos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="204"/>
        <source>Mark the selected copies lost</source>
        <translation>Marcar como perdidos los ejemplares seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="206"/>
        <source>&amp;Put selected back on the shelf</source>
        <translation>&amp;Devolver los seleccionados al estante</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="207"/>
        <source>Put the selected copies back</source>
        <translation>Devolver al estante los ejemplares seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="213"/>
        <source>Missing (review)</source>
        <translation>Extraviados (revisar)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="215"/>
        <source>&amp;Close inventory…</source>
        <translation>&amp;Cerrar inventario…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="216"/>
        <source>Close the inventory</source>
        <translation>Cerrar el inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="218"/>
        <source>Inventory &amp;report (PDF)…</source>
        <translation>&amp;Informe del inventario (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="219"/>
        <source>Save the inventory report as PDF</source>
        <translation>Guardar el informe del inventario como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="222"/>
        <source>Inventory status</source>
        <translation>Estado del inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="277"/>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="277"/>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="291"/>
        <source>Start an inventory, then scan.</source>
        <translation>Empiece un inventario y luego escanee.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="294"/>
        <source>Scanning {scope}: type the shelf, then scan each book.</source>
        <translation>Escaneando {scope}: escriba el estante y luego escanee cada libro.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="300"/>
        <source>This inventory is closed: review the missing copies on the right.</source>
        <translation>Este inventario está cerrado: revise los ejemplares extraviados a la derecha.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="353"/>
        <source>Out of order ({n})</source>
        <translation>Fuera de orden ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="354"/>
        <source>Misshelved ({n})</source>
        <translation>Mal colocados ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="355"/>
        <source>Missing (review) ({n})</source>
        <translation>Extraviados (revisar) ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="361"/>
        <source>missing</source>
        <translation>extraviado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="362"/>
        <source>lost</source>
        <translation>perdido</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="363"/>
        <source>restored</source>
        <translation>recuperado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="428"/>
        <source>Started {name}: {n} copies to find. Scan away.</source>
        <translation>Empezado {name}: {n} ejemplares por encontrar. Adelante, escanee.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="491"/>
        <source>just scanned</source>
        <translation>recién escaneado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="499"/>
        <source>Scanner-memory file</source>
        <translation>Archivo de la memoria del lector</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="501"/>
        <source>Scanner files (*.txt *.csv *.dat);;All files (*)</source>
        <translation>Archivos del lector (*.txt *.csv *.dat);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="513"/>
        <source>Cannot read {file}: {why}</source>
        <translation>No se puede leer {file}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="525"/>
        <source>{file}: {scans} scans replayed, {found} copies found, {stray} misshelved, {order} out of order, {unknown} unknown.</source>
        <translation>{file}: {scans} lecturas cargadas, {found} ejemplares encontrados, {stray} mal colocados, {order} fuera de orden, {unknown} desconocidos.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="555"/>
        <source>Close the inventory?</source>
        <translation>¿Cerrar el inventario?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="557"/>
        <source>Copies in “{name}” that were not scanned and should be on the shelf will be marked missing and listed for review. Copies checked in at the desk since the inventory started count as found. Copies on loan and copies outside the inventory are not touched. Close it now?</source>
        <translation>Los ejemplares de «{name}» que no se escanearon y deberían estar en el estante se marcarán como extraviados y se listarán para revisarlos. Los ejemplares devueltos en el mostrador desde que empezó el inventario cuentan como encontrados. Los ejemplares prestados y los que están fuera del inventario no se tocan. ¿Cerrarlo ahora?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="577"/>
        <source>Closed: {found} of {expected} found, {missing} missing (see Missing), {stray} misshelved.</source>
        <translation>Cerrado: {found} de {expected} encontrados, {missing} extraviados (vea Extraviados), {stray} mal colocados.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="587"/>
        <source>{n} copies not scanned were checked in at the desk during the inventory: counted as found.</source>
        <translation>{n} ejemplares sin escanear se devolvieron en el mostrador durante el inventario: cuentan como encontrados.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="603"/>
        <source>Select copies in the Missing list first.</source>
        <translation>Seleccione primero ejemplares en la lista de extraviados.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="611"/>
        <source>{n} copies changed.</source>
        <translation>{n} ejemplares cambiados.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="623"/>
        <source>Save the inventory report</source>
        <translation>Guardar el informe del inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="625"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="646"/>
        <source>Report saved to {path}.</source>
        <translation>Informe guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/care/sign_in.py" line="128"/>
        <source>{name} signed in.</source>
        <translation>{name} inició sesión.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/care/sign_in.py" line="56"/>
        <location filename="../../ui/care/sign_in.py" line="118"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="56"/>
        <location filename="../../ui/care/sign_in.py" line="97"/>
        <location filename="../../ui/care/sign_in.py" line="98"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="62"/>
        <source>The desk was locked after a while without use. {name}, type your PIN to go on, or sign in as someone else.</source>
        <translation>El mostrador se bloqueó tras un rato sin uso. {name}, escriba su PIN para seguir o inicie sesión como otra persona.</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="66"/>
        <source>Choose your name and type your PIN.</source>
        <translation>Elija su nombre y escriba su PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="69"/>
        <source>Sign-in instructions</source>
        <translation>Instrucciones para iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="75"/>
        <source>Staff name</source>
        <translation>Nombre del personal</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="84"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="85"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="86"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="92"/>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SruTargetsPage</name>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="54"/>
        <source>Copy cataloging finds ready-made records on these SRU servers. The Library of Congress is free for everyone; your district or state may run its own.</source>
        <translation>La catalogación por copia busca registros ya hechos en estos servidores SRU. El de la Biblioteca del Congreso es gratuito para todos; su distrito o estado puede tener el suyo.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="60"/>
        <source>Copy-cataloging servers</source>
        <translation>Servidores de catalogación por copia</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="64"/>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="66"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="69"/>
        <source>Record schema</source>
        <translation>Esquema de registro</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="70"/>
        <location filename="../../ui/catalog/sru_settings_page.py" line="71"/>
        <source>Search this server</source>
        <translation>Buscar en este servidor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="75"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="77"/>
        <source>New server</source>
        <translation>Servidor nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="78"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="79"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="80"/>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="82"/>
        <source>Add Library of Congress</source>
        <translation>Añadir la Biblioteca del Congreso</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="86"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="87"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="88"/>
        <source>Record &amp;schema:</source>
        <translation>&amp;Esquema de registro:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="127"/>
        <source>{name} (off)</source>
        <translation>{name} (desactivado)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="161"/>
        <source>Unnamed server</source>
        <translation>Servidor sin nombre</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="183"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="195"/>
        <source>{name} removed.</source>
        <translation>{name} quitado.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="210"/>
        <source>Asking {name}…</source>
        <translation>Preguntando a {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="220"/>
        <source>{name} answers: the test search found {n} records.</source>
        <translation>{name} responde: la búsqueda de prueba encontró {n} registros.</translation>
    </message>
</context>
<context>
    <name>SubfieldsModel</name>
    <message>
        <location filename="../../ui/catalog/subfields_model.py" line="39"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/subfields_model.py" line="40"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/subfields_model.py" line="41"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="649"/>
        <source>Repair ticket for {tag}</source>
        <translation>Orden de reparación de {tag}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="652"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="653"/>
        <source>What is wrong, as IT should read it</source>
        <translation>Qué falla, tal como debe leerlo informática</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="656"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="658"/>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="660"/>
        <source>High — the student cannot work at all</source>
        <translation>Alto — el alumno no puede trabajar nada</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="661"/>
        <source>Medium — works, with a real problem</source>
        <translation>Medio — funciona, con un problema real</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="662"/>
        <source>Low — cosmetic or minor</source>
        <translation>Bajo — estético o menor</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="665"/>
        <source>High — needed today (testing, only device)</source>
        <translation>Alta — se necesita hoy (exámenes, único dispositivo)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="666"/>
        <source>Medium — needed this week</source>
        <translation>Media — se necesita esta semana</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="667"/>
        <source>Low — whenever IT can</source>
        <translation>Baja — cuando informática pueda</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="675"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="678"/>
        <source>Symptom:</source>
        <translation>Síntoma:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="679"/>
        <source>Impact:</source>
        <translation>Impacto:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="680"/>
        <source>Urgency:</source>
        <translation>Urgencia:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="681"/>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="686"/>
        <source>Open ticket</source>
        <translation>Abrir orden</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="695"/>
        <source>{n} — {name}</source>
        <translation>{n} — {name}</translation>
    </message>
</context>
<context>
    <name>WeedingTab</name>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="161"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="162"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="163"/>
        <source>Older than (years)</source>
        <translation>Con más de (años)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="164"/>
        <source>Not borrowed in (years)</source>
        <translation>Sin prestar en (años)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="165"/>
        <source>At most loans</source>
        <translation>Como mucho, préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="166"/>
        <source>Condition (poor, damaged…)</source>
        <translation>Estado físico (malo, dañado…)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="167"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="168"/>
        <source>Item type</source>
        <translation>Tipo de material</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="189"/>
        <source>Weeding rules</source>
        <translation>Reglas de expurgo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="193"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Añadir regla</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="194"/>
        <source>Add a weeding rule</source>
        <translation>Añadir una regla de expurgo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="196"/>
        <source>&amp;Remove rule</source>
        <translation>&amp;Quitar regla</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="197"/>
        <source>Remove the selected rule</source>
        <translation>Quitar la regla seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="199"/>
        <source>&amp;CREW defaults</source>
        <translation>Valores &amp;CREW</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="200"/>
        <source>Use the CREW method&apos;s school defaults</source>
        <translation>Usar los valores escolares del método CREW</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="202"/>
        <source>&amp;Find candidates</source>
        <translation>&amp;Buscar candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="203"/>
        <source>Find weeding candidates</source>
        <translation>Buscar candidatos al expurgo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="214"/>
        <source>Weeding candidates</source>
        <translation>Candidatos al expurgo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="236"/>
        <source>outdated</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="237"/>
        <source>worn or damaged</source>
        <translation>gastado o dañado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="238"/>
        <source>not used</source>
        <translation>sin uso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="239"/>
        <source>duplicate copy</source>
        <translation>ejemplar duplicado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="240"/>
        <source>superseded by a new edition</source>
        <translation>sustituido por una edición nueva</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="243"/>
        <source>Reason for withdrawal</source>
        <translation>Motivo de la baja</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="244"/>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="245"/>
        <source>Select every candidate</source>
        <translation>Seleccionar todos los candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="247"/>
        <source>&amp;Withdraw selected…</source>
        <translation>Dar de &amp;baja los seleccionados…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="248"/>
        <source>Withdraw the selected copies</source>
        <translation>Dar de baja los ejemplares seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="253"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="256"/>
        <source>Pick rules (or the CREW defaults) and find the candidates.</source>
        <translation>Elija reglas (o los valores CREW) y busque los candidatos.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="257"/>
        <source>Weeding status</source>
        <translation>Estado del expurgo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="264"/>
        <source>A copy is a candidate when every test of one rule holds. Empty cells are not tested; a range alone is not enough.</source>
        <translation>Un ejemplar es candidato cuando cumple todas las pruebas de una regla. Las celdas vacías no se prueban; un intervalo solo no basta.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="317"/>
        <source>Rule {n}: “{text}” is not a whole number of years or loans.</source>
        <translation>Regla {n}: «{text}» no es un número entero de años o préstamos.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="354"/>
        <source>Looking through the collection…</source>
        <translation>Revisando la colección…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory/weeding_tab.py" line="365"/>
        <source>%n candidate(s).</source>
        <translation>
            <numerusform>%n candidato.</numerusform>
            <numerusform>%n candidatos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="378"/>
        <source>Select the copies to withdraw first.</source>
        <translation>Seleccione primero los ejemplares que quiere dar de baja.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="382"/>
        <source>Withdraw copies?</source>
        <translation>¿Dar de baja los ejemplares?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="384"/>
        <source>Withdraw {n} copies as “{reason}”? They leave the shelves and the catalog&apos;s availability; their loan history stays in the statistics and the weeding log.</source>
        <translation>¿Dar de baja {n} ejemplares por «{reason}»? Salen de los estantes y de la disponibilidad del catálogo; su historial de préstamos queda en las estadísticas y en el registro de expurgo.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="400"/>
        <source>{n} copies withdrawn.</source>
        <translation>{n} ejemplares dados de baja.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="402"/>
        <source>Skipped: {list}</source>
        <translation>Omitidos: {list}</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="88"/>
        <source>Week schedule</source>
        <translation>Horario de la semana</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="90"/>
        <source>Bookings by day and period. Double-click an empty slot to book it.</source>
        <translation>Reservas por día y periodo. Haga doble clic en un hueco libre para reservarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="348"/>
        <source>No school</source>
        <translation>Sin clase</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="354"/>
        <source>{letter}-day</source>
        <translation>Día {letter}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="370"/>
        <source>P{name}</source>
        <translation>P{name}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="423"/>
        <source>awaiting approval</source>
        <translation>pendiente de aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="424"/>
        <source>waitlist</source>
        <translation>lista de espera</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="425"/>
        <source>checked in</source>
        <translation>llegada registrada</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="426"/>
        <source>no-show</source>
        <translation>ausencia</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="427"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="191"/>
        <source>Weeded (worn or out of date)</source>
        <translation>Expurgado (gastado o desactualizado)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="192"/>
        <source>Lost and paid for</source>
        <translation>Perdido y pagado</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="193"/>
        <source>Damaged beyond repair</source>
        <translation>Dañado sin arreglo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="202"/>
        <source>Withdraw copy {barcode}</source>
        <translation>Dar de baja el ejemplar {barcode}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="205"/>
        <source>Reason for withdrawing</source>
        <translation>Motivo de la baja</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="210"/>
        <source>Copy {barcode} leaves the collection. Its loan history is kept, and it can no longer be checked out.</source>
        <translation>El ejemplar {barcode} sale de la colección. Se conserva su historial de préstamos y ya no se puede prestar.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="221"/>
        <source>Withdraw</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="225"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>YearEndTab</name>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="90"/>
        <source>1. Choose</source>
        <translation>1. Elija</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="93"/>
        <source>New school year&apos;s name</source>
        <translation>Nombre del nuevo curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="97"/>
        <source>New year&apos;s first day</source>
        <translation>Primer día del nuevo curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="101"/>
        <source>New year&apos;s last day</source>
        <translation>Último día del nuevo curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="103"/>
        <source>the highest grade found (12, 8, 5…)</source>
        <translation>el grado más alto que haya (12, 8, 5…)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="104"/>
        <source>Top grade (graduates)</source>
        <translation>Grado más alto (se gradúan)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="106"/>
        <source>Fee policy</source>
        <translation>Política de multas</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="108"/>
        <source>Carry every fee into the new year</source>
        <translation>Pasar todas las multas al nuevo curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="109"/>
        <source>Clear overdue fines, carry lost and damaged</source>
        <translation>Borrar las multas por retraso, pasar las de perdidos y dañados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="110"/>
        <source>Clear every open fee</source>
        <translation>Borrar todas las multas abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="114"/>
        <source>Closed days</source>
        <translation>Días sin clase</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="115"/>
        <source>Clear last year&apos;s closed days</source>
        <translation>Borrar los días sin clase del curso pasado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="116"/>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="117"/>
        <source>no roster: homerooms stay as they are</source>
        <translation>sin lista: los grupos se quedan como están</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="118"/>
        <source>Choose next year&apos;s &amp;roster…</source>
        <translation>Elegir la &amp;lista del próximo curso…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="119"/>
        <source>Choose next year&apos;s roster file</source>
        <translation>Elegir el archivo de la lista del próximo curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="124"/>
        <source>New school year</source>
        <translation>Nuevo curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="125"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="126"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="127"/>
        <source>Top grade</source>
        <translation>Grado más alto</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="128"/>
        <location filename="../../ui/inventory/yearend_tab.py" line="143"/>
        <source>Fees</source>
        <translation>Multas</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="129"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="130"/>
        <source>New homerooms</source>
        <translation>Grupos nuevos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="132"/>
        <source>2. Check the dry run (nothing changes yet)</source>
        <translation>2. Revise la simulación (todavía no cambia nada)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="133"/>
        <source>&amp;Preview the rollover</source>
        <translation>&amp;Simular el cambio de curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="134"/>
        <source>Preview the rollover</source>
        <translation>Simular el cambio de curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="137"/>
        <source>Year-end preview</source>
        <translation>Simulación de fin de curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="140"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="141"/>
        <source>Homeroom</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="142"/>
        <source>Loans</source>
        <translation>Préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="144"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="152"/>
        <source>3. Apply</source>
        <translation>3. Aplique</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="153"/>
        <source>Back up and &amp;apply…</source>
        <translation>Hacer copia y &amp;aplicar…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="154"/>
        <source>Back up and apply the rollover</source>
        <translation>Hacer copia de seguridad y aplicar el cambio de curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="157"/>
        <source>&amp;Undo the last rollover…</source>
        <translation>&amp;Deshacer el último cambio de curso…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="158"/>
        <source>Undo the last rollover from its backup</source>
        <translation>Deshacer el último cambio de curso desde su copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="161"/>
        <location filename="../../ui/inventory/yearend_tab.py" line="162"/>
        <source>IT has backed up the district server</source>
        <translation>Informática ha hecho la copia de seguridad del servidor del distrito</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="170"/>
        <source>Year-end status</source>
        <translation>Estado del fin de curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="182"/>
        <source>Past years (statistics archived at each rollover)</source>
        <translation>Cursos pasados (estadísticas archivadas en cada cambio de curso)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="184"/>
        <source>Past years</source>
        <translation>Cursos pasados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="187"/>
        <source>School year</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="188"/>
        <source>Rolled over</source>
        <translation>Cambio aplicado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="189"/>
        <source>Checkouts</source>
        <translation>Préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="190"/>
        <source>Borrowers</source>
        <translation>Prestatarios</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="191"/>
        <source>Copies added</source>
        <translation>Ejemplares añadidos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="192"/>
        <source>Withdrawn</source>
        <translation>Dados de baja</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="193"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="251"/>
        <source>Checkouts by grade</source>
        <translation>Préstamos por grado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="251"/>
        <source>Grade {name}</source>
        <translation>Grado {name}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="252"/>
        <source>Checkouts by item type</source>
        <translation>Préstamos por tipo de material</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="275"/>
        <source>Next year&apos;s roster</source>
        <translation>Lista del próximo curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="275"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="287"/>
        <source>{file}: {n} students</source>
        <translation>{file}: {n} alumnos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="303"/>
        <source>The choices changed since the dry run. Preview the rollover again to apply.</source>
        <translation>Las opciones cambiaron desde la simulación. Vuelva a simular el cambio de curso para aplicarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="325"/>
        <source>The choices changed while the dry run was made. Preview the rollover again to apply.</source>
        <translation>Las opciones cambiaron mientras se hacía la simulación. Vuelva a simular el cambio de curso para aplicarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="336"/>
        <source>Dry run ready: {owing} graduating students still have loans or fees.</source>
        <translation>Simulación lista: {owing} alumnos que se gradúan todavía tienen préstamos o multas.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="377"/>
        <source>Graduating (grade {g}) with loans or fees: {n}</source>
        <translation>Se gradúan (grado {g}) con préstamos o multas: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="385"/>
        <source>Left or moved school during the year, still owing: {n}</source>
        <translation>Se fueron o cambiaron de escuela durante el curso y todavía deben: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="393"/>
        <source>Graduating with nothing out: {n}</source>
        <translation>Se gradúan sin nada pendiente: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="397"/>
        <source>Promoted: {n} students</source>
        <translation>Pasan de grado: {n} alumnos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="402"/>
        <source>Grade {a} → {b}: {n}</source>
        <translation>Grado {a} → {b}: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="406"/>
        <source>Grade not understood (left as is): {n}</source>
        <translation>Grado no reconocido (se deja como está): {n}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="411"/>
        <source>Homeroom moves from the roster: {n}</source>
        <translation>Cambios de grupo según la lista: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="413"/>
        <source>Homerooms: no roster chosen, they stay as they are</source>
        <translation>Grupos: no se eligió lista, se quedan como están</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="421"/>
        <source>{new} new students, {missing} not in the roster</source>
        <translation>{new} alumnos nuevos, {missing} que no están en la lista</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="428"/>
        <source>Fees: {cleared} cleared (${amount}), {carried} carried</source>
        <translation>Multas: {cleared} borradas (${amount}), {carried} pasadas</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="436"/>
        <source>Calendar: {old} closes, {new} begins; {n} closed days cleared</source>
        <translation>Calendario: se cierra {old}, empieza {new}; {n} días sin clase borrados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="440"/>
        <source>Statistics archived for {year}</source>
        <translation>Estadísticas archivadas de {year}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="457"/>
        <source>Roll the school over?</source>
        <translation>¿Cambiar la escuela de curso?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="459"/>
        <source>{old} closes and {new} begins. The library is backed up first. Then {grad} students graduate ({owing} still with loans or fees: they stay on record), the others move up a grade, {moves} homerooms change, and fees: {fees}. This is what the dry run showed. You can undo it from the backup. Go ahead?</source>
        <translation>Se cierra {old} y empieza {new}. Primero se hace una copia de seguridad de la biblioteca. Después {grad} alumnos se gradúan ({owing} todavía con préstamos o multas: siguen en el registro), los demás pasan de grado, {moves} grupos cambian, y multas: {fees}. Es lo que mostró la simulación. Puede deshacerlo desde la copia de seguridad. ¿Seguir?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="478"/>
        <source>Preview the rollover first, then apply it.</source>
        <translation>Simule primero el cambio de curso y después aplíquelo.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="546"/>
        <source>The rollover {named} is undone: the backup taken just before it is put back. Everything done since then (loans, returns, edits) is undone too; the library as it is now is kept in the backup folder. Undo?</source>
        <translation>Se deshace el cambio de curso {named}: se vuelve a poner la copia de seguridad hecha justo antes. Todo lo hecho desde entonces (préstamos, devoluciones, cambios) también se deshace; la biblioteca tal como está ahora se guarda en la carpeta de copias. ¿Deshacer?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="556"/>
        <source>Undo an old rollover?</source>
        <translation>¿Deshacer un cambio de curso antiguo?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="558"/>
        <source>The last rollover in this library is {named}, {days} days ago: a past year&apos;s, not one you just applied. Undoing it puts back a backup that old, and everything done since then is lost (the library as it is now is kept in the backup folder). Restore that old backup anyway?</source>
        <translation>El último cambio de curso de esta biblioteca es {named}, hace {days} días: el de un curso pasado, no uno que acaba de aplicar. Deshacerlo vuelve a poner una copia así de antigua y se pierde todo lo hecho desde entonces (la biblioteca tal como está ahora se guarda en la carpeta de copias). ¿Restaurar esa copia antigua de todos modos?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="567"/>
        <source>Restore the old backup anyway</source>
        <translation>Restaurar la copia antigua de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="574"/>
        <source>Nothing was undone.</source>
        <translation>No se deshizo nada.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="501"/>
        <source>{summary} Backup taken before: {path}</source>
        <translation>{summary} Copia hecha antes: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="526"/>
        <source>No year-end rollover has been applied, so there is nothing to undo.</source>
        <translation>No se ha aplicado ningún cambio de curso, así que no hay nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="535"/>
        <source>{old} → {new}, applied on {day} at {time}</source>
        <translation>{old} → {new}, aplicado el {day} a las {time}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="544"/>
        <source>Undo the rollover?</source>
        <translation>¿Deshacer el cambio de curso?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="592"/>
        <source>The rollover of {year} is undone ({file} restored).</source>
        <translation>El cambio de curso de {year} está deshecho ({file} restaurado).</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="58"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="64"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="66"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="79"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="82"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../circulation/batch.py" line="98"/>
        <source>Line {line}: “{text}” is not a date and time (use 2026-03-10 09:15:00).</source>
        <translation>Línea {line}: «{text}» no es una fecha y hora (use 2026-03-10 09:15:00).</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="116"/>
        <source>Line {line} is {length} characters long; a scan is never that long. Is this the right file?</source>
        <translation>La línea {line} tiene {length} caracteres; una lectura nunca es tan larga. ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="125"/>
        <source>Line {line} has control characters; this does not look like a batch file from a scanner.</source>
        <translation>La línea {line} tiene caracteres de control; no parece un archivo de lote de un lector.</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="137"/>
        <source>Line {line} has a time but no barcode.</source>
        <translation>La línea {line} tiene una hora pero ningún código de barras.</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="152"/>
        <source>Line {line} (“{text}”) is not a barcode, a P/I line or a mode word (CHECKIN, CHECKOUT, END). See the batch format in the user guide.</source>
        <translation>La línea {line} («{text}») no es un código de barras, una línea P/I ni una palabra de modo (CHECKIN, CHECKOUT, END). Consulte el formato de lote en la guía del usuario.</translation>
    </message>
    <message>
        <location filename="../../circulation/blocks.py" line="102"/>
        <source>{name} is marked “{status}”. Check the roster before lending.</source>
        <translation>{name} está marcado como «{status}». Revise la lista de alumnos antes de prestar.</translation>
    </message>
    <message>
        <location filename="../../circulation/blocks.py" line="114"/>
        <source>{name} is blocked: {reason}</source>
        <translation>{name} está bloqueado: {reason}</translation>
    </message>
    <message>
        <location filename="../../circulation/blocks.py" line="124"/>
        <source>{name} has {late} overdue items (the limit is {limit}). Ask for them back first.</source>
        <translation>{name} tiene {late} materiales atrasados (el límite es {limit}). Pida primero que los devuelva.</translation>
    </message>
    <message>
        <location filename="../../circulation/blocks.py" line="137"/>
        <source>{name} owes ${owed:.2f} (blocking from ${limit:.2f}). Settle or waive fees first.</source>
        <translation>{name} debe ${owed:.2f} (se bloquea desde ${limit:.2f}). Cobre o condone primero las multas.</translation>
    </message>
    <message>
        <location filename="../../circulation/context.py" line="239"/>
        <location filename="../../circulation/holds.py" line="145"/>
        <source>That patron is no longer in the database. Scan their card again.</source>
        <translation>Ese usuario ya no está en la base de datos. Escanee su carné otra vez.</translation>
    </message>
    <message>
        <location filename="../../circulation/context.py" line="259"/>
        <location filename="../../circulation/loans.py" line="370"/>
        <location filename="../../circulation/loans.py" line="763"/>
        <source>No item has the barcode {barcode}. Check the label, or add the copy in Catalog.</source>
        <translation>Ningún material tiene el código de barras {barcode}. Revise la etiqueta o añada el ejemplar en Catálogo.</translation>
    </message>
    <message>
        <location filename="../../circulation/desk_copies.py" line="86"/>
        <source>Scan or type the copy&apos;s barcode first.</source>
        <translation>Escanee o escriba primero el código de barras del ejemplar.</translation>
    </message>
    <message>
        <location filename="../../circulation/desk_copies.py" line="88"/>
        <source>Type the title from the book&apos;s title page.</source>
        <translation>Escriba el título tal como aparece en la portada del libro.</translation>
    </message>
    <message>
        <location filename="../../circulation/fees.py" line="98"/>
        <source>“{kind}” is not a kind of fee. Use one of: {kinds}.</source>
        <translation>«{kind}» no es una clase de multa. Use una de estas: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../circulation/fees.py" line="105"/>
        <source>A fee must be more than $0.00. Enter the amount again.</source>
        <translation>Una multa debe ser de más de $0.00. Escriba el importe otra vez.</translation>
    </message>
    <message>
        <location filename="../../circulation/fees.py" line="108"/>
        <source>That patron is no longer in the database.</source>
        <translation>Ese usuario ya no está en la base de datos.</translation>
    </message>
    <message>
        <location filename="../../circulation/fees.py" line="114"/>
        <source>No item has the barcode {barcode}. Check the label.</source>
        <translation>Ningún material tiene el código de barras {barcode}. Revise la etiqueta.</translation>
    </message>
    <message>
        <location filename="../../circulation/fees.py" line="131"/>
        <source>Charged {name} ${amount:.2f} ({kind})</source>
        <translation>Multa de ${amount:.2f} a {name} ({kind})</translation>
    </message>
    <message>
        <location filename="../../circulation/fees.py" line="151"/>
        <source>That fee is no longer in the database. Refresh the patron.</source>
        <translation>Esa multa ya no está en la base de datos. Vuelva a mostrar al usuario.</translation>
    </message>
    <message>
        <location filename="../../circulation/fees.py" line="154"/>
        <source>That fee is already {status}; nothing is owed on it.</source>
        <translation>Esa multa ya está en estado «{status}»; no se debe nada.</translation>
    </message>
    <message>
        <location filename="../../circulation/fees.py" line="166"/>
        <source>Enter an amount of more than $0.00.</source>
        <translation>Escriba un importe de más de $0.00.</translation>
    </message>
    <message>
        <location filename="../../circulation/fees.py" line="169"/>
        <source>Only ${owed:.2f} is owed on this fee. Enter at most that amount.</source>
        <translation>Solo se deben ${owed:.2f} de esta multa. Escriba como máximo ese importe.</translation>
    </message>
    <message>
        <location filename="../../circulation/fees.py" line="189"/>
        <source>Payment of ${amount:.2f} on {kind} fee #{number}</source>
        <translation>Pago de ${amount:.2f} de la multa n.º {number} ({kind})</translation>
    </message>
    <message>
        <location filename="../../circulation/fees.py" line="196"/>
        <source>Waived ${amount:.2f} on {kind} fee #{number}</source>
        <translation>Condonados ${amount:.2f} de la multa n.º {number} ({kind})</translation>
    </message>
    <message>
        <location filename="../../circulation/fees.py" line="206"/>
        <source>{what} ({note})</source>
        <translation>{what} ({note})</translation>
    </message>
    <message>
        <location filename="../../circulation/holds.py" line="149"/>
        <source>{name} is marked “{status}” and cannot place holds.</source>
        <translation>{name} está marcado como «{status}» y no puede hacer reservas.</translation>
    </message>
    <message>
        <location filename="../../circulation/holds.py" line="163"/>
        <source>Choose a title or scan an item to place the hold on.</source>
        <translation>Elija un título o escanee un material para reservarlo.</translation>
    </message>
    <message>
        <location filename="../../circulation/holds.py" line="167"/>
        <source>That title is no longer in the catalog.</source>
        <translation>Ese título ya no está en el catálogo.</translation>
    </message>
    <message>
        <location filename="../../circulation/holds.py" line="180"/>
        <source>The library has no copy of {title} that can be lent. Order one or choose another title.</source>
        <translation>La biblioteca no tiene ningún ejemplar de {title} que se pueda prestar. Pida uno o elija otro título.</translation>
    </message>
    <message>
        <location filename="../../circulation/holds.py" line="190"/>
        <source>Holds are not allowed on {title} for {name}&apos;s patron type.</source>
        <translation>El tipo de usuario de {name} no puede reservar {title}.</translation>
    </message>
    <message>
        <location filename="../../circulation/holds.py" line="207"/>
        <source>{name} already has a hold on {title}.</source>
        <translation>{name} ya tiene una reserva de {title}.</translation>
    </message>
    <message>
        <location filename="../../circulation/holds.py" line="218"/>
        <source>{name} already has {title} checked out.</source>
        <translation>{name} ya tiene {title} en préstamo.</translation>
    </message>
    <message>
        <location filename="../../circulation/holds.py" line="235"/>
        <source>Placed a hold on {title} for {name} (number {position} in line)</source>
        <translation>Reserva de {title} para {name} (número {position} en la lista de espera)</translation>
    </message>
    <message>
        <location filename="../../circulation/holds.py" line="269"/>
        <source>That hold is no longer in the database. Refresh the list.</source>
        <translation>Esa reserva ya no está en la base de datos. Actualice la lista.</translation>
    </message>
    <message>
        <location filename="../../circulation/holds.py" line="271"/>
        <source>That hold is already {status}.</source>
        <translation>Esa reserva ya está en estado «{status}».</translation>
    </message>
    <message>
        <location filename="../../circulation/holds.py" line="277"/>
        <source>Cancelled {name}&apos;s hold on {title}</source>
        <translation>Cancelada la reserva de {title} de {name}</translation>
    </message>
    <message>
        <location filename="../../circulation/journal.py" line="339"/>
        <source>That journal entry no longer exists. Refresh the list.</source>
        <translation>Esa acción ya no está en el registro. Actualice la lista.</translation>
    </message>
    <message>
        <location filename="../../circulation/journal.py" line="345"/>
        <source>“{what}” was already undone by {who}.</source>
        <translation>«{what}» ya lo deshizo {who}.</translation>
    </message>
    <message>
        <location filename="../../circulation/journal.py" line="348"/>
        <location filename="../../circulation/loans.py" line="488"/>
        <source>someone</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <location filename="../../circulation/journal.py" line="353"/>
        <source>“{what}” can no longer be undone (only today&apos;s desk actions can). Make the correction by hand instead.</source>
        <translation>«{what}» ya no se puede deshacer (solo se pueden deshacer las acciones de hoy en el mostrador). Corríjalo a mano.</translation>
    </message>
    <message>
        <location filename="../../circulation/journal.py" line="371"/>
        <source>Undid: {what}</source>
        <translation>Deshecho: {what}</translation>
    </message>
    <message>
        <location filename="../../circulation/journal.py" line="386"/>
        <source>“{what}” cannot be undone because something changed afterwards (a renewal, a return, a payment…). Undo the later actions first.</source>
        <translation>«{what}» no se puede deshacer porque algo cambió después (una renovación, una devolución, un pago…). Deshaga primero las acciones posteriores.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="87"/>
        <source>lost</source>
        <translation>perdido</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="88"/>
        <source>missing</source>
        <translation>extraviado</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="89"/>
        <source>claims returned</source>
        <translation>dice que lo devolvió</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="100"/>
        <source>{item} has been withdrawn from the collection. Set it aside for the librarian.</source>
        <translation>{item} se dio de baja de la colección. Apártelo para el bibliotecario.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="105"/>
        <source>{item} has been retired. Set it aside for the librarian.</source>
        <translation>{item} está retirado. Apártelo para el bibliotecario.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="106"/>
        <source>{item} is in repair. Set it aside for the librarian.</source>
        <translation>{item} está en reparación. Apártelo para el bibliotecario.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="113"/>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="117"/>
        <source>{item} changed at another desk. Scan it again.</source>
        <translation>{item} cambió en otro mostrador. Escanéelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="470"/>
        <source>{item} is already checked out to {name} — just now.</source>
        <translation>{item} ya está prestado a {name}: se acaba de prestar.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="474"/>
        <source>{item} is already checked out to {name}, due {due}. Use Renew to extend it.</source>
        <translation>{item} ya está prestado a {name} y vence el {due}. Use Renovar para ampliar el plazo.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="484"/>
        <source>{item} is still checked out to {holder}. Check it in first (scan it with no patron selected), then lend it.</source>
        <translation>{item} sigue prestado a {holder}. Devuélvalo primero (escanéelo sin ningún usuario seleccionado) y después préstelo.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="494"/>
        <source>{item} is for use in the library only.</source>
        <translation>{item} es solo para consulta en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="505"/>
        <source>{item} is marked {status}. Check it in first to mark it found, then lend it.</source>
        <translation>{item} está marcado como {status}. Devuélvalo primero para marcarlo como encontrado y después préstelo.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="514"/>
        <source>{item} needs the signed “{agreement}” before it can go out, and it was not lent. Use “Lend with agreement…”: read it with the borrower, tick that they accepted it, and print the receipt to sign.</source>
        <translation>{item} necesita el «{agreement}» firmado antes de salir, y no se prestó. Use «Prestar con acuerdo…»: léalo con el usuario, marque que lo aceptó e imprima el comprobante para firmarlo.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="549"/>
        <source>{patron_type}s may not borrow {item_type}s.</source>
        <translation>Los usuarios de tipo {patron_type} no pueden llevarse materiales de tipo {item_type}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="562"/>
        <source>{name} already has {out} {item_type} item(s) out; the limit is {limit}.</source>
        <translation>{name} ya tiene {out} material(es) de tipo {item_type} en préstamo; el límite es {limit}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="584"/>
        <source>{item} is on the hold shelf for {name}.</source>
        <translation>{item} está en el estante de reservas para {name}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="587"/>
        <source>another patron</source>
        <translation>otro usuario</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="603"/>
        <source>A librarian can override.</source>
        <translation>Un bibliotecario puede autorizarlo.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="646"/>
        <source>{item} was lent at another desk a moment ago. Scan it again to see to whom.</source>
        <translation>{item} se acaba de prestar en otro mostrador. Escanéelo otra vez para ver a quién.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="676"/>
        <source>Checked out {item} to {name}. Due {due}.</source>
        <translation>Prestado {item} a {name}. Vence el {due}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="683"/>
        <source>Their hold is filled.</source>
        <translation>Su reserva queda cumplida.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="689"/>
        <source>Override for {name}: {blocks}</source>
        <translation>Autorización para {name}: {blocks}</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="695"/>
        <source>(Override recorded.)</source>
        <translation>(Autorización registrada.)</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="785"/>
        <source>{item} was checked out to {name} just now, so it was not checked in. To check it in, use Check-in mode.</source>
        <translation>{item} se acaba de prestar a {name}, así que no se devolvió. Para devolverlo, use el modo Solo devolver.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="789"/>
        <source>a patron</source>
        <translation>un usuario</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="798"/>
        <source>{item} is already checked in — just now.</source>
        <translation>{item} ya está devuelto: se acaba de devolver.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="819"/>
        <source>Checked in {item} from {name}.</source>
        <translation>Devuelto {item} de {name}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="821"/>
        <source>Checked in {item}.</source>
        <translation>Devuelto {item}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="840"/>
        <source>Late: fine ${fine:.2f}.</source>
        <translation>Con retraso: multa de ${fine:.2f}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="842"/>
        <source>It was late.</source>
        <translation>Se devolvió con retraso.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="845"/>
        <source>Found {item} (it was marked {status}).</source>
        <translation>Encontrado {item} (estaba marcado como {status}).</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="858"/>
        <source>Its lost fee of ${fee:.2f} is cancelled.</source>
        <translation>Se anula su multa por pérdida de ${fee:.2f}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="870"/>
        <source>{item} is already on the hold shelf for {name}. Keep it there.</source>
        <translation>{item} ya está en el estante de reservas para {name}. Déjelo allí.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="878"/>
        <source>{item} was not checked out.</source>
        <translation>{item} no estaba prestado.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="880"/>
        <source>{item} was not checked out; it can go back on the shelf.</source>
        <translation>{item} no estaba prestado; puede volver al estante.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="900"/>
        <source>HOLD for {name} ({homeroom}) — put it on the hold shelf.</source>
        <translation>RESERVA para {name} ({homeroom}): póngalo en el estante de reservas.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="906"/>
        <source>HOLD for {name} — put it on the hold shelf.</source>
        <translation>RESERVA para {name}: póngalo en el estante de reservas.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="996"/>
        <source>{item} cannot be renewed: {problem}</source>
        <translation>{item} no se puede renovar: {problem}</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="999"/>
        <source>{item} cannot be renewed.</source>
        <translation>{item} no se puede renovar.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1002"/>
        <source>{item} was already renewed {renewals} time(s), the limit.</source>
        <translation>{item} ya se renovó {renewals} vez/veces, el límite.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1024"/>
        <source>{item} cannot be renewed: someone is waiting for it.</source>
        <translation>{item} no se puede renovar: alguien lo tiene reservado.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1045"/>
        <source>{item} is already due as late as a renewal would make it.</source>
        <translation>{item} ya vence tan tarde como lo haría con una renovación.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1050"/>
        <source>Renewed {item}: now due {due}.</source>
        <translation>Renovado {item}: ahora vence el {due}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1074"/>
        <source>{item} is not checked out, so it cannot be renewed.</source>
        <translation>{item} no está prestado, así que no se puede renovar.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1093"/>
        <source>{message} ({name})</source>
        <translation>{message} ({name})</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1139"/>
        <source>Renewed {renewed} of {total} items for {name}.</source>
        <translation>Renovados {renewed} de {total} materiales de {name}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1174"/>
        <source>{item} is not checked out, so nobody can claim to have returned it.</source>
        <translation>{item} no está prestado, así que nadie puede decir que lo devolvió.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1181"/>
        <source>{item} is already marked {status}.</source>
        <translation>{item} ya está marcado como {status}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1206"/>
        <source>Marked {item} lost ({name}).</source>
        <translation>{item} marcado como perdido ({name}).</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1208"/>
        <source>Marked {item} lost.</source>
        <translation>{item} marcado como perdido.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1225"/>
        <source>Replacement fee ${cost:.2f} charged.</source>
        <translation>Se cobra una multa de reposición de ${cost:.2f}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1227"/>
        <source>{item} is claimed returned ({name}); it no longer counts as overdue.</source>
        <translation>{name} dice que devolvió {item}; ya no cuenta como atrasado.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1233"/>
        <source>{item} is claimed returned; it no longer counts as overdue.</source>
        <translation>Se dice que {item} se devolvió; ya no cuenta como atrasado.</translation>
    </message>
    <message>
        <location filename="../../circulation/scan_router.py" line="104"/>
        <source>grade {grade}</source>
        <translation>grado {grade}</translation>
    </message>
    <message>
        <location filename="../../circulation/scan_router.py" line="109"/>
        <source>{name} ({where})</source>
        <translation>{name} ({where})</translation>
    </message>
    <message>
        <location filename="../../circulation/scan_router.py" line="114"/>
        <source>{who}: {out} item(s) out, {overdue} overdue.</source>
        <translation>{who}: {out} material(es) en préstamo, {overdue} atrasado(s).</translation>
    </message>
    <message>
        <location filename="../../circulation/scan_router.py" line="120"/>
        <source>{who}: {out} item(s) out.</source>
        <translation>{who}: {out} material(es) en préstamo.</translation>
    </message>
    <message>
        <location filename="../../circulation/scan_router.py" line="166"/>
        <source>That scan could not be read (empty, too long or odd characters). Scan again.</source>
        <translation>No se pudo leer esa lectura (vacía, demasiado larga o con caracteres raros). Escanee otra vez.</translation>
    </message>
    <message>
        <location filename="../../circulation/scan_router.py" line="210"/>
        <source>ISBN {isbn}: “{title}” — {available} of {copies} copies on the shelf.</source>
        <translation>ISBN {isbn}: «{title}»: {available} de {copies} ejemplares en el estante.</translation>
    </message>
    <message>
        <location filename="../../circulation/scan_router.py" line="219"/>
        <source>({count} titles have this ISBN.)</source>
        <translation>({count} títulos tienen este ISBN.)</translation>
    </message>
    <message>
        <location filename="../../circulation/scan_router.py" line="233"/>
        <source>ISBN {isbn} is not in the catalog. Look it up to add the title, then a copy.</source>
        <translation>El ISBN {isbn} no está en el catálogo. Búsquelo para añadir el título y después un ejemplar.</translation>
    </message>
    <message>
        <location filename="../../circulation/scan_router.py" line="246"/>
        <source>This ISBN did not scan correctly — scan it again. ({code} ends in the wrong check digit. If it still fails, type the number printed on the label.)</source>
        <translation>Este ISBN no se leyó bien: escanéelo otra vez. ({code} termina con un dígito de control incorrecto. Si sigue fallando, escriba el número impreso en la etiqueta.)</translation>
    </message>
    <message>
        <location filename="../../circulation/scan_router.py" line="252"/>
        <source>This barcode did not scan correctly — scan it again. ({code} ends in the wrong check digit. If it still fails, type the number printed on the label.)</source>
        <translation>Este código de barras no se leyó bien: escanéelo otra vez. ({code} termina con un dígito de control incorrecto. Si sigue fallando, escriba el número impreso en la etiqueta.)</translation>
    </message>
    <message>
        <location filename="../../circulation/scan_router.py" line="268"/>
        <source>Nothing in the library has the barcode {code}. Add this copy, or look up its ISBN.</source>
        <translation>Nada en la biblioteca tiene el código de barras {code}. Añada este ejemplar o busque su ISBN.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="65"/>
        <location filename="../../makerspace/certificates.py" line="175"/>
        <source>That patron no longer exists. Scan or search for them again.</source>
        <translation>Ese usuario ya no existe. Escanee su carné o búsquelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="68"/>
        <source>That training no longer exists. Refresh the list.</source>
        <translation>Esa formación ya no existe. Actualice la lista.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="70"/>
        <source>Enter who gave the training.</source>
        <translation>Escriba quién impartió la formación.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="75"/>
        <source>A certificate cannot expire before the training. Fix the dates.</source>
        <translation>Un certificado no puede caducar antes de la formación. Corrija las fechas.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="93"/>
        <source>That certificate no longer exists. Refresh the list.</source>
        <translation>Ese certificado ya no existe. Actualice la lista.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="206"/>
        <source>{name} has not been trained in {training}. Arrange the training and record the certificate first.</source>
        <translation>{name} no ha recibido la formación {training}. Organice la formación y registre primero el certificado.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="214"/>
        <source>{name}&apos;s {training} certificate was withdrawn. They need to be trained again before using this tool.</source>
        <translation>El certificado de {training} de {name} fue retirado. Debe volver a recibir la formación antes de usar esta herramienta.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="221"/>
        <source>{name}&apos;s {training} training is dated {trained_on:%d %b %Y}, after {on_date:%d %b %Y}. Choose a later date.</source>
        <translation>La formación {training} de {name} tiene fecha del {trained_on:%d %b %Y}, posterior al {on_date:%d %b %Y}. Elija una fecha posterior.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="229"/>
        <source>{name}&apos;s {training} certificate expired on {expires_on:%d %b %Y}. Renew the training and record the new certificate.</source>
        <translation>El certificado de {training} de {name} caducó el {expires_on:%d %b %Y}. Renueve la formación y registre el nuevo certificado.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="266"/>
        <source>That item no longer exists. Scan it again.</source>
        <translation>Ese material ya no existe. Escanéelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="275"/>
        <source>{tool} needs training. {problem}</source>
        <translation>{tool} requiere formación. {problem}</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="69"/>
        <source>librarian</source>
        <translation>bibliotecario</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="70"/>
        <source>student aide</source>
        <translation>alumno ayudante</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="71"/>
        <source>self-checkout kiosk</source>
        <translation>quiosco de autopréstamo</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="75"/>
        <source>check items out</source>
        <translation>prestar materiales</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="76"/>
        <source>check items in</source>
        <translation>devolver materiales</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="77"/>
        <source>renew loans</source>
        <translation>renovar préstamos</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="78"/>
        <source>place holds</source>
        <translation>hacer reservas</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="79"/>
        <source>take payments</source>
        <translation>recibir pagos</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="80"/>
        <source>change the catalog</source>
        <translation>cambiar el catálogo</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="81"/>
        <source>change patron records</source>
        <translation>cambiar las fichas de los usuarios</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="82"/>
        <source>waive fees</source>
        <translation>perdonar multas</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="83"/>
        <source>charge fees or mark items lost or claimed returned</source>
        <translation>cobrar multas ni marcar materiales como perdidos o como que el usuario dice que los devolvió</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="84"/>
        <source>override loan rules</source>
        <translation>saltarse las reglas de préstamo</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="85"/>
        <source>change settings</source>
        <translation>cambiar la configuración</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="86"/>
        <source>see reports</source>
        <translation>ver informes</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="87"/>
        <source>see a patron&apos;s reading history</source>
        <translation>ver el historial de lectura de un usuario</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="88"/>
        <source>change devices, kits and repair tickets</source>
        <translation>cambiar dispositivos, kits ni órdenes de reparación</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="89"/>
        <source>change makerspace resources and approve bookings</source>
        <translation>cambiar recursos del makerspace ni aprobar reservas</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="90"/>
        <source>manage staff accounts</source>
        <translation>gestionar las cuentas del personal</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="91"/>
        <source>back up or restore the database</source>
        <translation>hacer copias de seguridad ni restaurar la base de datos</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="92"/>
        <source>export the library&apos;s data</source>
        <translation>exportar los datos de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="93"/>
        <source>undo someone else&apos;s action</source>
        <translation>deshacer la acción de otra persona</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="133"/>
        <source>{who} is signed in as a {role} and cannot {action}. Ask the librarian to sign in to do this.</source>
        <translation>{who} ha iniciado sesión como {role} y no puede {action}. Pida al bibliotecario que inicie sesión para hacerlo.</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="145"/>
        <source>At the self-checkout kiosk you can only use your own account. Scan your own library card, or ask at the desk.</source>
        <translation>En el quiosco de autopréstamo solo puede usar su propia cuenta. Escanee su propio carné de la biblioteca o pregunte en el mostrador.</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="65"/>
        <source>{weekday} {month} {day}</source>
        <translation>{weekday} {day} de {month}</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="77"/>
        <source>{month} {day}, {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="78"/>
        <source>{month} {day}</source>
        <translation>{day} de {month}</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="129"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="130"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="131"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="132"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="133"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="134"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="135"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="138"/>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="139"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="140"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="141"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="142"/>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="143"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="144"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="145"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="146"/>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="147"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="148"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="149"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
</context>
</TS>
