<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ClearSkyVision</name>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Red edge 1</source>
        <translation>Red Edge 1</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Red edge 2</source>
        <translation>Red Edge 2</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Red edge 3</source>
        <translation>Red Edge 3</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Narrow NIR</source>
        <translation>Schmales NIR</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>SWIR 1</source>
        <translation>SWIR 1</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>SWIR 2</source>
        <translation>SWIR 2</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Band {band} is listed twice in '{text}'.</source>
        <translation>Kanal {band} steht doppelt in '{text}'.</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>The band list is empty: use 'all', 'rgb' or names like B4,B3,B2.</source>
        <translation>Die Kanalliste ist leer: Verwenden Sie 'all', 'rgb' oder Namen wie B4,B3,B2.</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>'{term}' is not a valid index term: write it like [B8_B4].</source>
        <translation>'{term}' ist kein gültiger Indexterm: Schreiben Sie ihn wie [B8_B4].</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Unknown band '{term}'. Use {bands}, index terms like [B8_B4], or the keywords all / rgb.</source>
        <translation>Unbekannter Kanal '{term}'. Verwenden Sie {bands}, Indexterme wie [B8_B4] oder die Schlüsselwörter all / rgb.</translation>
    </message>
    <message>
        <location filename="../core/api/client.py"/>
        <source>Search tiles by an area, by tile/minitile ids, or the minitiles of one tile: exactly one of the three.</source>
        <translation>Kacheln nach Gebiet, nach Kachel-/Minikachel-IDs oder die Minikacheln einer Kachel suchen: genau eines der drei.</translation>
    </message>
    <message>
        <location filename="../core/api/client.py"/>
        <source>The server accepted the order but did not say which it is: look it up in the Orders list before ordering again.</source>
        <translation>Der Server hat die Bestellung angenommen, aber nicht gesagt, welche es ist: Sehen Sie in der Bestellungsliste nach, bevor Sie erneut bestellen.</translation>
    </message>
    <message>
        <location filename="../core/api/client.py"/>
        <source>No new matching order is among your orders, so it was most likely not placed: check the Orders list, then order again if it is missing.</source>
        <translation>Unter Ihren Bestellungen ist keine neue passende Bestellung, sie wurde also höchstwahrscheinlich nicht aufgegeben: Prüfen Sie die Bestellungsliste und bestellen Sie erneut, falls sie fehlt.</translation>
    </message>
    <message>
        <location filename="../core/api/client.py"/>
        <source>Your orders could not be listed: an order MAY have been placed. Check the Orders list (or the dashboard) before ordering again.</source>
        <translation>Ihre Bestellungen konnten nicht aufgelistet werden: Eine Bestellung wurde MÖGLICHERWEISE aufgegeben. Prüfen Sie die Bestellungsliste (oder das Dashboard), bevor Sie erneut bestellen.</translation>
    </message>
    <message>
        <location filename="../core/api/client.py"/>
        <source>The answer to the order was lost ({reason}). {what}</source>
        <translation>Die Antwort auf die Bestellung ging verloren ({reason}). {what}</translation>
    </message>
    <message>
        <location filename="../core/api/config.py"/>
        <source>The base URL '{url}' is not an http(s) address.</source>
        <translation>Die Basis-URL '{url}' ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/api/config.py"/>
        <source>The base URL {url} is not encrypted (http://): your API key would be sent in clear text. Use https:// unless you trust every network in between.</source>
        <translation>Die Basis-URL {url} ist unverschlüsselt (http://): Ihr API-Schlüssel würde im Klartext gesendet. Verwenden Sie https://, sofern Sie nicht jedem Netzwerk dazwischen vertrauen.</translation>
    </message>
    <message>
        <location filename="../core/api/config.py"/>
        <source>The API key saved in QGIS's authentication database could not be read (is the master password entered?): check it in {settings}.</source>
        <translation>Der in der QGIS-Authentifizierungsdatenbank gespeicherte API-Schlüssel konnte nicht gelesen werden (ist das Master-Passwort eingegeben?): Prüfen Sie ihn unter {settings}.</translation>
    </message>
    <message>
        <location filename="../core/api/config.py"/>
        <source>The key could not be saved in QGIS's authentication database: set a master password in Settings &gt; Options &gt; Authentication and try again.</source>
        <translation>Der Schlüssel konnte nicht in der QGIS-Authentifizierungsdatenbank gespeichert werden: Legen Sie unter Einstellungen &gt; Optionen &gt; Authentifizierung ein Master-Passwort fest und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/api/config.py"/>
        <source>From the environment variable {variable} (ending …{end}); it replaces the key saved in Settings. Unset {variable} and restart QGIS to use the saved key.</source>
        <translation>Aus der Umgebungsvariable {variable} (endet auf …{end}); er ersetzt den in den Einstellungen gespeicherten Schlüssel. Entfernen Sie {variable} und starten Sie QGIS neu, um den gespeicherten Schlüssel zu verwenden.</translation>
    </message>
    <message>
        <location filename="../core/api/config.py"/>
        <source>From the environment variable {variable} (ending …{end}).</source>
        <translation>Aus der Umgebungsvariable {variable} (endet auf …{end}).</translation>
    </message>
    <message>
        <location filename="../core/api/config.py"/>
        <source>Saved in Settings (QGIS authentication database, configuration {config}).</source>
        <translation>In den Einstellungen gespeichert (QGIS-Authentifizierungsdatenbank, Konfiguration {config}).</translation>
    </message>
    <message>
        <location filename="../core/api/config.py"/>
        <source>No key yet: enter yours in {settings}.</source>
        <translation>Noch kein Schlüssel: Geben Sie Ihren unter {settings} ein.</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Raster &gt; ClearSKY Vision &gt; Settings</source>
        <translation>Raster &gt; ClearSKY Vision &gt; Einstellungen</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Order this area in the dock's Orders section (or with Processing's 'Place order', clearsky:order), wait until the order is produced, then download.</source>
        <translation>Bestellen Sie dieses Gebiet im Abschnitt „Bestellungen“ des Docks (oder in der Verarbeitung mit 'Bestellung aufgeben', clearsky:order), warten Sie, bis die Bestellung produziert ist, und laden Sie dann herunter.</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Check the input</source>
        <translation>Eingabe prüfen</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>No API key: enter yours in {settings}, or set CLEARSKY_API_KEY for headless runs.</source>
        <translation>Kein API-Schlüssel: Geben Sie Ihren unter {settings} ein oder setzen Sie CLEARSKY_API_KEY für Läufe ohne Oberfläche.</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <location filename="../core/api/models.py"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Cancelled: nothing was saved for this item.</source>
        <translation>Abgebrochen: Für dieses Element wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Server too slow</source>
        <translation>Server zu langsam</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Download broken</source>
        <translation>Download abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Disk error</source>
        <translation>Datenträgerfehler</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Key refused</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Request refused</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Not enough processing units</source>
        <translation>Nicht genug Verarbeitungseinheiten</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>No imagery (1002)</source>
        <translation>Keine Bilddaten (1002)</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Too many connections</source>
        <translation>Zu viele Verbindungen</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Area too large</source>
        <translation>Gebiet zu groß</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Too many bands</source>
        <translation>Zu viele Kanäle</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Not ordered (1006)</source>
        <translation>Nicht bestellt (1006)</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Server busy</source>
        <translation>Server ausgelastet</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Order uncertain</source>
        <translation>Bestellung ungewiss</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>This download may have been charged: the server had the request when it failed.</source>
        <translation>Dieser Download wurde möglicherweise berechnet: Der Server hatte die Anfrage bereits erhalten, als sie fehlschlug.</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Downloading it again is a new purchase: check its estimate and your balance first.</source>
        <translation>Ein erneuter Download ist ein neuer Kauf: Prüfen Sie zuerst seine Schätzung und Ihr Guthaben.</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Downloading it again costs 0 processing units if the failed try did not use the date's included download, else processing units like any further download: check the estimate and your balance first.</source>
        <translation>Ein erneuter Download kostet 0 Verarbeitungseinheiten, wenn der fehlgeschlagene Versuch den im Aufnahmetag enthaltenen Download nicht verbraucht hat, sonst Verarbeitungseinheiten wie jeder weitere Download: Prüfen Sie zuerst die Schätzung und Ihr Guthaben.</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Downloading it again costs about {units:g} processing units more: check your balance first.</source>
        <translation>Ein erneuter Download kostet etwa {units:g} Verarbeitungseinheiten mehr: Prüfen Sie zuerst Ihr Guthaben.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>Unknown coordinate reference system '{crs}'.</source>
        <translation>Unbekanntes Koordinatenbezugssystem '{crs}'.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest is not readable WKT: expected POLYGON((...)) or MULTIPOLYGON(((...))).</source>
        <translation>Das Interessengebiet ist kein lesbares WKT: erwartet wird POLYGON((...)) oder MULTIPOLYGON(((...))).</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The extent is empty: draw or choose a larger area.</source>
        <translation>Die Ausdehnung ist leer: zeichnen oder wählen Sie ein größeres Gebiet.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The polygon has no area (its corners lie on one line): draw it again.</source>
        <translation>Das Polygon hat keine Fläche (seine Ecken liegen auf einer Linie): Zeichnen Sie es neu.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest was not a valid polygon and has been repaired.</source>
        <translation>Das Interessengebiet war kein gültiges Polygon und wurde repariert.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest has no area: draw a polygon, not a line.</source>
        <translation>Das Interessengebiet hat keine Fläche: Zeichnen Sie ein Polygon, keine Linie.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <location filename="../ui/aoi.py"/>
        <source>The area of interest is empty: choose or draw a polygon.</source>
        <translation>Das Interessengebiet ist leer: wählen oder zeichnen Sie ein Polygon.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest is a {kind}: the imagery is cut to polygons, so choose a polygon layer, draw a rectangle or polygon, or use the map extent.</source>
        <translation>Das Interessengebiet ist ein(e) {kind}: Die Bilddaten werden auf Polygone zugeschnitten, wählen Sie also einen Polygonlayer, zeichnen Sie ein Rechteck oder Polygon oder verwenden Sie die Kartenausdehnung.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest could not be placed on the globe from its coordinate reference system: check that the layer's CRS is the right one.</source>
        <translation>Das Interessengebiet konnte mit seinem Koordinatenbezugssystem nicht auf dem Globus verortet werden: Prüfen Sie, ob das KBS des Layers stimmt.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest lies outside the valid range of longitudes and latitudes: check that its layer has the right coordinate reference system.</source>
        <translation>Das Interessengebiet liegt außerhalb des gültigen Bereichs der Längen- und Breitengrade: Prüfen Sie, ob sein Layer das richtige Koordinatenbezugssystem hat.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest reaches beyond the poles: check its CRS.</source>
        <translation>Das Interessengebiet reicht über die Pole hinaus: Prüfen Sie sein KBS.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest crosses the antimeridian (180 degrees): split it into an eastern and a western part and request each one.</source>
        <translation>Das Interessengebiet überquert den 180. Längengrad (Antimeridian): Teilen Sie es in einen östlichen und einen westlichen Teil und fragen Sie jeden einzeln an.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest could not be measured: check its coordinates.</source>
        <translation>Das Interessengebiet konnte nicht vermessen werden: Prüfen Sie seine Koordinaten.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>{label} '{value}' is not supported: use one of {allowed}.</source>
        <translation>{label} '{value}' wird nicht unterstützt: Verwenden Sie eines von {allowed}.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/date_list.py"/>
        <location filename="../processing_provider/download.py"/>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>{label} '{value}' is not a date: write it as YYYY-MM-DD.</source>
        <translation>{label} '{value}' ist kein Datum: Schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <location filename="../processing_provider/parameters.py"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <location filename="../processing_provider/parameters.py"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>The start date {start} is after the end date {end}: swap them.</source>
        <translation>Das Startdatum {start} liegt nach dem Enddatum {end}: Tauschen Sie sie.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>The date range starts in the future ({start}): imagery exists up to yesterday.</source>
        <translation>Der Zeitraum beginnt in der Zukunft ({start}): Bilddaten gibt es bis gestern.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Start month</source>
        <translation>Startmonat</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>The order ends ({end}) before it starts ({start}).</source>
        <translation>Die Bestellung endet ({end}), bevor sie beginnt ({start}).</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Reference date</source>
        <translation>Referenzdatum</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Image frequency {frequency} is not offered: use 1 (daily) to 7 (weekly) days between images.</source>
        <translation>Eine Bildfrequenz von {frequency} wird nicht angeboten: Verwenden Sie 1 (täglich) bis 7 (wöchentlich) Tage zwischen den Bildern.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <location filename="../ui/order_form.py"/>
        <location filename="../processing_provider/parameters.py"/>
        <source>Storage months</source>
        <translation>Speichermonate</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Api requests</source>
        <translation>API-Anfragen</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>{label} must be 1 or more.</source>
        <translation>{label} muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>An order covers either an area or tiles/minitiles: choose one of the two.</source>
        <translation>Eine Bestellung umfasst entweder ein Gebiet oder Kacheln/Minikacheln: Wählen Sie eines von beiden.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Preparing</source>
        <translation>In Vorbereitung</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Awaiting imagery</source>
        <translation>Wartet auf Bilddaten</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>In production</source>
        <translation>In Produktion</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>awaiting review (can still be cancelled in full)</source>
        <translation>wartet auf Prüfung (kann noch vollständig storniert werden)</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>accepted, being prepared</source>
        <translation>angenommen, wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>waiting for satellite imagery</source>
        <translation>wartet auf Satellitenbilder</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>in production</source>
        <translation>in Produktion</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>in production (predicting)</source>
        <translation>in Produktion (Vorhersage)</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>completed: ready to download</source>
        <translation>abgeschlossen: bereit zum Herunterladen</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>up to date: ready to download, new dates keep coming</source>
        <translation>aktuell: bereit zum Herunterladen, neue Aufnahmetage kommen laufend hinzu</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <location filename="../core/qgs/layers.py"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>{status} (in progress)</source>
        <translation>{status} (läuft)</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>{date}  full</source>
        <translation>{date}  vollständig</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>{date}  partial: {missing} of {total} zones lack it</source>
        <translation>{date}  teilweise: {missing} von {total} Zonen fehlt er</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Ready to download.</source>
        <translation>Bereit zum Herunterladen.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Only part of the area has imagery on this date: tick 'allow partial images' to download it with nodata where imagery is missing, or choose another date.</source>
        <translation>Nur ein Teil des Gebiets hat an diesem Tag Bilddaten: Kreuzen Sie 'Teilbilder zulassen' an, um ihn mit NoData an den fehlenden Stellen herunterzuladen, oder wählen Sie einen anderen Tag.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Your orders do not cover this area and date. {order_hint}</source>
        <translation>Ihre Bestellungen decken dieses Gebiet und Datum nicht ab. {order_hint}</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>This date's storage has expired: it can no longer be downloaded. Choose a newer date, or order again with more storage months.</source>
        <translation>Die Speicherzeit dieses Aufnahmetags ist abgelaufen: Er kann nicht mehr heruntergeladen werden. Wählen Sie einen neueren Tag oder bestellen Sie erneut mit mehr Speichermonaten.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Your key may not read this area or date: check your orders in the dashboard or contact info@clearsky.vision.</source>
        <translation>Ihr Schlüssel darf dieses Gebiet oder Datum nicht lesen: Prüfen Sie Ihre Bestellungen im Dashboard oder schreiben Sie an info@clearsky.vision.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>This date is not produced yet (the order is still in production): try again later or choose another date.</source>
        <translation>Dieser Aufnahmetag ist noch nicht produziert (die Bestellung ist noch in Produktion): Versuchen Sie es später erneut oder wählen Sie einen anderen Tag.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>The area lies outside the data area (e.g. open water): draw it over land.</source>
        <translation>Das Gebiet liegt außerhalb des Datengebiets (z. B. offenes Wasser): Zeichnen Sie es über Land.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>The server did not say whether this date can be downloaded.</source>
        <translation>Der Server hat nicht mitgeteilt, ob dieser Aufnahmetag heruntergeladen werden kann.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>{date} is in the future: imagery exists up to yesterday. Choose a date from the search results.</source>
        <translation>{date} liegt in der Zukunft: Bilddaten gibt es bis gestern. Wählen Sie einen Tag aus den Suchergebnissen.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <location filename="../core/qgs/layers.py"/>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>UTM mode</source>
        <translation>UTM-Modus</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Pixel mode</source>
        <translation>Pixelmodus</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Choose a tile or minitile (its GUID) to download.</source>
        <translation>Wählen Sie eine Kachel oder Minikachel (ihre GUID) zum Herunterladen.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Level {level} is not offered: use 1 (TOA) or 2 (BOA).</source>
        <translation>Level {level} wird nicht angeboten: Verwenden Sie 1 (TOA) oder 2 (BOA).</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Resolution {value} m is not offered: use one of {allowed} m.</source>
        <translation>Die Auflösung {value} m wird nicht angeboten: Verwenden Sie eine von {allowed} m.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Output CRS '{value}' must be an EPSG code such as 4326, 32632 or 47000 (automatic UTM).</source>
        <translation>Das Ausgabe-KBS '{value}' muss ein EPSG-Code sein, etwa 4326, 32632 oder 47000 (automatisches UTM).</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Choose a model (e.g. Stratus2): the server lists the models it sells.</source>
        <translation>Wählen Sie ein Modell (z. B. Stratus2): Der Server listet die Modelle, die er anbietet.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Choose at least one satellite constellation.</source>
        <translation>Wählen Sie mindestens eine Satellitenkonstellation.</translation>
    </message>
    <message>
        <location filename="../core/api/ordering.py"/>
        <source>No minitiles under this area.</source>
        <translation>Keine Minikacheln unter diesem Gebiet.</translation>
    </message>
    <message>
        <location filename="../core/api/ordering.py"/>
        <source>No tiles under this area.</source>
        <translation>Keine Kacheln unter diesem Gebiet.</translation>
    </message>
    <message>
        <location filename="../core/api/purchase.py"/>
        <source>No dates chosen: tick at least one date.</source>
        <translation>Keine Aufnahmetage gewählt: Kreuzen Sie mindestens einen Aufnahmetag an.</translation>
    </message>
    <message>
        <location filename="../core/api/purchase.py"/>
        <source>Not enough processing units: {count} date(s) cost {total:g} PU, you have {balance:g}. Choose fewer dates, a smaller area, fewer bands or a coarser resolution, or top up processing units.</source>
        <translation>Nicht genug Verarbeitungseinheiten: {count} Aufnahmetag(e) kosten {total:g} PU, Sie haben {balance:g}. Wählen Sie weniger Aufnahmetage, ein kleineres Gebiet, weniger Kanäle oder eine gröbere Auflösung, oder laden Sie Verarbeitungseinheiten nach.</translation>
    </message>
    <message>
        <location filename="../core/api/purchase.py"/>
        <source>The download would cost {total:g} processing units, more than the maximum of {max_units:g} you set: raise it or choose fewer dates.</source>
        <translation>Der Download würde {total:g} Verarbeitungseinheiten kosten, mehr als das von Ihnen gesetzte Maximum von {max_units:g}: Erhöhen Sie es oder wählen Sie weniger Aufnahmetage.</translation>
    </message>
    <message>
        <location filename="../core/api/purchase.py"/>
        <source>The area ({area:.1f} km2) is larger than your key allows ({limit:g} km2 per request): draw a smaller area or split it.</source>
        <translation>Das Gebiet ({area:.1f} km2) ist größer, als Ihr Schlüssel erlaubt ({limit:g} km2 pro Anfrage): Zeichnen Sie ein kleineres Gebiet oder teilen Sie es auf.</translation>
    </message>
    <message>
        <location filename="../core/api/purchase.py"/>
        <source>{count} bands requested, your key allows {limit}: choose fewer bands or index terms.</source>
        <translation>{count} Kanäle angefragt, Ihr Schlüssel erlaubt {limit}: Wählen Sie weniger Kanäle oder Indexterme.</translation>
    </message>
    <message>
        <location filename="../core/api/purchase.py"/>
        <source>The download folder {folder} does not exist: create it or choose another in {settings}.</source>
        <translation>Der Downloadordner {folder} existiert nicht: Legen Sie ihn an oder wählen Sie unter {settings} einen anderen.</translation>
    </message>
    <message>
        <location filename="../core/api/purchase.py"/>
        <source>Could not create the download folder {folder} ({reason}): choose another in {settings}.</source>
        <translation>Der Downloadordner {folder} konnte nicht angelegt werden ({reason}): Wählen Sie unter {settings} einen anderen.</translation>
    </message>
    <message>
        <location filename="../core/api/queue.py"/>
        <source>1 date added</source>
        <translation>1 Aufnahmetag hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/api/queue.py"/>
        <source>{count} dates added</source>
        <translation>{count} Aufnahmetage hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/api/queue.py"/>
        <location filename="../processing_provider/delivery.py"/>
        <source>{units:g} processing units</source>
        <translation>{units:g} Verarbeitungseinheiten</translation>
    </message>
    <message>
        <location filename="../core/api/queue.py"/>
        <source>, {count} reused free</source>
        <translation>, {count} kostenlos wiederverwendet</translation>
    </message>
    <message>
        <location filename="../core/api/queue.py"/>
        <source>{count} failed</source>
        <translation>{count} fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/api/queue.py"/>
        <source>{count} cancelled</source>
        <translation>{count} abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/api/store.py"/>
        <location filename="../core/raster/raster_io.py"/>
        <source>The output folder {folder} does not exist: create it or choose another.</source>
        <translation>Der Ausgabeordner {folder} existiert nicht: Legen Sie ihn an oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../core/api/store.py"/>
        <source>Cannot write to the output folder {folder} ({reason}): choose another folder.</source>
        <translation>In den Ausgabeordner {folder} kann nicht geschrieben werden ({reason}): Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/api/store.py"/>
        <source>Not enough free disk space in {folder}: about {needed:.0f} MB needed, {free:.0f} MB free. Free some space or choose another folder.</source>
        <translation>Nicht genug freier Speicherplatz in {folder}: etwa {needed:.0f} MB benötigt, {free:.0f} MB frei. Geben Sie Speicher frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/api/store.py"/>
        <source>Not enough free disk space in {folder} for the {size:.1f} MB file ({free:.1f} MB free): free some space or choose another folder. Nothing was written.</source>
        <translation>Nicht genug freier Speicherplatz in {folder} für die {size:.1f}-MB-Datei ({free:.1f} MB frei): Geben Sie Speicher frei oder wählen Sie einen anderen Ordner. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/api/store.py"/>
        <source>The connection broke during the download; the incomplete file was removed.</source>
        <translation>Die Verbindung brach während des Downloads ab; die unvollständige Datei wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../core/api/store.py"/>
        <source>Could not write the download to {folder} ({reason}): check free disk space and permissions. The incomplete file was removed.</source>
        <translation>Der Download konnte nicht nach {folder} geschrieben werden ({reason}): Prüfen Sie freien Speicherplatz und Berechtigungen. Die unvollständige Datei wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../core/api/store.py"/>
        <source>The download ended early ({done} of {total} bytes); the incomplete file was removed.</source>
        <translation>Der Download endete vorzeitig ({done} von {total} Bytes); die unvollständige Datei wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../core/api/store.py"/>
        <source>The server delivered a file that is not a readable raster; it was not kept. It may have been charged: contact info@clearsky.vision with the date and area.</source>
        <translation>Der Server lieferte eine Datei, die kein lesbares Raster ist; sie wurde nicht behalten. Sie wurde möglicherweise berechnet: Schreiben Sie mit Datum und Gebiet an info@clearsky.vision.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server answered {status} without a file.</source>
        <translation>Der Server antwortete {status} ohne Datei.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server's TLS certificate could not be verified: check the base URL and QGIS's certificate settings (Settings &gt; Options &gt; Authentication).</source>
        <translation>Das TLS-Zertifikat des Servers konnte nicht überprüft werden: Prüfen Sie die Basis-URL und die Zertifikatseinstellungen von QGIS (Einstellungen &gt; Optionen &gt; Authentifizierung).</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The connection to {url} broke before an answer arrived: check your connection or try again later.</source>
        <translation>Die Verbindung zu {url} brach ab, bevor eine Antwort kam: Prüfen Sie Ihre Verbindung oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The secure connection could not be set up ({reason}): check REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE and SSL_CERT_FILE in the environment, or unset them.</source>
        <translation>Die sichere Verbindung konnte nicht aufgebaut werden ({reason}): Prüfen Sie REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE und SSL_CERT_FILE in der Umgebung oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server did not answer within {seconds:g} s. Try again later, or raise the timeout in Settings &gt; Options &gt; Network.</source>
        <translation>Der Server hat nicht innerhalb von {seconds:g} s geantwortet. Versuchen Sie es später erneut oder erhöhen Sie das Zeitlimit unter Einstellungen &gt; Optionen &gt; Netzwerk.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The proxy asked for a user name and password (407) and did not accept the ones given: enter them in Settings &gt; Options &gt; Network (Proxy).</source>
        <translation>Der Proxy verlangte Benutzername und Passwort (407) und akzeptierte die angegebenen nicht: Geben Sie sie unter Einstellungen &gt; Optionen &gt; Netzwerk (Proxy) ein.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>Could not connect to {url}: check your internet connection, the proxy in Settings &gt; Options &gt; Network, and the base URL in {settings}.</source>
        <translation>Keine Verbindung zu {url}: Prüfen Sie Ihre Internetverbindung, den Proxy unter Einstellungen &gt; Optionen &gt; Netzwerk und die Basis-URL unter {settings}.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>Your API key was refused ({status}): check it in {settings} (it may be wrong, revoked or expired, or lack the right for this call).</source>
        <translation>Ihr API-Schlüssel wurde abgelehnt ({status}): Prüfen Sie ihn unter {settings} (er ist vielleicht falsch, widerrufen oder abgelaufen oder hat kein Recht für diesen Aufruf).</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>the answer said Succeeded: false</source>
        <translation>die Antwort lautete Succeeded: false</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>One or more validation errors occurred.</source>
        <translation>Ein oder mehrere Validierungsfehler sind aufgetreten.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server rejected the request: {issues} ({said}; {label}).</source>
        <translation>Der Server hat die Anfrage abgewiesen: {issues} ({said}; {label}).</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server rejected the request ({label}): {said}. Check the request's settings.</source>
        <translation>Der Server hat die Anfrage abgewiesen ({label}): {said}. Prüfen Sie die Einstellungen der Anfrage.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>unknown content</source>
        <translation>unbekannter Inhalt</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>a web page</source>
        <translation>eine Webseite</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>unreadable data ({kind})</source>
        <translation>unlesbare Daten ({kind})</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server sent {what} instead of an API answer (HTTP {status}). A proxy, firewall or captive portal may be in the way, or the base URL in {settings} is wrong.</source>
        <translation>Der Server schickte {what} statt einer API-Antwort (HTTP {status}). Vielleicht steht ein Proxy, eine Firewall oder ein Captive Portal im Weg, oder die Basis-URL unter {settings} ist falsch.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>Not enough processing units for this request ({detail}): top up processing units in the dashboard, or choose fewer dates, a smaller area, fewer bands or a coarser resolution.</source>
        <translation>Nicht genug Verarbeitungseinheiten für diese Anfrage ({detail}): Laden Sie im Dashboard Verarbeitungseinheiten nach oder wählen Sie weniger Aufnahmetage, ein kleineres Gebiet, weniger Kanäle oder eine gröbere Auflösung.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>No imagery for this area and date ({detail}): the date may not be produced yet, its storage may have expired, or only part of the area has it (allow partial images to get it). Pick another date from the search results.</source>
        <translation>Keine Bilddaten für dieses Gebiet und Datum ({detail}): Der Tag ist vielleicht noch nicht produziert, seine Speicherzeit abgelaufen, oder nur ein Teil des Gebiets hat ihn (lassen Sie Teilbilder zu, um ihn zu erhalten). Wählen Sie einen anderen Tag aus den Suchergebnissen.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>Too many requests at once for your key ({detail}, tried several times with fewer connections): wait a minute and try again, or download fewer dates at once.</source>
        <translation>Zu viele gleichzeitige Anfragen für Ihren Schlüssel ({detail}, mehrmals mit weniger Verbindungen versucht): Warten Sie eine Minute und versuchen Sie es erneut, oder laden Sie weniger Aufnahmetage auf einmal herunter.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The area is larger than your key allows ({detail}): draw a smaller area or split it into parts.</source>
        <translation>Das Gebiet ist größer, als Ihr Schlüssel erlaubt ({detail}): Zeichnen Sie ein kleineres Gebiet oder teilen Sie es auf.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>Too many bands for your key ({detail}): choose fewer bands or index terms.</source>
        <translation>Zu viele Kanäle für Ihren Schlüssel ({detail}): Wählen Sie weniger Kanäle oder Indexterme.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>This area or date is not covered by one of your orders ({detail}). {order_hint}</source>
        <translation>Dieses Gebiet oder Datum ist durch keine Ihrer Bestellungen abgedeckt ({detail}). {order_hint}</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>{message} (code {code})</source>
        <translation>{message} (Code {code})</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server refused the request (HTTP {status}): {reason}.</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP {status}): {reason}.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server refused the request: {detail}.</source>
        <translation>Der Server hat die Anfrage abgelehnt: {detail}.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server does not know this address or identifier (404){detail}: check the base URL in {settings}, and that the order, tile or date still exists.</source>
        <translation>Der Server kennt diese Adresse oder Kennung nicht (404){detail}: Prüfen Sie die Basis-URL unter {settings} und ob die Bestellung, Kachel oder der Aufnahmetag noch existiert.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server is busy or limiting requests: wait a minute and try again, or download fewer dates at once.</source>
        <translation>Der Server ist ausgelastet oder begrenzt Anfragen: Warten Sie eine Minute und versuchen Sie es erneut, oder laden Sie weniger Aufnahmetage auf einmal herunter.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The ClearSKY server had an internal error (HTTP {status}){detail}. Try again later.</source>
        <translation>Der ClearSKY-Server hatte einen internen Fehler (HTTP {status}){detail}. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/qgs/analysis.py"/>
        <location filename="../ui/analysis.py"/>
        <source>Band math</source>
        <translation>Kanalrechnung</translation>
    </message>
    <message>
        <location filename="../core/qgs/analysis.py"/>
        <source>Band math: {formula}</source>
        <translation>Kanalrechnung: {formula}</translation>
    </message>
    <message>
        <location filename="../core/qgs/analysis.py"/>
        <source>The lowest value must be below the highest.</source>
        <translation>Der niedrigste Wert muss unter dem höchsten liegen.</translation>
    </message>
    <message>
        <location filename="../core/qgs/analysis.py"/>
        <source>QGIS could not open {name}: the file is kept.</source>
        <translation>QGIS konnte {name} nicht öffnen: die Datei bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../core/qgs/analysis.py"/>
        <source>A mosaic is being written: wait for it or cancel it.</source>
        <translation>Ein Mosaik wird geschrieben: Warten Sie darauf oder brechen Sie es ab.</translation>
    </message>
    <message>
        <location filename="../core/qgs/analysis.py"/>
        <source>Select at least two raster layers to mosaic.</source>
        <translation>Wählen Sie mindestens zwei Rasterlayer für ein Mosaik.</translation>
    </message>
    <message>
        <location filename="../core/qgs/analysis.py"/>
        <source>{names}: not a raster file, so it cannot be mosaicked.</source>
        <translation>{names}: keine Rasterdatei, daher kein Mosaik möglich.</translation>
    </message>
    <message>
        <location filename="../core/qgs/analysis.py"/>
        <source>{name} (mosaic of {count})</source>
        <translation>{name} (Mosaik aus {count})</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>water, bare soil</source>
        <translation>Wasser, offener Boden</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>sparse vegetation</source>
        <translation>spärliche Vegetation</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>dense vegetation</source>
        <translation>dichte Vegetation</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>vegetation, dry soil</source>
        <translation>Vegetation, trockener Boden</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>bare soil, built-up</source>
        <translation>offener Boden, bebaut</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>open water</source>
        <translation>offenes Wasser</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>dry, water stress</source>
        <translation>trocken, Wasserstress</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>moist vegetation</source>
        <translation>feuchte Vegetation</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>burnt</source>
        <translation>verbrannt</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>bare soil</source>
        <translation>offener Boden</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>healthy vegetation</source>
        <translation>gesunde Vegetation</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>water, vegetation</source>
        <translation>Wasser, Vegetation</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>built-up</source>
        <translation>bebaut</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>middle</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <source>ClearSKY orders</source>
        <translation>ClearSKY-Bestellungen</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <source>0 (already downloaded)</source>
        <translation>0 (bereits heruntergeladen)</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/aoi.py"/>
        <location filename="../ui/timeseries.py"/>
        <source>Area of interest</source>
        <translation>Interessengebiet</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/order_form.py"/>
        <location filename="../ui/orders.py"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/options.py"/>
        <location filename="../processing_provider/download.py"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/options.py"/>
        <location filename="../processing_provider/download.py"/>
        <source>Bands</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/options.py"/>
        <source>Output CRS</source>
        <translation>Ausgabe-KBS</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../processing_provider/parameters.py"/>
        <source>Pixel selection</source>
        <translation>Pixelauswahl</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/account.py"/>
        <source>Processing units</source>
        <translation>Verarbeitungseinheiten (PU)</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/aoi.py"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <source>QGIS could not open {file}: the file is kept.</source>
        <translation>QGIS konnte {file} nicht öffnen: die Datei bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/order_form.py"/>
        <source>from {start}, recurring</source>
        <translation>ab {start}, wiederkehrend</translation>
    </message>
    <message>
        <location filename="../core/qgs/orders.py"/>
        <source>ClearSKY Vision: list orders</source>
        <translation>ClearSKY Vision: Bestellungen auflisten</translation>
    </message>
    <message>
        <location filename="../core/qgs/orders.py"/>
        <source>ClearSKY Vision: order status</source>
        <translation>ClearSKY Vision: Bestellstatus</translation>
    </message>
    <message>
        <location filename="../core/qgs/raster_tasks.py"/>
        <source>ClearSKY Vision: {index} of {date}</source>
        <translation>ClearSKY Vision: {index} vom {date}</translation>
    </message>
    <message>
        <location filename="../core/qgs/raster_tasks.py"/>
        <source>ClearSKY Vision: {index}</source>
        <translation>ClearSKY Vision: {index}</translation>
    </message>
    <message>
        <location filename="../core/qgs/raster_tasks.py"/>
        <source>ClearSKY Vision: merge into {name}</source>
        <translation>ClearSKY Vision: zu {name} zusammenführen</translation>
    </message>
    <message>
        <location filename="../core/qgs/series_task.py"/>
        <source>The folder {folder} does not exist: choose the folder of your downloads.</source>
        <translation>Der Ordner {folder} existiert nicht: Wählen Sie den Ordner Ihrer Downloads.</translation>
    </message>
    <message>
        <location filename="../core/qgs/series_task.py"/>
        <source>{index} over time at {place}</source>
        <translation>{index} im Zeitverlauf an {place}</translation>
    </message>
    <message>
        <location filename="../core/qgs/series_task.py"/>
        <source>No dated ClearSKY Vision downloads to read: add downloaded dates to the map or choose the folder they were saved in.</source>
        <translation>Keine datierten ClearSKY-Vision-Downloads zum Lesen: Fügen Sie heruntergeladene Aufnahmetage der Karte hinzu oder wählen Sie den Ordner, in dem sie gespeichert wurden.</translation>
    </message>
    <message>
        <location filename="../core/qgs/session.py"/>
        <source>estimate</source>
        <translation>Kosten schätzen</translation>
    </message>
    <message>
        <location filename="../core/qgs/session.py"/>
        <source>check the order</source>
        <translation>Download prüfen</translation>
    </message>
    <message>
        <location filename="../core/qgs/session.py"/>
        <source>ClearSKY Vision: download {date}</source>
        <translation>ClearSKY Vision: {date} herunterladen</translation>
    </message>
    <message>
        <location filename="../core/qgs/style.py"/>
        <source>{file} is not a raster GDAL can read.</source>
        <translation>{file} ist kein Raster, das GDAL lesen kann.</translation>
    </message>
    <message>
        <location filename="../core/qgs/style.py"/>
        <source>ClearSKY Vision cloudless Sentinel-2</source>
        <translation>ClearSKY Vision wolkenfreies Sentinel-2</translation>
    </message>
    <message>
        <location filename="../core/qgs/tasks.py"/>
        <source>ClearSKY Vision: {task}</source>
        <translation>ClearSKY Vision: {task}</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>band names (B2 ... B12, B8A), index terms like [B8_B4], numbers, + - * / ** ^, parentheses and the functions {functions}</source>
        <translation>Kanalnamen (B2 ... B12, B8A), Indexterme wie [B8_B4], Zahlen, + - * / ** ^, Klammern und die Funktionen {functions}</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>The band math expression is empty: write one such as {example}.</source>
        <translation>Der Ausdruck der Kanalrechnung ist leer: Schreiben Sie einen wie {example}.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>The band math expression is longer than {length} characters.</source>
        <translation>Der Ausdruck der Kanalrechnung ist länger als {length} Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>'{text}' is not valid band math ({reason}, column {column}): write it like {example}.</source>
        <translation>'{text}' ist keine gültige Kanalrechnung ({reason}, Spalte {column}): Schreiben Sie sie wie {example}.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>'{text}' is too deeply nested to be band math.</source>
        <translation>'{text}' ist für eine Kanalrechnung zu tief verschachtelt.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>'{text}' uses no band: band math computes from bands, e.g. {example}.</source>
        <translation>'{text}' verwendet keinen Kanal: Eine Kanalrechnung rechnet mit Kanälen, z. B. {example}.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>The band math expression is nested too deeply.</source>
        <translation>Der Ausdruck der Kanalrechnung ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>'{text}' is not allowed in band math: use {allowed}.</source>
        <translation>'{text}' ist in einer Kanalrechnung nicht erlaubt: Verwenden Sie {allowed}.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>'{text}' is not allowed in band math: the functions are {functions}.</source>
        <translation>'{text}' ist in einer Kanalrechnung nicht erlaubt: die Funktionen sind {functions}.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>at least {count}</source>
        <translation>mindestens {count}</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>{function}() takes {wanted} argument(s), not {count}.</source>
        <translation>{function}() erwartet {wanted} Argument(e), nicht {count}.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>'{text}' is not allowed in band math.</source>
        <translation>'{text}' ist in einer Kanalrechnung nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>Write index terms in brackets: [{term}] rather than {text}.</source>
        <translation>Schreiben Sie Indexterme in Klammern: [{term}] statt {text}.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>Unknown band '{text}' in band math: use {bands} or index terms like [B8_B4].</source>
        <translation>Unbekannter Kanal '{text}' in der Kanalrechnung: Verwenden Sie {bands} oder Indexterme wie [B8_B4].</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>'{text}' is not an index term: write it like [B8_B4].</source>
        <translation>'{text}' ist kein Indexterm: Schreiben Sie ihn wie [B8_B4].</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Normalized Difference Vegetation Index</source>
        <translation>Normalisierter differenzierter Vegetationsindex (NDVI)</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Green Normalized Difference Vegetation Index</source>
        <translation>Grüner normalisierter differenzierter Vegetationsindex</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Normalized Difference Red Edge</source>
        <translation>Normalisierte Differenz Red Edge</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Normalized Difference Water Index (McFeeters)</source>
        <translation>Normalisierter differenzierter Wasserindex (McFeeters)</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Modified Normalized Difference Water Index</source>
        <translation>Modifizierter normalisierter differenzierter Wasserindex</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Normalized Difference Moisture Index</source>
        <translation>Normalisierter differenzierter Feuchteindex</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Normalized Burn Ratio</source>
        <translation>Normalized Burn Ratio</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Normalized Burn Ratio 2</source>
        <translation>Normalized Burn Ratio 2</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Normalized Difference Built-up Index</source>
        <translation>Normalisierter differenzierter Bebauungsindex</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Enhanced Vegetation Index</source>
        <translation>Enhanced Vegetation Index (verbesserter Vegetationsindex)</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Soil Adjusted Vegetation Index (L = 0.5)</source>
        <translation>Bodenangepasster Vegetationsindex (L = 0,5)</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Modified Soil Adjusted Vegetation Index 2</source>
        <translation>Modifizierter bodenangepasster Vegetationsindex 2</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Unknown band '{band}': use one of {bands}.</source>
        <translation>Unbekannter Kanal '{band}': Verwenden Sie einen von {bands}.</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>A normalized difference needs two different bands.</source>
        <translation>Eine normalisierte Differenz braucht zwei verschiedene Kanäle.</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Normalized difference of {first} and {second}</source>
        <translation>Normalisierte Differenz von {first} und {second}</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>(a - b) / (a + b), as the ClearSKY Vision API computes [a_b] terms.</source>
        <translation>(a - b) / (a + b), so wie die ClearSKY-Vision-API [a_b]-Terme berechnet.</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <location filename="../ui/timeseries.py"/>
        <source>Custom band math</source>
        <translation>Eigene Kanalrechnung</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Unknown index '{index}': choose one of {indices}, or write band math such as {example}.</source>
        <translation>Unbekannter Index '{index}': Wählen Sie einen von {indices} oder schreiben Sie eine Kanalrechnung wie {example}.</translation>
    </message>
    <message>
        <location filename="../core/raster/indices.py"/>
        <source>The output file is the input file: choose another output name.</source>
        <translation>Die Ausgabedatei ist die Eingabedatei: Wählen Sie einen anderen Ausgabenamen.</translation>
    </message>
    <message>
        <location filename="../core/raster/indices.py"/>
        <source>Could not write {file} ({reason}): check free disk space and that the source file is complete. Nothing was saved.</source>
        <translation>{file} konnte nicht geschrieben werden ({reason}): Prüfen Sie den freien Speicherplatz und ob die Quelldatei vollständig ist. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/raster/indices.py"/>
        <source>{file} has no named bands (B2, B3, ...): indices work on ClearSKY Vision files, whose bands are named by the server.</source>
        <translation>{file} hat keine benannten Kanäle (B2, B3, ...): Indizes arbeiten mit ClearSKY-Vision-Dateien, deren Kanäle der Server benennt.</translation>
    </message>
    <message>
        <location filename="../core/raster/indices.py"/>
        <source>The expression</source>
        <translation>Der Ausdruck</translation>
    </message>
    <message>
        <location filename="../core/raster/indices.py"/>
        <source>{what} needs bands {missing}, which this file lacks (it has {present}): download with bands 'all' or include {missing}.</source>
        <translation>{what} braucht die Kanäle {missing}, die dieser Datei fehlen (sie hat {present}): Laden Sie mit den Kanälen 'all' herunter oder nehmen Sie {missing} auf.</translation>
    </message>
    <message>
        <location filename="../core/raster/indices.py"/>
        <source>{what} needs band {missing}, which this file lacks (it has {present}): download with bands 'all' or include {missing}.</source>
        <translation>{what} braucht den Kanal {missing}, der dieser Datei fehlt (sie hat {present}): Laden Sie mit den Kanälen 'all' herunter oder nehmen Sie {missing} auf.</translation>
    </message>
    <message>
        <location filename="../core/raster/indices.py"/>
        <source>{file} is an 8-bit file made for display: indices need the int16 reflectance files. Download with data type int16.</source>
        <translation>{file} ist eine 8-Bit-Datei für die Anzeige: Indizes brauchen die int16-Reflexionsdateien. Laden Sie mit dem Datentyp int16 herunter.</translation>
    </message>
    <message>
        <location filename="../core/raster/indices.py"/>
        <source>Cannot create a file in {folder} ({reason}): choose another folder.</source>
        <translation>In {folder} kann keine Datei angelegt werden ({reason}): Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/raster/merge.py"/>
        <source>Nothing to merge: choose at least one raster.</source>
        <translation>Nichts zusammenzuführen: Wählen Sie mindestens ein Raster.</translation>
    </message>
    <message>
        <location filename="../core/raster/merge.py"/>
        <source>GDAL could not merge the files ({reason}): check free disk space and that every input is complete.</source>
        <translation>GDAL konnte die Dateien nicht zusammenführen ({reason}): Prüfen Sie den freien Speicherplatz und ob jede Eingabe vollständig ist.</translation>
    </message>
    <message>
        <location filename="../core/raster/merge.py"/>
        <source>{file}: a merge is written as a virtual raster (.vrt) or a GeoTIFF (.tif or .tiff). Name the output with one of these extensions.</source>
        <translation>{file}: Eine Zusammenführung wird als virtuelles Raster (.vrt) oder als GeoTIFF (.tif oder .tiff) geschrieben. Benennen Sie die Ausgabe mit einer dieser Endungen.</translation>
    </message>
    <message>
        <location filename="../core/raster/merge.py"/>
        <source>{file} has no coordinate reference system: it cannot be placed.</source>
        <translation>{file} hat kein Koordinatenbezugssystem: die Datei kann nicht verortet werden.</translation>
    </message>
    <message>
        <location filename="../core/raster/merge.py"/>
        <source>These files do not share a band list, so they cannot be merged: {first} has {first_bands}, {other} has {other_bands}. Merge files downloaded with the same bands.</source>
        <translation>Diese Dateien haben keine gemeinsame Kanalliste und können daher nicht zusammengeführt werden: {first} hat {first_bands}, {other} hat {other_bands}. Führen Sie Dateien zusammen, die mit denselben Kanälen heruntergeladen wurden.</translation>
    </message>
    <message>
        <location filename="../core/raster/merge.py"/>
        <source>{first} holds {first_type} values and {other} {other_type}: merge files downloaded with the same data type.</source>
        <translation>{first} enthält {first_type}-Werte und {other} {other_type}: Führen Sie Dateien zusammen, die mit demselben Datentyp heruntergeladen wurden.</translation>
    </message>
    <message>
        <location filename="../core/raster/merge.py"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location filename="../core/raster/raster_io.py"/>
        <source>{file} cannot be read as a raster: choose a GeoTIFF file.</source>
        <translation>{file} kann nicht als Raster gelesen werden: Wählen Sie eine GeoTIFF-Datei.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>{name} has no named bands (B2, B3, ...): a time series reads ClearSKY Vision downloads, not index files.</source>
        <translation>{name} hat keine benannten Kanäle (B2, B3, ...): Eine Zeitreihe liest ClearSKY-Vision-Downloads, keine Indexdateien.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>{name} has no image date (no record beside it, no IMAGE_DATE tag, no date in its name): rename it with its date, e.g. image_2024-06-01.tif.</source>
        <translation>{name} hat kein Aufnahmedatum (kein Protokoll daneben, kein IMAGE_DATE-Tag, kein Datum im Namen): Benennen Sie die Datei mit ihrem Datum um, z. B. image_2024-06-01.tif.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>Unknown statistic '{name}': use one of {known}.</source>
        <translation>Unbekannte Statistik '{name}': Verwenden Sie eine von {known}.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>The area is not a polygon: draw or choose a polygon.</source>
        <translation>Das Gebiet ist kein Polygon: zeichnen oder wählen Sie ein Polygon.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>Unknown coordinate reference system: {srs}.</source>
        <translation>Unbekanntes Koordinatenbezugssystem: {srs}.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>Cancelled: the time series was not finished.</source>
        <translation>Abgebrochen: Die Zeitreihe wurde nicht fertiggestellt.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>{name} cannot be read ({reason}): download it again.</source>
        <translation>{name} kann nicht gelesen werden ({reason}): Laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>{name} is not a time series CSV: its columns should be {columns}.</source>
        <translation>{name} ist keine Zeitreihen-CSV: ihre Spalten sollten {columns} sein.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>Line {line} of {name} cannot be read as a date, value and count.</source>
        <translation>Zeile {line} von {name} kann nicht als Datum, Wert und Anzahl gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <location filename="../processing_provider/account_info.py"/>
        <source>Processing unit limit</source>
        <translation>Limit der Verarbeitungseinheiten</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Euro balance</source>
        <translation>Euro-Guthaben</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Euro overdraft limit</source>
        <translation>Euro-Überziehungslimit</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Euro credit limit</source>
        <translation>Euro-Kreditlimit</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Euro balance cap</source>
        <translation>Obergrenze des Euro-Guthabens</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Costs this month</source>
        <translation>Kosten diesen Monat</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Costs next month</source>
        <translation>Kosten nächsten Monat</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Max area per request</source>
        <translation>Max. Fläche pro Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Max bands</source>
        <translation>Max. Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Max connections</source>
        <translation>Max. Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>&lt;a href="settings"&gt;Open the ClearSKY settings&lt;/a&gt;</source>
        <translation>&lt;a href="settings"&gt;ClearSKY-Einstellungen öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <location filename="../processing_provider/account_info.py"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <location filename="../ui/orders.py"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Ask the server for your balances and limits (free)</source>
        <translation>Guthaben und Limits beim Server abfragen (kostenlos)</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <location filename="../plugin.py"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Checking your account…</source>
        <translation>Konto wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>account</source>
        <translation>Kontoinformationen abfragen</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Indices and mosaic</source>
        <translation>Indizes und Mosaik</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Ticked indices are computed for each date as soon as it is downloaded.</source>
        <translation>Angekreuzte Indizes werden für jeden Aufnahmetag berechnet, sobald er heruntergeladen ist.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Band math over band names (B2 … B12), numbers, + - * / ^, parentheses, abs, sqrt, log, exp, min, max and nd(a, b); computed as well when not empty</source>
        <translation>Kanalrechnung mit Kanalnamen (B2 … B12), Zahlen, + - * / ^, Klammern, abs, sqrt, log, exp, min, max und nd(a, b); wird ebenfalls berechnet, wenn nicht leer</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Band math: lowest value of the colour ramp</source>
        <translation>Kanalrechnung: niedrigster Wert des Farbverlaufs</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Band math: highest value of the colour ramp</source>
        <translation>Kanalrechnung: höchster Wert des Farbverlaufs</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <location filename="../ui/date_list.py"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Compute for dates on the map</source>
        <translation>Für Aufnahmetage auf der Karte berechnen</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>The ticked indices of the ClearSKY dates selected in the Layers panel, or of every ClearSKY date on the map when none is selected</source>
        <translation>Die angekreuzten Indizes der im Bedienfeld „Layer“ gewählten ClearSKY-Aufnahmetage, oder aller ClearSKY-Aufnahmetage auf der Karte, wenn keiner gewählt ist</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>VRT (at once)</source>
        <translation>VRT (sofort)</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Cloud Optimized GeoTIFF (background)</source>
        <translation>Cloud Optimized GeoTIFF (im Hintergrund)</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>A VRT is ready at once and reads the original files; a Cloud Optimized GeoTIFF is one new file, written on a background task</source>
        <translation>Ein VRT ist sofort fertig und liest die Originaldateien; ein Cloud Optimized GeoTIFF ist eine neue Datei, die in einer Hintergrundaufgabe geschrieben wird</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Mosaic selected layers</source>
        <translation>Gewählte Layer zum Mosaik zusammenfügen</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Merge the raster layers selected in the Layers panel (tiles of one date, neighbouring areas) into one layer that takes their place; their files stay</source>
        <translation>Die im Bedienfeld „Layer“ gewählten Rasterlayer (Kacheln eines Tages, benachbarte Gebiete) zu einem Layer zusammenführen, der an ihre Stelle tritt; ihre Dateien bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <location filename="../ui/order.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Cancel the running index tasks and mosaic</source>
        <translation>Laufende Indexberechnungen und Mosaik abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Mosaic as</source>
        <translation>Mosaik als</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Tick at least one index, or write band math.</source>
        <translation>Kreuzen Sie mindestens einen Index an oder schreiben Sie eine Kanalrechnung.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>No ClearSKY dates on the map: download some first.</source>
        <translation>Keine ClearSKY-Aufnahmetage auf der Karte: Laden Sie zuerst welche herunter.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>These indices are already on the map for these dates.</source>
        <translation>Diese Indizes sind für diese Aufnahmetage bereits auf der Karte.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Writing the mosaic on a background task…</source>
        <translation>Das Mosaik wird in einer Hintergrundaufgabe geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Uses {bands}.</source>
        <translation>Verwendet {bands}.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Computing {count} index layer(s)…</source>
        <translation>{count} Indexlayer werden berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>{index} of {date} added.</source>
        <translation>{index} vom {date} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>{count} still computing.</source>
        <translation>{count} werden noch berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>{index} of {date} cancelled.</source>
        <translation>{index} vom {date} abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>The mosaic {name} replaced the layers.</source>
        <translation>Das Mosaik {name} hat die Layer ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Mosaic written: {path}</source>
        <translation>Mosaik geschrieben: {path}</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Mosaic cancelled: the layers are unchanged.</source>
        <translation>Mosaik abgebrochen: Die Layer sind unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Mosaic</source>
        <translation>Mosaik</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>No area chosen yet.</source>
        <translation>Noch kein Gebiet gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Drawn rectangle</source>
        <translation>Gezeichnetes Rechteck</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Drawn polygon</source>
        <translation>Gezeichnetes Polygon</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>The map or layer has no coordinate reference system: set one (Project &gt; Properties &gt; CRS, or the layer's properties) and try again.</source>
        <translation>Die Karte oder der Layer hat kein Koordinatenbezugssystem: Legen Sie eines fest (Projekt &gt; Eigenschaften &gt; KBS oder die Eigenschaften des Layers) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>{what} holds no polygons: choose polygon features.</source>
        <translation>{what} enthält keine Polygone: Wählen Sie Polygonobjekte.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>The polygons of {what} could not be combined: check their validity.</source>
        <translation>Die Polygone von {what} konnten nicht vereinigt werden: Prüfen Sie ihre Gültigkeit.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Map extent</source>
        <translation>Kartenausdehnung</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <location filename="../ui/timeseries.py"/>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <location filename="../ui/timeseries.py"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Use the map canvas's current extent</source>
        <translation>Die aktuelle Ausdehnung der Kartenansicht verwenden</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>The selected features of the active polygon layer, exactly (not their bounding box)</source>
        <translation>Die gewählten Objekte des aktiven Polygonlayers, exakt (nicht ihr umgebendes Rechteck)</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Vector files ({patterns});;All files (*)</source>
        <translation>Vektordateien ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Area of interest from a vector file</source>
        <translation>Interessengebiet aus einer Vektordatei</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>name of the area (used for the layer group)</source>
        <translation>Name des Gebiets (für die Layergruppe)</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Make a polygon layer active in the Layers panel and select the features that make up the area.</source>
        <translation>Machen Sie im Bedienfeld „Layer“ einen Polygonlayer aktiv und wählen Sie die Objekte, die das Gebiet bilden.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Select one or more features of '{layer}' first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Objekte von '{layer}'.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>The selection of {layer}</source>
        <translation>Die Auswahl von {layer}</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>{layer} selection</source>
        <translation>Auswahl aus {layer}</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>{path} is not a vector file QGIS can read.</source>
        <translation>{path} ist keine Vektordatei, die QGIS lesen kann.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>{file} holds no polygons: choose a polygon file.</source>
        <translation>{file} enthält keine Polygone: Wählen Sie eine Polygondatei.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>AOI</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Area: {area} km²</source>
        <translation>Fläche: {area} km²</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Larger than your key allows ({limit} km² per request): draw a smaller area or split it. Searching is free; downloads are refused.</source>
        <translation>Größer, als Ihr Schlüssel erlaubt ({limit} km² pro Anfrage): Zeichnen Sie ein kleineres Gebiet oder teilen Sie es auf. Die Suche ist kostenlos; Downloads werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/chart.py"/>
        <source>The chart needs matplotlib, which this QGIS's Python lacks. Windows: run the OSGeo4W installer (Advanced install) and add python3-matplotlib (the standalone QGIS installer includes it). Debian/Ubuntu: sudo apt install python3-matplotlib. Otherwise: pip install matplotlib into QGIS's Python. Then restart QGIS. Meanwhile the values are in the table and Export CSV saves them.</source>
        <translation>Das Diagramm braucht matplotlib, das dem Python dieses QGIS fehlt. Windows: Führen Sie den OSGeo4W-Installer aus (Erweiterte Installation) und fügen Sie python3-matplotlib hinzu (der eigenständige QGIS-Installer enthält es). Debian/Ubuntu: sudo apt install python3-matplotlib. Sonst: pip install matplotlib in das Python von QGIS. Starten Sie QGIS dann neu. Bis dahin stehen die Werte in der Tabelle, und „CSV exportieren“ speichert sie.</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>The output CRS</source>
        <translation>Das Ausgabe-KBS</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>{what} is not set: choose a coordinate reference system.</source>
        <translation>{what} ist nicht festgelegt: Wählen Sie ein Koordinatenbezugssystem.</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>custom CRS</source>
        <translation>benutzerdefiniertes KBS</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>{what} ({name}) has no EPSG code, which the ClearSKY API needs: choose an EPSG CRS, or the UTM zone of the area.</source>
        <translation>{what} ({name}) hat keinen EPSG-Code, den die ClearSKY-API braucht: Wählen Sie ein EPSG-KBS oder die UTM-Zone des Gebiets.</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>Project CRS</source>
        <translation>Projekt-KBS</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>UTM zone of the area</source>
        <translation>UTM-Zone des Gebiets</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>Automatic UTM: the server picks (EPSG {code})</source>
        <translation>Automatisches UTM: der Server wählt (EPSG {code})</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>Choose a CRS…</source>
        <translation>KBS wählen…</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>Choose an area first: its UTM zone sets the output CRS.</source>
        <translation>Wählen Sie zuerst ein Gebiet: seine UTM-Zone bestimmt das Ausgabe-KBS.</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>The project CRS</source>
        <translation>Das Projekt-KBS</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>Project CRS ({crs})</source>
        <translation>Projekt-KBS ({crs})</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>UTM zone of the area ({crs})</source>
        <translation>UTM-Zone des Gebiets ({crs})</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <location filename="../ui/orders.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>&lt;a href="order"&gt;Order this area&lt;/a&gt;</source>
        <translation>&lt;a href="order"&gt;Dieses Gebiet bestellen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>not ordered</source>
        <translation>nicht bestellt</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>storage expired</source>
        <translation>Speicherzeit abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>no access</source>
        <translation>kein Zugriff</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>not produced yet</source>
        <translation>noch nicht produziert</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>outside data area</source>
        <translation>außerhalb des Datengebiets</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Already downloaded with these options into the download folder: no processing units.</source>
        <translation>Bereits mit diesen Optionen in den Downloadordner heruntergeladen: keine Verarbeitungseinheiten.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>0 (included)</source>
        <translation>0 (inklusive)</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>The download included in your order: no processing units.</source>
        <translation>Der in Ihrer Bestellung enthaltene Download: keine Verarbeitungseinheiten.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>partial: {missing} of {total} zones lack it</source>
        <translation>teilweise: {missing} von {total} Zonen fehlt er</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <location filename="../ui/order_form.py"/>
        <source>Dates</source>
        <translation>Aufnahmetage</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>List the dates with imagery over the area (free)</source>
        <translation>Die Aufnahmetage mit Bilddaten über dem Gebiet auflisten (kostenlos)</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Choose an area, then search for dates.</source>
        <translation>Wählen Sie ein Gebiet und suchen Sie dann nach Aufnahmetagen.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <location filename="../ui/timeseries.py"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Tick</source>
        <translation>Ankreuzen</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Some zones under the area have no image for this day: their pixels will be nodata.</source>
        <translation>Einigen Zonen unter dem Gebiet fehlt an diesem Tag ein Bild: ihre Pixel werden NoData.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>on disk</source>
        <translation>auf der Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Processing units this date costs</source>
        <translation>Verarbeitungseinheiten, die dieser Aufnahmetag kostet</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>{count} date(s) are outside your orders and cannot be downloaded.</source>
        <translation>{count} Aufnahmetag(e) liegen außerhalb Ihrer Bestellungen und können nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Search for the dates over the area.</source>
        <translation>Suchen Sie nach den Aufnahmetagen über dem Gebiet.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Choose an area.</source>
        <translation>Wählen Sie ein Gebiet.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Choose an area first: the map extent, a drawn rectangle or polygon, selected features or a file.</source>
        <translation>Wählen Sie zuerst ein Gebiet: die Kartenausdehnung, ein gezeichnetes Rechteck oder Polygon, gewählte Objekte oder eine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Searching {first} to {last}…</source>
        <translation>Suche von {first} bis {last}…</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>search dates</source>
        <translation>Aufnahmetage suchen</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>{full} full, {partial} partial</source>
        <translation>{full} vollständig, {partial} teilweise</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>all full</source>
        <translation>alle vollständig</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>1 date from {first} to {last} ({detail}). Tick it to download it.</source>
        <translation>1 Aufnahmetag von {first} bis {last} ({detail}). Kreuzen Sie ihn an, um ihn herunterzuladen.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>{count} dates from {first} to {last} ({detail}). Tick the ones to download.</source>
        <translation>{count} Aufnahmetage von {first} bis {last} ({detail}). Kreuzen Sie die herunterzuladenden an.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>No dates over this area from {first} to {last}: it is not covered by any of your orders. Downloads work only inside orders.</source>
        <translation>Keine Aufnahmetage über diesem Gebiet von {first} bis {last}: Es ist von keiner Ihrer Bestellungen abgedeckt. Downloads sind nur innerhalb von Bestellungen möglich.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>{checked} of {count} ticked</source>
        <translation>{checked} von {count} angekreuzt</translation>
    </message>
    <message>
        <location filename="../ui/dock.py"/>
        <source>Tick at least one date to download.</source>
        <translation>Kreuzen Sie mindestens einen Aufnahmetag zum Herunterladen an.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py"/>
        <source>Download refused</source>
        <translation>Download abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/dock.py"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/dock.py"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py"/>
        <source>Reused (free)</source>
        <translation>Wiederverwendet (kostenlos)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/dock.py"/>
        <source>Saved, not shown</source>
        <translation>Gespeichert, nicht angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/dock.py"/>
        <source>Layers are in the group '{group}'.</source>
        <translation>Die Layer sind in der Gruppe '{group}'.</translation>
    </message>
    <message>
        <location filename="../ui/map_tools.py"/>
        <source>Drag a rectangle, or click two opposite corners. Esc cancels.</source>
        <translation>Ziehen Sie ein Rechteck auf oder klicken Sie zwei gegenüberliegende Ecken. Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../ui/map_tools.py"/>
        <source>Click the corners; right-click or double-click to finish, Backspace removes the last corner, Esc cancels.</source>
        <translation>Klicken Sie die Ecken; Rechtsklick oder Doppelklick beendet, Rücktaste entfernt die letzte Ecke, Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py"/>
        <source>see the log: View &gt; Panels &gt; Log Messages &gt; ClearSKY Vision</source>
        <translation>siehe Protokoll: Ansicht &gt; Bedienfelder &gt; Protokoll &gt; ClearSKY Vision</translation>
    </message>
    <message>
        <location filename="../ui/messages.py"/>
        <source>Unexpected error: {kind}: {error} ({hint}).</source>
        <translation>Unerwarteter Fehler: {kind}: {error} ({hint}).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>intersect: every pixel touching the area</source>
        <translation>intersect: jedes Pixel, das das Gebiet berührt</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>contained: only pixels fully inside</source>
        <translation>contained: nur Pixel, die ganz im Gebiet liegen</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>all (10 bands), rgb, or a comma list of {bands} and index terms like [B8_B4] = (B8 - B4) / (B8 + B4), computed by the server</source>
        <translation>all (10 Kanäle), rgb oder eine Kommaliste aus {bands} und Indextermen wie [B8_B4] = (B8 - B4) / (B8 + B4), vom Server berechnet</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>Choose an area first.</source>
        <translation>Wählen Sie zuerst ein Gebiet.</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>1 band: {names}</source>
        <translation>1 Kanal: {names}</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>{count} bands: {names}</source>
        <translation>{count} Kanäle: {names}</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>Your key allows {count} bands.</source>
        <translation>Ihr Schlüssel erlaubt {count} Kanäle.</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Cost and download</source>
        <translation>Kosten und Download</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Estimate</source>
        <translation>Schätzen</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Ask the server what the ticked dates cost (free)</source>
        <translation>Den Server fragen, was die angekreuzten Aufnahmetage kosten (kostenlos)</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Download again</source>
        <translation>Erneut herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Download the dates again whose failed download may have been charged: each may cost its processing units a second time</source>
        <translation>Die Aufnahmetage erneut herunterladen, deren fehlgeschlagener Download berechnet worden sein kann: jeder kann seine Verarbeitungseinheiten ein zweites Mal kosten</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <location filename="../ui/orders.py"/>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Per date</source>
        <translation>Pro Aufnahmetag</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Balance after</source>
        <translation>Guthaben danach</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Estimating the cost (free)…</source>
        <translation>Kosten werden geschätzt (kostenlos)…</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>0 PU (the download included in your order)</source>
        <translation>0 PU (der in Ihrer Bestellung enthaltene Download)</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>(about {size:,.1f} MB, {fast:,.0f}-{slow:,.0f} s)</source>
        <translation>(etwa {size:,.1f} MB, {fast:,.0f}-{slow:,.0f} s)</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>{units} for {count} date(s)</source>
        <translation>{units} für {count} Aufnahmetag(e)</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>; {free} already downloaded (free)</source>
        <translation>; {free} bereits heruntergeladen (kostenlos)</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>free, already on disk</source>
        <translation>kostenlos, bereits auf der Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>included in your order</source>
        <translation>in Ihrer Bestellung enthalten</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Download {count} date(s) ({cost})</source>
        <translation>{count} Aufnahmetag(e) herunterladen ({cost})</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Tick the dates to download.</source>
        <translation>Kreuzen Sie die herunterzuladenden Aufnahmetage an.</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Partial coverage on {days}: where a zone lacks the date the pixels are nodata (transparent).</source>
        <translation>Teilweise Abdeckung am {days}: Wo einer Zone der Tag fehlt, sind die Pixel NoData (transparent).</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Checking availability, processing units and disk space…</source>
        <translation>Verfügbarkeit, Verarbeitungseinheiten und Speicherplatz werden geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Downloading {count} date(s), at most {limit} at a time, into {folder}…</source>
        <translation>{count} Aufnahmetag(e) werden heruntergeladen, höchstens {limit} gleichzeitig, nach {folder}…</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>{count} date(s) may have been charged although the download failed ({days}). Download again?</source>
        <translation>{count} Aufnahmetag(e) wurden möglicherweise berechnet, obwohl der Download fehlschlug ({days}). Erneut herunterladen?</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>That is a new purchase: check the estimate first.</source>
        <translation>Das ist ein neuer Kauf: Prüfen Sie zuerst die Schätzung.</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>That costs about {units:g} processing units more.</source>
        <translation>Das kostet etwa {units:g} Verarbeitungseinheiten mehr.</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Download again ({units:g} PU)</source>
        <translation>Erneut herunterladen ({units:g} PU)</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>minitiles</source>
        <translation>Minikacheln</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>tiles</source>
        <translation>Kacheln</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>every {days} days</source>
        <translation>alle {days} Tage</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Order this area</source>
        <translation>Dieses Gebiet bestellen</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Models the service offers (asked from the server)</source>
        <translation>Modelle, die der Dienst anbietet (vom Server abgefragt)</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <location filename="../processing_provider/orders.py"/>
        <source>recurring</source>
        <translation>wiederkehrend</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Renewed (and charged) every month until cancelled</source>
        <translation>Jeden Monat erneuert (und berechnet), bis zur Stornierung</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Days between images: 1 daily … 7 weekly</source>
        <translation>Tage zwischen den Bildern: 1 täglich … 7 wöchentlich</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Images fall on this day and every 'cadence' days from it; keep it the same across orders to align them</source>
        <translation>Bilder fallen auf diesen Tag und alle 'Rhythmus' Tage danach; halten Sie ihn über Bestellungen hinweg gleich, um sie aufeinander abzustimmen</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Months the data stay downloadable</source>
        <translation>Monate, in denen die Daten herunterladbar bleiben</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Downloads per date included in the order (more cost processing units later)</source>
        <translation>In der Bestellung enthaltene Downloads pro Aufnahmetag (weitere kosten später Verarbeitungseinheiten)</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Estimate the price (free)</source>
        <translation>Preis schätzen (kostenlos)</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Cover</source>
        <translation>Zuschnitt</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Billed area, the price this month and per month after (recurring), and the image dates; ★ marks the cheapest cover. Click a row to order that cover.</source>
        <translation>Abgerechnete Fläche, der Preis diesen Monat und pro Folgemonat (wiederkehrend) sowie die Aufnahmetage; ★ markiert den günstigsten Zuschnitt. Klicken Sie eine Zeile an, um diesen Zuschnitt zu bestellen.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Order…</source>
        <translation>Bestellen…</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <location filename="../processing_provider/parameters.py"/>
        <source>First month</source>
        <translation>Erster Monat</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Cadence, from</source>
        <translation>Rhythmus, ab</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Downloads per date</source>
        <translation>Downloads pro Aufnahmetag</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Asking for the models…</source>
        <translation>Modelle werden abgefragt…</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>list the models</source>
        <translation>Modelle auflisten</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Needs {inputs}</source>
        <translation>Benötigt {inputs}</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Choose an area first: the order covers the dock's area.</source>
        <translation>Wählen Sie zuerst ein Gebiet: Die Bestellung umfasst das Gebiet des Docks.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>No model yet: wait for the list of models, or refresh.</source>
        <translation>Noch kein Modell: Warten Sie auf die Liste der Modelle oder aktualisieren Sie.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Pricing the area as a polygon, as minitiles and as tiles (free)…</source>
        <translation>Das Gebiet wird als Polygon, als Minikacheln und als Kacheln bepreist (kostenlos)…</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>estimate an order</source>
        <translation>Bestellung schätzen</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>The cheapest cover</source>
        <translation>Der günstigste Zuschnitt</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>No price came back.</source>
        <translation>Es kam kein Preis zurück.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>not priced</source>
        <translation>nicht bepreist</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Order as {cover} ({price})…</source>
        <translation>Als {cover} bestellen ({price})…</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>{count} image dates this period: {dates}.</source>
        <translation>{count} Aufnahmetage in diesem Zeitraum: {dates}.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>The estimate lists no image dates for this period.</source>
        <translation>Die Schätzung nennt keine Aufnahmetage für diesen Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Cancellable until {date}.</source>
        <translation>Stornierbar bis {date}.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>{now} this month, then {monthly} per month until cancelled</source>
        <translation>{now} diesen Monat, dann {monthly} pro Monat bis zur Stornierung</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Order {area} km² as {cover} with {model}, {cadence}, {period}, {storage} storage month(s), {requests} download(s) per date?

Price: {price}. The euros are taken from your balance when the order is created.</source>
        <translation>{area} km² als {cover} mit {model} bestellen, {cadence}, {period}, {storage} Speichermonat(e), {requests} Download(s) pro Aufnahmetag?

Preis: {price}. Die Euro werden bei Anlage der Bestellung von Ihrem Guthaben abgebucht.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Place this order?</source>
        <translation>Diese Bestellung aufgeben?</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Not ordered.</source>
        <translation>Nicht bestellt.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Placing the order…</source>
        <translation>Bestellung wird aufgegeben…</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>place an order</source>
        <translation>Bestellung aufgeben</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Ordered: {status}. It is watched until its images can be downloaded.</source>
        <translation>Bestellt: {status}. Sie wird beobachtet, bis ihre Bilder heruntergeladen werden können.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Not ordered: {reason}</source>
        <translation>Nicht bestellt: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <location filename="../processing_provider/orders.py"/>
        <location filename="../processing_provider/search_tiles.py"/>
        <location filename="../processing_provider/tasking_models.py"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>Checking your orders…</source>
        <translation>Ihre Bestellungen werden geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>List your orders and their status again (free)</source>
        <translation>Ihre Bestellungen und deren Status erneut auflisten (kostenlos)</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>Order this area…</source>
        <translation>Dieses Gebiet bestellen…</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <location filename="../processing_provider/orders.py"/>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>Orders still in Review can be cancelled in full</source>
        <translation>Bestellungen, die noch in Prüfung sind, können vollständig storniert werden</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>No orders yet. Downloads work only inside orders: choose an area and order it.</source>
        <translation>Noch keine Bestellungen. Downloads sind nur innerhalb von Bestellungen möglich: Wählen Sie ein Gebiet und bestellen Sie es.</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>{count} order(s) in production: their status is checked every {seconds} s.</source>
        <translation>{count} Bestellung(en) in Produktion: Der Status wird alle {seconds} s geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>Your {model} order ({period}) is {status}: its dates can be downloaded.</source>
        <translation>Ihre {model}-Bestellung ({period}) ist {status}: Die Aufnahmetage daraus können heruntergeladen werden.</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>Cancel the {model} order ({period})? It is still in review: it is cancelled in full.</source>
        <translation>Die {model}-Bestellung ({period}) stornieren? Sie ist noch in Prüfung und wird daher vollständig storniert.</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>Cancel this order?</source>
        <translation>Diese Bestellung stornieren?</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>cancel an order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>The {model} order ({period}) is cancelled.</source>
        <translation>Die {model}-Bestellung ({period}) ist storniert.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>A key is saved (encrypted in QGIS's authentication database). Type to replace it.</source>
        <translation>Ein Schlüssel ist gespeichert (verschlüsselt in der Authentifizierungsdatenbank von QGIS). Tippen Sie, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>No key saved yet: get one at https://eo.clearsky.vision (GET API KEY).</source>
        <translation>Noch kein Schlüssel gespeichert: Sie erhalten einen unter https://eo.clearsky.vision (GET API KEY).</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>ClearSKY Vision settings</source>
        <translation>ClearSKY-Vision-Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>paste your API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>Download folder</source>
        <translation>Downloadordner</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>Default resolution</source>
        <translation>Standardauflösung</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>Default output CRS</source>
        <translation>Standard-Ausgabe-KBS</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>all, rgb, or a list such as B4,B3,B2,B8,[B8_B4]</source>
        <translation>all, rgb oder eine Liste wie B4,B3,B2,B8,[B8_B4]</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>Default bands</source>
        <translation>Standardkanäle</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>ClearSKY time series</source>
        <translation>ClearSKY-Zeitreihe</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Band math over B2 ... B12; press Enter to compute</source>
        <translation>Kanalrechnung mit B2 ... B12; Eingabetaste berechnet</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>ClearSKY layers on the map</source>
        <translation>ClearSKY-Layer auf der Karte</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>A folder of downloads</source>
        <translation>Ein Ordner mit Downloads</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Folder of ClearSKY Vision downloads</source>
        <translation>Ordner mit ClearSKY-Vision-Downloads</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Pick pixels</source>
        <translation>Pixel wählen</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Click pixels on the map to compare them; Esc stops</source>
        <translation>Pixel auf der Karte anklicken, um sie zu vergleichen; Esc beendet</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>The mean over the dock's area of interest</source>
        <translation>Der Mittelwert über das Interessengebiet des Docks</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>The mean over each selected polygon of the active layer, one line each</source>
        <translation>Der Mittelwert über jedes gewählte Polygon des aktiven Layers, je eine Linie</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Enter or a double click shows that date on the map</source>
        <translation>Eingabetaste oder Doppelklick zeigt diesen Aufnahmetag auf der Karte</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Needs matplotlib (see the Chart tab)</source>
        <translation>Benötigt matplotlib (siehe Reiter „Diagramm“)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <location filename="../processing_provider/spectral_index.py"/>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Write the band math to chart, for example {example}.</source>
        <translation>Schreiben Sie die darzustellende Kanalrechnung, zum Beispiel {example}.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Choose the folder your ClearSKY Vision downloads are in.</source>
        <translation>Wählen Sie den Ordner, in dem Ihre ClearSKY-Vision-Downloads liegen.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>{count} dates among the layers on the map.</source>
        <translation>{count} Aufnahmetage unter den Layern auf der Karte.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>No ClearSKY Vision downloads on the map: download dates, or choose a folder.</source>
        <translation>Keine ClearSKY-Vision-Downloads auf der Karte: Laden Sie Aufnahmetage herunter oder wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Click pixels on the map; each becomes a line. Esc stops.</source>
        <translation>Klicken Sie Pixel auf der Karte an; jedes wird eine Linie. Esc beendet.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Pixel {number}</source>
        <translation>Pixel {number}</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Choose an area of interest in the ClearSKY Vision dock first.</source>
        <translation>Wählen Sie zuerst im ClearSKY-Vision-Dock ein Interessengebiet.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Make a polygon layer active in the Layers panel and select polygons in it.</source>
        <translation>Machen Sie im Bedienfeld „Layer“ einen Polygonlayer aktiv und wählen Sie darin Polygone.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Select one or more polygons of '{layer}' first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Polygone von '{layer}'.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>The chart compares up to {count} places: remove one first.</source>
        <translation>Das Diagramm vergleicht bis zu {count} Orte: Entfernen Sie zuerst einen.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>{index} over {dates} dates.</source>
        <translation>{index} über {dates} Aufnahmetage.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>{index} over {dates} dates at {places} places.</source>
        <translation>{index} über {dates} Aufnahmetage an {places} Orten.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>{place}: some dates could not be read: {reason}</source>
        <translation>{place}: einige Aufnahmetage konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>{place} (computing…)</source>
        <translation>{place} (wird berechnet…)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>{place} (failed)</source>
        <translation>{place} (fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>The map shows {date}.</source>
        <translation>Die Karte zeigt den {date}.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Export the time series as CSV</source>
        <translation>Zeitreihe als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Export the chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Could not write {path} ({reason}): choose another folder.</source>
        <translation>{path} konnte nicht geschrieben werden ({reason}): Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>Processing units left (CREDITS, the older name)</source>
        <translation>Verbleibende Verarbeitungseinheiten (CREDITS, der ältere Name)</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>Largest area per request (km2)</source>
        <translation>Größte Fläche pro Anfrage (km2)</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>Most bands per request</source>
        <translation>Höchstzahl Kanäle pro Anfrage</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>Simultaneous connections allowed</source>
        <translation>Erlaubte gleichzeitige Verbindungen</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>Processing units left</source>
        <translation>Verbleibende Verarbeitungseinheiten</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>Order credits left (EUR)</source>
        <translation>Verbleibendes Bestellguthaben (EUR)</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>Account information</source>
        <translation>Kontoinformationen</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>Balances and limits of your ClearSKY Vision API key. Free.</source>
        <translation>Guthaben und Limits Ihres ClearSKY-Vision-API-Schlüssels. Kostenlos.</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>PROCESSING_UNITS (also as CREDITS, its older name): units left for downloads (one unit covers up to 10 km2; each order includes one download of its data). EURO_BALANCE: order credits left, spent when placing orders. MAX_AREA_KM2, MAX_BANDS, MAX_CONNECTIONS: the key's limits per request. A value the server does not report is left empty (NULL), never 0.</source>
        <translation>PROCESSING_UNITS (auch als CREDITS, der ältere Name): verbleibende Verarbeitungseinheiten (PU) für Downloads (eine Einheit deckt bis zu 10 km2; jede Bestellung enthält einen Download ihrer Daten). EURO_BALANCE: verbleibendes Bestellguthaben, das beim Aufgeben von Bestellungen verbraucht wird. MAX_AREA_KM2, MAX_BANDS, MAX_CONNECTIONS: die Limits des Schlüssels pro Anfrage. Ein Wert, den der Server nicht meldet, bleibt leer (NULL), nie 0.</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>The key comes from the plugin settings, or from the CLEARSKY_API_KEY environment variable (and the server from CLEARSKY_API_URL) for headless runs.</source>
        <translation>Der Schlüssel kommt aus den Plugin-Einstellungen oder für Läufe ohne Oberfläche aus der Umgebungsvariable CLEARSKY_API_KEY (und der Server aus CLEARSKY_API_URL).</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py"/>
        <location filename="../processing_provider/download.py"/>
        <location filename="../processing_provider/download_tiles.py"/>
        <location filename="../processing_provider/estimate.py"/>
        <location filename="../processing_provider/search_dates.py"/>
        <source>Imagery</source>
        <translation>Bilddaten</translation>
    </message>
    <message>
        <location filename="../processing_provider/delivery.py"/>
        <source>unexpected error ({error})</source>
        <translation>unerwarteter Fehler ({error})</translation>
    </message>
    <message>
        <location filename="../processing_provider/delivery.py"/>
        <source>Cancelled: finished files were kept, partial ones removed.</source>
        <translation>Abgebrochen: Fertige Dateien wurden behalten, unvollständige entfernt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/delivery.py"/>
        <source>None of the {count} downloads succeeded; first: {error}</source>
        <translation>Keiner der {count} Downloads war erfolgreich; erster Fehler: {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/delivery.py"/>
        <source>already downloaded, free</source>
        <translation>bereits heruntergeladen, kostenlos</translation>
    </message>
    <message>
        <location filename="../processing_provider/delivery.py"/>
        <source>downloaded</source>
        <translation>heruntergeladen</translation>
    </message>
    <message>
        <location filename="../processing_provider/delivery.py"/>
        <source>Processing units spent: {units:g}</source>
        <translation>Ausgegebene Verarbeitungseinheiten: {units:g}</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <source>Download imagery</source>
        <translation>Bilddaten herunterladen</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <source>Downloads one cloudless composite GeoTIFF per date, cut to the area, into the output folder, and loads them in true colour (B4/B3/B2) on the dates' timeline.</source>
        <translation>Lädt pro Aufnahmetag ein wolkenfreies Komposit-GeoTIFF, auf das Gebiet zugeschnitten, in den Ausgabeordner herunter und lädt die Dateien in Echtfarben (B4/B3/B2) auf die Zeitachse der Aufnahmetage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <source>Only dates inside your orders can be downloaded (order first: 'Place order' or the dock's Orders section). Each order includes one download of its data; a further download or variant costs processing units (PU, about 1 per 10 km2). Before anything is bought the whole batch is checked, date by date: that each date is ready (ordered, produced, still stored, fully covered unless ALLOW_PARTIAL), your PU, the key's area and band limits, MAX_CREDITS (the most PU to spend, when set) and free disk space; if one fails nothing is spent. Files already downloaded with the same settings in the folder are reused for free. Dates download in parallel up to your key's connection limit; a date that fails is reported and the others go on.</source>
        <translation>Nur Aufnahmetage innerhalb Ihrer Bestellungen können heruntergeladen werden (zuerst bestellen: 'Bestellung aufgeben' oder der Abschnitt „Bestellungen“ des Docks). Jede Bestellung enthält einen Download ihrer Daten; ein weiterer Download oder eine Variante kostet Verarbeitungseinheiten (PU, etwa 1 pro 10 km2). Bevor etwas gekauft wird, wird der ganze Stapel Tag für Tag geprüft: dass jeder Aufnahmetag bereit ist (bestellt, produziert, noch gespeichert, vollständig abgedeckt, außer mit ALLOW_PARTIAL), Ihre PU, die Flächen- und Kanallimits des Schlüssels, MAX_CREDITS (das Höchste, was an PU ausgegeben wird, wenn gesetzt) und der freie Speicherplatz; schlägt eines davon fehl, wird nichts ausgegeben. Dateien, die mit denselben Einstellungen bereits in den Ordner heruntergeladen wurden, werden kostenlos wiederverwendet. Die Aufnahmetage werden parallel bis zum Verbindungslimit Ihres Schlüssels heruntergeladen; ein fehlschlagender Aufnahmetag wird gemeldet, die anderen laufen weiter.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <source>Resolution: metres per pixel (10 is native). Bands: all (10 bands), rgb, or a list such as B4,B3,B2,B8 and server-computed ratios like [B8_B4]. CRS: an EPSG CRS; by default the UTM zone of the area. Pixel selection: intersect keeps every pixel touching the area, contained only those fully inside. MODEL: the ordered model (empty: Stratus2). ALLOW_PARTIAL (default off): accept dates some zone under the area lacks; those pixels are nodata.</source>
        <translation>Auflösung: Meter pro Pixel (10 ist die native). Kanäle: all (10 Kanäle), rgb oder eine Liste wie B4,B3,B2,B8 und vom Server berechnete Verhältnisse wie [B8_B4]. KBS: ein EPSG-KBS; standardmäßig die UTM-Zone des Gebiets. Pixelauswahl: intersect behält jedes Pixel, das das Gebiet berührt, contained nur die ganz darin liegenden. MODEL: das bestellte Modell (leer: Stratus2). ALLOW_PARTIAL (standardmäßig aus): Aufnahmetage akzeptieren, die einer Zone unter dem Gebiet fehlen; diese Pixel sind NoData.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>RETRY_PAID (advanced, default off):</source>
        <translation>RETRY_PAID (erweitert, standardmäßig aus):</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <source>the download</source>
        <translation>der Download</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <location filename="../processing_provider/spectral_index.py"/>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Downloaded files</source>
        <translation>Heruntergeladene Dateien</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Processing units spent</source>
        <translation>Ausgegebene Verarbeitungseinheiten</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <source>{area}: {count} date(s) to download for {units:g} processing units, {reused} already in {folder}; {left} units left after.</source>
        <translation>{area}: {count} Aufnahmetag(e) zum Herunterladen für {units:g} Verarbeitungseinheiten, {reused} bereits in {folder}; danach bleiben {left} Einheiten.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Download tiles and minitiles</source>
        <translation>Kacheln und Minikacheln herunterladen</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Downloads whole tiles (5120 x 5120 px, about 51 km square) or minitiles (320 x 320 px, about 3.2 km square) by GUID, one GeoTIFF per tile and date, on the fixed grid with no cutting, and loads them in true colour on the dates' timeline. Tiles must lie inside your orders (a tile or minitile order, or a polygon order covering them): order them first with 'Place order' and their GUIDs.</source>
        <translation>Lädt ganze Kacheln (5120 x 5120 px, etwa 51 km im Quadrat) oder Minikacheln (320 x 320 px, etwa 3,2 km im Quadrat) per GUID herunter, ein GeoTIFF pro Kachel und Aufnahmetag, im festen Raster ohne Zuschnitt, und lädt sie in Echtfarben auf die Zeitachse der Aufnahmetage. Die Kacheln müssen innerhalb Ihrer Bestellungen liegen (eine Kachel- oder Minikachelbestellung oder eine Polygonbestellung, die sie abdeckt): Bestellen Sie sie zuerst mit 'Bestellung aufgeben' und ihren GUIDs.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Which tiles: TILE_GUIDS and MINITILE_GUIDS. When both are empty, the tiles over the area (AOI or EXTENT) are downloaded.</source>
        <translation>Welche Kacheln: TILE_GUIDS und MINITILE_GUIDS. Sind beide leer, werden die Kacheln über dem Gebiet (AOI oder EXTENT) heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Which dates: DATES (comma-separated YYYY-MM-DD, e.g. the DATES output of 'Wait for order'); when empty, every date your orders give over the tiles between START_DATE and END_DATE.</source>
        <translation>Welche Aufnahmetage: DATES (kommagetrennt als JJJJ-MM-TT, z. B. die Ausgabe DATES von 'Auf Bestellung warten'); wenn leer, jeder Aufnahmetag, den Ihre Bestellungen über den Kacheln zwischen START_DATE und END_DATE liefern.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>RESOLUTION, BANDS and CRS as for 'Download imagery'; without a CRS the server picks the tile's UTM zone (EPSG 47000, automatic UTM). MODEL: the ordered model (empty: Stratus2). ALLOW_PARTIAL: accept dates some zone lacks (nodata there).</source>
        <translation>RESOLUTION, BANDS und CRS wie bei 'Bilddaten herunterladen'; ohne CRS wählt der Server die UTM-Zone der Kachel (EPSG 47000, automatisches UTM). MODEL: das bestellte Modell (leer: Stratus2). ALLOW_PARTIAL: Aufnahmetage akzeptieren, die einer Zone fehlen (dort NoData).</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Costs processing units (PU): each order includes one download of its data; further downloads cost about 1 PU per 10 km2. MAX_CREDITS (optional) is the most PU to spend: the run is refused, with nothing bought, when the tiles' area could cost more. Files already in the output folder are reused for free.</source>
        <translation>Kostet Verarbeitungseinheiten (PU): Jede Bestellung enthält einen Download ihrer Daten; weitere Downloads kosten etwa 1 PU pro 10 km2. MAX_CREDITS (optional) ist das Höchste, was an PU ausgegeben wird: Der Lauf wird abgelehnt, ohne dass etwas gekauft wird, wenn die Fläche der Kacheln mehr kosten könnte. Dateien, die bereits im Ausgabeordner liegen, werden kostenlos wiederverwendet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>This replaces the retired Tile API (boundingbox search and satelliteImageId downloads, absent from the 2025-26 service). When are tiles better than 'Download imagery'? For grid-based work, very large areas, or exact control near UTM zone borders; ordering tiles costs 20% (minitiles 50%) of the polygon price per km2, so a tile order pays off when you need more than 40% of the tile.</source>
        <translation>Dies ersetzt die eingestellte Tile-API (Suche per Boundingbox und Downloads per satelliteImageId, im Dienst 2025-26 nicht mehr vorhanden). Wann sind Kacheln besser als 'Bilddaten herunterladen'? Für rasterbasierte Arbeit, sehr große Gebiete oder genaue Kontrolle an UTM-Zonengrenzen; Kacheln zu bestellen kostet 20 % (Minikacheln 50 %) des Polygonpreises pro km2, eine Kachelbestellung lohnt sich also, wenn Sie mehr als 40 % der Kachel brauchen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Comma-separated YYYY-MM-DD, e.g. the DATES output of 'Wait for order'. Empty: every date your orders give over the tiles between START_DATE and END_DATE.</source>
        <translation>Kommagetrennt als JJJJ-MM-TT, z. B. die Ausgabe DATES von 'Auf Bestellung warten'. Leer: jeder Aufnahmetag, den Ihre Bestellungen über den Kacheln zwischen START_DATE und END_DATE liefern.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>With DATES empty: the first day whose dates are downloaded (inclusive).</source>
        <translation>Bei leerem DATES: der erste Tag, dessen Aufnahmetage heruntergeladen werden (einschließlich).</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>With DATES empty: the last day whose dates are downloaded (inclusive).</source>
        <translation>Bei leerem DATES: der letzte Tag, dessen Aufnahmetage heruntergeladen werden (einschließlich).</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>the tiles</source>
        <translation>die Kacheln</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Downloaded tiles</source>
        <translation>Heruntergeladene Kacheln</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>{tiles} tile(s) x {dates} date(s): {new} to download (at most about {bound:g} PU; a first download of ordered data is included), {reused} already in {folder}.</source>
        <translation>{tiles} Kachel(n) x {dates} Aufnahmetag(e): {new} herunterzuladen (höchstens etwa {bound:g} PU; ein erster Download bestellter Daten ist enthalten), {reused} bereits in {folder}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>The tiles could cost up to about {bound:g} processing units, more than the maximum of {limit:g} you set: nothing was downloaded. Raise it, or choose fewer tiles or dates.</source>
        <translation>Die Kacheln könnten bis zu etwa {bound:g} Verarbeitungseinheiten kosten, mehr als das von Ihnen gesetzte Maximum von {limit:g}: Es wurde nichts heruntergeladen. Erhöhen Sie es oder wählen Sie weniger Kacheln oder Aufnahmetage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Minitile</source>
        <translation>Minikachel</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Tile</source>
        <translation>Kachel</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Unknown tile GUID(s): {guids}. Take them from 'Search tiles' or the order's details.</source>
        <translation>Unbekannte Kachel-GUID(s): {guids}. Entnehmen Sie sie 'Kacheln suchen' oder den Details der Bestellung.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>No tiles over the area: check that it is on land.</source>
        <translation>Keine Kacheln über dem Gebiet: Prüfen Sie, ob es an Land liegt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>Tiles</source>
        <translation>Kacheln</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Your orders give no date over these tiles between {start} and {end}: order them first ('Place order' with TILE_GUIDS), widen the dates, or allow partial images.</source>
        <translation>Ihre Bestellungen liefern keinen Aufnahmetag über diesen Kacheln zwischen {start} und {end}: Bestellen Sie sie zuerst ('Bestellung aufgeben' mit TILE_GUIDS), erweitern Sie den Zeitraum oder lassen Sie Teilbilder zu.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Your orders give no fully covered date over these tiles between {start} and {end}: order them first ('Place order' with TILE_GUIDS), widen the dates, or allow partial images.</source>
        <translation>Ihre Bestellungen liefern keinen vollständig abgedeckten Aufnahmetag über diesen Kacheln zwischen {start} und {end}: Bestellen Sie sie zuerst ('Bestellung aufgeben' mit TILE_GUIDS), erweitern Sie den Zeitraum oder lassen Sie Teilbilder zu.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Area (km2)</source>
        <translation>Fläche (km2)</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Processing units for all dates</source>
        <translation>Verarbeitungseinheiten für alle Aufnahmetage</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Processing units per date (mean)</source>
        <translation>Verarbeitungseinheiten pro Aufnahmetag (Mittelwert)</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Processing units left afterwards</source>
        <translation>Danach verbleibende Verarbeitungseinheiten</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Estimate cost</source>
        <translation>Kosten schätzen</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>For each date: whether it can be downloaded now over the area, and how many processing units (PU) it would cost. Free. Each order includes one download of its data (0 PU); a further download or a variant (other bands, resolution, CRS) costs about 1 PU per 10 km2. Files already in a download folder are not counted here ('Download imagery' reuses them for free).</source>
        <translation>Für jeden Aufnahmetag: ob er jetzt über dem Gebiet heruntergeladen werden kann und wie viele Verarbeitungseinheiten (PU) er kosten würde. Kostenlos. Jede Bestellung enthält einen Download ihrer Daten (0 PU); ein weiterer Download oder eine Variante (andere Kanäle, Auflösung, KBS) kostet etwa 1 PU pro 10 km2. Dateien, die bereits in einem Downloadordner liegen, werden hier nicht berücksichtigt ('Bilddaten herunterladen' verwendet sie kostenlos wieder).</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Resolution, bands, CRS, MODEL and ALLOW_PARTIAL as for 'Download imagery': the estimate is made with the very request the download sends.</source>
        <translation>Auflösung, Kanäle, KBS, MODEL und ALLOW_PARTIAL wie bei 'Bilddaten herunterladen': Die Schätzung wird mit genau der Anfrage erstellt, die der Download sendet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Outputs: AREA_KM2; CREDITS (PU for all dates; the older name is kept), CREDITS_PER_DATE (mean PU per date), CREDITS_LEFT (PU left afterwards, empty when the server does not report the balance); UNITS_BY_DATE (date=PU pairs, comma-separated); READY_DATES (the dates ready to download). A warning names each date that is not ready, and why (not ordered, not produced yet, storage expired, partial).</source>
        <translation>Ausgaben: AREA_KM2; CREDITS (PU für alle Aufnahmetage; der ältere Name bleibt erhalten), CREDITS_PER_DATE (mittlere PU pro Aufnahmetag), CREDITS_LEFT (danach verbleibende PU, leer, wenn der Server das Guthaben nicht meldet); UNITS_BY_DATE (Paare Datum=PU, kommagetrennt); READY_DATES (die zum Herunterladen bereiten Aufnahmetage). Eine Warnung nennt jeden Aufnahmetag, der nicht bereit ist, und den Grund (nicht bestellt, noch nicht produziert, Speicherzeit abgelaufen, teilweise).</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Processing units by date</source>
        <translation>Verarbeitungseinheiten nach Aufnahmetag</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Dates ready to download</source>
        <translation>Zum Herunterladen bereite Aufnahmetage</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>The download would be refused: {reason}</source>
        <translation>Der Download würde abgelehnt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>{ready} of {count} date(s) ready to download</source>
        <translation>{ready} von {count} Aufnahmetag(en) bereit zum Herunterladen</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Merge downloaded files</source>
        <translation>Heruntergeladene Dateien zusammenführen</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <location filename="../processing_provider/spectral_index.py"/>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Merges several downloaded files (tiles of one date, neighbouring areas) into one raster. Name the output .vrt for a virtual raster made at once (it reads the input files, which must stay where they are), or .tif for a Cloud Optimized GeoTIFF (tiled, compressed, with overviews; CLOUD_OPTIMIZED off: a plain tiled GeoTIFF, quicker to write). Other extensions are refused before anything is read.</source>
        <translation>Führt mehrere heruntergeladene Dateien (Kacheln eines Tages, benachbarte Gebiete) zu einem Raster zusammen. Benennen Sie die Ausgabe .vrt für ein sofort erzeugtes virtuelles Raster (es liest die Eingabedateien, die an ihrem Ort bleiben müssen) oder .tif für ein Cloud Optimized GeoTIFF (gekachelt, komprimiert, mit Übersichten; CLOUD_OPTIMIZED aus: ein einfaches gekacheltes GeoTIFF, schneller geschrieben). Andere Endungen werden abgelehnt, bevor etwas gelesen wird.</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Nodata never covers data: where files overlap, a nodata pixel (-32768, or a file's own nodata) shows what the other file has. Files in another CRS are reprojected (nearest neighbour, keeping the delivered values) to CRS, by default the first file's CRS, at the finest resolution among the inputs. The files must share one band list (the same bands in the same order); band names and the IMAGE_DATE (when all files share it), MODEL_VERSION and IMAGE_VERSION tags are carried over.</source>
        <translation>NoData überdeckt nie Daten: Wo sich Dateien überlappen, zeigt ein NoData-Pixel (-32768 oder der eigene NoData-Wert einer Datei), was die andere Datei hat. Dateien in einem anderen KBS werden (nächster Nachbar, die gelieferten Werte bleiben erhalten) in CRS umprojiziert, standardmäßig das KBS der ersten Datei, mit der feinsten Auflösung der Eingaben. Die Dateien müssen eine gemeinsame Kanalliste haben (dieselben Kanäle in derselben Reihenfolge); Kanalnamen und die Tags IMAGE_DATE (wenn alle Dateien es teilen), MODEL_VERSION und IMAGE_VERSION werden übernommen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Files to merge</source>
        <translation>Zusammenzuführende Dateien</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Downloaded GeoTIFFs with the same bands and data type, e.g. the tiles of one date.</source>
        <translation>Heruntergeladene GeoTIFFs mit denselben Kanälen und demselben Datentyp, z. B. die Kacheln eines Tages.</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Target CRS (default: the first file's)</source>
        <translation>Ziel-KBS (Standard: das der ersten Datei)</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>The merged raster's CRS; files in another CRS are reprojected to it. Empty: the first file's CRS.</source>
        <translation>Das KBS des zusammengeführten Rasters; Dateien in einem anderen KBS werden darauf umprojiziert. Leer: das KBS der ersten Datei.</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Merged raster</source>
        <translation>Zusammengeführtes Raster</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>A .vrt (virtual raster reading the inputs) or a .tif (GeoTIFF); other extensions are refused.</source>
        <translation>Ein .vrt (virtuelles Raster, das die Eingaben liest) oder ein .tif (GeoTIFF); andere Endungen werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Cloud Optimized GeoTIFF for .tif</source>
        <translation>Cloud Optimized GeoTIFF für .tif</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Write a Cloud Optimized GeoTIFF (with overviews) for .tif outputs; off: a plain tiled GeoTIFF, quicker to write. Ignored for .vrt.</source>
        <translation>Für .tif-Ausgaben ein Cloud Optimized GeoTIFF (mit Übersichten) schreiben; aus: ein einfaches gekacheltes GeoTIFF, schneller geschrieben. Für .vrt ohne Wirkung.</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>No files to merge: choose downloaded rasters in INPUT.</source>
        <translation>Keine Dateien zum Zusammenführen: Wählen Sie heruntergeladene Raster in INPUT.</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>{count} file(s) into {file}: {width} x {height} pixels of {size:g}, bands {bands}</source>
        <translation>{count} Datei(en) in {file}: {width} x {height} Pixel zu {size:g}, Kanäle {bands}</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Merged from</source>
        <translation>Zusammengeführt aus</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>MODEL: from 'List models' (empty: Stratus2); the model's required constellations are ordered. START_DATE: the order starts on the first of its month. END_DATE: the last date; empty makes the order recurring (renewed and charged every month until cancelled). IMAGE_FREQUENCY: an image every 1 (daily) to 7 (weekly) days, counted from REFERENCE_DATE (empty: the first month). STORAGE_MONTHS: how long the data stay downloadable beyond the included window. API_REQUESTS: downloads per area and date the order includes (one is included; each further download costs processing units).</source>
        <translation>MODEL: aus 'Modelle auflisten' (leer: Stratus2); die vom Modell benötigten Konstellationen werden mitbestellt. START_DATE: die Bestellung beginnt am Ersten ihres Monats. END_DATE: das letzte Datum; leer macht die Bestellung wiederkehrend (jeden Monat erneuert und berechnet, bis zur Stornierung). IMAGE_FREQUENCY: ein Bild alle 1 (täglich) bis 7 (wöchentlich) Tage, gezählt ab REFERENCE_DATE (leer: der erste Monat). STORAGE_MONTHS: wie lange die Daten über das enthaltene Zeitfenster hinaus herunterladbar bleiben. API_REQUESTS: in der Bestellung enthaltene Downloads pro Gebiet und Aufnahmetag (einer ist enthalten; jeder weitere kostet Verarbeitungseinheiten).</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Billed area (km2)</source>
        <translation>Abgerechnete Fläche (km2)</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Cost this month (EUR)</source>
        <translation>Kosten diesen Monat (EUR)</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Cost of each further month (EUR; recurring orders)</source>
        <translation>Kosten jedes weiteren Monats (EUR; wiederkehrende Bestellungen)</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Image dates (YYYY-MM-DD)</source>
        <translation>Aufnahmetage (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order {model} recurring from {start}: {area}, {cost} this month, {recurring} each further month, {count} image date(s).</source>
        <translation>Bestellung {model} wiederkehrend ab {start}: {area}, {cost} diesen Monat, {recurring} jeden weiteren Monat, {count} Aufnahmetag(e).</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order {model} from {start} to {end}: {area}, {cost} this month, {count} image date(s).</source>
        <translation>Bestellung {model} von {start} bis {end}: {area}, {cost} diesen Monat, {count} Aufnahmetag(e).</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>The estimate gave no price, so MAX_EUR cannot be checked: nothing was ordered. Place this order in the dock's Orders section, where the estimate is shown.</source>
        <translation>Die Schätzung ergab keinen Preis, daher kann MAX_EUR nicht geprüft werden: Es wurde nichts bestellt. Geben Sie diese Bestellung im Bereich „Bestellungen“ des Docks auf, wo die Schätzung angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>The order would cost {cost:g} EUR, more than the maximum of {maximum:g} EUR you set: nothing was ordered. Raise MAX_EUR, or order a smaller area or period.</source>
        <translation>Die Bestellung würde {cost:g} EUR kosten, mehr als das von Ihnen gesetzte Maximum von {maximum:g} EUR: Es wurde nichts bestellt. Erhöhen Sie MAX_EUR oder bestellen Sie ein kleineres Gebiet oder einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>The order would renew at {cost:g} EUR a month, more than the maximum of {maximum:g} EUR you set: nothing was ordered. Give an END_DATE or raise MAX_EUR.</source>
        <translation>Die Bestellung würde sich für {cost:g} EUR im Monat verlängern, mehr als das von Ihnen gesetzte Maximum von {maximum:g} EUR: Es wurde nichts bestellt. Geben Sie ein END_DATE an oder erhöhen Sie MAX_EUR.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Estimate order</source>
        <translation>Bestellung schätzen</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>What ordering imagery of an area and period would cost, and its image dates. Free: nothing is ordered. Estimates assume no change to your other orders this month; the price charged can differ slightly.</source>
        <translation>Was die Bestellung von Bilddaten eines Gebiets und Zeitraums kosten würde, und deren Aufnahmetage. Kostenlos: Es wird nichts bestellt. Schätzungen setzen voraus, dass sich Ihre anderen Bestellungen diesen Monat nicht ändern; der berechnete Preis kann leicht abweichen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Outputs: AREA_KM2 (billed), COST_EUR (charged when ordering, this month), RECURRING_EUR (each further month of a recurring order), IMAGE_DATES (comma-separated).</source>
        <translation>Ausgaben: AREA_KM2 (abgerechnet), COST_EUR (beim Bestellen berechnet, diesen Monat), RECURRING_EUR (jeder weitere Monat einer wiederkehrenden Bestellung), IMAGE_DATES (kommagetrennt).</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Place order</source>
        <translation>Bestellung aufgeben</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Orders imagery of an area and period: costs euros (your order credits), charged now. The order is estimated first; when its price this month (or, for a recurring order, each month) is above MAX_EUR nothing is sent and the run fails. An order in Review can be cancelled in full ('Cancel order').</source>
        <translation>Bestellt Bilddaten eines Gebiets und Zeitraums: kostet Euro (Ihr Bestellguthaben), die sofort berechnet werden. Die Bestellung wird zuerst geschätzt; liegt ihr Preis diesen Monat (oder bei einer wiederkehrenden Bestellung jeden Monat) über MAX_EUR, wird nichts gesendet und der Lauf schlägt fehl. Eine Bestellung in Prüfung kann vollständig storniert werden ('Bestellung stornieren').</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Outputs: ORDER_ID (give it to 'Wait for order'), STATUS (Review, Preparing, ...), COST_EUR (the estimated charge). Data appear as the order is produced: 'Wait for order' waits until it can be downloaded.</source>
        <translation>Ausgaben: ORDER_ID (für 'Auf Bestellung warten'), STATUS (Review, Preparing, ...), COST_EUR (die geschätzte Belastung). Daten erscheinen, während die Bestellung produziert wird: 'Auf Bestellung warten' wartet, bis sie heruntergeladen werden kann.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Refuse if the order costs more than (EUR)</source>
        <translation>Ablehnen, wenn die Bestellung mehr kostet als (EUR)</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>The order is estimated first and refused, with nothing sent, above this.</source>
        <translation>Die Bestellung wird zuerst geschätzt und oberhalb dieses Werts abgelehnt, ohne dass etwas gesendet wird.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order id</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Cost (EUR)</source>
        <translation>Kosten (EUR)</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Cancelled before ordering: nothing was ordered.</source>
        <translation>Vor dem Bestellen abgebrochen: Es wurde nichts bestellt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order {order}: {status}</source>
        <translation>Bestellung {order}: {status}</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>List orders</source>
        <translation>Bestellungen auflisten</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Your key's orders as a polygon layer (EPSG:4326): ORDER_ID, STATUS, MODEL, START_DATE, END_DATE (empty: recurring), IMAGE_FREQUENCY (days between images) and AREA_KM2. Free. Tile orders are drawn as their tiles. INCLUDE_EXPIRED also lists orders whose period and storage have ended.</source>
        <translation>Die Bestellungen Ihres Schlüssels als Polygonlayer (EPSG:4326): ORDER_ID, STATUS, MODEL, START_DATE, END_DATE (leer: wiederkehrend), IMAGE_FREQUENCY (Tage zwischen den Bildern) und AREA_KM2. Kostenlos. Kachelbestellungen werden als ihre Kacheln gezeichnet. INCLUDE_EXPIRED listet auch Bestellungen, deren Zeitraum und Speicherzeit abgelaufen sind.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Status: Review (paid, awaiting review, cancellable), Preparing, AwaitingSatelliteProducts, Processing (production running), Completed (a fixed period fully produced), UpToDate (a recurring order caught up), Canceled.</source>
        <translation>Status: Review (bezahlt, wartet auf Prüfung, stornierbar), Preparing, AwaitingSatelliteProducts, Processing (Produktion läuft), Completed (ein fester Zeitraum vollständig produziert), UpToDate (eine wiederkehrende Bestellung ist auf aktuellem Stand), Canceled.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Include expired orders</source>
        <translation>Abgelaufene Bestellungen einschließen</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Also the orders whose period and storage have ended.</source>
        <translation>Auch die Bestellungen, deren Zeitraum und Speicherzeit abgelaufen sind.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>A polygon layer (EPSG:4326) with one feature per order: polygon orders as ordered, tile orders as their tiles.</source>
        <translation>Ein Polygonlayer (EPSG:4326) mit einem Objekt pro Bestellung: Polygonbestellungen wie bestellt, Kachelbestellungen als ihre Kacheln.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>{order}: {status}, {model}, {start} to {end}</source>
        <translation>{order}: {status}, {model}, {start} bis {end}</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>{count} order(s)</source>
        <translation>{count} Bestellung(en)</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>The order's id (TaskOrderGuid): the ORDER_ID output of 'Place order' or the ORDER_ID field of 'List orders'.</source>
        <translation>Die ID der Bestellung (TaskOrderGuid): die Ausgabe ORDER_ID von 'Bestellung aufgeben' oder das Feld ORDER_ID von 'Bestellungen auflisten'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>No order id given: use ORDER_ID from 'Place order' or 'List orders'.</source>
        <translation>Keine Bestell-ID angegeben: Verwenden Sie ORDER_ID aus 'Bestellung aufgeben' oder 'Bestellungen auflisten'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Your key has no order {order}: check the id with 'List orders'.</source>
        <translation>Ihr Schlüssel hat keine Bestellung {order}: Prüfen Sie die ID mit 'Bestellungen auflisten'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Cancels an order. An order still in Review is cancelled in full and its euros refunded. A recurring order after Review stops renewing: it runs to the end of the month and what was produced stays downloadable. A fixed-period order after Review cannot be cancelled (production is paid for); the server says so.</source>
        <translation>Storniert eine Bestellung. Eine Bestellung, die noch in Prüfung ist, wird vollständig storniert und ihre Euro erstattet. Eine wiederkehrende Bestellung nach der Prüfung verlängert sich nicht mehr: Sie läuft bis zum Monatsende, und was produziert wurde, bleibt herunterladbar. Eine Bestellung mit festem Zeitraum kann nach der Prüfung nicht storniert werden (die Produktion ist bezahlt); der Server teilt das mit.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>STATUS is the order's status afterwards (Canceled, or the running status of a recurring order that will not renew). Cancel before 00:00 UTC on the 1st to avoid the next month's charge.</source>
        <translation>STATUS ist der Status der Bestellung danach (Canceled oder der laufende Status einer wiederkehrenden Bestellung, die sich nicht verlängert). Stornieren Sie vor 00:00 UTC am Monatsersten, um die Belastung des nächsten Monats zu vermeiden.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order {order} is cancelled.</source>
        <translation>Bestellung {order} ist storniert.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order {order} will not renew; it stays {status} until {end}.</source>
        <translation>Bestellung {order} verlängert sich nicht; sie bleibt {status} bis {end}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>the end of the month</source>
        <translation>zum Monatsende</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Wait for order</source>
        <translation>Auf Bestellung warten</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Waits until an order can be downloaded (status Completed or UpToDate), polling its status, then lists its image dates over the ordered area. Free. Cancel stops the waiting (the order goes on).</source>
        <translation>Wartet, bis eine Bestellung heruntergeladen werden kann (Status Completed oder UpToDate), fragt dazu ihren Status ab und listet dann ihre Aufnahmetage über dem bestellten Gebiet. Kostenlos. Abbrechen beendet das Warten (die Bestellung läuft weiter).</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>TIMEOUT_MINUTES: give up after this long (the order goes on; run again later). Outputs: STATUS and DATES (the dates fully covered over the order's area, comma-separated YYYY-MM-DD, ready for the DATES of 'Download imagery').</source>
        <translation>TIMEOUT_MINUTES: nach dieser Zeit aufgeben (die Bestellung läuft weiter; später erneut ausführen). Ausgaben: STATUS und DATES (die vollständig abgedeckten Aufnahmetage über dem Gebiet der Bestellung, kommagetrennt als JJJJ-MM-TT, passend für DATES von 'Bilddaten herunterladen').</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Give up after (minutes)</source>
        <translation>Aufgeben nach (Minuten)</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Orders usually take hours to days to produce; models that wait need a long timeout or a second run.</source>
        <translation>Bestellungen brauchen meist Stunden bis Tage in der Produktion; Modelle, die warten, brauchen ein langes Zeitlimit oder einen zweiten Lauf.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Image dates</source>
        <translation>Aufnahmetage</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order {order} was cancelled: reorder to get its data.</source>
        <translation>Bestellung {order} wurde storniert: Bestellen Sie neu, um ihre Daten zu erhalten.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order {order} is still {status} after {minutes:g} minutes: it goes on; run this again later.</source>
        <translation>Bestellung {order} ist nach {minutes:g} Minuten noch {status}: Sie läuft weiter; führen Sie dies später erneut aus.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Cancelled waiting: the order goes on.</source>
        <translation>Warten abgebrochen: Die Bestellung läuft weiter.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>{count} date(s) ready over the order's area</source>
        <translation>{count} Aufnahmetag(e) über dem Gebiet der Bestellung bereit</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Area: a polygon layer (AOI; with 'Selected features only' ticked, only those) or an extent (EXTENT). Give one of the two; the AOI wins when both are set.</source>
        <translation>Gebiet: ein Polygonlayer (AOI; mit angekreuztem 'Nur gewählte Objekte' nur diese) oder eine Ausdehnung (EXTENT). Geben Sie eines von beiden an; sind beide gesetzt, gilt der AOI.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Tile and minitile GUIDs: comma-separated, from 'Search tiles' (its TILE_GUIDS and MINITILE_GUIDS outputs) or from an order's details.</source>
        <translation>Kachel- und Minikachel-GUIDs: kommagetrennt, aus 'Kacheln suchen' (dessen Ausgaben TILE_GUIDS und MINITILE_GUIDS) oder aus den Details einer Bestellung.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Area: a polygon layer (AOI) or an extent (EXTENT), ordered as drawn; or whole tiles (TILE_GUIDS) and minitiles (MINITILE_GUIDS), which cost 20% and 50% of the polygon price per km2. Give one of the two kinds; the GUIDs win when both are set.</source>
        <translation>Gebiet: ein Polygonlayer (AOI) oder eine Ausdehnung (EXTENT), bestellt wie gezeichnet; oder ganze Kacheln (TILE_GUIDS) und Minikacheln (MINITILE_GUIDS), die 20 % bzw. 50 % des Polygonpreises pro km2 kosten. Geben Sie eine der beiden Arten an; sind beide gesetzt, gelten die GUIDs.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Dates: comma-separated YYYY-MM-DD, e.g. 2024-06-01,2024-06-15; in a model, the DATES output of 'Search available dates'.</source>
        <translation>Aufnahmetage: kommagetrennt als JJJJ-MM-TT, z. B. 2024-06-01,2024-06-15; in einem Modell die Ausgabe DATES von 'Verfügbare Aufnahmetage suchen'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Off (the default): a download is repeated automatically only when the server certainly did not act on it (no connection made, 429 or 1003: too many requests). After any other failure (a 5xx answer, a broken connection or body, a timeout) the server may have charged it, so the date is reported as failed with what downloading it again costs. On: such a date is downloaded once more at once; that repeat may cost the date's processing units (its estimate) a second time.</source>
        <translation>Aus (Standard): Ein Download wird nur dann automatisch wiederholt, wenn der Server sicher nicht darauf reagiert hat (keine Verbindung zustande gekommen, 429 oder 1003: zu viele Anfragen). Nach jedem anderen Fehler (eine 5xx-Antwort, eine abgebrochene Verbindung oder Übertragung, eine Zeitüberschreitung) kann der Server ihn berechnet haben, daher wird der Aufnahmetag als fehlgeschlagen gemeldet, mit den Kosten eines erneuten Downloads. An: Ein solcher Aufnahmetag wird sofort noch einmal heruntergeladen; diese Wiederholung kann die Verarbeitungseinheiten des Tages (seine Schätzung) ein zweites Mal kosten.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Area of interest (polygon layer)</source>
        <translation>Interessengebiet (Polygonlayer)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The union of the layer's polygons (only the selected ones when 'Selected features only' is ticked).</source>
        <translation>Die Vereinigung der Polygone des Layers (nur der gewählten, wenn 'Nur gewählte Objekte' angekreuzt ist).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>…or an extent (when no AOI layer)</source>
        <translation>…oder eine Ausdehnung (ohne AOI-Layer)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Used when no AOI layer is given, e.g. 9.50,9.56,55.60,55.63 [EPSG:4326].</source>
        <translation>Wird verwendet, wenn kein AOI-Layer angegeben ist, z. B. 9.50,9.56,55.60,55.63 [EPSG:4326].</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The AOI layer has no polygon to use (no features, or none selected): select features or untick 'Selected features only'.</source>
        <translation>Der AOI-Layer hat kein verwendbares Polygon (keine Objekte oder keine gewählt): Wählen Sie Objekte oder entfernen Sie das Häkchen bei 'Nur gewählte Objekte'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Extent</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>No area chosen: give a polygon layer (AOI) or an extent (EXTENT), e.g. EXTENT='9.50,9.56,55.60,55.63 [EPSG:4326]'.</source>
        <translation>Kein Gebiet gewählt: Geben Sie einen Polygonlayer (AOI) oder eine Ausdehnung (EXTENT) an, z. B. EXTENT='9.50,9.56,55.60,55.63 [EPSG:4326]'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The first day searched (inclusive); 30 days ago by default.</source>
        <translation>Der erste durchsuchte Tag (einschließlich); standardmäßig vor 30 Tagen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The last day searched (inclusive); today by default.</source>
        <translation>Der letzte durchsuchte Tag (einschließlich); standardmäßig heute.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Dates (comma-separated YYYY-MM-DD)</source>
        <translation>Aufnahmetage (kommagetrennt, JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>No dates given: list them as YYYY-MM-DD separated by commas, or connect the DATES output of 'Search available dates'.</source>
        <translation>Keine Aufnahmetage angegeben: Listen Sie sie als JJJJ-MM-TT durch Kommas getrennt auf oder verbinden Sie die Ausgabe DATES von 'Verfügbare Aufnahmetage suchen'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Resolution (metres per pixel)</source>
        <translation>Auflösung (Meter pro Pixel)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Metres per pixel: 10 is the native resolution; coarser pixels make smaller files.</source>
        <translation>Meter pro Pixel: 10 ist die native Auflösung; gröbere Pixel ergeben kleinere Dateien.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Bands: all, rgb, or a list like B4,B3,B2,[B8_B4]</source>
        <translation>Kanäle: all, rgb oder eine Liste wie B4,B3,B2,[B8_B4]</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>all (the 10 bands), rgb (B2, B3, B4), or a comma-separated list of bands (B2 ... B12, B8A) and ratios the server computes, such as [B8_B4] (NDVI).</source>
        <translation>all (die 10 Kanäle), rgb (B2, B3, B4) oder eine kommagetrennte Liste von Kanälen (B2 ... B12, B8A) und vom Server berechneten Verhältnissen wie [B8_B4] (NDVI).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Output CRS (default: the AOI's UTM zone)</source>
        <translation>Ausgabe-KBS (Standard: die UTM-Zone des AOI)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>An EPSG CRS for the files. Empty: the UTM zone of the area, or the server's automatic UTM (EPSG 47000) when there is no area.</source>
        <translation>Ein EPSG-KBS für die Dateien. Leer: die UTM-Zone des Gebiets oder das automatische UTM des Servers (EPSG 47000), wenn es kein Gebiet gibt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>intersect (the default): every pixel touching the area; contained: only the pixels lying fully inside it.</source>
        <translation>intersect (Standard): jedes Pixel, das das Gebiet berührt; contained: nur die Pixel, die ganz darin liegen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The output CRS {crs} has no EPSG code, which the server needs: choose an EPSG CRS such as a UTM zone.</source>
        <translation>Das Ausgabe-KBS {crs} hat keinen EPSG-Code, den der Server braucht: Wählen Sie ein EPSG-KBS wie eine UTM-Zone.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Refuse if {what} would cost more processing units than</source>
        <translation>Ablehnen, wenn {what} mehr Verarbeitungseinheiten kosten würde als</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Processing units (formerly credits): nothing is bought when the estimate is above this. Empty: no maximum.</source>
        <translation>Verarbeitungseinheiten (früher Credits): Es wird nichts gekauft, wenn die Schätzung darüber liegt. Leer: kein Maximum.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Where the files go (created when missing). A file already downloaded there with the same settings is reused for free.</source>
        <translation>Wohin die Dateien kommen (wird bei Bedarf angelegt). Eine dort bereits mit denselben Einstellungen heruntergeladene Datei wird kostenlos wiederverwendet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The output folder {folder} cannot be created ({reason}): choose another.</source>
        <translation>Der Ausgabeordner {folder} kann nicht angelegt werden ({reason}): Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Model (empty: Stratus2)</source>
        <translation>Modell (leer: Stratus2)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The ClearSKY model, as 'List models' names it (Stratus2, Stratus2Fast, ...); its required satellite constellations are looked up on the server.</source>
        <translation>Das ClearSKY-Modell, wie 'Modelle auflisten' es nennt (Stratus2, Stratus2Fast, ...); die benötigten Satellitenkonstellationen werden beim Server nachgeschlagen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Unknown model '{model}': the server offers {known}.</source>
        <translation>Unbekanntes Modell '{model}': der Server bietet {known}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Accept partial images (nodata where a zone lacks the date)</source>
        <translation>Teilbilder zulassen (NoData, wo einer Zone der Tag fehlt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Off (the default): a date some zone under the area lacks is refused. On: the file holds what exists and nodata elsewhere.</source>
        <translation>Aus (Standard): Ein Aufnahmetag, der einer Zone unter dem Gebiet fehlt, wird abgelehnt. An: Die Datei enthält, was vorhanden ist, und sonst NoData.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Repeat a download that may have been charged (may cost it twice)</source>
        <translation>Einen möglicherweise berechneten Download wiederholen (kann doppelt kosten)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Tile GUIDs (comma-separated)</source>
        <translation>Kachel-GUIDs (kommagetrennt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Tiles (5120 x 5120 px, about 51 km square) by GUID: the TILE_GUIDS output of 'Search tiles', or an order's details.</source>
        <translation>Kacheln (5120 x 5120 px, etwa 51 km im Quadrat) per GUID: die Ausgabe TILE_GUIDS von 'Kacheln suchen' oder die Details einer Bestellung.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Minitile GUIDs (comma-separated)</source>
        <translation>Minikachel-GUIDs (kommagetrennt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Minitiles (320 x 320 px, about 3.2 km square) by GUID: the MINITILE_GUIDS output of 'Search tiles' (with MINITILES ticked), or an order's details.</source>
        <translation>Minikacheln (320 x 320 px, etwa 3,2 km im Quadrat) per GUID: die Ausgabe MINITILE_GUIDS von 'Kacheln suchen' (mit angekreuztem MINITILES) oder die Details einer Bestellung.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The model to order, as 'List models' names it (empty: Stratus2); its required satellite constellations are ordered with it.</source>
        <translation>Das zu bestellende Modell, wie 'Modelle auflisten' es nennt (leer: Stratus2); die benötigten Satellitenkonstellationen werden mitbestellt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The order starts on the first day of this date's month.</source>
        <translation>Die Bestellung beginnt am ersten Tag des Monats dieses Datums.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Last date (empty: recurring, renewed monthly)</source>
        <translation>Letztes Datum (leer: wiederkehrend, monatlich erneuert)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Empty: a recurring order, renewed (and charged) every month until cancelled.</source>
        <translation>Leer: eine wiederkehrende Bestellung, jeden Monat erneuert (und berechnet), bis zur Stornierung.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Days between images (1 daily .. 7 weekly)</source>
        <translation>Tage zwischen den Bildern (1 täglich .. 7 wöchentlich)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>An image every N days, counted from the reference date.</source>
        <translation>Ein Bild alle N Tage, gezählt ab dem Referenzdatum.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Reference date of the image cadence (empty: the first month)</source>
        <translation>Referenzdatum des Bildrhythmus (leer: der erste Monat)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Image dates fall every N days from this date; keep it the same across orders.</source>
        <translation>Aufnahmetage fallen alle N Tage ab diesem Datum; halten Sie es über Bestellungen hinweg gleich.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>How long the data stay downloadable beyond the included window.</source>
        <translation>Wie lange die Daten über das enthaltene Zeitfenster hinaus herunterladbar bleiben.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Downloads included per date (API requests)</source>
        <translation>Enthaltene Downloads pro Aufnahmetag (API-Anfragen)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>How many downloads per area and month the order includes.</source>
        <translation>Wie viele Downloads pro Gebiet und Monat die Bestellung enthält.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>Search available dates</source>
        <translation>Verfügbare Aufnahmetage suchen</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>Lists the dates your orders give you over the area between the start and end dates (inclusive). Free. Only ordered areas have dates: an area outside your orders gets none (order it with 'Place order', or in the dock's Orders section).</source>
        <translation>Listet die Aufnahmetage, die Ihre Bestellungen über dem Gebiet zwischen Start- und Enddatum (einschließlich) liefern. Kostenlos. Nur bestellte Gebiete haben Aufnahmetage: ein Gebiet außerhalb Ihrer Bestellungen erhält keine (bestellen Sie es mit 'Bestellung aufgeben' oder im Bereich „Bestellungen“ des Docks).</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>OUTPUT is a table with one row per date and model: date, coverage (full: every zone under the area has the date; partial: some zones lack it and their part of a download would be nodata), zones_missing, zones_total, model and constellations.</source>
        <translation>OUTPUT ist eine Tabelle mit einer Zeile pro Aufnahmetag und Modell: Datum, Abdeckung (full: jede Zone unter dem Gebiet hat den Tag; partial: einigen Zonen fehlt er, und ihr Teil eines Downloads wäre NoData), zones_missing, zones_total, model und constellations.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>DATES holds the fully covered dates as comma-separated YYYY-MM-DD, ready to feed the DATES parameter of 'Download imagery' or 'Estimate cost' in a model.</source>
        <translation>DATES enthält die vollständig abgedeckten Aufnahmetage kommagetrennt als JJJJ-MM-TT, passend für den Parameter DATES von 'Bilddaten herunterladen' oder 'Kosten schätzen' in einem Modell.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>MODEL (advanced, optional): only the dates of this model's orders.</source>
        <translation>MODEL (erweitert, optional): nur die Aufnahmetage aus Bestellungen dieses Modells.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>Only dates of orders for this model (empty: every model).</source>
        <translation>Nur Aufnahmetage aus Bestellungen dieses Modells (leer: jedes Modell).</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>Available dates</source>
        <translation>Verfügbare Aufnahmetage</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>A table with one row per date and model: date, coverage, zones_missing, zones_total, model, constellations.</source>
        <translation>Eine Tabelle mit einer Zeile pro Aufnahmetag und Modell: date, coverage, zones_missing, zones_total, model, constellations.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>Fully covered dates</source>
        <translation>Vollständig abgedeckte Aufnahmetage</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>Searching {start} to {end} over {area:.2f} km2</source>
        <translation>Suche von {start} bis {end} über {area:.2f} km2</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>{count} date(s), {full} fully covered</source>
        <translation>{count} Aufnahmetag(e), {full} vollständig abgedeckt</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>Search tiles</source>
        <translation>Kacheln suchen</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>The fixed grid tiles (5120 x 5120 px, about 51 km square) over the area and, with MINITILES, the minitiles (320 x 320 px, about 3.2 km square) inside them. Free.</source>
        <translation>Die festen Rasterkacheln (5120 x 5120 px, etwa 51 km im Quadrat) über dem Gebiet und mit MINITILES die Minikacheln (320 x 320 px, etwa 3,2 km im Quadrat) darin. Kostenlos.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>OUTPUT is a polygon layer (EPSG:4326) with GUID, MINITILE (true for a minitile) and EPSG (the UTM zone the data are stored in). TILE_GUIDS and MINITILE_GUIDS list the GUIDs comma-separated, for the TILE_GUIDS/MINITILE_GUIDS of 'Estimate order', 'Place order' and 'Download tiles'. A tile order costs 20% and a minitile order 50% of the polygon price per km2: tiles pay off when you need more than 40% of one.</source>
        <translation>OUTPUT ist ein Polygonlayer (EPSG:4326) mit GUID, MINITILE (wahr für eine Minikachel) und EPSG (die UTM-Zone, in der die Daten gespeichert sind). TILE_GUIDS und MINITILE_GUIDS listen die GUIDs kommagetrennt, für TILE_GUIDS/MINITILE_GUIDS von 'Bestellung schätzen', 'Bestellung aufgeben' und 'Kacheln herunterladen'. Eine Kachelbestellung kostet 20 % und eine Minikachelbestellung 50 % des Polygonpreises pro km2: Kacheln lohnen sich, wenn Sie mehr als 40 % einer Kachel brauchen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>Also list minitiles</source>
        <translation>Auch Minikacheln auflisten</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>Also the minitiles that intersect the area (many: 256 per tile).</source>
        <translation>Auch die Minikacheln, die das Gebiet schneiden (viele: 256 pro Kachel).</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>A polygon layer (EPSG:4326) of the tiles (and minitiles): GUID, MINITILE, EPSG.</source>
        <translation>Ein Polygonlayer (EPSG:4326) der Kacheln (und Minikacheln): GUID, MINITILE, EPSG.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>Tile GUIDs</source>
        <translation>Kachel-GUIDs</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>Minitile GUIDs</source>
        <translation>Minikachel-GUIDs</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>{tiles} tile(s), {minitiles} minitile(s)</source>
        <translation>{tiles} Kachel(n), {minitiles} Minikachel(n)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Mean over valid pixels</source>
        <translation>Mittelwert über gültige Pixel</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Minimum over valid pixels</source>
        <translation>Minimum über gültige Pixel</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Maximum over valid pixels</source>
        <translation>Maximum über gültige Pixel</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>{custom}: the band math in EXPRESSION, e.g. (B8 - B4) / (B8 + B4 + 0.5), or nd(B8, B5) for the normalized difference of any two bands. Band math knows band names (B2 ... B12, B8A), index bands like [B8_B4], numbers, + - * / ^ ( ) and abs, sqrt, log, exp, min, max, nd.</source>
        <translation>{custom}: die Kanalrechnung in EXPRESSION, z. B. (B8 - B4) / (B8 + B4 + 0.5), oder nd(B8, B5) für die normalisierte Differenz zweier beliebiger Kanäle. Die Kanalrechnung kennt Kanalnamen (B2 ... B12, B8A), Indexkanäle wie [B8_B4], Zahlen, + - * / ^ ( ) und abs, sqrt, log, exp, min, max, nd.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Bands are found by name in any ClearSKY Vision file (all bands, rgb or a custom list); reflectance is divided by 10000 and server-computed index bands by 32767. A pixel is nodata (-9999) where an input band is nodata or the result is undefined (division by zero). The file is processed block by block, so memory stays small whatever its size. Output: float32 GeoTIFF, styled on load with a diverging ramp suited to the index, on the source's date.</source>
        <translation>Kanäle werden in jeder ClearSKY-Vision-Datei über ihren Namen gefunden (alle Kanäle, rgb oder eine eigene Liste); die Reflexion wird durch 10000 geteilt, vom Server berechnete Indexkanäle durch 32767. Ein Pixel ist NoData (-9999), wo ein Eingabekanal NoData oder das Ergebnis undefiniert ist (Division durch null). Die Datei wird blockweise verarbeitet, der Speicherbedarf bleibt also klein, egal wie groß sie ist. Ausgabe: float32-GeoTIFF, beim Laden mit einem zum Index passenden divergierenden Farbverlauf gestaltet, mit dem Datum der Quelle.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>INDEX is one of:</source>
        <translation>INDEX ist einer von:</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>References:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>A spectral index of the catalogue (the algorithm's help lists each formula and its reference), or {custom} for the band math in EXPRESSION.</source>
        <translation>Ein Spektralindex aus dem Katalog (die Hilfe des Algorithmus nennt jede Formel und ihre Quelle) oder {custom} für die Kanalrechnung in EXPRESSION.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Band math (for {custom}), e.g. (B8 - B4) / (B8 + B4)</source>
        <translation>Kanalrechnung (für {custom}), z. B. (B8 - B4) / (B8 + B4)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Used only when INDEX is {custom}: band names (B2 ... B12, B8A), index bands like [B8_B4], numbers, + - * / ^ ( ) and abs, sqrt, log, exp, min, max, nd.</source>
        <translation>Nur verwendet, wenn INDEX {custom} ist: Kanalnamen (B2 ... B12, B8A), Indexkanäle wie [B8_B4], Zahlen, + - * / ^ ( ) und abs, sqrt, log, exp, min, max, nd.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>INDEX is {custom}: write the band math in EXPRESSION, e.g. (B8 - B4) / (B8 + B4).</source>
        <translation>INDEX ist {custom}: Schreiben Sie die Kanalrechnung in EXPRESSION, z. B. (B8 - B4) / (B8 + B4).</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>EXPRESSION is ignored: it is used only when INDEX is {custom}.</source>
        <translation>EXPRESSION wird ignoriert: Es wird nur verwendet, wenn INDEX {custom} ist.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>The input</source>
        <translation>Die Eingabe</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>{layer} is not a raster file: choose a downloaded GeoTIFF.</source>
        <translation>{layer} ist keine Rasterdatei: Wählen Sie ein heruntergeladenes GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Spectral index</source>
        <translation>Spektralindex</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Computes a spectral index of one downloaded file.</source>
        <translation>Berechnet einen Spektralindex einer heruntergeladenen Datei.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Downloaded file</source>
        <translation>Heruntergeladene Datei</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>A GeoTIFF downloaded from ClearSKY Vision (its bands are found by name).</source>
        <translation>Ein von ClearSKY Vision heruntergeladenes GeoTIFF (seine Kanäle werden über ihren Namen gefunden).</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>The index as a float32 GeoTIFF (.tif), nodata -9999.</source>
        <translation>Der Index als float32-GeoTIFF (.tif), NoData -9999.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>The index is written as GeoTIFF: name the output {name}.tif.</source>
        <translation>Der Index wird als GeoTIFF geschrieben: Benennen Sie die Ausgabe {name}.tif.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>{asked} is open in another program (QGIS keeps the files of its layers open), so the result was written beside it as {written}.</source>
        <translation>{asked} ist in einem anderen Programm geöffnet (QGIS hält die Dateien seiner Layer offen), daher wurde das Ergebnis daneben als {written} geschrieben.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Spectral index of several files</source>
        <translation>Spektralindex mehrerer Dateien</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Computes the same spectral index of several downloaded files (e.g. every date of 'Download imagery', in a model) into the output folder, as &lt;file name&gt;_&lt;INDEX&gt;.tif. A file that fails is reported and the others go on.</source>
        <translation>Berechnet denselben Spektralindex mehrerer heruntergeladener Dateien (z. B. jedes Aufnahmetags von 'Bilddaten herunterladen' in einem Modell) in den Ausgabeordner, als &lt;Dateiname&gt;_&lt;INDEX&gt;.tif. Eine fehlschlagende Datei wird gemeldet, die anderen laufen weiter.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>GeoTIFFs downloaded from ClearSKY Vision, e.g. the OUTPUT_LAYERS of a download.</source>
        <translation>Von ClearSKY Vision heruntergeladene GeoTIFFs, z. B. die OUTPUT_LAYERS eines Downloads.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Where the index files go (created when missing), named &lt;file name&gt;_&lt;INDEX&gt;.tif; an existing file of that name is replaced.</source>
        <translation>Wohin die Indexdateien kommen (wird bei Bedarf angelegt), benannt als &lt;Dateiname&gt;_&lt;INDEX&gt;.tif; eine vorhandene Datei dieses Namens wird ersetzt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Index files</source>
        <translation>Indexdateien</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>No input files: choose downloaded rasters in INPUT_LAYERS.</source>
        <translation>Keine Eingabedateien: Wählen Sie heruntergeladene Raster in INPUT_LAYERS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>No file could be indexed. {error}</source>
        <translation>Keine Datei konnte indiziert werden. {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>{file}: no valid pixel (every pixel is nodata)</source>
        <translation>{file}: kein gültiges Pixel (jedes Pixel ist NoData)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>{file}: {count} valid pixels, mean {mean:.4f}, min {minimum:.4f}, max {maximum:.4f}</source>
        <translation>{file}: {count} gültige Pixel, Mittelwert {mean:.4f}, Min. {minimum:.4f}, Max. {maximum:.4f}</translation>
    </message>
    <message>
        <location filename="../processing_provider/tasking_models.py"/>
        <source>List models</source>
        <translation>Modelle auflisten</translation>
    </message>
    <message>
        <location filename="../processing_provider/tasking_models.py"/>
        <source>The processing models your key can order and download (Stratus2, Stratus2Fast, ...) with the satellite constellations each requires and those it accepts as optional extras. Free.</source>
        <translation>Die Verarbeitungsmodelle, die Ihr Schlüssel bestellen und herunterladen kann (Stratus2, Stratus2Fast, ...), mit den Satellitenkonstellationen, die jedes benötigt, und denen, die es als optionale Ergänzung akzeptiert. Kostenlos.</translation>
    </message>
    <message>
        <location filename="../processing_provider/tasking_models.py"/>
        <source>OUTPUT is a table: MODEL, CONSTELLATIONS (required, comma-separated) and OPTIONAL_CONSTELLATIONS. MODELS lists the model names, comma-separated: use one as the MODEL of 'Estimate order', 'Place order', 'Download imagery' or 'Download tiles'.</source>
        <translation>OUTPUT ist eine Tabelle: MODEL, CONSTELLATIONS (benötigt, kommagetrennt) und OPTIONAL_CONSTELLATIONS. MODELS listet die Modellnamen kommagetrennt: Verwenden Sie einen als MODEL von 'Bestellung schätzen', 'Bestellung aufgeben', 'Bilddaten herunterladen' oder 'Kacheln herunterladen'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/tasking_models.py"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../processing_provider/tasking_models.py"/>
        <source>A table with one row per model: MODEL, CONSTELLATIONS (required) and OPTIONAL_CONSTELLATIONS.</source>
        <translation>Eine Tabelle mit einer Zeile pro Modell: MODEL, CONSTELLATIONS (benötigt) und OPTIONAL_CONSTELLATIONS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/tasking_models.py"/>
        <source>Model names</source>
        <translation>Modellnamen</translation>
    </message>
    <message>
        <location filename="../processing_provider/tasking_models.py"/>
        <source>{model}: {required} (optional: {optional})</source>
        <translation>{model}: {required} (optional: {optional})</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Time series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>A spectral index over every date of the downloaded files: the pixel under each point, or a statistic of the pixels whose centre lies inside each polygon (the rule of QGIS's zonal statistics). Only the pixels needed are read, never whole files, so a long series of large tiles takes seconds.

The values are those the 'Spectral index' algorithm writes (reflectance scaled by the file's own offset and quantification, float32). A date where the pixel is nodata, or the place is outside every file of that date, has no value (NULL): a gap. Files of the same date (neighbouring tiles) count as one date.

Output: a table with one row per feature and date: feature_id, date, value and pixels (how many pixels the value comes from).</source>
        <translation>Ein Spektralindex über jeden Aufnahmetag der heruntergeladenen Dateien: das Pixel unter jedem Punkt oder eine Statistik der Pixel, deren Mittelpunkt in jedem Polygon liegt (die Regel der Zonenstatistik von QGIS). Es werden nur die benötigten Pixel gelesen, nie ganze Dateien, daher dauert eine lange Reihe großer Kacheln nur Sekunden.

Die Werte sind die, die der Algorithmus 'Spektralindex' schreibt (Reflexion, skaliert mit dem eigenen Offset und der Quantifizierung der Datei, float32). Ein Aufnahmetag, an dem das Pixel NoData ist oder der Ort außerhalb jeder Datei dieses Tages liegt, hat keinen Wert (NULL): eine Lücke. Dateien desselben Tages (benachbarte Kacheln) zählen als ein Aufnahmetag.

Ausgabe: eine Tabelle mit einer Zeile pro Objekt und Aufnahmetag: feature_id, date, value und pixels (aus wie vielen Pixeln der Wert stammt).</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>ClearSKY Vision downloads of any dates (in a model, the OUTPUT_LAYERS of 'Download imagery'). Each file's date comes from the record beside it, its IMAGE_DATE tag, or a date in its name.</source>
        <translation>ClearSKY-Vision-Downloads beliebiger Aufnahmetage (in einem Modell die OUTPUT_LAYERS von 'Bilddaten herunterladen'). Das Datum jeder Datei stammt aus dem Protokoll daneben, ihrem IMAGE_DATE-Tag oder einem Datum in ihrem Namen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>…or a folder of downloads</source>
        <translation>…oder ein Ordner mit Downloads</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Every dated download (GeoTIFF) in this folder; index files and files without a date are passed over. Added to the files above when both are set.</source>
        <translation>Jeder datierte Download (GeoTIFF) in diesem Ordner; Indexdateien und Dateien ohne Datum werden übergangen. Wird zu den obigen Dateien hinzugefügt, wenn beides gesetzt ist.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>The spectral index: {indices}.</source>
        <translation>Der Spektralindex: {indices}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Band math (replaces the index when set)</source>
        <translation>Kanalrechnung (ersetzt den Index, wenn gesetzt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Your own formula over band names, e.g. (B8 - B4) / (B8 + B4 + 0.5) or nd(B8, B5); functions abs, sqrt, log, exp, min, max, nd; ^ is power.</source>
        <translation>Ihre eigene Formel mit Kanalnamen, z. B. (B8 - B4) / (B8 + B4 + 0.5) oder nd(B8, B5); Funktionen abs, sqrt, log, exp, min, max, nd; ^ ist Potenz.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Points or polygons</source>
        <translation>Punkte oder Polygone</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>A point layer (the index of the pixel under each point) or a polygon layer (the statistic over each polygon). Any CRS: each place is transformed to each file's CRS.</source>
        <translation>Ein Punktlayer (der Index des Pixels unter jedem Punkt) oder ein Polygonlayer (die Statistik über jedes Polygon). Beliebiges KBS: Jeder Ort wird in das KBS jeder Datei transformiert.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Statistic over a polygon</source>
        <translation>Statistik über ein Polygon</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>For polygons: mean, median, min, max or count (of valid pixels) of the pixels whose centre lies inside. Nodata pixels are left out. Not used for points.</source>
        <translation>Für Polygone: mean, median, min, max oder count (der gültigen Pixel) der Pixel, deren Mittelpunkt darin liegt. NoData-Pixel werden ausgelassen. Für Punkte nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>A table: feature_id, date, value (NULL for a gap) and pixels.</source>
        <translation>Eine Tabelle: feature_id, date, value (NULL für eine Lücke) und pixels.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>{index} over {dates} dates ({files} files), {what}</source>
        <translation>{index} über {dates} Aufnahmetage ({files} Dateien), {what}</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>at each point</source>
        <translation>an jedem Punkt</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>{folder} holds no dated download.</source>
        <translation>{folder} enthält keinen datierten Download.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>No downloaded files: choose them in INPUT or give a FOLDER of downloads.</source>
        <translation>Keine heruntergeladenen Dateien: Wählen Sie sie in INPUT oder geben Sie einen FOLDER mit Downloads an.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Feature {id} has no geometry: left out.</source>
        <translation>Objekt {id} hat keine Geometrie: ausgelassen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Feature {id} has several points: its first one is used.</source>
        <translation>Objekt {id} hat mehrere Punkte: Der erste wird verwendet.</translation>
    </message>
    <message>
        <location filename="../plugin.py"/>
        <source>Cloudless Sentinel-2 from ClearSKY Vision</source>
        <translation>Wolkenfreies Sentinel-2 von ClearSKY Vision</translation>
    </message>
    <message>
        <location filename="../plugin.py"/>
        <source>Time series…</source>
        <translation>Zeitreihe…</translation>
    </message>
    <message>
        <location filename="../plugin.py"/>
        <source>Chart an index over the downloaded dates at a pixel or over a polygon</source>
        <translation>Einen Index über die heruntergeladenen Aufnahmetage an einem Pixel oder über einem Polygon als Diagramm darstellen</translation>
    </message>
</context>
</TS>
