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
        <location filename="../../ui/care/backups_page.py" line="79"/>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="80"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="81"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="99"/>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="101"/>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="102"/>
        <source>on close</source>
        <translation>al cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="103"/>
        <source>backup now</source>
        <translation>copia manual</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="104"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="105"/>
        <source>damaged, set aside</source>
        <translation>dañada, apartada</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="107"/>
        <source>{kib} KiB</source>
        <translation>{kib} KiB</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ui/care/backups_page.py" line="127"/>
        <source>Only the librarian can change backups or restore one.</source>
        <translation>Solo el bibliotecario puede cambiar las copias de seguridad o restaurar una.</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="128"/>
        <source>Backups are for the librarian</source>
        <translation>Las copias de seguridad son cosa del bibliotecario</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="133"/>
        <source>This library runs on the district&apos;s database server. The server is backed up by your IT department (see docs/DISTRICT.md).</source>
        <translation>Esta biblioteca funciona en el servidor de base de datos del distrito. Su departamento de informática hace las copias de seguridad del servidor (vea docs/DISTRICT.md).</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="140"/>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="144"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="145"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="146"/>
        <location filename="../../ui/care/backups_page.py" line="248"/>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="150"/>
        <source>Backup folder:</source>
        <translation>Carpeta de copias:</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="151"/>
        <source>Daily backups kept</source>
        <translation>Copias diarias que se guardan</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="152"/>
        <source>Weekly backups kept</source>
        <translation>Copias semanales que se guardan</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="153"/>
        <source>Monthly backups kept</source>
        <translation>Copias mensuales que se guardan</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="154"/>
        <source>Keep &amp;daily:</source>
        <translation>Guardar &amp;diarias:</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="155"/>
        <source>Keep &amp;weekly:</source>
        <translation>Guardar &amp;semanales:</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="156"/>
        <source>Keep &amp;monthly:</source>
        <translation>Guardar &amp;mensuales:</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="157"/>
        <source>Also back up when LMS Desktop closes</source>
        <translation>Hacer también una copia al cerrar LMS Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="158"/>
        <source>Back up on close</source>
        <translation>Copia al cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="160"/>
        <source>Days between database checks</source>
        <translation>Días entre revisiones de la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="161"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="162"/>
        <source>Check the database every (days):</source>
        <translation>Revisar la base de datos cada (días):</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="163"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="164"/>
        <source>Save backup settings</source>
        <translation>Guardar la configuración de copias</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="169"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="172"/>
        <source>Last backup</source>
        <translation>Última copia</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="177"/>
        <source>Backups in the folder</source>
        <translation>Copias en la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="185"/>
        <source>Back up &amp;now</source>
        <translation>Hacer copia &amp;ahora</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="186"/>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="188"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="189"/>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="191"/>
        <source>&amp;Check the database now</source>
        <translation>&amp;Revisar la base de datos ahora</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="192"/>
        <source>Check the database now</source>
        <translation>Revisar la base de datos ahora</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="200"/>
        <source>Backup status</source>
        <translation>Estado de las copias</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="237"/>
        <source>No backup has been made yet.</source>
        <translation>Todavía no se ha hecho ninguna copia.</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="240"/>
        <source>Last backup: {when}</source>
        <translation>Última copia: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="271"/>
        <source>Backup settings saved.</source>
        <translation>Configuración de copias guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="277"/>
        <source>Backing up…</source>
        <translation>Haciendo copia…</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="288"/>
        <source>Backed up to {path}.</source>
        <translation>Copia hecha en {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="289"/>
        <source>Backup made.</source>
        <translation>Copia hecha.</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="295"/>
        <source>The backup failed: {why}</source>
        <translation>La copia falló: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="308"/>
        <source>There is no backup to restore yet.</source>
        <translation>Todavía no hay ninguna copia que restaurar.</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="316"/>
        <source>Checking the database…</source>
        <translation>Revisando la base de datos…</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="322"/>
        <source>The database is healthy.</source>
        <translation>La base de datos está bien.</translation>
    </message>
    <message>
        <location filename="../../ui/care/backups_page.py" line="325"/>
        <source>Problems found: {problems}. Restore the latest good backup.</source>
        <translation>Se encontraron problemas: {problems}. Restaure la última copia buena.</translation>
    </message>
</context>
<context>
    <name>BatchImportDialog</name>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="38"/>
        <source>patron selected</source>
        <translation>usuario seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="39"/>
        <source>checked out</source>
        <translation>prestado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="40"/>
        <source>checked in</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="41"/>
        <source>hold trapped</source>
        <translation>apartado para una reserva</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="42"/>
        <source>renewed</source>
        <translation>renovado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="43"/>
        <source>title found</source>
        <translation>título encontrado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="44"/>
        <source>duplicate</source>
        <translation>lectura repetida</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="45"/>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="46"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="47"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="48"/>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="60"/>
        <source>{n} {outcome}</source>
        <translation>{outcome}: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="71"/>
        <source>{outcome} (again)</source>
        <translation>{outcome} (otra vez)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="80"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="84"/>
        <source>Scan</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="85"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="87"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="110"/>
        <source>Import an offline scanner batch</source>
        <translation>Importar un lote de un lector sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="115"/>
        <source>Scanners that were used away from the desk keep their scans in memory. Export them as a text file and pick it here: every scan is replayed with all the loan rules, and you get a report. Replaying the same file twice does nothing the second time.</source>
        <translation>Los lectores que se usaron lejos del mostrador guardan sus lecturas en memoria. Expórtelas como archivo de texto y elíjalo aquí: cada lectura se vuelve a aplicar con todas las reglas de préstamo y recibirá un informe. Si aplica el mismo archivo dos veces, la segunda vez no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="125"/>
        <source>Batch file</source>
        <translation>Archivo del lote</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="126"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="127"/>
        <source>Choose the batch file</source>
        <translation>Elegir el archivo del lote</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="129"/>
        <source>Replay</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="130"/>
        <source>Replay the batch</source>
        <translation>Aplicar el lote</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="137"/>
        <source>Replay progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="141"/>
        <source>Replay summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="144"/>
        <source>Replay report</source>
        <translation>Informe del lote</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="148"/>
        <source>Stop the replay</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="153"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="160"/>
        <source>Scanner batch file</source>
        <translation>Archivo de lote del lector</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="162"/>
        <source>Text files (*.txt *.dat *.csv);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.dat *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="177"/>
        <source>Replaying {n} lines…</source>
        <translation>Aplicando {n} líneas…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="218"/>
        <source>{n} scans replayed in {s:.1f} s: {counts}.</source>
        <translation>{n} lecturas aplicadas en {s:.1f} s: {counts}.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="219"/>
        <source>nothing to do</source>
        <translation>nada que hacer</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="224"/>
        <source>{n} of these scans were already replayed earlier and changed nothing now.</source>
        <translation>{n} de estas lecturas ya se habían aplicado antes y ahora no cambiaron nada.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/batch_dialog.py" line="227"/>
        <source>Stopped. </source>
        <translation>Detenido. </translation>
    </message>
</context>
<context>
    <name>BlockOverrideDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="169"/>
        <source>Blocked: lend anyway?</source>
        <translation>Bloqueado: ¿prestar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="174"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; may not borrow right now:&lt;ul&gt;{reasons}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; no puede llevarse préstamos ahora:&lt;ul&gt;{reasons}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="179"/>
        <source>Block reasons</source>
        <translation>Motivos del bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="183"/>
        <source>Lending anyway is recorded in the journal under your name.</source>
        <translation>Si presta de todos modos, quedará anotado en el registro con su nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="185"/>
        <source>One of these blocks cannot be overridden at the desk.</source>
        <translation>Uno de estos bloqueos no se puede saltar desde el mostrador.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="191"/>
        <source>Lend anyway</source>
        <translation>Prestar de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="193"/>
        <source>Lend anyway and record the override</source>
        <translation>Prestar de todos modos y anotar la excepción</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="195"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="58"/>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="59"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="60"/>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="61"/>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="62"/>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="63"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="64"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="111"/>
        <location filename="../../ui/makerspace/booking_dialog.py" line="112"/>
        <source>New makerspace booking</source>
        <translation>Nueva reserva del makerspace</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="116"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="121"/>
        <source>&amp;Resource:</source>
        <translation>&amp;Recurso:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="123"/>
        <source>A &amp;student</source>
        <translation>Un &amp;alumno</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="124"/>
        <source>A teacher&apos;s &amp;class</source>
        <translation>La &amp;clase de un profesor</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="135"/>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="138"/>
        <location filename="../../ui/makerspace/booking_dialog.py" line="308"/>
        <source>Scan a card or type a name</source>
        <translation>Escanee un carné o escriba un nombre</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="139"/>
        <source>Find patron</source>
        <translation>Buscar usuario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="141"/>
        <source>Patron</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="146"/>
        <source>Patron:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="151"/>
        <source>e.g. 7B Science</source>
        <translation>p. ej. 7B Ciencias</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="152"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="153"/>
        <source>C&amp;lass:</source>
        <translation>C&amp;lase:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="156"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="157"/>
        <source>What is it for?</source>
        <translation>¿Para qué es?</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="158"/>
        <source>P&amp;urpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="163"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="165"/>
        <source>Day type</source>
        <translation>Tipo de día</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="169"/>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="171"/>
        <source>By &amp;period</source>
        <translation>Por &amp;periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="172"/>
        <source>By cloc&amp;k time</source>
        <translation>Por &amp;hora</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="173"/>
        <source>Book by period</source>
        <translation>Reservar por periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="174"/>
        <source>Book by clock time</source>
        <translation>Reservar por hora</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="180"/>
        <source>First period</source>
        <translation>Primer periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="182"/>
        <source>Last period</source>
        <translation>Último periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="184"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="186"/>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="192"/>
        <location filename="../../ui/makerspace/booking_dialog.py" line="198"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="201"/>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="206"/>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="207"/>
        <source>S&amp;eats:</source>
        <translation>Pu&amp;estos:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="209"/>
        <source>Re&amp;peat</source>
        <translation>Re&amp;petir</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="212"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="215"/>
        <source>Repeat every</source>
        <translation>Repetir cada</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="218"/>
        <location filename="../../ui/makerspace/booking_dialog.py" line="319"/>
        <source>{letter}-day</source>
        <translation>Día {letter}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="222"/>
        <source>School day</source>
        <translation>Día de clase</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="226"/>
        <source>Repeat until</source>
        <translation>Repetir hasta</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="227"/>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="228"/>
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="232"/>
        <source>Booking message</source>
        <translation>Mensaje de la reserva</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="237"/>
        <source>&amp;Book</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="239"/>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="241"/>
        <location filename="../../ui/makerspace/booking_dialog.py" line="507"/>
        <source>Use the &amp;next free slot</source>
        <translation>Usar el &amp;siguiente hueco libre</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="242"/>
        <source>Use the next free slot</source>
        <translation>Usar el siguiente hueco libre</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="243"/>
        <source>Join the &amp;waitlist</source>
        <translation>Apuntarse a la lista de &amp;espera</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="244"/>
        <source>Join the waitlist</source>
        <translation>Apuntarse a la lista de espera</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="245"/>
        <source>Book the &amp;free dates only</source>
        <translation>Reservar solo las fechas &amp;libres</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="246"/>
        <source>Book the free dates only</source>
        <translation>Reservar solo las fechas libres</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="251"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="310"/>
        <source>The teacher (optional): card or name</source>
        <translation>El profesor (opcional): carné o nombre</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="317"/>
        <source>No school that day</source>
        <translation>Ese día no hay clase</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="334"/>
        <source>Period {name}</source>
        <translation>Periodo {name}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="382"/>
        <source>There are no periods on that day. Choose a school day.</source>
        <translation>Ese día no tiene periodos. Elija un día de clase.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="426"/>
        <source>Add a resource in Settings → Makerspace first.</source>
        <translation>Añada primero un recurso en Configuración → Makerspace.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="431"/>
        <source>Find the student first: scan their card or type their name.</source>
        <translation>Busque primero al alumno: escanee su carné o escriba su nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="434"/>
        <source>Type the class, such as &apos;7B Science&apos;.</source>
        <translation>Escriba la clase, por ejemplo «7B Ciencias».</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="466"/>
        <source>Booking…</source>
        <translation>Reservando…</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="474"/>
        <source>Booked {n} dates ({rule}).</source>
        <translation>Reservadas {n} fechas ({rule}).</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="478"/>
        <source>{n} taken dates were left out.</source>
        <translation>Se dejaron fuera {n} fechas ocupadas.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="484"/>
        <source>Booked, waiting for approval.</source>
        <translation>Reservado, pendiente de aprobación.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="486"/>
        <source>Added to the waitlist.</source>
        <translation>Añadido a la lista de espera.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="488"/>
        <source>Booked.</source>
        <translation>Reservado.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="498"/>
        <source>The booking could not be saved: {error}</source>
        <translation>No se pudo guardar la reserva: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/booking_dialog.py" line="507"/>
        <source>Use the &amp;next school day</source>
        <translation>Usar el &amp;siguiente día de clase</translation>
    </message>
</context>
<context>
    <name>BulkAddDialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="209"/>
        <source>Add devices by scanning their asset tags</source>
        <translation>Añadir dispositivos escaneando sus etiquetas de inventario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="212"/>
        <source>Device type</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="216"/>
        <source>Make</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="217"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="218"/>
        <location filename="../../ui/devices/dialogs.py" line="264"/>
        <source>Purchase date</source>
        <translation>Fecha de compra</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="219"/>
        <source>Purchase price</source>
        <translation>Precio de compra</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="220"/>
        <source>Home location</source>
        <translation>Ubicación habitual</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="221"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="222"/>
        <source>Make:</source>
        <translation>Marca:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="223"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="224"/>
        <source>Purchased on:</source>
        <translation>Comprado el:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="225"/>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="226"/>
        <source>Home location:</source>
        <translation>Ubicación habitual:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="227"/>
        <source>Scan an asset tag</source>
        <translation>Escanee una etiqueta de inventario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="227"/>
        <source>Scan each tag here</source>
        <translation>Escanee aquí cada etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="230"/>
        <source>Scanned asset tags</source>
        <translation>Etiquetas escaneadas</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="231"/>
        <source>…or paste the tags here, one per line</source>
        <translation>…o pegue aquí las etiquetas, una por línea</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="234"/>
        <source>Number of tags</source>
        <translation>Número de etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="242"/>
        <source>Add devices</source>
        <translation>Añadir dispositivos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/devices/dialogs.py" line="255"/>
        <source>%n tag(s) scanned</source>
        <translation>
            <numerusform>%n etiqueta escaneada</numerusform>
            <numerusform>%n etiquetas escaneadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="269"/>
        <source>Scan at least one asset tag first.</source>
        <translation>Escanee primero al menos una etiqueta de inventario.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="279"/>
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
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="91"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="92"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="93"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="94"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="95"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="96"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="100"/>
        <source>School on {day}</source>
        <translation>Hay clase el {day}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="103"/>
        <location filename="../../ui/settings/calendar_page.py" line="104"/>
        <source>Save school year</source>
        <translation>Guardar el curso</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="106"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="107"/>
        <source>First day:</source>
        <translation>Primer día:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="108"/>
        <source>Last day:</source>
        <translation>Último día:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="109"/>
        <source>School days:</source>
        <translation>Días de clase:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="110"/>
        <source>School day ends at:</source>
        <translation>La jornada termina a las:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="113"/>
        <source>Closed days and breaks</source>
        <translation>Días sin clase y vacaciones</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="119"/>
        <source>Closed from</source>
        <translation>Cerrado desde</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="123"/>
        <source>Closed until</source>
        <translation>Cerrado hasta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="125"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="126"/>
        <source>Winter break, teacher workday…</source>
        <translation>Vacaciones de invierno, día de formación docente…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="127"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="128"/>
        <source>Add closed days</source>
        <translation>Añadir días sin clase</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="131"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="132"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="141"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="142"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="146"/>
        <source>Closed days</source>
        <translation>Días sin clase</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="148"/>
        <source>Open the school again on the selected days</source>
        <translation>Volver a abrir la escuela los días seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="149"/>
        <source>Remove the selected closed days</source>
        <translation>Quitar los días sin clase seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="157"/>
        <source>Calendar message</source>
        <translation>Mensaje del calendario</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="160"/>
        <source>Loans that would fall due on a closed day are due on the next open day instead. Enter breaks once, as a range.</source>
        <translation>Los préstamos que vencerían en un día sin clase vencen el siguiente día de clase. Introduzca las vacaciones una sola vez, como intervalo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="218"/>
        <source>School year saved.</source>
        <translation>Curso guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="232"/>
        <source>{n} closed days added.</source>
        <translation>{n} días sin clase añadidos.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="239"/>
        <source>Pick the days to open again in the list first.</source>
        <translation>Elija primero en la lista los días que se vuelven a abrir.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/calendar_page.py" line="243"/>
        <source>The school is open again on {n} days.</source>
        <translation>La escuela vuelve a abrir {n} días.</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="65"/>
        <source>Call number</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="66"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="67"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="68"/>
        <source>Last loan</source>
        <translation>Último préstamo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="69"/>
        <source>Loans</source>
        <translation>Préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="70"/>
        <source>Condition</source>
        <translation>Estado físico</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="71"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="72"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="73"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="151"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>CareGuardian</name>
    <message>
        <location filename="../../ui/care/guardian.py" line="185"/>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Bloquear el mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/care/guardian.py" line="203"/>
        <source>Signed in: {name}</source>
        <translation>Sesión iniciada: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/care/guardian.py" line="241"/>
        <source>The automatic backup did not run: {why}</source>
        <translation>La copia de seguridad automática no se hizo: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/care/guardian.py" line="230"/>
        <location filename="../../ui/care/guardian.py" line="247"/>
        <source>Today&apos;s backup is made.</source>
        <translation>La copia de seguridad de hoy está hecha.</translation>
    </message>
</context>
<context>
    <name>CartsTab</name>
    <message>
        <location filename="../../ui/devices/section.py" line="876"/>
        <source>Cart</source>
        <translation>Carro</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="877"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="878"/>
        <source>Filled</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="879"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="880"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="881"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="884"/>
        <source>Carts</source>
        <translation>Carros</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="888"/>
        <source>Slot</source>
        <translation>Hueco</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="889"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="890"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="892"/>
        <source>Back?</source>
        <translation>¿Devuelto?</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="896"/>
        <source>back</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="896"/>
        <source>EMPTY — not back</source>
        <translation>VACÍO — no devuelto</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="902"/>
        <source>Cart slots</source>
        <translation>Huecos del carro</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="904"/>
        <source>Scan a device back into the cart</source>
        <translation>Escanee un dispositivo al devolverlo al carro</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="905"/>
        <source>Scan each device as it goes back in its slot</source>
        <translation>Escanee cada dispositivo al ponerlo en su hueco</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="908"/>
        <source>Cart check-in summary</source>
        <translation>Resumen de la devolución del carro</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="911"/>
        <source>Finish cart check-in</source>
        <translation>Terminar la devolución del carro</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="912"/>
        <source>Lend cart…</source>
        <translation>Prestar carro…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="914"/>
        <source>New cart…</source>
        <translation>Carro nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="915"/>
        <source>Put a device in a slot…</source>
        <translation>Poner un dispositivo en un hueco…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="957"/>
        <source>Make a cart with &apos;New cart…&apos;.</source>
        <translation>Cree un carro con «Carro nuevo…».</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="976"/>
        <source>{name} is out with {who}. {back} back, {missing} not back yet. Empty slots: {slots}.</source>
        <translation>{name} está prestado a {who}. {back} devueltos, {missing} sin devolver todavía. Huecos vacíos: {slots}.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="983"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="988"/>
        <source>{name}: {filled} of {count} slots hold a device.</source>
        <translation>{name}: {filled} de {count} huecos tienen un dispositivo.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1056"/>
        <source>Lend cart</source>
        <translation>Prestar carro</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1056"/>
        <source>Scan the teacher&apos;s card:</source>
        <translation>Escanee el carné del profesor:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1065"/>
        <source>No patron has the card {card}.</source>
        <translation>Ningún usuario tiene el carné {card}.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1083"/>
        <location filename="../../ui/devices/section.py" line="1092"/>
        <source>Put a device in a slot</source>
        <translation>Poner un dispositivo en un hueco</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1084"/>
        <source>Slot number:</source>
        <translation>Número de hueco:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1092"/>
        <source>Scan the device&apos;s asset tag:</source>
        <translation>Escanee la etiqueta de inventario del dispositivo:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1107"/>
        <location filename="../../ui/devices/section.py" line="1111"/>
        <location filename="../../ui/devices/section.py" line="1116"/>
        <source>New cart</source>
        <translation>Carro nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1107"/>
        <source>Cart name:</source>
        <translation>Nombre del carro:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1111"/>
        <source>Scan the cart&apos;s barcode label:</source>
        <translation>Escanee la etiqueta de código de barras del carro:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1116"/>
        <source>Number of slots:</source>
        <translation>Número de huecos:</translation>
    </message>
</context>
<context>
    <name>CatalogFiles</name>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="70"/>
        <source>MARC files (*.mrc *.marc *.dat *.iso *.xml *.mrk *.mrk8 *.txt);;All files (*)</source>
        <translation>Archivos MARC (*.mrc *.marc *.dat *.iso *.xml *.mrk *.mrk8 *.txt);;Todos los archivos (*)</translation>
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
        <location filename="../../ui/catalog/section.py" line="53"/>
        <source>Keyword</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="54"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="55"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="56"/>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="57"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="58"/>
        <source>Call number</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="59"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="309"/>
        <source>Search by</source>
        <translation>Buscar por</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="314"/>
        <source>Search titles, authors, subjects, ISBNs… (press Enter)</source>
        <translation>Busque títulos, autores, materias, ISBN… (pulse Intro)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="317"/>
        <source>Search the catalog</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="318"/>
        <source>On the shelf only</source>
        <translation>Solo en el estante</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="319"/>
        <source>Only titles with a copy on the shelf</source>
        <translation>Solo títulos con un ejemplar en el estante</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="321"/>
        <source>Fast add…</source>
        <translation>Alta rápida…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="322"/>
        <source>New record…</source>
        <translation>Registro nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="323"/>
        <source>Copy cataloging…</source>
        <translation>Catalogación por copia…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="324"/>
        <source>Import MARC…</source>
        <translation>Importar MARC…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="325"/>
        <source>Export MARC…</source>
        <translation>Exportar MARC…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="326"/>
        <source>Print labels…</source>
        <translation>Imprimir etiquetas…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="327"/>
        <source>Print labels for the chosen titles</source>
        <translation>Imprimir etiquetas de los títulos elegidos</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="329"/>
        <source>Spine or barcode labels for every copy of the titles chosen in the list</source>
        <translation>Etiquetas de lomo o de código de barras para cada ejemplar de los títulos elegidos en la lista</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="333"/>
        <source>Spine labels…</source>
        <translation>Etiquetas de lomo…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="333"/>
        <source>Barcode labels…</source>
        <translation>Etiquetas de código de barras…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="340"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="360"/>
        <source>Number of titles found</source>
        <translation>Número de títulos encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="429"/>
        <source>The catalog is busy with an import; the list fills in a moment.</source>
        <translation>El catálogo está ocupado con una importación; la lista se llenará en un momento.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="473"/>
        <source>{n} titles in the catalog; the latest are shown.</source>
        <translation>{n} títulos en el catálogo; se muestran los más recientes.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="477"/>
        <source>More than {n} titles found; add words to narrow the search.</source>
        <translation>Más de {n} títulos encontrados; añada palabras para afinar la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="481"/>
        <source>{n} titles found.</source>
        <translation>{n} títulos encontrados.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="483"/>
        <source>Nothing found. Try fewer words, or another kind of search.</source>
        <translation>No se encontró nada. Pruebe con menos palabras o con otro tipo de búsqueda.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="497"/>
        <source>The search failed: {m}</source>
        <translation>La búsqueda falló: {m}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="517"/>
        <source>Choose one or more titles in the list first, then Print labels.</source>
        <translation>Elija primero uno o más títulos en la lista y luego Imprimir etiquetas.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="525"/>
        <source>The chosen titles have no copies on the shelves to label. Add a copy first (Add copy… beside the title).</source>
        <translation>Los títulos elegidos no tienen ejemplares en los estantes que etiquetar. Añada primero un ejemplar (Añadir ejemplar… junto al título).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/catalog/section.py" line="539"/>
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
        <location filename="../../ui/desk/dialogs.py" line="252"/>
        <source>Charge a fee to {name}</source>
        <translation>Cobrar una multa a {name}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="255"/>
        <source>Kind of fee</source>
        <translation>Clase de multa</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="257"/>
        <source>Damaged item</source>
        <translation>Material dañado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="258"/>
        <source>Lost item</source>
        <translation>Material perdido</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="259"/>
        <source>Missing part (charger, case, disc…)</source>
        <translation>Pieza que falta (cargador, funda, disco…)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="260"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="263"/>
        <source>Kind:</source>
        <translation>Clase:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="268"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="269"/>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="271"/>
        <source>Item barcode</source>
        <translation>Código del material</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="272"/>
        <source>The item&apos;s barcode (optional)</source>
        <translation>El código de barras del material (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="273"/>
        <source>Item:</source>
        <translation>Material:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="275"/>
        <source>What the fee is for</source>
        <translation>Por qué es la multa</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="276"/>
        <source>Water damage, torn pages…</source>
        <translation>Daños por agua, páginas rotas…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="277"/>
        <source>For:</source>
        <translation>Concepto:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="280"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="286"/>
        <source>Charge</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="296"/>
        <source>Enter the amount to charge (more than $0.00).</source>
        <translation>Escriba el importe que se cobra (más de $0.00).</translation>
    </message>
</context>
<context>
    <name>CollectionTab</name>
    <message>
        <location filename="../../ui/devices/section.py" line="1149"/>
        <source>Devices still out by homeroom</source>
        <translation>Dispositivos aún prestados por grupo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1151"/>
        <source>Homeroom / student</source>
        <translation>Grupo / alumno</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1151"/>
        <source>Asset tag</source>
        <translation>Etiqueta de inventario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1151"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1151"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1154"/>
        <location filename="../../ui/devices/section.py" line="1268"/>
        <source>Devices still out</source>
        <translation>Dispositivos aún prestados</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1156"/>
        <source>Scan returned devices</source>
        <translation>Escanear dispositivos devueltos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1157"/>
        <source>Scan each returned device (bulk check-in)</source>
        <translation>Escanee cada dispositivo devuelto (devolución en bloque)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1160"/>
        <source>Bulk return results</source>
        <translation>Resultados de la devolución en bloque</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1164"/>
        <source>Export list (CSV)…</source>
        <translation>Exportar lista (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1167"/>
        <source>Student card for damage history</source>
        <translation>Carné del alumno para el historial de daños</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1169"/>
        <source>Scan a student&apos;s card to see their damage history</source>
        <translation>Escanee el carné de un alumno para ver su historial de daños</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1174"/>
        <source>Reported</source>
        <translation>Informado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1175"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1176"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1177"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1178"/>
        <source>Fee</source>
        <translation>Multa</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1181"/>
        <source>Student damage history</source>
        <translation>Historial de daños del alumno</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1190"/>
        <source>Damage history of a student</source>
        <translation>Historial de daños de un alumno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/devices/section.py" line="1231"/>
        <source>%n device(s) still out</source>
        <translation>
            <numerusform>%n dispositivo aún prestado</numerusform>
            <numerusform>%n dispositivos aún prestados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1262"/>
        <source>No damage on record.</source>
        <translation>No hay daños registrados.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1268"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1275"/>
        <source>Wrote the list to {file}.</source>
        <translation>Lista escrita en {file}.</translation>
    </message>
</context>
<context>
    <name>ConditionChecklist</name>
    <message>
        <location filename="../../ui/devices/widgets.py" line="29"/>
        <source>Screen OK</source>
        <translation>Pantalla bien</translation>
    </message>
    <message>
        <location filename="../../ui/devices/widgets.py" line="30"/>
        <source>Keyboard OK</source>
        <translation>Teclado bien</translation>
    </message>
    <message>
        <location filename="../../ui/devices/widgets.py" line="31"/>
        <source>Hinge OK</source>
        <translation>Bisagra bien</translation>
    </message>
    <message>
        <location filename="../../ui/devices/widgets.py" line="32"/>
        <source>Charger OK</source>
        <translation>Cargador bien</translation>
    </message>
    <message>
        <location filename="../../ui/devices/widgets.py" line="39"/>
        <source>Other damage or notes (optional)</source>
        <translation>Otros daños o notas (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/widgets.py" line="40"/>
        <source>Other condition notes</source>
        <translation>Otras notas sobre el estado</translation>
    </message>
</context>
<context>
    <name>CopyCataloging</name>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="71"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="72"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="73"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="74"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="75"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
</context>
<context>
    <name>CopyCatalogingDialog</name>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="140"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="141"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="142"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="143"/>
        <source>Keyword</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="170"/>
        <source>Copy cataloging</source>
        <translation>Catalogación por copia</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="173"/>
        <source>Server to search</source>
        <translation>Servidor en el que buscar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="174"/>
        <source>Add Library of Congress</source>
        <translation>Añadir la Biblioteca del Congreso</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="175"/>
        <source>Add the Library of Congress server</source>
        <translation>Añadir el servidor de la Biblioteca del Congreso</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="178"/>
        <source>Search by</source>
        <translation>Buscar por</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="182"/>
        <source>Words or ISBN to search for</source>
        <translation>Palabras o ISBN que buscar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="183"/>
        <source>ISBN, title or author</source>
        <translation>ISBN, título o autor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="185"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="186"/>
        <source>Search the server</source>
        <translation>Buscar en el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="190"/>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="195"/>
        <source>Records found</source>
        <translation>Registros encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="213"/>
        <source>Record preview</source>
        <translation>Vista previa del registro</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="217"/>
        <source>&lt; Previous</source>
        <translation>&lt; Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="218"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="220"/>
        <source>Next &gt;</source>
        <translation>Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="221"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="223"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="224"/>
        <source>Import this record</source>
        <translation>Importar este registro</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="226"/>
        <source>Open in editor…</source>
        <translation>Abrir en el editor…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="227"/>
        <source>Open this record in the MARC editor</source>
        <translation>Abrir este registro en el editor MARC</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="229"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="244"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="283"/>
        <source>All servers</source>
        <translation>Todos los servidores</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="294"/>
        <source>No copy-cataloging server is set up. Add the Library of Congress, or add your district&apos;s server in Settings &gt; Copy cataloging.</source>
        <translation>No hay ningún servidor de catalogación por copia. Añada la Biblioteca del Congreso o el servidor de su distrito en Configuración &gt; Catalogación por copia.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="331"/>
        <source>Choose a server to search first.</source>
        <translation>Elija primero un servidor en el que buscar.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="339"/>
        <source>Searching {name}…</source>
        <translation>Buscando en {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="366"/>
        <source>{name} has no record for that. Try other words.</source>
        <translation>{name} no tiene ningún registro de eso. Pruebe con otras palabras.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="368"/>
        <source>{name}: records {first}-{last} of {total}.</source>
        <translation>{name}: registros {first}-{last} de {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="376"/>
        <source>{n} records could not be shown: {why}</source>
        <translation>No se pudieron mostrar {n} registros: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="454"/>
        <source>Already in the catalog</source>
        <translation>Ya está en el catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="456"/>
        <source>A title with this ISBN is already in the catalog. Import this record as another title anyway?</source>
        <translation>Ya hay un título con este ISBN en el catálogo. ¿Importar este registro como otro título de todos modos?</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_dialog.py" line="469"/>
        <source>“{title}” is now in the catalog. Add its copies from the title&apos;s page.</source>
        <translation>«{title}» ya está en el catálogo. Añada sus ejemplares desde la página del título.</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="60"/>
        <source>Edit copy</source>
        <translation>Editar ejemplar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="60"/>
        <source>Add a copy</source>
        <translation>Añadir un ejemplar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="62"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="64"/>
        <source>Call number</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="66"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="68"/>
        <source>Item type</source>
        <translation>Tipo de material</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="70"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="92"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="93"/>
        <location filename="../../ui/catalog/copy_dialogs.py" line="94"/>
        <source>Price known</source>
        <translation>Precio conocido</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="102"/>
        <source>Acquired on</source>
        <translation>Adquirido el</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="106"/>
        <source>Date known</source>
        <translation>Fecha conocida</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="107"/>
        <source>Acquired date known</source>
        <translation>Fecha de adquisición conocida</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="113"/>
        <source>&amp;Barcode:</source>
        <translation>&amp;Código de barras:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="114"/>
        <source>&amp;Call number:</source>
        <translation>&amp;Signatura:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="115"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="116"/>
        <source>Item &amp;type:</source>
        <translation>&amp;Tipo de material:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="117"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="122"/>
        <source>&amp;Acquired:</source>
        <translation>&amp;Adquirido:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="126"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../ui/care/guardian.py" line="94"/>
        <source>The library database is damaged</source>
        <translation>La base de datos de la biblioteca está dañada</translation>
    </message>
    <message>
        <location filename="../../ui/care/guardian.py" line="98"/>
        <source>What is wrong</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <location filename="../../ui/care/guardian.py" line="101"/>
        <location filename="../../ui/care/guardian.py" line="102"/>
        <source>Restore the latest good backup</source>
        <translation>Restaurar la última copia de seguridad buena</translation>
    </message>
    <message>
        <location filename="../../ui/care/guardian.py" line="105"/>
        <location filename="../../ui/care/guardian.py" line="106"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <location filename="../../ui/dates.py" line="17"/>
        <source>en</source>
        <comment>the code of the language this translation is in (es, fr, ...)</comment>
        <translation>es</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="32"/>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd dd MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="34"/>
        <source>ddd dd MMM</source>
        <translation>ddd dd MMM</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="36"/>
        <source>dd MMM yyyy</source>
        <translation>dd MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="38"/>
        <source>dd MMM</source>
        <translation>dd MMM</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="45"/>
        <source>ddd dd MMM yyyy HH:mm</source>
        <translation>ddd dd MMM yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="47"/>
        <source>ddd dd MMM HH:mm</source>
        <translation>ddd dd MMM HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="58"/>
        <source>MMM d, yyyy</source>
        <translation>d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="60"/>
        <source>MMM d</source>
        <translation>d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="70"/>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="72"/>
        <source>dddd dd MMMM HH:mm</source>
        <translation>dddd, d &apos;de&apos; MMMM HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="75"/>
        <source>dddd dd MMMM yyyy</source>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="77"/>
        <source>dddd dd MMMM</source>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
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
        <location filename="../../ui/desk/row_models.py" line="129"/>
        <source>{due} · overdue</source>
        <translation>{due} · atrasado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="139"/>
        <location filename="../../ui/desk/row_models.py" line="173"/>
        <location filename="../../ui/desk/row_models.py" line="241"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="143"/>
        <location filename="../../ui/desk/row_models.py" line="242"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="145"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="147"/>
        <source>Renewals</source>
        <translation>Renovaciones</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="164"/>
        <source>On the hold shelf</source>
        <translation>En el estante de reservas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="166"/>
        <source>Waiting (number {n} in line)</source>
        <translation>En espera (número {n} en la lista)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="174"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="176"/>
        <source>Placed</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="179"/>
        <location filename="../../ui/desk/row_models.py" line="236"/>
        <source>Pick up by</source>
        <translation>Recoger antes de</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="189"/>
        <location filename="../../ui/desk/row_models.py" line="239"/>
        <source>For</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="193"/>
        <source>Item</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="196"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="201"/>
        <source>Still owed</source>
        <translation>Se debe</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="206"/>
        <source>Charged</source>
        <translation>Cobrada</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="218"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="219"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="220"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="222"/>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="223"/>
        <source>undone</source>
        <translation>deshecha</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="240"/>
        <source>Homeroom</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/row_models.py" line="244"/>
        <source>Call number</source>
        <translation>Signatura</translation>
    </message>
</context>
<context>
    <name>DeviceAgreementsPage</name>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="31"/>
        <source>Device type</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="36"/>
        <source>Agreement title</source>
        <translation>Título del acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="37"/>
        <source>e.g. Hotspot loan agreement 2026-27</source>
        <translation>p. ej. Acuerdo de préstamo de hotspot 2026-27</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="39"/>
        <source>Agreement text</source>
        <translation>Texto del acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="41"/>
        <source>The text the student (and a guardian) sign. It is printed on the receipt.</source>
        <translation>El texto que firma el alumno (y un tutor legal). Se imprime en el comprobante.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="44"/>
        <source>Agreement state</source>
        <translation>Estado del acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="45"/>
        <source>Save agreement</source>
        <translation>Guardar acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="48"/>
        <source>No agreement for this type</source>
        <translation>Sin acuerdo para este tipo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="57"/>
        <source>Device type:</source>
        <translation>Tipo de dispositivo:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="59"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="60"/>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="75"/>
        <source>Lending needs this agreement to be accepted.</source>
        <translation>Para prestar hay que aceptar este acuerdo.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="77"/>
        <source>No agreement needed for this type.</source>
        <translation>Este tipo no necesita acuerdo.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/agreements_page.py" line="90"/>
        <source>Agreement saved.</source>
        <translation>Acuerdo guardado.</translation>
    </message>
</context>
<context>
    <name>DeviceDetailPanel</name>
    <message>
        <location filename="../../ui/devices/section.py" line="163"/>
        <location filename="../../ui/devices/section.py" line="280"/>
        <source>Choose a device in the list.</source>
        <translation>Elija un dispositivo de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="165"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="169"/>
        <source>Device details</source>
        <translation>Datos del dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="171"/>
        <source>Lend…</source>
        <translation>Prestar…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="172"/>
        <source>Check in…</source>
        <translation>Devolver…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="173"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="174"/>
        <source>Report damage…</source>
        <translation>Informar de un daño…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="175"/>
        <source>Repair ticket…</source>
        <translation>Orden de reparación…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="176"/>
        <source>Save receipt PDF…</source>
        <translation>Guardar comprobante PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="178"/>
        <source>1:1 student…</source>
        <translation>Alumno 1:1…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="179"/>
        <source>Lend a loaner…</source>
        <translation>Prestar uno de reemplazo…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="201"/>
        <source>Components in the kit</source>
        <translation>Componentes del kit</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="203"/>
        <source>Add component…</source>
        <translation>Añadir componente…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="204"/>
        <source>Remove component</source>
        <translation>Quitar componente</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="215"/>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="216"/>
        <location filename="../../ui/devices/section.py" line="314"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="217"/>
        <source>Back</source>
        <translation>Vuelta</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="218"/>
        <location filename="../../ui/devices/section.py" line="313"/>
        <source>Borrower</source>
        <translation>Prestatario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="218"/>
        <source>(private)</source>
        <translation>(privado)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="219"/>
        <source>Homeroom</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="220"/>
        <source>Ended</source>
        <translation>Terminó</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="225"/>
        <source>Reported</source>
        <translation>Informado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="226"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="227"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="228"/>
        <source>Student</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="229"/>
        <source>Fee</source>
        <translation>Multa</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="230"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="235"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="236"/>
        <source>At</source>
        <translation>En</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="237"/>
        <source>Condition</source>
        <translation>Estado físico</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="238"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="242"/>
        <source>Device history</source>
        <translation>Historial del dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="243"/>
        <source>Loan history</source>
        <translation>Historial de préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="244"/>
        <location filename="../../ui/devices/section.py" line="248"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="246"/>
        <location filename="../../ui/devices/section.py" line="249"/>
        <source>Condition checks</source>
        <translation>Revisiones del estado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="247"/>
        <source>Loans</source>
        <translation>Préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="251"/>
        <source>Incident photos</source>
        <translation>Fotos del incidente</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="257"/>
        <source>Kit:</source>
        <translation>Kit:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="298"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="299"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="300"/>
        <source>Serial</source>
        <translation>N.º de serie</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="301"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="302"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="304"/>
        <source>Purchased</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="307"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="309"/>
        <source>Warranty ends</source>
        <translation>Fin de la garantía</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="312"/>
        <source>Home</source>
        <translation>Ubicación habitual</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="315"/>
        <source>1:1 student</source>
        <translation>Alumno 1:1</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="316"/>
        <source>Loaner out in its place</source>
        <translation>Reemplazo prestado en su lugar</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="317"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="335"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="363"/>
        <source>Lent. Save the agreement receipt to print it for signing.</source>
        <translation>Prestado. Guarde el comprobante del acuerdo para imprimirlo y firmarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="372"/>
        <source>Save the agreement receipt to print</source>
        <translation>Guardar el comprobante del acuerdo para imprimirlo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="374"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="387"/>
        <source>This device is not on loan.</source>
        <translation>Este dispositivo no está prestado.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="399"/>
        <source>New damage found at check-in: {parts}.</source>
        <translation>Daño nuevo encontrado al devolverlo: {parts}.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="435"/>
        <location filename="../../ui/devices/section.py" line="440"/>
        <source>Add component</source>
        <translation>Añadir componente</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="435"/>
        <source>Component (charger, case, stylus…):</source>
        <translation>Componente (cargador, funda, lápiz…):</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="440"/>
        <source>Replacement fee if not returned:</source>
        <translation>Multa de reposición si no se devuelve:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="456"/>
        <source>Choose the component to remove.</source>
        <translation>Elija el componente que quiere quitar.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="468"/>
        <source>1:1 device</source>
        <translation>Dispositivo 1:1</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="469"/>
        <source>Scan the student&apos;s card (leave empty if nobody&apos;s):</source>
        <translation>Escanee el carné del alumno (déjelo vacío si no es de nadie):</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="487"/>
        <source>Lend a loaner</source>
        <translation>Prestar uno de reemplazo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="487"/>
        <source>Scan the loaner&apos;s asset tag:</source>
        <translation>Escanee la etiqueta de inventario del reemplazo:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="501"/>
        <source>Read “{title}” with the student before the loaner goes out.</source>
        <translation>Lea «{title}» con el alumno antes de que salga el dispositivo de reemplazo.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="520"/>
        <source>Save the agreement receipt to print it for signing.</source>
        <translation>Guarde el comprobante del acuerdo para imprimirlo y firmarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="532"/>
        <source>No photos for this incident.</source>
        <translation>No hay fotos de este incidente.</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="107"/>
        <source>Edit device</source>
        <translation>Editar dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="107"/>
        <source>Add a device</source>
        <translation>Añadir un dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="110"/>
        <source>Asset tag</source>
        <translation>Etiqueta de inventario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="110"/>
        <source>Scan the asset tag</source>
        <translation>Escanee la etiqueta de inventario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="112"/>
        <source>Device type</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="117"/>
        <source>Make</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="118"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="119"/>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="120"/>
        <source>MAC address</source>
        <translation>Dirección MAC</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="121"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="121"/>
        <source>hotspots and tablets with a SIM</source>
        <translation>hotspots y tabletas con SIM</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="123"/>
        <location filename="../../ui/devices/dialogs.py" line="177"/>
        <source>Purchase date</source>
        <translation>Fecha de compra</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="127"/>
        <source>Purchase price</source>
        <translation>Precio de compra</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="129"/>
        <location filename="../../ui/devices/dialogs.py" line="179"/>
        <source>Warranty end</source>
        <translation>Fin de la garantía</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="133"/>
        <source>Home location</source>
        <translation>Ubicación habitual</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="133"/>
        <source>Library closet</source>
        <translation>Armario de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="135"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="144"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="147"/>
        <source>Asset tag:</source>
        <translation>Etiqueta de inventario:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="148"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="149"/>
        <source>Make:</source>
        <translation>Marca:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="150"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="151"/>
        <source>Serial number:</source>
        <translation>Número de serie:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="152"/>
        <source>MAC address:</source>
        <translation>Dirección MAC:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="153"/>
        <source>IMEI:</source>
        <translation>IMEI:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="154"/>
        <source>Purchased on:</source>
        <translation>Comprado el:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="155"/>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="156"/>
        <source>Warranty ends:</source>
        <translation>Fin de la garantía:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="157"/>
        <source>Home location:</source>
        <translation>Ubicación habitual:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="158"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="159"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="166"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>DeviceRegisterTab</name>
    <message>
        <location filename="../../ui/devices/section.py" line="557"/>
        <source>Find by asset tag, serial, make, model or MAC</source>
        <translation>Buscar por etiqueta de inventario, n.º de serie, marca, modelo o MAC</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="558"/>
        <source>Find devices</source>
        <translation>Buscar dispositivos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="561"/>
        <source>Device type filter</source>
        <translation>Filtro por tipo de dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="562"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="567"/>
        <source>Status filter</source>
        <translation>Filtro por estado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="568"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="572"/>
        <source>Number of devices listed</source>
        <translation>Número de dispositivos en la lista</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="579"/>
        <source>Add device…</source>
        <translation>Añadir dispositivo…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="580"/>
        <source>Add by scanning tags…</source>
        <translation>Añadir escaneando etiquetas…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="581"/>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="582"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="586"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/devices/section.py" line="626"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="655"/>
        <source>Import devices from CSV</source>
        <translation>Importar dispositivos desde CSV</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="655"/>
        <location filename="../../ui/devices/section.py" line="685"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="669"/>
        <source>Imported {file}: {summary}.</source>
        <translation>Importado {file}: {summary}.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="674"/>
        <source>Line {line}: {message}</source>
        <translation>Línea {line}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="685"/>
        <source>Export devices to CSV</source>
        <translation>Exportar dispositivos a CSV</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="699"/>
        <source>Wrote {n} devices to {file}.</source>
        <translation>Se escribieron {n} dispositivos en {file}.</translation>
    </message>
</context>
<context>
    <name>DeviceTables</name>
    <message>
        <location filename="../../ui/devices/models.py" line="43"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="44"/>
        <source>On loan</source>
        <translation>Prestado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="45"/>
        <source>In repair</source>
        <translation>En reparación</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="46"/>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="47"/>
        <source>Missing</source>
        <translation>Extraviado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="48"/>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="51"/>
        <source>Damage</source>
        <translation>Daño</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="52"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="53"/>
        <source>Theft</source>
        <translation>Robo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="56"/>
        <source>Check-out</source>
        <translation>Préstamo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="57"/>
        <source>Check-in</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="160"/>
        <source>Asset tag</source>
        <translation>Etiqueta de inventario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="161"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="162"/>
        <source>Make / model</source>
        <translation>Marca / modelo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="163"/>
        <source>Serial</source>
        <translation>N.º de serie</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="164"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="165"/>
        <source>Borrower</source>
        <translation>Prestatario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="166"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/devices/models.py" line="167"/>
        <source>Home / cart slot</source>
        <translation>Ubicación / hueco del carro</translation>
    </message>
</context>
<context>
    <name>DeviceWidgets</name>
    <message>
        <location filename="../../ui/devices/widgets.py" line="61"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/devices/widgets.py" line="77"/>
        <source>&apos;{text}&apos; is not an amount. Type it like 25.00.</source>
        <translation>«{text}» no es un importe. Escríbalo así: 25.00.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/widgets.py" line="92"/>
        <source>{what} &apos;{text}&apos; is not a date. Type it as 2025-08-14.</source>
        <translation>{what} «{text}» no es una fecha. Escríbala como 2025-08-14.</translation>
    </message>
</context>
<context>
    <name>DevicesSection</name>
    <message>
        <location filename="../../ui/devices/section.py" line="1342"/>
        <source>Device tools</source>
        <translation>Herramientas de dispositivos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1348"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1349"/>
        <source>Repairs</source>
        <translation>Reparaciones</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1350"/>
        <source>Carts</source>
        <translation>Carros</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1351"/>
        <source>Year-end and damage</source>
        <translation>Fin de curso y daños</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1352"/>
        <location filename="../../ui/devices/section.py" line="1391"/>
        <source>Kits to check</source>
        <translation>Kits por revisar</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="364"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="367"/>
        <source>Roster import result</source>
        <translation>Resultado de la importación de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="375"/>
        <source>Importing the roster…</source>
        <translation>Importando la lista…</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="395"/>
        <source>Changed your mind? Patrons → Undo last roster import puts everything back.</source>
        <translation>¿Cambió de opinión? Usuarios → Deshacer la última importación de la lista lo deja todo como estaba.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="404"/>
        <source>Nothing was changed. </source>
        <translation>No se cambió nada. </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="539"/>
        <source>MARC 21 (ISO 2709, .mrc)</source>
        <translation>MARC 21 (ISO 2709, .mrc)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="540"/>
        <source>MARCXML (.xml)</source>
        <translation>MARCXML (.xml)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="541"/>
        <source>MarcEdit mnemonic (.mrk)</source>
        <translation>MarcEdit mnemónico (.mrk)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="552"/>
        <source>Export MARC records</source>
        <translation>Exportar registros MARC</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="554"/>
        <source>The whole catalog</source>
        <translation>Todo el catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="555"/>
        <source>Export the whole catalog</source>
        <translation>Exportar todo el catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="557"/>
        <source>The {n} selected titles</source>
        <translation>Los {n} títulos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="559"/>
        <source>Export the selected titles</source>
        <translation>Exportar los títulos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="566"/>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="570"/>
        <source>Include copies as 852 holdings</source>
        <translation>Incluir los ejemplares como existencias 852</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="574"/>
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="575"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="576"/>
        <source>Choose the file to write</source>
        <translation>Elegir el archivo que escribir</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="583"/>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="585"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="587"/>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="589"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="592"/>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="595"/>
        <source>Titles left out</source>
        <translation>Títulos que quedaron fuera</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="597"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="598"/>
        <source>Start the export</source>
        <translation>Empezar la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="600"/>
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="601"/>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="604"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="631"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="641"/>
        <source>Choose a file to write the records to.</source>
        <translation>Elija un archivo en el que escribir los registros.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="651"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="678"/>
        <source>{done} of {total} titles written…</source>
        <translation>{done} de {total} títulos escritos…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="702"/>
        <source>Nothing was exported: {m}</source>
        <translation>No se exportó nada: {m}</translation>
    </message>
</context>
<context>
    <name>FastAddDialog</name>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="64"/>
        <source>Fast add a book</source>
        <translation>Alta rápida de un libro</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="67"/>
        <source>For a book in hand. Type what is on the title page; the record can be completed later in the MARC editor.</source>
        <translation>Para un libro que tiene en la mano. Escriba lo que pone en la portada; el registro se puede completar después en el editor MARC.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="73"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="73"/>
        <source>e.g. Charlotte&apos;s web</source>
        <translation>p. ej. La telaraña de Charlotte</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="74"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="74"/>
        <source>e.g. White, E. B.</source>
        <translation>p. ej. White, E. B.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="75"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="75"/>
        <source>scan or type the ISBN</source>
        <translation>escanee o escriba el ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="78"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="79"/>
        <source>Publication year</source>
        <translation>Año de publicación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="80"/>
        <source>Call number</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="80"/>
        <source>e.g. FIC WHI</source>
        <translation>p. ej. FIC WHI</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="81"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="81"/>
        <source>scan the copy&apos;s barcode</source>
        <translation>escanee el código de barras del ejemplar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="83"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="83"/>
        <source>e.g. Fiction</source>
        <translation>p. ej. Ficción</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="85"/>
        <source>Item type</source>
        <translation>Tipo de material</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="93"/>
        <source>Look up</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="95"/>
        <source>Look up the ISBN</source>
        <translation>Buscar el ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="98"/>
        <source>Find this ISBN on {name} and use its full record</source>
        <translation>Buscar este ISBN en {name} y usar su registro completo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="102"/>
        <source>Set up a copy-cataloging server in Settings to look up ISBNs</source>
        <translation>Configure un servidor de catalogación por copia en Configuración para buscar ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="112"/>
        <source>Look-up result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="116"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="117"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="118"/>
        <source>ISBN:</source>
        <translation>ISBN:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="120"/>
        <source>&amp;Year:</source>
        <translation>A&amp;ño:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="121"/>
        <source>&amp;Call number:</source>
        <translation>&amp;Signatura:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="122"/>
        <source>&amp;Barcode:</source>
        <translation>&amp;Código de barras:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="123"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="124"/>
        <source>Item t&amp;ype:</source>
        <translation>&amp;Tipo de material:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="129"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="134"/>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="135"/>
        <source>Add to catalog</source>
        <translation>Añadir al catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="189"/>
        <source>Looking up on {name}…</source>
        <translation>Buscando en {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="201"/>
        <source>{name} has no record for this ISBN; type the details.</source>
        <translation>{name} no tiene ningún registro de este ISBN; escriba los datos.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="213"/>
        <source>Found on {name}: its full record will be saved.</source>
        <translation>Encontrado en {name}: se guardará su registro completo.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="230"/>
        <source>You changed the details: a short record will be made from the boxes.</source>
        <translation>Cambió los datos: se hará un registro breve con lo que hay en las casillas.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="246"/>
        <source>That ISBN was already in the catalog: copy {barcode} added to it.</source>
        <translation>Ese ISBN ya estaba en el catálogo: se le añadió el ejemplar {barcode}.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="248"/>
        <source>“{title}” added with copy {barcode}.</source>
        <translation>«{title}» añadido con el ejemplar {barcode}.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/fast_add_dialog.py" line="250"/>
        <source>“{title}” added (no copy yet).</source>
        <translation>«{title}» añadido (todavía sin ejemplar).</translation>
    </message>
</context>
<context>
    <name>FeeDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="208"/>
        <source>Waive a fee</source>
        <translation>Perdonar una multa</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="208"/>
        <source>Take a payment</source>
        <translation>Recibir un pago</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="210"/>
        <source>Fee:</source>
        <translation>Multa:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="211"/>
        <source>Still owed:</source>
        <translation>Todavía se debe:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="216"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="217"/>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="219"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="221"/>
        <source>Why it is waived</source>
        <translation>Por qué se perdona</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="221"/>
        <source>Cash, check number…</source>
        <translation>Efectivo, número de cheque…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="223"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="228"/>
        <source>Waive</source>
        <translation>Perdonar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="228"/>
        <source>Take payment</source>
        <translation>Recibir pago</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="133"/>
        <location filename="../../ui/patrons/roster_wizard.py" line="143"/>
        <source>Choose the roster file</source>
        <translation>Elija el archivo de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="136"/>
        <source>Export the student list from your student information system as CSV (comma, semicolon or tab separated) and pick it here.</source>
        <translation>Exporte la lista de alumnos de su sistema de información estudiantil como CSV (separado por comas, punto y coma o tabuladores) y elíjala aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="141"/>
        <location filename="../../ui/patrons/roster_wizard.py" line="159"/>
        <source>Roster file</source>
        <translation>Archivo de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="142"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="148"/>
        <source>Roster file problem</source>
        <translation>Problema con el archivo de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="159"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="167"/>
        <source>Pick the roster file first.</source>
        <translation>Elija primero el archivo de la lista.</translation>
    </message>
</context>
<context>
    <name>HoldExpirySweeper</name>
    <message>
        <location filename="../../ui/desk/hold_expiry.py" line="46"/>
        <source>“{title}” ({barcode})</source>
        <translation>«{title}» ({barcode})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/hold_expiry.py" line="48"/>
        <source>“{title}”</source>
        <translation>«{title}»</translation>
    </message>
    <message>
        <location filename="../../ui/desk/hold_expiry.py" line="52"/>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <location filename="../../ui/desk/hold_expiry.py" line="54"/>
        <source>{n} hold(s) were not picked up in time and have expired: {items}. Take them off the hold shelf and scan each with nobody selected: the desk says whether it goes to the next in line or back on the shelf.</source>
        <translation>{n} reserva(s) no se recogieron a tiempo y caducaron: {items}. Quítelas del estante de reservas y escanee cada una sin ningún usuario seleccionado: el mostrador dice si pasa al siguiente de la lista o vuelve al estante.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/hold_expiry.py" line="63"/>
        <source>Holds could not be expired ({reason}). They will be tried again in an hour.</source>
        <translation>No se pudieron caducar las reservas ({reason}). Se volverá a intentar dentro de una hora.</translation>
    </message>
</context>
<context>
    <name>HoldShelfDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="317"/>
        <location filename="../../ui/desk/dialogs.py" line="329"/>
        <source>Hold shelf</source>
        <translation>Estante de reservas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="321"/>
        <source>{n} item(s) on the hold shelf.</source>
        <translation>{n} material(es) en el estante de reservas.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="323"/>
        <source>Nothing is on the hold shelf.</source>
        <translation>No hay nada en el estante de reservas.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="325"/>
        <source>Hold shelf summary</source>
        <translation>Resumen del estante de reservas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="331"/>
        <source>Slip for the picked item…</source>
        <translation>Boleta del material elegido…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="332"/>
        <source>Show the hold slip of the picked item</source>
        <translation>Mostrar la boleta de reserva del material elegido</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="348"/>
        <source>Pick an item in the list first.</source>
        <translation>Elija primero un material en la lista.</translation>
    </message>
</context>
<context>
    <name>HoldSlipDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="44"/>
        <source>HOLD</source>
        <translation>RESERVA</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="45"/>
        <source>Patron: {barcode}</source>
        <translation>Usuario: {barcode}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="46"/>
        <source>Item: {barcode}</source>
        <translation>Material: {barcode}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="47"/>
        <source>Trapped {when}</source>
        <translation>Apartado: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="48"/>
        <source>Pick up by {day}</source>
        <translation>Recoger a más tardar el {day}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="72"/>
        <source>Hold slip — {name}</source>
        <translation>Boleta de reserva — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="108"/>
        <source>Hold: put this item aside</source>
        <translation>Reserva: aparte este material</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="114"/>
        <source>Put this item on the hold shelf for &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Ponga este material en el estante de reservas para &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="118"/>
        <source>Hold instruction</source>
        <translation>Instrucción de la reserva</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="121"/>
        <source>Hold slip preview</source>
        <translation>Vista previa de la boleta de reserva</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="126"/>
        <source>Print slip…</source>
        <translation>Imprimir boleta…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="127"/>
        <source>Print the hold slip</source>
        <translation>Imprimir la boleta de reserva</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="128"/>
        <source>Save slip as PDF…</source>
        <translation>Guardar boleta como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="129"/>
        <source>Save the hold slip as PDF</source>
        <translation>Guardar la boleta de reserva como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="131"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="156"/>
        <source>Save hold slip</source>
        <translation>Guardar boleta de reserva</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/care/sign_in.py" line="247"/>
        <source>LMS Desktop — locked</source>
        <translation>LMS Desktop — bloqueado</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="195"/>
        <source>Import MARC records</source>
        <translation>Importar registros MARC</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="198"/>
        <source>Files to import</source>
        <translation>Archivos que importar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="202"/>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="203"/>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="205"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="206"/>
        <source>Clear the file list</source>
        <translation>Vaciar la lista de archivos</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="209"/>
        <source>Control number (001 + 003)</source>
        <translation>Número de control (001 + 003)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="210"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="211"/>
        <source>LCCN</source>
        <translation>LCCN</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="214"/>
        <source>Match on {what}</source>
        <translation>Coincidir por {what}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="216"/>
        <source>When a title is already in the catalog</source>
        <translation>Cuando un título ya está en el catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="217"/>
        <source>Keep ours, add only its copies (skip)</source>
        <translation>Conservar el nuestro, añadir solo sus ejemplares (omitir)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="219"/>
        <source>Replace ours with the new record (overlay)</source>
        <translation>Sustituir el nuestro por el registro nuevo (sobrescribir)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="221"/>
        <source>Add it as another title</source>
        <translation>Añadirlo como otro título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="223"/>
        <source>Copies are in</source>
        <translation>Los ejemplares están en</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="224"/>
        <source>852 (standard holdings)</source>
        <translation>852 (existencias estándar)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="225"/>
        <source>949 (vendor item field)</source>
        <translation>949 (campo de ejemplar del proveedor)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="226"/>
        <source>Another field (choose its subfields)…</source>
        <translation>Otro campo (elija sus subcampos)…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="227"/>
        <source>No copies: titles only</source>
        <translation>Sin ejemplares: solo títulos</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="230"/>
        <source>Holdings field tag</source>
        <translation>Etiqueta del campo de existencias</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="232"/>
        <source>Barcode subfield</source>
        <translation>Subcampo del código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="234"/>
        <source>Call number subfields</source>
        <translation>Subcampos de la signatura</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="236"/>
        <source>Location subfields</source>
        <translation>Subcampos de la ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="238"/>
        <source>Price subfield</source>
        <translation>Subcampo del precio</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="243"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="244"/>
        <source>barcode $</source>
        <translation>código de barras $</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="245"/>
        <source>call number $</source>
        <translation>signatura $</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="246"/>
        <source>location $</source>
        <translation>ubicación $</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="247"/>
        <source>price $</source>
        <translation>precio $</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="255"/>
        <source>Type the subfield letters that hold each part of a copy, such as h+i for a call number in $h and $i. Only the barcode is required.</source>
        <translation>Escriba las letras de los subcampos que contienen cada parte de un ejemplar, por ejemplo h+i para una signatura en $h y $i. Solo el código de barras es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="261"/>
        <source>Item type of new copies</source>
        <translation>Tipo de material de los ejemplares nuevos</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="266"/>
        <source>Location for copies without one</source>
        <translation>Ubicación para los ejemplares que no tienen</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="267"/>
        <source>If I cancel, undo the whole file</source>
        <translation>Si cancelo, deshacer todo el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="270"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="276"/>
        <source>Same title when:</source>
        <translation>Mismo título cuando:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="277"/>
        <source>&amp;Then:</source>
        <translation>&amp;Entonces:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="278"/>
        <source>&amp;Copies are in:</source>
        <translation>&amp;Los ejemplares están en:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="280"/>
        <source>Item &amp;type:</source>
        <translation>&amp;Tipo de material:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="281"/>
        <source>Default &amp;location:</source>
        <translation>&amp;Ubicación por defecto:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="286"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="287"/>
        <source>Choose one or more MARC files (.mrc, .xml or .mrk).</source>
        <translation>Elija uno o más archivos MARC (.mrc, .xml o .mrk).</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="289"/>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="293"/>
        <source>What happened to each record</source>
        <translation>Qué pasó con cada registro</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="305"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="306"/>
        <source>Start the import</source>
        <translation>Empezar la importación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="308"/>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="309"/>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="312"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="348"/>
        <source>Choose MARC files</source>
        <translation>Elegir archivos MARC</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="420"/>
        <source>Add at least one MARC file first.</source>
        <translation>Añada primero al menos un archivo MARC.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="433"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="434"/>
        <source>{name}: {count} records read</source>
        <translation>{name}: {count} registros leídos</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="476"/>
        <source>Stopping after the current batch of records…</source>
        <translation>Deteniendo después del lote de registros actual…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="503"/>
        <source>Import cancelled. Records imported before the cancel are in the catalog; no record was half-imported.</source>
        <translation>Importación cancelada. Los registros importados antes de cancelar están en el catálogo; ningún registro quedó a medias.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="507"/>
        <source>Import cancelled. The catalog is as it was before the file.</source>
        <translation>Importación cancelada. El catálogo está como antes del archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="518"/>
        <source>The import stopped: {m}</source>
        <translation>La importación se detuvo: {m}</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="91"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="92"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="93"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="94"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="95"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="104"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="105"/>
        <source>Overlaid</source>
        <translation>Sobrescrito</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="106"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/import_export.py" line="107"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="525"/>
        <source>Report damage or loss of {tag}</source>
        <translation>Informar de un daño o pérdida de {tag}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="528"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="529"/>
        <source>Damage</source>
        <translation>Daño</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="529"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="529"/>
        <source>Theft</source>
        <translation>Robo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="533"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="534"/>
        <source>e.g. cracked screen, lower left corner</source>
        <translation>p. ej. pantalla rota, esquina inferior izquierda</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="536"/>
        <source>Fee</source>
        <translation>Multa</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="538"/>
        <source>Responsible patron&apos;s card</source>
        <translation>Carné del usuario responsable</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="539"/>
        <source>empty: whoever has or last had the device</source>
        <translation>vacío: quien tiene o tuvo por última vez el dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="541"/>
        <source>What happened:</source>
        <translation>Qué pasó:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="542"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="543"/>
        <source>Fee:</source>
        <translation>Multa:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="544"/>
        <source>Responsible:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="546"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="550"/>
        <source>Add photo from file…</source>
        <translation>Añadir foto desde un archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="553"/>
        <source>Take photo with webcam…</source>
        <translation>Hacer foto con la webcam…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="563"/>
        <source>Photos:</source>
        <translation>Fotos:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="567"/>
        <source>Save incident</source>
        <translation>Guardar incidente</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="572"/>
        <source>{name} is not a picture. Choose a PNG or JPEG photo.</source>
        <translation>{name} no es una imagen. Elija una foto PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="590"/>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="592"/>
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
        <location filename="../../ui/care/kiosk.py" line="48"/>
        <source>Scan your library card.</source>
        <translation>Escanea tu carné de la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="56"/>
        <source>That is not a library card we know. Ask at the desk.</source>
        <translation>No reconocemos ese carné de la biblioteca. Pregunta en el mostrador.</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="62"/>
        <source>Hello {name}! Scan each book you want to borrow.</source>
        <translation>¡Hola, {name}! Escanea cada libro que quieras llevarte.</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="97"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="100"/>
        <source>Scan field</source>
        <translation>Campo de lectura</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="108"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="111"/>
        <source>Borrowed just now</source>
        <translation>Prestado ahora mismo</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="114"/>
        <location filename="../../ui/care/kiosk.py" line="115"/>
        <source>I&apos;m done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="119"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="120"/>
        <source>Staff sign-in to leave the kiosk</source>
        <translation>El personal inicia sesión para salir del quiosco</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="136"/>
        <source>Scan your library card to borrow books.</source>
        <translation>Escanea tu carné de la biblioteca para llevarte libros.</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="158"/>
        <source>Scan each book, then press I&apos;m done.</source>
        <translation>Escanea cada libro y luego pulsa Terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/care/kiosk.py" line="181"/>
        <source>Only the librarian can leave the kiosk.</source>
        <translation>Solo el bibliotecario puede salir del quiosco.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/care/kiosk.py" line="190"/>
        <source>Self-checkout</source>
        <translation>Autopréstamo</translation>
    </message>
</context>
<context>
    <name>KitCheckDialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="466"/>
        <source>Kit of {tag}</source>
        <translation>Kit de {tag}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="470"/>
        <source>Returned by {name}. Which components came back?</source>
        <translation>Devuelto por {name}. ¿Qué componentes volvieron?</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="471"/>
        <source>(private)</source>
        <translation>(privado)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="478"/>
        <source>{name} (replacement {fee})</source>
        <translation>{name} (reposición {fee})</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="488"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="500"/>
        <source>Missing: {names} — {fee} charged.</source>
        <translation>Faltan: {names} — se cobran {fee}.</translation>
    </message>
</context>
<context>
    <name>KitsTab</name>
    <message>
        <location filename="../../ui/devices/section.py" line="1293"/>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1294"/>
        <source>Asset tag</source>
        <translation>Etiqueta de inventario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1295"/>
        <source>Returned by</source>
        <translation>Devuelto por</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1297"/>
        <source>Components to check</source>
        <translation>Componentes por revisar</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1302"/>
        <source>Kits to check</source>
        <translation>Kits por revisar</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1306"/>
        <source>Devices checked in at the desk come here until you tick which components came back. A missing component is charged to the borrower.</source>
        <translation>Los dispositivos devueltos en el mostrador esperan aquí hasta que marque qué componentes volvieron. Un componente que falta se cobra a quien lo llevó.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1315"/>
        <source>Check kit…</source>
        <translation>Revisar kit…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="1328"/>
        <source>Choose a returned device first.</source>
        <translation>Elija primero un dispositivo devuelto.</translation>
    </message>
</context>
<context>
    <name>LabelsTab</name>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="72"/>
        <source>Kind of label</source>
        <translation>Clase de etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="76"/>
        <source>Label sheet</source>
        <translation>Hoja de etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="78"/>
        <source>First free position on the sheet</source>
        <translation>Primera posición libre de la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="81"/>
        <source>Sheet size</source>
        <translation>Tamaño de la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="83"/>
        <source>Barcode type</source>
        <translation>Tipo de código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="87"/>
        <source>Genre or prefix line</source>
        <translation>Línea de género o prefijo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="88"/>
        <source>optional, e.g. MYSTERY</source>
        <translation>opcional, p. ej. MISTERIO</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="94"/>
        <source>These barcodes (scan or type, one a line)</source>
        <translation>Estos códigos (escanee o escriba, uno por línea)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="95"/>
        <source>A barcode range</source>
        <translation>Un intervalo de códigos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="96"/>
        <location filename="../../ui/reports/labels_tab.py" line="113"/>
        <source>New items since</source>
        <translation>Materiales nuevos desde</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="97"/>
        <source>A homeroom (patron cards)</source>
        <translation>Un grupo (carnés)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="98"/>
        <source>Everyone / every device</source>
        <translation>Todos / todos los dispositivos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="106"/>
        <source>Barcodes to print</source>
        <translation>Códigos que imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="109"/>
        <source>First barcode</source>
        <translation>Primer código</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="111"/>
        <source>Last barcode</source>
        <translation>Último código</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="119"/>
        <source>Homeroom</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="121"/>
        <source>What to print</source>
        <translation>Qué imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="128"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="140"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="144"/>
        <source>Move print right (mm)</source>
        <translation>Mover la impresión a la derecha (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="145"/>
        <source>Move print down (mm)</source>
        <translation>Mover la impresión hacia abajo (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="152"/>
        <source>Save offset</source>
        <translation>Guardar desplazamiento</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="153"/>
        <source>Save the printer offset</source>
        <translation>Guardar el desplazamiento de la impresora</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="154"/>
        <source>Printer offset</source>
        <translation>Desplazamiento de la impresora</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="156"/>
        <source>Printer:</source>
        <translation>Impresora:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="157"/>
        <source>Right:</source>
        <translation>Derecha:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="158"/>
        <source>Down:</source>
        <translation>Abajo:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="160"/>
        <source>Draw label outlines (test page)</source>
        <translation>Dibujar el contorno de las etiquetas (página de prueba)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="161"/>
        <source>Draw label outlines</source>
        <translation>Dibujar el contorno de las etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="163"/>
        <source>&amp;Make labels</source>
        <translation>&amp;Hacer etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="164"/>
        <source>Make labels</source>
        <translation>Hacer etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="165"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="166"/>
        <source>Print the labels</source>
        <translation>Imprimir las etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="167"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="168"/>
        <source>Save the labels as PDF</source>
        <translation>Guardar las etiquetas como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="171"/>
        <source>Labels status</source>
        <translation>Estado de las etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="175"/>
        <source>Check before printing</source>
        <translation>Revise antes de imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="180"/>
        <source>Kind:</source>
        <translation>Clase:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="181"/>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="183"/>
        <source>Start at position:</source>
        <translation>Empezar en la posición:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="184"/>
        <source>Barcode type:</source>
        <translation>Tipo de código:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="185"/>
        <source>Spine prefix line:</source>
        <translation>Línea de prefijo del lomo:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="238"/>
        <source> (yours)</source>
        <translation> (suya)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="273"/>
        <source>{n} labels, {w}&quot; × {h}&quot;, {c} across</source>
        <translation>{n} etiquetas, {w}&quot; × {h}&quot;, {c} por fila</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="305"/>
        <source>Offset saved for {printer}.</source>
        <translation>Desplazamiento guardado para {printer}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="356"/>
        <source>Making labels…</source>
        <translation>Haciendo etiquetas…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="375"/>
        <source>{count} label(s) on {pages} sheet(s). Next time start at position {next}.</source>
        <translation>{count} etiqueta(s) en {pages} hoja(s). La próxima vez empiece en la posición {next}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="385"/>
        <source>Check before you print: {warnings}</source>
        <translation>Revise antes de imprimir: {warnings}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="397"/>
        <source>The labels could not be made ({error}). Try again.</source>
        <translation>No se pudieron hacer las etiquetas ({error}). Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="419"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="428"/>
        <source>Save the labels</source>
        <translation>Guardar las etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="428"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="438"/>
        <source>Print labels — choose actual size (100 %)</source>
        <translation>Imprimir etiquetas — elija tamaño real (100 %)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/labels_tab.py" line="442"/>
        <source>Sent {pages} sheet(s) to the printer.</source>
        <translation>Se enviaron {pages} hoja(s) a la impresora.</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="294"/>
        <source>Lend {tag}</source>
        <translation>Prestar {tag}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="301"/>
        <source>Borrower&apos;s card</source>
        <translation>Carné de quien se lo lleva</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="301"/>
        <source>Scan the card</source>
        <translation>Escanee el carné</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="302"/>
        <source>Borrower:</source>
        <translation>Prestatario:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="303"/>
        <source>no components</source>
        <translation>sin componentes</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="305"/>
        <source>Components going out</source>
        <translation>Componentes que salen</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="306"/>
        <source>Goes out with:</source>
        <translation>Sale con:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="308"/>
        <source>Condition:</source>
        <translation>Estado físico:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="311"/>
        <source>The borrower accepted the agreement</source>
        <translation>El prestatario aceptó el acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="318"/>
        <source>Agreement text</source>
        <translation>Texto del acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="327"/>
        <source>Lend</source>
        <translation>Prestar</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="335"/>
        <source>No patron has the card {card}. Scan the card again.</source>
        <translation>Ningún usuario tiene el carné {card}. Vuelva a escanear el carné.</translation>
    </message>
</context>
<context>
    <name>LoanRuleMatrixModel</name>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="95"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="97"/>
        <source>not lent</source>
        <translation>no se presta</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="98"/>
        <source>1 item</source>
        <translation>1 material</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="98"/>
        <source>{n} items</source>
        <translation>{n} materiales</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="99"/>
        <source>1 renewal</source>
        <translation>1 renovación</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="99"/>
        <source>{n} renewals</source>
        <translation>{n} renovaciones</translation>
    </message>
</context>
<context>
    <name>LoanRulesPage</name>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="125"/>
        <source>Loan rules by item type and patron type</source>
        <translation>Reglas de préstamo por tipo de material y tipo de usuario</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="132"/>
        <source>Rule for the chosen cell</source>
        <translation>Regla de la celda elegida</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="134"/>
        <source>Pick a cell in the table.</source>
        <translation>Elija una celda de la tabla.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="135"/>
        <source>Chosen patron type and item type</source>
        <translation>Tipo de usuario y tipo de material elegidos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="137"/>
        <source>Kind of loan period</source>
        <translation>Clase de plazo de préstamo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="138"/>
        <source>School days</source>
        <translation>Días de clase</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="139"/>
        <source>Until a time of day</source>
        <translation>Hasta una hora del día</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="141"/>
        <source>School days, due at a time</source>
        <translation>Días de clase, vence a una hora</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="142"/>
        <source>Class periods</source>
        <translation>Periodos de clase</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="145"/>
        <source>Loan days</source>
        <translation>Días de préstamo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="148"/>
        <source>Due at time of day</source>
        <translation>Vence a una hora del día</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="151"/>
        <source>Loan periods</source>
        <translation>Periodos de préstamo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="170"/>
        <source>Most items at once</source>
        <translation>Máximo de materiales a la vez</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="171"/>
        <source>Renewals</source>
        <translation>Renovaciones</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="172"/>
        <source>Holds may be placed</source>
        <translation>Se pueden hacer reservas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="173"/>
        <source>Holds allowed</source>
        <translation>Reservas permitidas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="174"/>
        <source>Grace days</source>
        <translation>Días de gracia</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="175"/>
        <source>Fine per day late</source>
        <translation>Multa por día de retraso</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="176"/>
        <source>Highest fine</source>
        <translation>Multa máxima</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="177"/>
        <source>Block borrowing when owing</source>
        <translation>Bloquear préstamos si debe</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="178"/>
        <source>Block borrowing with overdue items</source>
        <translation>Bloquear préstamos con materiales atrasados</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="180"/>
        <source>Loan period:</source>
        <translation>Plazo de préstamo:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="181"/>
        <source>Most items at once (0 = not lent):</source>
        <translation>Máximo de materiales a la vez (0 = no se presta):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="182"/>
        <source>Renewals:</source>
        <translation>Renovaciones:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="184"/>
        <source>Grace days before a fine:</source>
        <translation>Días de gracia antes de una multa:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="185"/>
        <source>Fine per school day late:</source>
        <translation>Multa por día de clase de retraso:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="186"/>
        <source>Highest fine per item:</source>
        <translation>Multa máxima por material:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="187"/>
        <source>Block borrowing when owing at least:</source>
        <translation>Bloquear préstamos si debe al menos:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="188"/>
        <source>Block borrowing with this many overdue:</source>
        <translation>Bloquear préstamos con tantos atrasados:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="189"/>
        <source>Save this rule</source>
        <translation>Guardar esta regla</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="190"/>
        <source>Save this loan rule</source>
        <translation>Guardar esta regla de préstamo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="194"/>
        <source>Loan rule message</source>
        <translation>Mensaje de reglas de préstamo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="203"/>
        <source>Each cell is the rule for one kind of patron borrowing one kind of item. Due dates skip the days the school is closed (see School calendar).</source>
        <translation>Cada celda es la regla para un tipo de usuario que se lleva un tipo de material. Las fechas de vencimiento se saltan los días sin clase (vea Calendario escolar).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="255"/>
        <source>{patron} borrowing {item}</source>
        <translation>{patron} que se lleva {item}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="302"/>
        <source>Pick a cell in the table first.</source>
        <translation>Elija primero una celda de la tabla.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/loan_rules_page.py" line="315"/>
        <source>Saved. New loans follow this rule from now on.</source>
        <translation>Guardado. Los préstamos nuevos siguen esta regla desde ahora.</translation>
    </message>
</context>
<context>
    <name>LoanerAgreementDialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="373"/>
        <source>Agreement for loaner {tag}</source>
        <translation>Acuerdo del dispositivo de reemplazo {tag}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="379"/>
        <source>Agreement text</source>
        <translation>Texto del acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="381"/>
        <source>The student accepted the agreement</source>
        <translation>El alumno aceptó el acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="387"/>
        <source>Lend the loaner</source>
        <translation>Prestar el de reemplazo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="392"/>
        <source>Read the agreement with the student, then tick that they accepted it.</source>
        <translation>Lea el acuerdo con el alumno y luego marque que lo aceptó.</translation>
    </message>
</context>
<context>
    <name>LogUseDialog</name>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="180"/>
        <source>Log material used</source>
        <translation>Anotar material usado</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="182"/>
        <source>Consumable</source>
        <translation>Consumible</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="185"/>
        <source>{name} ({stock} {unit} left)</source>
        <translation>{name} (quedan {stock} {unit})</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="193"/>
        <source>Quantity used</source>
        <translation>Cantidad usada</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="195"/>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="196"/>
        <source>No booking</source>
        <translation>Sin reserva</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="204"/>
        <source>&amp;Material:</source>
        <translation>&amp;Material:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="205"/>
        <source>&amp;Amount used:</source>
        <translation>&amp;Cantidad usada:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="206"/>
        <source>&amp;Booking:</source>
        <translation>&amp;Reserva:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="211"/>
        <source>Add consumables in Settings → Makerspace first.</source>
        <translation>Añada primero consumibles en Configuración → Makerspace.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="227"/>
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
    <name>MakerspaceModels</name>
    <message>
        <location filename="../../ui/makerspace/models.py" line="41"/>
        <source>Awaiting approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="42"/>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="43"/>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="44"/>
        <source>Checked in</source>
        <translation>Llegada registrada</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="45"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="46"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="47"/>
        <source>No-show</source>
        <translation>Ausencia</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="113"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="114"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="115"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="116"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="117"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="141"/>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="165"/>
        <source>Patron</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="166"/>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="167"/>
        <source>Trained by</source>
        <translation>Formado por</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="168"/>
        <source>Trained on</source>
        <translation>Formado el</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="169"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="170"/>
        <location filename="../../ui/makerspace/models.py" line="241"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="187"/>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="189"/>
        <source>Valid (no expiry)</source>
        <translation>Válido (no caduca)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="192"/>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="194"/>
        <source>Expires in {n} days</source>
        <translation>Caduca en {n} días</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="197"/>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="214"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="237"/>
        <source>Consumable</source>
        <translation>Consumible</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="238"/>
        <source>Used on</source>
        <translation>Se usa en</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="239"/>
        <source>In stock</source>
        <translation>En existencias</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="240"/>
        <source>Reorder at</source>
        <translation>Pedir con</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="250"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="259"/>
        <source>Low — order more</source>
        <translation>Bajo: pida más</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/models.py" line="261"/>
        <source>OK</source>
        <translation>Bien</translation>
    </message>
</context>
<context>
    <name>MakerspaceSection</name>
    <message>
        <location filename="../../ui/makerspace/section.py" line="146"/>
        <source>Makerspace pages</source>
        <translation>Páginas del makerspace</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="147"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="148"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="149"/>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="150"/>
        <location filename="../../ui/makerspace/section.py" line="296"/>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="151"/>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="152"/>
        <location filename="../../ui/makerspace/section.py" line="368"/>
        <location filename="../../ui/makerspace/section.py" line="497"/>
        <source>Consumables</source>
        <translation>Consumibles</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="154"/>
        <source>Makerspace notice</source>
        <translation>Aviso del makerspace</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="172"/>
        <source>Show resource</source>
        <translation>Mostrar recurso</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="173"/>
        <location filename="../../ui/makerspace/section.py" line="505"/>
        <source>Whole makerspace</source>
        <translation>Todo el makerspace</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="177"/>
        <location filename="../../ui/makerspace/section.py" line="178"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="179"/>
        <source>This &amp;week</source>
        <translation>Esta &amp;semana</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="180"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="183"/>
        <location filename="../../ui/makerspace/section.py" line="184"/>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="186"/>
        <source>Week shown</source>
        <translation>Semana mostrada</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="187"/>
        <source>&amp;New booking…</source>
        <translation>&amp;Nueva reserva…</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="188"/>
        <source>New booking</source>
        <translation>Nueva reserva</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="195"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="211"/>
        <source>Double-click an empty period to book it. Drag a booking to move it; drag its bottom edge to make it longer or shorter.</source>
        <translation>Haga doble clic en un periodo libre para reservarlo. Arrastre una reserva para moverla; arrastre su borde inferior para alargarla o acortarla.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="227"/>
        <source>Day shown</source>
        <translation>Día mostrado</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="230"/>
        <source>Bookings of the day</source>
        <translation>Reservas del día</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="232"/>
        <source>Check &amp;in</source>
        <translation>Registrar &amp;llegada</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="233"/>
        <source>&amp;Cancel booking</source>
        <translation>&amp;Cancelar reserva</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="234"/>
        <source>Cancel the &amp;rest of the series</source>
        <translation>Cancelar el &amp;resto de la serie</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="235"/>
        <source>&amp;Log material used…</source>
        <translation>Anotar &amp;material usado…</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="236"/>
        <source>Release &amp;no-shows now</source>
        <translation>Liberar ahora las &amp;ausencias</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="237"/>
        <source>&amp;Print door schedule…</source>
        <translation>&amp;Imprimir horario de la puerta…</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="254"/>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="277"/>
        <source>Bookings awaiting approval</source>
        <translation>Reservas pendientes de aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="278"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="279"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="280"/>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="281"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="297"/>
        <source>&amp;Remove from the waitlist</source>
        <translation>&amp;Quitar de la lista de espera</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="298"/>
        <source>Remove from the waitlist</source>
        <translation>Quitar de la lista de espera</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="306"/>
        <source>When a booking is cancelled, declined or released as a no-show, the first waitlisted booking that fits takes its place. A booking that would go over a weekly limit, or whose student has no valid training certificate, is passed over; its status says why.</source>
        <translation>Cuando una reserva se cancela, se rechaza o se libera por ausencia, la primera reserva de la lista de espera que quepa ocupa su lugar. Se salta una reserva que superaría un límite semanal o cuyo alumno no tiene un certificado de formación válido; su estado dice por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="324"/>
        <source>Only those &amp;expiring within</source>
        <translation>Solo los que &amp;caducan en</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="325"/>
        <source>Only certificates expiring soon</source>
        <translation>Solo los certificados que caducan pronto</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="329"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="330"/>
        <source>Expiring within days</source>
        <translation>Caducan en días</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="334"/>
        <source>Certificates expiring soon</source>
        <translation>Certificados que caducan pronto</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="336"/>
        <source>Training certificates</source>
        <translation>Certificados de formación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="337"/>
        <source>&amp;Record a training…</source>
        <translation>&amp;Registrar una formación…</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="338"/>
        <source>Record a training</source>
        <translation>Registrar una formación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="339"/>
        <source>&amp;Withdraw certificate</source>
        <translation>Re&amp;tirar certificado</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="340"/>
        <source>Withdraw certificate</source>
        <translation>Retirar certificado</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="365"/>
        <source>Low stock warning</source>
        <translation>Aviso de existencias bajas</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="369"/>
        <source>&amp;Restock…</source>
        <translation>&amp;Reponer…</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="370"/>
        <source>Restock</source>
        <translation>Reponer</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="371"/>
        <source>&amp;Log use…</source>
        <translation>Anotar &amp;uso…</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="372"/>
        <source>Log use</source>
        <translation>Anotar uso</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="457"/>
        <source>Week of {start} to {end}</source>
        <translation>Semana del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="472"/>
        <source>Approvals ({n})</source>
        <translation>Aprobaciones ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="473"/>
        <source>Waitlist ({n})</source>
        <translation>Lista de espera ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="480"/>
        <source>{n} certificate(s) expire within {d} days.</source>
        <translation>{n} certificado(s) caducan en {d} días.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="489"/>
        <source>Low stock: {names}. Order more.</source>
        <translation>Existencias bajas: {names}. Pida más.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="493"/>
        <source>All consumables are above their reorder level.</source>
        <translation>Todos los consumibles están por encima de su nivel de pedido.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="497"/>
        <source>Consumables (low: {n})</source>
        <translation>Consumibles (bajos: {n})</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="541"/>
        <source>Select a row first.</source>
        <translation>Seleccione primero una fila.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="550"/>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="559"/>
        <source>{who} (from the waitlist) now has {resource}, {when}</source>
        <translation>{who} (de la lista de espera) tiene ahora {resource}, {when}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="578"/>
        <source>Booking moved.</source>
        <translation>Reserva movida.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="582"/>
        <source>Checked in.</source>
        <translation>Llegada registrada.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="589"/>
        <source>Booking cancelled.</source>
        <translation>Reserva cancelada.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="595"/>
        <source>Approved.</source>
        <translation>Aprobada.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="599"/>
        <source>Declined.</source>
        <translation>Rechazada.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="612"/>
        <source>Released {n} no-show booking(s).</source>
        <translation>Se liberaron {n} reserva(s) por ausencia.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="649"/>
        <source>There are no resources yet. Add them in Settings → Makerspace.</source>
        <translation>Todavía no hay recursos. Añádalos en Configuración → Makerspace.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="702"/>
        <source>Save the door schedule</source>
        <translation>Guardar el horario de la puerta</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="704"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="717"/>
        <source>Door schedule saved to {path}.</source>
        <translation>Horario de la puerta guardado en {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/section.py" line="722"/>
        <source>Door schedule</source>
        <translation>Horario de la puerta</translation>
    </message>
</context>
<context>
    <name>MakerspaceSettingsPage</name>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="89"/>
        <source>{text} is not a time. Type it as HH:MM, such as 09:50.</source>
        <translation>{text} no es una hora. Escríbala como HH:MM, por ejemplo 09:50.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="112"/>
        <source>Makerspace settings message</source>
        <translation>Mensaje de la configuración del makerspace</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="114"/>
        <source>Makerspace settings</source>
        <translation>Configuración del makerspace</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="115"/>
        <source>Bell schedules</source>
        <translation>Horarios de timbre</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="116"/>
        <source>Day rotation and special days</source>
        <translation>Rotación de días y días especiales</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="117"/>
        <location filename="../../ui/makerspace/settings_page.py" line="360"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="118"/>
        <source>Trainings, materials and rules</source>
        <translation>Formaciones, materiales y reglas</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="150"/>
        <source>Bell schedule</source>
        <translation>Horario de timbre</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="153"/>
        <source>&amp;New schedule</source>
        <translation>&amp;Horario nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="153"/>
        <source>New schedule</source>
        <translation>Horario nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="157"/>
        <location filename="../../ui/makerspace/settings_page.py" line="158"/>
        <source>Start from a typical school day</source>
        <translation>Empezar con un día escolar típico</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="161"/>
        <source>Schedule name</source>
        <translation>Nombre del horario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="163"/>
        <source>The regular day (used unless a special day says otherwise)</source>
        <translation>El día normal (se usa salvo que un día especial diga otra cosa)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="164"/>
        <source>Regular day schedule</source>
        <translation>Horario del día normal</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="167"/>
        <source>Periods</source>
        <translation>Periodos</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="169"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="169"/>
        <source>Starts (HH:MM)</source>
        <translation>Empieza (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="169"/>
        <source>Ends (HH:MM)</source>
        <translation>Termina (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="172"/>
        <source>&amp;Add period</source>
        <translation>&amp;Añadir periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="172"/>
        <source>Add period</source>
        <translation>Añadir periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="173"/>
        <source>&amp;Remove period</source>
        <translation>&amp;Quitar periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="173"/>
        <source>Remove period</source>
        <translation>Quitar periodo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="175"/>
        <source>&amp;Save schedule</source>
        <translation>&amp;Guardar horario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="175"/>
        <source>Save schedule</source>
        <translation>Guardar horario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="178"/>
        <source>&amp;Delete schedule</source>
        <translation>&amp;Borrar horario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="178"/>
        <source>Delete schedule</source>
        <translation>Borrar horario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="187"/>
        <source>Schedule:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="192"/>
        <location filename="../../ui/makerspace/settings_page.py" line="397"/>
        <location filename="../../ui/makerspace/settings_page.py" line="505"/>
        <location filename="../../ui/makerspace/settings_page.py" line="526"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="215"/>
        <source>Early release</source>
        <translation>Salida temprana</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="248"/>
        <source>Bell schedule saved.</source>
        <translation>Horario de timbre guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="255"/>
        <source>Schedule deleted.</source>
        <translation>Horario borrado.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="263"/>
        <source>A bell schedule already exists; nothing was changed.</source>
        <translation>Ya existe un horario de timbre; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="266"/>
        <source>A typical setup was created: adjust the periods, tools and trainings.</source>
        <translation>Se creó una configuración típica: ajuste los periodos, las herramientas y las formaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="273"/>
        <source>Day rotation</source>
        <translation>Rotación de días</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="274"/>
        <source>Day types</source>
        <translation>Tipos de día</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="275"/>
        <source>A, B   (empty: no rotation)</source>
        <translation>A, B   (vacío: sin rotación)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="276"/>
        <source>Rotation starts on</source>
        <translation>La rotación empieza el</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="279"/>
        <source>Save &amp;rotation</source>
        <translation>Guardar &amp;rotación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="279"/>
        <source>Save rotation</source>
        <translation>Guardar rotación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="283"/>
        <source>Day types, in order:</source>
        <translation>Tipos de día, en orden:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="284"/>
        <source>First day counted:</source>
        <translation>Primer día contado:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="289"/>
        <source>Day types advance on school days only; closed days (Settings → School calendar) are skipped. A special day with a fixed day type restarts the count.</source>
        <translation>Los tipos de día avanzan solo en días de clase; los días sin clase (Configuración → Calendario escolar) se saltan. Un día especial con un tipo de día fijo reinicia la cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="296"/>
        <source>Special days (early release, assembly, fixed day type)</source>
        <translation>Días especiales (salida temprana, asamblea, tipo de día fijo)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="297"/>
        <source>Special days</source>
        <translation>Días especiales</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="298"/>
        <source>Special day</source>
        <translation>Día especial</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="300"/>
        <source>Special day schedule</source>
        <translation>Horario del día especial</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="301"/>
        <source>Special day type</source>
        <translation>Tipo del día especial</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="302"/>
        <source>e.g. A (optional)</source>
        <translation>p. ej. A (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="303"/>
        <source>Special day note</source>
        <translation>Nota del día especial</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="305"/>
        <source>&amp;Add or change</source>
        <translation>&amp;Añadir o cambiar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="305"/>
        <source>Add or change special day</source>
        <translation>Añadir o cambiar un día especial</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="307"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="307"/>
        <source>Remove special day</source>
        <translation>Quitar día especial</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="311"/>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="312"/>
        <source>Bell schedule:</source>
        <translation>Horario de timbre:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="313"/>
        <source>Day type:</source>
        <translation>Tipo de día:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="314"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="335"/>
        <source>Day rotation saved.</source>
        <translation>Rotación de días guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="345"/>
        <source>Special day saved.</source>
        <translation>Día especial guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="353"/>
        <source>Special day removed.</source>
        <translation>Día especial quitado.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="363"/>
        <source>Resource name</source>
        <translation>Nombre del recurso</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="364"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="367"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="369"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="370"/>
        <source>Bookable from</source>
        <translation>Se puede reservar desde</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="371"/>
        <source>Bookable until</source>
        <translation>Se puede reservar hasta</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="374"/>
        <source>Shortest booking in minutes</source>
        <translation>Reserva más corta en minutos</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="375"/>
        <source>Longest booking in minutes</source>
        <translation>Reserva más larga en minutos</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="378"/>
        <location filename="../../ui/makerspace/settings_page.py" line="539"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="380"/>
        <source>Bookings need the librarian&apos;s approval</source>
        <translation>Las reservas necesitan la aprobación del bibliotecario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="380"/>
        <source>Needs approval</source>
        <translation>Necesita aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="382"/>
        <source>Training required</source>
        <translation>Formación obligatoria</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="383"/>
        <source>Desk item barcode</source>
        <translation>Código del material en el mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="384"/>
        <source>if the tool is also lent at the desk</source>
        <translation>si la herramienta también se presta en el mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="385"/>
        <source>Weekly quota per student in minutes</source>
        <translation>Cupo semanal por alumno en minutos</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="387"/>
        <location filename="../../ui/makerspace/settings_page.py" line="542"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="388"/>
        <location filename="../../ui/makerspace/settings_page.py" line="543"/>
        <source> min a week</source>
        <translation> min a la semana</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="389"/>
        <source>In service</source>
        <translation>En servicio</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="390"/>
        <source>&amp;New resource</source>
        <translation>&amp;Recurso nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="390"/>
        <source>New resource</source>
        <translation>Recurso nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="392"/>
        <source>&amp;Save resource</source>
        <translation>&amp;Guardar recurso</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="392"/>
        <source>Save resource</source>
        <translation>Guardar recurso</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="398"/>
        <source>Kind:</source>
        <translation>Clase:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="399"/>
        <source>Capacity (people or seats):</source>
        <translation>Capacidad (personas o puestos):</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="400"/>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="403"/>
        <location filename="../../ui/makerspace/settings_page.py" line="409"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="406"/>
        <source>Bookable hours:</source>
        <translation>Horas reservables:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="412"/>
        <source>Booking length:</source>
        <translation>Duración de la reserva:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="414"/>
        <source>Training required:</source>
        <translation>Formación obligatoria:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="415"/>
        <source>Desk barcode:</source>
        <translation>Código en el mostrador:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="416"/>
        <source>Student quota:</source>
        <translation>Cupo por alumno:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="488"/>
        <source>Resource saved.</source>
        <translation>Recurso guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="494"/>
        <location filename="../../ui/makerspace/settings_page.py" line="495"/>
        <source>Trainings</source>
        <translation>Formaciones</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="496"/>
        <source>Training name</source>
        <translation>Nombre de la formación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="497"/>
        <source>Valid for days</source>
        <translation>Válida durante días</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="500"/>
        <source>Never expires</source>
        <translation>No caduca nunca</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="501"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="502"/>
        <source>Add &amp;training</source>
        <translation>Añadir &amp;formación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="502"/>
        <source>Add training</source>
        <translation>Añadir formación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="506"/>
        <source>Valid for:</source>
        <translation>Válida durante:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="512"/>
        <location filename="../../ui/makerspace/settings_page.py" line="513"/>
        <source>Consumables</source>
        <translation>Consumibles</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="514"/>
        <source>Consumable name</source>
        <translation>Nombre del consumible</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="515"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="518"/>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="519"/>
        <source>Reorder level</source>
        <translation>Nivel de pedido</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="522"/>
        <source>Used on</source>
        <translation>Se usa en</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="523"/>
        <source>Add &amp;consumable</source>
        <translation>Añadir &amp;consumible</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="523"/>
        <source>Add consumable</source>
        <translation>Añadir consumible</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="527"/>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="528"/>
        <source>In stock:</source>
        <translation>En existencias:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="529"/>
        <source>Warn at or below:</source>
        <translation>Avisar con esta cantidad o menos:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="530"/>
        <source>Used on:</source>
        <translation>Se usa en:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="536"/>
        <source>Booking rules</source>
        <translation>Reglas de reserva</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="537"/>
        <source>No-show grace minutes</source>
        <translation>Minutos de gracia por ausencia</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="540"/>
        <source>Student weekly limit in minutes</source>
        <translation>Límite semanal por alumno en minutos</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="544"/>
        <source>Save r&amp;ules</source>
        <translation>Guardar r&amp;eglas</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="544"/>
        <source>Save booking rules</source>
        <translation>Guardar las reglas de reserva</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="547"/>
        <source>Release a booking nobody checked in to after:</source>
        <translation>Liberar una reserva a la que nadie llegó después de:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="548"/>
        <source>Each student may book in all, per week:</source>
        <translation>Cada alumno puede reservar en total, por semana:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="560"/>
        <source>Training added.</source>
        <translation>Formación añadida.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="571"/>
        <source>Consumable added.</source>
        <translation>Consumible añadido.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="584"/>
        <source>Booking rules saved.</source>
        <translation>Reglas de reserva guardadas.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="603"/>
        <source> (regular day)</source>
        <translation> (día normal)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="613"/>
        <source>Same as the regular day</source>
        <translation>Igual que el día normal</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="622"/>
        <source>{t}-day</source>
        <translation>Día {t}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="630"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="638"/>
        <source>{name} (out of service)</source>
        <translation>{name} (fuera de servicio)</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="649"/>
        <source>valid {n} days</source>
        <translation>válida {n} días</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="651"/>
        <source>never expires</source>
        <translation>no caduca nunca</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="657"/>
        <source>{name}: {stock} {unit} (warn at {level})</source>
        <translation>{name}: {stock} {unit} (avisar con {level})</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/settings_page.py" line="662"/>
        <source>Any resource</source>
        <translation>Cualquier recurso</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="51"/>
        <source>Student ID (required)</source>
        <translation>N.º de alumno (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="52"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="53"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="54"/>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="55"/>
        <source>Homeroom</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="56"/>
        <source>Homeroom teacher</source>
        <translation>Tutor del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="57"/>
        <source>Library card barcode</source>
        <translation>Código del carné de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="58"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="59"/>
        <source>Guardian email</source>
        <translation>Correo del tutor legal</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="60"/>
        <source>Patron type</source>
        <translation>Tipo de usuario</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="182"/>
        <source>Which column is which?</source>
        <translation>¿Qué columna es cada cosa?</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="185"/>
        <source>Set this once: it is remembered for next time. Only the student ID is required.</source>
        <translation>Configúrelo una vez: se recuerda para la próxima. Solo el n.º de alumno es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="191"/>
        <source>Where the column choices came from</source>
        <translation>De dónde salen las columnas elegidas</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="200"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="209"/>
        <source>Using the columns you chose last time.</source>
        <translation>Se usan las columnas que eligió la última vez.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="211"/>
        <source>Columns guessed from the headers: check them.</source>
        <translation>Columnas deducidas de los encabezados: revíselas.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="216"/>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="229"/>
        <source>Choose which column holds the student ID.</source>
        <translation>Elija qué columna tiene el n.º de alumno.</translation>
    </message>
</context>
<context>
    <name>MarcEditor</name>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="220"/>
        <source>MARC fields</source>
        <translation>Campos MARC</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="242"/>
        <location filename="../../ui/catalog/marc_editor.py" line="251"/>
        <source>Leader</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="250"/>
        <source>Leader, 008 and subfields</source>
        <translation>Cabecera, 008 y subcampos</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="257"/>
        <source>Subfields of the chosen field</source>
        <translation>Subcampos del campo elegido</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="268"/>
        <location filename="../../ui/catalog/marc_editor.py" line="269"/>
        <source>Add subfield</source>
        <translation>Añadir subcampo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="271"/>
        <location filename="../../ui/catalog/marc_editor.py" line="272"/>
        <source>Remove subfield</source>
        <translation>Quitar subcampo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="284"/>
        <location filename="../../ui/catalog/marc_editor.py" line="447"/>
        <source>Subfields</source>
        <translation>Subcampos</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="287"/>
        <source>Field help</source>
        <translation>Ayuda del campo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="289"/>
        <source>Problems in this record</source>
        <translation>Problemas de este registro</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="295"/>
        <source>Editor tools</source>
        <translation>Herramientas del editor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="296"/>
        <source>Add field</source>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="297"/>
        <source>Remove field</source>
        <translation>Quitar campo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="298"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="300"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="302"/>
        <source>Sort by tag</source>
        <translation>Ordenar por etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="304"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="306"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="411"/>
        <source>008 ({material})</source>
        <translation>008 ({material})</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="447"/>
        <source>Subfields of {tag}</source>
        <translation>Subcampos de {tag}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="471"/>
        <source>&lt;b&gt;{tag}&lt;/b&gt;: {label}</source>
        <translation>&lt;b&gt;{tag}&lt;/b&gt;: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="472"/>
        <source>not defined in MARC 21</source>
        <translation>no definido en MARC 21</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="474"/>
        <source>repeatable</source>
        <translation>repetible</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="474"/>
        <source>not repeatable</source>
        <translation>no repetible</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="483"/>
        <source>Indicator {n} — {label}: {codes}</source>
        <translation>Indicador {n} — {label}: {codes}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="492"/>
        <source>Subfields: {codes}</source>
        <translation>Subcampos: {codes}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="500"/>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="503"/>
        <source>Problems — errors: {errors}, warnings: {warnings}</source>
        <translation>Problemas — errores: {errors}, avisos: {warnings}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="510"/>
        <source>Field {n} ({tag})</source>
        <translation>Campo {n} ({tag})</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="512"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>MarcEditorDialog</name>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="558"/>
        <source>New title</source>
        <translation>Título nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="559"/>
        <source>MARC editor — {title}</source>
        <translation>Editor MARC — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="565"/>
        <source>Save record</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="580"/>
        <source>Save with problems?</source>
        <translation>¿Guardar con problemas?</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="582"/>
        <source>This record has problems marked in red. Save it anyway? You can fix them later.</source>
        <translation>Este registro tiene problemas marcados en rojo. ¿Guardarlo de todos modos? Puede corregirlos después.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="597"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="600"/>
        <source>Record saved.</source>
        <translation>Registro guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="611"/>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_editor.py" line="612"/>
        <source>You changed this record. Close without saving the changes?</source>
        <translation>Cambió este registro. ¿Cerrar sin guardar los cambios?</translation>
    </message>
</context>
<context>
    <name>MarcFieldsModel</name>
    <message>
        <location filename="../../ui/catalog/marc_fields_model.py" line="45"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_fields_model.py" line="46"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_fields_model.py" line="47"/>
        <source>Ind 1</source>
        <translation>Ind 1</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_fields_model.py" line="48"/>
        <source>Ind 2</source>
        <translation>Ind 2</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/marc_fields_model.py" line="49"/>
        <source>Subfields / data</source>
        <translation>Subcampos / datos</translation>
    </message>
</context>
<context>
    <name>NoShowSweeper</name>
    <message>
        <location filename="../../ui/makerspace/no_show_sweep.py" line="42"/>
        <source>Makerspace: released {n} no-show booking(s).</source>
        <translation>Makerspace: se liberaron {n} reserva(s) por ausencia.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/no_show_sweep.py" line="50"/>
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
        <location filename="../../ui/desk/patron_card.py" line="68"/>
        <source>Patron photo</source>
        <translation>Foto del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="74"/>
        <source>Patron name</source>
        <translation>Nombre del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="78"/>
        <source>Patron details</source>
        <translation>Datos del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="83"/>
        <source>Blocks</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="88"/>
        <source>Patron notes</source>
        <translation>Notas del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="103"/>
        <location filename="../../ui/desk/patron_card.py" line="141"/>
        <source>Loans</source>
        <translation>Préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="104"/>
        <source>Holds</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="105"/>
        <location filename="../../ui/desk/patron_card.py" line="245"/>
        <source>Fees</source>
        <translation>Multas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="113"/>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="113"/>
        <source>Renew the selected loan</source>
        <translation>Renovar el préstamo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="114"/>
        <source>Renew all</source>
        <translation>Renovar todo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="114"/>
        <source>Renew all loans</source>
        <translation>Renovar todos los préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="115"/>
        <source>Check in</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="115"/>
        <source>Check in the selected loan</source>
        <translation>Devolver el préstamo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="116"/>
        <source>Lost…</source>
        <translation>Perdido…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="116"/>
        <source>Mark the selected loan lost</source>
        <translation>Marcar como perdido el préstamo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="118"/>
        <source>Claims returned…</source>
        <translation>Dice que lo devolvió…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="118"/>
        <source>Mark the selected loan claims returned</source>
        <translation>Marcar que el usuario dice haber devuelto el préstamo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="121"/>
        <source>Cancel hold</source>
        <translation>Cancelar reserva</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="121"/>
        <source>Cancel the selected hold</source>
        <translation>Cancelar la reserva seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="123"/>
        <source>Take payment…</source>
        <translation>Recibir pago…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="123"/>
        <source>Take a payment on the fee</source>
        <translation>Recibir un pago de la multa</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="124"/>
        <source>Waive…</source>
        <translation>Perdonar…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="124"/>
        <source>Waive the selected fee</source>
        <translation>Perdonar la multa seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="126"/>
        <source>Charge a fee…</source>
        <translation>Cobrar una multa…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="126"/>
        <source>Charge a fee for a damaged or lost item</source>
        <translation>Cobrar una multa por un material dañado o perdido</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="130"/>
        <source>Loans, holds and fees</source>
        <translation>Préstamos, reservas y multas</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="175"/>
        <source>No patron selected</source>
        <translation>Ningún usuario seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="177"/>
        <source>Scan a patron card to check out. Items scanned now are checked in.</source>
        <translation>Escanee un carné para prestar. Los materiales que escanee ahora se devuelven.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="182"/>
        <location filename="../../ui/desk/patron_card.py" line="232"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="191"/>
        <source>Grade {grade}</source>
        <translation>Grado {grade}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="206"/>
        <source>owes {amount}</source>
        <translation>debe {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="211"/>
        <source>Blocked: </source>
        <translation>Bloqueado: </translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="237"/>
        <source>Loans ({n})</source>
        <translation>Préstamos ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="239"/>
        <source>Loans ({n}, {late} overdue)</source>
        <translation>Préstamos ({n}, {late} atrasados)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="241"/>
        <source>Holds ({n})</source>
        <translation>Reservas ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/patron_card.py" line="245"/>
        <source>Fees ({amount})</source>
        <translation>Multas ({amount})</translation>
    </message>
</context>
<context>
    <name>PatronDialog</name>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="44"/>
        <source>{file} is too big for a photo. Pick a smaller image.</source>
        <translation>{file} es demasiado grande para una foto. Elija una imagen más pequeña.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="50"/>
        <source>{file} cannot be read ({reason}).</source>
        <translation>No se puede leer {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="57"/>
        <source>{file} is not a picture this app can read. Use a JPEG or PNG photo.</source>
        <translation>{file} no es una imagen que esta aplicación pueda leer. Use una foto JPEG o PNG.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="93"/>
        <source>Edit patron</source>
        <translation>Editar usuario</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="93"/>
        <source>New patron</source>
        <translation>Usuario nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="101"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="102"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="103"/>
        <source>Card barcode</source>
        <translation>Código del carné</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="104"/>
        <source>Student ID</source>
        <translation>N.º de alumno</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="105"/>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="106"/>
        <source>Homeroom</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="107"/>
        <source>Homeroom teacher</source>
        <translation>Tutor del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="108"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="110"/>
        <source>Guardian email</source>
        <translation>Correo del tutor legal</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="112"/>
        <source>Block reason</source>
        <translation>Motivo del bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="113"/>
        <source>Empty: may borrow</source>
        <translation>Vacío: puede llevarse préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="115"/>
        <source>Patron type</source>
        <translation>Tipo de usuario</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="121"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="127"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="133"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="135"/>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="136"/>
        <source>Choose a photo file</source>
        <translation>Elegir un archivo de foto</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="138"/>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="139"/>
        <source>Remove the photo</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="144"/>
        <source>Patron form message</source>
        <translation>Mensaje del formulario del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="147"/>
        <source>First name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="148"/>
        <source>Last name:</source>
        <translation>Apellidos:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="149"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="150"/>
        <source>Card barcode:</source>
        <translation>Código del carné:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="151"/>
        <source>Student ID (SIS):</source>
        <translation>N.º de alumno (SIS):</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="152"/>
        <source>Grade:</source>
        <translation>Grado:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="153"/>
        <source>Homeroom:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="154"/>
        <source>Homeroom teacher:</source>
        <translation>Tutor del grupo:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="155"/>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="156"/>
        <source>Guardian email:</source>
        <translation>Correo del tutor legal:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="157"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="158"/>
        <source>Blocked because:</source>
        <translation>Bloqueado porque:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="159"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="192"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="212"/>
        <source>Patron photo</source>
        <translation>Foto del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="212"/>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="237"/>
        <source>Type the patron&apos;s name.</source>
        <translation>Escriba el nombre del usuario.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_dialog.py" line="240"/>
        <source>Scan or type the patron&apos;s card barcode.</source>
        <translation>Escanee o escriba el código del carné del usuario.</translation>
    </message>
</context>
<context>
    <name>PatronListModel</name>
    <message>
        <location filename="../../ui/patrons/patron_model.py" line="99"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_model.py" line="100"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_model.py" line="101"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_model.py" line="102"/>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_model.py" line="103"/>
        <source>Homeroom</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_model.py" line="104"/>
        <source>Teacher</source>
        <translation>Profesor</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patron_model.py" line="105"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PatronPrivacyDialog</name>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="43"/>
        <source>Privacy: {name}</source>
        <translation>Privacidad: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="45"/>
        <source>Reading history of {name}</source>
        <translation>Historial de lectura de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="46"/>
        <source>Reading history heading</source>
        <translation>Título del historial de lectura</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="49"/>
        <source>Reading history</source>
        <translation>Historial de lectura</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="53"/>
        <source>Privacy status</source>
        <translation>Estado de la privacidad</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="56"/>
        <source>Export for the family…</source>
        <translation>Exportar para la familia…</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="57"/>
        <source>Export everything about this patron</source>
        <translation>Exportar todo lo de este usuario</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="59"/>
        <source>Delete personal data…</source>
        <translation>Borrar los datos personales…</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="60"/>
        <source>Delete this patron&apos;s personal data</source>
        <translation>Borrar los datos personales de este usuario</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="62"/>
        <location filename="../../ui/care/patron_privacy.py" line="63"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="88"/>
        <source>returned {day}</source>
        <translation>devuelto el {day}</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="90"/>
        <source>still out</source>
        <translation>aún prestado</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="95"/>
        <source>No loans linked to this patron (older ones may have been anonymised).</source>
        <translation>No hay préstamos vinculados a este usuario (los más antiguos pueden haberse anonimizado).</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="100"/>
        <source>Save the patron&apos;s record</source>
        <translation>Guardar el expediente del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="113"/>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="120"/>
        <source>Delete personal data</source>
        <translation>Borrar los datos personales</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="122"/>
        <source>Remove this patron&apos;s name, card and contact details for good? Their past loans stay only as anonymous counts. This cannot be undone.</source>
        <translation>¿Quitar para siempre el nombre, el carné y los datos de contacto de este usuario? Sus préstamos pasados quedan solo como recuentos anónimos. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/care/patron_privacy.py" line="138"/>
        <source>Deleted. {n} past loan(s) remain as anonymous counts.</source>
        <translation>Borrado. {n} préstamo(s) pasado(s) quedan como recuentos anónimos.</translation>
    </message>
</context>
<context>
    <name>PatronStatus</name>
    <message>
        <location filename="../../ui/patrons/statuses.py" line="9"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/statuses.py" line="10"/>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/statuses.py" line="11"/>
        <source>graduated</source>
        <translation>graduado</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/statuses.py" line="12"/>
        <source>left</source>
        <translation>dado de baja</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/statuses.py" line="13"/>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
</context>
<context>
    <name>PatronsSection</name>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="66"/>
        <source>Find patrons</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="68"/>
        <source>Find by name, card barcode, student ID, homeroom or teacher</source>
        <translation>Buscar por nombre, código del carné, n.º de alumno, grupo o profesor</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="71"/>
        <source>Include inactive</source>
        <translation>Incluir inactivos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="72"/>
        <source>Include inactive patrons</source>
        <translation>Incluir usuarios inactivos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="74"/>
        <source>Number of patrons found</source>
        <translation>Número de usuarios encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="75"/>
        <source>New patron…</source>
        <translation>Usuario nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="76"/>
        <source>Add a new patron</source>
        <translation>Añadir un usuario nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="77"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="78"/>
        <source>Edit the selected patron</source>
        <translation>Editar el usuario seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="79"/>
        <source>Privacy…</source>
        <translation>Privacidad…</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="81"/>
        <source>Reading history, family&apos;s copy or deletion of the selected patron</source>
        <translation>Historial de lectura, copia para la familia o borrado del usuario seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="83"/>
        <source>Import roster…</source>
        <translation>Importar lista de alumnos…</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="84"/>
        <source>Import the student roster</source>
        <translation>Importar la lista de alumnos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="85"/>
        <source>Undo last roster import</source>
        <translation>Deshacer la última importación de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="86"/>
        <source>Undo the last roster import</source>
        <translation>Deshacer la última importación de la lista de alumnos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="89"/>
        <source>Patrons message</source>
        <translation>Mensaje de usuarios</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="94"/>
        <source>Patrons</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="172"/>
        <source>{n} patrons</source>
        <translation>{n} usuarios</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="216"/>
        <location filename="../../ui/patrons/patrons_screen.py" line="231"/>
        <source>Pick a patron in the list first.</source>
        <translation>Elija primero un usuario de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="255"/>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="276"/>
        <source>There is no roster import to undo.</source>
        <translation>No hay ninguna importación de la lista que deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="281"/>
        <source>Undo roster import</source>
        <translation>Deshacer la importación de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/patrons_screen.py" line="283"/>
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
        <location filename="../../ui/catalog/marc_editor.py" line="114"/>
        <source>{what} position {span}: {label}</source>
        <translation>{what} posición {span}: {label}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="64"/>
        <source>first_name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="65"/>
        <source>last_name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="66"/>
        <source>grade</source>
        <translation>grado</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="67"/>
        <source>homeroom</source>
        <translation>grupo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="68"/>
        <source>homeroom_teacher</source>
        <translation>tutor del grupo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="69"/>
        <source>barcode</source>
        <translation>código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="70"/>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="71"/>
        <source>guardian_email</source>
        <translation>correo del tutor legal</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="72"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="73"/>
        <source>patron_type</source>
        <translation>tipo de usuario</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="89"/>
        <source>new patron</source>
        <translation>usuario nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="91"/>
        <source>not in the file: will be made inactive</source>
        <translation>no está en el archivo: se desactivará</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="101"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="239"/>
        <source>What will change</source>
        <translation>Qué va a cambiar</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="240"/>
        <source>Nothing has changed yet. Check the lists, then Import.</source>
        <translation>Todavía no ha cambiado nada. Revise las listas y luego pulse Importar.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="243"/>
        <source>Roster preview summary</source>
        <translation>Resumen de la vista previa de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="246"/>
        <source>Preview progress</source>
        <translation>Progreso de la vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="248"/>
        <source>Roster changes</source>
        <translation>Cambios de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="251"/>
        <source>New patrons</source>
        <translation>Usuarios nuevos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="252"/>
        <source>Patrons who moved homeroom or grade</source>
        <translation>Usuarios que cambiaron de grupo o de grado</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="253"/>
        <source>Patrons with other changes</source>
        <translation>Usuarios con otros cambios</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="254"/>
        <source>Patrons missing from the file</source>
        <translation>Usuarios que no están en el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="259"/>
        <source>Student ID</source>
        <translation>N.º de alumno</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="260"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="261"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="272"/>
        <source>Make students missing from the file inactive</source>
        <translation>Desactivar a los alumnos que no están en el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="274"/>
        <source>Make missing students inactive</source>
        <translation>Desactivar a los alumnos que faltan</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="278"/>
        <source>Rows that could not be read</source>
        <translation>Filas que no se pudieron leer</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="290"/>
        <source>Comparing the file with your patrons…</source>
        <translation>Comparando el archivo con sus usuarios…</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="305"/>
        <source>New ({n})</source>
        <translation>Nuevos ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="306"/>
        <source>Moved homeroom or grade ({n})</source>
        <translation>Cambiaron de grupo o de grado ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="307"/>
        <source>Other changes ({n})</source>
        <translation>Otros cambios ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="308"/>
        <source>Missing from the file ({n})</source>
        <translation>No están en el archivo ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="314"/>
        <source>{new} new, {moved} moved, {changed} other changes, {same} unchanged, {missing} not in the file.</source>
        <translation>{new} nuevos, {moved} cambiados de grupo, {changed} otros cambios, {same} sin cambios, {missing} que no están en el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="329"/>
        <source>Line {line}: {message}</source>
        <translation>Línea {line}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="340"/>
        <source>The file is not UTF-8 and was read as Windows-1252 (older Excel): check that accented names look right before you apply.</source>
        <translation>El archivo no está en UTF-8 y se leyó como Windows-1252 (Excel antiguo): compruebe que los nombres con tilde se ven bien antes de aplicar.</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="344"/>
        <source>Read as {encoding}.</source>
        <translation>Leído como {encoding}.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="48"/>
        <source>Reading history</source>
        <translation>Historial de lectura</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="51"/>
        <source>Forget who borrowed an item</source>
        <translation>Olvidar quién se llevó un material</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="52"/>
        <source>Forget who borrowed returned items</source>
        <translation>Olvidar quién se llevó los materiales devueltos</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="55"/>
        <source> days after it is returned</source>
        <translation> días después de devolverlo</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="56"/>
        <source>Days after return</source>
        <translation>Días después de la devolución</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="64"/>
        <source>Counts by grade, homeroom and item type stay for reports. Only the librarian sees a patron&apos;s reading history.</source>
        <translation>Los recuentos por grado, grupo y tipo de material se conservan para los informes. Solo el bibliotecario ve el historial de lectura de un usuario.</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="72"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="73"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="74"/>
        <source>Lock the desk after minutes without use</source>
        <translation>Bloquear el mostrador tras minutos sin uso</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="76"/>
        <source>Lock the desk after:</source>
        <translation>Bloquear el mostrador tras:</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="78"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="79"/>
        <source>Save privacy settings</source>
        <translation>Guardar la configuración de privacidad</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="81"/>
        <location filename="../../ui/care/privacy_page.py" line="82"/>
        <source>Forget old loans now</source>
        <translation>Olvidar ahora los préstamos antiguos</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="90"/>
        <location filename="../../ui/care/privacy_page.py" line="93"/>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="97"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="98"/>
        <source>New staff name</source>
        <translation>Nombre del nuevo miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="100"/>
        <source>New staff role</source>
        <translation>Función del nuevo miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="106"/>
        <source>PIN (4-12 digits)</source>
        <translation>PIN (4-12 cifras)</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="107"/>
        <source>New staff PIN</source>
        <translation>PIN del nuevo miembro del personal</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="108"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="109"/>
        <source>Add staff account</source>
        <translation>Añadir cuenta del personal</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="111"/>
        <source>Turn off selected</source>
        <translation>Desactivar la seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="112"/>
        <source>Turn off the selected staff account</source>
        <translation>Desactivar la cuenta del personal seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="122"/>
        <source>Privacy status</source>
        <translation>Estado de la privacidad</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="128"/>
        <source>Only the librarian can change these settings.</source>
        <translation>Solo el bibliotecario puede cambiar esta configuración.</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="144"/>
        <source> (turned off)</source>
        <translation> (desactivada)</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="149"/>
        <source>No accounts yet: the app opens as the librarian without a PIN.</source>
        <translation>Todavía no hay cuentas: la aplicación se abre como el bibliotecario sin PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="163"/>
        <source>Privacy settings saved.</source>
        <translation>Configuración de privacidad guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="178"/>
        <source>{n} returned loan(s) no longer say who borrowed them.</source>
        <translation>{n} préstamo(s) devuelto(s) ya no dicen quién se los llevó.</translation>
    </message>
    <message>
        <location filename="../../ui/care/privacy_page.py" line="200"/>
        <source>{name} can now sign in.</source>
        <translation>{name} ya puede iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../../ui/catalog/section.py" line="108"/>
        <source>Title details</source>
        <translation>Datos del título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="113"/>
        <source>Copies of this title</source>
        <translation>Ejemplares de este título</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="121"/>
        <source>Edit MARC…</source>
        <translation>Editar MARC…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="122"/>
        <source>Delete title…</source>
        <translation>Borrar título…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="123"/>
        <source>Add copy…</source>
        <translation>Añadir ejemplar…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="124"/>
        <source>Edit copy…</source>
        <translation>Editar ejemplar…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="125"/>
        <source>Withdraw copy…</source>
        <translation>Dar de baja el ejemplar…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="126"/>
        <source>Print label…</source>
        <translation>Imprimir etiqueta…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="127"/>
        <source>Print a label for this copy</source>
        <translation>Imprimir una etiqueta para este ejemplar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="130"/>
        <source>Spine label…</source>
        <translation>Etiqueta de lomo…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="130"/>
        <source>Barcode label…</source>
        <translation>Etiqueta de código de barras…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="144"/>
        <source>&lt;b&gt;Copies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ejemplares&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="165"/>
        <source>&lt;i&gt;Choose a title to see its details and copies.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Elija un título para ver sus datos y ejemplares.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="178"/>
        <source>The catalog is busy with an import; choose the title again soon.</source>
        <translation>El catálogo está ocupado con una importación; vuelva a elegir el título en un momento.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="188"/>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="199"/>
        <source>ISBN: {isbn}</source>
        <translation>ISBN: {isbn}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="201"/>
        <source>LCCN: {lccn}</source>
        <translation>LCCN: {lccn}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="203"/>
        <source>Class: {c}</source>
        <translation>Clasificación: {c}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="208"/>
        <source>Subjects: {subjects}</source>
        <translation>Materias: {subjects}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="213"/>
        <source>From: {source}</source>
        <translation>Procedencia: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="273"/>
        <source>Delete title?</source>
        <translation>¿Borrar el título?</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="274"/>
        <source>Delete this title from the catalog? This cannot be undone.</source>
        <translation>¿Borrar este título del catálogo? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/section.py" line="283"/>
        <source>Not deleted</source>
        <translation>No se borró</translation>
    </message>
</context>
<context>
    <name>RecordTrainingDialog</name>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="112"/>
        <source>Record a training</source>
        <translation>Registrar una formación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="114"/>
        <source>Find patron</source>
        <translation>Buscar usuario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="115"/>
        <source>Scan a card or type a name</source>
        <translation>Escanee un carné o escriba un nombre</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="117"/>
        <source>Patron</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="120"/>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="124"/>
        <source>Trained by</source>
        <translation>Formado por</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="128"/>
        <source>Trained on</source>
        <translation>Formado el</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="129"/>
        <source>&amp;Patron:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="131"/>
        <source>&amp;Training:</source>
        <translation>&amp;Formación:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="132"/>
        <source>Trained &amp;by:</source>
        <translation>Formado &amp;por:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="133"/>
        <source>Trained &amp;on:</source>
        <translation>Formado &amp;el:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="147"/>
        <source>Find the patron first: scan their card or type a name.</source>
        <translation>Busque primero al usuario: escanee su carné o escriba un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="149"/>
        <source>Add a training in Settings → Makerspace first.</source>
        <translation>Añada primero una formación en Configuración → Makerspace.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="163"/>
        <source>{name} is certified for {training}.</source>
        <translation>{name} tiene el certificado de {training}.</translation>
    </message>
</context>
<context>
    <name>RepairsTab</name>
    <message>
        <location filename="../../ui/devices/section.py" line="715"/>
        <source>Which tickets</source>
        <translation>Qué órdenes</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="716"/>
        <source>Open tickets</source>
        <translation>Órdenes abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="717"/>
        <source>All tickets</source>
        <translation>Todas las órdenes</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="721"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="722"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="723"/>
        <source>Asset tag</source>
        <translation>Etiqueta de inventario</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="724"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="725"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="726"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="727"/>
        <source>IT ticket</source>
        <translation>Orden de informática</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="728"/>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="732"/>
        <source>Repair tickets</source>
        <translation>Órdenes de reparación</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="734"/>
        <source>IT ticket number</source>
        <translation>Número de orden de informática</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="735"/>
        <source>IT&apos;s ticket number</source>
        <translation>Número de orden de informática</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="745"/>
        <source>Save IT number</source>
        <translation>Guardar número de informática</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="749"/>
        <source>Hand-off PDF for IT…</source>
        <translation>PDF de entrega para informática…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="750"/>
        <source>Hand-off CSV for IT…</source>
        <translation>CSV de entrega para informática…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="752"/>
        <source>Repair message</source>
        <translation>Mensaje de reparaciones</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="775"/>
        <location filename="../../ui/devices/section.py" line="806"/>
        <source>Choose a ticket first.</source>
        <translation>Elija primero una orden.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="784"/>
        <source>Ticket #{id}: {status}. {tag} is now {device}.</source>
        <translation>Orden n.º {id}: {status}. {tag} está ahora {device}.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="791"/>
        <source>Collect loaner {tag} from the student.</source>
        <translation>Recoja del alumno el dispositivo de reemplazo {tag}.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="795"/>
        <source>A hold is waiting: put it on the hold shelf for {name}.</source>
        <translation>Hay una reserva esperando: póngala en el estante de reservas para {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="829"/>
        <source>Wrote {n} open tickets to {file}.</source>
        <translation>Se escribieron {n} órdenes abiertas en {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="837"/>
        <location filename="../../ui/devices/section.py" line="847"/>
        <source>Hand-off for IT</source>
        <translation>Entrega para informática</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="837"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/section.py" line="847"/>
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
        <location filename="../../ui/reports/settings_page.py" line="51"/>
        <source>School logo file</source>
        <translation>Archivo del logotipo de la escuela</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="52"/>
        <source>a PNG or JPEG shown on every report</source>
        <translation>un PNG o JPEG que aparece en cada informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="53"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="54"/>
        <source>Choose the logo file</source>
        <translation>Elegir el archivo del logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="57"/>
        <source>Barcode type on labels</source>
        <translation>Tipo de código de barras en las etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="63"/>
        <source>Overdue notice texts</source>
        <translation>Textos de los avisos de atraso</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="67"/>
        <source>Notice text in {language}</source>
        <translation>Texto del aviso en {language}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="72"/>
        <source>The first line is the notice&apos;s heading. You can use $student, $homeroom, $teacher, $school, $date and $count; the list of overdue items follows the text.</source>
        <translation>La primera línea es el título del aviso. Puede usar $student, $homeroom, $teacher, $school, $date y $count; la lista de materiales atrasados va después del texto.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="77"/>
        <source>Restore the original text</source>
        <translation>Recuperar el texto original</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="78"/>
        <source>Restore the original notice text</source>
        <translation>Recuperar el texto original del aviso</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="81"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="82"/>
        <source>Save report and label settings</source>
        <translation>Guardar la configuración de informes y etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="85"/>
        <source>Settings status</source>
        <translation>Estado de la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="91"/>
        <source>School logo:</source>
        <translation>Logotipo de la escuela:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="92"/>
        <source>Barcode type:</source>
        <translation>Tipo de código de barras:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="93"/>
        <source>Overdue notices</source>
        <translation>Avisos de atraso</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="109"/>
        <source>Your own label sheet (measurements in inches)</source>
        <translation>Su propia hoja de etiquetas (medidas en pulgadas)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="112"/>
        <source>Sheet name</source>
        <translation>Nombre de la hoja</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="113"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="118"/>
        <source>Label width</source>
        <translation>Ancho de la etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="119"/>
        <source>Label height</source>
        <translation>Alto de la etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="120"/>
        <source>Across</source>
        <translation>A lo ancho</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="121"/>
        <source>Down</source>
        <translation>A lo alto</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="122"/>
        <source>Left margin</source>
        <translation>Margen izquierdo</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="123"/>
        <source>Top margin</source>
        <translation>Margen superior</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="124"/>
        <source>Across pitch</source>
        <translation>Paso horizontal</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="125"/>
        <source>Down pitch</source>
        <translation>Paso vertical</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="145"/>
        <source>Add sheet</source>
        <translation>Añadir hoja</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="146"/>
        <source>Add the label sheet</source>
        <translation>Añadir la hoja de etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="154"/>
        <source>School logo</source>
        <translation>Logotipo de la escuela</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="156"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="168"/>
        <source>The logo file was not found. Choose it again.</source>
        <translation>No se encontró el archivo del logotipo. Vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="179"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="185"/>
        <source>My sheet</source>
        <translation>Mi hoja</translation>
    </message>
    <message>
        <location filename="../../ui/reports/settings_page.py" line="206"/>
        <source>Sheet “{name}” added.</source>
        <translation>Hoja «{name}» añadida.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="78"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="86"/>
        <source>What the report shows</source>
        <translation>Lo que muestra el informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="89"/>
        <source>Date range</source>
        <translation>Intervalo de fechas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="91"/>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="92"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="93"/>
        <source>School year so far</source>
        <translation>Lo que va de curso</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="94"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="95"/>
        <source>Next 30 days</source>
        <translation>Próximos 30 días</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="96"/>
        <source>Chosen dates</source>
        <translation>Fechas elegidas</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="101"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="101"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="109"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="115"/>
        <source>Whole district</source>
        <translation>Todo el distrito</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="120"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="121"/>
        <source>Spreadsheet (XLSX)</source>
        <translation>Hoja de cálculo (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="124"/>
        <source>&amp;Run report</source>
        <translation>&amp;Generar informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="125"/>
        <source>Run report</source>
        <translation>Generar informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="127"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="128"/>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="129"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="130"/>
        <location filename="../../ui/reports/reports_tab.py" line="442"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="132"/>
        <source>Report progress</source>
        <translation>Progreso del informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="135"/>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="136"/>
        <source>Stop the report</source>
        <translation>Detener el informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="141"/>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="145"/>
        <source>School:</source>
        <translation>Escuela:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="147"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="148"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="149"/>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="150"/>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="155"/>
        <source>&lt;b&gt;Report&lt;/b&gt;</source>
        <translation>&lt;b&gt;Informe&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="254"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="345"/>
        <source>Making “{title}”…</source>
        <translation>Preparando «{title}»…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="364"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="380"/>
        <source>“{title}” is ready: {pages} page(s).</source>
        <translation>«{title}» está listo: {pages} página(s).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="396"/>
        <source>The report could not be made ({error}). Try again; if it keeps failing, run &apos;lms-desktop check&apos; and tell your IT contact.</source>
        <translation>No se pudo hacer el informe ({error}). Vuelva a intentarlo; si sigue fallando, ejecute &apos;lms-desktop check&apos; y avise a su contacto de informática.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="426"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="427"/>
        <source>Report saved to {path}</source>
        <translation>Informe guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="440"/>
        <source>PDF (*.pdf);;Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;Hoja de cálculo (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="452"/>
        <source>Print “{title}”</source>
        <translation>Imprimir «{title}»</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="455"/>
        <source>Sent {pages} page(s) to the printer.</source>
        <translation>Se enviaron {pages} página(s) a la impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_tab.py" line="460"/>
        <source>Data changed since this report was made: run it again.</source>
        <translation>Los datos cambiaron desde que se hizo este informe: vuelva a generarlo.</translation>
    </message>
</context>
<context>
    <name>RestockDialog</name>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="238"/>
        <source>Restock</source>
        <translation>Reponer</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="240"/>
        <source>Consumable</source>
        <translation>Consumible</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="247"/>
        <source>Quantity arrived</source>
        <translation>Cantidad recibida</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="248"/>
        <source>&amp;Material:</source>
        <translation>&amp;Material:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="249"/>
        <source>&amp;Amount arrived:</source>
        <translation>&amp;Cantidad recibida:</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="254"/>
        <source>Add consumables in Settings → Makerspace first.</source>
        <translation>Añada primero consumibles en Configuración → Makerspace.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="41"/>
        <source>A district database is restored by IT with PostgreSQL&apos;s tools.</source>
        <translation>El departamento de informática restaura las bases de datos del distrito con las herramientas de PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="63"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="68"/>
        <source>What the backup holds</source>
        <translation>Lo que contiene la copia</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="72"/>
        <source>Everything done since this backup was made will be replaced. The database as it is now is kept in the backup folder as before-restore-…, so this can be undone. Close LMS Desktop on any other computer using this database first.</source>
        <translation>Se sustituirá todo lo hecho desde que se hizo esta copia. La base de datos tal como está ahora se guarda en la carpeta de copias como before-restore-…, así que se puede deshacer. Cierre antes LMS Desktop en cualquier otro equipo que use esta base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="78"/>
        <source>What restoring does</source>
        <translation>Qué hace restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="82"/>
        <source>Restore status</source>
        <translation>Estado de la restauración</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="85"/>
        <location filename="../../ui/care/restore_dialog.py" line="86"/>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="89"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="95"/>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="97"/>
        <source>The backup from {when} is {problem}. Choose another one.</source>
        <translation>La copia de {when} está {problem}. Elija otra.</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="101"/>
        <source>{n} titles</source>
        <translation>{n} títulos</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="102"/>
        <source>{n} items</source>
        <translation>{n} materiales</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="103"/>
        <source>{n} patrons</source>
        <translation>{n} usuarios</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="104"/>
        <source>{n} loans</source>
        <translation>{n} préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="105"/>
        <source>{n} open loans</source>
        <translation>{n} préstamos sin devolver</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="106"/>
        <source>{n} journal entries</source>
        <translation>{n} anotaciones del registro</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="108"/>
        <source>Backup from {when}:</source>
        <translation>Copia de {when}:</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="116"/>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="121"/>
        <source>Restored. The database as it was is kept as {kept}.</source>
        <translation>Restaurada. La base de datos como estaba se guarda como {kept}.</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="125"/>
        <source>Backup restored.</source>
        <translation>Copia restaurada.</translation>
    </message>
    <message>
        <location filename="../../ui/care/restore_dialog.py" line="132"/>
        <source>Nothing was restored: {why}</source>
        <translation>No se restauró nada: {why}</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="408"/>
        <source>Check in {tag}</source>
        <translation>Devolver {tag}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="414"/>
        <source>Which components came back?</source>
        <translation>¿Qué componentes volvieron?</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="418"/>
        <source>{name} (replacement {fee})</source>
        <translation>{name} (reposición {fee})</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="427"/>
        <source>Condition now</source>
        <translation>Estado físico ahora</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="434"/>
        <source>Check in</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="448"/>
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
        <location filename="../../ui/patrons/roster_wizard.py" line="428"/>
        <source>Import the student roster</source>
        <translation>Importar la lista de alumnos</translation>
    </message>
    <message>
        <location filename="../../ui/patrons/roster_wizard.py" line="437"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="147"/>
        <source>How your scanner sends a barcode</source>
        <translation>Cómo envía su lector un código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="150"/>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="153"/>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="155"/>
        <source>Enter ends a scan (most scanners)</source>
        <translation>Intro termina una lectura (la mayoría de lectores)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="157"/>
        <source>Enter ends a scan</source>
        <translation>Intro termina una lectura</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="158"/>
        <location filename="../../ui/settings/scanner_page.py" line="160"/>
        <source>Tab ends a scan</source>
        <translation>Tab termina una lectura</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="165"/>
        <source>Longest pause between scanner keys</source>
        <translation>Pausa más larga entre teclas del lector</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="169"/>
        <source>Shortest barcode</source>
        <translation>Código más corto</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="170"/>
        <source>Answer every scan with a sound</source>
        <translation>Responder a cada lectura con un sonido</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="172"/>
        <source>Play sounds</source>
        <translation>Reproducir sonidos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="173"/>
        <source>Prefix sent before each barcode:</source>
        <translation>Prefijo enviado antes de cada código:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="174"/>
        <source>Suffix sent after each barcode:</source>
        <translation>Sufijo enviado después de cada código:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="177"/>
        <source>Longest pause between keys of one scan:</source>
        <translation>Pausa más larga entre teclas de una lectura:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="178"/>
        <source>Shortest barcode:</source>
        <translation>Código más corto:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="181"/>
        <location filename="../../ui/settings/scanner_page.py" line="182"/>
        <source>Save scanner settings</source>
        <translation>Guardar la configuración del lector</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="184"/>
        <location filename="../../ui/settings/scanner_page.py" line="185"/>
        <source>Play the desk&apos;s sounds</source>
        <translation>Reproducir los sonidos del mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="192"/>
        <source>Scanner settings message</source>
        <translation>Mensaje de la configuración del lector</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="196"/>
        <source>Test your scanner</source>
        <translation>Pruebe su lector</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="200"/>
        <source>Click in the box below and scan a barcode. You see every key the scanner types, the pause before it, and the barcode the desk will read.</source>
        <translation>Haga clic en la casilla de abajo y escanee un código. Verá cada tecla que escribe el lector, la pausa antes de ella y el código que leerá el mostrador.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="206"/>
        <source>Scanner test box</source>
        <translation>Casilla de prueba del lector</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="207"/>
        <source>Scan a barcode here</source>
        <translation>Escanee un código aquí</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="211"/>
        <source>Scanner test result</source>
        <translation>Resultado de la prueba del lector</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="216"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="217"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="218"/>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="219"/>
        <source>Pause before (ms)</source>
        <translation>Pausa antes (ms)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="223"/>
        <source>Keys the scanner sent</source>
        <translation>Teclas que envió el lector</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="255"/>
        <source>Saved. The desk uses these settings from the next scan.</source>
        <translation>Guardado. El mostrador usa esta configuración desde la próxima lectura.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="275"/>
        <source>That was a scan: {count} keys in {total:.0f} ms (longest pause {gap:.0f} ms), ended by {end}. The desk reads: {barcode}</source>
        <translation>Eso fue una lectura: {count} teclas en {total:.0f} ms (pausa más larga {gap:.0f} ms), terminada con {end}. El mostrador lee: {barcode}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="280"/>
        <source>That did not look like a scan: {count} keys in {total:.0f} ms (longest pause {gap:.0f} ms), ended by {end}. If this was your scanner, raise the longest pause or check how it ends a barcode. The desk would read: {barcode}</source>
        <translation>Eso no parecía una lectura: {count} teclas en {total:.0f} ms (pausa más larga {gap:.0f} ms), terminada con {end}. Si era su lector, aumente la pausa más larga o revise cómo termina un código. El mostrador leería: {barcode}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/scanner_page.py" line="290"/>
        <source>(nothing readable)</source>
        <translation>(nada legible)</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../ui/settings/school_page.py" line="28"/>
        <source>School name</source>
        <translation>Nombre de la escuela</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="29"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="31"/>
        <source>School name:</source>
        <translation>Nombre de la escuela:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="34"/>
        <source>Database location</source>
        <translation>Ubicación de la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="35"/>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="36"/>
        <source>Backups folder:</source>
        <translation>Carpeta de copias de seguridad:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="39"/>
        <source>Language / Idioma</source>
        <translation>Idioma / Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="40"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="46"/>
        <source>Language / Idioma:</source>
        <translation>Idioma / Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="50"/>
        <source>The new language is used the next time LMS Desktop starts.</source>
        <translation>El nuevo idioma se usa la próxima vez que se abra LMS Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="59"/>
        <source>Language saved: it is used the next time LMS Desktop starts.</source>
        <translation>Idioma guardado: se usará la próxima vez que se abra LMS Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="65"/>
        <source>The school name cannot be empty.</source>
        <translation>El nombre de la escuela no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/school_page.py" line="74"/>
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
        <location filename="../../ui/inventory/shelf_tab.py" line="105"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="227"/>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="107"/>
        <source>Start a new inventory</source>
        <translation>Empezar un inventario nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="109"/>
        <source>any location</source>
        <translation>cualquier ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="110"/>
        <source>Scope: location</source>
        <translation>Alcance: ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="112"/>
        <source>e.g. 500</source>
        <translation>p. ej. 500</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="113"/>
        <source>Scope: call numbers from</source>
        <translation>Alcance: signaturas desde</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="115"/>
        <source>e.g. 599</source>
        <translation>p. ej. 599</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="116"/>
        <source>Scope: call numbers to</source>
        <translation>Alcance: signaturas hasta</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="118"/>
        <source>any type</source>
        <translation>cualquier tipo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="119"/>
        <source>Scope: item type code</source>
        <translation>Alcance: código del tipo de material</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="120"/>
        <source>&amp;Start inventory</source>
        <translation>&amp;Empezar inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="121"/>
        <source>Start inventory</source>
        <translation>Empezar inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="124"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="154"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="187"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="126"/>
        <source>Call numbers from</source>
        <translation>Signaturas desde</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="128"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="130"/>
        <source>Item type</source>
        <translation>Tipo de material</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="134"/>
        <source>Leave everything empty for the whole collection.</source>
        <translation>Deje todo vacío para toda la colección.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="139"/>
        <source>e.g. Shelf 12</source>
        <translation>p. ej. Estante 12</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="140"/>
        <source>Shelf being scanned</source>
        <translation>Estante que se escanea</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="142"/>
        <source>the inventory&apos;s location</source>
        <translation>la ubicación del inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="143"/>
        <source>Location being scanned</source>
        <translation>Ubicación que se escanea</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="145"/>
        <source>Scan a barcode</source>
        <translation>Escanee un código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="146"/>
        <source>Inventory scan field</source>
        <translation>Campo de lectura del inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="148"/>
        <source>Replay scanner &amp;file…</source>
        <translation>Cargar &amp;archivo del lector…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="149"/>
        <source>Replay a scanner-memory file</source>
        <translation>Cargar un archivo de la memoria del lector</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="152"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="171"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="179"/>
        <source>Shelf</source>
        <translation>Estante</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="156"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="175"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="179"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="186"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="159"/>
        <source>Choose or start an inventory, then scan.</source>
        <translation>Elija o empiece un inventario y luego escanee.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="160"/>
        <source>Last scan</source>
        <translation>Última lectura</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="168"/>
        <source>Copies found</source>
        <translation>Ejemplares encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="169"/>
        <source>%v of %m found (%p%)</source>
        <translation>%v de %m encontrados (%p%)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="171"/>
        <source>Found</source>
        <translation>Encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="171"/>
        <source>Expected</source>
        <translation>Esperados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="171"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="172"/>
        <source>Progress by Dewey range</source>
        <translation>Progreso por intervalo Dewey</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="175"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="179"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="184"/>
        <source>Call number</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="175"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="179"/>
        <location filename="../../ui/inventory/shelf_tab.py" line="185"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="175"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="176"/>
        <source>Misshelved copies</source>
        <translation>Ejemplares mal colocados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="180"/>
        <source>Copies out of call-number order</source>
        <translation>Ejemplares fuera del orden de signatura</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="188"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="190"/>
        <source>Missing copies to review</source>
        <translation>Ejemplares extraviados por revisar</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="197"/>
        <source>Inventory lists</source>
        <translation>Listas del inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="198"/>
        <source>Misshelved</source>
        <translation>Mal colocados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="199"/>
        <source>Out of order</source>
        <translation>Fuera de orden</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="204"/>
        <source>Mark selected &amp;lost</source>
        <translation>Marcar los seleccionados como &amp;perdidos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="205"/>
        <source>Mark the selected copies lost</source>
        <translation>Marcar como perdidos los ejemplares seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="207"/>
        <source>&amp;Put selected back on the shelf</source>
        <translation>&amp;Devolver los seleccionados al estante</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="208"/>
        <source>Put the selected copies back</source>
        <translation>Devolver al estante los ejemplares seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="214"/>
        <source>Missing (review)</source>
        <translation>Extraviados (revisar)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="216"/>
        <source>&amp;Close inventory…</source>
        <translation>&amp;Cerrar inventario…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="217"/>
        <source>Close the inventory</source>
        <translation>Cerrar el inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="219"/>
        <source>Inventory &amp;report (PDF)…</source>
        <translation>&amp;Informe del inventario (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="220"/>
        <source>Save the inventory report as PDF</source>
        <translation>Guardar el informe del inventario como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="223"/>
        <source>Inventory status</source>
        <translation>Estado del inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="278"/>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="278"/>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="292"/>
        <source>Start an inventory, then scan.</source>
        <translation>Empiece un inventario y luego escanee.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="295"/>
        <source>Scanning {scope}: type the shelf, then scan each book.</source>
        <translation>Escaneando {scope}: escriba el estante y luego escanee cada libro.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="301"/>
        <source>This inventory is closed: review the missing copies on the right.</source>
        <translation>Este inventario está cerrado: revise los ejemplares extraviados a la derecha.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="354"/>
        <source>Out of order ({n})</source>
        <translation>Fuera de orden ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="355"/>
        <source>Misshelved ({n})</source>
        <translation>Mal colocados ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="356"/>
        <source>Missing (review) ({n})</source>
        <translation>Extraviados (revisar) ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="362"/>
        <source>missing</source>
        <translation>extraviado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="363"/>
        <source>lost</source>
        <translation>perdido</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="364"/>
        <source>restored</source>
        <translation>recuperado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="429"/>
        <source>Started {name}: {n} copies to find. Scan away.</source>
        <translation>Empezado {name}: {n} ejemplares por encontrar. Adelante, escanee.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="492"/>
        <source>just scanned</source>
        <translation>recién escaneado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="500"/>
        <source>Scanner-memory file</source>
        <translation>Archivo de la memoria del lector</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="502"/>
        <source>Scanner files (*.txt *.csv *.dat);;All files (*)</source>
        <translation>Archivos del lector (*.txt *.csv *.dat);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="514"/>
        <source>Cannot read {file}: {why}</source>
        <translation>No se puede leer {file}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="526"/>
        <source>{file}: {scans} scans replayed, {found} copies found, {stray} misshelved, {order} out of order, {unknown} unknown.</source>
        <translation>{file}: {scans} lecturas cargadas, {found} ejemplares encontrados, {stray} mal colocados, {order} fuera de orden, {unknown} desconocidos.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="556"/>
        <source>Close the inventory?</source>
        <translation>¿Cerrar el inventario?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="558"/>
        <source>Copies in “{name}” that were not scanned and should be on the shelf will be marked missing and listed for review. Copies checked in at the desk since the inventory started count as found. Copies on loan and copies outside the inventory are not touched. Close it now?</source>
        <translation>Los ejemplares de «{name}» que no se escanearon y deberían estar en el estante se marcarán como extraviados y se listarán para revisarlos. Los ejemplares devueltos en el mostrador desde que empezó el inventario cuentan como encontrados. Los ejemplares prestados y los que están fuera del inventario no se tocan. ¿Cerrarlo ahora?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="578"/>
        <source>Closed: {found} of {expected} found, {missing} missing (see Missing), {stray} misshelved.</source>
        <translation>Cerrado: {found} de {expected} encontrados, {missing} extraviados (vea Extraviados), {stray} mal colocados.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="588"/>
        <source>{n} copies not scanned were checked in at the desk during the inventory: counted as found.</source>
        <translation>{n} ejemplares sin escanear se devolvieron en el mostrador durante el inventario: cuentan como encontrados.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="604"/>
        <source>Select copies in the Missing list first.</source>
        <translation>Seleccione primero ejemplares en la lista de extraviados.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="612"/>
        <source>{n} copies changed.</source>
        <translation>{n} ejemplares cambiados.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="624"/>
        <source>Save the inventory report</source>
        <translation>Guardar el informe del inventario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="626"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/shelf_tab.py" line="647"/>
        <source>Report saved to {path}.</source>
        <translation>Informe guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/care/sign_in.py" line="129"/>
        <source>{name} signed in.</source>
        <translation>{name} inició sesión.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/care/sign_in.py" line="57"/>
        <location filename="../../ui/care/sign_in.py" line="119"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="57"/>
        <location filename="../../ui/care/sign_in.py" line="98"/>
        <location filename="../../ui/care/sign_in.py" line="99"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="63"/>
        <source>The desk was locked after a while without use. {name}, type your PIN to go on, or sign in as someone else.</source>
        <translation>El mostrador se bloqueó tras un rato sin uso. {name}, escriba su PIN para seguir o inicie sesión como otra persona.</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="67"/>
        <source>Choose your name and type your PIN.</source>
        <translation>Elija su nombre y escriba su PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="70"/>
        <source>Sign-in instructions</source>
        <translation>Instrucciones para iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="76"/>
        <source>Staff name</source>
        <translation>Nombre del personal</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="85"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="86"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="87"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/care/sign_in.py" line="93"/>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SruTargetsPage</name>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="55"/>
        <source>Copy cataloging finds ready-made records on these SRU servers. The Library of Congress is free for everyone; your district or state may run its own.</source>
        <translation>La catalogación por copia busca registros ya hechos en estos servidores SRU. El de la Biblioteca del Congreso es gratuito para todos; su distrito o estado puede tener el suyo.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="61"/>
        <source>Copy-cataloging servers</source>
        <translation>Servidores de catalogación por copia</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="65"/>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="67"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="70"/>
        <source>Record schema</source>
        <translation>Esquema de registro</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="71"/>
        <location filename="../../ui/catalog/sru_settings_page.py" line="72"/>
        <source>Search this server</source>
        <translation>Buscar en este servidor</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="76"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="78"/>
        <source>New server</source>
        <translation>Servidor nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="79"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="80"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="81"/>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="83"/>
        <source>Add Library of Congress</source>
        <translation>Añadir la Biblioteca del Congreso</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="87"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="88"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="89"/>
        <source>Record &amp;schema:</source>
        <translation>&amp;Esquema de registro:</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="128"/>
        <source>{name} (off)</source>
        <translation>{name} (desactivado)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="162"/>
        <source>Unnamed server</source>
        <translation>Servidor sin nombre</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="184"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="196"/>
        <source>{name} removed.</source>
        <translation>{name} quitado.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="211"/>
        <source>Asking {name}…</source>
        <translation>Preguntando a {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/sru_settings_page.py" line="221"/>
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
        <location filename="../../ui/devices/dialogs.py" line="650"/>
        <source>Repair ticket for {tag}</source>
        <translation>Orden de reparación de {tag}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="653"/>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="654"/>
        <source>What is wrong, as IT should read it</source>
        <translation>Qué falla, tal como debe leerlo informática</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="657"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="659"/>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="661"/>
        <source>High — the student cannot work at all</source>
        <translation>Alto — el alumno no puede trabajar nada</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="662"/>
        <source>Medium — works, with a real problem</source>
        <translation>Medio — funciona, con un problema real</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="663"/>
        <source>Low — cosmetic or minor</source>
        <translation>Bajo — estético o menor</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="666"/>
        <source>High — needed today (testing, only device)</source>
        <translation>Alta — se necesita hoy (exámenes, único dispositivo)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="667"/>
        <source>Medium — needed this week</source>
        <translation>Media — se necesita esta semana</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="668"/>
        <source>Low — whenever IT can</source>
        <translation>Baja — cuando informática pueda</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="676"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="679"/>
        <source>Symptom:</source>
        <translation>Síntoma:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="680"/>
        <source>Impact:</source>
        <translation>Impacto:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="681"/>
        <source>Urgency:</source>
        <translation>Urgencia:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="682"/>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="687"/>
        <source>Open ticket</source>
        <translation>Abrir orden</translation>
    </message>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="696"/>
        <source>{n} — {name}</source>
        <translation>{n} — {name}</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <location filename="../../ui/context.py" line="56"/>
        <source>Librarian</source>
        <translation>Bibliotecario/a</translation>
    </message>
</context>
<context>
    <name>Webcam</name>
    <message>
        <location filename="../../ui/devices/webcam.py" line="18"/>
        <source>No webcam was found. Plug one in, or take the photo with a phone and add the file.</source>
        <translation>No se encontró ninguna cámara web. Conecte una o tome la foto con un teléfono y añada el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/webcam.py" line="35"/>
        <source>Take a photo</source>
        <translation>Tomar una foto</translation>
    </message>
    <message>
        <location filename="../../ui/devices/webcam.py" line="38"/>
        <location filename="../../ui/devices/webcam.py" line="39"/>
        <source>Take photo</source>
        <translation>Tomar foto</translation>
    </message>
    <message>
        <location filename="../../ui/devices/webcam.py" line="68"/>
        <location filename="../../ui/devices/webcam.py" line="77"/>
        <source>Webcam</source>
        <translation>Cámara web</translation>
    </message>
    <message>
        <location filename="../../ui/devices/webcam.py" line="69"/>
        <source>Webcam support is not installed. Add a photo file.</source>
        <translation>La compatibilidad con cámaras web no está instalada. Añada un archivo de foto.</translation>
    </message>
</context>
<context>
    <name>WeedingTab</name>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="162"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="163"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="164"/>
        <source>Older than (years)</source>
        <translation>Con más de (años)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="165"/>
        <source>Not borrowed in (years)</source>
        <translation>Sin prestar en (años)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="166"/>
        <source>At most loans</source>
        <translation>Como mucho, préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="167"/>
        <source>Condition (poor, damaged…)</source>
        <translation>Estado físico (malo, dañado…)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="168"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="169"/>
        <source>Item type</source>
        <translation>Tipo de material</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="190"/>
        <source>Weeding rules</source>
        <translation>Reglas de expurgo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="194"/>
        <source>&amp;Add rule</source>
        <translation>&amp;Añadir regla</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="195"/>
        <source>Add a weeding rule</source>
        <translation>Añadir una regla de expurgo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="197"/>
        <source>&amp;Remove rule</source>
        <translation>&amp;Quitar regla</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="198"/>
        <source>Remove the selected rule</source>
        <translation>Quitar la regla seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="200"/>
        <source>&amp;CREW defaults</source>
        <translation>Valores &amp;CREW</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="201"/>
        <source>Use the CREW method&apos;s school defaults</source>
        <translation>Usar los valores escolares del método CREW</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="203"/>
        <source>&amp;Find candidates</source>
        <translation>&amp;Buscar candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="204"/>
        <source>Find weeding candidates</source>
        <translation>Buscar candidatos al expurgo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="215"/>
        <source>Weeding candidates</source>
        <translation>Candidatos al expurgo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="237"/>
        <source>outdated</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="238"/>
        <source>worn or damaged</source>
        <translation>gastado o dañado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="239"/>
        <source>not used</source>
        <translation>sin uso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="240"/>
        <source>duplicate copy</source>
        <translation>ejemplar duplicado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="241"/>
        <source>superseded by a new edition</source>
        <translation>sustituido por una edición nueva</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="244"/>
        <source>Reason for withdrawal</source>
        <translation>Motivo de la baja</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="245"/>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="246"/>
        <source>Select every candidate</source>
        <translation>Seleccionar todos los candidatos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="248"/>
        <source>&amp;Withdraw selected…</source>
        <translation>Dar de &amp;baja los seleccionados…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="249"/>
        <source>Withdraw the selected copies</source>
        <translation>Dar de baja los ejemplares seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="254"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="257"/>
        <source>Pick rules (or the CREW defaults) and find the candidates.</source>
        <translation>Elija reglas (o los valores CREW) y busque los candidatos.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="258"/>
        <source>Weeding status</source>
        <translation>Estado del expurgo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="265"/>
        <source>A copy is a candidate when every test of one rule holds. Empty cells are not tested; a range alone is not enough.</source>
        <translation>Un ejemplar es candidato cuando cumple todas las pruebas de una regla. Las celdas vacías no se prueban; un intervalo solo no basta.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="318"/>
        <source>Rule {n}: “{text}” is not a whole number of years or loans.</source>
        <translation>Regla {n}: «{text}» no es un número entero de años o préstamos.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="355"/>
        <source>Looking through the collection…</source>
        <translation>Revisando la colección…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/inventory/weeding_tab.py" line="366"/>
        <source>%n candidate(s).</source>
        <translation>
            <numerusform>%n candidato.</numerusform>
            <numerusform>%n candidatos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="379"/>
        <source>Select the copies to withdraw first.</source>
        <translation>Seleccione primero los ejemplares que quiere dar de baja.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="383"/>
        <source>Withdraw copies?</source>
        <translation>¿Dar de baja los ejemplares?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="385"/>
        <source>Withdraw {n} copies as “{reason}”? They leave the shelves and the catalog&apos;s availability; their loan history stays in the statistics and the weeding log.</source>
        <translation>¿Dar de baja {n} ejemplares por «{reason}»? Salen de los estantes y de la disponibilidad del catálogo; su historial de préstamos queda en las estadísticas y en el registro de expurgo.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="401"/>
        <source>{n} copies withdrawn.</source>
        <translation>{n} ejemplares dados de baja.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/weeding_tab.py" line="403"/>
        <source>Skipped: {list}</source>
        <translation>Omitidos: {list}</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="89"/>
        <source>Week schedule</source>
        <translation>Horario de la semana</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="91"/>
        <source>Bookings by day and period. Double-click an empty slot to book it.</source>
        <translation>Reservas por día y periodo. Haga doble clic en un hueco libre para reservarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="349"/>
        <source>No school</source>
        <translation>Sin clase</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="355"/>
        <source>{letter}-day</source>
        <translation>Día {letter}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="371"/>
        <source>P{name}</source>
        <translation>P{name}</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="424"/>
        <source>awaiting approval</source>
        <translation>pendiente de aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="425"/>
        <source>waitlist</source>
        <translation>lista de espera</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="426"/>
        <source>checked in</source>
        <translation>llegada registrada</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="427"/>
        <source>no-show</source>
        <translation>ausencia</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/week_view.py" line="428"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="192"/>
        <source>Weeded (worn or out of date)</source>
        <translation>Expurgado (gastado o desactualizado)</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="193"/>
        <source>Lost and paid for</source>
        <translation>Perdido y pagado</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="194"/>
        <source>Damaged beyond repair</source>
        <translation>Dañado sin arreglo</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="203"/>
        <source>Withdraw copy {barcode}</source>
        <translation>Dar de baja el ejemplar {barcode}</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="206"/>
        <source>Reason for withdrawing</source>
        <translation>Motivo de la baja</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="211"/>
        <source>Copy {barcode} leaves the collection. Its loan history is kept, and it can no longer be checked out.</source>
        <translation>El ejemplar {barcode} sale de la colección. Se conserva su historial de préstamos y ya no se puede prestar.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="222"/>
        <source>Withdraw</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/copy_dialogs.py" line="226"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>YearEndTab</name>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="92"/>
        <source>1. Choose</source>
        <translation>1. Elija</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="95"/>
        <source>New school year&apos;s name</source>
        <translation>Nombre del nuevo curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="99"/>
        <source>New year&apos;s first day</source>
        <translation>Primer día del nuevo curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="103"/>
        <source>New year&apos;s last day</source>
        <translation>Último día del nuevo curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="105"/>
        <source>the highest grade found (12, 8, 5…)</source>
        <translation>el grado más alto que haya (12, 8, 5…)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="106"/>
        <source>Top grade (graduates)</source>
        <translation>Grado más alto (se gradúan)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="108"/>
        <source>Fee policy</source>
        <translation>Política de multas</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="110"/>
        <source>Carry every fee into the new year</source>
        <translation>Pasar todas las multas al nuevo curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="111"/>
        <source>Clear overdue fines, carry lost and damaged</source>
        <translation>Borrar las multas por retraso, pasar las de perdidos y dañados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="112"/>
        <source>Clear every open fee</source>
        <translation>Borrar todas las multas abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="116"/>
        <source>Closed days</source>
        <translation>Días sin clase</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="117"/>
        <source>Clear last year&apos;s closed days</source>
        <translation>Borrar los días sin clase del curso pasado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="118"/>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="119"/>
        <source>no roster: homerooms stay as they are</source>
        <translation>sin lista: los grupos se quedan como están</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="120"/>
        <source>Choose next year&apos;s &amp;roster…</source>
        <translation>Elegir la &amp;lista del próximo curso…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="121"/>
        <source>Choose next year&apos;s roster file</source>
        <translation>Elegir el archivo de la lista del próximo curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="126"/>
        <source>New school year</source>
        <translation>Nuevo curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="127"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="128"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="129"/>
        <source>Top grade</source>
        <translation>Grado más alto</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="130"/>
        <location filename="../../ui/inventory/yearend_tab.py" line="145"/>
        <source>Fees</source>
        <translation>Multas</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="131"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="132"/>
        <source>New homerooms</source>
        <translation>Grupos nuevos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="134"/>
        <source>2. Check the dry run (nothing changes yet)</source>
        <translation>2. Revise la simulación (todavía no cambia nada)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="135"/>
        <source>&amp;Preview the rollover</source>
        <translation>&amp;Simular el cambio de curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="136"/>
        <source>Preview the rollover</source>
        <translation>Simular el cambio de curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="139"/>
        <source>Year-end preview</source>
        <translation>Simulación de fin de curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="142"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="143"/>
        <source>Homeroom</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="144"/>
        <source>Loans</source>
        <translation>Préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="146"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="154"/>
        <source>3. Apply</source>
        <translation>3. Aplique</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="155"/>
        <source>Back up and &amp;apply…</source>
        <translation>Hacer copia y &amp;aplicar…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="156"/>
        <source>Back up and apply the rollover</source>
        <translation>Hacer copia de seguridad y aplicar el cambio de curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="159"/>
        <source>&amp;Undo the last rollover…</source>
        <translation>&amp;Deshacer el último cambio de curso…</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="160"/>
        <source>Undo the last rollover from its backup</source>
        <translation>Deshacer el último cambio de curso desde su copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="163"/>
        <location filename="../../ui/inventory/yearend_tab.py" line="164"/>
        <source>IT has backed up the district server</source>
        <translation>Informática ha hecho la copia de seguridad del servidor del distrito</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="172"/>
        <source>Year-end status</source>
        <translation>Estado del fin de curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="184"/>
        <source>Past years (statistics archived at each rollover)</source>
        <translation>Cursos pasados (estadísticas archivadas en cada cambio de curso)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="186"/>
        <source>Past years</source>
        <translation>Cursos pasados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="189"/>
        <source>School year</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="190"/>
        <source>Rolled over</source>
        <translation>Cambio aplicado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="191"/>
        <source>Checkouts</source>
        <translation>Préstamos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="192"/>
        <source>Borrowers</source>
        <translation>Prestatarios</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="193"/>
        <source>Copies added</source>
        <translation>Ejemplares añadidos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="194"/>
        <source>Withdrawn</source>
        <translation>Dados de baja</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="195"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="253"/>
        <source>Checkouts by grade</source>
        <translation>Préstamos por grado</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="253"/>
        <source>Grade {name}</source>
        <translation>Grado {name}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="254"/>
        <source>Checkouts by item type</source>
        <translation>Préstamos por tipo de material</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="277"/>
        <source>Next year&apos;s roster</source>
        <translation>Lista del próximo curso</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="277"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="289"/>
        <source>{file}: {n} students</source>
        <translation>{file}: {n} alumnos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="305"/>
        <source>The choices changed since the dry run. Preview the rollover again to apply.</source>
        <translation>Las opciones cambiaron desde la simulación. Vuelva a simular el cambio de curso para aplicarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="327"/>
        <source>The choices changed while the dry run was made. Preview the rollover again to apply.</source>
        <translation>Las opciones cambiaron mientras se hacía la simulación. Vuelva a simular el cambio de curso para aplicarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="338"/>
        <source>Dry run ready: {owing} graduating students still have loans or fees.</source>
        <translation>Simulación lista: {owing} alumnos que se gradúan todavía tienen préstamos o multas.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="379"/>
        <source>Graduating (grade {g}) with loans or fees: {n}</source>
        <translation>Se gradúan (grado {g}) con préstamos o multas: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="387"/>
        <source>Left or moved school during the year, still owing: {n}</source>
        <translation>Se fueron o cambiaron de escuela durante el curso y todavía deben: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="395"/>
        <source>Graduating with nothing out: {n}</source>
        <translation>Se gradúan sin nada pendiente: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="399"/>
        <source>Promoted: {n} students</source>
        <translation>Pasan de grado: {n} alumnos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="404"/>
        <source>Grade {a} → {b}: {n}</source>
        <translation>Grado {a} → {b}: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="408"/>
        <source>Grade not understood (left as is): {n}</source>
        <translation>Grado no reconocido (se deja como está): {n}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="413"/>
        <source>Homeroom moves from the roster: {n}</source>
        <translation>Cambios de grupo según la lista: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="415"/>
        <source>Homerooms: no roster chosen, they stay as they are</source>
        <translation>Grupos: no se eligió lista, se quedan como están</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="423"/>
        <source>{new} new students, {missing} not in the roster</source>
        <translation>{new} alumnos nuevos, {missing} que no están en la lista</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="430"/>
        <source>Fees: {cleared} cleared (${amount}), {carried} carried</source>
        <translation>Multas: {cleared} borradas (${amount}), {carried} pasadas</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="438"/>
        <source>Calendar: {old} closes, {new} begins; {n} closed days cleared</source>
        <translation>Calendario: se cierra {old}, empieza {new}; {n} días sin clase borrados</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="442"/>
        <source>Statistics archived for {year}</source>
        <translation>Estadísticas archivadas de {year}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="459"/>
        <source>Roll the school over?</source>
        <translation>¿Cambiar la escuela de curso?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="461"/>
        <source>{old} closes and {new} begins. The library is backed up first. Then {grad} students graduate ({owing} still with loans or fees: they stay on record), the others move up a grade, {moves} homerooms change, and fees: {fees}. This is what the dry run showed. You can undo it from the backup. Go ahead?</source>
        <translation>Se cierra {old} y empieza {new}. Primero se hace una copia de seguridad de la biblioteca. Después {grad} alumnos se gradúan ({owing} todavía con préstamos o multas: siguen en el registro), los demás pasan de grado, {moves} grupos cambian, y multas: {fees}. Es lo que mostró la simulación. Puede deshacerlo desde la copia de seguridad. ¿Seguir?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="480"/>
        <source>Preview the rollover first, then apply it.</source>
        <translation>Simule primero el cambio de curso y después aplíquelo.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="548"/>
        <source>The rollover {named} is undone: the backup taken just before it is put back. Everything done since then (loans, returns, edits) is undone too; the library as it is now is kept in the backup folder. Undo?</source>
        <translation>Se deshace el cambio de curso {named}: se vuelve a poner la copia de seguridad hecha justo antes. Todo lo hecho desde entonces (préstamos, devoluciones, cambios) también se deshace; la biblioteca tal como está ahora se guarda en la carpeta de copias. ¿Deshacer?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="558"/>
        <source>Undo an old rollover?</source>
        <translation>¿Deshacer un cambio de curso antiguo?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="560"/>
        <source>The last rollover in this library is {named}, {days} days ago: a past year&apos;s, not one you just applied. Undoing it puts back a backup that old, and everything done since then is lost (the library as it is now is kept in the backup folder). Restore that old backup anyway?</source>
        <translation>El último cambio de curso de esta biblioteca es {named}, hace {days} días: el de un curso pasado, no uno que acaba de aplicar. Deshacerlo vuelve a poner una copia así de antigua y se pierde todo lo hecho desde entonces (la biblioteca tal como está ahora se guarda en la carpeta de copias). ¿Restaurar esa copia antigua de todos modos?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="569"/>
        <source>Restore the old backup anyway</source>
        <translation>Restaurar la copia antigua de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="576"/>
        <source>Nothing was undone.</source>
        <translation>No se deshizo nada.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="503"/>
        <source>{summary} Backup taken before: {path}</source>
        <translation>{summary} Copia hecha antes: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="528"/>
        <source>No year-end rollover has been applied, so there is nothing to undo.</source>
        <translation>No se ha aplicado ningún cambio de curso, así que no hay nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="537"/>
        <source>{old} → {new}, applied on {day} at {time}</source>
        <translation>{old} → {new}, aplicado el {day} a las {time}</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="546"/>
        <source>Undo the rollover?</source>
        <translation>¿Deshacer el cambio de curso?</translation>
    </message>
    <message>
        <location filename="../../ui/inventory/yearend_tab.py" line="594"/>
        <source>The rollover of {year} is undone ({file} restored).</source>
        <translation>El cambio de curso de {year} está deshecho ({file} restaurado).</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="62"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="68"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="70"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/makerspace/dialogs.py" line="80"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/devices/dialogs.py" line="83"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../bootstrap.py" line="64"/>
        <source>This computer is set to work for the school &apos;{site}&apos; (--site or {variable}), but the database has no such school. Its schools are: {schools}. Start again with one of these codes or numbers, or add the school first with &apos;lms-desktop site add&apos;.</source>
        <translation>Este equipo está configurado para trabajar con la escuela «{site}» (--site o {variable}), pero la base de datos no tiene esa escuela. Sus escuelas son: {schools}. Vuelva a iniciar con uno de esos códigos o números, o añada antes la escuela con &apos;lms-desktop site add&apos;.</translation>
    </message>
    <message>
        <location filename="../../care/backups.py" line="151"/>
        <source>unreadable ({error})</source>
        <translation>ilegible ({error})</translation>
    </message>
    <message>
        <location filename="../../care/backups.py" line="158"/>
        <location filename="../../care/backups.py" line="171"/>
        <source>damaged ({detail})</source>
        <translation>dañada ({detail})</translation>
    </message>
    <message>
        <location filename="../../care/backups.py" line="163"/>
        <source>not an LMS Desktop database</source>
        <translation>irreconocible (no es una base de datos de LMS Desktop)</translation>
    </message>
    <message>
        <location filename="../../care/backups.py" line="233"/>
        <source>Keep between 1 and 60 daily backups.</source>
        <translation>Guarde entre 1 y 60 copias diarias.</translation>
    </message>
    <message>
        <location filename="../../care/backups.py" line="235"/>
        <source>Keep between 1 and 60 weekly backups.</source>
        <translation>Guarde entre 1 y 60 copias semanales.</translation>
    </message>
    <message>
        <location filename="../../care/backups.py" line="237"/>
        <source>Keep between 0 and 120 monthly backups.</source>
        <translation>Guarde entre 0 y 120 copias mensuales.</translation>
    </message>
    <message>
        <location filename="../../care/backups.py" line="267"/>
        <source>Backups cannot be written to {folder} ({why}). Plug in the drive or choose another folder.</source>
        <translation>No se pueden guardar copias de seguridad en {folder} ({why}). Conecte la unidad o elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../care/backups.py" line="283"/>
        <source>This library runs on a district database server; back it up with the server&apos;s own tools (pg_dump) — see docs/DISTRICT.md. Use &apos;lms-desktop export-all&apos; for an open copy of everything.</source>
        <translation>Esta biblioteca funciona en un servidor de base de datos del distrito; haga la copia de seguridad con las herramientas del propio servidor (pg_dump): consulte docs/DISTRICT.md. Use &apos;lms-desktop export-all&apos; para obtener una copia abierta de todo.</translation>
    </message>
    <message>
        <location filename="../../care/backups.py" line="317"/>
        <source>The library database looks damaged, so no backup was made (the older good backups are kept). Run &apos;lms-desktop check&apos; and restore the latest good backup.</source>
        <translation>La base de datos de la biblioteca parece dañada, así que no se hizo ninguna copia (se conservan las copias buenas anteriores). Ejecute &apos;lms-desktop check&apos; y restaure la última copia buena.</translation>
    </message>
    <message>
        <location filename="../../care/backups.py" line="397"/>
        <source>The backup {backup} is gone. Choose another one.</source>
        <translation>La copia {backup} ya no está. Elija otra.</translation>
    </message>
    <message>
        <location filename="../../care/backups.py" line="402"/>
        <source>The backup {name} is {problem}. Choose an older backup.</source>
        <translation>La copia {name} está {problem}. Elija una copia más antigua.</translation>
    </message>
    <message>
        <location filename="../../care/backups.py" line="413"/>
        <source>The backup {name} was made by a newer version of LMS Desktop. Install that version to restore it.</source>
        <translation>La copia {name} se hizo con una versión más reciente de LMS Desktop. Instale esa versión para restaurarla.</translation>
    </message>
    <message>
        <location filename="../../care/cli.py" line="183"/>
        <source>Restoring is for a library on one computer (a SQLite file). A district database is restored with PostgreSQL&apos;s tools; see docs/DISTRICT.md.</source>
        <translation>La restauración es para una biblioteca en un solo equipo (un archivo SQLite). Una base de datos del distrito se restaura con las herramientas de PostgreSQL; consulte docs/DISTRICT.md.</translation>
    </message>
    <message>
        <location filename="../../care/cli.py" line="195"/>
        <source>There is no intact backup in {folder}. Plug in the backup drive or name the folder with --from.</source>
        <translation>No hay ninguna copia intacta en {folder}. Conecte la unidad de las copias o indique la carpeta con --from.</translation>
    </message>
    <message>
        <location filename="../../care/cli.py" line="208"/>
        <source>There is no backup file {path}. Run &apos;lms-desktop backup --list&apos;.</source>
        <translation>No existe el archivo de copia {path}. Ejecute &apos;lms-desktop backup --list&apos;.</translation>
    </message>
    <message>
        <location filename="../../care/cli.py" line="259"/>
        <source>The two PINs differ. Nothing was changed; try again.</source>
        <translation>Los dos PIN no coinciden. No se cambió nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../care/cli.py" line="335"/>
        <source>No patron has the card {barcode}. Check the barcode.</source>
        <translation>Ningún usuario tiene el carné {barcode}. Revise el código de barras.</translation>
    </message>
    <message>
        <location filename="../../care/district.py" line="45"/>
        <source>A school code is short letters and digits, like &apos;north&apos;.</source>
        <translation>Un código de escuela son unas pocas letras y cifras, como «north».</translation>
    </message>
    <message>
        <location filename="../../care/district.py" line="47"/>
        <source>Type the school&apos;s name.</source>
        <translation>Escriba el nombre de la escuela.</translation>
    </message>
    <message>
        <location filename="../../care/district.py" line="50"/>
        <source>There is already a school with the code &apos;{code}&apos;.</source>
        <translation>Ya hay una escuela con el código «{code}».</translation>
    </message>
    <message>
        <location filename="../../care/district.py" line="94"/>
        <source>There is no school &apos;{wanted}&apos; in this database (schools: {known}). Check LMS_SITE, or add the school with &apos;lms-desktop site add&apos;.</source>
        <translation>No hay ninguna escuela «{wanted}» en esta base de datos (escuelas: {known}). Revise LMS_SITE o añada la escuela con &apos;lms-desktop site add&apos;.</translation>
    </message>
    <message>
        <location filename="../../care/export.py" line="91"/>
        <source>The folder {folder} is not empty. Choose an empty folder so nothing is overwritten.</source>
        <translation>La carpeta {folder} no está vacía. Elija una carpeta vacía para que no se sobrescriba nada.</translation>
    </message>
    <message>
        <location filename="../../care/health.py" line="42"/>
        <source>Check the database every 0 (never) to 90 days.</source>
        <translation>La base de datos se revisa cada 0 (nunca) a 90 días.</translation>
    </message>
    <message>
        <location filename="../../care/health.py" line="84"/>
        <source>the file cannot be read: {error}</source>
        <translation>no se puede leer el archivo: {error}</translation>
    </message>
    <message>
        <location filename="../../care/health.py" line="99"/>
        <source>it could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <location filename="../../care/health.py" line="100"/>
        <source>The library database {name} is damaged ({detail}). This happens after a power cut or a failing disk or USB stick.</source>
        <translation>La base de datos de la biblioteca {name} está dañada ({detail}). Esto ocurre tras un corte de luz o cuando falla un disco o una memoria USB.</translation>
    </message>
    <message>
        <location filename="../../care/health.py" line="107"/>
        <source>The latest good backup is from {when}; restoring it brings back everything up to that moment. The damaged file is kept aside.</source>
        <translation>La última copia buena es del {when}; al restaurarla se recupera todo hasta ese momento. El archivo dañado se guarda aparte.</translation>
    </message>
    <message>
        <location filename="../../care/health.py" line="113"/>
        <source>No intact backup was found in {folder}. Plug in the backup drive, or ask your IT department for help; do not delete the damaged file.</source>
        <translation>No se encontró ninguna copia intacta en {folder}. Conecte la unidad de las copias o pida ayuda a su departamento de informática; no borre el archivo dañado.</translation>
    </message>
    <message>
        <location filename="../../care/health.py" line="123"/>
        <location filename="../../circulation/loans.py" line="113"/>
        <location filename="../../inventory/yearend.py" line="700"/>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <location filename="../../care/privacy.py" line="67"/>
        <source>Forget who borrowed what after 0 to 3650 days, or never.</source>
        <translation>El plazo para olvidar quién se llevó qué es de 0 a 3650 días, o nunca.</translation>
    </message>
    <message>
        <location filename="../../care/privacy.py" line="261"/>
        <source>That patron is not in the database. Search for them again.</source>
        <translation>Ese usuario no está en la base de datos. Búsquelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../care/privacy.py" line="337"/>
        <source>{name} still has {count} item(s) out. Check them in or mark them lost before deleting the patron.</source>
        <translation>{name} todavía tiene {count} material(es) en préstamo. Devuélvalos o márquelos como perdidos antes de borrar al usuario.</translation>
    </message>
    <message>
        <location filename="../../care/privacy.py" line="349"/>
        <source>{name} has {count} open fee(s). Collect or waive them before deleting the patron.</source>
        <translation>{name} tiene {count} multa(s) pendiente(s). Cóbrelas o condónelas antes de borrar al usuario.</translation>
    </message>
    <message>
        <location filename="../../catalog/cli.py" line="126"/>
        <source>--match-on {value} is not understood. Use a comma-separated list of control, isbn and lccn, or none.</source>
        <translation>No se entiende --match-on {value}. Use una lista separada por comas de control, isbn y lccn, o none.</translation>
    </message>
    <message>
        <location filename="../../catalog/cli.py" line="204"/>
        <source>--ids {value} is not a list of title numbers such as 12,15,30.</source>
        <translation>--ids {value} no es una lista de números de título como 12,15,30.</translation>
    </message>
    <message>
        <location filename="../../catalog/conformance.py" line="55"/>
        <location filename="../../catalog/validation.py" line="81"/>
        <location filename="../../catalog/validation.py" line="100"/>
        <source>blank</source>
        <translation>blanco</translation>
    </message>
    <message>
        <location filename="../../catalog/conformance.py" line="57"/>
        <source>field {tag}: indicator {which} {value} is not a MARC indicator; set to {shown}</source>
        <translation>campo {tag}: el indicador {which} {value} no es un indicador MARC; se cambió a {shown}</translation>
    </message>
    <message>
        <location filename="../../catalog/conformance.py" line="74"/>
        <source>field {tag}: subfield code {value} is not a MARC code; read as {fixed}</source>
        <translation>campo {tag}: el código de subcampo {value} no es un código MARC; se leyó como {fixed}</translation>
    </message>
    <message>
        <location filename="../../catalog/conformance.py" line="88"/>
        <source>field {tag}: control characters that no MARC format can carry were removed</source>
        <translation>campo {tag}: se quitaron caracteres de control que ningún formato MARC admite</translation>
    </message>
    <message>
        <location filename="../../catalog/conformance.py" line="109"/>
        <source>a field with tag {tag}, which is not a MARC tag, was left out ({start})</source>
        <translation>se dejó fuera un campo con la etiqueta {tag}, que no es una etiqueta MARC ({start})</translation>
    </message>
    <message>
        <location filename="../../catalog/conformance.py" line="120"/>
        <source>field {tag}: a control field had subfields; kept as its text</source>
        <translation>campo {tag}: un campo de control tenía subcampos; se conservó como su texto</translation>
    </message>
    <message>
        <location filename="../../catalog/conformance.py" line="128"/>
        <source>field {tag}: a data field had no subfields; kept as subfield a</source>
        <translation>campo {tag}: un campo de datos no tenía subcampos; se conservó como subcampo a</translation>
    </message>
    <message>
        <location filename="../../catalog/copies.py" line="82"/>
        <source>The barcode is empty. Scan or type the copy&apos;s barcode.</source>
        <translation>El código de barras está vacío. Escanee o escriba el código de barras del ejemplar.</translation>
    </message>
    <message>
        <location filename="../../catalog/copies.py" line="85"/>
        <source>“{start}…” is not a usable barcode (at most {limit} printable characters). Scan the barcode label again.</source>
        <translation>«{start}…» no es un código de barras válido (como máximo {limit} caracteres imprimibles). Escanee otra vez la etiqueta del código de barras.</translation>
    </message>
    <message>
        <location filename="../../catalog/copies.py" line="113"/>
        <source>Barcode {barcode} is already on another item. Check the label, or use a new barcode for this copy.</source>
        <translation>El código de barras {barcode} ya está en otro material. Revise la etiqueta o use un código de barras nuevo para este ejemplar.</translation>
    </message>
    <message>
        <location filename="../../catalog/copies.py" line="121"/>
        <source>Barcode {barcode} is a patron&apos;s library card. Use a book barcode label for this copy.</source>
        <translation>El código de barras {barcode} es el carné de la biblioteca de un usuario. Use una etiqueta de código de barras de libro para este ejemplar.</translation>
    </message>
    <message>
        <location filename="../../catalog/copies.py" line="133"/>
        <location filename="../../inventory/shelf.py" line="248"/>
        <source>There is no item type “{code}”. Choose one of the item types in Settings.</source>
        <translation>No hay ningún tipo de material «{code}». Elija uno de los tipos de material de Configuración.</translation>
    </message>
    <message>
        <location filename="../../catalog/copies.py" line="144"/>
        <source>A price cannot be negative. Type the price paid, or leave it empty.</source>
        <translation>Un precio no puede ser negativo. Escriba el precio pagado o déjelo vacío.</translation>
    </message>
    <message>
        <location filename="../../catalog/copies.py" line="166"/>
        <location filename="../../catalog/records.py" line="256"/>
        <location filename="../../catalog/records.py" line="285"/>
        <location filename="../../catalog/records.py" line="313"/>
        <source>Title #{id} is not in the catalog. Search for it again.</source>
        <translation>El título n.º {id} no está en el catálogo. Búsquelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../catalog/copies.py" line="172"/>
        <source>A new copy cannot start as “{status}”. Choose available.</source>
        <translation>Un ejemplar nuevo no puede empezar como «{status}». Elija «disponible».</translation>
    </message>
    <message>
        <location filename="../../catalog/copies.py" line="196"/>
        <location filename="../../catalog/copies.py" line="277"/>
        <source>Copy #{id} is not in the catalog. Search for it again.</source>
        <translation>El ejemplar n.º {id} no está en el catálogo. Búsquelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../catalog/copies.py" line="232"/>
        <source>A copy that is “{current}” cannot be set to “{status}” here. Check it in at the desk first (or withdraw it).</source>
        <translation>Un ejemplar en estado «{current}» no se puede cambiar a «{status}» aquí. Devuélvalo primero en el mostrador (o dele de baja).</translation>
    </message>
    <message>
        <location filename="../../catalog/copies.py" line="259"/>
        <source>Copy {barcode} is checked out. Check it in first, then withdraw it.</source>
        <translation>El ejemplar {barcode} está prestado. Devuélvalo primero y después dele de baja.</translation>
    </message>
    <message>
        <location filename="../../catalog/exporter.py" line="71"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../catalog/exporter.py" line="73"/>
        <source>{records} titles with {copies} copies written to {path}; {left_out} left out (see the list).</source>
        <translation>{records} títulos con {copies} ejemplares escritos en {path}; {left_out} quedaron fuera (vea la lista).</translation>
    </message>
    <message>
        <location filename="../../catalog/exporter.py" line="81"/>
        <source>{records} titles with {copies} copies written to {path}.</source>
        <translation>{records} títulos con {copies} ejemplares escritos en {path}.</translation>
    </message>
    <message>
        <location filename="../../catalog/exporter.py" line="212"/>
        <source>{path} is a folder. Choose a file name to export to, such as {example}.</source>
        <translation>{path} es una carpeta. Elija un nombre de archivo al que exportar, como {example}.</translation>
    </message>
    <message>
        <location filename="../../catalog/exporter.py" line="242"/>
        <source>title #{id} is over 99,999 bytes or has a field over 9,999 bytes, the ISO 2709 limits; export as MARCXML to include it</source>
        <translation>el título n.º {id} tiene más de 99.999 bytes o un campo de más de 9.999 bytes, los límites de ISO 2709; exporte como MARCXML para incluirlo</translation>
    </message>
    <message>
        <location filename="../../catalog/exporter.py" line="263"/>
        <source>title #{id} could not be written ({error}); open it in the MARC editor, save it, and export again</source>
        <translation>no se pudo escribir el título n.º {id} ({error}); ábralo en el editor MARC, guárdelo y exporte otra vez</translation>
    </message>
    <message>
        <location filename="../../catalog/fast_add.py" line="61"/>
        <source>“{text}” is not a valid ISBN. Check the digits on the back of the book, or leave the ISBN empty.</source>
        <translation>«{text}» no es un ISBN válido. Revise los dígitos de la contracubierta del libro o deje el ISBN vacío.</translation>
    </message>
    <message>
        <location filename="../../catalog/fast_add.py" line="75"/>
        <source>Type the title of the book; it is the one thing a record needs.</source>
        <translation>Escriba el título del libro; es lo único que necesita un registro.</translation>
    </message>
    <message>
        <location filename="../../catalog/holdings.py" line="105"/>
        <source>Write 852, 949, none, or a tag and its subfields such as 949:barcode=i,call=a,location=l,price=p (call and location may name several subfields joined by +; only barcode is required).</source>
        <translation>Escriba 852, 949, none, o una etiqueta y sus subcampos como 949:barcode=i,call=a,location=l,price=p (call y location pueden nombrar varios subcampos unidos con +; solo barcode es obligatorio).</translation>
    </message>
    <message>
        <location filename="../../catalog/holdings.py" line="112"/>
        <location filename="../../circulation/roster.py" line="437"/>
        <source>barcode</source>
        <translation>código de barras</translation>
    </message>
    <message>
        <location filename="../../catalog/holdings.py" line="113"/>
        <source>call</source>
        <translation>signatura</translation>
    </message>
    <message>
        <location filename="../../catalog/holdings.py" line="114"/>
        <source>call number</source>
        <translation>signatura</translation>
    </message>
    <message>
        <location filename="../../catalog/holdings.py" line="115"/>
        <source>location</source>
        <translation>ubicación</translation>
    </message>
    <message>
        <location filename="../../catalog/holdings.py" line="116"/>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <location filename="../../catalog/holdings.py" line="134"/>
        <source>The holdings field “{value}” is not understood. {help}</source>
        <translation>No se entiende el campo de existencias «{value}». {help}</translation>
    </message>
    <message>
        <location filename="../../catalog/holdings.py" line="150"/>
        <source>“{part}” in the holdings field “{value}” is not understood. {help}</source>
        <translation>No se entiende «{part}» en el campo de existencias «{value}». {help}</translation>
    </message>
    <message>
        <location filename="../../catalog/holdings.py" line="159"/>
        <source>{key} is named twice in the holdings field “{value}”.</source>
        <translation>{key} aparece dos veces en el campo de existencias «{value}».</translation>
    </message>
    <message>
        <location filename="../../catalog/holdings.py" line="178"/>
        <source>Copies cannot be read from field {tag}: use 852 or a local field from 900 to 999, such as 949.</source>
        <translation>No se pueden leer ejemplares del campo {tag}: use el 852 o un campo local del 900 al 999, como el 949.</translation>
    </message>
    <message>
        <location filename="../../catalog/holdings.py" line="181"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../catalog/holdings.py" line="193"/>
        <source>“{code}” is not a subfield code (for the {what}). Use letters a–z or digits 0–9.</source>
        <translation>«{code}» no es un código de subcampo (para el dato «{what}»). Use letras a–z o dígitos 0–9.</translation>
    </message>
    <message>
        <location filename="../../catalog/holdings.py" line="202"/>
        <source>The {what} is read from one subfield only; “{text}” names more.</source>
        <translation>El dato «{what}» se lee de un solo subcampo; «{text}» nombra más.</translation>
    </message>
    <message>
        <location filename="../../catalog/holdings.py" line="223"/>
        <source>Say which subfield of {tag} holds the barcode (for example barcode=p): a holdings field becomes a copy only when it has a barcode.</source>
        <translation>Indique qué subcampo del {tag} tiene el código de barras (por ejemplo barcode=p): un campo de existencias solo se convierte en ejemplar cuando tiene código de barras.</translation>
    </message>
    <message>
        <location filename="../../catalog/holdings.py" line="239"/>
        <source>Subfield ${code} of {tag} cannot be both the {first} and the {second}. Choose a different subfield for one of them.</source>
        <translation>El subcampo ${code} del {tag} no puede ser a la vez {first} y {second}. Elija un subcampo distinto para uno de los dos.</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="160"/>
        <source>{file}: no MARC records were found in this file, so nothing was imported. Check that it is a MARC file (.mrc, MARCXML or MarcEdit .mrk): a MODS, Dublin Core or OAI-PMH file without MARC records in it has none.</source>
        <translation>{file}: no se encontraron registros MARC en este archivo, así que no se importó nada. Compruebe que es un archivo MARC (.mrc, MARCXML o MarcEdit .mrk): un archivo MODS, Dublin Core u OAI-PMH sin registros MARC dentro no tiene ninguno.</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="166"/>
        <source>{file}: {read} read, {added} imported, {overlaid} overlaid, {skipped} skipped (already in the catalog), {rejected} rejected; {repaired} repaired; {copies} copies added</source>
        <translation>{file}: {read} leídos, {added} importados, {overlaid} sobrescritos, {skipped} omitidos (ya en el catálogo), {rejected} rechazados; {repaired} reparados; {copies} ejemplares añadidos</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="180"/>
        <source>, {refused} copies refused</source>
        <translation>, {refused} ejemplares rechazados</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="184"/>
        <source>. Cancelled before the end of the file</source>
        <translation>. Cancelado antes del final del archivo</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="307"/>
        <source>There is no item type “{code}” for the imported copies. Choose one of the item types in Settings.</source>
        <translation>No existe el tipo de material «{code}» para los ejemplares importados. Elija uno de los tipos de material de Configuración.</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="360"/>
        <source>the record could not be saved: {error}</source>
        <translation>no se pudo guardar el registro: {error}</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="407"/>
        <source>Matched title #{id} by {key}</source>
        <translation>Coincide con el título n.º {id} por {key}</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="414"/>
        <source>Matched record {number} of this file by {key}</source>
        <translation>Coincide con el registro {number} de este archivo por {key}</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="451"/>
        <source>Copy {barcode} was not added: that barcode is already in use (its {tag} stays in the record)</source>
        <translation>No se añadió el ejemplar {barcode}: ese código de barras ya está en uso (su {tag} se queda en el registro)</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="481"/>
        <source>the record cannot be stored: {error}</source>
        <translation>el registro no se puede guardar: {error}</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="484"/>
        <source>It is over 99,999 bytes, so it is kept as MARCXML</source>
        <translation>Tiene más de 99.999 bytes, así que se guarda como MARCXML</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="503"/>
        <source>the title it matched could not be saved</source>
        <translation>no se pudo guardar el título con el que coincide</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="510"/>
        <source>title #{id} it matched is no longer in the catalog</source>
        <translation>el título n.º {id} con el que coincide ya no está en el catálogo</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="580"/>
        <source>Repaired: {repairs}</source>
        <translation>Reparado: {repairs}</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="582"/>
        <source>Converted from MARC-8 to UTF-8</source>
        <translation>Convertido de MARC-8 a UTF-8</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="592"/>
        <source>control number (001/003)</source>
        <translation>número de control (001/003)</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="621"/>
        <source>The file {path} cannot be opened ({reason}). Check the name and try again.</source>
        <translation>No se puede abrir el archivo {path} ({reason}). Revise el nombre e inténtelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../catalog/importer.py" line="752"/>
        <location filename="../../catalog/read_ahead.py" line="104"/>
        <source>Reading {name} stopped: {reason}. The records before the stop are in the catalog. Check the file (or the drive it is on); {again}</source>
        <translation>La lectura de {name} se detuvo: {reason}. Los registros anteriores a la parada están en el catálogo. Revise el archivo (o la unidad en la que está); {again}</translation>
    </message>
    <message>
        <location filename="../../catalog/marc8.py" line="41"/>
        <source>an escape character at the end of the text was dropped</source>
        <translation>se quitó un carácter de escape al final del texto</translation>
    </message>
    <message>
        <location filename="../../catalog/marc8.py" line="50"/>
        <source>a stray escape character was dropped</source>
        <translation>se quitó un carácter de escape suelto</translation>
    </message>
    <message>
        <location filename="../../catalog/marc8.py" line="58"/>
        <source>an incomplete escape sequence was dropped</source>
        <translation>se quitó una secuencia de escape incompleta</translation>
    </message>
    <message>
        <location filename="../../catalog/marc8.py" line="64"/>
        <source>an escape to unknown character set 0x{final:02X} was ignored</source>
        <translation>se ignoró un escape al juego de caracteres desconocido 0x{final:02X}</translation>
    </message>
    <message>
        <location filename="../../catalog/marc8.py" line="72"/>
        <source>an escape sequence with 0x{byte:02X} was ignored</source>
        <translation>se ignoró una secuencia de escape con 0x{byte:02X}</translation>
    </message>
    <message>
        <location filename="../../catalog/marc8.py" line="89"/>
        <source>a CJK character cut short at the end of the text was dropped</source>
        <translation>se quitó un carácter CJK cortado al final del texto</translation>
    </message>
    <message>
        <location filename="../../catalog/marc8.py" line="100"/>
        <source>control character 0x{byte:02X} was dropped</source>
        <translation>se quitó el carácter de control 0x{byte:02X}</translation>
    </message>
    <message>
        <location filename="../../catalog/marc8.py" line="114"/>
        <source>unknown MARC-8 character 0x{code:X} became “?”</source>
        <translation>el carácter MARC-8 desconocido 0x{code:X} se cambió por «?»</translation>
    </message>
    <message>
        <location filename="../../catalog/marc8.py" line="126"/>
        <source>a diacritic with no letter after it was kept on its own</source>
        <translation>un diacrítico sin letra detrás se conservó suelto</translation>
    </message>
    <message>
        <location filename="../../catalog/marcxml_io.py" line="45"/>
        <source>tag {tag} was read as {read}</source>
        <translation>la etiqueta {tag} se leyó como {read}</translation>
    </message>
    <message>
        <location filename="../../catalog/marcxml_io.py" line="49"/>
        <source>a control field has no valid tag ({tag})</source>
        <translation>un campo de control no tiene una etiqueta válida ({tag})</translation>
    </message>
    <message>
        <location filename="../../catalog/marcxml_io.py" line="51"/>
        <source>a data field has no valid tag ({tag})</source>
        <translation>un campo de datos no tiene una etiqueta válida ({tag})</translation>
    </message>
    <message>
        <location filename="../../catalog/marcxml_io.py" line="65"/>
        <location filename="../../catalog/mrk.py" line="98"/>
        <source>the leader had {length} characters; it was padded or cut to 24</source>
        <translation>la cabecera tenía {length} caracteres; se completó o se cortó a 24</translation>
    </message>
    <message>
        <location filename="../../catalog/marcxml_io.py" line="80"/>
        <source>field {tag}: missing or bad indicators were set to blank</source>
        <translation>campo {tag}: los indicadores que faltaban o eran incorrectos se dejaron en blanco</translation>
    </message>
    <message>
        <location filename="../../catalog/marcxml_io.py" line="89"/>
        <source>a subfield in field {tag} has no valid code ({code})</source>
        <translation>un subcampo del campo {tag} no tiene un código válido ({code})</translation>
    </message>
    <message>
        <location filename="../../catalog/marcxml_io.py" line="97"/>
        <source>field {tag} had no subfields and was left out</source>
        <translation>el campo {tag} no tenía subcampos y se dejó fuera</translation>
    </message>
    <message>
        <location filename="../../catalog/marcxml_io.py" line="109"/>
        <location filename="../../catalog/mrk.py" line="131"/>
        <location filename="../../catalog/reading.py" line="271"/>
        <location filename="../../catalog/reading.py" line="424"/>
        <source>the record has no fields</source>
        <translation>el registro no tiene campos</translation>
    </message>
    <message>
        <location filename="../../catalog/marcxml_io.py" line="156"/>
        <source>the XML is damaged here and the rest of the file cannot be read: {error}</source>
        <translation>el XML está dañado aquí y no se puede leer el resto del archivo: {error}</translation>
    </message>
    <message>
        <location filename="../../catalog/marcxml_io.py" line="166"/>
        <source>the XML is damaged at line {line} ({error}); records around it may be missing from the import</source>
        <translation>el XML está dañado en la línea {line} ({error}); puede que falten en la importación registros de alrededor</translation>
    </message>
    <message>
        <location filename="../../catalog/mrk.py" line="94"/>
        <source>there is no =LDR line</source>
        <translation>no hay ninguna línea =LDR</translation>
    </message>
    <message>
        <location filename="../../catalog/mrk.py" line="123"/>
        <source>field {tag} has no subfields and was left out</source>
        <translation>el campo {tag} no tiene subcampos y se dejó fuera</translation>
    </message>
    <message>
        <location filename="../../catalog/mrk.py" line="126"/>
        <location filename="../../catalog/reading.py" line="155"/>
        <source>field {tag}: MARC-8 {problem}</source>
        <translation>campo {tag}: MARC-8: {problem}</translation>
    </message>
    <message>
        <location filename="../../catalog/mrk.py" line="145"/>
        <source>line {number} is not a MARC field (=TAG  data) and was left out</source>
        <translation>la línea {number} no es un campo MARC (=TAG  datos) y se dejó fuera</translation>
    </message>
    <message>
        <location filename="../../catalog/mrk.py" line="184"/>
        <source>line {number} is not UTF-8; it was read as Windows-1252</source>
        <translation>la línea {number} no está en UTF-8; se leyó como Windows-1252</translation>
    </message>
    <message>
        <location filename="../../catalog/read_ahead.py" line="53"/>
        <source>To add the rest, import the file again with “Skip” for titles already in the catalog: the ones saved before the stop are recognised and skipped.</source>
        <translation>Para añadir el resto, importe el archivo otra vez con «Omitir» para los títulos que ya están en el catálogo: los guardados antes de la parada se reconocen y se omiten.</translation>
    </message>
    <message>
        <location filename="../../catalog/read_ahead.py" line="87"/>
        <source>Reading {name} stopped unexpectedly. The records before the stop are in the catalog. {again}</source>
        <translation>La lectura de {name} se detuvo de forma inesperada. Los registros anteriores a la parada están en el catálogo. {again}</translation>
    </message>
    <message>
        <location filename="../../catalog/read_ahead.py" line="146"/>
        <source>the reader failed ({kind}: {error})</source>
        <translation>falló el proceso de lectura ({kind}: {error})</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="49"/>
        <source>record {number} (byte {offset})</source>
        <translation>registro {number} (byte {offset})</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="51"/>
        <source>record {number} (line {line})</source>
        <translation>registro {number} (línea {line})</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="52"/>
        <source>record {number}</source>
        <translation>registro {number}</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="134"/>
        <source>field {tag}: a stray record or field terminator inside it was removed</source>
        <translation>campo {tag}: se quitó un terminador de registro o de campo suelto dentro de él</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="146"/>
        <source>field {tag}: bytes that are not UTF-8 were read as Windows-1252</source>
        <translation>campo {tag}: los bytes que no son UTF-8 se leyeron como Windows-1252</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="170"/>
        <source>the leader is not a MARC leader (it holds binary data)</source>
        <translation>la cabecera no es una cabecera MARC (contiene datos binarios)</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="172"/>
        <source>the leader had unreadable characters at position {positions}; they were set to blank</source>
        <translation>la cabecera tenía caracteres ilegibles en la posición {positions}; se dejaron en blanco</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="239"/>
        <source>the record is only {length} bytes long (a leader alone is 24)</source>
        <translation>el registro solo tiene {length} bytes (solo la cabecera tiene 24)</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="244"/>
        <source>the record has no directory (no field terminator found)</source>
        <translation>el registro no tiene directorio (no se encontró ningún terminador de campo)</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="248"/>
        <source>leader/12-16 base address {base} was wrong; the data starts at byte {start}</source>
        <translation>la dirección base {base} de la cabecera/12-16 era incorrecta; los datos empiezan en el byte {start}</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="264"/>
        <source>directory offsets past 99,999 bytes were read as wider numbers</source>
        <translation>las posiciones del directorio más allá de 99.999 bytes se leyeron como números más largos</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="277"/>
        <source>the directory was broken; each field&apos;s tag was found in it by the field&apos;s length and position</source>
        <translation>el directorio estaba roto; la etiqueta de cada campo se encontró en él por la longitud y la posición del campo</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="285"/>
        <location filename="../../catalog/reading.py" line="311"/>
        <source>field {tag} was cut off where the file ends and was left out</source>
        <translation>el campo {tag} quedó cortado donde termina el archivo y se dejó fuera</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="300"/>
        <source>the directory is broken ({length} bytes, {entries} entries) and its tags cannot be matched to the {fields} fields in the record</source>
        <translation>el directorio está roto ({length} bytes, {entries} entradas) y sus etiquetas no se pueden emparejar con los {fields} campos del registro</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="308"/>
        <source>the directory was broken; fields were recovered from their terminators</source>
        <translation>el directorio estaba roto; los campos se recuperaron a partir de sus terminadores</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="386"/>
        <source>the leader says UTF-8 but the text is {code_page}; it was read as such</source>
        <translation>la cabecera dice UTF-8 pero el texto está en {code_page}; se leyó así</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="394"/>
        <source>leader/09 {coding} is not a MARC encoding; the text was checked</source>
        <translation>la cabecera/09 {coding} no es una codificación MARC; se comprobó el texto</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="404"/>
        <source>the leader says MARC-8 but the text is UTF-8; it was read as UTF-8</source>
        <translation>la cabecera dice MARC-8 pero el texto está en UTF-8; se leyó como UTF-8</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="410"/>
        <source>the text is neither UTF-8 nor MARC-8; it was read as {code_page}</source>
        <translation>el texto no está en UTF-8 ni en MARC-8; se leyó como {code_page}</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="416"/>
        <source>the leader says UTF-8 but the text is MARC-8; it was converted</source>
        <translation>la cabecera dice UTF-8 pero el texto está en MARC-8; se convirtió</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="447"/>
        <source>unknown character encoding: the text is neither UTF-8 nor MARC-8, and no single-byte code page reads it as words ({scores} of its letters do); ask the supplier for the file in UTF-8 or MARC-8</source>
        <translation>codificación de caracteres desconocida: el texto no está en UTF-8 ni en MARC-8, y ninguna página de códigos de un byte lo lee como palabras ({scores} de sus letras); pida al proveedor el archivo en UTF-8 o MARC-8</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="471"/>
        <source>leader/10-11 {value} set to &apos;22&apos; (indicator and code lengths)</source>
        <translation>la cabecera/10-11 {value} se cambió a &apos;22&apos; (longitudes de indicador y de código)</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="479"/>
        <source>leader/20-23 {value} set to &apos;4500&apos; (directory map)</source>
        <translation>la cabecera/20-23 {value} se cambió a &apos;4500&apos; (mapa del directorio)</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="495"/>
        <source>leader position {positions} held an invalid character and was set to its default</source>
        <translation>la posición {positions} de la cabecera tenía un carácter no válido y se cambió a su valor por defecto</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="511"/>
        <source>field {tag}: {count} indicators; the first two were kept</source>
        <translation>campo {tag}: {count} indicadores; se conservaron los dos primeros</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="519"/>
        <source>field {tag}: missing indicators were set to blank</source>
        <translation>campo {tag}: los indicadores que faltaban se dejaron en blanco</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="522"/>
        <source>field {tag}: unreadable indicators were set to blank</source>
        <translation>campo {tag}: los indicadores ilegibles se dejaron en blanco</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="543"/>
        <source>field {tag}: a subfield delimiter inside non-Latin MARC-8 text was read as the letter it had replaced</source>
        <translation>campo {tag}: un delimitador de subcampo dentro de texto MARC-8 no latino se leyó como la letra a la que había sustituido</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="554"/>
        <source>field {tag}: subfield code {code} is not a letter or digit</source>
        <translation>campo {tag}: el código de subcampo {code} no es una letra ni un dígito</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="563"/>
        <source>field {tag}: a subfield began with a non-ASCII character; it was read as subfield {code}</source>
        <translation>campo {tag}: un subcampo empezaba con un carácter no ASCII; se leyó como subcampo {code}</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="821"/>
        <source>the leader gives the record length as {length}; the record ends at byte {end} instead</source>
        <translation>la cabecera da {length} como longitud del registro; en cambio, el registro termina en el byte {end}</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="829"/>
        <source>the file ends in the middle of this record (no record terminator)</source>
        <translation>el archivo termina en mitad de este registro (sin terminador de registro)</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="835"/>
        <source>this file is JSON (MARC-in-JSON or MARC-JSON), which the catalog does not import; save the records as MARC (.mrc), MARCXML (.xml) or MarcEdit (.mrk) and import that</source>
        <translation>este archivo es JSON (MARC-in-JSON o MARC-JSON), que el catálogo no importa; guarde los registros como MARC (.mrc), MARCXML (.xml) o MarcEdit (.mrk) e importe ese archivo</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="857"/>
        <location filename="../../catalog/sru.py" line="337"/>
        <location filename="../../circulation/fees.py" line="206"/>
        <source>{what} ({note})</source>
        <translation>{what} ({note})</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="862"/>
        <source>the record cannot be read: {error}</source>
        <translation>el registro no se puede leer: {error}</translation>
    </message>
    <message>
        <location filename="../../catalog/reading.py" line="867"/>
        <source>{note}; the record is incomplete</source>
        <translation>{note}; el registro está incompleto</translation>
    </message>
    <message>
        <location filename="../../catalog/records.py" line="86"/>
        <source>This record&apos;s leader is shorter than 24 characters. Fix the leader in the MARC editor, then save again.</source>
        <translation>La cabecera de este registro tiene menos de 24 caracteres. Corrija la cabecera en el editor MARC y guarde otra vez.</translation>
    </message>
    <message>
        <location filename="../../catalog/records.py" line="115"/>
        <source>This title has no MARC record stored. Re-import or re-catalog it.</source>
        <translation>Este título no tiene ningún registro MARC guardado. Vuelva a importarlo o a catalogarlo.</translation>
    </message>
    <message>
        <location filename="../../catalog/records.py" line="292"/>
        <source>This title still has {copies} copies. Withdraw or delete its copies first, then delete the title.</source>
        <translation>Este título todavía tiene {copies} ejemplares. Dé de baja o elimine primero sus ejemplares y después elimine el título.</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="80"/>
        <source>This record could not be read. Try another result.</source>
        <translation>No se pudo leer este registro. Pruebe con otro resultado.</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="113"/>
        <source>&apos;{url}&apos; is not a web address. An SRU target looks like {example} (http:// or https://, server, port and database).</source>
        <translation>«{url}» no es una dirección web. Un servidor SRU tiene esta forma: {example} (http:// o https://, servidor, puerto y base de datos).</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="133"/>
        <source>That copy-cataloging server is no longer set up. Choose another.</source>
        <translation>Ese servidor de catalogación por copia ya no está configurado. Elija otro.</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="149"/>
        <source>Give the server a name, for example &apos;Library of Congress&apos;.</source>
        <translation>Dé un nombre al servidor, por ejemplo «Biblioteca del Congreso».</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="158"/>
        <source>That copy-cataloging server was removed meanwhile.</source>
        <translation>Ese servidor de catalogación por copia se eliminó mientras tanto.</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="196"/>
        <source>Type an ISBN, a title or an author to search for.</source>
        <translation>Escriba un ISBN, un título o un autor que buscar.</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="201"/>
        <source>&apos;{words}&apos; is not a valid ISBN. Check the digits on the back of the book (10 or 13 digits; hyphens are fine).</source>
        <translation>«{words}» no es un ISBN válido. Revise los dígitos de la contracubierta del libro (10 o 13 dígitos; los guiones no importan).</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="261"/>
        <source>{name} answered with HTTP error {status}. Check the server address in Settings &gt; Copy cataloging, or try again later.</source>
        <translation>{name} respondió con el error HTTP {status}. Revise la dirección del servidor en Configuración &gt; Catalogación por copia o inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="273"/>
        <source>Could not connect to {name} ({host}): the server is down or the address is wrong. Check the address in Settings &gt; Copy cataloging, your network connection, or try again later.</source>
        <translation>No se pudo conectar con {name} ({host}): el servidor no funciona o la dirección es incorrecta. Revise la dirección en Configuración &gt; Catalogación por copia y su conexión de red, o inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="283"/>
        <source>The connection to {name} ({host}) failed: {error}. Try again later or choose another server.</source>
        <translation>Falló la conexión con {name} ({host}): {error}. Inténtelo más tarde o elija otro servidor.</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="302"/>
        <source>{name} sent far more data than a page of records. Search again.</source>
        <translation>{name} envió muchos más datos que una página de registros. Busque otra vez.</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="309"/>
        <source>{name} did not answer within {timeout:g} seconds. The server may be busy or down; try again in a few minutes or search another server.</source>
        <translation>{name} no respondió en {timeout:g} segundos. Puede que el servidor esté ocupado o no funcione; inténtelo dentro de unos minutos o busque en otro servidor.</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="336"/>
        <source>unknown problem</source>
        <translation>problema desconocido</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="347"/>
        <source>{name} sent a reply that is not an SRU response. Check that the address in Settings &gt; Copy cataloging is an SRU server.</source>
        <translation>{name} envió una respuesta que no es una respuesta SRU. Compruebe que la dirección de Configuración &gt; Catalogación por copia es un servidor SRU.</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="355"/>
        <source>{name} sent a &apos;{reply}&apos; reply instead of search results. Check that the address in Settings &gt; Copy cataloging is an SRU server.</source>
        <translation>{name} envió una respuesta «{reply}» en lugar de resultados de búsqueda. Compruebe que la dirección de Configuración &gt; Catalogación por copia es un servidor SRU.</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="366"/>
        <source>{name} could not run the search: {problems}. Try fewer or different words.</source>
        <translation>{name} no pudo hacer la búsqueda: {problems}. Pruebe con menos palabras o con otras.</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="385"/>
        <source>record {position}: {problem}</source>
        <translation>registro {position}: {problem}</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="399"/>
        <source>no record data</source>
        <translation>sin datos del registro</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="407"/>
        <source>the server sent a damaged record</source>
        <translation>el servidor envió un registro dañado</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="409"/>
        <source>empty record</source>
        <translation>registro vacío</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="414"/>
        <source>not a MARCXML record ({kind}); set the record schema to marcxml</source>
        <translation>no es un registro MARCXML ({kind}); cambie el esquema de registro a marcxml</translation>
    </message>
    <message>
        <location filename="../../catalog/sru.py" line="421"/>
        <source>the record could not be read</source>
        <translation>no se pudo leer el registro</translation>
    </message>
    <message>
        <location filename="../../catalog/validation.py" line="55"/>
        <source>&apos;{tag}&apos; is not a MARC tag. A tag is three digits, for example 245 for the title.</source>
        <translation>«{tag}» no es una etiqueta MARC. Una etiqueta tiene tres dígitos, por ejemplo 245 para el título.</translation>
    </message>
    <message>
        <location filename="../../catalog/validation.py" line="65"/>
        <source>Field {tag} is not defined in MARC 21. Check the tag, or use a 9XX tag for local information.</source>
        <translation>El campo {tag} no está definido en MARC 21. Revise la etiqueta o use una etiqueta 9XX para información local.</translation>
    </message>
    <message>
        <location filename="../../catalog/validation.py" line="86"/>
        <source>Indicator {position} of {tag} must be exactly one character (use a blank for &apos;no information&apos;).</source>
        <translation>El indicador {position} del {tag} debe ser exactamente un carácter (use un blanco para «sin información»).</translation>
    </message>
    <message>
        <location filename="../../catalog/validation.py" line="102"/>
        <source>Indicator {position} of {tag} is undefined and must be blank, not {shown}.</source>
        <translation>El indicador {position} del {tag} no está definido y debe estar en blanco, no {shown}.</translation>
    </message>
    <message>
        <location filename="../../catalog/validation.py" line="109"/>
        <source>Indicator {position} of {tag} ({label}) cannot be {shown}. Allowed: {allowed}.</source>
        <translation>El indicador {position} del {tag} ({label}) no puede ser {shown}. Permitidos: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../catalog/validation.py" line="134"/>
        <source>Field {tag} has no subfields. Add at least one ($a), or remove the field.</source>
        <translation>El campo {tag} no tiene subcampos. Añada al menos uno ($a) o elimine el campo.</translation>
    </message>
    <message>
        <location filename="../../catalog/validation.py" line="153"/>
        <source>Subfield ${code} is not defined for {tag} ({label}).</source>
        <translation>El subcampo ${code} no está definido para el {tag} ({label}).</translation>
    </message>
    <message>
        <location filename="../../catalog/validation.py" line="168"/>
        <source>Subfield ${code} ({label}) of {tag} may appear only once.</source>
        <translation>El subcampo ${code} ({label}) del {tag} solo puede aparecer una vez.</translation>
    </message>
    <message>
        <location filename="../../catalog/validation.py" line="188"/>
        <source>The leader has {length} characters; it must have {required}.</source>
        <translation>La cabecera tiene {length} caracteres; debe tener {required}.</translation>
    </message>
    <message>
        <location filename="../../catalog/validation.py" line="206"/>
        <source>Leader position {start} ({label}) cannot be &apos;{value}&apos;.</source>
        <translation>La posición {start} de la cabecera ({label}) no puede ser «{value}».</translation>
    </message>
    <message>
        <location filename="../../catalog/validation.py" line="245"/>
        <source>Field 008 has {length} characters; it must have {required}.</source>
        <translation>El campo 008 tiene {length} caracteres; debe tener {required}.</translation>
    </message>
    <message>
        <location filename="../../catalog/validation.py" line="276"/>
        <source>The record has no title (field 245). Add a 245 with the title in $a.</source>
        <translation>El registro no tiene título (campo 245). Añada un 245 con el título en $a.</translation>
    </message>
    <message>
        <location filename="../../catalog/validation.py" line="290"/>
        <source>Field {tag} ({label}) may appear only once; this is copy {copy}. Merge it into the first or remove it.</source>
        <translation>El campo {tag} ({label}) solo puede aparecer una vez; esta es la repetición {copy}. Únala a la primera o elimínela.</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="98"/>
        <source>The file {file} could not be read ({reason}). Copy it to this computer and try again.</source>
        <translation>No se pudo leer el archivo {file} ({reason}). Cópielo a este equipo e inténtelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="106"/>
        <source>{file} is too big to be a scanner batch.</source>
        <translation>{file} es demasiado grande para ser un lote de un lector.</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="109"/>
        <source>{file} is not a text file. Export the scanner&apos;s memory as plain text.</source>
        <translation>{file} no es un archivo de texto. Exporte la memoria del lector como texto sin formato.</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="128"/>
        <source>Line {line}: “{text}” is not a date and time (use 2026-03-10 09:15:00).</source>
        <translation>Línea {line}: «{text}» no es una fecha y hora (use 2026-03-10 09:15:00).</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="146"/>
        <source>Line {line} is {length} characters long; a scan is never that long. Is this the right file?</source>
        <translation>La línea {line} tiene {length} caracteres; una lectura nunca es tan larga. ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="155"/>
        <source>Line {line} has control characters; this does not look like a batch file from a scanner.</source>
        <translation>La línea {line} tiene caracteres de control; no parece un archivo de lote de un lector.</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="167"/>
        <source>Line {line} has a time but no barcode.</source>
        <translation>La línea {line} tiene una hora pero ningún código de barras.</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="182"/>
        <source>Line {line} (“{text}”) is not a barcode, a P/I line or a mode word (CHECKIN, CHECKOUT, END). See the batch format in the user guide.</source>
        <translation>La línea {line} («{text}») no es un código de barras, una línea P/I ni una palabra de modo (CHECKIN, CHECKOUT, END). Consulte el formato de lote en la guía del usuario.</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="288"/>
        <source>{code} is not a patron card; the line was skipped.</source>
        <translation>{code} no es un carné de usuario; se omitió la línea.</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="292"/>
        <source>{code} is a patron card, not an item; skipped.</source>
        <translation>{code} es un carné de usuario, no un material; se omitió.</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="324"/>
        <source>Check-in mode: items are returned.</source>
        <translation>Modo Solo devolver: los materiales se devuelven.</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="325"/>
        <source>Check-out mode: a patron card, then their items.</source>
        <translation>Modo de préstamo: un carné y después sus materiales.</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="326"/>
        <source>Patron finished.</source>
        <translation>Usuario terminado.</translation>
    </message>
    <message>
        <location filename="../../circulation/batch.py" line="341"/>
        <source>Nothing readable is left once the scanner&apos;s prefix is taken off.</source>
        <translation>No queda nada legible después de quitar el prefijo del lector.</translation>
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
        <location filename="../../circulation/blocks.py" line="185"/>
        <source>There is no item type “{code}”.</source>
        <translation>No existe el tipo de material «{code}».</translation>
    </message>
    <message>
        <location filename="../../circulation/blocks.py" line="209"/>
        <location filename="../../circulation/fees.py" line="108"/>
        <location filename="../../circulation/patrons.py" line="188"/>
        <location filename="../../circulation/patrons.py" line="213"/>
        <source>That patron is no longer in the database.</source>
        <translation>Ese usuario ya no está en la base de datos.</translation>
    </message>
    <message>
        <location filename="../../circulation/blocks.py" line="214"/>
        <source>Blocked {name}: {reason}</source>
        <translation>Bloqueado {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../circulation/blocks.py" line="216"/>
        <source>Unblocked {name}</source>
        <translation>Desbloqueado {name}</translation>
    </message>
    <message>
        <location filename="../../circulation/cli.py" line="114"/>
        <location filename="../../circulation/roster.py" line="180"/>
        <source>{file} cannot be read ({reason}).</source>
        <translation>No se puede leer {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../circulation/cli.py" line="120"/>
        <source>{file} is not a text file of scans. Check the file name.</source>
        <translation>{file} no es un archivo de texto con lecturas. Revise el nombre del archivo.</translation>
    </message>
    <message>
        <location filename="../../circulation/cli.py" line="165"/>
        <source>No patron has the card {card}.</source>
        <translation>Ningún usuario tiene el carné {card}.</translation>
    </message>
    <message>
        <location filename="../../circulation/cli.py" line="215"/>
        <source>Name the roster file to import (or --undo ID).</source>
        <translation>Indique el archivo de la lista que quiere importar (o --undo ID).</translation>
    </message>
    <message>
        <location filename="../../circulation/cli.py" line="221"/>
        <source>--map {item}: write it as FIELD=HEADER.</source>
        <translation>--map {item}: escríbalo como CAMPO=ENCABEZADO.</translation>
    </message>
    <message>
        <location filename="../../circulation/context.py" line="239"/>
        <location filename="../../circulation/holds.py" line="145"/>
        <location filename="../../circulation/patrons.py" line="80"/>
        <source>That patron is no longer in the database. Scan their card again.</source>
        <translation>Ese usuario ya no está en la base de datos. Escanee su carné otra vez.</translation>
    </message>
    <message>
        <location filename="../../circulation/context.py" line="259"/>
        <location filename="../../circulation/loans.py" line="370"/>
        <location filename="../../circulation/loans.py" line="765"/>
        <source>No item has the barcode {barcode}. Check the label, or add the copy in Catalog.</source>
        <translation>Ningún material tiene el código de barras {barcode}. Revise la etiqueta o añada el ejemplar en Catálogo.</translation>
    </message>
    <message>
        <location filename="../../circulation/context.py" line="271"/>
        <source>“{title}” ({barcode})</source>
        <translation>«{title}» ({barcode})</translation>
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
        <location filename="../../circulation/loans.py" line="490"/>
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
        <location filename="../../devices/incidents.py" line="225"/>
        <location filename="../../inventory/shelf.py" line="44"/>
        <source>lost</source>
        <translation>perdido</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="88"/>
        <location filename="../../inventory/reports.py" line="59"/>
        <location filename="../../inventory/shelf.py" line="43"/>
        <source>missing</source>
        <translation>extraviado</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="89"/>
        <location filename="../../inventory/shelf.py" line="45"/>
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
        <location filename="../../circulation/loans.py" line="117"/>
        <source>{item} changed at another desk. Scan it again.</source>
        <translation>{item} cambió en otro mostrador. Escanéelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="449"/>
        <source>No item has the barcode {barcode}.</source>
        <translation>Ningún material tiene el código de barras {barcode}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="472"/>
        <source>{item} is already checked out to {name} — just now.</source>
        <translation>{item} ya está prestado a {name}: se acaba de prestar.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="476"/>
        <source>{item} is already checked out to {name}, due {due}. Use Renew to extend it.</source>
        <translation>{item} ya está prestado a {name} y vence el {due}. Use Renovar para ampliar el plazo.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="486"/>
        <source>{item} is still checked out to {holder}. Check it in first (scan it with no patron selected), then lend it.</source>
        <translation>{item} sigue prestado a {holder}. Devuélvalo primero (escanéelo sin ningún usuario seleccionado) y después préstelo.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="496"/>
        <source>{item} is for use in the library only.</source>
        <translation>{item} es solo para consulta en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="507"/>
        <source>{item} is marked {status}. Check it in first to mark it found, then lend it.</source>
        <translation>{item} está marcado como {status}. Devuélvalo primero para marcarlo como encontrado y después préstelo.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="516"/>
        <source>{item} needs the signed “{agreement}” before it can go out, and it was not lent. Use “Lend with agreement…”: read it with the borrower, tick that they accepted it, and print the receipt to sign.</source>
        <translation>{item} necesita el «{agreement}» firmado antes de salir, y no se prestó. Use «Prestar con acuerdo…»: léalo con el usuario, marque que lo aceptó e imprima el comprobante para firmarlo.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="551"/>
        <source>{patron_type}s may not borrow {item_type}s.</source>
        <translation>Los usuarios de tipo {patron_type} no pueden llevarse materiales de tipo {item_type}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="564"/>
        <source>{name} already has {out} {item_type} item(s) out; the limit is {limit}.</source>
        <translation>{name} ya tiene {out} material(es) de tipo {item_type} en préstamo; el límite es {limit}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="586"/>
        <source>{item} is on the hold shelf for {name}.</source>
        <translation>{item} está en el estante de reservas para {name}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="589"/>
        <source>another patron</source>
        <translation>otro usuario</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="605"/>
        <source>A librarian can override.</source>
        <translation>Un bibliotecario puede autorizarlo.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="648"/>
        <source>{item} was lent at another desk a moment ago. Scan it again to see to whom.</source>
        <translation>{item} se acaba de prestar en otro mostrador. Escanéelo otra vez para ver a quién.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="678"/>
        <source>Checked out {item} to {name}. Due {due}.</source>
        <translation>Prestado {item} a {name}. Vence el {due}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="685"/>
        <source>Their hold is filled.</source>
        <translation>Su reserva queda cumplida.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="691"/>
        <source>Override for {name}: {blocks}</source>
        <translation>Autorización para {name}: {blocks}</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="697"/>
        <source>(Override recorded.)</source>
        <translation>(Autorización registrada.)</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="787"/>
        <source>{item} was checked out to {name} just now, so it was not checked in. To check it in, use Check-in mode.</source>
        <translation>{item} se acaba de prestar a {name}, así que no se devolvió. Para devolverlo, use el modo Solo devolver.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="791"/>
        <source>a patron</source>
        <translation>un usuario</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="800"/>
        <source>{item} is already checked in — just now.</source>
        <translation>{item} ya está devuelto: se acaba de devolver.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="821"/>
        <source>Checked in {item} from {name}.</source>
        <translation>Devuelto {item} de {name}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="823"/>
        <source>Checked in {item}.</source>
        <translation>Devuelto {item}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="842"/>
        <source>Late: fine ${fine:.2f}.</source>
        <translation>Con retraso: multa de ${fine:.2f}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="844"/>
        <source>It was late.</source>
        <translation>Se devolvió con retraso.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="847"/>
        <source>Found {item} (it was marked {status}).</source>
        <translation>Encontrado {item} (estaba marcado como {status}).</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="860"/>
        <location filename="../../inventory/shelf.py" line="555"/>
        <source>Its lost fee of ${fee:.2f} is cancelled.</source>
        <translation>Se anula su multa por pérdida de ${fee:.2f}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="872"/>
        <source>{item} is already on the hold shelf for {name}. Keep it there.</source>
        <translation>{item} ya está en el estante de reservas para {name}. Déjelo allí.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="880"/>
        <source>{item} was not checked out.</source>
        <translation>{item} no estaba prestado.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="882"/>
        <source>{item} was not checked out; it can go back on the shelf.</source>
        <translation>{item} no estaba prestado; puede volver al estante.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="902"/>
        <source>HOLD for {name} ({homeroom}) — put it on the hold shelf.</source>
        <translation>RESERVA para {name} ({homeroom}): póngalo en el estante de reservas.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="908"/>
        <source>HOLD for {name} — put it on the hold shelf.</source>
        <translation>RESERVA para {name}: póngalo en el estante de reservas.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="998"/>
        <source>{item} cannot be renewed: {problem}</source>
        <translation>{item} no se puede renovar: {problem}</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1001"/>
        <source>{item} cannot be renewed.</source>
        <translation>{item} no se puede renovar.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1004"/>
        <source>{item} was already renewed {renewals} time(s), the limit.</source>
        <translation>{item} ya se renovó {renewals} vez/veces, el límite.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1026"/>
        <source>{item} cannot be renewed: someone is waiting for it.</source>
        <translation>{item} no se puede renovar: alguien lo tiene reservado.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1047"/>
        <source>{item} is already due as late as a renewal would make it.</source>
        <translation>{item} ya vence tan tarde como lo haría con una renovación.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1052"/>
        <source>Renewed {item}: now due {due}.</source>
        <translation>Renovado {item}: ahora vence el {due}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1076"/>
        <source>{item} is not checked out, so it cannot be renewed.</source>
        <translation>{item} no está prestado, así que no se puede renovar.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1095"/>
        <source>{message} ({name})</source>
        <translation>{message} ({name})</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1141"/>
        <source>Renewed {renewed} of {total} items for {name}.</source>
        <translation>Renovados {renewed} de {total} materiales de {name}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1176"/>
        <source>{item} is not checked out, so nobody can claim to have returned it.</source>
        <translation>{item} no está prestado, así que nadie puede decir que lo devolvió.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1183"/>
        <source>{item} is already marked {status}.</source>
        <translation>{item} ya está marcado como {status}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1208"/>
        <source>Marked {item} lost ({name}).</source>
        <translation>{item} marcado como perdido ({name}).</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1210"/>
        <source>Marked {item} lost.</source>
        <translation>{item} marcado como perdido.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1227"/>
        <source>Replacement fee ${cost:.2f} charged.</source>
        <translation>Se cobra una multa de reposición de ${cost:.2f}.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1229"/>
        <source>{item} is claimed returned ({name}); it no longer counts as overdue.</source>
        <translation>{name} dice que devolvió {item}; ya no cuenta como atrasado.</translation>
    </message>
    <message>
        <location filename="../../circulation/loans.py" line="1235"/>
        <source>{item} is claimed returned; it no longer counts as overdue.</source>
        <translation>Se dice que {item} se devolvió; ya no cuenta como atrasado.</translation>
    </message>
    <message>
        <location filename="../../circulation/notices.py" line="18"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../circulation/notices.py" line="76"/>
        <source>No homeroom</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <location filename="../../circulation/patrons.py" line="100"/>
        <source>“{code}” is not a patron type. Use one of: {codes}.</source>
        <translation>«{code}» no es un tipo de usuario. Use uno de estos: {codes}.</translation>
    </message>
    <message>
        <location filename="../../circulation/patrons.py" line="108"/>
        <source>A patron needs a card barcode. Scan or type one.</source>
        <translation>Un usuario necesita un código de carné. Escanee o escriba uno.</translation>
    </message>
    <message>
        <location filename="../../circulation/patrons.py" line="110"/>
        <source>That card barcode has odd characters or is too long.</source>
        <translation>Ese código de carné tiene caracteres raros o es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../../circulation/patrons.py" line="112"/>
        <source>A patron needs a name. Type the first or last name.</source>
        <translation>Un usuario necesita un nombre. Escriba el nombre o los apellidos.</translation>
    </message>
    <message>
        <location filename="../../circulation/patrons.py" line="114"/>
        <source>“{status}” is not a patron status.</source>
        <translation>«{status}» no es un estado de usuario.</translation>
    </message>
    <message>
        <location filename="../../circulation/patrons.py" line="120"/>
        <source>The barcode {barcode} is already on another patron&apos;s card. Use another card.</source>
        <translation>El código de barras {barcode} ya está en el carné de otro usuario. Use otro carné.</translation>
    </message>
    <message>
        <location filename="../../circulation/patrons.py" line="131"/>
        <source>The barcode {barcode} is already on a book or device. Use another card.</source>
        <translation>El código de barras {barcode} ya está en un libro o un dispositivo. Use otro carné.</translation>
    </message>
    <message>
        <location filename="../../circulation/patrons.py" line="165"/>
        <source>The barcode {barcode} is already in use.</source>
        <translation>El código de barras {barcode} ya está en uso.</translation>
    </message>
    <message>
        <location filename="../../circulation/patrons.py" line="173"/>
        <source>Added patron {name}</source>
        <translation>Añadido el usuario {name}</translation>
    </message>
    <message>
        <location filename="../../circulation/patrons.py" line="198"/>
        <source>Edited {name}: {fields}</source>
        <translation>Editado {name}: {fields}</translation>
    </message>
    <message>
        <location filename="../../circulation/patrons.py" line="215"/>
        <source>The photo must be a PNG or JPEG picture.</source>
        <translation>La foto debe ser una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <location filename="../../circulation/patrons.py" line="221"/>
        <source>Changed the photo of {name}</source>
        <translation>Cambiada la foto de {name}</translation>
    </message>
    <message>
        <location filename="../../circulation/patrons.py" line="223"/>
        <source>Removed the photo of {name}</source>
        <translation>Quitada la foto de {name}</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="170"/>
        <source>{file} is {size} MB, too big for a roster. Export only the students (CSV) from your student information system.</source>
        <translation>{file} ocupa {size} MB, demasiado para una lista de alumnos. Exporte solo los alumnos (CSV) desde su sistema de información estudiantil.</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="269"/>
        <source>“{word}”</source>
        <translation>«{word}»</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="271"/>
        <source>its accented letters were converted to UTF-8 twice on the way (by a program that opened and saved it). Nothing was imported. Export the roster again from your student information system as “CSV UTF-8” and import that file as it is</source>
        <translation>sus letras con tilde se convirtieron dos veces a UTF-8 por el camino (un programa lo abrió y lo guardó). No se importó nada. Exporte la lista otra vez desde su sistema de información estudiantil como «CSV UTF-8» e importe ese archivo tal cual</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="277"/>
        <source>it is not UTF-8, and read as Windows-1252 (the older Excel encoding) its accented letters come out wrong, so it was saved in another encoding (such as Central European ISO-8859-2 or Mac OS Roman). Nothing was imported. Export the roster again from your student information system as “CSV UTF-8”, or open it in a spreadsheet program, check the names and save it as “CSV UTF-8 (comma delimited)”, then import that file</source>
        <translation>no está en UTF-8 y, leído como Windows-1252 (la codificación del Excel antiguo), sus letras con tilde salen mal, así que se guardó en otra codificación (como la de Europa central ISO-8859-2 o Mac OS Roman). No se importó nada. Exporte la lista otra vez desde su sistema de información estudiantil como «CSV UTF-8», o ábrala en un programa de hojas de cálculo, revise los nombres y guárdela como «CSV UTF-8 (delimitado por comas)»; después importe ese archivo</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="286"/>
        <source>{file} looks garbled ({sample}): {what}.</source>
        <translation>{file} tiene el texto estropeado ({sample}): {what}.</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="296"/>
        <source>{file} is damaged: its UTF-16 text is broken.</source>
        <translation>{file} está dañado: su texto UTF-16 está roto.</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="300"/>
        <source>{file} is a spreadsheet, not a CSV file. Open it in your spreadsheet program and save it as “CSV (comma delimited)”, then import that file.</source>
        <translation>{file} es una hoja de cálculo, no un archivo CSV. Ábrala en su programa de hojas de cálculo y guárdela como «CSV (delimitado por comas)»; después importe ese archivo.</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="309"/>
        <source>{file} is not a text file. Export the roster from your student information system as CSV and import that.</source>
        <translation>{file} no es un archivo de texto. Exporte la lista desde su sistema de información estudiantil como CSV e importe ese archivo.</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="320"/>
        <source>{file} says it is UTF-8 but is not. Export it again as CSV UTF-8.</source>
        <translation>{file} dice ser UTF-8 pero no lo es. Expórtelo otra vez como CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="333"/>
        <source>The characters in {file} are in an encoding LMS Desktop does not know. Export it again as “CSV UTF-8”.</source>
        <translation>Los caracteres de {file} están en una codificación que LMS Desktop no conoce. Expórtelo otra vez como «CSV UTF-8».</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="344"/>
        <source>{file} is empty. Export the roster again.</source>
        <translation>{file} está vacío. Exporte la lista otra vez.</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="360"/>
        <source>{file} is not a well-formed CSV file (line {line}: {error}). Export it again, or fix that line in a spreadsheet.</source>
        <translation>{file} no es un archivo CSV bien formado (línea {line}: {error}). Expórtelo otra vez o corrija esa línea en una hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="370"/>
        <source>{file} has no rows. Export the roster again.</source>
        <translation>{file} no tiene filas. Exporte la lista otra vez.</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="374"/>
        <source>{file} does not start with a line of column names (like “Student ID, First Name, Last Name, Grade”). Export it with headers.</source>
        <translation>{file} no empieza con una línea de nombres de columna (como «Student ID, First Name, Last Name, Grade»). Expórtelo con encabezados.</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="384"/>
        <source>{file} is malformed: {bad} lines do not have {columns} columns (first: line {first}). Nothing was imported. Export the roster again.</source>
        <translation>{file} está mal formado: {bad} líneas no tienen {columns} columnas (la primera: línea {first}). No se importó nada. Exporte la lista otra vez.</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="431"/>
        <source>sis id</source>
        <translation>n.º de alumno</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="432"/>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="433"/>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="434"/>
        <source>grade</source>
        <translation>grado</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="435"/>
        <source>homeroom</source>
        <translation>grupo</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="436"/>
        <source>homeroom teacher</source>
        <translation>tutor del grupo</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="438"/>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="439"/>
        <source>guardian email</source>
        <translation>correo del tutor legal</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="440"/>
        <source>patron type</source>
        <translation>tipo de usuario</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="445"/>
        <source>card barcode {barcode} is a book&apos;s or a device&apos;s barcode; skipped (give this student another card number)</source>
        <translation>el código de carné {barcode} es el código de barras de un libro o de un dispositivo; se omitió (dé a este alumno otro número de carné)</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="453"/>
        <source>card barcode {barcode} is already someone else&apos;s</source>
        <translation>el código de carné {barcode} ya es de otra persona</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="480"/>
        <source>Choose which column holds the student ID: it is required.</source>
        <translation>Elija qué columna tiene el n.º de alumno: es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="482"/>
        <source>Choose which columns hold the first and last names.</source>
        <translation>Elija qué columnas tienen el nombre y los apellidos.</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="490"/>
        <source>The column “{header}” (for {field}) is not in {file}. Map the columns again.</source>
        <translation>La columna «{header}» (para {field}) no está en {file}. Vuelva a asignar las columnas.</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="521"/>
        <source>has {count} columns instead of {columns}</source>
        <translation>tiene {count} columnas en lugar de {columns}</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="532"/>
        <source>has no student ID; skipped</source>
        <translation>no tiene n.º de alumno; se omitió</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="536"/>
        <source>repeats student ID {sis_id}; skipped</source>
        <translation>repite el n.º de alumno {sis_id}; se omitió</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="543"/>
        <source>has an unknown patron type “{type}”</source>
        <translation>tiene un tipo de usuario desconocido: «{type}»</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="550"/>
        <source>student {sis_id} has no name; skipped</source>
        <translation>el alumno {sis_id} no tiene nombre; se omitió</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="685"/>
        <source>Roster {file}: {added} new, {changed} changed ({moved} moved), {deactivated} made inactive, {skipped} lines skipped</source>
        <translation>Lista {file}: {added} nuevos, {changed} cambiados ({moved} de grupo o de grado), {deactivated} desactivados, {skipped} líneas omitidas</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="731"/>
        <source>That roster import is no longer recorded.</source>
        <translation>Esa importación de la lista ya no está registrada.</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="733"/>
        <source>The import of {file} was already undone.</source>
        <translation>La importación de {file} ya se deshizo.</translation>
    </message>
    <message>
        <location filename="../../circulation/roster.py" line="769"/>
        <source>Undid roster {file}: {removed} new patrons removed, {kept} kept as inactive (they borrowed since), {restored} restored</source>
        <translation>Deshecha la lista {file}: {removed} usuarios nuevos eliminados, {kept} conservados como inactivos (han tomado préstamos desde entonces), {restored} restaurados</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="50"/>
        <source>until {time}</source>
        <translation>hasta las {time}</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="53"/>
        <source>1 period</source>
        <translation>1 periodo</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="54"/>
        <source>{count} periods</source>
        <translation>{count} periodos</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="57"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="58"/>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="104"/>
        <source>max items</source>
        <translation>máximo de materiales</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="105"/>
        <source>max renewals</source>
        <translation>máximo de renovaciones</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="106"/>
        <source>grace days</source>
        <translation>días de gracia</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="107"/>
        <source>daily fine</source>
        <translation>multa diaria</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="108"/>
        <source>max fine</source>
        <translation>multa máxima</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="109"/>
        <source>block fee</source>
        <translation>deuda que bloquea</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="110"/>
        <source>block overdue count</source>
        <translation>atrasados que bloquean</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="122"/>
        <source>Choose one loan period: a number of days (and, if you like, the time it is due back on the last day, e.g. overnight: 1 day, due at 08:30), a time of day, or a number of class periods.</source>
        <translation>Elija un solo plazo de préstamo: un número de días (y, si quiere, la hora a la que vence el último día; por ejemplo, para una noche: 1 día, vence a las 08:30), una hora del día o un número de periodos de clase.</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="129"/>
        <source>The loan period is between 0 and 365 days.</source>
        <translation>El plazo de préstamo es de entre 0 y 365 días.</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="131"/>
        <source>A loan lasts between 1 and 12 class periods.</source>
        <translation>Un préstamo dura entre 1 y 12 periodos de clase.</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="145"/>
        <source>The {label} must be between 0 and {top}.</source>
        <translation>El valor de «{label}» debe estar entre 0 y {top}.</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="160"/>
        <source>There is no patron type {patron_type} or item type {item_type}; reopen Settings and try again.</source>
        <translation>No existe el tipo de usuario {patron_type} o el tipo de material {item_type}; vuelva a abrir Configuración e inténtelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="231"/>
        <source>Give the school year a name, for example 2026-27.</source>
        <translation>Ponga un nombre al curso, por ejemplo 2026-27.</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="233"/>
        <source>The last day of school must come after the first day.</source>
        <translation>El último día de clase debe ser posterior al primero.</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="235"/>
        <source>Tick at least one school day of the week.</source>
        <translation>Marque al menos un día de clase de la semana.</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="258"/>
        <source>The break must end on or after the day it starts.</source>
        <translation>Las vacaciones deben terminar el mismo día en que empiezan o después.</translation>
    </message>
    <message>
        <location filename="../../circulation/rules_admin.py" line="261"/>
        <source>A break is at most {days} days; check the start and end dates.</source>
        <translation>Unas vacaciones duran como máximo {days} días; revise las fechas de inicio y de fin.</translation>
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
        <location filename="../../circulation/scanner_config.py" line="36"/>
        <source>The pause between scanner keystrokes must be between 5 and 500 ms; 45 ms suits almost every USB scanner.</source>
        <translation>La pausa entre las teclas del lector debe estar entre 5 y 500 ms; 45 ms va bien a casi todos los lectores USB.</translation>
    </message>
    <message>
        <location filename="../../circulation/scanner_config.py" line="42"/>
        <source>The shortest barcode must be between 1 and 32 characters.</source>
        <translation>El código más corto debe tener entre 1 y 32 caracteres.</translation>
    </message>
    <message>
        <location filename="../../circulation/scanner_config.py" line="45"/>
        <source>The scanner needs a way to end a scan: tick Enter or Tab, or enter the suffix your scanner sends after each barcode.</source>
        <translation>El lector necesita una forma de terminar una lectura: marque Intro o Tab, o escriba el sufijo que envía su lector después de cada código.</translation>
    </message>
    <message>
        <location filename="../../circulation/scanner_config.py" line="50"/>
        <source>prefix</source>
        <translation>prefijo</translation>
    </message>
    <message>
        <location filename="../../circulation/scanner_config.py" line="50"/>
        <source>suffix</source>
        <translation>sufijo</translation>
    </message>
    <message>
        <location filename="../../circulation/scanner_config.py" line="53"/>
        <source>The {name} is at most 8 characters; check your scanner&apos;s manual.</source>
        <translation>El {name} tiene como máximo 8 caracteres; consulte el manual de su lector.</translation>
    </message>
    <message>
        <location filename="../../db/integrity.py" line="36"/>
        <source>integrity: {line}</source>
        <translation>integridad: {line}</translation>
    </message>
    <message>
        <location filename="../../db/integrity.py" line="41"/>
        <source>row {rowid} of {table} points to a missing row in {parent}</source>
        <translation>la fila {rowid} de {table} apunta a una fila que falta en {parent}</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="104"/>
        <source>The library database at {where} cannot be opened: {why}. If the file is damaged, restore your latest backup (lms-desktop restore).</source>
        <translation>La base de datos de la biblioteca en {where} no se puede abrir: {why}. Si el archivo está dañado, restaure su última copia de seguridad (lms-desktop restore).</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="118"/>
        <source>The library database at {where} was saved by a newer version of LMS Desktop (schema {schema}). Install the newer version to open it, or open a backup made with this version. The database was not changed.</source>
        <translation>La base de datos de la biblioteca en {where} se guardó con una versión más reciente de LMS Desktop (esquema {schema}). Instale la versión más reciente para abrirla o abra una copia de seguridad hecha con esta versión. La base de datos no se modificó.</translation>
    </message>
    <message>
        <location filename="../../demo.py" line="221"/>
        <source>This database already has titles or patrons, so the demo school was not added. Use a new database file (--db demo.sqlite3), or add --force.</source>
        <translation>Esta base de datos ya tiene títulos o usuarios, así que no se añadió la escuela de demostración. Use un archivo de base de datos nuevo (--db demo.sqlite3) o añada --force.</translation>
    </message>
    <message>
        <location filename="../../devices/agreements.py" line="52"/>
        <source>An agreement needs a title and its text.</source>
        <translation>Un acuerdo necesita un título y su texto.</translation>
    </message>
    <message>
        <location filename="../../devices/agreements.py" line="107"/>
        <location filename="../../devices/carts.py" line="285"/>
        <location filename="../../devices/kits.py" line="126"/>
        <location filename="../../devices/kits.py" line="165"/>
        <location filename="../../devices/lending.py" line="120"/>
        <source>That loan does not exist.</source>
        <translation>Ese préstamo no existe.</translation>
    </message>
    <message>
        <location filename="../../devices/agreements.py" line="145"/>
        <source>That agreement receipt does not exist.</source>
        <translation>Ese comprobante del acuerdo no existe.</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="77"/>
        <source>Give the cart a name the teachers know, e.g. &apos;Cart B - 2nd floor&apos;.</source>
        <translation>Ponga al carro un nombre que conozcan los profesores, p. ej. «Carro B - 2.º piso».</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="81"/>
        <source>A cart has between 1 and {most} slots; count them again.</source>
        <translation>Un carro tiene entre 1 y {most} huecos; vuelva a contarlos.</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="86"/>
        <source>The barcode {barcode} is already used by another item.</source>
        <translation>El código de barras {barcode} ya lo usa otro material.</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="90"/>
        <source>There is already a cart called &apos;{name}&apos;. Choose another name.</source>
        <translation>Ya hay un carro llamado «{name}». Elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="95"/>
        <source>The &apos;cart&apos; item type is missing. Add it in Settings &gt; Loan rules.</source>
        <translation>Falta el tipo de material «cart». Añádalo en Configuración &gt; Reglas de préstamo.</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="111"/>
        <source>That cart no longer exists.</source>
        <translation>Ese carro ya no existe.</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="123"/>
        <source>No cart has the barcode {barcode}. Scan the label on the cart itself.</source>
        <translation>Ningún carro tiene el código de barras {barcode}. Escanee la etiqueta del propio carro.</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="135"/>
        <source>There is no cart called &apos;{name}&apos;. Create the cart first.</source>
        <translation>No hay ningún carro llamado «{name}». Cree primero el carro.</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="193"/>
        <source>{cart} has slots 1 to {count}; there is no slot {slot}.</source>
        <translation>{cart} tiene los huecos del 1 al {count}; no hay hueco {slot}.</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="207"/>
        <source>No device has the asset tag {tag}. Add it first.</source>
        <translation>Ningún dispositivo tiene la etiqueta de inventario {tag}. Añádalo primero.</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="217"/>
        <source>Slot {slot} of {cart} already holds {tag}. Move that device out first.</source>
        <translation>El hueco {slot} de {cart} ya tiene {tag}. Saque primero ese dispositivo.</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="239"/>
        <location filename="../../devices/lending.py" line="347"/>
        <location filename="../../devices/lending.py" line="372"/>
        <source>No device has the asset tag {tag}.</source>
        <translation>Ningún dispositivo tiene la etiqueta de inventario {tag}.</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="327"/>
        <source>a teacher</source>
        <translation>un profesor</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="336"/>
        <source>{tag} is out in {cart} (slot {slot}) with {borrower}. Check the cart in first (Devices › Carts), then lend it.</source>
        <translation>{tag} está fuera en {cart} (hueco {slot}) con {borrower}. Devuelva primero el carro (Dispositivos › Carros) y después préstelo.</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="353"/>
        <source>{cart} is not checked out, so there is nothing to check in. Scan the device at the desk instead.</source>
        <translation>{cart} no está prestado, así que no hay nada que devolver. Escanee el dispositivo en el mostrador.</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="372"/>
        <source>{tag} did not go out with {cart}.</source>
        <translation>{tag} no salió con {cart}.</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="374"/>
        <source>It belongs in {cart}, slot {slot}.</source>
        <translation>Su lugar es {cart}, hueco {slot}.</translation>
    </message>
    <message>
        <location filename="../../devices/carts.py" line="377"/>
        <source>Set it aside and check it in at the desk.</source>
        <translation>Apártelo y devuélvalo en el mostrador.</translation>
    </message>
    <message>
        <location filename="../../devices/cli.py" line="71"/>
        <source>There is no file {path}. Check the name and folder.</source>
        <translation>No existe el archivo {path}. Revise el nombre y la carpeta.</translation>
    </message>
    <message>
        <location filename="../../devices/cli.py" line="146"/>
        <source>--out must end in .pdf or .csv (got &apos;{name}&apos;), e.g. repairs.pdf.</source>
        <translation>--out debe terminar en .pdf o .csv (se recibió «{name}»), p. ej. repairs.pdf.</translation>
    </message>
    <message>
        <location filename="../../devices/condition.py" line="18"/>
        <source>screen</source>
        <translation>pantalla</translation>
    </message>
    <message>
        <location filename="../../devices/condition.py" line="19"/>
        <source>keyboard</source>
        <translation>teclado</translation>
    </message>
    <message>
        <location filename="../../devices/condition.py" line="20"/>
        <source>hinge</source>
        <translation>bisagra</translation>
    </message>
    <message>
        <location filename="../../devices/condition.py" line="21"/>
        <source>charger</source>
        <translation>cargador</translation>
    </message>
    <message>
        <location filename="../../devices/condition.py" line="43"/>
        <location filename="../../devices/condition.py" line="131"/>
        <source>other: {note}</source>
        <translation>otro: {note}</translation>
    </message>
    <message>
        <location filename="../../devices/condition.py" line="49"/>
        <source>all good</source>
        <translation>todo bien</translation>
    </message>
    <message>
        <location filename="../../devices/condition.py" line="50"/>
        <source>problems: {parts}</source>
        <translation>problemas: {parts}</translation>
    </message>
    <message>
        <location filename="../../devices/condition.py" line="73"/>
        <source>&apos;{phase}&apos; is not a condition-check phase (checkout or checkin).</source>
        <translation>«{phase}» no es una fase de la revisión del estado (checkout o checkin).</translation>
    </message>
    <message>
        <location filename="../../devices/csv_io.py" line="64"/>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {skipped} rows skipped</source>
        <translation>{added} añadidos, {updated} actualizados, {unchanged} sin cambios, {skipped} filas omitidas</translation>
    </message>
    <message>
        <location filename="../../devices/csv_io.py" line="71"/>
        <source>{added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>{added} añadidos, {updated} actualizados, {unchanged} sin cambios</translation>
    </message>
    <message>
        <location filename="../../devices/csv_io.py" line="91"/>
        <source>price &apos;{text}&apos; is not an amount; write it like 289.00</source>
        <translation>price «{text}» no es un importe; escríbalo así: 289.00</translation>
    </message>
    <message>
        <location filename="../../devices/csv_io.py" line="111"/>
        <source>{column} &apos;{text}&apos; is not a date; write it as 2025-08-14 or 8/14/2025</source>
        <translation>{column} «{text}» no es una fecha; escríbala como 2025-08-14 o 8/14/2025</translation>
    </message>
    <message>
        <location filename="../../devices/csv_io.py" line="191"/>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <location filename="../../devices/csv_io.py" line="210"/>
        <source>The CSV file has no {columns} column. The first line must name the columns; export the register once to get a template ({all_columns}).</source>
        <translation>El archivo CSV no tiene la columna {columns}. La primera línea debe nombrar las columnas; exporte una vez el registro de dispositivos para obtener una plantilla ({all_columns}).</translation>
    </message>
    <message>
        <location filename="../../devices/csv_io.py" line="263"/>
        <source>cart_slot &apos;{text}&apos; is not a slot number; write the slot number in the cart</source>
        <translation>cart_slot «{text}» no es un número de hueco; escriba el número del hueco en el carro</translation>
    </message>
    <message>
        <location filename="../../devices/incidents.py" line="89"/>
        <source>The photo {name} cannot be read ({reason}). Choose another file.</source>
        <translation>No se puede leer la foto {name} ({reason}). Elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../../devices/incidents.py" line="101"/>
        <source>The photo {name} is larger than 15 MB. Take it at a lower resolution.</source>
        <translation>La foto {name} ocupa más de 15 MB. Tómela con una resolución más baja.</translation>
    </message>
    <message>
        <location filename="../../devices/incidents.py" line="108"/>
        <source>{name} is not a picture (PNG, JPEG, GIF, BMP or WebP). Choose a photo.</source>
        <translation>{name} no es una imagen (PNG, JPEG, GIF, BMP o WebP). Elija una foto.</translation>
    </message>
    <message>
        <location filename="../../devices/incidents.py" line="120"/>
        <location filename="../../devices/kits.py" line="59"/>
        <location filename="../../devices/repairs.py" line="110"/>
        <source>No device has the asset tag {tag}. Check the tag.</source>
        <translation>Ningún dispositivo tiene la etiqueta de inventario {tag}. Revise la etiqueta.</translation>
    </message>
    <message>
        <location filename="../../devices/incidents.py" line="140"/>
        <source>&apos;{kind}&apos; is not an incident kind; use damage, loss or theft.</source>
        <translation>«{kind}» no es una clase de incidente; use damage, loss o theft.</translation>
    </message>
    <message>
        <location filename="../../devices/incidents.py" line="144"/>
        <source>Describe what happened, e.g. &apos;cracked screen, lower left corner&apos;.</source>
        <translation>Describa lo que pasó, p. ej. «pantalla rota, esquina inferior izquierda».</translation>
    </message>
    <message>
        <location filename="../../devices/incidents.py" line="147"/>
        <source>A fee cannot be negative.</source>
        <translation>Una multa no puede ser negativa.</translation>
    </message>
    <message>
        <location filename="../../devices/incidents.py" line="159"/>
        <source>No patron has the card number {card}. Scan the card again.</source>
        <translation>Ningún usuario tiene el número de carné {card}. Vuelva a escanear el carné.</translation>
    </message>
    <message>
        <location filename="../../devices/incidents.py" line="168"/>
        <source>Nobody is on record for this device, so the fee has no one to go to. Choose the patron responsible, or record the incident without a fee.</source>
        <translation>No consta nadie para este dispositivo, así que la multa no tiene a quién cobrarse. Elija al usuario responsable o registre el incidente sin multa.</translation>
    </message>
    <message>
        <location filename="../../devices/incidents.py" line="221"/>
        <source>Charged {name} ${amount:.2f} ({kind}, device {tag})</source>
        <translation>Multa de ${amount:.2f} a {name} ({kind}, dispositivo {tag})</translation>
    </message>
    <message>
        <location filename="../../devices/incidents.py" line="225"/>
        <source>damaged</source>
        <translation>dañado</translation>
    </message>
    <message>
        <location filename="../../devices/incidents.py" line="238"/>
        <location filename="../../devices/incidents.py" line="299"/>
        <source>That incident no longer exists.</source>
        <translation>Ese incidente ya no existe.</translation>
    </message>
    <message>
        <location filename="../../devices/incidents.py" line="311"/>
        <location filename="../../devices/lending.py" line="353"/>
        <source>No patron has the card number {card}.</source>
        <translation>Ningún usuario tiene el número de carné {card}.</translation>
    </message>
    <message>
        <location filename="../../devices/kits.py" line="77"/>
        <source>Name the component, e.g. &apos;charger&apos; or &apos;case&apos;.</source>
        <translation>Ponga nombre al componente, p. ej. «cargador» o «funda».</translation>
    </message>
    <message>
        <location filename="../../devices/kits.py" line="79"/>
        <source>A replacement fee cannot be negative.</source>
        <translation>Una multa de reposición no puede ser negativa.</translation>
    </message>
    <message>
        <location filename="../../devices/kits.py" line="95"/>
        <location filename="../../devices/kits.py" line="111"/>
        <source>That component is no longer on record.</source>
        <translation>Ese componente ya no está registrado.</translation>
    </message>
    <message>
        <location filename="../../devices/kits.py" line="235"/>
        <source>Kit of {tag} checked:</source>
        <translation>Kit de {tag} revisado:</translation>
    </message>
    <message>
        <location filename="../../devices/kits.py" line="237"/>
        <source>back {names}.</source>
        <translation>devueltos: {names}.</translation>
    </message>
    <message>
        <location filename="../../devices/kits.py" line="242"/>
        <source>missing {names} (${fee:.2f} charged).</source>
        <translation>faltan: {names} (se cobran ${fee:.2f}).</translation>
    </message>
    <message>
        <location filename="../../devices/kits.py" line="249"/>
        <source>missing {names}.</source>
        <translation>faltan: {names}.</translation>
    </message>
    <message>
        <location filename="../../devices/kits.py" line="251"/>
        <source>nothing went out with it.</source>
        <translation>no salió nada con él.</translation>
    </message>
    <message>
        <location filename="../../devices/lending.py" line="179"/>
        <source>It goes back in slot {slot} of {cart}, which is out with {borrower}: put it in the cart when the cart comes back.</source>
        <translation>Va en el hueco {slot} de {cart}, que está prestado a {borrower}: póngalo en el carro cuando el carro vuelva.</translation>
    </message>
    <message>
        <location filename="../../devices/lending.py" line="197"/>
        <source>Empty slots (devices now marked missing): {slots}. Each one is found again when it is scanned in.</source>
        <translation>Huecos vacíos (dispositivos marcados ahora como extraviados): {slots}. Cada uno vuelve a constar como encontrado cuando se escanea al devolverlo.</translation>
    </message>
    <message>
        <location filename="../../devices/lending.py" line="217"/>
        <source>Its kit ({names}) waits in Devices › Kits to check.</source>
        <translation>Su kit ({names}) espera en Dispositivos › Kits por revisar.</translation>
    </message>
    <message>
        <location filename="../../devices/lending.py" line="240"/>
        <source>{tag} needs the signed &apos;{agreement}&apos; before it can go out. Read it with the student, tick &apos;Agreement accepted&apos;, and print the receipt to sign.</source>
        <translation>{tag} necesita el «{agreement}» firmado antes de salir. Léalo con el alumno, marque «Acuerdo aceptado» e imprima el comprobante para firmarlo.</translation>
    </message>
    <message>
        <location filename="../../devices/lending.py" line="375"/>
        <source>{tag} is not anyone&apos;s 1:1 device. Assign it to the student first, or lend the loaner at the desk.</source>
        <translation>{tag} no es el dispositivo 1:1 de nadie. Asígnelo primero al alumno o preste el de reemplazo en el mostrador.</translation>
    </message>
    <message>
        <location filename="../../devices/lending.py" line="384"/>
        <source>{tag} is not in repair. Open a repair ticket for it first.</source>
        <translation>{tag} no está en reparación. Abra primero una orden de reparación para él.</translation>
    </message>
    <message>
        <location filename="../../devices/priority.py" line="29"/>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <location filename="../../devices/priority.py" line="30"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../devices/priority.py" line="31"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../devices/priority.py" line="32"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../devices/priority.py" line="33"/>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <location filename="../../devices/priority.py" line="67"/>
        <source>&apos;{value}&apos; is not an impact or urgency level. Use high, medium or low (1, 2 or 3).</source>
        <translation>«{value}» no es un nivel de impacto ni de urgencia. Use high, medium o low (1, 2 o 3).</translation>
    </message>
    <message>
        <location filename="../../devices/register.py" line="127"/>
        <source>&apos;{tag}&apos; is not a usable asset tag. Scan the tag again; tags are letters and digits (with . _ / -), at most 64 characters, without spaces.</source>
        <translation>«{tag}» no es una etiqueta de inventario válida. Escanee la etiqueta otra vez; las etiquetas son letras y dígitos (con . _ / -), de 64 caracteres como máximo, sin espacios.</translation>
    </message>
    <message>
        <location filename="../../devices/register.py" line="145"/>
        <source>&apos;{value}&apos; is not a MAC address. Copy it from the device&apos;s label or settings: 12 hexadecimal digits such as 3C:22:FB:01:A2:9E.</source>
        <translation>«{value}» no es una dirección MAC. Cópiela de la etiqueta o de la configuración del dispositivo: 12 dígitos hexadecimales como 3C:22:FB:01:A2:9E.</translation>
    </message>
    <message>
        <location filename="../../devices/register.py" line="162"/>
        <source>&apos;{value}&apos; is not a valid IMEI (its check digit is wrong or it is too short). Read it again from the hotspot&apos;s label or dial *#06#.</source>
        <translation>«{value}» no es un IMEI válido (su dígito de control es incorrecto o es demasiado corto). Vuelva a leerlo en la etiqueta del hotspot o marque *#06#.</translation>
    </message>
    <message>
        <location filename="../../devices/register.py" line="184"/>
        <source>&apos;{code}&apos; is not a device type. Use one of: {known} (Settings adds new types).</source>
        <translation>«{code}» no es un tipo de dispositivo. Use uno de estos: {known} (en Configuración se añaden tipos nuevos).</translation>
    </message>
    <message>
        <location filename="../../devices/register.py" line="196"/>
        <source>&apos;{status}&apos; is not a device status. Use one of: {statuses}.</source>
        <translation>«{status}» no es un estado de dispositivo. Use uno de estos: {statuses}.</translation>
    </message>
    <message>
        <location filename="../../devices/register.py" line="204"/>
        <source>A price cannot be negative. Type the purchase price, e.g. 289.00.</source>
        <translation>Un precio no puede ser negativo. Escriba el precio de compra, p. ej. 289.00.</translation>
    </message>
    <message>
        <location filename="../../devices/register.py" line="208"/>
        <source>The warranty ends before the purchase date. Check both dates on the invoice.</source>
        <translation>La garantía termina antes de la fecha de compra. Revise las dos fechas en la factura.</translation>
    </message>
    <message>
        <location filename="../../devices/register.py" line="230"/>
        <source>The barcode {barcode} is already used by another item. Check the tag; if it is a duplicate label, print a new asset tag.</source>
        <translation>El código de barras {barcode} ya lo usa otro material. Revise la etiqueta; si es una etiqueta duplicada, imprima una etiqueta de inventario nueva.</translation>
    </message>
    <message>
        <location filename="../../devices/register.py" line="303"/>
        <source>No device has the asset tag {tag}. Check the tag, or add the device in Devices.</source>
        <translation>Ningún dispositivo tiene la etiqueta de inventario {tag}. Revise la etiqueta o añada el dispositivo en Dispositivos.</translation>
    </message>
    <message>
        <location filename="../../devices/register.py" line="324"/>
        <source>The barcode {barcode} is already used by another item. Keep the old tag or choose another one.</source>
        <translation>El código de barras {barcode} ya lo usa otro material. Conserve la etiqueta anterior o elija otra.</translation>
    </message>
    <message>
        <location filename="../../devices/register.py" line="356"/>
        <source>A device cannot be set to &apos;{status}&apos; by hand. Lend it at the desk, or open a repair ticket to put it in repair.</source>
        <translation>Un dispositivo no se puede poner en «{status}» a mano. Préstelo en el mostrador o abra una orden de reparación para ponerlo en reparación.</translation>
    </message>
    <message>
        <location filename="../../devices/register.py" line="364"/>
        <source>{tag} is on loan. Check it in first (or use Lost on the loan at the desk).</source>
        <translation>{tag} está prestado. Devuélvalo primero (o use Perdido en el préstamo, en el mostrador).</translation>
    </message>
    <message>
        <location filename="../../devices/repairs.py" line="28"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../devices/repairs.py" line="29"/>
        <source>Sent to IT</source>
        <translation>Enviada a informática</translation>
    </message>
    <message>
        <location filename="../../devices/repairs.py" line="30"/>
        <source>Waiting on parts</source>
        <translation>Esperando piezas</translation>
    </message>
    <message>
        <location filename="../../devices/repairs.py" line="31"/>
        <source>Fixed</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../devices/repairs.py" line="32"/>
        <source>Written off</source>
        <translation>Dada de baja</translation>
    </message>
    <message>
        <location filename="../../devices/repairs.py" line="103"/>
        <source>Describe the symptom for IT, e.g. &apos;won&apos;t charge, light stays off&apos;.</source>
        <translation>Describa el síntoma para informática, p. ej. «no carga, la luz sigue apagada».</translation>
    </message>
    <message>
        <location filename="../../devices/repairs.py" line="116"/>
        <source>{tag} is still on loan. Check it in first, then open the repair ticket.</source>
        <translation>{tag} sigue prestado. Devuélvalo primero y después abra la orden de reparación.</translation>
    </message>
    <message>
        <location filename="../../devices/repairs.py" line="128"/>
        <source>{tag} already has repair ticket #{number} open. Add to that ticket instead.</source>
        <translation>{tag} ya tiene abierta la orden de reparación n.º {number}. Añada la información a esa orden.</translation>
    </message>
    <message>
        <location filename="../../devices/repairs.py" line="137"/>
        <source>That incident is not about this device.</source>
        <translation>Ese incidente no es de este dispositivo.</translation>
    </message>
    <message>
        <location filename="../../devices/repairs.py" line="168"/>
        <location filename="../../devices/repairs.py" line="258"/>
        <source>There is no repair ticket #{number}.</source>
        <translation>No existe la orden de reparación n.º {number}.</translation>
    </message>
    <message>
        <location filename="../../devices/repairs.py" line="185"/>
        <source>&apos;{status}&apos; is not a ticket status; use one of {statuses}.</source>
        <translation>«{status}» no es un estado de orden; use uno de estos: {statuses}.</translation>
    </message>
    <message>
        <location filename="../../devices/repairs.py" line="193"/>
        <source>Ticket #{number} is closed ({status}). Reopen it first.</source>
        <translation>La orden n.º {number} está cerrada ({status}). Reábrala primero.</translation>
    </message>
    <message>
        <location filename="../../devices/yearend.py" line="61"/>
        <source>Staff / no homeroom</source>
        <translation>Personal / sin grupo</translation>
    </message>
    <message>
        <location filename="../../devices/yearend.py" line="73"/>
        <source>(anonymous)</source>
        <translation>(anónimo)</translation>
    </message>
    <message>
        <location filename="../../inventory/cli.py" line="215"/>
        <source>Cannot read {file}: {why}. Check the path.</source>
        <translation>No se puede leer {file}: {why}. Revise la ruta.</translation>
    </message>
    <message>
        <location filename="../../inventory/cli.py" line="296"/>
        <source>“{text}”: give review numbers separated by commas, or all.</source>
        <translation>«{text}»: indique números de revisión separados por comas, o all.</translation>
    </message>
    <message>
        <location filename="../../inventory/cli.py" line="340"/>
        <source>Cannot read {file}: {why}.</source>
        <translation>No se puede leer {file}: {why}.</translation>
    </message>
    <message>
        <location filename="../../inventory/cli.py" line="419"/>
        <source>Give the new year: --new-year 2027-28 --first-day 2027-08-16 --last-day 2028-06-02.</source>
        <translation>Indique el nuevo curso: --new-year 2027-28 --first-day 2027-08-16 --last-day 2028-06-02.</translation>
    </message>
    <message>
        <location filename="../../inventory/reports.py" line="33"/>
        <source>“{wanted}” is not an inventory number. Type the number shown in the list.</source>
        <translation>«{wanted}» no es un número de inventario. Escriba el número que aparece en la lista.</translation>
    </message>
    <message>
        <location filename="../../inventory/reports.py" line="46"/>
        <source>No inventory has been started yet. Start one in Inventory.</source>
        <translation>Todavía no se ha empezado ningún inventario. Empiece uno en Inventario.</translation>
    </message>
    <message>
        <location filename="../../inventory/reports.py" line="57"/>
        <source>progress</source>
        <translation>progreso</translation>
    </message>
    <message>
        <location filename="../../inventory/reports.py" line="61"/>
        <source>misshelved</source>
        <translation>mal colocados</translation>
    </message>
    <message>
        <location filename="../../inventory/reports.py" line="63"/>
        <source>shelf order</source>
        <translation>orden en el estante</translation>
    </message>
    <message>
        <location filename="../../inventory/reports.py" line="139"/>
        <location filename="../../inventory/shelf.py" line="788"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="71"/>
        <source>the whole collection</source>
        <translation>toda la colección</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="74"/>
        <source>location {location}</source>
        <translation>ubicación {location}</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="77"/>
        <source>call numbers {first} to {last}</source>
        <translation>signaturas de {first} a {last}</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="84"/>
        <source>item type {code}</source>
        <translation>tipo de material {code}</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="256"/>
        <source>The call-number range starts ({first}) after it ends ({last}). Swap the two call numbers.</source>
        <translation>El intervalo de signaturas empieza ({first}) después de donde termina ({last}). Intercambie las dos signaturas.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="272"/>
        <source>No copies match {scope}. Check the location and call numbers.</source>
        <translation>Ningún ejemplar corresponde a {scope}. Revise la ubicación y las signaturas.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="293"/>
        <source>Started {name}</source>
        <translation>Empezado {name}</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="316"/>
        <source>Inventory #{number} does not exist. Choose one from the list.</source>
        <translation>El inventario n.º {number} no existe. Elija uno de la lista.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="328"/>
        <source>“{name}” was closed on {day}. Start a new inventory to scan more shelves.</source>
        <translation>«{name}» se cerró el {day}. Empiece un inventario nuevo para escanear más estantes.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="391"/>
        <source>The scan was empty. Scan the barcode again.</source>
        <translation>La lectura estaba vacía. Escanee otra vez el código de barras.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="407"/>
        <source>{code} is not a copy in the catalog. Put it aside for the librarian.</source>
        <translation>{code} no es un ejemplar del catálogo. Apártelo para el bibliotecario.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="432"/>
        <source>Already scanned: {title} ({call_number}).</source>
        <translation>Ya escaneado: {title} ({call_number}).</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="437"/>
        <source>{title} ({call_number}) was withdrawn: take it off the shelf.</source>
        <translation>{title} ({call_number}) se dio de baja: retírelo del estante.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="446"/>
        <source>{title} ({call_number}) is on loan in the system: check it in at the desk.</source>
        <translation>{title} ({call_number}) figura como prestado en el sistema: devuélvalo en el mostrador.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="458"/>
        <source>{title} ({call_number}) is marked {status}: check it in at the desk to put it back in the catalog.</source>
        <translation>{title} ({call_number}) está marcado como {status}: devuélvalo en el mostrador para que vuelva al catálogo.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="469"/>
        <source>{title} ({call_number})</source>
        <translation>{title} ({call_number})</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="479"/>
        <source>Out of call-number order on this shelf: move it to its place.</source>
        <translation>Fuera del orden de signatura en este estante: póngalo en su sitio.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="483"/>
        <location filename="../../labels/service.py" line="106"/>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="485"/>
        <source>Earlier on this shelf, out of call-number order: {named}.</source>
        <translation>Antes en este estante, fuera del orden de signatura: {named}.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="501"/>
        <source>{title} ({call_number}) belongs in {home}: reshelve it there.</source>
        <translation>{title} ({call_number}) va en {home}: colóquelo allí.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="507"/>
        <source>{title} ({call_number}) does not belong on these shelves: reshelve it.</source>
        <translation>{title} ({call_number}) no es de estos estantes: colóquelo en su sitio.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="513"/>
        <source>belongs in {home}: reshelve it there.</source>
        <translation>Va en {home}: colóquelo allí.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="514"/>
        <source>does not belong on these shelves: reshelve it.</source>
        <translation>No es de estos estantes: colóquelo en su sitio.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="536"/>
        <source>{title} ({call_number}) was {status} — now back on the shelf.</source>
        <translation>{title} ({call_number}) estaba {status}: ya vuelve a estar en el estante.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="548"/>
        <source>Its lost fee of ${fee:.2f} was paid: refund it at the desk.</source>
        <translation>Su multa por pérdida de ${fee:.2f} ya se pagó: devuelva el importe en el mostrador.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="560"/>
        <source>Found on the shelf during {name}: {title} ({call_number}), was {status}</source>
        <translation>Encontrado en el estante durante {name}: {title} ({call_number}), estaba {status}</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="784"/>
        <source>{done:,} of {total:,} scans</source>
        <translation>{done:,} de {total:,} lecturas</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="885"/>
        <source>found in {here}, belongs in {home}</source>
        <translation>encontrado en {here}, va en {home}</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="886"/>
        <source>found here, but outside this inventory&apos;s shelves</source>
        <translation>encontrado aquí, pero fuera de los estantes de este inventario</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="930"/>
        <source>out of call-number order on the shelf</source>
        <translation>fuera del orden de signatura en el estante</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="1005"/>
        <source>Closed {name}: {found:,} found ({returned:,} of them returned at the desk during the inventory), {missing:,} missing</source>
        <translation>Cerrado {name}: {found:,} encontrados ({returned:,} de ellos devueltos en el mostrador durante el inventario), {missing:,} extraviados</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="1067"/>
        <source>Some of those copies are not on this inventory&apos;s review list.</source>
        <translation>Algunos de esos ejemplares no están en la lista de revisión de este inventario.</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="1085"/>
        <source>Marked {count} missing copies lost</source>
        <translation>{count} ejemplares extraviados marcados como perdidos</translation>
    </message>
    <message>
        <location filename="../../inventory/shelf.py" line="1107"/>
        <source>Put {count} missing copies back on the shelf</source>
        <translation>{count} ejemplares extraviados devueltos al estante</translation>
    </message>
    <message>
        <location filename="../../inventory/weeding.py" line="61"/>
        <source>in {location}</source>
        <translation>en {location}</translation>
    </message>
    <message>
        <location filename="../../inventory/weeding.py" line="65"/>
        <source>published {years}+ years ago</source>
        <translation>publicado hace {years} años o más</translation>
    </message>
    <message>
        <location filename="../../inventory/weeding.py" line="67"/>
        <source>not borrowed in {years} years</source>
        <translation>sin prestar en {years} años</translation>
    </message>
    <message>
        <location filename="../../inventory/weeding.py" line="69"/>
        <source>borrowed at most {count} times</source>
        <translation>prestado como mucho {count} veces</translation>
    </message>
    <message>
        <location filename="../../inventory/weeding.py" line="71"/>
        <source>condition {conditions}</source>
        <translation>estado físico {conditions}</translation>
    </message>
    <message>
        <location filename="../../inventory/weeding.py" line="126"/>
        <source>The weeding rules could not be read ({error}). Give a list such as [{{&quot;call_from&quot;: &quot;500&quot;, &quot;call_to&quot;: &quot;599&quot;, &quot;older_than_years&quot;: 5}}].</source>
        <translation>No se pudieron leer las reglas de expurgo ({error}). Indique una lista como [{{&quot;call_from&quot;: &quot;500&quot;, &quot;call_to&quot;: &quot;599&quot;, &quot;older_than_years&quot;: 5}}].</translation>
    </message>
    <message>
        <location filename="../../inventory/weeding.py" line="140"/>
        <source>Add at least one weeding rule (age, use or condition).</source>
        <translation>Añada al menos una regla de expurgo (edad, uso o estado físico).</translation>
    </message>
    <message>
        <location filename="../../inventory/weeding.py" line="144"/>
        <source>A weeding rule needs an age, a use or a condition test; a call-number range alone would list every copy on those shelves.</source>
        <translation>Una regla de expurgo necesita una prueba de edad, de uso o de estado físico; un intervalo de signaturas solo listaría todos los ejemplares de esos estantes.</translation>
    </message>
    <message>
        <location filename="../../inventory/weeding.py" line="152"/>
        <source>Years and loan counts in weeding rules cannot be negative.</source>
        <translation>Los años y los números de préstamos de las reglas de expurgo no pueden ser negativos.</translation>
    </message>
    <message>
        <location filename="../../inventory/weeding.py" line="395"/>
        <source>Give a reason for the withdrawal (e.g. “outdated”, “worn”).</source>
        <translation>Indique un motivo para la baja (p. ej. «desactualizado», «gastado»).</translation>
    </message>
    <message>
        <location filename="../../inventory/weeding.py" line="425"/>
        <source>Withdrew {count} copies: {reason}</source>
        <translation>Dados de baja {count} ejemplares: {reason}</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="182"/>
        <source>Give the new school year a name, for example 2027-28.</source>
        <translation>Ponga un nombre al nuevo curso, por ejemplo 2027-28.</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="184"/>
        <source>The new year&apos;s last day must come after its first day.</source>
        <translation>El último día del nuevo curso debe ser posterior al primero.</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="187"/>
        <source>Choose what happens to fees: {policies} (not “{policy}”).</source>
        <translation>Elija qué pasa con las multas: {policies} (no «{policy}»).</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="194"/>
        <source>Choose whether last year&apos;s closed days are cleared or kept.</source>
        <translation>Elija si los días sin clase del curso pasado se borran o se conservan.</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="197"/>
        <source>“{grade}” is not a grade. Type the top grade, e.g. 12, 8 or 5.</source>
        <translation>«{grade}» no es un grado. Escriba el grado más alto, p. ej. 12, 8 o 5.</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="239"/>
        <source>left during the year</source>
        <translation>se fue durante el curso</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="240"/>
        <source>inactive during the year</source>
        <translation>inactivo durante el curso</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="273"/>
        <source>No active student has a grade the rollover understands (K, 1 … 12). Import this year&apos;s roster first, or type the top grade.</source>
        <translation>Ningún alumno activo tiene un grado que el cambio de curso entienda (K, 1 … 12). Importe primero la lista de este curso o escriba el grado más alto.</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="391"/>
        <source>grade not understood: left as it is</source>
        <translation>grado no reconocido: se deja como está</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="413"/>
        <source>moved to another school</source>
        <translation>se cambió a otra escuela</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="499"/>
        <source>This library runs on a district database server, where LMS Desktop cannot take the backup before the rollover itself. Ask IT to back up the server, then confirm that they have (--server-backed-up on the command line).</source>
        <translation>Esta biblioteca funciona en un servidor de base de datos del distrito, donde LMS Desktop no puede hacer por sí mismo la copia de seguridad antes del cambio de curso. Pida a informática que haga la copia del servidor y después confirme que la han hecho (--server-backed-up en la línea de comandos).</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="510"/>
        <source>Backing up the library before the rollover…</source>
        <translation>Haciendo la copia de seguridad de la biblioteca antes del cambio de curso…</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="515"/>
        <source>Promoting students and graduating the top grade…</source>
        <translation>Pasando de grado a los alumnos y graduando el grado más alto…</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="550"/>
        <source>Year-end {closed_year} → {new_year}: {graduated} graduated ({owing} still with loans or fees), {promoted} promoted</source>
        <translation>Fin de curso {closed_year} → {new_year}: {graduated} graduados ({owing} todavía con préstamos o multas), {promoted} pasan de grado</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="564"/>
        <source>Applying the new roster (homerooms)…</source>
        <translation>Aplicando la nueva lista (grupos)…</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="578"/>
        <source>Fees…</source>
        <translation>Multas…</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="585"/>
        <source>Year-end {year}: cleared by the fee policy</source>
        <translation>Fin de curso {year}: borrada por la política de multas</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="593"/>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="617"/>
        <source>{closed_year} closed, {new_year} begins {first_day}: {graduated} graduated ({owing} with loans or fees), {promoted} promoted, {moved} homeroom moves, {cleared} fees cleared, {closed_days} closed days cleared.</source>
        <translation>{closed_year} cerrado, {new_year} empieza el {first_day}: {graduated} graduados ({owing} con préstamos o multas), {promoted} pasan de grado, {moved} cambios de grupo, {cleared} multas borradas, {closed_days} días sin clase borrados.</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="636"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="696"/>
        <source>{closed_year} → {new_year}, applied on {when}</source>
        <translation>{closed_year} → {new_year}, aplicado el {when}</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="733"/>
        <source>No year-end rollover has been applied, so there is nothing to undo.</source>
        <translation>No se ha aplicado ningún cambio de curso, así que no hay nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="737"/>
        <source>The last rollover is now {rollover}, not the one you confirmed. Nothing was restored; look at it and choose Undo again.</source>
        <translation>El último cambio de curso es ahora {rollover}, no el que usted confirmó. No se restauró nada; revíselo y elija Deshacer otra vez.</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="746"/>
        <source>The last rollover in this library is {rollover}, {days} days ago. Undoing it would put back the backup from before it and lose everything done since. Nothing was restored. If that is really what you want, confirm the undo of this older rollover (--force on the command line).</source>
        <translation>El último cambio de curso de esta biblioteca es {rollover}, hace {days} días. Deshacerlo volvería a poner la copia de seguridad de antes y se perdería todo lo hecho desde entonces. No se restauró nada. Si de verdad es lo que quiere, confirme que desea deshacer este cambio de curso antiguo (--force en la línea de comandos).</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="759"/>
        <source>This rollover was made on a district database server; ask IT to restore the server&apos;s backup from before it.</source>
        <translation>Este cambio de curso se hizo en un servidor de base de datos del distrito; pida a informática que restaure la copia de seguridad del servidor de antes del cambio.</translation>
    </message>
    <message>
        <location filename="../../inventory/yearend.py" line="770"/>
        <source>Undid the year-end rollover of {year} from {file}</source>
        <translation>Deshecho el cambio de curso de {year} desde {file}</translation>
    </message>
    <message>
        <location filename="../../labels/barcodes.py" line="28"/>
        <source>&apos;{symbology}&apos; is not a barcode type LMS Desktop prints. Choose one of: {types}.</source>
        <translation>«{symbology}» no es un tipo de código de barras que LMS Desktop imprima. Elija uno de estos: {types}.</translation>
    </message>
    <message>
        <location filename="../../labels/barcodes.py" line="46"/>
        <source>There is no barcode number to print.</source>
        <translation>No hay ningún número de código de barras que imprimir.</translation>
    </message>
    <message>
        <location filename="../../labels/barcodes.py" line="60"/>
        <source>&apos;{data}&apos; cannot be written as {symbology} ({error}). Choose Code 128, which takes any letters and digits.</source>
        <translation>«{data}» no se puede escribir como {symbology} ({error}). Elija Code 128, que admite cualquier letra y dígito.</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="117"/>
        <source>A {sheet} sheet has positions 1 to {last}; {start} is not one of them.</source>
        <translation>Una hoja {sheet} tiene las posiciones de 1 a {last}; {start} no es una de ellas.</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="133"/>
        <source>There are no labels to print. Choose some items, a barcode range or new items.</source>
        <translation>No hay etiquetas que imprimir. Elija algunos materiales, un intervalo de códigos de barras o materiales nuevos.</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="328"/>
        <source>On {sheet} the thinnest bars of {count} {symbology} barcode(s) ({barcodes}) would be {thinnest:.2f} mm wide; scanners often cannot read bars under {least:.2f} mm (7.5 mil).</source>
        <translation>En {sheet}, las barras más finas de {count} código(s) de barras {symbology} ({barcodes}) medirían {thinnest:.2f} mm de ancho; los lectores a menudo no leen barras de menos de {least:.2f} mm (7,5 milésimas de pulgada).</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="342"/>
        <source>choose {symbology} ({width:.2f} mm bars here) if your scanner reads it</source>
        <translation>elija {symbology} (aquí, barras de {width:.2f} mm) si su lector lo lee</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="350"/>
        <source>print on a sheet with wider labels, such as {sheet}</source>
        <translation>imprima en una hoja con etiquetas más anchas, como {sheet}</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="353"/>
        <source>print them on a sheet with wider labels</source>
        <translation>imprímalos en una hoja con etiquetas más anchas</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="357"/>
        <source>{first}, or {second}</source>
        <translation>{first}, o {second}</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="359"/>
        <source>To be safe, {choice}.</source>
        <translation>Para ir sobre seguro, {choice}.</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="416"/>
        <source>the patron card</source>
        <translation>el carné de usuario</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="418"/>
        <source>the device asset tag</source>
        <translation>la etiqueta de inventario del dispositivo</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="419"/>
        <source>the barcode label</source>
        <translation>la etiqueta de código de barras</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="425"/>
        <source>{count} patron cards</source>
        <translation>{count} carnés de usuario</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="427"/>
        <source>{count} device asset tags</source>
        <translation>{count} etiquetas de inventario de dispositivos</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="428"/>
        <source>{count} barcode labels</source>
        <translation>{count} etiquetas de código de barras</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="433"/>
        <source>the school name</source>
        <translation>el nombre de la escuela</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="434"/>
        <source>the call number</source>
        <translation>la signatura</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="435"/>
        <source>the title</source>
        <translation>el título</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="436"/>
        <source>the grade and homeroom</source>
        <translation>el grado y el grupo</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="437"/>
        <source>the device type and serial number</source>
        <translation>el tipo de dispositivo y el número de serie</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="445"/>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="490"/>
        <source>On {sheet} {labels} leaves off {words}: there is no room for it beside bars tall enough to scan ({height:.1f} mm).</source>
        <translation>En {sheet}, {labels} deja fuera {words}: no cabe junto a unas barras lo bastante altas para leerlas ({height:.1f} mm).</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="499"/>
        <source>On {sheet} {labels} leaves off {words}: there is no room for them beside bars tall enough to scan ({height:.1f} mm).</source>
        <translation>En {sheet}, {labels} deja fuera {words}: no caben junto a unas barras lo bastante altas para leerlas ({height:.1f} mm).</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="510"/>
        <source>On {sheet} {labels} leave off {words}: there is no room for it beside bars tall enough to scan ({height:.1f} mm).</source>
        <translation>En {sheet}, {labels} dejan fuera {words}: no cabe junto a unas barras lo bastante altas para leerlas ({height:.1f} mm).</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="519"/>
        <source>On {sheet} {labels} leave off {words}: there is no room for them beside bars tall enough to scan ({height:.1f} mm).</source>
        <translation>En {sheet}, {labels} dejan fuera {words}: no caben junto a unas barras lo bastante altas para leerlas ({height:.1f} mm).</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="530"/>
        <source>To print it, choose a taller sheet such as {sheet}.</source>
        <translation>Para imprimirlo, elija una hoja más alta, como {sheet}.</translation>
    </message>
    <message>
        <location filename="../../labels/render.py" line="532"/>
        <source>To print them, choose a taller sheet such as {sheet}.</source>
        <translation>Para imprimirlos, elija una hoja más alta, como {sheet}.</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="35"/>
        <source>Spine labels</source>
        <translation>Etiquetas de lomo</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="36"/>
        <source>Barcode labels</source>
        <translation>Etiquetas de código de barras</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="37"/>
        <source>Patron cards</source>
        <translation>Carnés de usuario</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="38"/>
        <source>Device asset tags</source>
        <translation>Etiquetas de inventario de dispositivos</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="115"/>
        <source>in the catalog</source>
        <translation>del catálogo</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="116"/>
        <source>an active patron&apos;s card</source>
        <translation>el carné de un usuario activo</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="117"/>
        <source>active patrons&apos; cards</source>
        <translation>carnés de usuarios activos</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="118"/>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="119"/>
        <source>devices</source>
        <translation>dispositivos</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="135"/>
        <source>No barcode from {first} to {last} is {what}, so there is nothing to print. Check the first and last barcode.</source>
        <translation>Ningún código de barras de {first} a {last} es {what}, así que no hay nada que imprimir. Revise el primer y el último código de barras.</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="145"/>
        <source>1 of the {total:,} barcodes from {first} to {last} is not {what}, so it has no label: {barcode}.</source>
        <translation>1 de los {total:,} códigos de barras de {first} a {last} no es {what}, así que no tiene etiqueta: {barcode}.</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="155"/>
        <source>{count:,} of the {total:,} barcodes from {first} to {last} are not {what}, so they have no label: {barcodes}.</source>
        <translation>{count:,} de los {total:,} códigos de barras de {first} a {last} no son {what}, así que no tienen etiqueta: {barcodes}.</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="174"/>
        <source>&apos;{first}&apos; to &apos;{last}&apos; is not a barcode range: both must end in a number and start with the same letters (e.g. T00001 to T00250).</source>
        <translation>«{first}» a «{last}» no es un intervalo de códigos de barras: los dos deben terminar en un número y empezar con las mismas letras (p. ej. T00001 a T00250).</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="184"/>
        <source>The last barcode comes before the first. Swap them.</source>
        <translation>El último código de barras va antes que el primero. Intercámbielos.</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="187"/>
        <source>That range has {count:,} barcodes; print at most {most:,} at a time.</source>
        <translation>Ese intervalo tiene {count:,} códigos de barras; imprima como máximo {most:,} cada vez.</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="246"/>
        <source>No item has the barcode {barcodes}. Check the numbers, or add the copies in the catalog first.</source>
        <translation>Ningún material tiene el código de barras {barcodes}. Revise los números o añada primero los ejemplares en el catálogo.</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="280"/>
        <source>Choose what to print: scan or type barcodes, give a barcode range, or pick new items.</source>
        <translation>Elija qué imprimir: escanee o escriba códigos de barras, indique un intervalo de códigos o elija materiales nuevos.</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="307"/>
        <source>Choose whose cards to print: scan cards, give a card number range, pick a homeroom, or everyone.</source>
        <translation>Elija de quién imprimir los carnés: escanee carnés, indique un intervalo de números de carné, elija un grupo o todos.</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="322"/>
        <source>No patron has the card number {numbers}</source>
        <translation>Ningún usuario tiene el número de carné {numbers}</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="326"/>
        <source>{numbers}: the card of a patron who is not active</source>
        <translation>{numbers}: el carné de un usuario que no está activo</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="333"/>
        <source>{problems}. Check the numbers; a patron who has left must be made active again before a card is printed.</source>
        <translation>{problems}. Revise los números; un usuario que se ha ido debe volver a estar activo antes de imprimir su carné.</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="387"/>
        <source>Choose which devices to tag: scan asset tags, give a range, or all.</source>
        <translation>Elija qué dispositivos etiquetar: escanee etiquetas de inventario, indique un intervalo o todos.</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="404"/>
        <source>No device has the asset tag {tags}</source>
        <translation>Ningún dispositivo tiene la etiqueta de inventario {tags}</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="407"/>
        <source>{tags}: a book or other copy, not a device</source>
        <translation>{tags}: un libro u otro ejemplar, no un dispositivo</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="415"/>
        <source>{problems}. Check the tags, or add the devices under Devices first.</source>
        <translation>{problems}. Revise las etiquetas o añada primero los dispositivos en Dispositivos.</translation>
    </message>
    <message>
        <location filename="../../labels/service.py" line="448"/>
        <source>&apos;{kind}&apos; is not a kind of label. Kinds: {kinds}.</source>
        <translation>«{kind}» no es una clase de etiqueta. Clases: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../labels/sheets.py" line="68"/>
        <source>every size must be more than zero</source>
        <translation>todas las medidas deben ser mayores que cero</translation>
    </message>
    <message>
        <location filename="../../labels/sheets.py" line="70"/>
        <source>a sheet needs at least one column and one row</source>
        <translation>una hoja necesita al menos una columna y una fila</translation>
    </message>
    <message>
        <location filename="../../labels/sheets.py" line="73"/>
        <source>labels overlap side by side (the across pitch is below the width)</source>
        <translation>las etiquetas se solapan a lo ancho (el paso horizontal es menor que el ancho)</translation>
    </message>
    <message>
        <location filename="../../labels/sheets.py" line="77"/>
        <source>labels overlap top to bottom (the down pitch is below the height)</source>
        <translation>las etiquetas se solapan a lo alto (el paso vertical es menor que el alto)</translation>
    </message>
    <message>
        <location filename="../../labels/sheets.py" line="82"/>
        <source>the last labels fall off the page</source>
        <translation>las últimas etiquetas se salen de la página</translation>
    </message>
    <message>
        <location filename="../../labels/sheets.py" line="85"/>
        <source>The label sheet &apos;{name}&apos; cannot be used: {problems}. Check the measurements against the sheet&apos;s package.</source>
        <translation>No se puede usar la hoja de etiquetas «{name}»: {problems}. Compare las medidas con las del paquete de hojas.</translation>
    </message>
    <message>
        <location filename="../../labels/sheets.py" line="160"/>
        <source>&apos;{name}&apos; is the name of a built-in sheet. Give your sheet another name.</source>
        <translation>«{name}» es el nombre de una hoja incluida. Ponga otro nombre a su hoja.</translation>
    </message>
    <message>
        <location filename="../../labels/sheets.py" line="193"/>
        <source>&apos;{name}&apos; matches several label sheets: {known}. Type one of them.</source>
        <translation>«{name}» coincide con varias hojas de etiquetas: {known}. Escriba una de ellas.</translation>
    </message>
    <message>
        <location filename="../../labels/sheets.py" line="200"/>
        <source>There is no label sheet called &apos;{name}&apos;. Sheets: {known}.</source>
        <translation>No hay ninguna hoja de etiquetas llamada «{name}». Hojas: {known}.</translation>
    </message>
    <message>
        <location filename="../../labels/sheets.py" line="227"/>
        <source>An offset of more than 10 mm means the wrong sheet is chosen. Check the sheet type, then print a test page and measure again.</source>
        <translation>Un desplazamiento de más de 10 mm significa que se ha elegido la hoja equivocada. Revise el tipo de hoja, imprima una página de prueba y vuelva a medir.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="49"/>
        <source>requested</source>
        <translation>solicitada</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="50"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="51"/>
        <source>waitlisted</source>
        <translation>en lista de espera</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="52"/>
        <source>checked in</source>
        <translation>llegada registrada</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="53"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="54"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="55"/>
        <source>no show</source>
        <translation>ausencia</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="181"/>
        <location filename="../../makerspace/bookings.py" line="912"/>
        <location filename="../../makerspace/bookings.py" line="973"/>
        <location filename="../../makerspace/bookings.py" line="1037"/>
        <location filename="../../makerspace/resources.py" line="336"/>
        <source>That booking no longer exists. Refresh the schedule.</source>
        <translation>Esa reserva ya no existe. Actualice el horario.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="246"/>
        <source>That resource no longer exists. Refresh the list.</source>
        <translation>Ese recurso ya no existe. Actualice la lista.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="249"/>
        <source>{resource} is out of service. Choose another resource.</source>
        <translation>{resource} está fuera de servicio. Elija otro recurso.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="259"/>
        <location filename="../../makerspace/certificates.py" line="66"/>
        <location filename="../../makerspace/certificates.py" line="176"/>
        <source>That patron no longer exists. Scan or search for them again.</source>
        <translation>Ese usuario ya no existe. Escanee su carné o búsquelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="262"/>
        <source>{name} is not an active patron ({status}). Reactivate them in Patrons first.</source>
        <translation>{name} no es un usuario activo ({status}). Reactívelo primero en Usuarios.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="281"/>
        <location filename="../../makerspace/slots.py" line="166"/>
        <source>The booking must end after it starts. Fix the end time.</source>
        <translation>La reserva debe terminar después de empezar. Corrija la hora de fin.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="286"/>
        <source>A booking must start and end on the same day. Book each day separately.</source>
        <translation>Una reserva debe empezar y terminar el mismo día. Reserve cada día por separado.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="291"/>
        <source>{resource} is booked for at least {minutes} minutes. Make the booking longer.</source>
        <translation>{resource} se reserva durante al menos {minutes} minutos. Alargue la reserva.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="297"/>
        <source>{resource} can be booked for at most {minutes} minutes at a time. Make the booking shorter, or book two slots.</source>
        <translation>{resource} se puede reservar como máximo {minutes} minutos seguidos. Acorte la reserva o reserve dos huecos.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="306"/>
        <source>{resource} can be booked from {opens} to {closes}. Choose a time within those hours.</source>
        <translation>{resource} se puede reservar de {opens} a {closes}. Elija una hora dentro de ese horario.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="313"/>
        <source>A booking takes at least one seat.</source>
        <translation>Una reserva ocupa al menos un puesto.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="315"/>
        <source>{resource} has room for {capacity}; {seats} were asked for. Book fewer seats or another resource.</source>
        <translation>{resource} tiene sitio para {capacity}; se pidieron {seats}. Reserve menos puestos u otro recurso.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="413"/>
        <source>another booking</source>
        <translation>otra reserva</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="480"/>
        <source>on {resource}</source>
        <translation>en {resource}</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="482"/>
        <source>in the makerspace</source>
        <translation>en el makerspace</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="484"/>
        <source>{name} already has {used} booked {where} in the week of {week}; this booking ({minutes}) would go over the {limit} weekly limit. Choose a shorter booking or another week.</source>
        <translation>{name} ya tiene {used} reservadas {where} en la semana del {week}; esta reserva ({minutes}) superaría el límite semanal de {limit}. Elija una reserva más corta u otra semana.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="515"/>
        <location filename="../../makerspace/certificates.py" line="277"/>
        <source>{tool} needs training. {problem}</source>
        <translation>{tool} requiere formación. {problem}</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="552"/>
        <source>{listed} and {more} more</source>
        <translation>{listed} y {more} más</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="554"/>
        <source>{resource} is full then: {listed}.</source>
        <translation>{resource} está completo a esa hora: {listed}.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="556"/>
        <source>{resource} is already booked then: {listed}.</source>
        <translation>{resource} ya está reservado a esa hora: {listed}.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="562"/>
        <source>The next free slot is {slot}.</source>
        <translation>El siguiente hueco libre es: {slot}.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="563"/>
        <source>Choose another time, or join the waitlist.</source>
        <translation>Elija otra hora o apúntese a la lista de espera.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="594"/>
        <location filename="../../makerspace/bookings.py" line="685"/>
        <source>Say who the booking is for: a student, or a teacher&apos;s class.</source>
        <translation>Indique para quién es la reserva: un alumno o la clase de un profesor.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="676"/>
        <source>No school day between {first_day} and {last_day} matches the series. Check the day types and dates.</source>
        <translation>Ningún día de clase entre el {first_day} y el {last_day} coincide con la serie. Revise los tipos de día y las fechas.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="705"/>
        <source>taken by {bookers}</source>
        <translation>ocupado por {bookers}</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="720"/>
        <source>{skipped} of {total} occurrences cannot be booked. First: {when}: {reason} ({more} more occurrences too). Book the free ones only, or change the series.</source>
        <translation>No se pueden reservar {skipped} de {total} fechas. La primera: {when}: {reason} (y {more} fechas más). Reserve solo las libres o cambie la serie.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="730"/>
        <source>{skipped} of {total} occurrences cannot be booked. First: {when}: {reason}. Book the free ones only, or change the series.</source>
        <translation>No se pueden reservar {skipped} de {total} fechas. La primera: {when}: {reason}. Reserve solo las libres o cambie la serie.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="755"/>
        <source>Every date of the series is free {when}.</source>
        <translation>Todas las fechas de la serie están libres {when}.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="762"/>
        <source>None of the occurrences can be booked.</source>
        <translation>No se puede reservar ninguna de las fechas.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="860"/>
        <source>in period {name} ({times})</source>
        <translation>en el periodo {name} ({times})</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="862"/>
        <source>in periods {first}-{last} ({times})</source>
        <translation>en los periodos {first}-{last} ({times})</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="884"/>
        <source>at {times}</source>
        <translation>a las {times}</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="915"/>
        <source>A {status} booking cannot be moved. Make a new booking.</source>
        <translation>Una reserva en estado «{status}» no se puede mover. Haga una reserva nueva.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="976"/>
        <source>This booking is {status}, so it cannot be {wanted}. Refresh the schedule.</source>
        <translation>Esta reserva está en estado «{status}», así que no puede pasar a «{wanted}». Actualice el horario.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="1039"/>
        <source>This booking has not been approved yet. Approve it first.</source>
        <translation>Esta reserva todavía no está aprobada. Apruébela primero.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="1042"/>
        <source>This booking is {status}; only an approved booking can be checked in.</source>
        <translation>Esta reserva está en estado «{status}»; solo se puede registrar la llegada de una reserva aprobada.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="1049"/>
        <source>It is too early to check in: check-in opens 15 minutes before the booking starts.</source>
        <translation>Es demasiado pronto para registrar la llegada: se puede registrar desde 15 minutos antes del inicio de la reserva.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="1052"/>
        <source>This booking has already ended. Make a new booking instead.</source>
        <translation>Esta reserva ya terminó. Haga una reserva nueva.</translation>
    </message>
    <message>
        <location filename="../../makerspace/bookings.py" line="1103"/>
        <location filename="../../makerspace/bookings.py" line="1106"/>
        <location filename="../../makerspace/bookings.py" line="1113"/>
        <source>Not given the slot: {reason}</source>
        <translation>No se le dio el hueco: {reason}</translation>
    </message>
    <message>
        <location filename="../../makerspace/calendar_setup.py" line="81"/>
        <source>A bell schedule needs at least one period. Add one.</source>
        <translation>Un horario de timbre necesita al menos un periodo. Añada uno.</translation>
    </message>
    <message>
        <location filename="../../makerspace/calendar_setup.py" line="84"/>
        <source>Every period needs a name, such as &apos;1&apos; or &apos;Advisory&apos;.</source>
        <translation>Cada periodo necesita un nombre, por ejemplo «1» o «Tutoría».</translation>
    </message>
    <message>
        <location filename="../../makerspace/calendar_setup.py" line="86"/>
        <source>Two periods have the same name. Give each period its own name.</source>
        <translation>Dos periodos tienen el mismo nombre. Dé a cada periodo su propio nombre.</translation>
    </message>
    <message>
        <location filename="../../makerspace/calendar_setup.py" line="91"/>
        <source>Period {name} ends before it starts. Fix its times.</source>
        <translation>El periodo {name} termina antes de empezar. Corrija sus horas.</translation>
    </message>
    <message>
        <location filename="../../makerspace/calendar_setup.py" line="96"/>
        <source>Periods {first} and {second} overlap. Fix their times so one ends first.</source>
        <translation>Los periodos {first} y {second} se solapan. Corrija sus horas para que uno termine antes.</translation>
    </message>
    <message>
        <location filename="../../makerspace/calendar_setup.py" line="116"/>
        <source>A bell schedule needs a name, such as &apos;Regular&apos; or &apos;Early release&apos;.</source>
        <translation>Un horario de timbre necesita un nombre, por ejemplo «Normal» o «Salida temprana».</translation>
    </message>
    <message>
        <location filename="../../makerspace/calendar_setup.py" line="127"/>
        <location filename="../../makerspace/calendar_setup.py" line="232"/>
        <source>That bell schedule no longer exists. Refresh the list.</source>
        <translation>Ese horario de timbre ya no existe. Actualice la lista.</translation>
    </message>
    <message>
        <location filename="../../makerspace/calendar_setup.py" line="164"/>
        <source>The {schedule} schedule is used on {day}. Change that special day first.</source>
        <translation>El horario {schedule} se usa el {day}. Cambie primero ese día especial.</translation>
    </message>
    <message>
        <location filename="../../makerspace/calendar_setup.py" line="195"/>
        <source>Each day type may appear only once, such as &apos;A, B&apos;.</source>
        <translation>Cada tipo de día puede aparecer solo una vez, por ejemplo «A, B».</translation>
    </message>
    <message>
        <location filename="../../makerspace/calendar_setup.py" line="197"/>
        <source>Day types are short labels such as A, B or Day 1.</source>
        <translation>Los tipos de día son etiquetas cortas, como A, B o Día 1.</translation>
    </message>
    <message>
        <location filename="../../makerspace/calendar_setup.py" line="230"/>
        <source>Choose a bell schedule or a day type for the special day.</source>
        <translation>Elija un horario de timbre o un tipo de día para el día especial.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="69"/>
        <location filename="../../makerspace/resources.py" line="229"/>
        <source>That training no longer exists. Refresh the list.</source>
        <translation>Esa formación ya no existe. Actualice la lista.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="71"/>
        <source>Enter who gave the training.</source>
        <translation>Escriba quién impartió la formación.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="76"/>
        <source>A certificate cannot expire before the training. Fix the dates.</source>
        <translation>Un certificado no puede caducar antes de la formación. Corrija las fechas.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="94"/>
        <source>That certificate no longer exists. Refresh the list.</source>
        <translation>Ese certificado ya no existe. Actualice la lista.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="207"/>
        <source>{name} has not been trained in {training}. Arrange the training and record the certificate first.</source>
        <translation>{name} no ha recibido la formación {training}. Organice la formación y registre primero el certificado.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="215"/>
        <source>{name}&apos;s {training} certificate was withdrawn. They need to be trained again before using this tool.</source>
        <translation>El certificado de {training} de {name} fue retirado. Debe volver a recibir la formación antes de usar esta herramienta.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="222"/>
        <source>{name}&apos;s {training} training is dated {trained_on}, after {on_date}. Choose a later date.</source>
        <translation>La formación {training} de {name} tiene fecha del {trained_on}, posterior al {on_date}. Elija una fecha posterior.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="231"/>
        <source>{name}&apos;s {training} certificate expired on {expires_on}. Renew the training and record the new certificate.</source>
        <translation>El certificado de {training} de {name} caducó el {expires_on}. Renueve la formación y registre el nuevo certificado.</translation>
    </message>
    <message>
        <location filename="../../makerspace/certificates.py" line="268"/>
        <source>That item no longer exists. Scan it again.</source>
        <translation>Ese material ya no existe. Escanéelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../makerspace/cli.py" line="151"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location filename="../../makerspace/cli.py" line="153"/>
        <source>There is no resource called {name!r} (resources: {names}).</source>
        <translation>No hay ningún recurso llamado {name!r} (recursos: {names}).</translation>
    </message>
    <message>
        <location filename="../../makerspace/cli.py" line="162"/>
        <source>No patron has the card {card}. Check the barcode.</source>
        <translation>Ningún usuario tiene el carné {card}. Revise el código de barras.</translation>
    </message>
    <message>
        <location filename="../../makerspace/cli.py" line="181"/>
        <source>Give either --period or --start and --end.</source>
        <translation>Indique --period, o bien --start y --end.</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="131"/>
        <source>A resource needs a name, such as &apos;Laser cutter&apos;. Type one in.</source>
        <translation>Un recurso necesita un nombre, por ejemplo «Cortadora láser». Escriba uno.</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="133"/>
        <source>Capacity must be at least 1. Fix the capacity.</source>
        <translation>La capacidad debe ser al menos 1. Corrija la capacidad.</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="136"/>
        <source>The longest booking must be at least as long as the shortest. Fix the durations.</source>
        <translation>La reserva más larga debe durar al menos lo mismo que la más corta. Corrija las duraciones.</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="139"/>
        <source>Bookable hours must end after they start. Fix the hours.</source>
        <translation>Las horas reservables deben terminar después de empezar. Corrija las horas.</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="141"/>
        <source>A weekly quota must be at least one minute, or left empty.</source>
        <translation>Un cupo semanal debe ser de al menos un minuto, o quedar vacío.</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="162"/>
        <location filename="../../makerspace/resources.py" line="193"/>
        <source>Resource {resource} does not exist. Refresh the list.</source>
        <translation>El recurso {resource} no existe. Actualice la lista.</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="185"/>
        <source>That training no longer exists. Choose another one.</source>
        <translation>Esa formación ya no existe. Elija otra.</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="220"/>
        <source>A training needs a name, such as &apos;Laser cutter safety&apos;.</source>
        <translation>Una formación necesita un nombre, por ejemplo «Seguridad de la cortadora láser».</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="222"/>
        <source>A training is valid for at least one day, or for ever.</source>
        <translation>Una formación es válida al menos un día, o para siempre.</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="283"/>
        <source>A consumable needs a name and a unit (g, in, sheet).</source>
        <translation>Un consumible necesita un nombre y una unidad (g, in, hoja).</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="285"/>
        <source>Stock and the low-stock level cannot be negative.</source>
        <translation>Las existencias y el nivel de existencias bajas no pueden ser negativos.</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="292"/>
        <location filename="../../makerspace/resources.py" line="310"/>
        <location filename="../../makerspace/resources.py" line="334"/>
        <source>That consumable no longer exists. Refresh the list.</source>
        <translation>Ese consumible ya no existe. Actualice la lista.</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="307"/>
        <source>Enter how much arrived (more than zero).</source>
        <translation>Escriba cuánto llegó (más de cero).</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="331"/>
        <source>Enter how much was used (more than zero).</source>
        <translation>Escriba cuánto se usó (más de cero).</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="339"/>
        <source>Only {stock:g} {unit} of {name} is in stock, less than the {quantity:g} {unit} entered. Check the amount, or restock first.</source>
        <translation>Solo quedan {stock:g} {unit} de {name} en existencias, menos que los {quantity:g} {unit} indicados. Revise la cantidad o reponga primero.</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="360"/>
        <source>{name} is low: {stock:g} {unit} left (reorder level {level:g} {unit}). Order more.</source>
        <translation>Quedan pocas existencias de {name}: {stock:g} {unit} (nivel de pedido {level:g} {unit}). Pida más.</translation>
    </message>
    <message>
        <location filename="../../makerspace/resources.py" line="397"/>
        <source>No item has the barcode {barcode}. Add the tool as an item in the catalog first, or leave the barcode empty.</source>
        <translation>Ningún material tiene el código de barras {barcode}. Añada primero la herramienta como material en el catálogo, o deje vacío el código de barras.</translation>
    </message>
    <message>
        <location filename="../../makerspace/schedule.py" line="131"/>
        <source>The school is closed on {day} (not a school day).</source>
        <translation>La escuela está cerrada el {day} (no es día de clase).</translation>
    </message>
    <message>
        <location filename="../../makerspace/schedule.py" line="133"/>
        <source>Choose a day within the school year.</source>
        <translation>Elija un día dentro del curso.</translation>
    </message>
    <message>
        <location filename="../../makerspace/schedule.py" line="135"/>
        <source>The next school day is {day} ({letter}-day): choose that day or another school day.</source>
        <translation>El siguiente día de clase es el {day} (día {letter}): elija ese día u otro día de clase.</translation>
    </message>
    <message>
        <location filename="../../makerspace/schedule.py" line="141"/>
        <source>The next school day is {day}: choose that day or another school day.</source>
        <translation>El siguiente día de clase es el {day}: elija ese día u otro día de clase.</translation>
    </message>
    <message>
        <location filename="../../makerspace/schedule.py" line="231"/>
        <source>There is no period {period!r} on {day} (periods: {names}). Choose one of those periods.</source>
        <translation>No hay ningún periodo {period!r} el {day} (periodos: {names}). Elija uno de esos periodos.</translation>
    </message>
    <message>
        <location filename="../../makerspace/schedule.py" line="300"/>
        <source>A period loan lasts at least one period. Fix the loan rule.</source>
        <translation>Un préstamo por periodos dura al menos un periodo. Corrija la regla de préstamo.</translation>
    </message>
    <message>
        <location filename="../../makerspace/schedule.py" line="318"/>
        <source>There are not enough school periods left in the school year for this loan. Lend it with a date due instead, or extend the school year in Settings.</source>
        <translation>No quedan suficientes periodos en el curso para este préstamo. Préstelo con una fecha de vencimiento, o amplíe el curso en Configuración.</translation>
    </message>
    <message>
        <location filename="../../makerspace/schedule.py" line="361"/>
        <source>There is no site {site}. Check the school&apos;s setup.</source>
        <translation>No existe la sede {site}. Revise la configuración de la escuela.</translation>
    </message>
    <message>
        <location filename="../../makerspace/slots.py" line="121"/>
        <source>{day_types}-days</source>
        <translation>días {day_types}</translation>
    </message>
    <message>
        <location filename="../../makerspace/slots.py" line="125"/>
        <source>school days</source>
        <translation>días de clase</translation>
    </message>
    <message>
        <location filename="../../makerspace/slots.py" line="130"/>
        <source>period {first}-{last}</source>
        <translation>periodo {first}-{last}</translation>
    </message>
    <message>
        <location filename="../../makerspace/slots.py" line="132"/>
        <location filename="../../makerspace/slots.py" line="312"/>
        <source>period {name}</source>
        <translation>periodo {name}</translation>
    </message>
    <message>
        <location filename="../../makerspace/slots.py" line="133"/>
        <source>every {days}, {when}, {first_day} to {last_day}</source>
        <translation>todos los {days}, {when}, del {first_day} al {last_day}</translation>
    </message>
    <message>
        <location filename="../../makerspace/slots.py" line="150"/>
        <source>Period {last} comes before period {first}. Choose a later last period.</source>
        <translation>El periodo {last} va antes del periodo {first}. Elija un último periodo posterior.</translation>
    </message>
    <message>
        <location filename="../../makerspace/slots.py" line="173"/>
        <source>The series ends before it starts. Choose a later end date.</source>
        <translation>La serie termina antes de empezar. Elija una fecha de fin posterior.</translation>
    </message>
    <message>
        <location filename="../../makerspace/slots.py" line="175"/>
        <source>Choose a period, or a start and end time, for the series.</source>
        <translation>Elija un periodo, o una hora de inicio y de fin, para la serie.</translation>
    </message>
    <message>
        <location filename="../../makerspace/slots.py" line="178"/>
        <source>none set up</source>
        <translation>ninguno configurado</translation>
    </message>
    <message>
        <location filename="../../makerspace/slots.py" line="180"/>
        <source>Day type {day_type!r} is not in the school&apos;s rotation (day types: {known}). Choose one of those, or set up the rotation in Settings.</source>
        <translation>El tipo de día {day_type!r} no está en la rotación de la escuela (tipos de día: {known}). Elija uno de esos, o configure la rotación en Configuración.</translation>
    </message>
    <message>
        <location filename="../../makerspace/slots.py" line="284"/>
        <source>{letter}-day {day}</source>
        <translation>Día {letter} {day}</translation>
    </message>
    <message>
        <location filename="../../makerspace/slots.py" line="290"/>
        <source>{day}, {periods} ({times})</source>
        <translation>{day}, {periods} ({times})</translation>
    </message>
    <message>
        <location filename="../../makerspace/slots.py" line="296"/>
        <source>{day} {times}</source>
        <translation>{day} {times}</translation>
    </message>
    <message>
        <location filename="../../makerspace/slots.py" line="313"/>
        <source>periods {first}-{last}</source>
        <translation>periodos {first}-{last}</translation>
    </message>
    <message>
        <location filename="../../makerspace/wording.py" line="41"/>
        <source>{day:02d} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <location filename="../../makerspace/wording.py" line="47"/>
        <source>{day:02d} {month}</source>
        <translation>{day} de {month}</translation>
    </message>
    <message>
        <location filename="../../makerspace/wording.py" line="53"/>
        <source>{weekday} {day:02d} {month}</source>
        <translation>{weekday} {day} de {month}</translation>
    </message>
    <message>
        <location filename="../../reports/circulation_stats.py" line="71"/>
        <source>Counting by day…</source>
        <translation>Contando por día…</translation>
    </message>
    <message>
        <location filename="../../reports/circulation_stats.py" line="86"/>
        <source>Counting by grade and homeroom…</source>
        <translation>Contando por grado y grupo…</translation>
    </message>
    <message>
        <location filename="../../reports/circulation_stats.py" line="94"/>
        <source>Counting by type…</source>
        <translation>Contando por tipo…</translation>
    </message>
    <message>
        <location filename="../../reports/circulation_stats.py" line="113"/>
        <source>Counting by Dewey class…</source>
        <translation>Contando por clase Dewey…</translation>
    </message>
    <message>
        <location filename="../../reports/circulation_stats.py" line="126"/>
        <location filename="../../reports/summary.py" line="320"/>
        <source>Done counting</source>
        <translation>Recuento terminado</translation>
    </message>
    <message>
        <location filename="../../reports/cli.py" line="107"/>
        <source>Say where to write the report with --out FILE.pdf (or .csv, .xlsx).</source>
        <translation>Indique dónde escribir el informe con --out ARCHIVO.pdf (o .csv, .xlsx).</translation>
    </message>
    <message>
        <location filename="../../reports/cli.py" line="117"/>
        <source>Write filters as KEY=VALUE (e.g. grade=3), not &apos;{item}&apos;.</source>
        <translation>Escriba los filtros como CLAVE=VALOR (p. ej. grade=3), no «{item}».</translation>
    </message>
    <message>
        <location filename="../../reports/cli.py" line="156"/>
        <source>Give the sheet (--sheet NAME) and the file (--out FILE.pdf).</source>
        <translation>Indique la hoja (--sheet NOMBRE) y el archivo (--out ARCHIVO.pdf).</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="32"/>
        <source>The report was stopped before it was finished. Run it again when ready.</source>
        <translation>El informe se detuvo antes de terminar. Vuelva a generarlo cuando quiera.</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="60"/>
        <source>The report ends ({end}) before it starts ({start}). Swap the two dates and run it again.</source>
        <translation>El informe termina ({end}) antes de empezar ({start}). Intercambie las dos fechas y vuelva a generarlo.</translation>
    </message>
    <message>
        <location filename="../../reports/export.py" line="96"/>
        <source>Cannot write a report as &apos;{kind}&apos;. Choose a file name ending in .pdf, .csv or .xlsx.</source>
        <translation>No se puede escribir un informe como «{kind}». Elija un nombre de archivo que termine en .pdf, .csv o .xlsx.</translation>
    </message>
    <message>
        <location filename="../../reports/lists.py" line="227"/>
        <source>&apos;{status}&apos; is not a device status to report on. Use one of: {statuses} (or leave it empty for all).</source>
        <translation>«{status}» no es un estado de dispositivo para el informe. Use uno de estos: {statuses} (o déjelo vacío para todos).</translation>
    </message>
    <message>
        <location filename="../../reports/lists.py" line="476"/>
        <source>&apos;Within days&apos; must be a number of days, like 30; &apos;{within}&apos; is not one.</source>
        <translation>«Caducan dentro de» debe ser un número de días, como 30; «{within}» no lo es.</translation>
    </message>
    <message>
        <location filename="../../reports/lists.py" line="602"/>
        <source>Reading publication years…</source>
        <translation>Leyendo los años de publicación…</translation>
    </message>
    <message>
        <location filename="../../reports/overdues.py" line="142"/>
        <source>Finding overdue items…</source>
        <translation>Buscando materiales atrasados…</translation>
    </message>
    <message>
        <location filename="../../reports/overdues.py" line="146"/>
        <source>Building one page per teacher…</source>
        <translation>Preparando una página por profesor…</translation>
    </message>
    <message>
        <location filename="../../reports/overdues.py" line="267"/>
        <source>Writing notices…</source>
        <translation>Escribiendo avisos…</translation>
    </message>
    <message>
        <location filename="../../reports/pdf.py" line="274"/>
        <source>Laying out pages…</source>
        <translation>Componiendo las páginas…</translation>
    </message>
    <message>
        <location filename="../../reports/pdf.py" line="295"/>
        <source>PDF ready</source>
        <translation>PDF listo</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="56"/>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="57"/>
        <source>Homeroom</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="58"/>
        <source>Resource (e.g. Laser cutter)</source>
        <translation>Recurso (p. ej. Cortadora láser)</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="63"/>
        <source>Principal&apos;s monthly summary</source>
        <translation>Resumen mensual para la dirección</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="64"/>
        <source>Visits, checkouts and returns by week, checkouts by grade, top titles, devices, makerspace hours and the collection, compared with the month before.</source>
        <translation>Visitas, préstamos y devoluciones por semana, préstamos por grado, títulos más prestados, dispositivos, horas del makerspace y la colección, comparados con el mes anterior.</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="73"/>
        <source>Circulation statistics</source>
        <translation>Estadísticas de circulación</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="74"/>
        <source>Checkouts by day, week or month, by grade, homeroom, patron type, item type and Dewey class.</source>
        <translation>Préstamos por día, semana o mes, por grado, grupo, tipo de usuario, tipo de material y clase Dewey.</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="82"/>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="83"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="83"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="83"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="87"/>
        <source>Patron type</source>
        <translation>Tipo de usuario</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="88"/>
        <location filename="../../reports/registry.py" line="191"/>
        <source>Item type</source>
        <translation>Tipo de material</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="93"/>
        <source>Overdues by homeroom</source>
        <translation>Atrasos por grupo</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="94"/>
        <source>One page per homeroom teacher listing each student&apos;s overdue items, ready to hand out.</source>
        <translation>Una página por tutor de grupo con los materiales atrasados de cada alumno, lista para repartir.</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="104"/>
        <source>Overdue notices for students</source>
        <translation>Avisos de atraso para los alumnos</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="105"/>
        <source>A notice for each student with overdue items, in English or Spanish (the text is editable in Settings).</source>
        <translation>Un aviso para cada alumno con materiales atrasados, en inglés o en español (el texto se puede editar en Configuración).</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="114"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="116"/>
        <source>Each student&apos;s language</source>
        <translation>El idioma de cada alumno</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="117"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="118"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="128"/>
        <source>Fees outstanding</source>
        <translation>Multas pendientes</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="129"/>
        <source>Every open fee, with what is still owed after payments and waivers.</source>
        <translation>Todas las multas abiertas, con lo que todavía se debe después de pagos y condonaciones.</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="137"/>
        <source>Holds waiting</source>
        <translation>Reservas en espera</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="138"/>
        <source>Holds waiting for a copy and holds on the hold shelf, oldest first.</source>
        <translation>Reservas que esperan un ejemplar y reservas en el estante de reservas, de la más antigua a la más reciente.</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="146"/>
        <source>Devices out and in repair</source>
        <translation>Dispositivos prestados y en reparación</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="147"/>
        <source>Devices on loan now with their borrowers, and devices with open repair tickets.</source>
        <translation>Dispositivos prestados ahora con quien los tiene, y dispositivos con órdenes de reparación abiertas.</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="151"/>
        <source>Device type (e.g. Chromebook)</source>
        <translation>Tipo de dispositivo (p. ej. Chromebook)</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="154"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="156"/>
        <source>On loan and in repair</source>
        <translation>Prestados y en reparación</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="157"/>
        <source>On loan</source>
        <translation>Prestados</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="158"/>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="159"/>
        <source>In repair</source>
        <translation>En reparación</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="167"/>
        <source>Makerspace use</source>
        <translation>Uso del makerspace</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="168"/>
        <source>Hours by resource and by class, sessions, no-shows and every booking.</source>
        <translation>Horas por recurso y por clase, sesiones, ausencias y todas las reservas.</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="174"/>
        <source>Training certificates expiring</source>
        <translation>Certificados de formación que caducan</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="175"/>
        <source>Makerspace training certificates that expire in the chosen period.</source>
        <translation>Certificados de formación del makerspace que caducan en el periodo elegido.</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="180"/>
        <source>Expiring within (days; instead of the dates)</source>
        <translation>Caducan dentro de (días; en lugar de las fechas)</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="185"/>
        <source>Collection age by Dewey range</source>
        <translation>Antigüedad de la colección por intervalo Dewey</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="186"/>
        <source>Average and median publication year per shelf, items per student: the weeding map.</source>
        <translation>Año de publicación medio y mediano por estante, materiales por alumno: el mapa del expurgo.</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="190"/>
        <location filename="../../reports/registry.py" line="230"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="197"/>
        <source>New acquisitions</source>
        <translation>Adquisiciones nuevas</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="198"/>
        <source>Copies added in the period, in call-number order, with what they cost.</source>
        <translation>Ejemplares añadidos en el periodo, por orden de signatura, con lo que costaron.</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="204"/>
        <source>Inventory results</source>
        <translation>Resultados del inventario</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="205"/>
        <source>One shelf inventory: progress by shelf, missing copies and their review, misshelved and out-of-order copies, unknown barcodes (the latest inventory unless a number is given).</source>
        <translation>Un inventario de estantes: progreso por estante, ejemplares extraviados y su revisión, ejemplares mal colocados y fuera de orden, códigos de barras desconocidos (el último inventario si no se indica un número).</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="212"/>
        <source>Inventory number (empty: the latest)</source>
        <translation>Número de inventario (vacío: el último)</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="217"/>
        <source>Weeding log</source>
        <translation>Registro de expurgo</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="218"/>
        <source>Copies withdrawn from the weeding workbench in the period, with reasons.</source>
        <translation>Ejemplares dados de baja desde la mesa de expurgo en el periodo, con los motivos.</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="224"/>
        <source>Shelf list</source>
        <translation>Lista topográfica</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="225"/>
        <source>Every copy on the shelves in call-number order.</source>
        <translation>Todos los ejemplares de los estantes por orden de signatura.</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="229"/>
        <source>Shelf (e.g. 500s, Fiction)</source>
        <translation>Estante (p. ej. 500s, Ficción)</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="246"/>
        <source>There is no report called &apos;{name}&apos;. Reports: {names}.</source>
        <translation>No hay ningún informe llamado «{name}». Informes: {names}.</translation>
    </message>
    <message>
        <location filename="../../reports/service.py" line="44"/>
        <source>Reports can be saved as PDF, CSV or XLSX, not &apos;{fmt}&apos;.</source>
        <translation>Los informes se pueden guardar como PDF, CSV o XLSX, no como «{fmt}».</translation>
    </message>
    <message>
        <location filename="../../reports/summary.py" line="256"/>
        <source>Counting this period…</source>
        <translation>Contando este periodo…</translation>
    </message>
    <message>
        <location filename="../../reports/summary.py" line="259"/>
        <source>Counting the previous period…</source>
        <translation>Contando el periodo anterior…</translation>
    </message>
    <message>
        <location filename="../../reports/summary.py" line="261"/>
        <source>Weeks…</source>
        <translation>Semanas…</translation>
    </message>
    <message>
        <location filename="../../reports/summary.py" line="286"/>
        <source>Grades and titles…</source>
        <translation>Grados y títulos…</translation>
    </message>
    <message>
        <location filename="../../reports/summary.py" line="302"/>
        <source>Devices and makerspace…</source>
        <translation>Dispositivos y makerspace…</translation>
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
        <location filename="../../school/access.py" line="113"/>
        <source>&apos;{value}&apos; is not a role. Choose librarian, aide or kiosk.</source>
        <translation>«{value}» no es un rol. Elija librarian, aide o kiosk.</translation>
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
        <location filename="../../school/access.py" line="190"/>
        <source>A PIN is {shortest} to {longest} digits. Type digits only.</source>
        <translation>Un PIN tiene de {shortest} a {longest} cifras. Escriba solo cifras.</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="268"/>
        <source>Type the staff member&apos;s name.</source>
        <translation>Escriba el nombre del miembro del personal.</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="273"/>
        <source>The first staff account must be a librarian, so someone can always manage the others. Add the librarian first.</source>
        <translation>La primera cuenta del personal debe ser de un bibliotecario, para que siempre haya alguien que pueda gestionar las demás. Añada primero al bibliotecario.</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="283"/>
        <source>There is already a staff account named {name}. Pick another.</source>
        <translation>Ya hay una cuenta del personal llamada {name}. Elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="296"/>
        <location filename="../../school/access.py" line="311"/>
        <source>There is no staff account named {name}. Check the spelling.</source>
        <translation>No hay ninguna cuenta del personal llamada {name}. Revise cómo está escrito.</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="326"/>
        <source>This is the last active librarian account. Add another librarian before turning this one off.</source>
        <translation>Esta es la última cuenta de bibliotecario activa. Añada otro bibliotecario antes de desactivar esta.</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="339"/>
        <source>{name} has no PIN yet. The librarian sets one in Settings &gt; Privacy and staff, or with &apos;lms-desktop staff set-pin&apos;.</source>
        <translation>{name} todavía no tiene PIN. El bibliotecario le asigna uno en Configuración &gt; Privacidad y personal, o con &apos;lms-desktop staff set-pin&apos;.</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="347"/>
        <source>That name and PIN do not match an active staff account. Try again, or ask the librarian to reset your PIN.</source>
        <translation>Ese nombre y ese PIN no coinciden con ninguna cuenta activa del personal. Inténtelo de nuevo o pida al bibliotecario que restablezca su PIN.</translation>
    </message>
    <message>
        <location filename="../../school/access.py" line="364"/>
        <source>The idle lock is 0 (never) to 240 minutes.</source>
        <translation>El bloqueo por inactividad es de 0 (nunca) a 240 minutos.</translation>
    </message>
    <message>
        <location filename="../../school/settings.py" line="84"/>
        <source>The school name cannot be empty. Type the school&apos;s name.</source>
        <translation>El nombre de la escuela no puede estar vacío. Escriba el nombre de la escuela.</translation>
    </message>
    <message>
        <location filename="../../school/settings.py" line="87"/>
        <source>A school name is at most {longest} characters. Shorten it.</source>
        <translation>Un nombre de escuela tiene como máximo {longest} caracteres. Acórtelo.</translation>
    </message>
    <message>
        <location filename="../../school/settings.py" line="105"/>
        <source>There is no image file at {path}. Choose the logo again.</source>
        <translation>No hay ningún archivo de imagen en {path}. Elija el logotipo otra vez.</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="66"/>
        <source>{weekday} {month} {day}</source>
        <translation>{weekday} {day} de {month}</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="76"/>
        <source>{weekday} {day_and_month} {year}</source>
        <translation>{weekday} {day_and_month} de {year}</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="88"/>
        <source>{month} {day}, {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="89"/>
        <source>{month} {day}</source>
        <translation>{day} de {month}</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="140"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="141"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="142"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="143"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="144"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="145"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="146"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="149"/>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="150"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="151"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="152"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="153"/>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="154"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="155"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="156"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="157"/>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="158"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="159"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="160"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="165"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="166"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="167"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="168"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="169"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="170"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="171"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="174"/>
        <source>{day} January</source>
        <translation>{day} de enero</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="175"/>
        <source>{day} February</source>
        <translation>{day} de febrero</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="176"/>
        <source>{day} March</source>
        <translation>{day} de marzo</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="177"/>
        <source>{day} April</source>
        <translation>{day} de abril</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="178"/>
        <source>{day} May</source>
        <translation>{day} de mayo</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="179"/>
        <source>{day} June</source>
        <translation>{day} de junio</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="180"/>
        <source>{day} July</source>
        <translation>{day} de julio</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="181"/>
        <source>{day} August</source>
        <translation>{day} de agosto</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="182"/>
        <source>{day} September</source>
        <translation>{day} de septiembre</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="183"/>
        <source>{day} October</source>
        <translation>{day} de octubre</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="184"/>
        <source>{day} November</source>
        <translation>{day} de noviembre</translation>
    </message>
    <message>
        <location filename="../../texts.py" line="185"/>
        <source>{day} December</source>
        <translation>{day} de diciembre</translation>
    </message>
    <message>
        <source>{weekday} {day_and_month} {year} at {time}</source>
        <translation type="vanished">{weekday} {day_and_month} de {year} a las {time}</translation>
    </message>
    <message>
        <source>{weekday} {day:02d} January {year}</source>
        <translation type="vanished">{weekday} {day} de enero de {year}</translation>
    </message>
    <message>
        <source>{weekday} {day:02d} February {year}</source>
        <translation type="vanished">{weekday} {day} de febrero de {year}</translation>
    </message>
    <message>
        <source>{weekday} {day:02d} March {year}</source>
        <translation type="vanished">{weekday} {day} de marzo de {year}</translation>
    </message>
    <message>
        <source>{weekday} {day:02d} April {year}</source>
        <translation type="vanished">{weekday} {day} de abril de {year}</translation>
    </message>
    <message>
        <source>{weekday} {day:02d} May {year}</source>
        <translation type="vanished">{weekday} {day} de mayo de {year}</translation>
    </message>
    <message>
        <source>{weekday} {day:02d} June {year}</source>
        <translation type="vanished">{weekday} {day} de junio de {year}</translation>
    </message>
    <message>
        <source>{weekday} {day:02d} July {year}</source>
        <translation type="vanished">{weekday} {day} de julio de {year}</translation>
    </message>
    <message>
        <source>{weekday} {day:02d} August {year}</source>
        <translation type="vanished">{weekday} {day} de agosto de {year}</translation>
    </message>
    <message>
        <source>{weekday} {day:02d} September {year}</source>
        <translation type="vanished">{weekday} {day} de septiembre de {year}</translation>
    </message>
    <message>
        <source>{weekday} {day:02d} October {year}</source>
        <translation type="vanished">{weekday} {day} de octubre de {year}</translation>
    </message>
    <message>
        <source>{weekday} {day:02d} November {year}</source>
        <translation type="vanished">{weekday} {day} de noviembre de {year}</translation>
    </message>
    <message>
        <source>{weekday} {day:02d} December {year}</source>
        <translation type="vanished">{weekday} {day} de diciembre de {year}</translation>
    </message>
    <message>
        <source>{name}&apos;s {training} training is dated {trained_on:%d %b %Y}, after {on_date:%d %b %Y}. Choose a later date.</source>
        <translation type="vanished">La formación {training} de {name} tiene fecha del {trained_on:%d %b %Y}, posterior al {on_date:%d %b %Y}. Elija una fecha posterior.</translation>
    </message>
    <message>
        <source>{name}&apos;s {training} certificate expired on {expires_on:%d %b %Y}. Renew the training and record the new certificate.</source>
        <translation type="vanished">El certificado de {training} de {name} caducó el {expires_on:%d %b %Y}. Renueve la formación y registre el nuevo certificado.</translation>
    </message>
</context>
</TS>
