<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ClearSkyVision</name>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Green</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Red</source>
        <translation>Rød</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Red edge 1</source>
        <translation>Red edge 1</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Red edge 2</source>
        <translation>Red edge 2</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Red edge 3</source>
        <translation>Red edge 3</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Narrow NIR</source>
        <translation>Smalt NIR</translation>
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
        <translation>Bånd {band} står to gange i '{text}'.</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>The band list is empty: use 'all', 'rgb' or names like B4,B3,B2.</source>
        <translation>Båndlisten er tom: brug 'all', 'rgb' eller navne som B4,B3,B2.</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>'{term}' is not a valid index term: write it like [B8_B4].</source>
        <translation>'{term}' er ikke et gyldigt indeksled: skriv det som [B8_B4].</translation>
    </message>
    <message>
        <location filename="../core/api/bands.py"/>
        <source>Unknown band '{term}'. Use {bands}, index terms like [B8_B4], or the keywords all / rgb.</source>
        <translation>Ukendt bånd '{term}'. Brug {bands}, indeksled som [B8_B4] eller nøgleordene all / rgb.</translation>
    </message>
    <message>
        <location filename="../core/api/client.py"/>
        <source>Search tiles by an area, by tile/minitile ids, or the minitiles of one tile: exactly one of the three.</source>
        <translation>Søg fliser efter et område, efter flise-/miniflise-id'er eller efter minifliserne i én flise: præcis én af de tre.</translation>
    </message>
    <message>
        <location filename="../core/api/client.py"/>
        <source>The server accepted the order but did not say which it is: look it up in the Orders list before ordering again.</source>
        <translation>Serveren modtog bestillingen, men oplyste ikke hvilken den er: slå den op i listen over bestillinger, før du bestiller igen.</translation>
    </message>
    <message>
        <location filename="../core/api/client.py"/>
        <source>No new matching order is among your orders, so it was most likely not placed: check the Orders list, then order again if it is missing.</source>
        <translation>Ingen ny passende bestilling er blandt dine bestillinger, så den blev sandsynligvis ikke afgivet: tjek listen over bestillinger, og bestil igen, hvis den mangler.</translation>
    </message>
    <message>
        <location filename="../core/api/client.py"/>
        <source>Your orders could not be listed: an order MAY have been placed. Check the Orders list (or the dashboard) before ordering again.</source>
        <translation>Dine bestillinger kunne ikke vises: en bestilling KAN være afgivet. Tjek listen over bestillinger (eller dashboardet), før du bestiller igen.</translation>
    </message>
    <message>
        <location filename="../core/api/client.py"/>
        <source>The answer to the order was lost ({reason}). {what}</source>
        <translation>Svaret på bestillingen gik tabt ({reason}). {what}</translation>
    </message>
    <message>
        <location filename="../core/api/config.py"/>
        <source>The base URL '{url}' is not an http(s) address.</source>
        <translation>Basis-URL'en '{url}' er ikke en http(s)-adresse.</translation>
    </message>
    <message>
        <location filename="../core/api/config.py"/>
        <source>The base URL {url} is not encrypted (http://): your API key would be sent in clear text. Use https:// unless you trust every network in between.</source>
        <translation>Basis-URL'en {url} er ikke krypteret (http://): din API-nøgle ville blive sendt i klartekst. Brug https://, medmindre du stoler på alle netværk undervejs.</translation>
    </message>
    <message>
        <location filename="../core/api/config.py"/>
        <source>The API key saved in QGIS's authentication database could not be read (is the master password entered?): check it in {settings}.</source>
        <translation>API-nøglen, der er gemt i QGIS' autentifikationsdatabase, kunne ikke læses (er hovedadgangskoden indtastet?): tjek den i {settings}.</translation>
    </message>
    <message>
        <location filename="../core/api/config.py"/>
        <source>The key could not be saved in QGIS's authentication database: set a master password in Settings &gt; Options &gt; Authentication and try again.</source>
        <translation>Nøglen kunne ikke gemmes i QGIS' autentifikationsdatabase: angiv en hovedadgangskode under Indstillinger &gt; Indstillinger &gt; Autentifikation, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../core/api/config.py"/>
        <source>From the environment variable {variable} (ending …{end}); it replaces the key saved in Settings. Unset {variable} and restart QGIS to use the saved key.</source>
        <translation>Fra miljøvariablen {variable} (slutter på …{end}); den erstatter nøglen, der er gemt i Indstillinger. Fjern {variable}, og genstart QGIS for at bruge den gemte nøgle.</translation>
    </message>
    <message>
        <location filename="../core/api/config.py"/>
        <source>From the environment variable {variable} (ending …{end}).</source>
        <translation>Fra miljøvariablen {variable} (slutter på …{end}).</translation>
    </message>
    <message>
        <location filename="../core/api/config.py"/>
        <source>Saved in Settings (QGIS authentication database, configuration {config}).</source>
        <translation>Gemt i Indstillinger (QGIS' autentifikationsdatabase, konfiguration {config}).</translation>
    </message>
    <message>
        <location filename="../core/api/config.py"/>
        <source>No key yet: enter yours in {settings}.</source>
        <translation>Ingen nøgle endnu: indtast din i {settings}.</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Raster &gt; ClearSKY Vision &gt; Settings</source>
        <translation>Raster &gt; ClearSKY Vision &gt; Indstillinger</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Order this area in the dock's Orders section (or with Processing's 'Place order', clearsky:order), wait until the order is produced, then download.</source>
        <translation>Bestil dette område i panelets afsnit Bestillinger (eller i Processering med 'Afgiv bestilling', clearsky:order), vent, til bestillingen er produceret, og hent derefter.</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Check the input</source>
        <translation>Tjek input</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>No API key: enter yours in {settings}, or set CLEARSKY_API_KEY for headless runs.</source>
        <translation>Ingen API-nøgle: indtast din i {settings}, eller angiv CLEARSKY_API_KEY ved kørsler uden brugerflade.</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <location filename="../core/api/models.py"/>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Cancelled: nothing was saved for this item.</source>
        <translation>Annulleret: intet blev gemt for dette element.</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Network error</source>
        <translation>Netværksfejl</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Server too slow</source>
        <translation>Serveren er for langsom</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Download broken</source>
        <translation>Download afbrudt</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Disk error</source>
        <translation>Diskfejl</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Refused by the server</source>
        <translation>Afvist af serveren</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Key refused</source>
        <translation>Nøgle afvist</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Request refused</source>
        <translation>Forespørgsel afvist</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Not enough processing units</source>
        <translation>Ikke nok behandlingsenheder</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>No imagery (1002)</source>
        <translation>Ingen billeder (1002)</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Too many connections</source>
        <translation>For mange forbindelser</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Area too large</source>
        <translation>Området er for stort</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Too many bands</source>
        <translation>For mange bånd</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Not ordered (1006)</source>
        <translation>Ikke bestilt (1006)</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Server busy</source>
        <translation>Serveren er optaget</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Server error</source>
        <translation>Serverfejl</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Unexpected answer</source>
        <translation>Uventet svar</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Order uncertain</source>
        <translation>Bestilling usikker</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>This download may have been charged: the server had the request when it failed.</source>
        <translation>Denne download kan være opkrævet: serveren havde modtaget forespørgslen, da den mislykkedes.</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Downloading it again is a new purchase: check its estimate and your balance first.</source>
        <translation>At hente den igen er et nyt køb: tjek først overslaget og din saldo.</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Downloading it again costs 0 processing units if the failed try did not use the date's included download, else processing units like any further download: check the estimate and your balance first.</source>
        <translation>At hente den igen koster 0 behandlingsenheder, hvis det mislykkede forsøg ikke brugte datoens inkluderede download, ellers behandlingsenheder som enhver yderligere download: tjek først overslaget og din saldo.</translation>
    </message>
    <message>
        <location filename="../core/api/errors.py"/>
        <source>Downloading it again costs about {units:g} processing units more: check your balance first.</source>
        <translation>At hente den igen koster omkring {units:g} behandlingsenheder mere: tjek først din saldo.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>Unknown coordinate reference system '{crs}'.</source>
        <translation>Ukendt koordinatsystem '{crs}'.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest is not readable WKT: expected POLYGON((...)) or MULTIPOLYGON(((...))).</source>
        <translation>Interesseområdet er ikke læsbar WKT: forventede POLYGON((...)) eller MULTIPOLYGON(((...))).</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The extent is empty: draw or choose a larger area.</source>
        <translation>Udbredelsen er tom: tegn eller vælg et større område.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The polygon has no area (its corners lie on one line): draw it again.</source>
        <translation>Polygonen har intet areal (dens hjørner ligger på en linje): tegn den igen.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest was not a valid polygon and has been repaired.</source>
        <translation>Interesseområdet var ikke en gyldig polygon og er blevet repareret.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest has no area: draw a polygon, not a line.</source>
        <translation>Interesseområdet har intet areal: tegn en polygon, ikke en linje.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <location filename="../ui/aoi.py"/>
        <source>The area of interest is empty: choose or draw a polygon.</source>
        <translation>Interesseområdet er tomt: vælg eller tegn en polygon.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest is a {kind}: the imagery is cut to polygons, so choose a polygon layer, draw a rectangle or polygon, or use the map extent.</source>
        <translation>Interesseområdet er en {kind}: billederne skæres til polygoner, så vælg et polygonlag, tegn et rektangel eller en polygon, eller brug kortets udbredelse.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest could not be placed on the globe from its coordinate reference system: check that the layer's CRS is the right one.</source>
        <translation>Interesseområdet kunne ikke placeres på kloden ud fra dets koordinatsystem: tjek, at lagets koordinatsystem er det rigtige.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest lies outside the valid range of longitudes and latitudes: check that its layer has the right coordinate reference system.</source>
        <translation>Interesseområdet ligger uden for det gyldige interval af længde- og breddegrader: tjek, at dets lag har det rigtige koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest reaches beyond the poles: check its CRS.</source>
        <translation>Interesseområdet rækker ud over polerne: tjek dets koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest crosses the antimeridian (180 degrees): split it into an eastern and a western part and request each one.</source>
        <translation>Interesseområdet krydser datolinjen (180 grader): del det i en østlig og en vestlig del, og forespørg hver for sig.</translation>
    </message>
    <message>
        <location filename="../core/api/geometry.py"/>
        <source>The area of interest could not be measured: check its coordinates.</source>
        <translation>Interesseområdet kunne ikke måles: tjek dets koordinater.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>{label} '{value}' is not supported: use one of {allowed}.</source>
        <translation>{label} '{value}' understøttes ikke: brug en af {allowed}.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/date_list.py"/>
        <location filename="../processing_provider/download.py"/>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>{label} '{value}' is not a date: write it as YYYY-MM-DD.</source>
        <translation>{label} '{value}' er ikke en dato: skriv den som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <location filename="../processing_provider/parameters.py"/>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <location filename="../processing_provider/parameters.py"/>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>The start date {start} is after the end date {end}: swap them.</source>
        <translation>Startdatoen {start} ligger efter slutdatoen {end}: byt om på dem.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>The date range starts in the future ({start}): imagery exists up to yesterday.</source>
        <translation>Datointervallet starter i fremtiden ({start}): der findes billeder til og med i går.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Start month</source>
        <translation>Startmåned</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>The order ends ({end}) before it starts ({start}).</source>
        <translation>Bestillingen slutter ({end}), før den starter ({start}).</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Reference date</source>
        <translation>Referencedato</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Image frequency {frequency} is not offered: use 1 (daily) to 7 (weekly) days between images.</source>
        <translation>Billedfrekvensen {frequency} tilbydes ikke: brug 1 (dagligt) til 7 (ugentligt) dage mellem billederne.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <location filename="../ui/order_form.py"/>
        <location filename="../processing_provider/parameters.py"/>
        <source>Storage months</source>
        <translation>Lagringsmåneder</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Api requests</source>
        <translation>API-forespørgsler</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>{label} must be 1 or more.</source>
        <translation>{label} skal være 1 eller mere.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>An order covers either an area or tiles/minitiles: choose one of the two.</source>
        <translation>En bestilling dækker enten et område eller fliser/minifliser: vælg en af de to.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>In review</source>
        <translation>Under gennemgang</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Preparing</source>
        <translation>Forberedes</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Awaiting imagery</source>
        <translation>Venter på billeder</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>In production</source>
        <translation>I produktion</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Completed</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Up to date</source>
        <translation>Opdateret</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>awaiting review (can still be cancelled in full)</source>
        <translation>venter på gennemgang (kan stadig annulleres helt)</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>accepted, being prepared</source>
        <translation>accepteret, forberedes</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>waiting for satellite imagery</source>
        <translation>venter på satellitbilleder</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>in production</source>
        <translation>i produktion</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>in production (predicting)</source>
        <translation>i produktion (forudsigelse)</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>completed: ready to download</source>
        <translation>færdig: klar til download</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>up to date: ready to download, new dates keep coming</source>
        <translation>opdateret: klar til download, nye datoer kommer løbende</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <location filename="../core/qgs/layers.py"/>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>{status} (in progress)</source>
        <translation>{status} (i gang)</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>{date}  full</source>
        <translation>{date}  fuld</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>{date}  partial: {missing} of {total} zones lack it</source>
        <translation>{date}  delvis: {missing} af {total} zoner mangler den</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Ready to download.</source>
        <translation>Klar til download.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Only part of the area has imagery on this date: tick 'allow partial images' to download it with nodata where imagery is missing, or choose another date.</source>
        <translation>Kun en del af området har billeder på denne dato: markér 'tillad delvise billeder' for at hente den med nodata, hvor billeder mangler, eller vælg en anden dato.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Your orders do not cover this area and date. {order_hint}</source>
        <translation>Dine bestillinger dækker ikke dette område og denne dato. {order_hint}</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>This date's storage has expired: it can no longer be downloaded. Choose a newer date, or order again with more storage months.</source>
        <translation>Lagringen af denne dato er udløbet: den kan ikke længere hentes. Vælg en nyere dato, eller bestil igen med flere lagringsmåneder.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Your key may not read this area or date: check your orders in the dashboard or contact info@clearsky.vision.</source>
        <translation>Din nøgle må ikke læse dette område eller denne dato: tjek dine bestillinger i dashboardet, eller kontakt info@clearsky.vision.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>This date is not produced yet (the order is still in production): try again later or choose another date.</source>
        <translation>Denne dato er ikke produceret endnu (bestillingen er stadig i produktion): prøv igen senere, eller vælg en anden dato.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>The area lies outside the data area (e.g. open water): draw it over land.</source>
        <translation>Området ligger uden for dataområdet (f.eks. åbent vand): tegn det over land.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>The server did not say whether this date can be downloaded.</source>
        <translation>Serveren oplyste ikke, om denne dato kan hentes.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>{date} is in the future: imagery exists up to yesterday. Choose a date from the search results.</source>
        <translation>{date} ligger i fremtiden: der findes billeder til og med i går. Vælg en dato fra søgeresultaterne.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>File type</source>
        <translation>Filtype</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <location filename="../core/qgs/layers.py"/>
        <source>Data type</source>
        <translation>Datatype</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>UTM mode</source>
        <translation>UTM-tilstand</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Pixel mode</source>
        <translation>Pixeltilstand</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Choose a tile or minitile (its GUID) to download.</source>
        <translation>Vælg en flise eller miniflise (dens GUID) at hente.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Level {level} is not offered: use 1 (TOA) or 2 (BOA).</source>
        <translation>Niveau {level} tilbydes ikke: brug 1 (TOA) eller 2 (BOA).</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Resolution {value} m is not offered: use one of {allowed} m.</source>
        <translation>Opløsningen {value} m tilbydes ikke: brug en af {allowed} m.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Output CRS '{value}' must be an EPSG code such as 4326, 32632 or 47000 (automatic UTM).</source>
        <translation>Koordinatsystemet til output '{value}' skal være en EPSG-kode som 4326, 32632 eller 47000 (automatisk UTM).</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Choose a model (e.g. Stratus2): the server lists the models it sells.</source>
        <translation>Vælg en model (f.eks. Stratus2): serveren viser de modeller, den sælger.</translation>
    </message>
    <message>
        <location filename="../core/api/models.py"/>
        <source>Choose at least one satellite constellation.</source>
        <translation>Vælg mindst én satellitkonstellation.</translation>
    </message>
    <message>
        <location filename="../core/api/ordering.py"/>
        <source>No minitiles under this area.</source>
        <translation>Ingen minifliser under dette område.</translation>
    </message>
    <message>
        <location filename="../core/api/ordering.py"/>
        <source>No tiles under this area.</source>
        <translation>Ingen fliser under dette område.</translation>
    </message>
    <message>
        <location filename="../core/api/purchase.py"/>
        <source>No dates chosen: tick at least one date.</source>
        <translation>Ingen datoer valgt: markér mindst én dato.</translation>
    </message>
    <message>
        <location filename="../core/api/purchase.py"/>
        <source>Not enough processing units: {count} date(s) cost {total:g} PU, you have {balance:g}. Choose fewer dates, a smaller area, fewer bands or a coarser resolution, or top up processing units.</source>
        <translation>Ikke nok behandlingsenheder: {count} dato(er) koster {total:g} PU, du har {balance:g}. Vælg færre datoer, et mindre område, færre bånd eller en grovere opløsning, eller køb flere behandlingsenheder.</translation>
    </message>
    <message>
        <location filename="../core/api/purchase.py"/>
        <source>The download would cost {total:g} processing units, more than the maximum of {max_units:g} you set: raise it or choose fewer dates.</source>
        <translation>Downloaden ville koste {total:g} behandlingsenheder, mere end det maksimum på {max_units:g}, du har angivet: hæv det, eller vælg færre datoer.</translation>
    </message>
    <message>
        <location filename="../core/api/purchase.py"/>
        <source>The area ({area:.1f} km2) is larger than your key allows ({limit:g} km2 per request): draw a smaller area or split it.</source>
        <translation>Området ({area:.1f} km2) er større, end din nøgle tillader ({limit:g} km2 pr. forespørgsel): tegn et mindre område, eller del det op.</translation>
    </message>
    <message>
        <location filename="../core/api/purchase.py"/>
        <source>{count} bands requested, your key allows {limit}: choose fewer bands or index terms.</source>
        <translation>{count} bånd ønsket, din nøgle tillader {limit}: vælg færre bånd eller indeksled.</translation>
    </message>
    <message>
        <location filename="../core/api/purchase.py"/>
        <source>The download folder {folder} does not exist: create it or choose another in {settings}.</source>
        <translation>Downloadmappen {folder} findes ikke: opret den, eller vælg en anden i {settings}.</translation>
    </message>
    <message>
        <location filename="../core/api/purchase.py"/>
        <source>Could not create the download folder {folder} ({reason}): choose another in {settings}.</source>
        <translation>Downloadmappen {folder} kunne ikke oprettes ({reason}): vælg en anden i {settings}.</translation>
    </message>
    <message>
        <location filename="../core/api/queue.py"/>
        <source>1 date added</source>
        <translation>1 dato tilføjet</translation>
    </message>
    <message>
        <location filename="../core/api/queue.py"/>
        <source>{count} dates added</source>
        <translation>{count} datoer tilføjet</translation>
    </message>
    <message>
        <location filename="../core/api/queue.py"/>
        <location filename="../processing_provider/delivery.py"/>
        <source>{units:g} processing units</source>
        <translation>{units:g} behandlingsenheder</translation>
    </message>
    <message>
        <location filename="../core/api/queue.py"/>
        <source>, {count} reused free</source>
        <translation>, {count} genbrugt gratis</translation>
    </message>
    <message>
        <location filename="../core/api/queue.py"/>
        <source>{count} failed</source>
        <translation>{count} mislykkedes</translation>
    </message>
    <message>
        <location filename="../core/api/queue.py"/>
        <source>{count} cancelled</source>
        <translation>{count} annulleret</translation>
    </message>
    <message>
        <location filename="../core/api/store.py"/>
        <location filename="../core/raster/raster_io.py"/>
        <source>The output folder {folder} does not exist: create it or choose another.</source>
        <translation>Outputmappen {folder} findes ikke: opret den, eller vælg en anden.</translation>
    </message>
    <message>
        <location filename="../core/api/store.py"/>
        <source>Cannot write to the output folder {folder} ({reason}): choose another folder.</source>
        <translation>Der kan ikke skrives til outputmappen {folder} ({reason}): vælg en anden mappe.</translation>
    </message>
    <message>
        <location filename="../core/api/store.py"/>
        <source>Not enough free disk space in {folder}: about {needed:.0f} MB needed, {free:.0f} MB free. Free some space or choose another folder.</source>
        <translation>Ikke nok ledig diskplads i {folder}: omkring {needed:.0f} MB kræves, {free:.0f} MB ledig. Frigør plads, eller vælg en anden mappe.</translation>
    </message>
    <message>
        <location filename="../core/api/store.py"/>
        <source>Not enough free disk space in {folder} for the {size:.1f} MB file ({free:.1f} MB free): free some space or choose another folder. Nothing was written.</source>
        <translation>Ikke nok ledig diskplads i {folder} til filen på {size:.1f} MB ({free:.1f} MB ledig): frigør plads, eller vælg en anden mappe. Intet blev skrevet.</translation>
    </message>
    <message>
        <location filename="../core/api/store.py"/>
        <source>The connection broke during the download; the incomplete file was removed.</source>
        <translation>Forbindelsen blev afbrudt under download; den ufuldstændige fil blev fjernet.</translation>
    </message>
    <message>
        <location filename="../core/api/store.py"/>
        <source>Could not write the download to {folder} ({reason}): check free disk space and permissions. The incomplete file was removed.</source>
        <translation>Downloaden kunne ikke skrives til {folder} ({reason}): tjek ledig diskplads og rettigheder. Den ufuldstændige fil blev fjernet.</translation>
    </message>
    <message>
        <location filename="../core/api/store.py"/>
        <source>The download ended early ({done} of {total} bytes); the incomplete file was removed.</source>
        <translation>Downloaden sluttede for tidligt ({done} af {total} bytes); den ufuldstændige fil blev fjernet.</translation>
    </message>
    <message>
        <location filename="../core/api/store.py"/>
        <source>The server delivered a file that is not a readable raster; it was not kept. It may have been charged: contact info@clearsky.vision with the date and area.</source>
        <translation>Serveren leverede en fil, der ikke er en læsbar raster; den blev ikke gemt. Den kan være blevet opkrævet: kontakt info@clearsky.vision med dato og område.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server answered {status} without a file.</source>
        <translation>Serveren svarede {status} uden en fil.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server's TLS certificate could not be verified: check the base URL and QGIS's certificate settings (Settings &gt; Options &gt; Authentication).</source>
        <translation>Serverens TLS-certifikat kunne ikke verificeres: tjek basis-URL'en og QGIS' certifikatindstillinger (Indstillinger &gt; Indstillinger &gt; Autentifikation).</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The connection to {url} broke before an answer arrived: check your connection or try again later.</source>
        <translation>Forbindelsen til {url} blev afbrudt, før der kom et svar: tjek din forbindelse, eller prøv igen senere.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The secure connection could not be set up ({reason}): check REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE and SSL_CERT_FILE in the environment, or unset them.</source>
        <translation>Den sikre forbindelse kunne ikke oprettes ({reason}): tjek REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE og SSL_CERT_FILE i miljøet, eller fjern dem.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server did not answer within {seconds:g} s. Try again later, or raise the timeout in Settings &gt; Options &gt; Network.</source>
        <translation>Serveren svarede ikke inden for {seconds:g} s. Prøv igen senere, eller hæv tidsgrænsen under Indstillinger &gt; Indstillinger &gt; Netværk.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The proxy asked for a user name and password (407) and did not accept the ones given: enter them in Settings &gt; Options &gt; Network (Proxy).</source>
        <translation>Proxyen bad om brugernavn og adgangskode (407) og accepterede ikke dem, der blev givet: indtast dem under Indstillinger &gt; Indstillinger &gt; Netværk (Proxy).</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>Could not connect to {url}: check your internet connection, the proxy in Settings &gt; Options &gt; Network, and the base URL in {settings}.</source>
        <translation>Kunne ikke forbinde til {url}: tjek din internetforbindelse, proxyen under Indstillinger &gt; Indstillinger &gt; Netværk og basis-URL'en i {settings}.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>Your API key was refused ({status}): check it in {settings} (it may be wrong, revoked or expired, or lack the right for this call).</source>
        <translation>Din API-nøgle blev afvist ({status}): tjek den i {settings} (den kan være forkert, tilbagekaldt eller udløbet eller mangle rettighed til dette kald).</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>the answer said Succeeded: false</source>
        <translation>svaret sagde Succeeded: false</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>One or more validation errors occurred.</source>
        <translation>Der opstod en eller flere valideringsfejl.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server rejected the request: {issues} ({said}; {label}).</source>
        <translation>Serveren afviste forespørgslen: {issues} ({said}; {label}).</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server rejected the request ({label}): {said}. Check the request's settings.</source>
        <translation>Serveren afviste forespørgslen ({label}): {said}. Tjek forespørgslens indstillinger.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>code {code}</source>
        <translation>kode {code}</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>unknown content</source>
        <translation>ukendt indhold</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>a web page</source>
        <translation>en webside</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>unreadable data ({kind})</source>
        <translation>ulæselige data ({kind})</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server sent {what} instead of an API answer (HTTP {status}). A proxy, firewall or captive portal may be in the way, or the base URL in {settings} is wrong.</source>
        <translation>Serveren sendte {what} i stedet for et API-svar (HTTP {status}). En proxy, en firewall eller en captive portal kan stå i vejen, eller basis-URL'en i {settings} er forkert.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>Not enough processing units for this request ({detail}): top up processing units in the dashboard, or choose fewer dates, a smaller area, fewer bands or a coarser resolution.</source>
        <translation>Ikke nok behandlingsenheder til denne forespørgsel ({detail}): køb flere behandlingsenheder i dashboardet, eller vælg færre datoer, et mindre område, færre bånd eller en grovere opløsning.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>No imagery for this area and date ({detail}): the date may not be produced yet, its storage may have expired, or only part of the area has it (allow partial images to get it). Pick another date from the search results.</source>
        <translation>Ingen billeder for dette område og denne dato ({detail}): datoen er måske ikke produceret endnu, dens lagring kan være udløbet, eller kun en del af området har den (tillad delvise billeder for at få den). Vælg en anden dato fra søgeresultaterne.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>Too many requests at once for your key ({detail}, tried several times with fewer connections): wait a minute and try again, or download fewer dates at once.</source>
        <translation>For mange samtidige forespørgsler for din nøgle ({detail}, forsøgt flere gange med færre forbindelser): vent et minut, og prøv igen, eller hent færre datoer ad gangen.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The area is larger than your key allows ({detail}): draw a smaller area or split it into parts.</source>
        <translation>Området er større, end din nøgle tillader ({detail}): tegn et mindre område, eller del det op.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>Too many bands for your key ({detail}): choose fewer bands or index terms.</source>
        <translation>For mange bånd til din nøgle ({detail}): vælg færre bånd eller indeksled.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>This area or date is not covered by one of your orders ({detail}). {order_hint}</source>
        <translation>Dette område eller denne dato er ikke dækket af en af dine bestillinger ({detail}). {order_hint}</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>{message} (code {code})</source>
        <translation>{message} (kode {code})</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server refused the request (HTTP {status}): {reason}.</source>
        <translation>Serveren afviste forespørgslen (HTTP {status}): {reason}.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>no reason given</source>
        <translation>ingen begrundelse givet</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server refused the request: {detail}.</source>
        <translation>Serveren afviste forespørgslen: {detail}.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server does not know this address or identifier (404){detail}: check the base URL in {settings}, and that the order, tile or date still exists.</source>
        <translation>Serveren kender ikke denne adresse eller dette id (404){detail}: tjek basis-URL'en i {settings}, og at bestillingen, flisen eller datoen stadig findes.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The server is busy or limiting requests: wait a minute and try again, or download fewer dates at once.</source>
        <translation>Serveren er optaget eller begrænser forespørgsler: vent et minut, og prøv igen, eller hent færre datoer ad gangen.</translation>
    </message>
    <message>
        <location filename="../core/api/transport.py"/>
        <source>The ClearSKY server had an internal error (HTTP {status}){detail}. Try again later.</source>
        <translation>ClearSKY-serveren havde en intern fejl (HTTP {status}){detail}. Prøv igen senere.</translation>
    </message>
    <message>
        <location filename="../core/qgs/analysis.py"/>
        <location filename="../ui/analysis.py"/>
        <source>Band math</source>
        <translation>Båndberegning</translation>
    </message>
    <message>
        <location filename="../core/qgs/analysis.py"/>
        <source>Band math: {formula}</source>
        <translation>Båndberegning: {formula}</translation>
    </message>
    <message>
        <location filename="../core/qgs/analysis.py"/>
        <source>The lowest value must be below the highest.</source>
        <translation>Den laveste værdi skal være under den højeste.</translation>
    </message>
    <message>
        <location filename="../core/qgs/analysis.py"/>
        <source>QGIS could not open {name}: the file is kept.</source>
        <translation>QGIS kunne ikke åbne {name}: filen bevares.</translation>
    </message>
    <message>
        <location filename="../core/qgs/analysis.py"/>
        <source>A mosaic is being written: wait for it or cancel it.</source>
        <translation>En mosaik skrives: vent på den, eller afbryd den.</translation>
    </message>
    <message>
        <location filename="../core/qgs/analysis.py"/>
        <source>Select at least two raster layers to mosaic.</source>
        <translation>Vælg mindst to rasterlag til en mosaik.</translation>
    </message>
    <message>
        <location filename="../core/qgs/analysis.py"/>
        <source>{names}: not a raster file, so it cannot be mosaicked.</source>
        <translation>{names}: ikke en rasterfil, så den kan ikke indgå i en mosaik.</translation>
    </message>
    <message>
        <location filename="../core/qgs/analysis.py"/>
        <source>{name} (mosaic of {count})</source>
        <translation>{name} (mosaik af {count})</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>water, bare soil</source>
        <translation>vand, bar jord</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>sparse vegetation</source>
        <translation>spredt vegetation</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>dense vegetation</source>
        <translation>tæt vegetation</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>vegetation, dry soil</source>
        <translation>vegetation, tør jord</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>bare soil, built-up</source>
        <translation>bar jord, bebyggelse</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>open water</source>
        <translation>åbent vand</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>dry, water stress</source>
        <translation>tørt, vandstress</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>moderate</source>
        <translation>moderat</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>moist vegetation</source>
        <translation>fugtig vegetation</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>burnt</source>
        <translation>brændt</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>bare soil</source>
        <translation>bar jord</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>healthy vegetation</source>
        <translation>sund vegetation</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>water, vegetation</source>
        <translation>vand, vegetation</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>built-up</source>
        <translation>bebyggelse</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>middle</source>
        <translation>middel</translation>
    </message>
    <message>
        <location filename="../core/qgs/index_style.py"/>
        <source>high</source>
        <translation>høj</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <source>ClearSKY orders</source>
        <translation>ClearSKY-bestillinger</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <source>0 (already downloaded)</source>
        <translation>0 (allerede hentet)</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/aoi.py"/>
        <location filename="../ui/timeseries.py"/>
        <source>Area of interest</source>
        <translation>Interesseområde</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/order_form.py"/>
        <location filename="../ui/orders.py"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/options.py"/>
        <location filename="../processing_provider/download.py"/>
        <source>Resolution</source>
        <translation>Opløsning</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/options.py"/>
        <location filename="../processing_provider/download.py"/>
        <source>Bands</source>
        <translation>Bånd</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/options.py"/>
        <source>Output CRS</source>
        <translation>Koordinatsystem til output</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../processing_provider/parameters.py"/>
        <source>Pixel selection</source>
        <translation>Pixelvalg</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/account.py"/>
        <source>Processing units</source>
        <translation>Behandlingsenheder (PU)</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <source>Downloaded</source>
        <translation>Hentet</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/aoi.py"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <source>QGIS could not open {file}: the file is kept.</source>
        <translation>QGIS kunne ikke åbne {file}: filen bevares.</translation>
    </message>
    <message>
        <location filename="../core/qgs/layers.py"/>
        <location filename="../ui/order_form.py"/>
        <source>from {start}, recurring</source>
        <translation>fra {start}, løbende</translation>
    </message>
    <message>
        <location filename="../core/qgs/orders.py"/>
        <source>ClearSKY Vision: list orders</source>
        <translation>ClearSKY Vision: vis bestillinger</translation>
    </message>
    <message>
        <location filename="../core/qgs/orders.py"/>
        <source>ClearSKY Vision: order status</source>
        <translation>ClearSKY Vision: bestillingsstatus</translation>
    </message>
    <message>
        <location filename="../core/qgs/raster_tasks.py"/>
        <source>ClearSKY Vision: {index} of {date}</source>
        <translation>ClearSKY Vision: {index} for {date}</translation>
    </message>
    <message>
        <location filename="../core/qgs/raster_tasks.py"/>
        <source>ClearSKY Vision: {index}</source>
        <translation>ClearSKY Vision: {index}</translation>
    </message>
    <message>
        <location filename="../core/qgs/raster_tasks.py"/>
        <source>ClearSKY Vision: merge into {name}</source>
        <translation>ClearSKY Vision: flet til {name}</translation>
    </message>
    <message>
        <location filename="../core/qgs/series_task.py"/>
        <source>The folder {folder} does not exist: choose the folder of your downloads.</source>
        <translation>Mappen {folder} findes ikke: vælg mappen med dine downloads.</translation>
    </message>
    <message>
        <location filename="../core/qgs/series_task.py"/>
        <source>{index} over time at {place}</source>
        <translation>{index} over tid ved {place}</translation>
    </message>
    <message>
        <location filename="../core/qgs/series_task.py"/>
        <source>No dated ClearSKY Vision downloads to read: add downloaded dates to the map or choose the folder they were saved in.</source>
        <translation>Ingen daterede ClearSKY Vision-downloads at læse: føj hentede datoer til kortet, eller vælg den mappe, de blev gemt i.</translation>
    </message>
    <message>
        <location filename="../core/qgs/session.py"/>
        <source>estimate</source>
        <translation>anslå prisen</translation>
    </message>
    <message>
        <location filename="../core/qgs/session.py"/>
        <source>check the order</source>
        <translation>tjek downloaden</translation>
    </message>
    <message>
        <location filename="../core/qgs/session.py"/>
        <source>ClearSKY Vision: download {date}</source>
        <translation>ClearSKY Vision: hent {date}</translation>
    </message>
    <message>
        <location filename="../core/qgs/style.py"/>
        <source>{file} is not a raster GDAL can read.</source>
        <translation>{file} er ikke en raster, GDAL kan læse.</translation>
    </message>
    <message>
        <location filename="../core/qgs/style.py"/>
        <source>ClearSKY Vision cloudless Sentinel-2</source>
        <translation>ClearSKY Vision skyfri Sentinel-2</translation>
    </message>
    <message>
        <location filename="../core/qgs/tasks.py"/>
        <source>ClearSKY Vision: {task}</source>
        <translation>ClearSKY Vision: {task}</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>band names (B2 ... B12, B8A), index terms like [B8_B4], numbers, + - * / ** ^, parentheses and the functions {functions}</source>
        <translation>båndnavne (B2 ... B12, B8A), indeksled som [B8_B4], tal, + - * / ** ^, parenteser og funktionerne {functions}</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>The band math expression is empty: write one such as {example}.</source>
        <translation>Udtrykket til båndberegningen er tomt: skriv et som {example}.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>The band math expression is longer than {length} characters.</source>
        <translation>Udtrykket til båndberegningen er længere end {length} tegn.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>'{text}' is not valid band math ({reason}, column {column}): write it like {example}.</source>
        <translation>'{text}' er ikke en gyldig båndberegning ({reason}, kolonne {column}): skriv den som {example}.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>'{text}' is too deeply nested to be band math.</source>
        <translation>'{text}' er for dybt indlejret til at være en båndberegning.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>'{text}' uses no band: band math computes from bands, e.g. {example}.</source>
        <translation>'{text}' bruger intet bånd: en båndberegning regner med bånd, f.eks. {example}.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>The band math expression is nested too deeply.</source>
        <translation>Udtrykket til båndberegningen er for dybt indlejret.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>'{text}' is not allowed in band math: use {allowed}.</source>
        <translation>'{text}' er ikke tilladt i en båndberegning: brug {allowed}.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>'{text}' is not allowed in band math: the functions are {functions}.</source>
        <translation>'{text}' er ikke tilladt i en båndberegning: funktionerne er {functions}.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>at least {count}</source>
        <translation>mindst {count}</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>{function}() takes {wanted} argument(s), not {count}.</source>
        <translation>{function}() tager {wanted} argument(er), ikke {count}.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>'{text}' is not allowed in band math.</source>
        <translation>'{text}' er ikke tilladt i en båndberegning.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>Write index terms in brackets: [{term}] rather than {text}.</source>
        <translation>Skriv indeksled i kantede parenteser: [{term}] i stedet for {text}.</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>Unknown band '{text}' in band math: use {bands} or index terms like [B8_B4].</source>
        <translation>Ukendt bånd '{text}' i båndberegningen: brug {bands} eller indeksled som [B8_B4].</translation>
    </message>
    <message>
        <location filename="../core/raster/band_math.py"/>
        <source>'{text}' is not an index term: write it like [B8_B4].</source>
        <translation>'{text}' er ikke et indeksled: skriv det som [B8_B4].</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Normalized Difference Vegetation Index</source>
        <translation>Normaliseret differens-vegetationsindeks (NDVI)</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Green Normalized Difference Vegetation Index</source>
        <translation>Grønt normaliseret differens-vegetationsindeks</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Normalized Difference Red Edge</source>
        <translation>Normaliseret differens red edge</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Normalized Difference Water Index (McFeeters)</source>
        <translation>Normaliseret differens-vandindeks (McFeeters)</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Modified Normalized Difference Water Index</source>
        <translation>Modificeret normaliseret differens-vandindeks</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Normalized Difference Moisture Index</source>
        <translation>Normaliseret differens-fugtighedsindeks</translation>
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
        <translation>Normaliseret differens-bebyggelsesindeks</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Enhanced Vegetation Index</source>
        <translation>Enhanced Vegetation Index (forbedret vegetationsindeks)</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Soil Adjusted Vegetation Index (L = 0.5)</source>
        <translation>Jordjusteret vegetationsindeks (L = 0,5)</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Modified Soil Adjusted Vegetation Index 2</source>
        <translation>Modificeret jordjusteret vegetationsindeks 2</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Unknown band '{band}': use one of {bands}.</source>
        <translation>Ukendt bånd '{band}': brug et af {bands}.</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>A normalized difference needs two different bands.</source>
        <translation>En normaliseret differens kræver to forskellige bånd.</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Normalized difference of {first} and {second}</source>
        <translation>Normaliseret differens af {first} og {second}</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>(a - b) / (a + b), as the ClearSKY Vision API computes [a_b] terms.</source>
        <translation>(a - b) / (a + b), som ClearSKY Vision-API'et beregner [a_b]-led.</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <location filename="../ui/timeseries.py"/>
        <source>Custom band math</source>
        <translation>Egen båndberegning</translation>
    </message>
    <message>
        <location filename="../core/raster/catalogue.py"/>
        <source>Unknown index '{index}': choose one of {indices}, or write band math such as {example}.</source>
        <translation>Ukendt indeks '{index}': vælg et af {indices}, eller skriv en båndberegning som {example}.</translation>
    </message>
    <message>
        <location filename="../core/raster/indices.py"/>
        <source>The output file is the input file: choose another output name.</source>
        <translation>Outputfilen er inputfilen: vælg et andet outputnavn.</translation>
    </message>
    <message>
        <location filename="../core/raster/indices.py"/>
        <source>Could not write {file} ({reason}): check free disk space and that the source file is complete. Nothing was saved.</source>
        <translation>{file} kunne ikke skrives ({reason}): tjek ledig diskplads, og at kildefilen er komplet. Intet blev gemt.</translation>
    </message>
    <message>
        <location filename="../core/raster/indices.py"/>
        <source>{file} has no named bands (B2, B3, ...): indices work on ClearSKY Vision files, whose bands are named by the server.</source>
        <translation>{file} har ingen navngivne bånd (B2, B3, ...): indeks virker på ClearSKY Vision-filer, hvis bånd er navngivet af serveren.</translation>
    </message>
    <message>
        <location filename="../core/raster/indices.py"/>
        <source>The expression</source>
        <translation>Udtrykket</translation>
    </message>
    <message>
        <location filename="../core/raster/indices.py"/>
        <source>{what} needs bands {missing}, which this file lacks (it has {present}): download with bands 'all' or include {missing}.</source>
        <translation>{what} kræver båndene {missing}, som denne fil mangler (den har {present}): hent med båndene 'all', eller medtag {missing}.</translation>
    </message>
    <message>
        <location filename="../core/raster/indices.py"/>
        <source>{what} needs band {missing}, which this file lacks (it has {present}): download with bands 'all' or include {missing}.</source>
        <translation>{what} kræver båndet {missing}, som denne fil mangler (den har {present}): hent med båndene 'all', eller medtag {missing}.</translation>
    </message>
    <message>
        <location filename="../core/raster/indices.py"/>
        <source>{file} is an 8-bit file made for display: indices need the int16 reflectance files. Download with data type int16.</source>
        <translation>{file} er en 8-bit-fil til visning: indeks kræver int16-reflektansfilerne. Hent med datatypen int16.</translation>
    </message>
    <message>
        <location filename="../core/raster/indices.py"/>
        <source>Cannot create a file in {folder} ({reason}): choose another folder.</source>
        <translation>Der kan ikke oprettes en fil i {folder} ({reason}): vælg en anden mappe.</translation>
    </message>
    <message>
        <location filename="../core/raster/merge.py"/>
        <source>Nothing to merge: choose at least one raster.</source>
        <translation>Intet at flette: vælg mindst én raster.</translation>
    </message>
    <message>
        <location filename="../core/raster/merge.py"/>
        <source>GDAL could not merge the files ({reason}): check free disk space and that every input is complete.</source>
        <translation>GDAL kunne ikke flette filerne ({reason}): tjek ledig diskplads, og at hvert input er komplet.</translation>
    </message>
    <message>
        <location filename="../core/raster/merge.py"/>
        <source>{file}: a merge is written as a virtual raster (.vrt) or a GeoTIFF (.tif or .tiff). Name the output with one of these extensions.</source>
        <translation>{file}: en fletning skrives som en virtuel raster (.vrt) eller en GeoTIFF (.tif eller .tiff). Giv outputtet en af disse endelser.</translation>
    </message>
    <message>
        <location filename="../core/raster/merge.py"/>
        <source>{file} has no coordinate reference system: it cannot be placed.</source>
        <translation>{file} har intet koordinatsystem: den kan ikke placeres.</translation>
    </message>
    <message>
        <location filename="../core/raster/merge.py"/>
        <source>These files do not share a band list, so they cannot be merged: {first} has {first_bands}, {other} has {other_bands}. Merge files downloaded with the same bands.</source>
        <translation>Disse filer deler ikke en båndliste, så de kan ikke flettes: {first} har {first_bands}, {other} har {other_bands}. Flet filer, der er hentet med de samme bånd.</translation>
    </message>
    <message>
        <location filename="../core/raster/merge.py"/>
        <source>{first} holds {first_type} values and {other} {other_type}: merge files downloaded with the same data type.</source>
        <translation>{first} indeholder {first_type}-værdier og {other} {other_type}: flet filer, der er hentet med samme datatype.</translation>
    </message>
    <message>
        <location filename="../core/raster/merge.py"/>
        <source>(unnamed)</source>
        <translation>(unavngivet)</translation>
    </message>
    <message>
        <location filename="../core/raster/raster_io.py"/>
        <source>{file} cannot be read as a raster: choose a GeoTIFF file.</source>
        <translation>{file} kan ikke læses som en raster: vælg en GeoTIFF-fil.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>{name} has no named bands (B2, B3, ...): a time series reads ClearSKY Vision downloads, not index files.</source>
        <translation>{name} har ingen navngivne bånd (B2, B3, ...): en tidsserie læser ClearSKY Vision-downloads, ikke indeksfiler.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>{name} has no image date (no record beside it, no IMAGE_DATE tag, no date in its name): rename it with its date, e.g. image_2024-06-01.tif.</source>
        <translation>{name} har ingen billeddato (ingen registrering ved siden af, intet IMAGE_DATE-mærke, ingen dato i navnet): omdøb den med dens dato, f.eks. image_2024-06-01.tif.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>Unknown statistic '{name}': use one of {known}.</source>
        <translation>Ukendt statistik '{name}': brug en af {known}.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>The area is not a polygon: draw or choose a polygon.</source>
        <translation>Området er ikke en polygon: tegn eller vælg en polygon.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>Unknown coordinate reference system: {srs}.</source>
        <translation>Ukendt koordinatsystem: {srs}.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>Cancelled: the time series was not finished.</source>
        <translation>Annulleret: tidsserien blev ikke færdig.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>{name} cannot be read ({reason}): download it again.</source>
        <translation>{name} kan ikke læses ({reason}): hent den igen.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>{name} is not a time series CSV: its columns should be {columns}.</source>
        <translation>{name} er ikke en tidsserie-CSV: dens kolonner skal være {columns}.</translation>
    </message>
    <message>
        <location filename="../core/raster/timeseries.py"/>
        <source>Line {line} of {name} cannot be read as a date, value and count.</source>
        <translation>Linje {line} i {name} kan ikke læses som dato, værdi og antal.</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <location filename="../processing_provider/account_info.py"/>
        <source>Processing unit limit</source>
        <translation>Grænse for behandlingsenheder</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Euro balance</source>
        <translation>Eurosaldo</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Euro overdraft limit</source>
        <translation>Overtræksgrænse i euro</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Euro credit limit</source>
        <translation>Kreditgrænse i euro</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Euro balance cap</source>
        <translation>Loft for eurosaldo</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Costs this month</source>
        <translation>Omkostninger denne måned</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Costs next month</source>
        <translation>Omkostninger næste måned</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Max area per request</source>
        <translation>Største areal pr. forespørgsel</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Max bands</source>
        <translation>Højst antal bånd</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Max connections</source>
        <translation>Højst antal forbindelser</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>&lt;a href="settings"&gt;Open the ClearSKY settings&lt;/a&gt;</source>
        <translation>&lt;a href="settings"&gt;Åbn ClearSKY-indstillingerne&lt;/a&gt;</translation>
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
        <translation>Nøgle</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <location filename="../ui/orders.py"/>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Ask the server for your balances and limits (free)</source>
        <translation>Spørg serveren om dine saldi og grænser (gratis)</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <location filename="../plugin.py"/>
        <source>Settings…</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>Checking your account…</source>
        <translation>Tjekker din konto…</translation>
    </message>
    <message>
        <location filename="../ui/account.py"/>
        <source>account</source>
        <translation>hent kontooplysninger</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Indices and mosaic</source>
        <translation>Indeks og mosaik</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Ticked indices are computed for each date as soon as it is downloaded.</source>
        <translation>Markerede indeks beregnes for hver dato, så snart den er hentet.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Band math over band names (B2 … B12), numbers, + - * / ^, parentheses, abs, sqrt, log, exp, min, max and nd(a, b); computed as well when not empty</source>
        <translation>Båndberegning med båndnavne (B2 … B12), tal, + - * / ^, parenteser, abs, sqrt, log, exp, min, max og nd(a, b); beregnes også, når den ikke er tom</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Band math: lowest value of the colour ramp</source>
        <translation>Båndberegning: laveste værdi i farveforløbet</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Band math: highest value of the colour ramp</source>
        <translation>Båndberegning: højeste værdi i farveforløbet</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <location filename="../ui/date_list.py"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Compute for dates on the map</source>
        <translation>Beregn for datoer på kortet</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>The ticked indices of the ClearSKY dates selected in the Layers panel, or of every ClearSKY date on the map when none is selected</source>
        <translation>De markerede indeks for de ClearSKY-datoer, der er valgt i Lag-panelet, eller for alle ClearSKY-datoer på kortet, når ingen er valgt</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>VRT (at once)</source>
        <translation>VRT (med det samme)</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Cloud Optimized GeoTIFF (background)</source>
        <translation>Cloud Optimized GeoTIFF (i baggrunden)</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>A VRT is ready at once and reads the original files; a Cloud Optimized GeoTIFF is one new file, written on a background task</source>
        <translation>En VRT er klar med det samme og læser de oprindelige filer; en Cloud Optimized GeoTIFF er én ny fil, der skrives i en baggrundsopgave</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Mosaic selected layers</source>
        <translation>Lav mosaik af valgte lag</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Merge the raster layers selected in the Layers panel (tiles of one date, neighbouring areas) into one layer that takes their place; their files stay</source>
        <translation>Flet de rasterlag, der er valgt i Lag-panelet (fliser fra én dato, naboområder), til ét lag, der træder i deres sted; deres filer bevares</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <location filename="../ui/order.py"/>
        <source>Cancel</source>
        <translation>Afbryd</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Cancel the running index tasks and mosaic</source>
        <translation>Afbryd de igangværende indeksopgaver og mosaikken</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Range</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Mosaic as</source>
        <translation>Mosaik som</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Tick at least one index, or write band math.</source>
        <translation>Markér mindst ét indeks, eller skriv en båndberegning.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>No ClearSKY dates on the map: download some first.</source>
        <translation>Ingen ClearSKY-datoer på kortet: hent nogle først.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>These indices are already on the map for these dates.</source>
        <translation>Disse indeks er allerede på kortet for disse datoer.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Writing the mosaic on a background task…</source>
        <translation>Mosaikken skrives i en baggrundsopgave…</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Uses {bands}.</source>
        <translation>Bruger {bands}.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Computing {count} index layer(s)…</source>
        <translation>Beregner {count} indekslag…</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>{index} of {date} added.</source>
        <translation>{index} for {date} tilføjet.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>{count} still computing.</source>
        <translation>{count} beregnes stadig.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>{index} of {date} cancelled.</source>
        <translation>{index} for {date} annulleret.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>The mosaic {name} replaced the layers.</source>
        <translation>Mosaikken {name} erstattede lagene.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Mosaic written: {path}</source>
        <translation>Mosaik skrevet: {path}</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Mosaic cancelled: the layers are unchanged.</source>
        <translation>Mosaik annulleret: lagene er uændrede.</translation>
    </message>
    <message>
        <location filename="../ui/analysis.py"/>
        <source>Mosaic</source>
        <translation>Mosaik</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>No area chosen yet.</source>
        <translation>Intet område valgt endnu.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Drawn rectangle</source>
        <translation>Tegnet rektangel</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Drawn polygon</source>
        <translation>Tegnet polygon</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>The map or layer has no coordinate reference system: set one (Project &gt; Properties &gt; CRS, or the layer's properties) and try again.</source>
        <translation>Kortet eller laget har intet koordinatsystem: angiv et (Projekt &gt; Egenskaber &gt; Koordinatsystem eller lagets egenskaber), og prøv igen.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>{what} holds no polygons: choose polygon features.</source>
        <translation>{what} indeholder ingen polygoner: vælg polygonobjekter.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>The polygons of {what} could not be combined: check their validity.</source>
        <translation>Polygonerne i {what} kunne ikke samles: tjek deres gyldighed.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Map extent</source>
        <translation>Kortudbredelse</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Rectangle</source>
        <translation>Rektangel</translation>
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
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <location filename="../ui/timeseries.py"/>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Use the map canvas's current extent</source>
        <translation>Brug kortkanvassets aktuelle udbredelse</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>The selected features of the active polygon layer, exactly (not their bounding box)</source>
        <translation>De valgte objekter i det aktive polygonlag, præcist (ikke deres omskrevne rektangel)</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Vector files ({patterns});;All files (*)</source>
        <translation>Vektorfiler ({patterns});;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Area of interest from a vector file</source>
        <translation>Interesseområde fra en vektorfil</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>name of the area (used for the layer group)</source>
        <translation>navn på området (bruges til laggruppen)</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Make a polygon layer active in the Layers panel and select the features that make up the area.</source>
        <translation>Gør et polygonlag aktivt i Lag-panelet, og vælg de objekter, der udgør området.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Select one or more features of '{layer}' first.</source>
        <translation>Vælg først et eller flere objekter i '{layer}'.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>The selection of {layer}</source>
        <translation>Markeringen i {layer}</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>{layer} selection</source>
        <translation>Markering fra {layer}</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>{path} is not a vector file QGIS can read.</source>
        <translation>{path} er ikke en vektorfil, QGIS kan læse.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>{file} holds no polygons: choose a polygon file.</source>
        <translation>{file} indeholder ingen polygoner: vælg en polygonfil.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>AOI</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Area: {area} km²</source>
        <translation>Areal: {area} km²</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py"/>
        <source>Larger than your key allows ({limit} km² per request): draw a smaller area or split it. Searching is free; downloads are refused.</source>
        <translation>Større end din nøgle tillader ({limit} km² pr. forespørgsel): tegn et mindre område, eller del det op. Søgning er gratis; downloads afvises.</translation>
    </message>
    <message>
        <location filename="../ui/chart.py"/>
        <source>The chart needs matplotlib, which this QGIS's Python lacks. Windows: run the OSGeo4W installer (Advanced install) and add python3-matplotlib (the standalone QGIS installer includes it). Debian/Ubuntu: sudo apt install python3-matplotlib. Otherwise: pip install matplotlib into QGIS's Python. Then restart QGIS. Meanwhile the values are in the table and Export CSV saves them.</source>
        <translation>Diagrammet kræver matplotlib, som denne QGIS' Python mangler. Windows: kør OSGeo4W-installationsprogrammet (avanceret installation), og tilføj python3-matplotlib (det selvstændige QGIS-installationsprogram indeholder det). Debian/Ubuntu: sudo apt install python3-matplotlib. Ellers: pip install matplotlib i QGIS' Python. Genstart derefter QGIS. Indtil da står værdierne i tabellen, og Eksportér CSV gemmer dem.</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>The output CRS</source>
        <translation>Koordinatsystemet til output</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>{what} is not set: choose a coordinate reference system.</source>
        <translation>{what} er ikke angivet: vælg et koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>custom CRS</source>
        <translation>brugerdefineret koordinatsystem</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>{what} ({name}) has no EPSG code, which the ClearSKY API needs: choose an EPSG CRS, or the UTM zone of the area.</source>
        <translation>{what} ({name}) har ingen EPSG-kode, som ClearSKY-API'et kræver: vælg et EPSG-koordinatsystem eller områdets UTM-zone.</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>Project CRS</source>
        <translation>Projektets koordinatsystem</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>UTM zone of the area</source>
        <translation>Områdets UTM-zone</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>Automatic UTM: the server picks (EPSG {code})</source>
        <translation>Automatisk UTM: serveren vælger (EPSG {code})</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>Choose a CRS…</source>
        <translation>Vælg et koordinatsystem…</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>Choose an area first: its UTM zone sets the output CRS.</source>
        <translation>Vælg først et område: dets UTM-zone bestemmer koordinatsystemet til output.</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>The project CRS</source>
        <translation>Projektets koordinatsystem</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>Project CRS ({crs})</source>
        <translation>Projektets koordinatsystem ({crs})</translation>
    </message>
    <message>
        <location filename="../ui/crs_choice.py"/>
        <source>UTM zone of the area ({crs})</source>
        <translation>Områdets UTM-zone ({crs})</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Coverage</source>
        <translation>Dækning</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Ready</source>
        <translation>Klar</translation>
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
        <translation>&lt;a href="order"&gt;Bestil dette område&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>ready</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>partial</source>
        <translation>delvis</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>not ordered</source>
        <translation>ikke bestilt</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>storage expired</source>
        <translation>lagring udløbet</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>no access</source>
        <translation>ingen adgang</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>not produced yet</source>
        <translation>ikke produceret endnu</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>outside data area</source>
        <translation>uden for dataområdet</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Already downloaded with these options into the download folder: no processing units.</source>
        <translation>Allerede hentet med disse indstillinger til downloadmappen: ingen behandlingsenheder.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>0 (included)</source>
        <translation>0 (inkluderet)</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>The download included in your order: no processing units.</source>
        <translation>Den download, der er inkluderet i din bestilling: ingen behandlingsenheder.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>full</source>
        <translation>fuld</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>partial: {missing} of {total} zones lack it</source>
        <translation>delvis: {missing} af {total} zoner mangler den</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <location filename="../ui/order_form.py"/>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>List the dates with imagery over the area (free)</source>
        <translation>Vis datoerne med billeder over området (gratis)</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Choose an area, then search for dates.</source>
        <translation>Vælg et område, og søg derefter efter datoer.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <location filename="../ui/timeseries.py"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Tick</source>
        <translation>Markér</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Some zones under the area have no image for this day: their pixels will be nodata.</source>
        <translation>Nogle zoner under området har intet billede denne dag: deres pixels bliver nodata.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>on disk</source>
        <translation>på disken</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Processing units this date costs</source>
        <translation>Behandlingsenheder, som denne dato koster</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>{count} date(s) are outside your orders and cannot be downloaded.</source>
        <translation>{count} dato(er) ligger uden for dine bestillinger og kan ikke hentes.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Search for the dates over the area.</source>
        <translation>Søg efter datoerne over området.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Choose an area.</source>
        <translation>Vælg et område.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Choose an area first: the map extent, a drawn rectangle or polygon, selected features or a file.</source>
        <translation>Vælg først et område: kortets udbredelse, et tegnet rektangel eller en polygon, valgte objekter eller en fil.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>Searching {first} to {last}…</source>
        <translation>Søger fra {first} til {last}…</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>search dates</source>
        <translation>søg datoer</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>{full} full, {partial} partial</source>
        <translation>{full} fulde, {partial} delvise</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>all full</source>
        <translation>alle fulde</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>1 date from {first} to {last} ({detail}). Tick it to download it.</source>
        <translation>1 dato fra {first} til {last} ({detail}). Markér den for at hente den.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>{count} dates from {first} to {last} ({detail}). Tick the ones to download.</source>
        <translation>{count} datoer fra {first} til {last} ({detail}). Markér dem, der skal hentes.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>No dates over this area from {first} to {last}: it is not covered by any of your orders. Downloads work only inside orders.</source>
        <translation>Ingen datoer over dette område fra {first} til {last}: det er ikke dækket af nogen af dine bestillinger. Download er kun mulig inden for bestillinger.</translation>
    </message>
    <message>
        <location filename="../ui/date_list.py"/>
        <source>{checked} of {count} ticked</source>
        <translation>{checked} af {count} markeret</translation>
    </message>
    <message>
        <location filename="../ui/dock.py"/>
        <source>Tick at least one date to download.</source>
        <translation>Markér mindst én dato at hente.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py"/>
        <source>Download refused</source>
        <translation>Download afvist</translation>
    </message>
    <message>
        <location filename="../ui/dock.py"/>
        <source>Queued</source>
        <translation>I kø</translation>
    </message>
    <message>
        <location filename="../ui/dock.py"/>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py"/>
        <source>Reused (free)</source>
        <translation>Genbrugt (gratis)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py"/>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <location filename="../ui/dock.py"/>
        <source>Saved, not shown</source>
        <translation>Gemt, ikke vist</translation>
    </message>
    <message>
        <location filename="../ui/dock.py"/>
        <source>Layers are in the group '{group}'.</source>
        <translation>Lagene ligger i gruppen '{group}'.</translation>
    </message>
    <message>
        <location filename="../ui/map_tools.py"/>
        <source>Drag a rectangle, or click two opposite corners. Esc cancels.</source>
        <translation>Træk et rektangel, eller klik på to modstående hjørner. Esc annullerer.</translation>
    </message>
    <message>
        <location filename="../ui/map_tools.py"/>
        <source>Click the corners; right-click or double-click to finish, Backspace removes the last corner, Esc cancels.</source>
        <translation>Klik på hjørnerne; højreklik eller dobbeltklik afslutter, Backspace fjerner det sidste hjørne, Esc annullerer.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py"/>
        <source>see the log: View &gt; Panels &gt; Log Messages &gt; ClearSKY Vision</source>
        <translation>se loggen: View &gt; Paneler &gt; Logmeddelelser &gt; ClearSKY Vision</translation>
    </message>
    <message>
        <location filename="../ui/messages.py"/>
        <source>Unexpected error: {kind}: {error} ({hint}).</source>
        <translation>Uventet fejl: {kind}: {error} ({hint}).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py"/>
        <source>Unexpected error</source>
        <translation>Uventet fejl</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>intersect: every pixel touching the area</source>
        <translation>intersect: hver pixel, der rører området</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>contained: only pixels fully inside</source>
        <translation>contained: kun pixels helt inden for området</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>Options</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>all (10 bands), rgb, or a comma list of {bands} and index terms like [B8_B4] = (B8 - B4) / (B8 + B4), computed by the server</source>
        <translation>all (10 bånd), rgb eller en kommasepareret liste af {bands} og indeksled som [B8_B4] = (B8 - B4) / (B8 + B4), beregnet af serveren</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>Choose an area first.</source>
        <translation>Vælg først et område.</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>1 band: {names}</source>
        <translation>1 bånd: {names}</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>{count} bands: {names}</source>
        <translation>{count} bånd: {names}</translation>
    </message>
    <message>
        <location filename="../ui/options.py"/>
        <source>Your key allows {count} bands.</source>
        <translation>Din nøgle tillader {count} bånd.</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Cost and download</source>
        <translation>Pris og download</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Estimate</source>
        <translation>Anslå</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Ask the server what the ticked dates cost (free)</source>
        <translation>Spørg serveren, hvad de markerede datoer koster (gratis)</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Download</source>
        <translation>Hent</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Download again</source>
        <translation>Hent igen</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Download the dates again whose failed download may have been charged: each may cost its processing units a second time</source>
        <translation>Hent de datoer igen, hvis mislykkede download kan være opkrævet: hver kan koste sine behandlingsenheder en gang til</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <location filename="../ui/orders.py"/>
        <source>Area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Per date</source>
        <translation>Pr. dato</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Balance after</source>
        <translation>Saldo bagefter</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Estimating the cost (free)…</source>
        <translation>Anslår prisen (gratis)…</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>0 PU (the download included in your order)</source>
        <translation>0 PU (den download, der er inkluderet i din bestilling)</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>(about {size:,.1f} MB, {fast:,.0f}-{slow:,.0f} s)</source>
        <translation>(omkring {size:,.1f} MB, {fast:,.0f}-{slow:,.0f} s)</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>{units} for {count} date(s)</source>
        <translation>{units} for {count} dato(er)</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>; {free} already downloaded (free)</source>
        <translation>; {free} allerede hentet (gratis)</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>free, already on disk</source>
        <translation>gratis, allerede på disken</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>included in your order</source>
        <translation>inkluderet i din bestilling</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Download {count} date(s) ({cost})</source>
        <translation>Hent {count} dato(er) ({cost})</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Tick the dates to download.</source>
        <translation>Markér de datoer, der skal hentes.</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Partial coverage on {days}: where a zone lacks the date the pixels are nodata (transparent).</source>
        <translation>Delvis dækning den {days}: hvor en zone mangler datoen, er pixels nodata (gennemsigtige).</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Checking availability, processing units and disk space…</source>
        <translation>Tjekker tilgængelighed, behandlingsenheder og diskplads…</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Downloading {count} date(s), at most {limit} at a time, into {folder}…</source>
        <translation>Henter {count} dato(er), højst {limit} ad gangen, til {folder}…</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>{count} date(s) may have been charged although the download failed ({days}). Download again?</source>
        <translation>{count} dato(er) kan være opkrævet, selvom downloaden mislykkedes ({days}). Hent igen?</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>That is a new purchase: check the estimate first.</source>
        <translation>Det er et nyt køb: tjek overslaget først.</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>That costs about {units:g} processing units more.</source>
        <translation>Det koster omkring {units:g} behandlingsenheder mere.</translation>
    </message>
    <message>
        <location filename="../ui/order.py"/>
        <source>Download again ({units:g} PU)</source>
        <translation>Hent igen ({units:g} PU)</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>polygon</source>
        <translation>polygon</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>minitiles</source>
        <translation>minifliser</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>tiles</source>
        <translation>fliser</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>daily</source>
        <translation>dagligt</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>weekly</source>
        <translation>ugentligt</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>every {days} days</source>
        <translation>hver {days}. dag</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Order this area</source>
        <translation>Bestil dette område</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Models the service offers (asked from the server)</source>
        <translation>Modeller, som tjenesten tilbyder (hentet fra serveren)</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <location filename="../processing_provider/orders.py"/>
        <source>recurring</source>
        <translation>løbende</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Renewed (and charged) every month until cancelled</source>
        <translation>Fornyes (og opkræves) hver måned, indtil den annulleres</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Days between images: 1 daily … 7 weekly</source>
        <translation>Dage mellem billeder: 1 dagligt … 7 ugentligt</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Images fall on this day and every 'cadence' days from it; keep it the same across orders to align them</source>
        <translation>Billederne falder på denne dag og hver 'interval' dage derefter; hold den ens på tværs af bestillinger for at afstemme dem</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Months the data stay downloadable</source>
        <translation>Måneder, hvor data kan hentes</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Downloads per date included in the order (more cost processing units later)</source>
        <translation>Downloads pr. dato inkluderet i bestillingen (flere koster behandlingsenheder senere)</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Estimate the price (free)</source>
        <translation>Anslå prisen (gratis)</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Cover</source>
        <translation>Udsnit</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Monthly</source>
        <translation>Månedligt</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Billed area, the price this month and per month after (recurring), and the image dates; ★ marks the cheapest cover. Click a row to order that cover.</source>
        <translation>Faktureret areal, prisen denne måned og pr. efterfølgende måned (løbende) samt billeddatoerne; ★ markerer det billigste udsnit. Klik på en række for at bestille det udsnit.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Order…</source>
        <translation>Bestil…</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <location filename="../processing_provider/parameters.py"/>
        <source>First month</source>
        <translation>Første måned</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Cadence, from</source>
        <translation>Interval, fra</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Downloads per date</source>
        <translation>Downloads pr. dato</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Asking for the models…</source>
        <translation>Henter modellerne…</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>list the models</source>
        <translation>vis modellerne</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Needs {inputs}</source>
        <translation>Kræver {inputs}</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Choose an area first: the order covers the dock's area.</source>
        <translation>Vælg først et område: bestillingen dækker panelets område.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>No model yet: wait for the list of models, or refresh.</source>
        <translation>Ingen model endnu: vent på listen over modeller, eller opdatér.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Pricing the area as a polygon, as minitiles and as tiles (free)…</source>
        <translation>Prissætter området som polygon, som minifliser og som fliser (gratis)…</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>estimate an order</source>
        <translation>anslå en bestilling</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>The cheapest cover</source>
        <translation>Det billigste udsnit</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>No price came back.</source>
        <translation>Der kom ingen pris tilbage.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>not priced</source>
        <translation>ikke prissat</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Order as {cover} ({price})…</source>
        <translation>Bestil som {cover} ({price})…</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>{count} image dates this period: {dates}.</source>
        <translation>{count} billeddatoer i denne periode: {dates}.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>The estimate lists no image dates for this period.</source>
        <translation>Overslaget angiver ingen billeddatoer for denne periode.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Cancellable until {date}.</source>
        <translation>Kan annulleres indtil {date}.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>{now} this month, then {monthly} per month until cancelled</source>
        <translation>{now} denne måned, derefter {monthly} pr. måned, indtil den annulleres</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Order {area} km² as {cover} with {model}, {cadence}, {period}, {storage} storage month(s), {requests} download(s) per date?

Price: {price}. The euros are taken from your balance when the order is created.</source>
        <translation>Bestil {area} km² som {cover} med {model}, {cadence}, {period}, {storage} lagringsmåned(er), {requests} download(s) pr. dato?

Pris: {price}. Beløbet i euro trækkes fra din saldo, når bestillingen oprettes.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Place this order?</source>
        <translation>Afgiv denne bestilling?</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Not ordered.</source>
        <translation>Ikke bestilt.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Placing the order…</source>
        <translation>Afgiver bestillingen…</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>place an order</source>
        <translation>afgiv en bestilling</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Ordered: {status}. It is watched until its images can be downloaded.</source>
        <translation>Bestilt: {status}. Den følges, indtil dens billeder kan hentes.</translation>
    </message>
    <message>
        <location filename="../ui/order_form.py"/>
        <source>Not ordered: {reason}</source>
        <translation>Ikke bestilt: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <location filename="../processing_provider/orders.py"/>
        <location filename="../processing_provider/search_tiles.py"/>
        <location filename="../processing_provider/tasking_models.py"/>
        <source>Orders</source>
        <translation>Bestillinger</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>Cadence</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>Checking your orders…</source>
        <translation>Tjekker dine bestillinger…</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>List your orders and their status again (free)</source>
        <translation>Vis dine bestillinger og deres status igen (gratis)</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>Order this area…</source>
        <translation>Bestil dette område…</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <location filename="../processing_provider/orders.py"/>
        <source>Cancel order</source>
        <translation>Annullér bestilling</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>Orders still in Review can be cancelled in full</source>
        <translation>Bestillinger, der stadig er under gennemgang, kan annulleres helt</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>No orders yet. Downloads work only inside orders: choose an area and order it.</source>
        <translation>Ingen bestillinger endnu. Download er kun mulig inden for bestillinger: vælg et område, og bestil det.</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>{count} order(s) in production: their status is checked every {seconds} s.</source>
        <translation>{count} bestilling(er) i produktion: status tjekkes hvert {seconds}. sekund.</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>Your {model} order ({period}) is {status}: its dates can be downloaded.</source>
        <translation>Din {model}-bestilling ({period}) er {status}: dens datoer kan hentes.</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>Cancel the {model} order ({period})? It is still in review: it is cancelled in full.</source>
        <translation>Annullér {model}-bestillingen ({period})? Den er stadig under gennemgang: den annulleres helt.</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>Cancel this order?</source>
        <translation>Annullér denne bestilling?</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>cancel an order</source>
        <translation>annullér en bestilling</translation>
    </message>
    <message>
        <location filename="../ui/orders.py"/>
        <source>The {model} order ({period}) is cancelled.</source>
        <translation>{model}-bestillingen ({period}) er annulleret.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>A key is saved (encrypted in QGIS's authentication database). Type to replace it.</source>
        <translation>En nøgle er gemt (krypteret i QGIS' autentifikationsdatabase). Skriv for at erstatte den.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>No key saved yet: get one at https://eo.clearsky.vision (GET API KEY).</source>
        <translation>Ingen nøgle gemt endnu: få en på https://eo.clearsky.vision (GET API KEY).</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>ClearSKY Vision settings</source>
        <translation>ClearSKY Vision-indstillinger</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>paste your API key</source>
        <translation>indsæt din API-nøgle</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>API key</source>
        <translation>API-nøgle</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>Download folder</source>
        <translation>Downloadmappe</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>Default resolution</source>
        <translation>Standardopløsning</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>Default output CRS</source>
        <translation>Standardkoordinatsystem til output</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>all, rgb, or a list such as B4,B3,B2,B8,[B8_B4]</source>
        <translation>all, rgb eller en liste som B4,B3,B2,B8,[B8_B4]</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py"/>
        <source>Default bands</source>
        <translation>Standardbånd</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>ClearSKY time series</source>
        <translation>ClearSKY-tidsserie</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Band math over B2 ... B12; press Enter to compute</source>
        <translation>Båndberegning med B2 ... B12; tryk Enter for at beregne</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>ClearSKY layers on the map</source>
        <translation>ClearSKY-lag på kortet</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>A folder of downloads</source>
        <translation>En mappe med downloads</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Folder of ClearSKY Vision downloads</source>
        <translation>Mappe med ClearSKY Vision-downloads</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Pick pixels</source>
        <translation>Vælg pixels</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Click pixels on the map to compare them; Esc stops</source>
        <translation>Klik på pixels på kortet for at sammenligne dem; Esc stopper</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>The mean over the dock's area of interest</source>
        <translation>Middelværdien over panelets interesseområde</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>The mean over each selected polygon of the active layer, one line each</source>
        <translation>Middelværdien over hver valgt polygon i det aktive lag, én linje for hver</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Export CSV…</source>
        <translation>Eksportér CSV…</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Export PNG…</source>
        <translation>Eksportér PNG…</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Enter or a double click shows that date on the map</source>
        <translation>Enter eller et dobbeltklik viser den dato på kortet</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Needs matplotlib (see the Chart tab)</source>
        <translation>Kræver matplotlib (se fanen Diagram)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <location filename="../processing_provider/spectral_index.py"/>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Places</source>
        <translation>Steder</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Write the band math to chart, for example {example}.</source>
        <translation>Skriv båndberegningen, der skal vises, for eksempel {example}.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Choose the folder your ClearSKY Vision downloads are in.</source>
        <translation>Vælg den mappe, dine ClearSKY Vision-downloads ligger i.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>{count} dates among the layers on the map.</source>
        <translation>{count} datoer blandt lagene på kortet.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>No ClearSKY Vision downloads on the map: download dates, or choose a folder.</source>
        <translation>Ingen ClearSKY Vision-downloads på kortet: hent datoer, eller vælg en mappe.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Click pixels on the map; each becomes a line. Esc stops.</source>
        <translation>Klik på pixels på kortet; hver bliver en linje. Esc stopper.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Pixel {number}</source>
        <translation>Pixel {number}</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Choose an area of interest in the ClearSKY Vision dock first.</source>
        <translation>Vælg først et interesseområde i ClearSKY Vision-panelet.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Make a polygon layer active in the Layers panel and select polygons in it.</source>
        <translation>Gør et polygonlag aktivt i Lag-panelet, og vælg polygoner i det.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Select one or more polygons of '{layer}' first.</source>
        <translation>Vælg først en eller flere polygoner i '{layer}'.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>The chart compares up to {count} places: remove one first.</source>
        <translation>Diagrammet sammenligner op til {count} steder: fjern et først.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>{index} over {dates} dates.</source>
        <translation>{index} over {dates} datoer.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>{index} over {dates} dates at {places} places.</source>
        <translation>{index} over {dates} datoer på {places} steder.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>{place}: some dates could not be read: {reason}</source>
        <translation>{place}: nogle datoer kunne ikke læses: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>{place} (computing…)</source>
        <translation>{place} (beregner…)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>{place} (failed)</source>
        <translation>{place} (mislykkedes)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>no data</source>
        <translation>ingen data</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>The map shows {date}.</source>
        <translation>Kortet viser {date}.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Export the time series as CSV</source>
        <translation>Eksportér tidsserien som CSV</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Export the chart as PNG</source>
        <translation>Eksportér diagrammet som PNG</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-billeder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Could not write {path} ({reason}): choose another folder.</source>
        <translation>{path} kunne ikke skrives ({reason}): vælg en anden mappe.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries.py"/>
        <source>Saved {path}</source>
        <translation>Gemt {path}</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>Processing units left (CREDITS, the older name)</source>
        <translation>Tilbageværende behandlingsenheder (CREDITS, det ældre navn)</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>Largest area per request (km2)</source>
        <translation>Største areal pr. forespørgsel (km2)</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>Most bands per request</source>
        <translation>Flest bånd pr. forespørgsel</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>Simultaneous connections allowed</source>
        <translation>Tilladte samtidige forbindelser</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>Processing units left</source>
        <translation>Tilbageværende behandlingsenheder</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>Order credits left (EUR)</source>
        <translation>Tilbageværende bestillingskredit (EUR)</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>Account information</source>
        <translation>Kontooplysninger</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>Balances and limits of your ClearSKY Vision API key. Free.</source>
        <translation>Saldi og grænser for din ClearSKY Vision-API-nøgle. Gratis.</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>PROCESSING_UNITS (also as CREDITS, its older name): units left for downloads (one unit covers up to 10 km2; each order includes one download of its data). EURO_BALANCE: order credits left, spent when placing orders. MAX_AREA_KM2, MAX_BANDS, MAX_CONNECTIONS: the key's limits per request. A value the server does not report is left empty (NULL), never 0.</source>
        <translation>PROCESSING_UNITS (også som CREDITS, det ældre navn): tilbageværende behandlingsenheder (PU) til downloads (én enhed dækker op til 10 km2; hver bestilling inkluderer én download af dens data). EURO_BALANCE: tilbageværende bestillingskredit, der bruges, når du afgiver bestillinger. MAX_AREA_KM2, MAX_BANDS, MAX_CONNECTIONS: nøglens grænser pr. forespørgsel. En værdi, som serveren ikke oplyser, efterlades tom (NULL), aldrig 0.</translation>
    </message>
    <message>
        <location filename="../processing_provider/account_info.py"/>
        <source>The key comes from the plugin settings, or from the CLEARSKY_API_KEY environment variable (and the server from CLEARSKY_API_URL) for headless runs.</source>
        <translation>Nøglen kommer fra pluginets indstillinger eller, ved kørsler uden brugerflade, fra miljøvariablen CLEARSKY_API_KEY (og serveren fra CLEARSKY_API_URL).</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py"/>
        <location filename="../processing_provider/download.py"/>
        <location filename="../processing_provider/download_tiles.py"/>
        <location filename="../processing_provider/estimate.py"/>
        <location filename="../processing_provider/search_dates.py"/>
        <source>Imagery</source>
        <translation>Billeder</translation>
    </message>
    <message>
        <location filename="../processing_provider/delivery.py"/>
        <source>unexpected error ({error})</source>
        <translation>uventet fejl ({error})</translation>
    </message>
    <message>
        <location filename="../processing_provider/delivery.py"/>
        <source>Cancelled: finished files were kept, partial ones removed.</source>
        <translation>Annulleret: færdige filer blev bevaret, ufuldstændige fjernet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/delivery.py"/>
        <source>None of the {count} downloads succeeded; first: {error}</source>
        <translation>Ingen af de {count} downloads lykkedes; første fejl: {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/delivery.py"/>
        <source>already downloaded, free</source>
        <translation>allerede hentet, gratis</translation>
    </message>
    <message>
        <location filename="../processing_provider/delivery.py"/>
        <source>downloaded</source>
        <translation>hentet</translation>
    </message>
    <message>
        <location filename="../processing_provider/delivery.py"/>
        <source>Processing units spent: {units:g}</source>
        <translation>Brugte behandlingsenheder: {units:g}</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <source>Download imagery</source>
        <translation>Hent billeder</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <source>Downloads one cloudless composite GeoTIFF per date, cut to the area, into the output folder, and loads them in true colour (B4/B3/B2) on the dates' timeline.</source>
        <translation>Henter én skyfri komposit-GeoTIFF pr. dato, skåret til området, til outputmappen og indlæser dem i ægte farver (B4/B3/B2) på datoernes tidslinje.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <source>Only dates inside your orders can be downloaded (order first: 'Place order' or the dock's Orders section). Each order includes one download of its data; a further download or variant costs processing units (PU, about 1 per 10 km2). Before anything is bought the whole batch is checked, date by date: that each date is ready (ordered, produced, still stored, fully covered unless ALLOW_PARTIAL), your PU, the key's area and band limits, MAX_CREDITS (the most PU to spend, when set) and free disk space; if one fails nothing is spent. Files already downloaded with the same settings in the folder are reused for free. Dates download in parallel up to your key's connection limit; a date that fails is reported and the others go on.</source>
        <translation>Kun datoer inden for dine bestillinger kan hentes (bestil først: 'Afgiv bestilling' eller panelets afsnit Bestillinger). Hver bestilling inkluderer én download af dens data; en yderligere download eller variant koster behandlingsenheder (PU, omkring 1 pr. 10 km2). Før noget købes, tjekkes hele batchen dato for dato: at hver dato er klar (bestilt, produceret, stadig lagret, fuldt dækket medmindre ALLOW_PARTIAL), dine PU, nøglens grænser for areal og bånd, MAX_CREDITS (det højeste antal PU, der bruges, når den er angivet) og ledig diskplads; hvis ét af dem fejler, bruges intet. Filer, der allerede er hentet med de samme indstillinger til mappen, genbruges gratis. Datoerne hentes parallelt op til din nøgles forbindelsesgrænse; en dato, der mislykkes, meldes, og de andre fortsætter.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <source>Resolution: metres per pixel (10 is native). Bands: all (10 bands), rgb, or a list such as B4,B3,B2,B8 and server-computed ratios like [B8_B4]. CRS: an EPSG CRS; by default the UTM zone of the area. Pixel selection: intersect keeps every pixel touching the area, contained only those fully inside. MODEL: the ordered model (empty: Stratus2). ALLOW_PARTIAL (default off): accept dates some zone under the area lacks; those pixels are nodata.</source>
        <translation>Opløsning: meter pr. pixel (10 er den oprindelige). Bånd: all (10 bånd), rgb eller en liste som B4,B3,B2,B8 og serverberegnede forhold som [B8_B4]. Koordinatsystem: et EPSG-koordinatsystem; som standard områdets UTM-zone. Pixelvalg: intersect beholder hver pixel, der rører området, contained kun dem, der ligger helt inden for. MODEL: den bestilte model (tom: Stratus2). ALLOW_PARTIAL (som standard fra): acceptér datoer, som en zone under området mangler; de pixels er nodata.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>RETRY_PAID (advanced, default off):</source>
        <translation>RETRY_PAID (avanceret, som standard fra):</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <source>the download</source>
        <translation>downloaden</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <location filename="../processing_provider/spectral_index.py"/>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Downloaded files</source>
        <translation>Hentede filer</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Processing units spent</source>
        <translation>Brugte behandlingsenheder</translation>
    </message>
    <message>
        <location filename="../processing_provider/download.py"/>
        <source>{area}: {count} date(s) to download for {units:g} processing units, {reused} already in {folder}; {left} units left after.</source>
        <translation>{area}: {count} dato(er) at hente for {units:g} behandlingsenheder, {reused} allerede i {folder}; {left} enheder tilbage bagefter.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Download tiles and minitiles</source>
        <translation>Hent fliser og minifliser</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Downloads whole tiles (5120 x 5120 px, about 51 km square) or minitiles (320 x 320 px, about 3.2 km square) by GUID, one GeoTIFF per tile and date, on the fixed grid with no cutting, and loads them in true colour on the dates' timeline. Tiles must lie inside your orders (a tile or minitile order, or a polygon order covering them): order them first with 'Place order' and their GUIDs.</source>
        <translation>Henter hele fliser (5120 x 5120 px, omkring 51 km i kvadrat) eller minifliser (320 x 320 px, omkring 3,2 km i kvadrat) efter GUID, én GeoTIFF pr. flise og dato, i det faste gitter uden beskæring, og indlæser dem i ægte farver på datoernes tidslinje. Fliserne skal ligge inden for dine bestillinger (en flise- eller miniflisebestilling eller en polygonbestilling, der dækker dem): bestil dem først med 'Afgiv bestilling' og deres GUID'er.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Which tiles: TILE_GUIDS and MINITILE_GUIDS. When both are empty, the tiles over the area (AOI or EXTENT) are downloaded.</source>
        <translation>Hvilke fliser: TILE_GUIDS og MINITILE_GUIDS. Når begge er tomme, hentes fliserne over området (AOI eller EXTENT).</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Which dates: DATES (comma-separated YYYY-MM-DD, e.g. the DATES output of 'Wait for order'); when empty, every date your orders give over the tiles between START_DATE and END_DATE.</source>
        <translation>Hvilke datoer: DATES (kommasepareret ÅÅÅÅ-MM-DD, f.eks. outputtet DATES fra 'Vent på bestilling'); når den er tom, hver dato, dine bestillinger giver over fliserne mellem START_DATE og END_DATE.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>RESOLUTION, BANDS and CRS as for 'Download imagery'; without a CRS the server picks the tile's UTM zone (EPSG 47000, automatic UTM). MODEL: the ordered model (empty: Stratus2). ALLOW_PARTIAL: accept dates some zone lacks (nodata there).</source>
        <translation>RESOLUTION, BANDS og CRS som for 'Hent billeder'; uden CRS vælger serveren flisens UTM-zone (EPSG 47000, automatisk UTM). MODEL: den bestilte model (tom: Stratus2). ALLOW_PARTIAL: acceptér datoer, som en zone mangler (nodata der).</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Costs processing units (PU): each order includes one download of its data; further downloads cost about 1 PU per 10 km2. MAX_CREDITS (optional) is the most PU to spend: the run is refused, with nothing bought, when the tiles' area could cost more. Files already in the output folder are reused for free.</source>
        <translation>Koster behandlingsenheder (PU): hver bestilling inkluderer én download af dens data; yderligere downloads koster omkring 1 PU pr. 10 km2. MAX_CREDITS (valgfri) er det højeste antal PU, der bruges: kørslen afvises, uden at noget købes, når flisernes areal kan koste mere. Filer, der allerede ligger i outputmappen, genbruges gratis.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>This replaces the retired Tile API (boundingbox search and satelliteImageId downloads, absent from the 2025-26 service). When are tiles better than 'Download imagery'? For grid-based work, very large areas, or exact control near UTM zone borders; ordering tiles costs 20% (minitiles 50%) of the polygon price per km2, so a tile order pays off when you need more than 40% of the tile.</source>
        <translation>Dette erstatter det udfasede Tile API (søgning med boundingbox og downloads med satelliteImageId, som ikke findes i 2025-26-tjenesten). Hvornår er fliser bedre end 'Hent billeder'? Til gitterbaseret arbejde, meget store områder eller præcis kontrol nær UTM-zonegrænser; at bestille fliser koster 20 % (minifliser 50 %) af polygonprisen pr. km2, så en flisebestilling kan betale sig, når du har brug for mere end 40 % af flisen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Comma-separated YYYY-MM-DD, e.g. the DATES output of 'Wait for order'. Empty: every date your orders give over the tiles between START_DATE and END_DATE.</source>
        <translation>Kommasepareret ÅÅÅÅ-MM-DD, f.eks. outputtet DATES fra 'Vent på bestilling'. Tom: hver dato, dine bestillinger giver over fliserne mellem START_DATE og END_DATE.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>With DATES empty: the first day whose dates are downloaded (inclusive).</source>
        <translation>Når DATES er tom: den første dag, hvis datoer hentes (inklusive).</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>With DATES empty: the last day whose dates are downloaded (inclusive).</source>
        <translation>Når DATES er tom: den sidste dag, hvis datoer hentes (inklusive).</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>the tiles</source>
        <translation>fliserne</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Downloaded tiles</source>
        <translation>Hentede fliser</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>{tiles} tile(s) x {dates} date(s): {new} to download (at most about {bound:g} PU; a first download of ordered data is included), {reused} already in {folder}.</source>
        <translation>{tiles} flise(r) x {dates} dato(er): {new} at hente (højst omkring {bound:g} PU; en første download af bestilte data er inkluderet), {reused} allerede i {folder}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>The tiles could cost up to about {bound:g} processing units, more than the maximum of {limit:g} you set: nothing was downloaded. Raise it, or choose fewer tiles or dates.</source>
        <translation>Fliserne kan koste op til omkring {bound:g} behandlingsenheder, mere end det maksimum på {limit:g}, du har angivet: intet blev hentet. Hæv det, eller vælg færre fliser eller datoer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Minitile</source>
        <translation>Miniflise</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Tile</source>
        <translation>Flise</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Unknown tile GUID(s): {guids}. Take them from 'Search tiles' or the order's details.</source>
        <translation>Ukendt(e) flise-GUID('er): {guids}. Tag dem fra 'Søg fliser' eller bestillingens detaljer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>No tiles over the area: check that it is on land.</source>
        <translation>Ingen fliser over området: tjek, at det ligger på land.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>Tiles</source>
        <translation>Fliser</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Your orders give no date over these tiles between {start} and {end}: order them first ('Place order' with TILE_GUIDS), widen the dates, or allow partial images.</source>
        <translation>Dine bestillinger giver ingen dato over disse fliser mellem {start} og {end}: bestil dem først ('Afgiv bestilling' med TILE_GUIDS), udvid datointervallet, eller tillad delvise billeder.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_tiles.py"/>
        <source>Your orders give no fully covered date over these tiles between {start} and {end}: order them first ('Place order' with TILE_GUIDS), widen the dates, or allow partial images.</source>
        <translation>Dine bestillinger giver ingen fuldt dækket dato over disse fliser mellem {start} og {end}: bestil dem først ('Afgiv bestilling' med TILE_GUIDS), udvid datointervallet, eller tillad delvise billeder.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Area (km2)</source>
        <translation>Areal (km2)</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Processing units for all dates</source>
        <translation>Behandlingsenheder for alle datoer</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Processing units per date (mean)</source>
        <translation>Behandlingsenheder pr. dato (middel)</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Processing units left afterwards</source>
        <translation>Tilbageværende behandlingsenheder bagefter</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Estimate cost</source>
        <translation>Anslå pris</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>For each date: whether it can be downloaded now over the area, and how many processing units (PU) it would cost. Free. Each order includes one download of its data (0 PU); a further download or a variant (other bands, resolution, CRS) costs about 1 PU per 10 km2. Files already in a download folder are not counted here ('Download imagery' reuses them for free).</source>
        <translation>For hver dato: om den kan hentes nu over området, og hvor mange behandlingsenheder (PU) den ville koste. Gratis. Hver bestilling inkluderer én download af dens data (0 PU); en yderligere download eller en variant (andre bånd, opløsning, koordinatsystem) koster omkring 1 PU pr. 10 km2. Filer, der allerede ligger i en downloadmappe, medregnes ikke her ('Hent billeder' genbruger dem gratis).</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Resolution, bands, CRS, MODEL and ALLOW_PARTIAL as for 'Download imagery': the estimate is made with the very request the download sends.</source>
        <translation>Opløsning, bånd, koordinatsystem, MODEL og ALLOW_PARTIAL som for 'Hent billeder': overslaget laves med præcis den forespørgsel, som downloaden sender.</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Outputs: AREA_KM2; CREDITS (PU for all dates; the older name is kept), CREDITS_PER_DATE (mean PU per date), CREDITS_LEFT (PU left afterwards, empty when the server does not report the balance); UNITS_BY_DATE (date=PU pairs, comma-separated); READY_DATES (the dates ready to download). A warning names each date that is not ready, and why (not ordered, not produced yet, storage expired, partial).</source>
        <translation>Output: AREA_KM2; CREDITS (PU for alle datoer; det ældre navn bevares), CREDITS_PER_DATE (gennemsnitlige PU pr. dato), CREDITS_LEFT (tilbageværende PU bagefter, tom når serveren ikke oplyser saldoen); UNITS_BY_DATE (par af dato=PU, kommasepareret); READY_DATES (de datoer, der er klar til download). En advarsel nævner hver dato, der ikke er klar, og hvorfor (ikke bestilt, ikke produceret endnu, lagring udløbet, delvis).</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Processing units by date</source>
        <translation>Behandlingsenheder for hver dato</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>Dates ready to download</source>
        <translation>Datoer klar til download</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>The download would be refused: {reason}</source>
        <translation>Downloaden ville blive afvist: {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/estimate.py"/>
        <source>{ready} of {count} date(s) ready to download</source>
        <translation>{ready} af {count} dato(er) klar til download</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Merge downloaded files</source>
        <translation>Flet hentede filer</translation>
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
        <translation>Fletter flere hentede filer (fliser fra én dato, naboområder) til én raster. Giv outputtet endelsen .vrt for en virtuel raster, der laves med det samme (den læser inputfilerne, som skal blive, hvor de er), eller .tif for en Cloud Optimized GeoTIFF (opdelt i fliser, komprimeret, med oversigter; CLOUD_OPTIMIZED slået fra: en almindelig GeoTIFF i fliser, hurtigere at skrive). Andre endelser afvises, før noget læses.</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Nodata never covers data: where files overlap, a nodata pixel (-32768, or a file's own nodata) shows what the other file has. Files in another CRS are reprojected (nearest neighbour, keeping the delivered values) to CRS, by default the first file's CRS, at the finest resolution among the inputs. The files must share one band list (the same bands in the same order); band names and the IMAGE_DATE (when all files share it), MODEL_VERSION and IMAGE_VERSION tags are carried over.</source>
        <translation>Nodata dækker aldrig data: hvor filer overlapper, viser en nodata-pixel (-32768 eller en fils egen nodata), hvad den anden fil har. Filer i et andet koordinatsystem omprojiceres (nærmeste nabo, så de leverede værdier bevares) til CRS, som standard den første fils koordinatsystem, i den fineste opløsning blandt inputtene. Filerne skal dele én båndliste (de samme bånd i samme rækkefølge); båndnavne og mærkerne IMAGE_DATE (når alle filer deler den), MODEL_VERSION og IMAGE_VERSION overføres.</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Files to merge</source>
        <translation>Filer, der skal flettes</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Downloaded GeoTIFFs with the same bands and data type, e.g. the tiles of one date.</source>
        <translation>Hentede GeoTIFF-filer med de samme bånd og samme datatype, f.eks. fliserne fra én dato.</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Target CRS (default: the first file's)</source>
        <translation>Målkoordinatsystem (standard: den første fils)</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>The merged raster's CRS; files in another CRS are reprojected to it. Empty: the first file's CRS.</source>
        <translation>Den flettede rasters koordinatsystem; filer i et andet koordinatsystem omprojiceres til det. Tomt: den første fils koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Merged raster</source>
        <translation>Flettet raster</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>A .vrt (virtual raster reading the inputs) or a .tif (GeoTIFF); other extensions are refused.</source>
        <translation>En .vrt (virtuel raster, der læser inputtene) eller en .tif (GeoTIFF); andre endelser afvises.</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Cloud Optimized GeoTIFF for .tif</source>
        <translation>Cloud Optimized GeoTIFF for .tif</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Write a Cloud Optimized GeoTIFF (with overviews) for .tif outputs; off: a plain tiled GeoTIFF, quicker to write. Ignored for .vrt.</source>
        <translation>Skriv en Cloud Optimized GeoTIFF (med oversigter) for .tif-output; slået fra: en almindelig GeoTIFF i fliser, hurtigere at skrive. Ignoreres for .vrt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>No files to merge: choose downloaded rasters in INPUT.</source>
        <translation>Ingen filer at flette: vælg hentede rastere i INPUT.</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>{count} file(s) into {file}: {width} x {height} pixels of {size:g}, bands {bands}</source>
        <translation>{count} fil(er) til {file}: {width} x {height} pixels på {size:g}, bånd {bands}</translation>
    </message>
    <message>
        <location filename="../processing_provider/merge_rasters.py"/>
        <source>Merged from</source>
        <translation>Flettet fra</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>MODEL: from 'List models' (empty: Stratus2); the model's required constellations are ordered. START_DATE: the order starts on the first of its month. END_DATE: the last date; empty makes the order recurring (renewed and charged every month until cancelled). IMAGE_FREQUENCY: an image every 1 (daily) to 7 (weekly) days, counted from REFERENCE_DATE (empty: the first month). STORAGE_MONTHS: how long the data stay downloadable beyond the included window. API_REQUESTS: downloads per area and date the order includes (one is included; each further download costs processing units).</source>
        <translation>MODEL: fra 'Vis modeller' (tom: Stratus2); modellens påkrævede konstellationer bestilles med. START_DATE: bestillingen starter den første i sin måned. END_DATE: den sidste dato; tom gør bestillingen løbende (fornyes og opkræves hver måned, indtil den annulleres). IMAGE_FREQUENCY: et billede hver 1. (dagligt) til 7. (ugentligt) dag, talt fra REFERENCE_DATE (tom: den første måned). STORAGE_MONTHS: hvor længe data kan hentes ud over det inkluderede tidsvindue. API_REQUESTS: downloads pr. område og dato, som bestillingen inkluderer (én er inkluderet; hver yderligere download koster behandlingsenheder).</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Billed area (km2)</source>
        <translation>Faktureret areal (km2)</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Cost this month (EUR)</source>
        <translation>Pris denne måned (EUR)</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Cost of each further month (EUR; recurring orders)</source>
        <translation>Pris for hver yderligere måned (EUR; løbende bestillinger)</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Image dates (YYYY-MM-DD)</source>
        <translation>Billeddatoer (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order {model} recurring from {start}: {area}, {cost} this month, {recurring} each further month, {count} image date(s).</source>
        <translation>Bestilling {model} løbende fra {start}: {area}, {cost} denne måned, {recurring} hver yderligere måned, {count} billeddato(er).</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order {model} from {start} to {end}: {area}, {cost} this month, {count} image date(s).</source>
        <translation>Bestilling {model} fra {start} til {end}: {area}, {cost} denne måned, {count} billeddato(er).</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>The estimate gave no price, so MAX_EUR cannot be checked: nothing was ordered. Place this order in the dock's Orders section, where the estimate is shown.</source>
        <translation>Overslaget gav ingen pris, så MAX_EUR kan ikke tjekkes: intet blev bestilt. Afgiv denne bestilling i panelets afsnit Bestillinger, hvor overslaget vises.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>The order would cost {cost:g} EUR, more than the maximum of {maximum:g} EUR you set: nothing was ordered. Raise MAX_EUR, or order a smaller area or period.</source>
        <translation>Bestillingen ville koste {cost:g} EUR, mere end det maksimum på {maximum:g} EUR, du har angivet: intet blev bestilt. Hæv MAX_EUR, eller bestil et mindre område eller en kortere periode.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>The order would renew at {cost:g} EUR a month, more than the maximum of {maximum:g} EUR you set: nothing was ordered. Give an END_DATE or raise MAX_EUR.</source>
        <translation>Bestillingen ville fornyes til {cost:g} EUR om måneden, mere end det maksimum på {maximum:g} EUR, du har angivet: intet blev bestilt. Angiv en END_DATE, eller hæv MAX_EUR.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Estimate order</source>
        <translation>Anslå bestilling</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>What ordering imagery of an area and period would cost, and its image dates. Free: nothing is ordered. Estimates assume no change to your other orders this month; the price charged can differ slightly.</source>
        <translation>Hvad det ville koste at bestille billeder af et område og en periode, og dets billeddatoer. Gratis: intet bestilles. Overslag forudsætter, at dine andre bestillinger ikke ændres denne måned; den opkrævede pris kan afvige en smule.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Outputs: AREA_KM2 (billed), COST_EUR (charged when ordering, this month), RECURRING_EUR (each further month of a recurring order), IMAGE_DATES (comma-separated).</source>
        <translation>Output: AREA_KM2 (faktureret), COST_EUR (opkræves ved bestilling, denne måned), RECURRING_EUR (hver yderligere måned af en løbende bestilling), IMAGE_DATES (kommasepareret).</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Place order</source>
        <translation>Afgiv bestilling</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Orders imagery of an area and period: costs euros (your order credits), charged now. The order is estimated first; when its price this month (or, for a recurring order, each month) is above MAX_EUR nothing is sent and the run fails. An order in Review can be cancelled in full ('Cancel order').</source>
        <translation>Bestiller billeder af et område og en periode: koster euro (din bestillingskredit), som opkræves nu. Bestillingen anslås først; når dens pris denne måned (eller, for en løbende bestilling, hver måned) er over MAX_EUR, sendes intet, og kørslen mislykkes. En bestilling under gennemgang kan annulleres helt ('Annullér bestilling').</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Outputs: ORDER_ID (give it to 'Wait for order'), STATUS (Review, Preparing, ...), COST_EUR (the estimated charge). Data appear as the order is produced: 'Wait for order' waits until it can be downloaded.</source>
        <translation>Output: ORDER_ID (giv den til 'Vent på bestilling'), STATUS (Review, Preparing, ...), COST_EUR (den anslåede opkrævning). Data kommer til, efterhånden som bestillingen produceres: 'Vent på bestilling' venter, indtil den kan hentes.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Refuse if the order costs more than (EUR)</source>
        <translation>Afvis, hvis bestillingen koster mere end (EUR)</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>The order is estimated first and refused, with nothing sent, above this.</source>
        <translation>Bestillingen anslås først og afvises over denne grænse, uden at noget sendes.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order id</source>
        <translation>Bestillings-id</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order status</source>
        <translation>Bestillingsstatus</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Cost (EUR)</source>
        <translation>Pris (EUR)</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Cancelled before ordering: nothing was ordered.</source>
        <translation>Annulleret før bestilling: intet blev bestilt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order {order}: {status}</source>
        <translation>Bestilling {order}: {status}</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>List orders</source>
        <translation>Vis bestillinger</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Your key's orders as a polygon layer (EPSG:4326): ORDER_ID, STATUS, MODEL, START_DATE, END_DATE (empty: recurring), IMAGE_FREQUENCY (days between images) and AREA_KM2. Free. Tile orders are drawn as their tiles. INCLUDE_EXPIRED also lists orders whose period and storage have ended.</source>
        <translation>Din nøgles bestillinger som et polygonlag (EPSG:4326): ORDER_ID, STATUS, MODEL, START_DATE, END_DATE (tom: løbende), IMAGE_FREQUENCY (dage mellem billeder) og AREA_KM2. Gratis. Flisebestillinger tegnes som deres fliser. INCLUDE_EXPIRED viser også bestillinger, hvis periode og lagring er udløbet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Status: Review (paid, awaiting review, cancellable), Preparing, AwaitingSatelliteProducts, Processing (production running), Completed (a fixed period fully produced), UpToDate (a recurring order caught up), Canceled.</source>
        <translation>Status: Review (betalt, venter på gennemgang, kan annulleres), Preparing, AwaitingSatelliteProducts, Processing (produktion i gang), Completed (en fast periode færdigproduceret), UpToDate (en løbende bestilling er ajour), Canceled.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Include expired orders</source>
        <translation>Medtag udløbne bestillinger</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Also the orders whose period and storage have ended.</source>
        <translation>Også de bestillinger, hvis periode og lagring er udløbet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>A polygon layer (EPSG:4326) with one feature per order: polygon orders as ordered, tile orders as their tiles.</source>
        <translation>Et polygonlag (EPSG:4326) med ét objekt pr. bestilling: polygonbestillinger som bestilt, flisebestillinger som deres fliser.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>{order}: {status}, {model}, {start} to {end}</source>
        <translation>{order}: {status}, {model}, {start} til {end}</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>{count} order(s)</source>
        <translation>{count} bestilling(er)</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>The order's id (TaskOrderGuid): the ORDER_ID output of 'Place order' or the ORDER_ID field of 'List orders'.</source>
        <translation>Bestillingens id (TaskOrderGuid): outputtet ORDER_ID fra 'Afgiv bestilling' eller feltet ORDER_ID fra 'Vis bestillinger'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>No order id given: use ORDER_ID from 'Place order' or 'List orders'.</source>
        <translation>Intet bestillings-id angivet: brug ORDER_ID fra 'Afgiv bestilling' eller 'Vis bestillinger'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Your key has no order {order}: check the id with 'List orders'.</source>
        <translation>Din nøgle har ingen bestilling {order}: tjek id'et med 'Vis bestillinger'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Cancels an order. An order still in Review is cancelled in full and its euros refunded. A recurring order after Review stops renewing: it runs to the end of the month and what was produced stays downloadable. A fixed-period order after Review cannot be cancelled (production is paid for); the server says so.</source>
        <translation>Annullerer en bestilling. En bestilling, der stadig er under gennemgang, annulleres helt, og beløbet i euro refunderes. En løbende bestilling efter gennemgang holder op med at blive fornyet: den kører til slutningen af måneden, og det producerede kan fortsat hentes. En bestilling med fast periode kan ikke annulleres efter gennemgang (produktionen er betalt); serveren oplyser det.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>STATUS is the order's status afterwards (Canceled, or the running status of a recurring order that will not renew). Cancel before 00:00 UTC on the 1st to avoid the next month's charge.</source>
        <translation>STATUS er bestillingens status bagefter (Canceled eller den kørende status for en løbende bestilling, der ikke fornyes). Annullér før kl. 00:00 UTC den 1. for at undgå næste måneds opkrævning.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order {order} is cancelled.</source>
        <translation>Bestilling {order} er annulleret.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order {order} will not renew; it stays {status} until {end}.</source>
        <translation>Bestilling {order} fornyes ikke; den forbliver {status} indtil {end}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>the end of the month</source>
        <translation>slutningen af måneden</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Wait for order</source>
        <translation>Vent på bestilling</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Waits until an order can be downloaded (status Completed or UpToDate), polling its status, then lists its image dates over the ordered area. Free. Cancel stops the waiting (the order goes on).</source>
        <translation>Venter, indtil en bestilling kan hentes (status Completed eller UpToDate), ved at tjekke dens status, og viser derefter dens billeddatoer over det bestilte område. Gratis. Annullér stopper ventetiden (bestillingen fortsætter).</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>TIMEOUT_MINUTES: give up after this long (the order goes on; run again later). Outputs: STATUS and DATES (the dates fully covered over the order's area, comma-separated YYYY-MM-DD, ready for the DATES of 'Download imagery').</source>
        <translation>TIMEOUT_MINUTES: giv op efter så lang tid (bestillingen fortsætter; kør igen senere). Output: STATUS og DATES (de fuldt dækkede datoer over bestillingens område, kommasepareret ÅÅÅÅ-MM-DD, klar til DATES i 'Hent billeder').</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Give up after (minutes)</source>
        <translation>Giv op efter (minutter)</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Orders usually take hours to days to produce; models that wait need a long timeout or a second run.</source>
        <translation>Bestillinger tager som regel timer til dage at producere; modeller, der venter, kræver en lang tidsgrænse eller en kørsel mere.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Image dates</source>
        <translation>Billeddatoer</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order {order} was cancelled: reorder to get its data.</source>
        <translation>Bestilling {order} blev annulleret: bestil igen for at få dens data.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order {order} is still {status} after {minutes:g} minutes: it goes on; run this again later.</source>
        <translation>Bestilling {order} er stadig {status} efter {minutes:g} minutter: den fortsætter; kør dette igen senere.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Cancelled waiting: the order goes on.</source>
        <translation>Ventetid annulleret: bestillingen fortsætter.</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>{count} date(s) ready over the order's area</source>
        <translation>{count} dato(er) klar over bestillingens område</translation>
    </message>
    <message>
        <location filename="../processing_provider/orders.py"/>
        <source>Order</source>
        <translation>Bestilling</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Area: a polygon layer (AOI; with 'Selected features only' ticked, only those) or an extent (EXTENT). Give one of the two; the AOI wins when both are set.</source>
        <translation>Område: et polygonlag (AOI; med 'Kun valgte objekter' markeret kun dem) eller en udbredelse (EXTENT). Angiv en af de to; AOI vinder, når begge er angivet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Tile and minitile GUIDs: comma-separated, from 'Search tiles' (its TILE_GUIDS and MINITILE_GUIDS outputs) or from an order's details.</source>
        <translation>Flise- og miniflise-GUID'er: kommasepareret, fra 'Søg fliser' (dens output TILE_GUIDS og MINITILE_GUIDS) eller fra en bestillings detaljer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Area: a polygon layer (AOI) or an extent (EXTENT), ordered as drawn; or whole tiles (TILE_GUIDS) and minitiles (MINITILE_GUIDS), which cost 20% and 50% of the polygon price per km2. Give one of the two kinds; the GUIDs win when both are set.</source>
        <translation>Område: et polygonlag (AOI) eller en udbredelse (EXTENT), bestilt som tegnet; eller hele fliser (TILE_GUIDS) og minifliser (MINITILE_GUIDS), der koster 20 % og 50 % af polygonprisen pr. km2. Angiv én af de to slags; GUID'erne vinder, når begge er angivet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Dates: comma-separated YYYY-MM-DD, e.g. 2024-06-01,2024-06-15; in a model, the DATES output of 'Search available dates'.</source>
        <translation>Datoer: kommasepareret ÅÅÅÅ-MM-DD, f.eks. 2024-06-01,2024-06-15; i en model outputtet DATES fra 'Søg tilgængelige datoer'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Off (the default): a download is repeated automatically only when the server certainly did not act on it (no connection made, 429 or 1003: too many requests). After any other failure (a 5xx answer, a broken connection or body, a timeout) the server may have charged it, so the date is reported as failed with what downloading it again costs. On: such a date is downloaded once more at once; that repeat may cost the date's processing units (its estimate) a second time.</source>
        <translation>Fra (standard): en download gentages kun automatisk, når serveren med sikkerhed ikke reagerede på den (ingen forbindelse oprettet, 429 eller 1003: for mange forespørgsler). Efter enhver anden fejl (et 5xx-svar, en afbrudt forbindelse eller overførsel, en tidsudløb) kan serveren have opkrævet den, så datoen meldes som mislykket sammen med, hvad en ny download koster. Til: sådan en dato hentes med det samme én gang til; den gentagelse kan koste datoens behandlingsenheder (dens overslag) en gang til.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Area of interest (polygon layer)</source>
        <translation>Interesseområde (polygonlag)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The union of the layer's polygons (only the selected ones when 'Selected features only' is ticked).</source>
        <translation>Foreningen af lagets polygoner (kun de valgte, når 'Kun valgte objekter' er markeret).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>…or an extent (when no AOI layer)</source>
        <translation>…eller en udbredelse (når der ikke er et AOI-lag)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Used when no AOI layer is given, e.g. 9.50,9.56,55.60,55.63 [EPSG:4326].</source>
        <translation>Bruges, når der ikke er angivet et AOI-lag, f.eks. 9.50,9.56,55.60,55.63 [EPSG:4326].</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The AOI layer has no polygon to use (no features, or none selected): select features or untick 'Selected features only'.</source>
        <translation>AOI-laget har ingen brugbar polygon (ingen objekter eller ingen valgt): vælg objekter, eller fjern markeringen i 'Kun valgte objekter'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Extent</source>
        <translation>Udbredelse</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>No area chosen: give a polygon layer (AOI) or an extent (EXTENT), e.g. EXTENT='9.50,9.56,55.60,55.63 [EPSG:4326]'.</source>
        <translation>Intet område valgt: angiv et polygonlag (AOI) eller en udbredelse (EXTENT), f.eks. EXTENT='9.50,9.56,55.60,55.63 [EPSG:4326]'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The first day searched (inclusive); 30 days ago by default.</source>
        <translation>Den første dag, der søges i (inklusive); som standard for 30 dage siden.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The last day searched (inclusive); today by default.</source>
        <translation>Den sidste dag, der søges i (inklusive); som standard i dag.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Dates (comma-separated YYYY-MM-DD)</source>
        <translation>Datoer (kommasepareret ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>No dates given: list them as YYYY-MM-DD separated by commas, or connect the DATES output of 'Search available dates'.</source>
        <translation>Ingen datoer angivet: skriv dem som ÅÅÅÅ-MM-DD adskilt af kommaer, eller forbind outputtet DATES fra 'Søg tilgængelige datoer'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Resolution (metres per pixel)</source>
        <translation>Opløsning (meter pr. pixel)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Metres per pixel: 10 is the native resolution; coarser pixels make smaller files.</source>
        <translation>Meter pr. pixel: 10 er den oprindelige opløsning; grovere pixels giver mindre filer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Bands: all, rgb, or a list like B4,B3,B2,[B8_B4]</source>
        <translation>Bånd: all, rgb eller en liste som B4,B3,B2,[B8_B4]</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>all (the 10 bands), rgb (B2, B3, B4), or a comma-separated list of bands (B2 ... B12, B8A) and ratios the server computes, such as [B8_B4] (NDVI).</source>
        <translation>all (de 10 bånd), rgb (B2, B3, B4) eller en kommasepareret liste af bånd (B2 ... B12, B8A) og forhold, som serveren beregner, f.eks. [B8_B4] (NDVI).</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Output CRS (default: the AOI's UTM zone)</source>
        <translation>Koordinatsystem til output (standard: AOI'ets UTM-zone)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>An EPSG CRS for the files. Empty: the UTM zone of the area, or the server's automatic UTM (EPSG 47000) when there is no area.</source>
        <translation>Et EPSG-koordinatsystem til filerne. Tomt: områdets UTM-zone eller serverens automatiske UTM (EPSG 47000), når der ikke er et område.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>intersect (the default): every pixel touching the area; contained: only the pixels lying fully inside it.</source>
        <translation>intersect (standard): hver pixel, der rører området; contained: kun de pixels, der ligger helt inden for det.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The output CRS {crs} has no EPSG code, which the server needs: choose an EPSG CRS such as a UTM zone.</source>
        <translation>Koordinatsystemet til output {crs} har ingen EPSG-kode, som serveren kræver: vælg et EPSG-koordinatsystem, f.eks. en UTM-zone.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Refuse if {what} would cost more processing units than</source>
        <translation>Afvis, hvis {what} ville koste flere behandlingsenheder end</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Processing units (formerly credits): nothing is bought when the estimate is above this. Empty: no maximum.</source>
        <translation>Behandlingsenheder (tidligere credits): intet købes, når overslaget er over dette. Tomt: intet maksimum.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Output folder</source>
        <translation>Outputmappe</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Where the files go (created when missing). A file already downloaded there with the same settings is reused for free.</source>
        <translation>Hvor filerne lægges (oprettes, hvis den mangler). En fil, der allerede er hentet dertil med samme indstillinger, genbruges gratis.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The output folder {folder} cannot be created ({reason}): choose another.</source>
        <translation>Outputmappen {folder} kan ikke oprettes ({reason}): vælg en anden.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Model (empty: Stratus2)</source>
        <translation>Model (tom: Stratus2)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The ClearSKY model, as 'List models' names it (Stratus2, Stratus2Fast, ...); its required satellite constellations are looked up on the server.</source>
        <translation>ClearSKY-modellen, som 'Vis modeller' navngiver den (Stratus2, Stratus2Fast, ...); dens påkrævede satellitkonstellationer slås op på serveren.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Unknown model '{model}': the server offers {known}.</source>
        <translation>Ukendt model '{model}': serveren tilbyder {known}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Accept partial images (nodata where a zone lacks the date)</source>
        <translation>Tillad delvise billeder (nodata, hvor en zone mangler datoen)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Off (the default): a date some zone under the area lacks is refused. On: the file holds what exists and nodata elsewhere.</source>
        <translation>Fra (standard): en dato, som en zone under området mangler, afvises. Til: filen indeholder det, der findes, og nodata ellers.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Repeat a download that may have been charged (may cost it twice)</source>
        <translation>Gentag en download, der kan være opkrævet (kan koste dobbelt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Tile GUIDs (comma-separated)</source>
        <translation>Flise-GUID'er (kommasepareret)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Tiles (5120 x 5120 px, about 51 km square) by GUID: the TILE_GUIDS output of 'Search tiles', or an order's details.</source>
        <translation>Fliser (5120 x 5120 px, omkring 51 km i kvadrat) efter GUID: outputtet TILE_GUIDS fra 'Søg fliser' eller en bestillings detaljer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Minitile GUIDs (comma-separated)</source>
        <translation>Miniflise-GUID'er (kommasepareret)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Minitiles (320 x 320 px, about 3.2 km square) by GUID: the MINITILE_GUIDS output of 'Search tiles' (with MINITILES ticked), or an order's details.</source>
        <translation>Minifliser (320 x 320 px, omkring 3,2 km i kvadrat) efter GUID: outputtet MINITILE_GUIDS fra 'Søg fliser' (med MINITILES markeret) eller en bestillings detaljer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The model to order, as 'List models' names it (empty: Stratus2); its required satellite constellations are ordered with it.</source>
        <translation>Modellen, der skal bestilles, som 'Vis modeller' navngiver den (tom: Stratus2); dens påkrævede satellitkonstellationer bestilles med.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>The order starts on the first day of this date's month.</source>
        <translation>Bestillingen starter den første dag i denne datos måned.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Last date (empty: recurring, renewed monthly)</source>
        <translation>Sidste dato (tom: løbende, fornyes månedligt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Empty: a recurring order, renewed (and charged) every month until cancelled.</source>
        <translation>Tom: en løbende bestilling, der fornyes (og opkræves) hver måned, indtil den annulleres.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Days between images (1 daily .. 7 weekly)</source>
        <translation>Dage mellem billeder (1 dagligt .. 7 ugentligt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>An image every N days, counted from the reference date.</source>
        <translation>Et billede hver N. dag, talt fra referencedatoen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Reference date of the image cadence (empty: the first month)</source>
        <translation>Referencedato for billedintervallet (tom: den første måned)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Image dates fall every N days from this date; keep it the same across orders.</source>
        <translation>Billeddatoer falder hver N. dag fra denne dato; hold den ens på tværs af bestillinger.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>How long the data stay downloadable beyond the included window.</source>
        <translation>Hvor længe data kan hentes ud over det inkluderede tidsvindue.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>Downloads included per date (API requests)</source>
        <translation>Inkluderede downloads pr. dato (API-forespørgsler)</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>How many downloads per area and month the order includes.</source>
        <translation>Hvor mange downloads pr. område og måned bestillingen inkluderer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py"/>
        <source>not reported</source>
        <translation>ikke oplyst</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>Search available dates</source>
        <translation>Søg tilgængelige datoer</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>Lists the dates your orders give you over the area between the start and end dates (inclusive). Free. Only ordered areas have dates: an area outside your orders gets none (order it with 'Place order', or in the dock's Orders section).</source>
        <translation>Viser de datoer, dine bestillinger giver dig over området mellem start- og slutdato (inklusive). Gratis. Kun bestilte områder har datoer: et område uden for dine bestillinger får ingen (bestil det med 'Afgiv bestilling' eller i panelets afsnit Bestillinger).</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>OUTPUT is a table with one row per date and model: date, coverage (full: every zone under the area has the date; partial: some zones lack it and their part of a download would be nodata), zones_missing, zones_total, model and constellations.</source>
        <translation>OUTPUT er en tabel med én række pr. dato og model: date, coverage (full: hver zone under området har datoen; partial: nogle zoner mangler den, og deres del af en download ville være nodata), zones_missing, zones_total, model og constellations.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>DATES holds the fully covered dates as comma-separated YYYY-MM-DD, ready to feed the DATES parameter of 'Download imagery' or 'Estimate cost' in a model.</source>
        <translation>DATES indeholder de fuldt dækkede datoer som kommasepareret ÅÅÅÅ-MM-DD, klar til parameteren DATES i 'Hent billeder' eller 'Anslå pris' i en model.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>MODEL (advanced, optional): only the dates of this model's orders.</source>
        <translation>MODEL (avanceret, valgfri): kun datoerne fra denne models bestillinger.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>Only dates of orders for this model (empty: every model).</source>
        <translation>Kun datoer fra bestillinger af denne model (tom: alle modeller).</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>Available dates</source>
        <translation>Tilgængelige datoer</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>A table with one row per date and model: date, coverage, zones_missing, zones_total, model, constellations.</source>
        <translation>En tabel med én række pr. dato og model: date, coverage, zones_missing, zones_total, model, constellations.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>Fully covered dates</source>
        <translation>Fuldt dækkede datoer</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>Searching {start} to {end} over {area:.2f} km2</source>
        <translation>Søger fra {start} til {end} over {area:.2f} km2</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_dates.py"/>
        <source>{count} date(s), {full} fully covered</source>
        <translation>{count} dato(er), {full} fuldt dækket</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>Search tiles</source>
        <translation>Søg fliser</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>The fixed grid tiles (5120 x 5120 px, about 51 km square) over the area and, with MINITILES, the minitiles (320 x 320 px, about 3.2 km square) inside them. Free.</source>
        <translation>De faste gitterfliser (5120 x 5120 px, omkring 51 km i kvadrat) over området og, med MINITILES, minifliserne (320 x 320 px, omkring 3,2 km i kvadrat) inden i dem. Gratis.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>OUTPUT is a polygon layer (EPSG:4326) with GUID, MINITILE (true for a minitile) and EPSG (the UTM zone the data are stored in). TILE_GUIDS and MINITILE_GUIDS list the GUIDs comma-separated, for the TILE_GUIDS/MINITILE_GUIDS of 'Estimate order', 'Place order' and 'Download tiles'. A tile order costs 20% and a minitile order 50% of the polygon price per km2: tiles pay off when you need more than 40% of one.</source>
        <translation>OUTPUT er et polygonlag (EPSG:4326) med GUID, MINITILE (sand for en miniflise) og EPSG (den UTM-zone, data er gemt i). TILE_GUIDS og MINITILE_GUIDS viser GUID'erne kommasepareret, til TILE_GUIDS/MINITILE_GUIDS i 'Anslå bestilling', 'Afgiv bestilling' og 'Hent fliser'. En flisebestilling koster 20 % og en miniflisebestilling 50 % af polygonprisen pr. km2: fliser kan betale sig, når du har brug for mere end 40 % af en.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>Also list minitiles</source>
        <translation>Vis også minifliser</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>Also the minitiles that intersect the area (many: 256 per tile).</source>
        <translation>Også de minifliser, der skærer området (mange: 256 pr. flise).</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>A polygon layer (EPSG:4326) of the tiles (and minitiles): GUID, MINITILE, EPSG.</source>
        <translation>Et polygonlag (EPSG:4326) med fliserne (og minifliserne): GUID, MINITILE, EPSG.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>Tile GUIDs</source>
        <translation>Flise-GUID'er</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>Minitile GUIDs</source>
        <translation>Miniflise-GUID'er</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_tiles.py"/>
        <source>{tiles} tile(s), {minitiles} minitile(s)</source>
        <translation>{tiles} flise(r), {minitiles} miniflise(r)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Mean over valid pixels</source>
        <translation>Middelværdi over gyldige pixels</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Minimum over valid pixels</source>
        <translation>Minimum over gyldige pixels</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Maximum over valid pixels</source>
        <translation>Maksimum over gyldige pixels</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>{custom}: the band math in EXPRESSION, e.g. (B8 - B4) / (B8 + B4 + 0.5), or nd(B8, B5) for the normalized difference of any two bands. Band math knows band names (B2 ... B12, B8A), index bands like [B8_B4], numbers, + - * / ^ ( ) and abs, sqrt, log, exp, min, max, nd.</source>
        <translation>{custom}: båndberegningen i EXPRESSION, f.eks. (B8 - B4) / (B8 + B4 + 0.5), eller nd(B8, B5) for den normaliserede differens af to vilkårlige bånd. Båndberegning kender båndnavne (B2 ... B12, B8A), indeksbånd som [B8_B4], tal, + - * / ^ ( ) og abs, sqrt, log, exp, min, max, nd.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Bands are found by name in any ClearSKY Vision file (all bands, rgb or a custom list); reflectance is divided by 10000 and server-computed index bands by 32767. A pixel is nodata (-9999) where an input band is nodata or the result is undefined (division by zero). The file is processed block by block, so memory stays small whatever its size. Output: float32 GeoTIFF, styled on load with a diverging ramp suited to the index, on the source's date.</source>
        <translation>Bånd findes efter navn i enhver ClearSKY Vision-fil (alle bånd, rgb eller en egen liste); reflektans divideres med 10000 og serverberegnede indeksbånd med 32767. En pixel er nodata (-9999), hvor et inputbånd er nodata, eller resultatet er udefineret (division med nul). Filen behandles blok for blok, så hukommelsesforbruget forbliver lille uanset dens størrelse. Output: float32-GeoTIFF, som ved indlæsning får et divergerende farveforløb tilpasset indekset, på kildens dato.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>INDEX is one of:</source>
        <translation>INDEX er et af:</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>References:</source>
        <translation>Referencer:</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>A spectral index of the catalogue (the algorithm's help lists each formula and its reference), or {custom} for the band math in EXPRESSION.</source>
        <translation>Et spektralindeks fra kataloget (algoritmens hjælp viser hver formel og dens reference) eller {custom} for båndberegningen i EXPRESSION.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Band math (for {custom}), e.g. (B8 - B4) / (B8 + B4)</source>
        <translation>Båndberegning (for {custom}), f.eks. (B8 - B4) / (B8 + B4)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Used only when INDEX is {custom}: band names (B2 ... B12, B8A), index bands like [B8_B4], numbers, + - * / ^ ( ) and abs, sqrt, log, exp, min, max, nd.</source>
        <translation>Bruges kun, når INDEX er {custom}: båndnavne (B2 ... B12, B8A), indeksbånd som [B8_B4], tal, + - * / ^ ( ) og abs, sqrt, log, exp, min, max, nd.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>INDEX is {custom}: write the band math in EXPRESSION, e.g. (B8 - B4) / (B8 + B4).</source>
        <translation>INDEX er {custom}: skriv båndberegningen i EXPRESSION, f.eks. (B8 - B4) / (B8 + B4).</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>EXPRESSION is ignored: it is used only when INDEX is {custom}.</source>
        <translation>EXPRESSION ignoreres: den bruges kun, når INDEX er {custom}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>The input</source>
        <translation>Inputtet</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>{layer} is not a raster file: choose a downloaded GeoTIFF.</source>
        <translation>{layer} er ikke en rasterfil: vælg en hentet GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Spectral index</source>
        <translation>Spektralindeks</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Computes a spectral index of one downloaded file.</source>
        <translation>Beregner et spektralindeks for én hentet fil.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Downloaded file</source>
        <translation>Hentet fil</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>A GeoTIFF downloaded from ClearSKY Vision (its bands are found by name).</source>
        <translation>En GeoTIFF hentet fra ClearSKY Vision (dens bånd findes efter navn).</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>The index as a float32 GeoTIFF (.tif), nodata -9999.</source>
        <translation>Indekset som en float32-GeoTIFF (.tif), nodata -9999.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>The index is written as GeoTIFF: name the output {name}.tif.</source>
        <translation>Indekset skrives som GeoTIFF: kald outputtet {name}.tif.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>{asked} is open in another program (QGIS keeps the files of its layers open), so the result was written beside it as {written}.</source>
        <translation>{asked} er åben i et andet program (QGIS holder filerne for sine lag åbne), så resultatet blev skrevet ved siden af som {written}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Spectral index of several files</source>
        <translation>Spektralindeks for flere filer</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Computes the same spectral index of several downloaded files (e.g. every date of 'Download imagery', in a model) into the output folder, as &lt;file name&gt;_&lt;INDEX&gt;.tif. A file that fails is reported and the others go on.</source>
        <translation>Beregner det samme spektralindeks for flere hentede filer (f.eks. hver dato fra 'Hent billeder' i en model) til outputmappen som &lt;filnavn&gt;_&lt;INDEX&gt;.tif. En fil, der mislykkes, meldes, og de andre fortsætter.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>GeoTIFFs downloaded from ClearSKY Vision, e.g. the OUTPUT_LAYERS of a download.</source>
        <translation>GeoTIFF-filer hentet fra ClearSKY Vision, f.eks. OUTPUT_LAYERS fra en download.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Where the index files go (created when missing), named &lt;file name&gt;_&lt;INDEX&gt;.tif; an existing file of that name is replaced.</source>
        <translation>Hvor indeksfilerne lægges (oprettes, hvis den mangler), navngivet &lt;filnavn&gt;_&lt;INDEX&gt;.tif; en eksisterende fil med det navn erstattes.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>Index files</source>
        <translation>Indeksfiler</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>No input files: choose downloaded rasters in INPUT_LAYERS.</source>
        <translation>Ingen inputfiler: vælg hentede rastere i INPUT_LAYERS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>No file could be indexed. {error}</source>
        <translation>Ingen fil kunne indekseres. {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>{file}: no valid pixel (every pixel is nodata)</source>
        <translation>{file}: ingen gyldig pixel (hver pixel er nodata)</translation>
    </message>
    <message>
        <location filename="../processing_provider/spectral_index.py"/>
        <source>{file}: {count} valid pixels, mean {mean:.4f}, min {minimum:.4f}, max {maximum:.4f}</source>
        <translation>{file}: {count} gyldige pixels, middel {mean:.4f}, min {minimum:.4f}, maks {maximum:.4f}</translation>
    </message>
    <message>
        <location filename="../processing_provider/tasking_models.py"/>
        <source>List models</source>
        <translation>Vis modeller</translation>
    </message>
    <message>
        <location filename="../processing_provider/tasking_models.py"/>
        <source>The processing models your key can order and download (Stratus2, Stratus2Fast, ...) with the satellite constellations each requires and those it accepts as optional extras. Free.</source>
        <translation>De behandlingsmodeller, din nøgle kan bestille og hente (Stratus2, Stratus2Fast, ...), med de satellitkonstellationer, hver kræver, og dem, den accepterer som valgfrie tilføjelser. Gratis.</translation>
    </message>
    <message>
        <location filename="../processing_provider/tasking_models.py"/>
        <source>OUTPUT is a table: MODEL, CONSTELLATIONS (required, comma-separated) and OPTIONAL_CONSTELLATIONS. MODELS lists the model names, comma-separated: use one as the MODEL of 'Estimate order', 'Place order', 'Download imagery' or 'Download tiles'.</source>
        <translation>OUTPUT er en tabel: MODEL, CONSTELLATIONS (påkrævet, kommasepareret) og OPTIONAL_CONSTELLATIONS. MODELS viser modelnavnene kommasepareret: brug et som MODEL i 'Anslå bestilling', 'Afgiv bestilling', 'Hent billeder' eller 'Hent fliser'.</translation>
    </message>
    <message>
        <location filename="../processing_provider/tasking_models.py"/>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <location filename="../processing_provider/tasking_models.py"/>
        <source>A table with one row per model: MODEL, CONSTELLATIONS (required) and OPTIONAL_CONSTELLATIONS.</source>
        <translation>En tabel med én række pr. model: MODEL, CONSTELLATIONS (påkrævet) og OPTIONAL_CONSTELLATIONS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/tasking_models.py"/>
        <source>Model names</source>
        <translation>Modelnavne</translation>
    </message>
    <message>
        <location filename="../processing_provider/tasking_models.py"/>
        <source>{model}: {required} (optional: {optional})</source>
        <translation>{model}: {required} (valgfri: {optional})</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Time series</source>
        <translation>Tidsserie</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>A spectral index over every date of the downloaded files: the pixel under each point, or a statistic of the pixels whose centre lies inside each polygon (the rule of QGIS's zonal statistics). Only the pixels needed are read, never whole files, so a long series of large tiles takes seconds.

The values are those the 'Spectral index' algorithm writes (reflectance scaled by the file's own offset and quantification, float32). A date where the pixel is nodata, or the place is outside every file of that date, has no value (NULL): a gap. Files of the same date (neighbouring tiles) count as one date.

Output: a table with one row per feature and date: feature_id, date, value and pixels (how many pixels the value comes from).</source>
        <translation>Et spektralindeks over hver dato i de hentede filer: pixlen under hvert punkt eller en statistik over de pixels, hvis centrum ligger inden for hver polygon (reglen fra QGIS' zonestatistik). Kun de nødvendige pixels læses, aldrig hele filer, så en lang serie af store fliser tager sekunder.

Værdierne er dem, algoritmen 'Spektralindeks' skriver (reflektans skaleret med filens egen offset og kvantificering, float32). En dato, hvor pixlen er nodata, eller stedet ligger uden for alle filer fra den dato, har ingen værdi (NULL): et hul. Filer fra samme dato (nabofliser) tæller som én dato.

Output: en tabel med én række pr. objekt og dato: feature_id, date, value og pixels (hvor mange pixels værdien stammer fra).</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>ClearSKY Vision downloads of any dates (in a model, the OUTPUT_LAYERS of 'Download imagery'). Each file's date comes from the record beside it, its IMAGE_DATE tag, or a date in its name.</source>
        <translation>ClearSKY Vision-downloads fra vilkårlige datoer (i en model OUTPUT_LAYERS fra 'Hent billeder'). Hver fils dato kommer fra registreringen ved siden af, dens IMAGE_DATE-mærke eller en dato i dens navn.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>…or a folder of downloads</source>
        <translation>…eller en mappe med downloads</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Every dated download (GeoTIFF) in this folder; index files and files without a date are passed over. Added to the files above when both are set.</source>
        <translation>Hver dateret download (GeoTIFF) i denne mappe; indeksfiler og filer uden dato springes over. Føjes til filerne ovenfor, når begge er angivet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>The spectral index: {indices}.</source>
        <translation>Spektralindekset: {indices}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Band math (replaces the index when set)</source>
        <translation>Båndberegning (erstatter indekset, når den er angivet)</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Your own formula over band names, e.g. (B8 - B4) / (B8 + B4 + 0.5) or nd(B8, B5); functions abs, sqrt, log, exp, min, max, nd; ^ is power.</source>
        <translation>Din egen formel med båndnavne, f.eks. (B8 - B4) / (B8 + B4 + 0.5) eller nd(B8, B5); funktionerne abs, sqrt, log, exp, min, max, nd; ^ er potens.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Points or polygons</source>
        <translation>Punkter eller polygoner</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>A point layer (the index of the pixel under each point) or a polygon layer (the statistic over each polygon). Any CRS: each place is transformed to each file's CRS.</source>
        <translation>Et punktlag (indekset for pixlen under hvert punkt) eller et polygonlag (statistikken over hver polygon). Vilkårligt koordinatsystem: hvert sted transformeres til hver fils koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Statistic over a polygon</source>
        <translation>Statistik over en polygon</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>For polygons: mean, median, min, max or count (of valid pixels) of the pixels whose centre lies inside. Nodata pixels are left out. Not used for points.</source>
        <translation>For polygoner: mean, median, min, max eller count (af gyldige pixels) for de pixels, hvis centrum ligger indenfor. Nodata-pixels udelades. Bruges ikke for punkter.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>A table: feature_id, date, value (NULL for a gap) and pixels.</source>
        <translation>En tabel: feature_id, date, value (NULL for et hul) og pixels.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>{index} over {dates} dates ({files} files), {what}</source>
        <translation>{index} over {dates} datoer ({files} filer), {what}</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>at each point</source>
        <translation>ved hvert punkt</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>{folder} holds no dated download.</source>
        <translation>{folder} indeholder ingen dateret download.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>No downloaded files: choose them in INPUT or give a FOLDER of downloads.</source>
        <translation>Ingen hentede filer: vælg dem i INPUT, eller angiv en FOLDER med downloads.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Feature {id} has no geometry: left out.</source>
        <translation>Objekt {id} har ingen geometri: udeladt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries.py"/>
        <source>Feature {id} has several points: its first one is used.</source>
        <translation>Objekt {id} har flere punkter: det første bruges.</translation>
    </message>
    <message>
        <location filename="../plugin.py"/>
        <source>Cloudless Sentinel-2 from ClearSKY Vision</source>
        <translation>Skyfri Sentinel-2 fra ClearSKY Vision</translation>
    </message>
    <message>
        <location filename="../plugin.py"/>
        <source>Time series…</source>
        <translation>Tidsserie…</translation>
    </message>
    <message>
        <location filename="../plugin.py"/>
        <source>Chart an index over the downloaded dates at a pixel or over a polygon</source>
        <translation>Vis et indeks over de hentede datoer i et diagram, for en pixel eller over en polygon</translation>
    </message>
</context>
</TS>
