<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Alert</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>%1 cooling</source>
        <translation>%1 im Cooldown</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>±%1 pp</source>
        <translation>±%1 pp</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>p95 latency</source>
        <translation>p95-Latenz</translation>
    </message>
    <message>
        <source>error rate (other than 429)</source>
        <translation>Fehlerrate (ohne 429)</translation>
    </message>
    <message>
        <source>rate limits (429)</source>
        <translation>Ratenlimits (429)</translation>
    </message>
    <message>
        <source>every deployment cooling</source>
        <translation>alle Bereitstellungen im Cooldown</translation>
    </message>
    <message>
        <source>traffic split drift</source>
        <translation>Abweichung der Verkehrsaufteilung</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message>
        <source>cannot read the alert history: %1</source>
        <translation>Alarmverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the alert history</source>
        <translation>Alarmverlauf</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Operations console for LLM routing layers</source>
        <translation>Betriebskonsole für LLM-Routing-Schichten</translation>
    </message>
    <message>
        <source>LiteLLM config file to open</source>
        <translation>Zu öffnende LiteLLM-Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Start the local demo: routedeck-sim and Prometheus on this machine.</source>
        <translation>Die lokale Demo starten: routedeck-sim und Prometheus auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Demo incident scenario (%1, or none).</source>
        <translation>Störungsszenario der Demo (%1 oder none).</translation>
    </message>
    <message>
        <source>Demo load in calls per second (default 40).</source>
        <translation>Last der Demo in Aufrufen pro Sekunde (Vorgabe 40).</translation>
    </message>
    <message>
        <source>Connect with this connection profile.</source>
        <translation>Mit diesem Verbindungsprofil verbinden.</translation>
    </message>
    <message>
        <source>Write a PNG of the window to FILE and exit (see --after).</source>
        <translation>Ein PNG des Fensters nach FILE schreiben und beenden (siehe --after).</translation>
    </message>
    <message>
        <source>Seconds before the screenshot (default 2).</source>
        <translation>Sekunden bis zum Bildschirmfoto (Vorgabe 2).</translation>
    </message>
    <message>
        <source>Page to show: overview, traffic, latency, outcomes, cooldowns, health, rebalance, changes, alerts, cost, config.</source>
        <translation>Anzuzeigende Seite: overview, traffic, latency, outcomes, cooldowns, health, rebalance, changes, alerts, cost, config.</translation>
    </message>
    <message>
        <source>Replay this past moment: every live page shows the state then (ISO 8601 as in an alert&apos;s link, or -15m).</source>
        <translation>Diesen vergangenen Zeitpunkt wiedergeben: jede Live-Seite zeigt den damaligen Zustand (ISO 8601 wie im Link eines Alarms, oder -15m).</translation>
    </message>
    <message>
        <source>Refresh live data every SECONDS (1, 2, 5, 10, 30, 60 or 300).</source>
        <translation>Live-Daten alle SECONDS Sekunden aktualisieren (1, 2, 5, 10, 30, 60 oder 300).</translation>
    </message>
</context>
<context>
    <name>CommandRun</name>
    <message>
        <source>could not be started: %1</source>
        <translation>konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>timed out after %1 s and was killed</source>
        <translation>lief nach %1 s in die Zeitgrenze und wurde beendet</translation>
    </message>
    <message>
        <source>exited with %1 after %2 s</source>
        <translation>endete mit %1 nach %2 s</translation>
    </message>
</context>
<context>
    <name>CooldownTimeline</name>
    <message>
        <source>429 rate limit</source>
        <translation>429 Ratenlimit</translation>
    </message>
    <message>
        <source>401/403/404 auth or model</source>
        <translation>401/403/404 Authentifizierung oder Modell</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx Serverfehler</translation>
    </message>
    <message>
        <source>failure rate (other status)</source>
        <translation>Fehlerrate (anderer Status)</translation>
    </message>
    <message>
        <source>reason unknown</source>
        <translation>Grund unbekannt</translation>
    </message>
</context>
<context>
    <name>CostPage</name>
    <message numerus="yes">
        <source>Other (%n more)</source>
        <translation>
            <numerusform>Sonstige (%n weitere)</numerusform>
            <numerusform>Sonstige (%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Could not render the chart (is it visible?)</source>
        <translation>Das Diagramm konnte nicht gerendert werden (ist es sichtbar?)</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder exists and is writable</source>
        <translation>%1 konnte nicht geschrieben werden: prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Copy PromQL</source>
        <translation>PromQL kopieren</translation>
    </message>
    <message>
        <source>No query behind this chart yet</source>
        <translation>Hinter diesem Diagramm steht noch keine Abfrage</translation>
    </message>
</context>
<context>
    <name>QueryCatalog</name>
    <message>
        <source>cannot open query catalog: %1</source>
        <translation>Abfragekatalog kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>query catalog is empty</source>
        <translation>Abfragekatalog ist leer</translation>
    </message>
    <message>
        <source>query catalog has no &apos;%1&apos; query</source>
        <translation>Abfragekatalog hat keine Abfrage &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cost_dimensions: &apos;%1&apos; is not a label name; it is ignored</source>
        <translation>cost_dimensions: &apos;%1&apos; ist kein Label-Name; wird ignoriert</translation>
    </message>
</context>
<context>
    <name>RouteDeck</name>
    <message>
        <source>profile &apos;%1&apos;: environment variable %2 is not set; connecting without it</source>
        <translation>Profil &apos;%1&apos;: Umgebungsvariable %2 ist nicht gesetzt; Verbindung wird ohne sie hergestellt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object of deployment id to weight</source>
        <translation>&apos;%1&apos; muss ein Objekt sein, das Bereitstellungs-IDs auf Gewichte abbildet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has weight %2 for &apos;%3&apos;; weights are numbers of 0 or more, or null</source>
        <translation>&apos;%1&apos; hat für &apos;%3&apos; als Gewicht %2; Gewichte sind Zahlen ab 0 oder null</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> seit %1</translation>
    </message>
    <message>
        <source>%1 stale since %2 (last good data %3): %4</source>
        <translation>%1 veraltet seit %2 (letzte gültige Daten %3): %4</translation>
    </message>
    <message>
        <source>%1 unreachable: %2 (last good data %3)</source>
        <translation>%1 nicht erreichbar: %2 (letzte gültige Daten %3)</translation>
    </message>
    <message>
        <source>%1 unreachable: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>#%1 of &apos;%2&apos; (%3)</source>
        <translation>#%1 von &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <source>%1 answered with an empty body</source>
        <translation>%1 antwortete mit einem leeren Body</translation>
    </message>
    <message>
        <source>%1 answered with an HTML page, not JSON: is this a LiteLLM proxy, or a login page in between?</source>
        <translation>%1 antwortete mit einer HTML-Seite statt JSON: ist das ein LiteLLM-Proxy, oder steht eine Anmeldeseite dazwischen?</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>give the scrape job &quot;authorization: {credentials: &lt;master key&gt;}&quot;, or set litellm_settings.require_auth_for_metrics_endpoint: false on the router.</source>
        <translation>geben Sie dem Scrape-Job &quot;authorization: {credentials: &lt;master key&gt;}&quot;, oder setzen Sie am Router litellm_settings.require_auth_for_metrics_endpoint: false.</translation>
    </message>
    <message>
        <source>Since LiteLLM 1.84 /metrics needs the master key: %1</source>
        <translation>Seit LiteLLM 1.84 braucht /metrics den Master-Key: %1</translation>
    </message>
    <message>
        <source>The router runs LiteLLM %1, whose /metrics needs the master key by default: %2</source>
        <translation>Der Router läuft mit LiteLLM %1, dessen /metrics standardmäßig den Master-Key braucht: %2</translation>
    </message>
    <message>
        <source>The router runs LiteLLM %1, whose /metrics is open unless litellm_settings.require_auth_for_metrics_endpoint is true, as it seems to be here: %2</source>
        <translation>Der Router läuft mit LiteLLM %1, dessen /metrics offen ist, außer wenn litellm_settings.require_auth_for_metrics_endpoint true ist, wie es hier der Fall zu sein scheint: %2</translation>
    </message>
    <message>
        <source>weight %1 for deployment &apos;%2&apos; is not allowed: a weight must be a finite number, 0 or more</source>
        <translation>Gewicht %1 für Bereitstellung &apos;%2&apos; ist nicht erlaubt: ein Gewicht muss eine endliche Zahl sein, 0 oder mehr</translation>
    </message>
    <message>
        <source>no deployment has the id &apos;%1&apos;</source>
        <translation>keine Bereitstellung hat die ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>model_list is not a list written in this file (an alias or merge?); change the weights by hand</source>
        <translation>model_list ist keine in dieser Datei ausgeschriebene Liste (ein Alias oder Merge?); ändern Sie die Gewichte von Hand</translation>
    </message>
    <message>
        <source>two weight changes overlap in the text; change the weights one at a time</source>
        <translation>zwei Gewichtsänderungen überlappen sich im Text; ändern Sie die Gewichte einzeln</translation>
    </message>
    <message>
        <source>the edited text would give deployment &apos;%1&apos; weight %2 instead of %3; the file was not changed, change the weight by hand</source>
        <translation>der bearbeitete Text ergäbe für Bereitstellung &apos;%1&apos; das Gewicht %2 statt %3; die Datei wurde nicht geändert, ändern Sie das Gewicht von Hand</translation>
    </message>
    <message>
        <source>the weight change would change more than weights; the file was not changed, change it by hand</source>
        <translation>die Gewichtsänderung würde mehr als nur Gewichte ändern; die Datei wurde nicht geändert, ändern Sie sie von Hand</translation>
    </message>
    <message>
        <source>%1 answered with invalid JSON: %2</source>
        <translation>%1 antwortete mit ungültigem JSON: %2</translation>
    </message>
    <message>
        <source>%1 answered with invalid JSON at byte %2 of %3: %4</source>
        <translation>%1 antwortete mit ungültigem JSON bei Byte %2 von %3: %4</translation>
    </message>
    <message>
        <source>p95 %1%2 on %3 (limit %4), %5</source>
        <translation>p95 %1%2 bei %3 (Grenzwert %4), %5</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>mindestens </translation>
    </message>
    <message>
        <source>%1 of calls (limit %2), %3</source>
        <translation>%1 der Aufrufe (Grenzwert %2), %3</translation>
    </message>
    <message>
        <source>%1 out of rotation after 429s: %2 of the configured traffic (limit %3)</source>
        <translation>%1 nach 429-Antworten aus der Rotation genommen: %2 des konfigurierten Verkehrs (Grenzwert %3)</translation>
    </message>
    <message>
        <source>%1 of %2 deployments cooling</source>
        <translation>%1 von %2 Bereitstellungen im Cooldown</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus: %1</translation>
    </message>
    <message>
        <source>router: %1</source>
        <translation>Router: %1</translation>
    </message>
    <message>
        <source>Prometheus has no request series for %1 in the last %2</source>
        <translation>Prometheus hat für %1 in den letzten %2 keine Anfrage-Serien</translation>
    </message>
    <message>
        <source>all groups</source>
        <translation>alle Gruppen</translation>
    </message>
    <message>
        <source>%n more</source>
        <translation>%n weitere</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation>%1 (Grenzwert %2)</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>peak %1</source>
        <translation>Spitze %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Firing since %1</source>
        <translation>Aktiv seit %1</translation>
    </message>
    <message>
        <source>Resolved at %1</source>
        <translation>Behoben am %1</translation>
    </message>
    <message>
        <source>Resolved at %1, after %2</source>
        <translation>Behoben am %1, nach %2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>RouteDeck</source>
        <translation>RouteDeck</translation>
    </message>
    <message>
        <source>RouteDeck, profile %1</source>
        <translation>RouteDeck, Profil %1</translation>
    </message>
    <message>
        <source>Firing messages held back by the notification rate limit since the last one: %1.</source>
        <translation>Seit der letzten Meldung vom Ratenlimit für Benachrichtigungen zurückgehaltene Alarmmeldungen: %1.</translation>
    </message>
    <message>
        <source>the profiles file has a YAML error at line %1: %2; fix it first, nothing was written</source>
        <translation>die Profildatei hat in Zeile %1 einen YAML-Fehler: %2; beheben Sie ihn zuerst, es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was written anew: its layout left no safe place to edit, so its comments are gone.</source>
        <translation>%1 wurde neu geschrieben: Der Aufbau der Datei bot keine sichere Stelle zum Bearbeiten, daher sind ihre Kommentare verloren.</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is %2; it must be a whole number from 0 to %3</source>
        <translation>%1 ist %2; es muss eine ganze Zahl von 0 bis %3 sein</translation>
    </message>
</context>
<context>
    <name>RouteDeck::AlertPolicyCodec</name>
    <message>
        <source>alerts.webhook_url_env does not hold an environment variable name (it looks like a secret itself; it is not shown, and not used). Put the webhook URL in an environment variable and give that variable&apos;s name, like ROUTEDECK_SLACK_WEBHOOK</source>
        <translation>alerts.webhook_url_env enthält keinen Namen einer Umgebungsvariable (es sieht selbst wie ein Geheimnis aus; es wird weder angezeigt noch verwendet). Legen Sie die Webhook-URL in eine Umgebungsvariable und geben Sie deren Namen an, etwa ROUTEDECK_SLACK_WEBHOOK</translation>
    </message>
</context>
<context>
    <name>RouteDeck::AlertTableModel</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>server-side</source>
        <translation>serverseitig</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>(all groups)</source>
        <translation>(alle Gruppen)</translation>
    </message>
</context>
<context>
    <name>RouteDeck::AlertsCommand</name>
    <message>
        <source>  alerts --router URL --prometheus URL [--profile NAME] [--json] [--export-rules FILE]
                                    evaluate the console&apos;s alert rules once (for: from Prometheus&apos;
                                    history); exit 3 when one fires. --export-rules writes them as
                                    Prometheus alerting rules instead
</source>
        <translation>  alerts --router URL --prometheus URL [--profile NAME] [--json] [--export-rules FILE]
                                    die Alarmregeln der Konsole einmal auswerten (for: aus dem
                                    Verlauf von Prometheus); Exit-Code 3, wenn eine aktiv ist.
                                    --export-rules schreibt sie stattdessen als Prometheus-Alarmregeln
</translation>
    </message>
    <message>
        <source>Usage:
</source>
        <translation>Verwendung:
</translation>
    </message>
    <message>
        <source>routedeckctl alerts: the router cannot answer: %1
</source>
        <translation>routedeckctl alerts: der Router kann nicht antworten: %1
</translation>
    </message>
    <message>
        <source>routedeckctl alerts: Prometheus cannot answer: %1
</source>
        <translation>routedeckctl alerts: Prometheus kann nicht antworten: %1
</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>write the rules as a Prometheus rules file</source>
        <translation>die Regeln als Prometheus-Regeldatei schreiben</translation>
    </message>
    <message>
        <source>seconds to wait for each source (default 20)</source>
        <translation>Sekunden Wartezeit je Quelle (Vorgabe 20)</translation>
    </message>
    <message>
        <source>alerts needs --router URL and --prometheus URL (or --profile NAME)</source>
        <translation>alerts braucht --router URL und --prometheus URL (oder --profile NAME)</translation>
    </message>
    <message>
        <source>--timeout takes seconds</source>
        <translation>--timeout erwartet Sekunden</translation>
    </message>
    <message>
        <source>routedeckctl alerts: could not write %1: %2
</source>
        <translation>routedeckctl alerts: %1 konnte nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rule(s) for %3 model group(s). Check it with: promtool check rules %1
</source>
        <translation>%1 geschrieben: %2 Regel(n) für %3 Modellgruppe(n). Prüfen Sie die Datei mit: promtool check rules %1
</translation>
    </message>
    <message>
        <source>Prometheus did not answer the rules&apos; range queries within %1 s</source>
        <translation>Prometheus hat die Bereichsabfragen der Regeln nicht innerhalb von %1 s beantwortet</translation>
    </message>
    <message>
        <source>Prometheus refused the %1 query for %2: %3</source>
        <translation>Prometheus hat die Abfrage %1 für %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>from Prometheus&apos; history</source>
        <translation>aus dem Verlauf von Prometheus</translation>
    </message>
    <message>
        <source>No alert firing or pending (%1 model group(s), evaluated at %2).
</source>
        <translation>Kein Alarm aktiv oder ausstehend (%1 Modellgruppe(n), ausgewertet um %2).
</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>GRENZWERT</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>DEPLOYMENTS</source>
        <translation>BEREITSTELLUNGEN</translation>
    </message>
    <message>
        <source>(all groups)</source>
        <translation>(alle Gruppen)</translation>
    </message>
</context>
<context>
    <name>RouteDeck::AlertsPage</name>
    <message>
        <source>Firing and pending</source>
        <translation>Aktiv und ausstehend</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Silence for</source>
        <translation>&amp;Stummschalten für</translation>
    </message>
    <message>
        <source>&amp;Export as Prometheus Rules…</source>
        <translation>Als Prometheus-Regeln &amp;exportieren…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Limits per model group</source>
        <translation>Grenzwerte je Modellgruppe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>p95 latency (s)</source>
        <translation>p95-Latenz (s)</translation>
    </message>
    <message>
        <source>Errors other than 429 (%)</source>
        <translation>Fehler außer 429 (%)</translation>
    </message>
    <message>
        <source>Rate limits, 429 (%)</source>
        <translation>Ratenlimits, 429 (%)</translation>
    </message>
    <message>
        <source>Drift (pp)</source>
        <translation>Abweichung (pp)</translation>
    </message>
    <message>
        <source>A rule fires when its value stays over the limit for its “for” time (from the connection profile&apos;s alerts section); a group without enough traffic gets no verdict.</source>
        <translation>Eine Regel wird aktiv, wenn ihr Wert für ihre „for“-Zeit über dem Grenzwert bleibt (aus dem Abschnitt alerts des Verbindungsprofils); eine Gruppe mit zu wenig Verkehr erhält keine Bewertung.</translation>
    </message>
    <message>
        <source>Waiting for the first data: no rule has been evaluated yet.</source>
        <translation>Warte auf die ersten Daten: es wurde noch keine Regel ausgewertet.</translation>
    </message>
    <message>
        <source>No console alert is firing or pending (rules evaluated at %1).</source>
        <translation>Kein Konsolenalarm ist aktiv oder ausstehend (Regeln ausgewertet um %1).</translation>
    </message>
    <message>
        <source>%1 firing, %2 pending (rules evaluated at %3).</source>
        <translation>%1 aktiv, %2 ausstehend (Regeln ausgewertet um %3).</translation>
    </message>
</context>
<context>
    <name>RouteDeck::Assembly</name>
    <message>
        <source>(not in router)</source>
        <translation>(nicht im Router)</translation>
    </message>
    <message>
        <source>deployment &apos;%1&apos; is in Prometheus but not in the router&apos;s model list (removed, or another router?)</source>
        <translation>Bereitstellung &apos;%1&apos; ist in Prometheus, aber nicht in der Modellliste des Routers (entfernt, oder ein anderer Router?)</translation>
    </message>
</context>
<context>
    <name>RouteDeck::AuditLogCodec</name>
    <message>
        <source>&apos;time&apos; is &apos;%1&apos;, not an ISO 8601 time</source>
        <translation>&apos;time&apos; ist &apos;%1&apos;, keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>&apos;target&apos; must be an object with &apos;kind&apos; (router or file) and &apos;location&apos;</source>
        <translation>&apos;target&apos; muss ein Objekt mit &apos;kind&apos; (router oder file) und &apos;location&apos; sein</translation>
    </message>
    <message>
        <source>&apos;target.kind&apos; must be router or file</source>
        <translation>&apos;target.kind&apos; muss router oder file sein</translation>
    </message>
    <message>
        <source>&apos;after_write&apos; must be an object (command, exit_code, output, ...)</source>
        <translation>&apos;after_write&apos; muss ein Objekt sein (command, exit_code, output, ...)</translation>
    </message>
    <message>
        <source>&apos;result&apos; is &apos;%1&apos;; expected pending, applied, conflict, failed, reverted, partial or refused</source>
        <translation>&apos;result&apos; ist &apos;%1&apos;; erwartet wird pending, applied, conflict, failed, reverted, partial oder refused</translation>
    </message>
</context>
<context>
    <name>RouteDeck::AuditLogWriter</name>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>Audit-Log kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>Audit-Log</translation>
    </message>
</context>
<context>
    <name>RouteDeck::AuditTrail</name>
    <message>
        <source>The push of %1 started at %2 by %3 was cut off before it ended (the process stopped); the target was read again at %4:</source>
        <translation>Die Übertragung von %1, gestartet um %2 von %3, wurde vor ihrem Ende abgebrochen (der Prozess endete); das Ziel wurde um %4 erneut gelesen:</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>einem unbekannten Benutzer</translation>
    </message>
    <message>
        <source>the group has no deployments there any more.</source>
        <translation>die Gruppe hat dort keine Bereitstellungen mehr.</translation>
    </message>
    <message>
        <source>every new weight is in place (%1).</source>
        <translation>jedes neue Gewicht ist gesetzt (%1).</translation>
    </message>
    <message>
        <source>none of it is in place; the weights are as before (%1).</source>
        <translation>nichts davon ist gesetzt; die Gewichte sind wie zuvor (%1).</translation>
    </message>
    <message>
        <source>a mixed state, neither the old weights nor the new ones: %1. Set them by hand or push again.</source>
        <translation>ein gemischter Zustand, weder die alten noch die neuen Gewichte: %1. Setzen Sie sie von Hand oder übertragen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ChangeCoordinator</name>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The push target cannot be read: %1</source>
        <translation>Das Übertragungsziel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>That change was made on the %1 %2; connect with a profile that pushes there to roll it back.</source>
        <translation>Diese Änderung wurde am Ziel %1 %2 vorgenommen; verbinden Sie sich mit einem Profil, das dorthin überträgt, um sie zurückzurollen.</translation>
    </message>
    <message>
        <source>That change did not change anything (%1): there is nothing to roll back.</source>
        <translation>Diese Änderung hat nichts verändert (%1): es gibt nichts zurückzurollen.</translation>
    </message>
    <message>
        <source>The group %1 is not on the %2 any more: there is nothing to roll back.</source>
        <translation>Die Gruppe %1 existiert nicht mehr (%2): es gibt nichts zurückzurollen.</translation>
    </message>
    <message>
        <source>Rolls back the change of %1 by %2 (%3): %4.</source>
        <translation>Rollt die Änderung von %2 um %1 (%3) zurück: %4.</translation>
    </message>
    <message>
        <source>no weight changes</source>
        <translation>keine Gewichtsänderungen</translation>
    </message>
    <message>
        <source>Push %1: %2</source>
        <translation>Übertragung %1: %2</translation>
    </message>
    <message>
        <source>weights pushed: %1</source>
        <translation>Gewichte übertragen: %1</translation>
    </message>
    <message>
        <source>rolled back: %1</source>
        <translation>zurückgerollt: %1</translation>
    </message>
    <message>
        <source>The push begun before the profile switch ended: %1: %2</source>
        <translation>Die vor dem Profilwechsel begonnene Übertragung ist beendet: %1: %2</translation>
    </message>
    <message>
        <source>%1 is still being read; try again in a moment.</source>
        <translation>%1 wird noch gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1, so the rollback sets 0: that routes like no weight only while the group&apos;s first healthy deployment has a weight.</source>
        <translation>%1; die Rücknahme setzt daher 0: Das verteilt nur so wie kein Gewicht, solange die erste gesunde Bereitstellung der Gruppe ein Gewicht hat.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ChangeModel</name>
    <message>
        <source>no weight changes</source>
        <translation>keine Gewichtsänderungen</translation>
    </message>
    <message>
        <source>rollback: %1</source>
        <translation>Rollback: %1</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Vorher: %1
Nachher: %2</translation>
    </message>
    <message>
        <source>
Re-read after the push: %1</source>
        <translation>
Nach der Übertragung erneut gelesen: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>in progress, or cut off before it ended: the next push to this target, or the next start, records how it ended</source>
        <translation>läuft noch oder wurde vor dem Ende abgebrochen: die nächste Übertragung an dieses Ziel oder der nächste Start vermerkt, wie sie endete</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ChangesPage</name>
    <message>
        <source>&amp;Roll Back…</source>
        <translation>&amp;Zurückrollen…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the audit log %1</source>
        <translation>
            <numerusform>%n Änderung im Audit-Log %1</numerusform>
            <numerusform>%n Änderungen im Audit-Log %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a change to roll back</source>
        <translation>Wählen Sie eine Änderung zum Zurückrollen aus</translation>
    </message>
    <message>
        <source>Review a new change that puts back the weights before this one</source>
        <translation>Eine neue Änderung prüfen, die die Gewichte von vor dieser Änderung wiederherstellt</translation>
    </message>
    <message>
        <source>This change did not change its target: nothing to roll back</source>
        <translation>Diese Änderung hat ihr Ziel nicht verändert: nichts zurückzurollen</translation>
    </message>
    <message>
        <source>No weight changes in the audit log %1 yet: pushes from the Rebalance page and from routedeckctl set-weight appear here.</source>
        <translation>Noch keine Gewichtsänderungen im Audit-Log %1: Übertragungen von der Seite Umverteilen und von routedeckctl set-weight erscheinen hier.</translation>
    </message>
    <message>
        <source>Show the changes of</source>
        <translation>Änderungen anzeigen für</translation>
    </message>
    <message>
        <source>This target</source>
        <translation>Dieses Ziel</translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>Which changes of the audit log to list</source>
        <translation>Welche Änderungen des Audit-Logs aufgelistet werden</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>This target: %1</source>
        <translation>Dieses Ziel: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of other targets hidden</source>
        <translation>
            <numerusform>%n Änderung eines anderen Ziels ausgeblendet</numerusform>
            <numerusform>%n Änderungen anderer Ziele ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all targets to list the changes of other routers and config files</source>
        <translation>Wählen Sie „Alle Ziele“, um die Änderungen anderer Router und Konfigurationsdateien aufzulisten</translation>
    </message>
    <message>
        <source>Listed: the changes of %1. Show all targets to list the changes of other routers and config files.</source>
        <translation>Aufgelistet: die Änderungen von %1. Wählen Sie „Alle Ziele“, um die Änderungen anderer Router und Konfigurationsdateien aufzulisten.</translation>
    </message>
    <message>
        <source>This change was made on another target (%1 %2); connect to it to roll it back.</source>
        <translation>Diese Änderung wurde an einem anderen Ziel vorgenommen (%1 %2); verbinden Sie sich damit, um sie zurückzurollen.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ConfigFilesWriter</name>
    <message>
        <source>no deployment has the id &apos;%1&apos;</source>
        <translation>keine Bereitstellung hat die ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot open file: %1</source>
        <translation>Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>; the files written before it have their old text again</source>
        <translation>; die zuvor geschriebenen Dateien haben wieder ihren alten Text</translation>
    </message>
    <message>
        <source>; %1 could not be given its old text back and holds the new weights</source>
        <translation>; %1 konnte seinen alten Text nicht zurückbekommen und enthält die neuen Gewichte</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ConfigPage</name>
    <message>
        <source>Model group</source>
        <translation>Modellgruppe</translation>
    </message>
    <message>
        <source>&amp;Model group:</source>
        <translation>&amp;Modellgruppe:</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n Deployment</numerusform>
            <numerusform>%n Deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model group(s)</source>
        <translation>
            <numerusform>%n Modellgruppe</numerusform>
            <numerusform>%n Modellgruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>strategy %1, %2 retries, cooldown %3 s</source>
        <translation>Strategie %1, %2 Wiederholungen, Abkühlung %3 s</translation>
    </message>
    <message>
        <source>No config to show: open a LiteLLM config file (File › Open Config…), or connect to a router to list its deployments.</source>
        <translation>Keine Konfiguration anzuzeigen: eine LiteLLM-Konfigurationsdatei öffnen (Datei › Konfiguration öffnen…) oder mit einem Router verbinden, um seine Bereitstellungen aufzulisten.</translation>
    </message>
    <message>
        <source>Waiting for %1 to list its deployments…</source>
        <translation>Warten, bis %1 seine Bereitstellungen auflistet…</translation>
    </message>
    <message>
        <source>as %1 lists them</source>
        <translation>wie %1 sie auflistet</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ConfigReader</name>
    <message>
        <source>file is empty: a LiteLLM config needs a model_list</source>
        <translation>Datei ist leer: eine LiteLLM-Konfiguration braucht eine model_list</translation>
    </message>
    <message>
        <source>top level must be a map with model_list, router_settings, ... ; found a %1</source>
        <translation>die oberste Ebene muss eine Map mit model_list, router_settings, ... sein; gefunden: %1</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>single value</source>
        <translation>Einzelwert</translation>
    </message>
    <message>
        <source>model_list is missing: there are no deployments to route to</source>
        <translation>model_list fehlt: es gibt keine Bereitstellungen, an die geroutet werden kann</translation>
    </message>
    <message>
        <source>model_list must be a list of deployments</source>
        <translation>model_list muss eine Liste von Bereitstellungen sein</translation>
    </message>
    <message>
        <source>litellm_settings.num_retries is &apos;%1&apos;; it must be a whole number from 0 to 1000</source>
        <translation>litellm_settings.num_retries ist &apos;%1&apos;; erlaubt ist eine ganze Zahl von 0 bis 1000</translation>
    </message>
    <message>
        <source>model_list entry %1 must be a map with model_name and litellm_params</source>
        <translation>model_list-Eintrag %1 muss eine Map mit model_name und litellm_params sein</translation>
    </message>
    <message>
        <source>model_list entry %1 has no model_name (the alias clients ask for)</source>
        <translation>model_list-Eintrag %1 hat keinen model_name (den Alias, den Clients anfragen)</translation>
    </message>
    <message>
        <source>model_list entry %1 (&apos;%2&apos;) needs a litellm_params map with at least `model`</source>
        <translation>model_list-Eintrag %1 (&apos;%2&apos;) braucht eine litellm_params-Map mit mindestens `model`</translation>
    </message>
    <message>
        <source>litellm_params.model is missing in model_list entry %1 (&apos;%2&apos;)</source>
        <translation>litellm_params.model fehlt im model_list-Eintrag %1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 of deployment %2 must be a number, not a %3</source>
        <translation>%1 der Bereitstellung %2 muss eine Zahl sein, keine %3</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>%1 of deployment %2 comes from environment variable %3; RouteDeck cannot know its value and treats it as unset</source>
        <translation>%1 der Bereitstellung %2 stammt aus der Umgebungsvariable %3; RouteDeck kann ihren Wert nicht kennen und behandelt ihn als nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 of deployment %2 is &apos;%3&apos;, which is not a number</source>
        <translation>%1 der Bereitstellung %2 ist &apos;%3&apos;, das ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 of deployment %2 is %3; it must be a finite number</source>
        <translation>%1 der Bereitstellung %2 ist %3; der Wert muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>%1 of deployment %2 is %3; it must be 0 or more</source>
        <translation>%1 der Bereitstellung %2 ist %3; der Wert muss 0 oder größer sein</translation>
    </message>
    <message>
        <source>%1 of deployment %2 is %3; it must be a whole number</source>
        <translation>%1 der Bereitstellung %2 ist %3; der Wert muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 of deployment %2 is quoted (&quot;%3&quot;); LiteLLM reads it as text, write it without quotes</source>
        <translation>%1 der Bereitstellung %2 steht in Anführungszeichen (&quot;%3&quot;); LiteLLM liest den Wert als Text, schreiben Sie ihn ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>router_settings must be a map</source>
        <translation>router_settings muss eine Map sein</translation>
    </message>
    <message>
        <source>routing_strategy &apos;%1&apos; is not one LiteLLM knows (%2); RouteDeck assumes simple-shuffle when computing shares</source>
        <translation>routing_strategy &apos;%1&apos; ist LiteLLM nicht bekannt (%2); RouteDeck nimmt bei der Berechnung der Anteile simple-shuffle an</translation>
    </message>
    <message>
        <source>router_settings.%1 is &apos;%2&apos;; it must be a whole number from 0 to 1000</source>
        <translation>router_settings.%1 ist &apos;%2&apos;; erlaubt ist eine ganze Zahl von 0 bis 1000</translation>
    </message>
    <message>
        <source>router_settings.cooldown_time is &apos;%1&apos;; it must be seconds, 0 or more</source>
        <translation>router_settings.cooldown_time ist &apos;%1&apos;; erlaubt sind Sekunden, 0 oder mehr</translation>
    </message>
    <message>
        <source>router_settings.fallbacks must be a list like [{gpt-4o-mini: [gpt-4o]}]</source>
        <translation>router_settings.fallbacks muss eine Liste wie [{gpt-4o-mini: [gpt-4o]}] sein</translation>
    </message>
    <message>
        <source>each fallbacks entry must be a map {group: [fallback groups]}</source>
        <translation>jeder fallbacks-Eintrag muss eine Map {Gruppe: [Ausweichgruppen]} sein</translation>
    </message>
    <message>
        <source>fallbacks for &apos;%1&apos; must be a list of model groups</source>
        <translation>fallbacks für &apos;%1&apos; muss eine Liste von Modellgruppen sein</translation>
    </message>
    <message>
        <source>router_settings.weights must be a map {group: {deployment id: weight}}</source>
        <translation>router_settings.weights muss eine Map {Gruppe: {Bereitstellungs-ID: Gewicht}} sein</translation>
    </message>
    <message>
        <source>router_settings.weights.%1 must be a map {deployment id: weight}</source>
        <translation>router_settings.weights.%1 muss eine Map {Bereitstellungs-ID: Gewicht} sein</translation>
    </message>
    <message>
        <source>router_settings.weights names deployment &apos;%1&apos; in &apos;%2&apos;, which does not exist</source>
        <translation>router_settings.weights nennt die Bereitstellung &apos;%1&apos; in &apos;%2&apos;, die es nicht gibt</translation>
    </message>
    <message>
        <source>weight of deployment &apos;%1&apos; is &apos;%2&apos;; it must be a number, 0 or more</source>
        <translation>das Gewicht der Bereitstellung &apos;%1&apos; ist &apos;%2&apos;; erlaubt ist eine Zahl, 0 oder mehr</translation>
    </message>
    <message>
        <source>%1 is read from environment variable %2 by the router</source>
        <translation>%1 liest der Router aus der Umgebungsvariable %2</translation>
    </message>
    <message>
        <source>deployment id &apos;%1&apos; is used twice (first at line %2); ids must be unique</source>
        <translation>Bereitstellungs-ID &apos;%1&apos; wird doppelt verwendet (zuerst in Zeile %2); IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <source>fallbacks are configured for &apos;%1&apos;, which is not a model_name in model_list</source>
        <translation>für &apos;%1&apos; sind fallbacks konfiguriert, aber das ist kein model_name in model_list</translation>
    </message>
    <message>
        <source>fallbacks: &apos;%1&apos; falls back to &apos;%2&apos;, which is not a model_name in model_list</source>
        <translation>fallbacks: &apos;%1&apos; weicht auf &apos;%2&apos; aus, das kein model_name in model_list ist</translation>
    </message>
    <message>
        <source>include must be a list of file paths, relative to this file&apos;s folder</source>
        <translation>include muss eine Liste von Dateipfaden sein, relativ zum Ordner dieser Datei</translation>
    </message>
    <message>
        <source>each include entry must be a file path</source>
        <translation>jeder include-Eintrag muss ein Dateipfad sein</translation>
    </message>
    <message>
        <source>include &apos;%1&apos; cannot be resolved: the config was not read from a file</source>
        <translation>include &apos;%1&apos; lässt sich nicht auflösen: die Konfiguration wurde nicht aus einer Datei gelesen</translation>
    </message>
    <message>
        <source>included file %1 does not exist; LiteLLM does not start without it</source>
        <translation>die eingebundene Datei %1 existiert nicht; ohne sie startet LiteLLM nicht</translation>
    </message>
    <message>
        <source>included file %1 cannot be opened: %2</source>
        <translation>die eingebundene Datei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>an included file must be a map with model_list</source>
        <translation>eine eingebundene Datei muss eine Map mit model_list sein</translation>
    </message>
    <message>
        <source>router_settings.disable_cooldowns is &apos;%1&apos;; it must be true or false</source>
        <translation>router_settings.disable_cooldowns ist &apos;%1&apos;; erlaubt sind true oder false</translation>
    </message>
    <message>
        <source>%1 is set more than once in the same map (first at line %2); LiteLLM reads the last one, and so does RouteDeck: delete the others</source>
        <translation>%1 ist in derselben Map mehrfach gesetzt (zuerst in Zeile %2); LiteLLM liest den letzten Wert, RouteDeck ebenso: löschen Sie die anderen</translation>
    </message>
    <message>
        <source>order of deployment %1 is %2; it must be a whole number from 0 to %3</source>
        <translation>order der Bereitstellung %1 ist %2; es muss eine ganze Zahl von 0 bis %3 sein</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ConnectDialog</name>
    <message>
        <source>From the environment variable</source>
        <translation>Aus der Umgebungsvariable</translation>
    </message>
    <message>
        <source>Read-only: this console never changes weights</source>
        <translation>Schreibgeschützt: Diese Konsole ändert nie Gewichte</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect to a Router</source>
        <translation>Mit einem Router verbinden</translation>
    </message>
    <message>
        <source>Connection Profile %1</source>
        <translation>Verbindungsprofil %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save and &amp;Connect</source>
        <translation>Speichern und &amp;verbinden</translation>
    </message>
    <message>
        <source>Router (LiteLLM proxy)</source>
        <translation>Router (LiteLLM-Proxy)</translation>
    </message>
    <message>
        <source>prod-eu</source>
        <translation>prod-eu</translation>
    </message>
    <message>
        <source>sk-…  (kept in memory until RouteDeck quits)</source>
        <translation>sk-…  (bleibt im Speicher, bis RouteDeck beendet wird)</translation>
    </message>
    <message>
        <source>The name of the environment variable that holds the master key. Profiles never hold the key itself.</source>
        <translation>Der Name der Umgebungsvariable, die den Master-Key enthält. Profile enthalten nie den Key selbst.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Router &amp;URL:</source>
        <translation>Router-&amp;URL:</translation>
    </message>
    <message>
        <source>Master key:</source>
        <translation>Master-Key:</translation>
    </message>
    <message>
        <source>Metrics (Prometheus API)</source>
        <translation>Metriken (Prometheus-API)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>tenant, for Grafana Mimir</source>
        <translation>Mandant, für Grafana Mimir</translation>
    </message>
    <message>
        <source>Sent as the %1 header with every query.</source>
        <translation>Wird bei jeder Abfrage als Header %1 gesendet.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation>Basic (Benutzer und Passwort)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>The name of the environment variable that holds the password or token.</source>
        <translation>Der Name der Umgebungsvariable, die das Passwort oder den Token enthält.</translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation>Zertifikate des Systems</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a PEM file of the CA that signed the servers&apos; certificates</source>
        <translation>Eine PEM-Datei der CA auswählen, die die Zertifikate der Server signiert hat</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often Prometheus scrapes the router. Test Connection reads it from Prometheus&apos; targets when it can.</source>
        <translation>Wie oft Prometheus den Router scrapt. „Verbindung testen“ liest den Wert nach Möglichkeit aus den Scrape-Targets von Prometheus.</translation>
    </message>
    <message>
        <source>Prometheus U&amp;RL:</source>
        <translation>Prometheus-U&amp;RL:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Serv&amp;er:</translation>
    </message>
    <message>
        <source>&amp;Path prefix:</source>
        <translation>&amp;Pfadpräfix:</translation>
    </message>
    <message>
        <source>&amp;Tenant (%1):</source>
        <translation>&amp;Mandant (%1):</translation>
    </message>
    <message>
        <source>&amp;Auth:</source>
        <translation>Authentifi&amp;zierung:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Secret variable:</source>
        <translation>Geheimnis-Variable:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>Scrape &amp;interval:</source>
        <translation>Scrape-&amp;Intervall:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>https://grafana.example.com/explore?…{model_id}…{start}…{end}</source>
        <translation>https://grafana.example.com/explore?…{model_id}…{start}…{end}</translation>
    </message>
    <message>
        <source>Where &quot;Open Traces&quot; takes you for a deployment or an alert (Jaeger, Tempo, Grafana Explore). {model_id}, {group}, {start} and {end} are filled in.</source>
        <translation>Wohin „Traces öffnen“ für eine Bereitstellung oder einen Alarm führt (Jaeger, Tempo, Grafana Explore). {model_id}, {group}, {start} und {end} werden eingesetzt.</translation>
    </message>
    <message>
        <source>Traces URL:</source>
        <translation>Traces-URL:</translation>
    </message>
    <message>
        <source>That was not the name of an environment variable; it looked like a secret itself, so it was not kept. Give the variable&apos;s name (like LITELLM_MASTER_KEY), or type the key in for this session.</source>
        <translation>Das war nicht der Name einer Umgebungsvariable; es sah selbst wie ein Geheimnis aus und wurde daher nicht übernommen. Geben Sie den Namen der Variable an (etwa LITELLM_MASTER_KEY) oder geben Sie den Key für diese Sitzung ein.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Another profile is called %1: choose another name.</source>
        <translation>Ein anderes Profil heißt bereits %1: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The router URL must be an http:// or https:// URL, like http://127.0.0.1:4000.</source>
        <translation>Die Router-URL muss eine http://- oder https://-URL sein, etwa http://127.0.0.1:4000.</translation>
    </message>
    <message>
        <source>The Prometheus URL must be an http:// or https:// URL, like http://127.0.0.1:9090.</source>
        <translation>Die Prometheus-URL muss eine http://- oder https://-URL sein, etwa http://127.0.0.1:9090.</translation>
    </message>
    <message>
        <source>The master key&apos;s variable name may hold letters, digits and _ only.</source>
        <translation>Der Variablenname für den Master-Key darf nur Buchstaben, Ziffern und _ enthalten.</translation>
    </message>
    <message>
        <source>Type the master key, or name the environment variable that holds it.</source>
        <translation>Geben Sie den Master-Key ein oder nennen Sie die Umgebungsvariable, die ihn enthält.</translation>
    </message>
    <message>
        <source>Name the environment variable that holds Prometheus&apos; password or token.</source>
        <translation>Nennen Sie die Umgebungsvariable, die das Passwort oder den Token für Prometheus enthält.</translation>
    </message>
    <message>
        <source>The path prefix starts with /, like /prometheus.</source>
        <translation>Das Pfadpräfix beginnt mit /, etwa /prometheus.</translation>
    </message>
    <message>
        <source>Router reachable</source>
        <translation>Router erreichbar</translation>
    </message>
    <message>
        <source>Master key accepted</source>
        <translation>Master-Key akzeptiert</translation>
    </message>
    <message>
        <source>Deployments listed</source>
        <translation>Bereitstellungen aufgelistet</translation>
    </message>
    <message>
        <source>Prometheus ready</source>
        <translation>Prometheus bereit</translation>
    </message>
    <message>
        <source>LiteLLM series in Prometheus</source>
        <translation>LiteLLM-Serien in Prometheus</translation>
    </message>
    <message>
        <source>LiteLLM version</source>
        <translation>LiteLLM-Version</translation>
    </message>
    <message>
        <source>Scrape interval</source>
        <translation>Scrape-Intervall</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Every check passed: save and connect.</source>
        <translation>Alle Prüfungen bestanden: Sie können speichern und verbinden.</translation>
    </message>
    <message>
        <source>Some checks failed: see how to fix them above, then test again.</source>
        <translation>Einige Prüfungen sind fehlgeschlagen: Beheben Sie sie wie oben beschrieben und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The scrape interval is set to %1 s, as Prometheus scrapes the router.</source>
        <translation>Das Scrape-Intervall wurde auf %1 s gesetzt, so wie Prometheus den Router scrapt.</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Eingegeben</translation>
    </message>
    <message>
        <source>Remember it in the desktop &amp;keyring</source>
        <translation>Im Schlüssel&amp;bund des Desktops speichern</translation>
    </message>
    <message>
        <source>Keeps the key in the desktop keyring (GNOME Keyring, KWallet, KeePassXC), so the next start connects without asking. The profiles file only notes that it is there.</source>
        <translation>Bewahrt den Schlüssel im Schlüsselbund des Desktops auf (GNOME Keyring, KWallet, KeePassXC), sodass der nächste Start ohne Nachfrage verbindet. Die Profildatei vermerkt nur, dass er dort liegt.</translation>
    </message>
    <message>
        <source>kept in the desktop keyring; type a new key to replace it</source>
        <translation>im Schlüsselbund des Desktops gespeichert; tippen Sie einen neuen Schlüssel, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>sk-…  (kept in the desktop keyring)</source>
        <translation>sk-…  (im Schlüsselbund des Desktops gespeichert)</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ConnectionProfiles</name>
    <message>
        <source>profile %1 has no name</source>
        <translation>Profil %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>profile name &apos;%1&apos; is used twice</source>
        <translation>Profilname &apos;%1&apos; wird doppelt verwendet</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: prometheus_auth is &apos;%2&apos;; use none, basic or bearer</source>
        <translation>Profil &apos;%1&apos;: prometheus_auth ist &apos;%2&apos;; verwenden Sie none, basic oder bearer</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: scrape_interval must be 1 to 3600 seconds; using 15</source>
        <translation>Profil &apos;%1&apos;: scrape_interval muss 1 bis 3600 Sekunden betragen; verwendet wird 15</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: &apos;%2&apos; is not a URL like http://127.0.0.1:9090</source>
        <translation>Profil &apos;%1&apos;: &apos;%2&apos; ist keine URL wie http://127.0.0.1:9090</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2 must be 1 to 3600 seconds; using %3</source>
        <translation>Profil &apos;%1&apos;: %2 muss 1 bis 3600 Sekunden betragen; verwendet wird %3</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: prometheus_flavor is &apos;%2&apos;; use prometheus, victoriametrics, mimir or thanos</source>
        <translation>Profil &apos;%1&apos;: prometheus_flavor ist &apos;%2&apos;; verwenden Sie prometheus, victoriametrics, mimir oder thanos</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; names router_key_env and router_key_keyring: true; the key in the desktop keyring is used, %2 only when the keyring cannot be read</source>
        <translation>Profil &apos;%1&apos; nennt router_key_env und router_key_keyring: true; verwendet wird der Schlüssel im Schlüsselbund des Desktops, %2 nur, wenn der Schlüsselbund nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2 does not hold an environment variable name (it looks like a secret itself; it is not shown, and not used). Put the secret in an environment variable and give that variable&apos;s name, like LITELLM_MASTER_KEY</source>
        <translation>Profil &apos;%1&apos;: %2 enthält keinen Namen einer Umgebungsvariable (es sieht selbst wie ein Geheimnis aus; es wird weder angezeigt noch verwendet). Legen Sie das Geheimnis in eine Umgebungsvariable und geben Sie deren Namen an, etwa LITELLM_MASTER_KEY</translation>
    </message>
    <message>
        <source>(a name that is not a header name)</source>
        <translation>(ein Name, der kein Header-Name ist)</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: headers: %2 carries a credential (it is not shown, and not sent). Keep secrets out of profiles: the router&apos;s key goes in router_key_env, Prometheus&apos; password or token in prometheus_secret_env</source>
        <translation>Profil &apos;%1&apos;: headers: %2 enthält Zugangsdaten (sie werden weder angezeigt noch gesendet). Halten Sie Geheimnisse aus Profilen heraus: der Schlüssel des Routers gehört in router_key_env, Passwort oder Token von Prometheus in prometheus_secret_env</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2 holds a user name or password (user:password@host); the URL is not shown, and not used. Take them out of the URL: the router&apos;s key goes in router_key_env, Prometheus&apos; password in prometheus_secret_env</source>
        <translation>Profil &apos;%1&apos;: %2 enthält einen Benutzernamen oder ein Passwort (user:password@host); die URL wird weder angezeigt noch verwendet. Nehmen Sie sie aus der URL heraus: der Schlüssel des Routers gehört in router_key_env, das Passwort von Prometheus in prometheus_secret_env</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2 is plain http:// to %3, another computer, and the profile sends credentials there, readable by anyone on the network in between; use https://, or set allow_insecure: true in the profile if that network is trusted</source>
        <translation>Profil &apos;%1&apos;: %2 ist unverschlüsseltes http:// zu %3, einem anderen Rechner, und das Profil sendet dorthin Zugangsdaten, lesbar für jeden im Netz dazwischen; verwenden Sie https:// oder setzen Sie allow_insecure: true im Profil, wenn dieses Netz vertrauenswürdig ist</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sends credentials over plain http:// to %2: anyone on the network in between can read them. Use https:// where you can.</source>
        <translation>Profil &apos;%1&apos; sendet Zugangsdaten über unverschlüsseltes http:// an %2: jeder im Netz dazwischen kann sie lesen. Verwenden Sie https://, wo es geht.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ConnectionSetup</name>
    <message>
        <source>the key you typed</source>
        <translation>den eingegebenen Key</translation>
    </message>
    <message>
        <source>the key in %1</source>
        <translation>den Key in %1</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>The profile applies to this session; it could not be saved: %1</source>
        <translation>Das Profil gilt für diese Sitzung; es konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Connected without the master key: %1. Edit the profile to type the key again.</source>
        <translation>Ohne Master-Key verbunden: %1. Bearbeiten Sie das Profil, um den Schlüssel erneut einzugeben.</translation>
    </message>
    <message>
        <source>the key in the desktop keyring</source>
        <translation>den Schlüssel im Schlüsselbund des Desktops</translation>
    </message>
    <message>
        <source>The desktop keyring was not updated: %1. A key typed now is kept until RouteDeck quits.</source>
        <translation>Der Schlüsselbund des Desktops wurde nicht aktualisiert: %1. Ein jetzt eingetippter Schlüssel bleibt erhalten, bis RouteDeck beendet wird.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ConnectionTester</name>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>The router answers at %1 and is ready.</source>
        <translation>Der Router antwortet unter %1 und ist bereit.</translation>
    </message>
    <message>
        <source>The router answers at %1 (alive; it does not say it is ready).</source>
        <translation>Der Router antwortet unter %1 (er läuft, meldet aber nicht, ob er bereit ist).</translation>
    </message>
    <message>
        <source>LiteLLM %1.</source>
        <translation>LiteLLM %1.</translation>
    </message>
    <message>
        <source>The router does not tell its LiteLLM version.</source>
        <translation>Der Router nennt seine LiteLLM-Version nicht.</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the URL and port, and that the router runs.</source>
        <translation>Unter %1 antwortet nichts. Prüfen Sie URL und Port und ob der Router läuft.</translation>
    </message>
    <message>
        <source>The TLS handshake failed. For a certificate of your own CA, choose the CA file.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen. Wählen Sie für ein Zertifikat Ihrer eigenen CA die CA-Datei aus.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the URL, a VPN or a proxy in between.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie die URL sowie ein VPN oder einen Proxy dazwischen.</translation>
    </message>
    <message>
        <source>Give the router&apos;s URL, like http://127.0.0.1:4000.</source>
        <translation>Geben Sie die URL des Routers an, etwa http://127.0.0.1:4000.</translation>
    </message>
    <message>
        <source>Something answers at %1, but not as a LiteLLM proxy. Give the proxy&apos;s own URL (the one clients send /chat/completions to), not its UI&apos;s or a gateway&apos;s.</source>
        <translation>Unter %1 antwortet etwas, aber nicht als LiteLLM-Proxy. Geben Sie die eigene URL des Proxys an (die, an die Clients /chat/completions senden), nicht die seiner Oberfläche oder eines Gateways.</translation>
    </message>
    <message>
        <source>The router did not answer.</source>
        <translation>Der Router hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The router&apos;s admin API asks for no key.</source>
        <translation>Die Admin-API des Routers verlangt keinen Key.</translation>
    </message>
    <message>
        <source>The router accepts %1.</source>
        <translation>Der Router akzeptiert %1.</translation>
    </message>
    <message>
        <source>%1 lists no deployments.</source>
        <translation>%1 listet keine Bereitstellungen auf.</translation>
    </message>
    <message>
        <source>Give the router models (model_list in its config, or /model/new), then test again.</source>
        <translation>Geben Sie dem Router Modelle (model_list in seiner Konfiguration oder /model/new) und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Needs the router&apos;s deployments.</source>
        <translation>Erfordert die Bereitstellungen des Routers.</translation>
    </message>
    <message>
        <source>%1 lists %2 deployments in %3 groups.</source>
        <translation>%1 listet %2 Bereitstellungen in %3 Gruppen auf.</translation>
    </message>
    <message>
        <source>The router refused %1 (HTTP %2). Check that it holds the proxy&apos;s master key (general_settings.master_key) or an admin key.</source>
        <translation>Der Router hat %1 abgelehnt (HTTP %2). Prüfen Sie, ob es der Master-Key des Proxys (general_settings.master_key) oder ein Admin-Key ist.</translation>
    </message>
    <message>
        <source>Needs a key the router accepts.</source>
        <translation>Erfordert einen Key, den der Router akzeptiert.</translation>
    </message>
    <message>
        <source>The router did not answer its admin API.</source>
        <translation>Der Router hat auf seiner Admin-API nicht geantwortet.</translation>
    </message>
    <message>
        <source>The router&apos;s /model/info did not answer. Check the router URL.</source>
        <translation>/model/info des Routers hat nicht geantwortet. Prüfen Sie die Router-URL.</translation>
    </message>
    <message>
        <source>Ready at %1.</source>
        <translation>Bereit unter %1.</translation>
    </message>
    <message>
        <source>Version %1, ready at %2.</source>
        <translation>Version %1, bereit unter %2.</translation>
    </message>
    <message>
        <source>It answers but is still starting (replaying its write-ahead log). Test again in a minute.</source>
        <translation>Der Server antwortet, startet aber noch (er spielt sein Write-Ahead-Log ein). Testen Sie in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the URL and port.</source>
        <translation>Unter %1 antwortet nichts. Prüfen Sie URL und Port.</translation>
    </message>
    <message>
        <source>It refused the credentials (HTTP %1). Check the auth type and the variable that holds the password or token; Grafana Mimir also needs the tenant (X-Scope-OrgID).</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt (HTTP %1). Prüfen Sie die Authentifizierungsart und die Variable, die das Passwort oder Token enthält; Grafana Mimir braucht außerdem den Tenant (X-Scope-OrgID).</translation>
    </message>
    <message>
        <source>Give the Prometheus URL, like http://127.0.0.1:9090.</source>
        <translation>Geben Sie die Prometheus-URL an, etwa http://127.0.0.1:9090.</translation>
    </message>
    <message>
        <source>Something answers at %1, but not the Prometheus API. Check the URL; Grafana Mimir serves it under a path prefix, usually /prometheus.</source>
        <translation>Unter %1 antwortet etwas, aber nicht die Prometheus-API. Prüfen Sie die URL; Grafana Mimir stellt sie unter einem Pfadpräfix bereit, meist /prometheus.</translation>
    </message>
    <message>
        <source>Needs a ready Prometheus.</source>
        <translation>Erfordert, dass Prometheus bereit ist.</translation>
    </message>
    <message>
        <source>Needs a ready Prometheus; enter it by hand.</source>
        <translation>Erfordert, dass Prometheus bereit ist; geben Sie das Intervall von Hand ein.</translation>
    </message>
    <message>
        <source>Prometheus scrapes the router every %1 s (job %2).</source>
        <translation>Prometheus scrapt den Router alle %1 s (Job %2).</translation>
    </message>
    <message>
        <source>No scrape target of this Prometheus is the router; enter the interval by hand.</source>
        <translation>Keines der Scrape-Targets dieses Prometheus ist der Router; geben Sie das Intervall von Hand ein.</translation>
    </message>
    <message>
        <source>This server does not list its scrape targets (%1); enter the interval by hand.</source>
        <translation>Dieser Server listet seine Scrape-Targets nicht auf (%1); geben Sie das Intervall von Hand ein.</translation>
    </message>
    <message>
        <source>Prometheus could not answer a query; check its URL.</source>
        <translation>Prometheus konnte eine Abfrage nicht beantworten; prüfen Sie seine URL.</translation>
    </message>
    <message>
        <source>Add the router&apos;s /metrics as a scrape job of this Prometheus (LiteLLM&apos;s prometheus callback must be on: litellm_settings.callbacks: [&quot;prometheus&quot;]), or wait for the first requests: LiteLLM exports a deployment&apos;s series once it has served one.</source>
        <translation>Fügen Sie /metrics des Routers als Scrape-Job zu diesem Prometheus hinzu (der prometheus-Callback von LiteLLM muss aktiv sein: litellm_settings.callbacks: [&quot;prometheus&quot;]), oder warten Sie auf die ersten Anfragen: LiteLLM exportiert die Serien einer Bereitstellung, sobald sie eine Anfrage bedient hat.</translation>
    </message>
    <message>
        <source>No LiteLLM series for any of the %1 deployments.</source>
        <translation>Für keine der %1 Bereitstellungen gibt es LiteLLM-Serien.</translation>
    </message>
    <message>
        <source>LiteLLM series for %1 of %2 deployments; the others have had no requests since the router started.</source>
        <translation>LiteLLM-Serien für %1 von %2 Bereitstellungen; die übrigen hatten seit dem Start des Routers keine Anfragen.</translation>
    </message>
    <message>
        <source>LiteLLM series for all %1 deployments.</source>
        <translation>LiteLLM-Serien für alle %1 Bereitstellungen.</translation>
    </message>
    <message>
        <source>The router wants its master key (general_settings.master_key). Name an environment variable that is set for RouteDeck and holds it, or type the key in for this session.</source>
        <translation>Der Router verlangt seinen Master-Key (general_settings.master_key). Nennen Sie eine Umgebungsvariable, die für RouteDeck gesetzt ist und ihn enthält, oder geben Sie den Key für diese Sitzung ein.</translation>
    </message>
    <message>
        <source>Prometheus scrapes the router (job %1) but does not say how often; enter the interval by hand.</source>
        <translation>Prometheus scrapt den Router (Job %1), nennt aber nicht, wie oft; geben Sie das Intervall von Hand ein.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ConsoleController</name>
    <message>
        <source>Local demo</source>
        <translation>Lokale Demo</translation>
    </message>
    <message>
        <source>There is no connection profile &apos;%1&apos;.</source>
        <translation>Es gibt kein Verbindungsprofil &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The prices apply to this session; they could not be saved: %1</source>
        <translation>Die Preise gelten für diese Sitzung; sie konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>all groups</source>
        <translation>alle Gruppen</translation>
    </message>
    <message>
        <source>Export as Prometheus Rules</source>
        <translation>Als Prometheus-Regeln exportieren</translation>
    </message>
    <message>
        <source>YAML files (*.yml *.yaml)</source>
        <translation>YAML-Dateien (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Prometheus rules written to %1; check them with promtool check rules.</source>
        <translation>Prometheus-Regeln nach %1 geschrieben; prüfen Sie sie mit promtool check rules.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Prometheus&apos; own alerts could not be read: %1</source>
        <translation>Die eigenen Alarme von Prometheus konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Prometheus has no alerting rules on the router&apos;s metrics: for alerts while no console is open, load the console&apos;s rules into it (Export as Prometheus Rules).</source>
        <translation>Prometheus hat keine Alarmregeln für die Metriken des Routers: Für Alarme, während keine Konsole geöffnet ist, laden Sie die Regeln der Konsole in Prometheus (Als Prometheus-Regeln exportieren).</translation>
    </message>
    <message numerus="yes">
        <source>Prometheus evaluates %n alerting rule(s) on the router&apos;s metrics (shown as server-side).</source>
        <translation>
            <numerusform>Prometheus wertet %n Alarmregel für die Metriken des Routers aus (als serverseitig angezeigt).</numerusform>
            <numerusform>Prometheus wertet %n Alarmregeln für die Metriken des Routers aus (als serverseitig angezeigt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 from Prometheus…</source>
        <translation>%1 wird aus Prometheus gelesen…</translation>
    </message>
    <message>
        <source>Reading the master key of %1 from the desktop keyring…</source>
        <translation>Master-Key von %1 wird aus dem Schlüsselbund des Desktops gelesen…</translation>
    </message>
    <message>
        <source>router %1</source>
        <translation>Router %1</translation>
    </message>
</context>
<context>
    <name>RouteDeck::CooldownStrip</name>
    <message>
        <source>Cooldowns</source>
        <translation>Cooldowns</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>healthy 59 min 59 s</source>
        <translation>gesund 59 min 59 s</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>%1 cooling, %2
%3</source>
        <translation>%1 im Cooldown, %2
%3</translation>
    </message>
    <message>
        <source>%1 partial outage, %2
%3</source>
        <translation>%1 teilweiser Ausfall, %2
%3</translation>
    </message>
    <message>
        <source>%1 healthy
%2</source>
        <translation>%1 gesund
%2</translation>
    </message>
    <message>
        <source>%1: no data
%2</source>
        <translation>%1: keine Daten
%2</translation>
    </message>
    <message>
        <source>healthy (thin) · partial outage (half height)</source>
        <translation>gesund (schmal) · teilweiser Ausfall (halbe Höhe)</translation>
    </message>
</context>
<context>
    <name>RouteDeck::CooldownTableModel</name>
    <message>
        <source>Requests left in the provider&apos;s current rate-limit window</source>
        <translation>Verbleibende Anfragen im aktuellen Ratenlimit-Fenster des Anbieters</translation>
    </message>
    <message>
        <source>No history of this state yet</source>
        <translation>Noch kein Verlauf für diesen Zustand</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Dauer im Zustand</translation>
    </message>
    <message>
        <source>Headroom (requests)</source>
        <translation>Reserve (Anfragen)</translation>
    </message>
    <message>
        <source>; no traffic since</source>
        <translation>; seitdem kein Verkehr</translation>
    </message>
    <message>
        <source>Last cooldown</source>
        <translation>Letzter Cooldown</translation>
    </message>
</context>
<context>
    <name>RouteDeck::CooldownsPage</name>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Cooldowns</source>
        <translation>Cooldowns</translation>
    </message>
</context>
<context>
    <name>RouteDeck::CostCommand</name>
    <message>
        <source>Usage:
</source>
        <translation>Verwendung:
</translation>
    </message>
    <message>
        <source>router admin URL (names providers of deployments)</source>
        <translation>Admin-URL des Routers (benennt die Anbieter der Bereitstellungen)</translation>
    </message>
    <message>
        <source>24h, 7d, 30d, Nd or FROM..TO (dates or date-times)</source>
        <translation>24h, 7d, 30d, Nd oder FROM..TO (Datum oder Datum mit Uhrzeit)</translation>
    </message>
    <message>
        <source>hour or day</source>
        <translation>hour oder day</translation>
    </message>
    <message>
        <source>price table for estimated spend</source>
        <translation>Preistabelle für geschätzte Ausgaben</translation>
    </message>
    <message>
        <source>extra label matchers for every query, e.g. job=&quot;litellm&quot;</source>
        <translation>zusätzliche Label-Matcher für jede Abfrage, z. B. job=&quot;litellm&quot;</translation>
    </message>
    <message>
        <source>days and months in UTC instead of local time</source>
        <translation>Tage und Monate in UTC statt in Ortszeit</translation>
    </message>
    <message>
        <source>print the table as CSV</source>
        <translation>die Tabelle als CSV ausgeben</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>seconds to wait for Prometheus (default 60)</source>
        <translation>Sekunden Wartezeit auf Prometheus (Vorgabe 60)</translation>
    </message>
    <message>
        <source>cost takes no arguments besides options, got &apos;%1&apos;</source>
        <translation>cost nimmt außer Optionen keine Argumente an, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--csv and --json exclude each other</source>
        <translation>--csv und --json schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>cost needs --prometheus URL (or --profile NAME)</source>
        <translation>cost braucht --prometheus URL (oder --profile NAME)</translation>
    </message>
    <message>
        <source>the price table %1 cannot be used</source>
        <translation>die Preistabelle %1 kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation>letzte 24 Stunden</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>letzte 30 Tage</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>letzte 7 Tage</translation>
    </message>
    <message>
        <source>--range %1 is empty</source>
        <translation>--range %1 ist leer</translation>
    </message>
    <message>
        <source>last %1 days</source>
        <translation>letzte %1 Tage</translation>
    </message>
    <message>
        <source>last %1 hours</source>
        <translation>letzte %1 Stunden</translation>
    </message>
    <message>
        <source>--range %1: use FROM..TO with ISO dates or date-times, e.g. 2026-03-01..2026-03-08</source>
        <translation>--range %1: verwenden Sie FROM..TO mit ISO-Datum oder Datum mit Uhrzeit, z. B. 2026-03-01..2026-03-08</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>--range takes 24h, 7d, 30d, a number of days such as 14d, or FROM..TO; got &apos;%1&apos;</source>
        <translation>--range erwartet 24h, 7d, 30d, eine Anzahl Tage wie 14d oder FROM..TO; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--bucket takes hour or day, got &apos;%1&apos;</source>
        <translation>--bucket erwartet hour oder day, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--timeout takes seconds</source>
        <translation>--timeout erwartet Sekunden</translation>
    </message>
    <message>
        <source>warning: the router did not answer (%1); providers come from the metrics only
</source>
        <translation>Warnung: der Router hat nicht geantwortet (%1); die Anbieter stammen nur aus den Metriken
</translation>
    </message>
    <message>
        <source>Prometheus gave no answer within %1 s</source>
        <translation>Prometheus hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>routedeckctl: cost: %1
</source>
        <translation>routedeckctl: cost: %1
</translation>
    </message>
    <message>
        <source>Cost and tokens, %1: %2
</source>
        <translation>Kosten und Tokens, %1: %2
</translation>
    </message>
    <message>
        <source>No data for this range.
</source>
        <translation>Keine Daten für diesen Zeitraum.
</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>Spend%1: %2
</source>
        <translation>Ausgaben%1: %2
</translation>
    </message>
    <message>
        <source>Tokens: %1 input, %2 output
</source>
        <translation>Tokens: %1 Eingabe, %2 Ausgabe
</translation>
    </message>
    <message>
        <source>Requests: %1; cost per 1,000 requests%2: %3; average input tokens per call: %4
</source>
        <translation>Anfragen: %1; Kosten je 1.000 Anfragen%2: %3; durchschnittliche Eingabe-Tokens je Aufruf: %4
</translation>
    </message>
    <message>
        <source>Day over day: %1 (%2 against the day before)
</source>
        <translation>Tag zu Vortag: %1 (%2 gegenüber dem Vortag)
</translation>
    </message>
    <message>
        <source>Day over day: no data (the data does not cover the last two complete days)
</source>
        <translation>Tag zu Vortag: keine Daten (die Daten decken die letzten zwei vollständigen Tage nicht ab)
</translation>
    </message>
    <message>
        <source>Week over week: %1 (the last 7 complete days against the 7 before)
</source>
        <translation>Woche zu Vorwoche: %1 (die letzten 7 vollständigen Tage gegenüber den 7 davor)
</translation>
    </message>
    <message>
        <source>Week over week: no data (the data does not cover the last 14 complete days)
</source>
        <translation>Woche zu Vorwoche: keine Daten (die Daten decken die letzten 14 vollständigen Tage nicht ab)
</translation>
    </message>
    <message>
        <source>SPEND (ESTIMATED)</source>
        <translation>AUSGABEN (GESCHÄTZT)</translation>
    </message>
    <message>
        <source>SPEND</source>
        <translation>AUSGABEN</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>ANTEIL</translation>
    </message>
    <message>
        <source>INPUT TOKENS</source>
        <translation>EINGABE-TOKENS</translation>
    </message>
    <message>
        <source>OUTPUT TOKENS</source>
        <translation>AUSGABE-TOKENS</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>ANFRAGEN</translation>
    </message>
    <message>
        <source>PER 1K REQ</source>
        <translation>JE 1K ANFR.</translation>
    </message>
    <message>
        <source>IN TOK/CALL</source>
        <translation>EIN-TOK/AUFRUF</translation>
    </message>
    <message>
        <source>DAY/DAY</source>
        <translation>TAG/VORTAG</translation>
    </message>
    <message>
        <source>WEEK/WEEK</source>
        <translation>WOCHE/VORWOCHE</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>Top movers: no data (needs the last two complete days)
</source>
        <translation>Größte Anstiege: keine Daten (braucht die letzten zwei vollständigen Tage)
</translation>
    </message>
    <message>
        <source>Top movers: nothing spent more on %1 than the day before
</source>
        <translation>Größte Anstiege: am %1 wurde für nichts mehr ausgegeben als am Vortag
</translation>
    </message>
    <message>
        <source>Top movers, %1 against the day before:
</source>
        <translation>Größte Anstiege, %1 gegenüber dem Vortag:
</translation>
    </message>
    <message>
        <source>  largest increase: %1
</source>
        <translation>  größter Anstieg: %1
</translation>
    </message>
    <message>
        <source>  largest relative increase: %1
</source>
        <translation>  größter relativer Anstieg: %1
</translation>
    </message>
    <message>
        <source>Projection: %1
</source>
        <translation>Prognose: %1
</translation>
    </message>
    <message>
        <source>  cost --prometheus URL [--range 24h|7d|30d|Nd|FROM..TO] [--by model|deployment|provider|LABEL]
       [--bucket hour|day] [--router URL] [--profile NAME] [--prices FILE] [--csv|--json]
                                    spend, tokens and requests per model, agent or team, with
                                    changes, top movers and the month-end projection
</source>
        <translation>  cost --prometheus URL [--range 24h|7d|30d|Nd|FROM..TO] [--by model|deployment|provider|LABEL]
       [--bucket hour|day] [--router URL] [--profile NAME] [--prices FILE] [--csv|--json]
                                    Ausgaben, Tokens und Anfragen je Modell, Agent oder Team, mit
                                    Veränderungen, größten Anstiegen und der Prognose zum Monatsende
</translation>
    </message>
    <message>
        <source>model, deployment, provider, or a label of the token series (metadata_agent, team, tag_...)</source>
        <translation>model, deployment, provider oder ein Label der Token-Reihen (metadata_agent, team, tag_...)</translation>
    </message>
    <message>
        <source>--by takes model, deployment, provider or a label name such as %1; got &apos;%2&apos;</source>
        <translation>--by nimmt model, deployment, provider oder einen Label-Namen wie %1; erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--by takes model, deployment, provider or a label of the token series (%1); got &apos;%2&apos;</source>
        <translation>--by nimmt model, deployment, provider oder ein Label der Token-Reihen (%1); erhalten: &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>RouteDeck::CostFormat</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1 k</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <source>No projection: there is no spend data in the last 24 hours of this range, or the range does not end now.</source>
        <translation>Keine Prognose: In den letzten 24 Stunden dieses Zeitraums gibt es keine Kostendaten, oder der Zeitraum endet nicht jetzt.</translation>
    </message>
    <message>
        <source>the last 24 hours&apos; rate</source>
        <translation>der Rate der letzten 24 Stunden</translation>
    </message>
    <message>
        <source>the rate of the last %n hour(s) (all the data there is)</source>
        <translation>der Rate der letzten %n Stunde(n) (alle vorhandenen Daten)</translation>
    </message>
    <message>
        <source>the rate of the last %n minute(s) (all the data there is)</source>
        <translation>der Rate der letzten %n Minute(n) (alle vorhandenen Daten)</translation>
    </message>
    <message>
        <source>At %1 (%2 a day), %3 ends at about %4: %5 so far and %6 days to go.</source>
        <translation>Bei %1 (%2 pro Tag) endet %3 bei etwa %4: bisher %5, noch %6 Tage.</translation>
    </message>
    <message>
        <source>&quot;So far&quot; counts from %1, where the data starts.</source>
        <translation>„Bisher“ zählt ab %1, dem Beginn der Daten.</translation>
    </message>
    <message>
        <source>All amounts are estimated from tokens and the price table.</source>
        <translation>Alle Beträge sind aus Tokens und der Preistabelle geschätzt.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (+%4, %5)</source>
        <translation>%1: %2 → %3 (+%4, %5)</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(geschätzt)</translation>
    </message>
    <message>
        <source>hourly buckets</source>
        <translation>stündliche Intervalle</translation>
    </message>
    <message>
        <source>daily buckets</source>
        <translation>tägliche Intervalle</translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
</context>
<context>
    <name>RouteDeck::CostPage</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the range (included)</source>
        <translation>Letzter Tag des Zeitraums (eingeschlossen)</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Input tokens per call</source>
        <translation>Eingabe-Tokens pro Aufruf</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Cost per 1,000 requests</source>
        <translation>Kosten pro 1.000 Anfragen</translation>
    </message>
    <message>
        <source>What the trend lines show</source>
        <translation>Was die Trendlinien zeigen</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>&amp;Bars:</source>
        <translation>Bal&amp;ken:</translation>
    </message>
    <message>
        <source>B&amp;y:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>&amp;Preise…</translation>
    </message>
    <message>
        <source>The price table used to estimate spend when the router exports no spend metric</source>
        <translation>Die Preistabelle, mit der die Kosten geschätzt werden, wenn der Router keine Kostenmetrik exportiert</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Save this page (headline, charts, changes and table) as a PNG image</source>
        <translation>Diese Seite (Kennzahlen, Diagramme, Änderungen und Tabelle) als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the table as CSV, numbers without units</source>
        <translation>Die Tabelle als CSV speichern, Zahlen ohne Einheiten</translation>
    </message>
    <message>
        <source>No data for this range</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Trend:</source>
        <translation>&amp;Trend:</translation>
    </message>
    <message>
        <source>Model group</source>
        <translation>Modellgruppe</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Hourly bars are offered for ranges up to 7 days</source>
        <translation>Stündliche Balken gibt es für Zeiträume bis 7 Tage</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <source>the last 24 hours</source>
        <translation>die letzten 24 Stunden</translation>
    </message>
    <message>
        <source>the last 7 days</source>
        <translation>die letzten 7 Tage</translation>
    </message>
    <message>
        <source>the last 30 days</source>
        <translation>die letzten 30 Tage</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Could not load cost data: %1</source>
        <translation>Kostendaten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <translation>%1 · aktualisiert %2</translation>
    </message>
    <message>
        <source>Waiting for Prometheus…</source>
        <translation>Warte auf Prometheus…</translation>
    </message>
    <message>
        <source>%1 vs the day before</source>
        <translation>%1 gegenüber dem Vortag</translation>
    </message>
    <message>
        <source>needs two complete days</source>
        <translation>braucht zwei vollständige Tage</translation>
    </message>
    <message>
        <source>Estimated spend, %1</source>
        <translation>Geschätzte Kosten für %1</translation>
    </message>
    <message>
        <source>Spend, %1</source>
        <translation>Kosten für %1</translation>
    </message>
    <message>
        <source>estimated from tokens × prices</source>
        <translation>geschätzt aus Tokens × Preisen</translation>
    </message>
    <message>
        <source>as the router reports it</source>
        <translation>wie vom Router gemeldet</translation>
    </message>
    <message>
        <source>Day over day, estimated</source>
        <translation>Änderung zum Vortag, geschätzt</translation>
    </message>
    <message>
        <source>Day over day</source>
        <translation>Änderung zum Vortag</translation>
    </message>
    <message>
        <source>Week over week, estimated</source>
        <translation>Änderung zur Vorwoche, geschätzt</translation>
    </message>
    <message>
        <source>Week over week</source>
        <translation>Änderung zur Vorwoche</translation>
    </message>
    <message>
        <source>last 7 days vs the 7 before</source>
        <translation>letzte 7 Tage gegenüber den 7 davor</translation>
    </message>
    <message>
        <source>needs two complete weeks</source>
        <translation>braucht zwei vollständige Wochen</translation>
    </message>
    <message>
        <source>Estimated cost per 1,000 requests</source>
        <translation>Geschätzte Kosten pro 1.000 Anfragen</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>%1 output tokens per call</source>
        <translation>%1 Ausgabe-Tokens pro Aufruf</translation>
    </message>
    <message>
        <source>Estimated month-end spend</source>
        <translation>Geschätzte Kosten zum Monatsende</translation>
    </message>
    <message>
        <source>Month-end projection</source>
        <translation>Prognose zum Monatsende</translation>
    </message>
    <message>
        <source>%1 a day, estimated</source>
        <translation>%1 pro Tag, geschätzt</translation>
    </message>
    <message>
        <source>at %1 a day</source>
        <translation>bei %1 pro Tag</translation>
    </message>
    <message>
        <source>for ranges ending now</source>
        <translation>für Zeiträume, die jetzt enden</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Estimated spend per %1 by %2</source>
        <translation>Geschätzte Kosten pro %1 nach %2</translation>
    </message>
    <message>
        <source>Spend per %1 by %2</source>
        <translation>Kosten pro %1 nach %2</translation>
    </message>
    <message>
        <source>%1, estimated</source>
        <translation>%1, geschätzt</translation>
    </message>
    <message>
        <source>Could not load cost data</source>
        <translation>Kostendaten konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Input tokens per call by %1</source>
        <translation>Eingabe-Tokens pro Aufruf nach %1</translation>
    </message>
    <message>
        <source>tokens per call</source>
        <translation>Tokens pro Aufruf</translation>
    </message>
    <message>
        <source>Input tokens per %1 by %2</source>
        <translation>Eingabe-Tokens pro %1 nach %2</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Output tokens per %1 by %2</source>
        <translation>Ausgabe-Tokens pro %1 nach %2</translation>
    </message>
    <message>
        <source>Requests per %1 by %2</source>
        <translation>Anfragen pro %1 nach %2</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Estimated cost per 1,000 requests by %1</source>
        <translation>Geschätzte Kosten pro 1.000 Anfragen nach %1</translation>
    </message>
    <message>
        <source>Cost per 1,000 requests by %1</source>
        <translation>Kosten pro 1.000 Anfragen nach %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Waiting for cost data…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Warte auf Kostendaten…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No data for %1.&lt;/b&gt; Prometheus has no token or spend series in this range.</source>
        <translation>&lt;b&gt;Keine Daten für %1.&lt;/b&gt; Prometheus hat in diesem Zeitraum keine Token- oder Kostenreihen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changed:&lt;/b&gt; no data yet; comparing days needs the last two complete days.</source>
        <translation>&lt;b&gt;Was sich geändert hat:&lt;/b&gt; noch keine Daten; der Vergleich von Tagen braucht die letzten zwei vollständigen Tage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changed&lt;/b&gt; (%1 against the day before): no %2 spent more.</source>
        <translation>&lt;b&gt;Was sich geändert hat&lt;/b&gt; (%1 gegenüber dem Vortag): keine Kostensteigerung nach %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Biggest increases&lt;/b&gt; (%1 against the day before): %2.</source>
        <translation>&lt;b&gt;Größte Anstiege&lt;/b&gt; (%1 gegenüber dem Vortag): %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fastest growing:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Am schnellsten wachsend:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>Projection:</source>
        <translation>Prognose:</translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder exists and is writable</source>
        <translation>%1 konnte nicht geschrieben werden: prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>RouteDeck::CostQueryPlan</name>
    <message>
        <source>A custom range needs a start.</source>
        <translation>Ein benutzerdefinierter Zeitraum braucht einen Anfang.</translation>
    </message>
    <message>
        <source>The range is empty: it starts at %1, after its end %2.</source>
        <translation>Der Zeitraum ist leer: er beginnt am %1, nach seinem Ende am %2.</translation>
    </message>
    <message>
        <source>Hourly buckets are offered for ranges up to 7 days; this range is shown by day.</source>
        <translation>Stündliche Intervalle gibt es für Zeiträume bis 7 Tage; dieser Zeitraum wird nach Tagen angezeigt.</translation>
    </message>
    <message>
        <source>Ranges are limited to %1 days; the range starts at %2.</source>
        <translation>Zeiträume sind auf %1 Tage begrenzt; der Zeitraum beginnt am %2.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::CostReport</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team alias</source>
        <translation>Team-Alias</translation>
    </message>
    <message>
        <source>API key alias</source>
        <translation>API-Key-Alias</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Endbenutzer</translation>
    </message>
    <message>
        <source>Model group</source>
        <translation>Modellgruppe</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>(no model group)</source>
        <translation>(keine Modellgruppe)</translation>
    </message>
    <message>
        <source>(no deployment id)</source>
        <translation>(keine Bereitstellungs-ID)</translation>
    </message>
    <message>
        <source>(unknown provider)</source>
        <translation>(unbekannter Anbieter)</translation>
    </message>
    <message>
        <source>(no %1)</source>
        <translation>(ohne %1)</translation>
    </message>
</context>
<context>
    <name>RouteDeck::CostReport::Builder</name>
    <message>
        <source>%1 (model %2, group %3)</source>
        <translation>%1 (Modell %2, Gruppe %3)</translation>
    </message>
    <message>
        <source>unknown deployment</source>
        <translation>unbekannte Bereitstellung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The router exports no spend metric: spend is estimated from token counts and the price table.</source>
        <translation>Der Router exportiert keine Kostenmetrik: die Kosten werden aus Token-Zahlen und der Preistabelle geschätzt.</translation>
    </message>
    <message>
        <source>Some deployments export no spend: their spend is estimated from token counts and the price table.</source>
        <translation>Einige Bereitstellungen exportieren keine Kosten: ihre Kosten werden aus Token-Zahlen und der Preistabelle geschätzt.</translation>
    </message>
    <message>
        <source>No price for %1: their spend is left out. Add them to the price table.</source>
        <translation>Kein Preis für %1: ihre Kosten bleiben unberücksichtigt. Fügen Sie sie der Preistabelle hinzu.</translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Data starts at %1; earlier buckets say &quot;no data&quot;.</source>
        <translation>Die Daten beginnen am %1; frühere Intervalle zeigen „keine Daten“.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::CostService</name>
    <message>
        <source>The query catalog &apos;%1&apos; has no cost queries (%2); add them to see cost and tokens.</source>
        <translation>Der Abfragekatalog &apos;%1&apos; enthält keine Kostenabfragen (%2); fügen Sie sie hinzu, um Kosten und Tokens zu sehen.</translation>
    </message>
    <message>
        <source>The cost query &apos;%1&apos; failed: %2</source>
        <translation>Die Kostenabfrage &apos;%1&apos; ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cost dimension of the query catalog &apos;%2&apos; or of the data; there are %3.</source>
        <translation>&apos;%1&apos; ist keine Kostendimension des Abfragekatalogs &apos;%2&apos; oder der Daten; vorhanden sind %3.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::CostTableModel</name>
    <message>
        <source>(estimated)</source>
        <translation>(geschätzt)</translation>
    </message>
    <message>
        <source>%1 input tokens</source>
        <translation>%1 Eingabe-Tokens</translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation>%1 Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>%1 requests, %2 of them successful</source>
        <translation>%1 Anfragen, davon %2 erfolgreich</translation>
    </message>
    <message>
        <source>Estimated from input and output tokens and the price table</source>
        <translation>Geschätzt aus Eingabe- und Ausgabe-Tokens und der Preistabelle</translation>
    </message>
    <message>
        <source>As reported by the router&apos;s spend metric</source>
        <translation>Wie von der Kostenmetrik des Routers gemeldet</translation>
    </message>
    <message>
        <source>Input tokens per successful call: a prompt that grew shows up here</source>
        <translation>Eingabe-Tokens pro erfolgreichem Aufruf: ein gewachsener Prompt zeigt sich hier</translation>
    </message>
    <message>
        <source>Spend per 1,000 LLM API calls, failed ones included</source>
        <translation>Kosten pro 1.000 LLM-API-Aufrufe, fehlgeschlagene eingeschlossen</translation>
    </message>
    <message>
        <source>Spend yesterday against the day before</source>
        <translation>Kosten von gestern gegenüber dem Tag davor</translation>
    </message>
    <message>
        <source>Spend in the last 7 complete days against the 7 before them</source>
        <translation>Kosten der letzten 7 vollständigen Tage gegenüber den 7 Tagen davor</translation>
    </message>
    <message>
        <source>The router exports no spend for some or all deployments: spend is estimated from tokens and the price table</source>
        <translation>Der Router exportiert für einige oder alle Bereitstellungen keine Kosten: die Kosten werden aus Tokens und der Preistabelle geschätzt</translation>
    </message>
    <message>
        <source>Spend in the range</source>
        <translation>Kosten im Zeitraum</translation>
    </message>
    <message>
        <source>Share of the range&apos;s total spend</source>
        <translation>Anteil an den Gesamtkosten des Zeitraums</translation>
    </message>
    <message>
        <source>Estimated spend (%1)</source>
        <translation>Geschätzte Kosten (%1)</translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation>Kosten (%1)</translation>
    </message>
    <message>
        <source>Share, estimated (%)</source>
        <translation>Anteil, geschätzt (%)</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Estimated per 1,000 requests (%1)</source>
        <translation>Geschätzt pro 1.000 Anfragen (%1)</translation>
    </message>
    <message>
        <source>Per 1,000 requests (%1)</source>
        <translation>Pro 1.000 Anfragen (%1)</translation>
    </message>
    <message>
        <source>Input tokens per call</source>
        <translation>Eingabe-Tokens pro Aufruf</translation>
    </message>
    <message>
        <source>Day over day, estimated (%)</source>
        <translation>Zum Vortag, geschätzt (%)</translation>
    </message>
    <message>
        <source>Day over day (%)</source>
        <translation>Zum Vortag (%)</translation>
    </message>
    <message>
        <source>Week over week, estimated (%)</source>
        <translation>Zur Vorwoche, geschätzt (%)</translation>
    </message>
    <message>
        <source>Week over week (%)</source>
        <translation>Zur Vorwoche (%)</translation>
    </message>
</context>
<context>
    <name>RouteDeck::CtlCommands</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>validate takes exactly one FILE</source>
        <translation>validate erwartet genau ein Argument FILE</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s)
</source>
        <translation>%1: %2 Fehler, %3 Warnung(en)
</translation>
    </message>
    <message>
        <source>%1: OK, %2 deployment(s) in %3 group(s)
</source>
        <translation>%1: OK, %2 Bereitstellung(en) in %3 Gruppe(n)
</translation>
    </message>
    <message>
        <source>LiteLLM config file</source>
        <translation>LiteLLM-Konfigurationsdatei</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>only this model group</source>
        <translation>nur diese Modellgruppe</translation>
    </message>
    <message>
        <source>show takes exactly one FILE</source>
        <translation>show erwartet genau ein Argument FILE</translation>
    </message>
    <message>
        <source>routedeckctl: no model group &apos;%1&apos; in %2 (groups: %3)
</source>
        <translation>routedeckctl: keine Modellgruppe &apos;%1&apos; in %2 (Gruppen: %3)
</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>DEPLOYMENT</source>
        <translation>BEREITSTELLUNG</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>GEWICHT</translation>
    </message>
    <message>
        <source>SHARE %</source>
        <translation>ANTEIL %</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>REIHENFOLGE</translation>
    </message>
    <message>
        <source>write the change (atomically); without it, a dry run</source>
        <translation>die Änderung (atomar) schreiben; ohne diese Option ein Probelauf</translation>
    </message>
    <message>
        <source>set-weight needs FILE GROUP ID=WEIGHT [ID=WEIGHT ...]</source>
        <translation>set-weight erwartet FILE GROUP ID=WEIGHT [ID=WEIGHT ...]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ID=WEIGHT with a weight of 0 or more</source>
        <translation>&apos;%1&apos; ist nicht ID=WEIGHT mit einem Gewicht von 0 oder mehr</translation>
    </message>
    <message>
        <source>routedeckctl: &apos;%1&apos; is not a deployment of &apos;%2&apos; (deployments: %3)
</source>
        <translation>routedeckctl: &apos;%1&apos; ist keine Bereitstellung von &apos;%2&apos; (Bereitstellungen: %3)
</translation>
    </message>
    <message>
        <source>No weight changes: %1 is left as it is.
</source>
        <translation>Keine Gewichtsänderungen: %1 bleibt unverändert.
</translation>
    </message>
    <message>
        <source>Wrote %1 (%n weight(s) changed).
</source>
        <translation>%1 geschrieben (%n Gewicht(e) geändert).
</translation>
    </message>
    <message>
        <source>seconds to wait for both sources (default 20)</source>
        <translation>Sekunden, die auf beide Quellen gewartet wird (Vorgabe 20)</translation>
    </message>
    <message>
        <source>status needs --router URL and --prometheus URL (or --profile NAME)</source>
        <translation>status erwartet --router URL und --prometheus URL (oder --profile NAME)</translation>
    </message>
    <message>
        <source>--timeout takes seconds</source>
        <translation>--timeout erwartet Sekunden</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>CONF %</source>
        <translation>KONF. %</translation>
    </message>
    <message>
        <source>EFF %</source>
        <translation>WIRKS. %</translation>
    </message>
    <message>
        <source>OBS %</source>
        <translation>BEOB. %</translation>
    </message>
    <message>
        <source>REQ/S</source>
        <translation>REQ/S</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>P99</source>
        <translation>P99</translation>
    </message>
    <message>
        <source>OK/S</source>
        <translation>OK/S</translation>
    </message>
    <message>
        <source>TIMEOUT/S</source>
        <translation>ZEITÜBERSCHR./S</translation>
    </message>
    <message>
        <source>429/S</source>
        <translation>429/S</translation>
    </message>
    <message>
        <source>API_ERR/S</source>
        <translation>API-FEHLER/S</translation>
    </message>
    <message>
        <source>OTHER/S</source>
        <translation>SONSTIGE/S</translation>
    </message>
    <message>
        <source> [metrics only]</source>
        <translation> [nur Metriken]</translation>
    </message>
    <message>
        <source> [no metrics]</source>
        <translation> [keine Metriken]</translation>
    </message>
    <message>
        <source>%1: %2 req/s, %3 errors, %4 fallbacks/s, %5 of %6 cooling, max drift %7 pp
</source>
        <translation>%1: %2 req/s, %3 Fehler, %4 Fallbacks/s, %5 von %6 im Cooldown, max. Abweichung %7 pp
</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>routedeckctl: refused: %1
</source>
        <translation>routedeckctl: abgelehnt: %1
</translation>
    </message>
    <message>
        <source>the group name, to confirm a risky change</source>
        <translation>der Gruppenname, um eine riskante Änderung zu bestätigen</translation>
    </message>
    <message>
        <source>percentage points of share movement that make a change risky</source>
        <translation>Prozentpunkte Anteilsverschiebung, ab denen eine Änderung riskant ist</translation>
    </message>
    <message>
        <source>--max-shift takes percentage points above 0 and up to 100</source>
        <translation>--max-shift erwartet Prozentpunkte über 0 und bis 100</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Add --write to save %1</source>
        <translation>Probelauf: es wurde nichts geschrieben. Zum Speichern von %1 fügen Sie --write hinzu</translation>
    </message>
    <message>
        <source> (and --confirm %1: the change is risky)</source>
        <translation> (und --confirm %1: die Änderung ist riskant)</translation>
    </message>
    <message>
        <source>routedeckctl: this change is risky (see the warnings above); repeat with --confirm %1 to write it
</source>
        <translation>routedeckctl: diese Änderung ist riskant (siehe die Warnungen oben); wiederholen Sie sie mit --confirm %1, um sie zu schreiben
</translation>
    </message>
    <message>
        <source>the state at this past moment (ISO 8601, or -15m)</source>
        <translation>der Zustand zu diesem vergangenen Zeitpunkt (ISO 8601, oder -15m)</translation>
    </message>
    <message>
        <source>--at: %1</source>
        <translation>--at: %1</translation>
    </message>
    <message>
        <source>Replay of %1: metrics as they were then; the deployments and weights are the router&apos;s current ones.

</source>
        <translation>Wiedergabe von %1: Metriken wie damals; Bereitstellungen und Gewichte sind die aktuellen des Routers.

</translation>
    </message>
    <message>
        <source>Usage: routedeckctl COMMAND [ARGS]

Commands:
  validate FILE                     check a LiteLLM config; exit 1 when it has errors or warnings
  show FILE [--group G] [--json]    groups, deployments, weights and configured shares
  set-weight FILE GROUP ID=W ... [--write [--confirm GROUP]] [--max-shift PP] [--audit-log FILE]
                                    change weights; checks guardrails, prints the diff, writes
                                    only with --write (a risky change also needs --confirm;
                                    audit logged; refused when a read-only profile names FILE)
  set-weight --router URL GROUP ID=W ... [--yes [--confirm GROUP]] [--prometheus URL]
                                    the same on a live router: re-reads, checks guardrails,
                                    prints the API calls; pushes only with --yes (audit logged)
  status --router URL --prometheus URL [--profile NAME] [--group G] [--at TIME] [--json]
                                    live split, latency, outcomes and cooldowns; exit 2 when a
                                    source is unreachable; --at: as they were at TIME
                                    (2026-12-04T03:06:27Z, or -15m)
</source>
        <translation>Aufruf: routedeckctl COMMAND [ARGS]

Befehle:
  validate FILE                     eine LiteLLM-Konfiguration prüfen; Exit-Code 1 bei Fehlern
                                    oder Warnungen
  show FILE [--group G] [--json]    Gruppen, Bereitstellungen, Gewichte und konfigurierte Anteile
  set-weight FILE GROUP ID=W ... [--write [--confirm GROUP]] [--max-shift PP] [--audit-log FILE]
                                    Gewichte ändern; prüft Schutzregeln, zeigt den Diff, schreibt
                                    nur mit --write (eine riskante Änderung braucht auch --confirm;
                                    mit Eintrag im Audit-Log; abgelehnt, wenn ein schreibgeschütztes
                                    Profil FILE nennt)
  set-weight --router URL GROUP ID=W ... [--yes [--confirm GROUP]] [--prometheus URL]
                                    dasselbe an einem laufenden Router: liest neu, prüft Schutz-
                                    regeln, zeigt die API-Aufrufe; überträgt nur mit --yes (mit
                                    Eintrag im Audit-Log)
  status --router URL --prometheus URL [--profile NAME] [--group G] [--at TIME] [--json]
                                    Live-Aufteilung, Latenz, Ergebnisse und Cooldowns; Exit-Code 2,
                                    wenn eine Quelle nicht erreichbar ist; --at: wie sie zum
                                    Zeitpunkt TIME waren (2026-12-04T03:06:27Z, oder -15m)
</translation>
    </message>
    <message>
        <source>audit log file</source>
        <translation>Audit-Log-Datei</translation>
    </message>
    <message>
        <source>First, an earlier push was found cut off and recorded: %1
</source>
        <translation>Zuerst wurde eine frühere, abgebrochene Übertragung gefunden und vermerkt: %1
</translation>
    </message>
    <message>
        <source>Audit log: %1 (entry %2)
</source>
        <translation>Audit-Log: %1 (Eintrag %2)
</translation>
    </message>
    <message>
        <source>(command line)</source>
        <translation>(Befehlszeile)</translation>
    </message>
</context>
<context>
    <name>RouteDeck::CtlConnection</name>
    <message>
        <source>router admin URL</source>
        <translation>Admin-URL des Routers</translation>
    </message>
    <message>
        <source>Prometheus-compatible URL</source>
        <translation>Prometheus-kompatible URL</translation>
    </message>
    <message>
        <source>connection profile name</source>
        <translation>Name des Verbindungsprofils</translation>
    </message>
    <message>
        <source>environment variable with the master key</source>
        <translation>Umgebungsvariable mit dem Master-Key</translation>
    </message>
    <message>
        <source>Prometheus scrape interval in seconds</source>
        <translation>Scrape-Intervall von Prometheus in Sekunden</translation>
    </message>
    <message>
        <source>no profile &apos;%1&apos; in %2</source>
        <translation>kein Profil &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the moment was not read within %1 s</source>
        <translation>der Zeitpunkt wurde nicht innerhalb von %1 s gelesen</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; keeps its master key in the desktop keyring, which could not be read: %2; going on without a key</source>
        <translation>Profil &apos;%1&apos; bewahrt seinen Master-Key im Schlüsselbund des Desktops auf, der nicht gelesen werden konnte: %2; es geht ohne Schlüssel weiter</translation>
    </message>
</context>
<context>
    <name>RouteDeck::DataPlane</name>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Prometheus has no LiteLLM series for the router&apos;s deployments, and its target list could not be read to tell why: %1</source>
        <translation>Prometheus hat keine LiteLLM-Serien für die Deployments des Routers, und seine Target-Liste ließ sich nicht lesen, um den Grund zu nennen: %1</translation>
    </message>
    <message>
        <source>LiteLLM %1</source>
        <translation>LiteLLM %1</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (um %2)</translation>
    </message>
    <message>
        <source>weights changed after the replayed moment: %1; the configured split shown is the router&apos;s current one</source>
        <translation>Gewichte wurden nach dem wiedergegebenen Zeitpunkt geändert: %1; die gezeigte konfigurierte Aufteilung ist die aktuelle des Routers</translation>
    </message>
    <message>
        <source>the moment could not be read: %1</source>
        <translation>der Zeitpunkt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the router&apos;s cooldown_time could not be read: cooldowns at the moment are judged with LiteLLM&apos;s default of %1 s</source>
        <translation>die cooldown_time des Routers konnte nicht gelesen werden: Cooldowns zu diesem Zeitpunkt werden mit dem LiteLLM-Standardwert von %1 s beurteilt</translation>
    </message>
</context>
<context>
    <name>RouteDeck::DemoEnvironment</name>
    <message>
        <source>routedeck-sim was not found beside the console or on PATH; build it with `cmake --build` (target routedeck-sim).</source>
        <translation>routedeck-sim wurde weder neben der Konsole noch im PATH gefunden; bauen Sie es mit `cmake --build` (Ziel routedeck-sim).</translation>
    </message>
    <message>
        <source>Prometheus is not installed. Install it with `apt-get install prometheus` (Debian/Ubuntu), or set ROUTEDECK_PROMETHEUS to its path.</source>
        <translation>Prometheus ist nicht installiert. Installieren Sie es mit `apt-get install prometheus` (Debian/Ubuntu), oder setzen Sie ROUTEDECK_PROMETHEUS auf seinen Pfad.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation>Für die Demo konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>There is no demo scenario &apos;%1&apos; (scenarios: %2).</source>
        <translation>Es gibt kein Demo-Szenario &apos;%1&apos; (Szenarien: %2).</translation>
    </message>
    <message>
        <source>Starting the router simulator…</source>
        <translation>Router-Simulator wird gestartet…</translation>
    </message>
    <message>
        <source>The router simulator stopped (exit code %1): %2</source>
        <translation>Der Router-Simulator wurde beendet (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>The router simulator could not start: %1</source>
        <translation>Der Router-Simulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>No free port on 127.0.0.1 for Prometheus.</source>
        <translation>Kein freier Port auf 127.0.0.1 für Prometheus.</translation>
    </message>
    <message>
        <source>Could not write the Prometheus config: %1</source>
        <translation>Die Prometheus-Konfiguration konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Starting Prometheus on %1…</source>
        <translation>Prometheus wird auf %1 gestartet…</translation>
    </message>
    <message>
        <source>Prometheus %1 is ready.</source>
        <translation>Prometheus %1 ist bereit.</translation>
    </message>
    <message>
        <source>Prometheus did not become ready: %1</source>
        <translation>Prometheus wurde nicht bereit: %1</translation>
    </message>
    <message>
        <source>promtool was not found (it comes with Prometheus): the Cost page shows live data only.</source>
        <translation>promtool wurde nicht gefunden (es gehört zu Prometheus): die Seite Kosten zeigt nur Live-Daten.</translation>
    </message>
    <message>
        <source>No cost history: %1</source>
        <translation>Kein Kostenverlauf: %1</translation>
    </message>
    <message numerus="yes">
        <source>Simulating the last %n day(s) for the Cost page…</source>
        <translation>
            <numerusform>Simuliere %n zurückliegenden Tag für die Seite Kosten…</numerusform>
            <numerusform>Simuliere %n zurückliegende Tage für die Seite Kosten…</numerusform>
        </translation>
    </message>
    <message>
        <source>No cost history: promtool failed: %1</source>
        <translation>Kein Kostenverlauf: promtool ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cost history imported; Prometheus loads it within a minute.</source>
        <translation>Kostenverlauf importiert; Prometheus lädt ihn innerhalb einer Minute.</translation>
    </message>
    <message>
        <source>Cost history is loaded.</source>
        <translation>Kostenverlauf ist geladen.</translation>
    </message>
    <message>
        <source>Prometheus stopped (exit code %1): %2</source>
        <translation>Prometheus wurde beendet (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>Prometheus could not start: %1</source>
        <translation>Prometheus konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Drill: Prometheus stopped.</source>
        <translation>Übung: Prometheus angehalten.</translation>
    </message>
    <message>
        <source>Drill: Prometheus started again on %1.</source>
        <translation>Übung: Prometheus läuft wieder auf %1.</translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation>Lokale Demo</translation>
    </message>
    <message>
        <source>Could not write the Prometheus rules: %1</source>
        <translation>Die Prometheus-Regeln konnten nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>RouteDeck::DeploymentTableModel</name>
    <message>
        <source>No model_info.id in the file: RouteDeck derived this id from the deployment&apos;s content.</source>
        <translation>Keine model_info.id in der Datei: RouteDeck hat diese ID aus dem Inhalt der Bereitstellung abgeleitet.</translation>
    </message>
    <message>
        <source>Configured share of &apos;%1&apos; traffic (from %2)</source>
        <translation>Konfigurierter Anteil am Verkehr von &apos;%1&apos; (aus %2)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>RPM</source>
        <translation>RPM</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>API base</source>
        <translation>API-Basis</translation>
    </message>
    <message>
        <source>Defined at</source>
        <translation>Definiert in</translation>
    </message>
</context>
<context>
    <name>RouteDeck::EditPlanner</name>
    <message>
        <source>cannot find the text of the weight of deployment %1 at this position; change it by hand</source>
        <translation>der Text des Gewichts der Bereitstellung %1 ist an dieser Stelle nicht zu finden; ändern Sie es von Hand</translation>
    </message>
    <message>
        <source>deployment %1 is not in model_list as read; change it by hand</source>
        <translation>Bereitstellung %1 ist nicht in der gelesenen model_list; ändern Sie sie von Hand</translation>
    </message>
    <message>
        <source>deployment %1 is an alias (*%2) of another model_list entry; change its weight by hand</source>
        <translation>Bereitstellung %1 ist ein Alias (*%2) eines anderen model_list-Eintrags; ändern Sie ihr Gewicht von Hand</translation>
    </message>
    <message>
        <source>deployment %1 is not a map; change it by hand</source>
        <translation>Bereitstellung %1 ist keine Map; ändern Sie sie von Hand</translation>
    </message>
    <message>
        <source>deployment %1 is anchored as &amp;%2 and repeated elsewhere through *%2; changing it would change the copies too, change it by hand</source>
        <translation>Bereitstellung %1 ist als &amp;%2 verankert und wird an anderer Stelle über *%2 wiederholt; eine Änderung würde auch die Kopien ändern, ändern Sie sie von Hand</translation>
    </message>
    <message>
        <source>litellm_params of deployment %1 comes from a merge key (&lt;&lt;); changing it would change the other entries that merge it, change the weight by hand</source>
        <translation>litellm_params der Bereitstellung %1 stammt aus einem Merge-Key (&lt;&lt;); eine Änderung würde auch die anderen Einträge ändern, die ihn einbinden, ändern Sie das Gewicht von Hand</translation>
    </message>
    <message>
        <source>deployment %1 has no litellm_params</source>
        <translation>Bereitstellung %1 hat keine litellm_params</translation>
    </message>
    <message>
        <source>litellm_params of deployment %1 is an alias (*%2): other entries share it, so its weight must be changed by hand</source>
        <translation>litellm_params der Bereitstellung %1 ist ein Alias (*%2): andere Einträge teilen es, daher muss das Gewicht von Hand geändert werden</translation>
    </message>
    <message>
        <source>litellm_params of deployment %1 is not a map</source>
        <translation>litellm_params der Bereitstellung %1 ist keine Map</translation>
    </message>
    <message>
        <source>litellm_params of deployment %1 is anchored as &amp;%2 and reused elsewhere through *%2; changing it would change the other entries too, change the weight by hand</source>
        <translation>litellm_params der Bereitstellung %1 ist als &amp;%2 verankert und wird an anderer Stelle über *%2 wiederverwendet; eine Änderung würde auch die anderen Einträge ändern, ändern Sie das Gewicht von Hand</translation>
    </message>
    <message>
        <source>weight of deployment %1 is a %2, not a number; change it by hand</source>
        <translation>das Gewicht der Bereitstellung %1 ist eine %2, keine Zahl; ändern Sie es von Hand</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>weight of deployment %1 is anchored as &amp;%2 and reused elsewhere through *%2; change it by hand</source>
        <translation>das Gewicht der Bereitstellung %1 ist als &amp;%2 verankert und wird an anderer Stelle über *%2 wiederverwendet; ändern Sie es von Hand</translation>
    </message>
    <message>
        <source>the weight of deployment %1 comes from a merge key (&lt;&lt;); removing it would change the other entries that merge it, change it by hand</source>
        <translation>das Gewicht der Bereitstellung %1 stammt aus einem Merge-Schlüssel (&lt;&lt;); es zu entfernen würde die anderen Einträge ändern, die ihn einbinden – ändern Sie es von Hand</translation>
    </message>
    <message>
        <source>the weight of deployment %1 does not start its own line; remove it by hand</source>
        <translation>das Gewicht der Bereitstellung %1 steht nicht am Anfang einer eigenen Zeile; entfernen Sie es von Hand</translation>
    </message>
    <message>
        <source>the weight of deployment %1 shares its line with more than a comment; remove it by hand</source>
        <translation>das Gewicht der Bereitstellung %1 teilt seine Zeile mit mehr als einem Kommentar; entfernen Sie es von Hand</translation>
    </message>
    <message>
        <source>cannot find where the weight of deployment %1 ends in its {...} map; remove it by hand</source>
        <translation>es ist nicht zu finden, wo das Gewicht der Bereitstellung %1 in seiner {...}-Map endet; entfernen Sie es von Hand</translation>
    </message>
    <message>
        <source>the weight of deployment %1 is the only entry of router_settings.weights.%2; removing it would leave that group empty, remove the group from router_settings.weights by hand</source>
        <translation>das Gewicht der Bereitstellung %1 ist der einzige Eintrag von router_settings.weights.%2; es zu entfernen würde diese Gruppe leer lassen – entfernen Sie die Gruppe von Hand aus router_settings.weights</translation>
    </message>
</context>
<context>
    <name>RouteDeck::GroupComboBox</name>
    <message>
        <source>Model group</source>
        <translation>Modellgruppe</translation>
    </message>
</context>
<context>
    <name>RouteDeck::GroupNavigator</name>
    <message>
        <source>Model groups</source>
        <translation>Modellgruppen</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
</context>
<context>
    <name>RouteDeck::GroupOverviewModel</name>
    <message>
        <source>Nothing is wrong</source>
        <translation>Alles in Ordnung</translation>
    </message>
    <message>
        <source>every deployment is cooling</source>
        <translation>alle Bereitstellungen sind im Cooldown</translation>
    </message>
    <message>
        <source>%1 of calls fail</source>
        <translation>%1 der Aufrufe schlagen fehl</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) cooling</source>
        <translation>
            <numerusform>%n Bereitstellung im Cooldown</numerusform>
            <numerusform>%n Bereitstellungen im Cooldown</numerusform>
        </translation>
    </message>
    <message>
        <source>p95 over %1 on %2</source>
        <translation>p95 über %1 bei %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) in partial outage</source>
        <translation>
            <numerusform>%n Bereitstellung mit Teilausfall</numerusform>
            <numerusform>%n Bereitstellungen mit Teilausfall</numerusform>
        </translation>
    </message>
    <message>
        <source>traffic drifts %1 from its split</source>
        <translation>Verkehr weicht um %1 von seiner Aufteilung ab</translation>
    </message>
    <message>
        <source>%1 calls fall back</source>
        <translation>%1 Aufrufe mit Fallback</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>kein Verkehr</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>keine von %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No traffic in the rate window</source>
        <translation>Kein Verkehr im Ratenfenster</translation>
    </message>
    <message>
        <source>Slowest deployment&apos;s p95: %1 on %2 (threshold %3)%4</source>
        <translation>p95 der langsamsten Bereitstellung: %1 bei %2 (Grenzwert %3)%4</translation>
    </message>
    <message>
        <source>; at least: the value sits in the largest finite bucket</source>
        <translation>; mindestens: der Wert liegt im größten endlichen Bucket</translation>
    </message>
    <message>
        <source>%1 cooling, %2 in partial outage, of %3 deployments</source>
        <translation>%1 im Cooldown, %2 mit Teilausfall, von %3 Bereitstellungen</translation>
    </message>
    <message>
        <source>Largest gap between a deployment&apos;s observed and effective share</source>
        <translation>Größte Differenz zwischen beobachtetem und wirksamem Anteil einer Bereitstellung</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Worst p95</source>
        <translation>Höchstes p95</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Im Cooldown</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Fallbacks/s</source>
        <translation>Fallbacks/s</translation>
    </message>
    <message>
        <source>Nothing is wrong, %1</source>
        <translation>Alles in Ordnung, %1</translation>
    </message>
</context>
<context>
    <name>RouteDeck::Guardrails</name>
    <message>
        <source>%1: the weight is not a number; weights are numbers of 0 or more</source>
        <translation>%1: Das Gewicht ist keine Zahl; Gewichte sind Zahlen ab 0</translation>
    </message>
    <message>
        <source>%1: weight %2 is negative; weights are numbers of 0 or more</source>
        <translation>%1: Gewicht %2 ist negativ; Gewichte sind Zahlen ab 0</translation>
    </message>
    <message>
        <source>%1 is cooling down right now: the weight it gets takes effect when it returns, at once and in full</source>
        <translation>%1 ist gerade im Cooldown: Das neue Gewicht wird bei der Rückkehr wirksam, sofort und in voller Höhe</translation>
    </message>
    <message>
        <source>%1 is unhealthy right now (partial outage): more traffic goes to a deployment that is failing</source>
        <translation>%1 ist gerade gestört (Teilausfall): Mehr Verkehr geht an eine Bereitstellung, die Fehler liefert</translation>
    </message>
    <message>
        <source>%1&apos;s share moves %2 (from %3 to %4), more than %5 pp</source>
        <translation>Der Anteil von %1 ändert sich um %2 (von %3 auf %4), mehr als %5 pp</translation>
    </message>
    <message>
        <source>; it restores weights from the audit log</source>
        <translation>; die Änderung stellt Gewichte aus dem Audit-Log wieder her</translation>
    </message>
    <message>
        <source>%1: rpm/tpm limits not checked, the current traffic is unknown</source>
        <translation>%1: rpm/tpm-Limits nicht geprüft, der aktuelle Verkehr ist unbekannt</translation>
    </message>
    <message>
        <source>%1 would get %2 requests/min at the current traffic, over its rpm limit of %3</source>
        <translation>%1 bekäme beim aktuellen Verkehr %2 Anfragen/min, mehr als sein rpm-Limit von %3</translation>
    </message>
    <message>
        <source>%1: tpm limit of %2 not checked, tokens per request are unknown</source>
        <translation>%1: tpm-Limit von %2 nicht geprüft, die Tokens pro Anfrage sind unbekannt</translation>
    </message>
    <message>
        <source>%1 would get %2 tokens/min at the current traffic, over its tpm limit of %3</source>
        <translation>%1 bekäme beim aktuellen Verkehr %2 Tokens/min, mehr als sein tpm-Limit von %3</translation>
    </message>
    <message>
        <source>; drain deployments one at a time instead</source>
        <translation>; leeren Sie Bereitstellungen stattdessen einzeln</translation>
    </message>
</context>
<context>
    <name>RouteDeck::HttpTransport</name>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The change may or may not have been made; refresh to see the current state.</source>
        <translation>Die Änderung wurde möglicherweise vorgenommen, möglicherweise nicht; aktualisieren Sie, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>Check that the URL points at the right server, or raise the size cap in the connection profile.</source>
        <translation>Prüfen Sie, ob die URL auf den richtigen Server zeigt, oder erhöhen Sie das Größenlimit im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the response size cap of %2 (at least %3 arrived or were announced). %4</source>
        <translation>Die Antwort von %1 ist größer als das Größenlimit für Antworten von %2 (mindestens %3 sind eingetroffen oder wurden angekündigt). %4</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer %3 within %4; the server or the network is overloaded. RouteDeck keeps trying; raise the deadline in the connection profile if this persists.</source>
        <translation>%1 unter %2 hat %3 nicht innerhalb von %4 beantwortet; der Server oder das Netzwerk ist überlastet. RouteDeck versucht es weiter; erhöhen Sie das Zeitlimit im Verbindungsprofil, falls dies anhält.</translation>
    </message>
    <message>
        <source>The request to %1 did not finish within the %2 deadline (%3 received so far). %4</source>
        <translation>Die Anfrage an %1 wurde nicht innerhalb des Zeitlimits von %2 abgeschlossen (bisher %3 empfangen). %4</translation>
    </message>
    <message>
        <source>The server or the network is overloaded; raise the deadline in the connection profile if this persists.</source>
        <translation>Der Server oder das Netzwerk ist überlastet; erhöhen Sie das Zeitlimit im Verbindungsprofil, falls dies anhält.</translation>
    </message>
    <message>
        <source>an unknown size</source>
        <translation>einer unbekannten Größe</translation>
    </message>
    <message>
        <source>%1 at %2 closed the connection in the middle of the answer from %3 (%4 of %5 received); it may be restarting, or a proxy dropped the transfer.</source>
        <translation>%1 unter %2 hat die Verbindung mitten in der Antwort von %3 geschlossen (%4 von %5 empfangen); der Dienst startet möglicherweise neu, oder ein Proxy hat die Übermittlung abgebrochen.</translation>
    </message>
    <message>
        <source>RouteDeck asks again on the next refresh.</source>
        <translation>RouteDeck fragt bei der nächsten Aktualisierung erneut.</translation>
    </message>
    <message>
        <source>%1 at %2 refused the connection — is it running?</source>
        <translation>%1 unter %2 hat die Verbindung abgelehnt — läuft der Dienst?</translation>
    </message>
    <message>
        <source>The host of %1 was not found; check the URL in the connection profile.</source>
        <translation>Der Host von %1 wurde nicht gefunden; prüfen Sie die URL im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>%1 at %2 closed the connection before answering; it may be restarting, or a proxy dropped the request.</source>
        <translation>%1 unter %2 hat die Verbindung vor der Antwort geschlossen; der Dienst startet möglicherweise neu, oder ein Proxy hat die Anfrage verworfen.</translation>
    </message>
    <message>
        <source>%1 at %2 sent nothing for %3 (inactivity timeout) while answering %4; the server or the network is overloaded. Raise the timeout in the connection profile if this persists.</source>
        <translation>%1 unter %2 hat beim Beantworten von %4 %3 lang nichts gesendet (Zeitüberschreitung bei Inaktivität); der Server oder das Netzwerk ist überlastet. Erhöhen Sie das Inaktivitäts-Zeitlimit im Verbindungsprofil, falls dies anhält.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. Check the server&apos;s certificate (a private CA must be trusted by this system) and that the URL&apos;s scheme (http or https) matches the server.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2. Prüfen Sie das Zertifikat des Servers (einer privaten CA muss dieses System vertrauen) und ob das Schema der URL (http oder https) zum Server passt.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; check the URL in the connection profile.</source>
        <translation>%1 hat mehr als %2-mal umgeleitet; prüfen Sie die URL im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>%1 redirected to %2; RouteDeck does not follow redirects to a less safe scheme, nor to another server while sending credentials. Put the final address in the connection profile.</source>
        <translation>%1 hat auf %2 umgeleitet; RouteDeck folgt keinen Umleitungen auf ein weniger sicheres Schema und, wenn Zugangsdaten gesendet werden, auch nicht auf einen anderen Server. Tragen Sie die endgültige Adresse im Verbindungsprofil ein.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <source>The network proxy failed while connecting to %1: %2. Check the system proxy settings.</source>
        <translation>Der Netzwerk-Proxy ist beim Verbinden mit %1 fehlgeschlagen: %2. Prüfen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 at %2 could not be reached: %3.</source>
        <translation>%1 unter %2 war nicht erreichbar: %3.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::IncidentSummary</name>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Router admin API</source>
        <translation>Router-Admin-API</translation>
    </message>
    <message>
        <source>no deployment available, all %n cooling: calls fail or fall back</source>
        <translation>keine Bereitstellung verfügbar, alle %n im Cooldown: Aufrufe scheitern oder weichen auf einen Fallback aus</translation>
    </message>
    <message>
        <source>reason unknown</source>
        <translation>Grund unbekannt</translation>
    </message>
    <message>
        <source>no other deployment to take its traffic</source>
        <translation>keine andere Bereitstellung übernimmt ihren Verkehr</translation>
    </message>
    <message>
        <source>traffic moved to %1</source>
        <translation>Verkehr geht an %1</translation>
    </message>
    <message>
        <source>%1 cooling%2 (%3), %4</source>
        <translation>%1 im Cooldown%2 (%3), %4</translation>
    </message>
    <message>
        <source>%1 in partial outage%2</source>
        <translation>%1 im Teilausfall%2</translation>
    </message>
    <message>
        <source>%1 errors on all %n deployments with traffic (not isolated to one)</source>
        <translation>%1 Fehler bei allen %n Bereitstellungen mit Verkehr (nicht auf eine beschränkt)</translation>
    </message>
    <message>
        <source>%1 errors, %2 %3 on %4</source>
        <translation>%1 Fehler, %2 %3 bei %4</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>p95 %1 over the %2 threshold on %3</source>
        <translation>p95 %1 über dem Grenzwert von %2 bei %3</translation>
    </message>
    <message>
        <source>%1 calls answered by a fallback group</source>
        <translation>%1 Aufrufe von einer Fallback-Gruppe beantwortet</translation>
    </message>
    <message>
        <source>Nothing is wrong</source>
        <translation>Alles in Ordnung</translation>
    </message>
    <message>
        <source>%1 gets %2 of traffic, %3 expected (%4)</source>
        <translation>%1 erhält %2 des Verkehrs, erwartet %3 (%4)</translation>
    </message>
    <message>
        <source>Waiting for the first data from the router and Prometheus</source>
        <translation>Warte auf die ersten Daten vom Router und von Prometheus</translation>
    </message>
</context>
<context>
    <name>RouteDeck::JsonLines</name>
    <message>
        <source>the last entry is incomplete (no end of line), probably cut off by a crash while it was written; it was skipped (%1)</source>
        <translation>der letzte Eintrag ist unvollständig (kein Zeilenende), vermutlich durch einen Absturz beim Schreiben abgeschnitten; er wurde übersprungen (%1)</translation>
    </message>
    <message>
        <source>entry skipped: %1</source>
        <translation>Eintrag übersprungen: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 of %2: %3</source>
        <translation>kein gültiges JSON bei Byte %1 von %2: %3</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>RouteDeck::JsonLinesFile</name>
    <message>
        <source>Could not create the folder of %1 %2.</source>
        <translation>Der Ordner für %1 %2 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not open %1 %2: %3</source>
        <translation>%1 %2 konnte nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>Could not write to %1 %2: %3</source>
        <translation>In %1 %2 konnte nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Could not sync %1 %2 to disk: %3</source>
        <translation>%1 %2 konnte nicht auf den Datenträger synchronisiert werden: %3</translation>
    </message>
</context>
<context>
    <name>RouteDeck::JsonReader</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>RouteDeck::JsonSyntax</name>
    <message>
        <source>%1 at byte %2 of %3</source>
        <translation>%1 bei Byte %2 von %3</translation>
    </message>
    <message>
        <source>the data ends inside a value</source>
        <translation>die Daten enden innerhalb eines Werts</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>ein Wert wurde erwartet</translation>
    </message>
    <message>
        <source>an unknown word (JSON knows true, false and null)</source>
        <translation>ein unbekanntes Wort (JSON kennt true, false und null)</translation>
    </message>
    <message>
        <source>a member name in quotes was expected</source>
        <translation>ein Member-Name in Anführungszeichen wurde erwartet</translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected after a member name</source>
        <translation>&apos;:&apos; wurde nach einem Member-Namen erwartet</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>&apos;,&apos; oder &apos;}&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>&apos;,&apos; oder &apos;]&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>ein Steuerzeichen innerhalb eines Strings</translation>
    </message>
    <message>
        <source>an invalid escape sequence</source>
        <translation>eine ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>an invalid number</source>
        <translation>eine ungültige Zahl</translation>
    </message>
    <message>
        <source>more data after the end of the document</source>
        <translation>weitere Daten nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>values nested more than %1 deep</source>
        <translation>Werte, die mehr als %1 Ebenen tief verschachtelt sind</translation>
    </message>
    <message>
        <source>text that is not valid UTF-8</source>
        <translation>Text, der kein gültiges UTF-8 ist</translation>
    </message>
    <message>
        <source>a document larger than the JSON reader&apos;s limit of 4 GiB</source>
        <translation>ein Dokument, das größer ist als das Limit des JSON-Lesers von 4 GiB</translation>
    </message>
</context>
<context>
    <name>RouteDeck::Keyring</name>
    <message>
        <source>the desktop keyring holds no master key for profile &apos;%1&apos;</source>
        <translation>der Schlüsselbund des Desktops enthält keinen Master-Key für Profil &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the desktop keyring refused access (%1)</source>
        <translation>der Schlüsselbund des Desktops hat den Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>no desktop keyring is available (%1)</source>
        <translation>kein Schlüsselbund des Desktops verfügbar (%1)</translation>
    </message>
    <message>
        <source>the desktop keyring could not be used (%1)</source>
        <translation>der Schlüsselbund des Desktops konnte nicht verwendet werden (%1)</translation>
    </message>
    <message>
        <source>the desktop keyring did not answer within %1 s</source>
        <translation>der Schlüsselbund des Desktops hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>RouteDeck::LatencyPage</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>p95 above this line counts as a problem for this model group (Overview, alerts)</source>
        <translation>p95 oberhalb dieser Linie gilt für diese Modellgruppe als Problem (Übersicht, Alarme)</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Grenzwert:</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>No traffic in this time range</source>
        <translation>Kein Verkehr in diesem Zeitraum</translation>
    </message>
    <message>
        <source>p%1 latency — %2</source>
        <translation>p%1-Latenz — %2</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>Grenzwert %1</translation>
    </message>
</context>
<context>
    <name>RouteDeck::LiteLlmConfigCodec</name>
    <message>
        <source>cannot open file: %1</source>
        <translation>Datei kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>RouteDeck::LiveToolBar</name>
    <message>
        <source>Live 15 min</source>
        <translation>Live 15 Min.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>alle %1 s</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>alle %1 Min.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Pause live refresh (Space)</source>
        <translation>Live-Aktualisierung anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Refresh now (F5)</source>
        <translation>Jetzt aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Custom Time Range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>Show the last N hours:</source>
        <translation>Die letzten N Stunden zeigen:</translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>Letzte Stunde</numerusform>
            <numerusform>Letzte %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the state now, refreshed live</source>
        <translation>Den Zustand jetzt zeigen, live aktualisiert</translation>
    </message>
    <message>
        <source>At…</source>
        <translation>Um…</translation>
    </message>
    <message>
        <source>Incident replay: every live page shows the state at a past moment of the time range ([ and ] step one refresh, { and } jump to alerts and pushes)</source>
        <translation>Vorfall-Wiedergabe: jede Live-Seite zeigt den Zustand zu einem vergangenen Zeitpunkt des Zeitraums ([ und ] gehen eine Aktualisierung weiter, { und } springen zu Alarmen und Übertragungen)</translation>
    </message>
    <message>
        <source>One refresh back ([)</source>
        <translation>Eine Aktualisierung zurück ([)</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Um %1</translation>
    </message>
    <message>
        <source>One refresh forward (]); past now, live again</source>
        <translation>Eine Aktualisierung vor (]); über jetzt hinaus wieder live</translation>
    </message>
    <message>
        <source>Jump to</source>
        <translation>Springen zu</translation>
    </message>
    <message>
        <source>Jump to an alert&apos;s start or a weight push of the time range ({ and })</source>
        <translation>Zum Beginn eines Alarms oder zu einer Gewichtsübertragung im Zeitraum springen ({ und })</translation>
    </message>
    <message>
        <source>Previous Alert or Push</source>
        <translation>Vorheriger Alarm oder vorherige Übertragung</translation>
    </message>
    <message>
        <source>Next Alert or Push</source>
        <translation>Nächster Alarm oder nächste Übertragung</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>No alert or push in this time range</source>
        <translation>Kein Alarm und keine Übertragung in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>RouteDeck::LiveVerdict</name>
    <message>
        <source>p &lt; 0.0001</source>
        <translation>p &lt; 0.0001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>not enough traffic for a verdict: %1 requests in %2, a verdict needs %3</source>
        <translation>zu wenig Verkehr für eine Bewertung: %1 Anfragen in %2, eine Bewertung braucht %3</translation>
    </message>
    <message>
        <source>over %1 requests in %2</source>
        <translation>bei %1 Anfragen in %2</translation>
    </message>
    <message>
        <source>%1 %2: no drift verdict, the split changed in that window (a cooldown or new weights)</source>
        <translation>%1 %2: keine Bewertung der Abweichung, die Aufteilung hat sich in diesem Zeitfenster geändert (ein Cooldown oder neue Gewichte)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1: within chance</source>
        <translation>%1: im Rahmen des Zufalls</translation>
    </message>
    <message>
        <source>no request data yet for a verdict</source>
        <translation>noch keine Anfragedaten für eine Bewertung</translation>
    </message>
</context>
<context>
    <name>RouteDeck::MainWindow</name>
    <message>
        <source>RouteDeck</source>
        <translation>RouteDeck</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>No config open</source>
        <translation>Keine Konfiguration geöffnet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Config…</source>
        <translation>Konfiguration ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Re&amp;load Config</source>
        <translation>Konfiguration neu &amp;laden</translation>
    </message>
    <message>
        <source>Start &amp;Local Demo</source>
        <translation>&amp;Lokale Demo starten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Time &amp;Range</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Find &amp;Group</source>
        <translation>&amp;Gruppe suchen</translation>
    </message>
    <message>
        <source>&amp;Drills</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <source>Stop the Demo&apos;s &amp;Prometheus</source>
        <translation>&amp;Prometheus der Demo anhalten</translation>
    </message>
    <message>
        <source>&amp;Start the Demo&apos;s Prometheus Again</source>
        <translation>Prometheus der Demo wieder &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About RouteDeck</source>
        <translation>Ü&amp;ber RouteDeck</translation>
    </message>
    <message>
        <source>About RouteDeck</source>
        <translation>Über RouteDeck</translation>
    </message>
    <message>
        <source>&lt;b&gt;RouteDeck %1&lt;/b&gt;&lt;p&gt;Operations console for LLM routing layers.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;RouteDeck %1&lt;/b&gt;&lt;p&gt;Betriebskonsole für LLM-Routing-Schichten.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start Local Demo</source>
        <translation>Lokale Demo starten</translation>
    </message>
    <message>
        <source>Open Config…</source>
        <translation>Konfiguration öffnen…</translation>
    </message>
    <message>
        <source>Open the Example Config</source>
        <translation>Beispielkonfiguration öffnen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>&amp;Verkehr</translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation>&amp;Latenz</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Cooldowns</source>
        <translation>&amp;Cooldowns</translation>
    </message>
    <message>
        <source>Service &amp;Health</source>
        <translation>Dienst&amp;zustand</translation>
    </message>
    <message>
        <source>&amp;Rebalance</source>
        <translation>&amp;Umverteilen</translation>
    </message>
    <message>
        <source>Chan&amp;ges</source>
        <translation>Änderun&amp;gen</translation>
    </message>
    <message>
        <source>Model Groups</source>
        <translation>Modellgruppen</translation>
    </message>
    <message>
        <source>Find group (Ctrl+F)</source>
        <translation>Gruppe suchen (Strg+F)</translation>
    </message>
    <message>
        <source>%1 — RouteDeck</source>
        <translation>%1 — RouteDeck</translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 · %n deployment(s)</source>
        <translation>
            <numerusform>Aktualisiert %1 · %n Deployment</numerusform>
            <numerusform>Aktualisiert %1 · %n Deployments</numerusform>
        </translation>
    </message>
    <message>
        <source>Open LiteLLM Config</source>
        <translation>LiteLLM-Konfiguration öffnen</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); nothing was loaded from it</source>
        <translation>
            <numerusform>%1 hat %n Fehler; nichts wurde daraus geladen</numerusform>
            <numerusform>%1 hat %n Fehler; nichts wurde daraus geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deployment(s)</source>
        <translation>
            <numerusform>%1: %n Deployment</numerusform>
            <numerusform>%1: %n Deployments</numerusform>
        </translation>
    </message>
    <message>
        <source>Co&amp;st</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>Ala&amp;rme</translation>
    </message>
    <message>
        <source>all groups</source>
        <translation>alle Gruppen</translation>
    </message>
    <message>
        <source>Alert firing: %1 on %2</source>
        <translation>Alarm aktiv: %1 für %2</translation>
    </message>
    <message>
        <source>Resolved: %1 on %2</source>
        <translation>Behoben: %1 für %2</translation>
    </message>
    <message>
        <source>%1 (limit %2). %3</source>
        <translation>%1 (Grenzwert %2). %3</translation>
    </message>
    <message>
        <source>Peak %1; it fired for %2.</source>
        <translation>Spitzenwert %1; der Alarm war %2 lang aktiv.</translation>
    </message>
    <message>
        <source>&amp;Connect to a Router…</source>
        <translation>Mit einem Router &amp;verbinden…</translation>
    </message>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation>Verbindungs&amp;profile…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to RouteDeck&lt;/h2&gt;&lt;p&gt;Connect to your LiteLLM router and its Prometheus, watch a live router with the local demo (a simulated LiteLLM router and a real Prometheus on this machine), or open a LiteLLM &lt;tt&gt;config.yaml&lt;/tt&gt; to see its model groups, deployments and traffic split.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei RouteDeck&lt;/h2&gt;&lt;p&gt;Verbinden Sie sich mit Ihrem LiteLLM-Router und dessen Prometheus, beobachten Sie mit der lokalen Demo einen laufenden Router (ein simulierter LiteLLM-Router und ein echtes Prometheus auf diesem Rechner), oder öffnen Sie eine LiteLLM-&lt;tt&gt;config.yaml&lt;/tt&gt;, um ihre Modellgruppen, Bereitstellungen und Verkehrsaufteilung zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to a Router…</source>
        <translation>Mit einem Router verbinden…</translation>
    </message>
    <message>
        <source>Double-click a saved connection to connect</source>
        <translation>Doppelklicken Sie auf eine gespeicherte Verbindung, um sich zu verbinden</translation>
    </message>
    <message>
        <source>Saved connections:</source>
        <translation>Gespeicherte Verbindungen:</translation>
    </message>
    <message numerus="yes">
        <source>Replay of %1 · %n deployment(s)</source>
        <translation>
            <numerusform>Wiedergabe von %1 · %n Bereitstellung</numerusform>
            <numerusform>Wiedergabe von %1 · %n Bereitstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>replayed moment</source>
        <translation>wiedergegebener Zeitpunkt</translation>
    </message>
    <message>
        <source>Credentials over plain http</source>
        <translation>Zugangsdaten über unverschlüsseltes http</translation>
    </message>
</context>
<context>
    <name>RouteDeck::MessageText</name>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
</context>
<context>
    <name>RouteDeck::MomentSlider</name>
    <message>
        <source>Replayed moment</source>
        <translation>Wiedergegebener Zeitpunkt</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
</context>
<context>
    <name>RouteDeck::OperationsPage</name>
    <message>
        <source>Showing last good data from %1</source>
        <translation>Letzte gültige Daten von %1 werden angezeigt</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>Prometheus stale since %1: %2</source>
        <translation>Prometheus veraltet seit %1: %2</translation>
    </message>
    <message>
        <source>Prometheus unreachable: %1</source>
        <translation>Prometheus nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Router admin API stale since %1: %2</source>
        <translation>Router-Admin-API veraltet seit %1: %2</translation>
    </message>
    <message>
        <source>Router admin API unreachable: %1</source>
        <translation>Router-Admin-API nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save this table, as sorted and filtered, as a CSV file</source>
        <translation>Diese Tabelle mit aktueller Sortierung und Filterung als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Model group:</source>
        <translation>&amp;Modellgruppe:</translation>
    </message>
    <message>
        <source>Open Traces (set traces_url in the profile)</source>
        <translation>Traces öffnen (traces_url im Profil setzen)</translation>
    </message>
    <message>
        <source>Open Traces…</source>
        <translation>Traces öffnen…</translation>
    </message>
    <message>
        <source>Open Traces</source>
        <translation>Traces öffnen</translation>
    </message>
    <message>
        <source>No web browser could open %1. Check the desktop&apos;s default browser.</source>
        <translation>Kein Webbrowser konnte %1 öffnen. Prüfen Sie den Standardbrowser der Arbeitsumgebung.</translation>
    </message>
    <message>
        <source>Look at a deployment&apos;s requests one by one in the tracing tool of the connection profile (traces_url), over this page&apos;s time range</source>
        <translation>Die Anfragen einer Bereitstellung einzeln im Tracing-Werkzeug des Verbindungsprofils (traces_url) ansehen, über den Zeitraum dieser Seite</translation>
    </message>
    <message>
        <source>No deployment in this group yet</source>
        <translation>Noch keine Bereitstellung in dieser Gruppe</translation>
    </message>
    <message>
        <source>Replay of %1: the state at that moment, not now (Live in the toolbar goes back). Deployments and weights are the router&apos;s current ones.</source>
        <translation>Wiedergabe von %1: der Zustand zu diesem Zeitpunkt, nicht jetzt (Live in der Werkzeugleiste kehrt zurück). Bereitstellungen und Gewichte sind die aktuellen des Routers.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::OutcomeTableModel</name>
    <message>
        <source>no traffic</source>
        <translation>kein Verkehr</translation>
    </message>
    <message>
        <source>%1 calls ended as %2</source>
        <translation>%1 Aufrufe mit Ergebnis %2</translation>
    </message>
    <message>
        <source>Calls that did not succeed, of all calls</source>
        <translation>Anteil der nicht erfolgreichen Aufrufe an allen Aufrufen</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Rate limit (429)</source>
        <translation>Ratenlimit (429)</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>API-Fehler</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>RouteDeck::OutcomesPage</name>
    <message>
        <source>calls/s</source>
        <translation>calls/s</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>No calls in this time range</source>
        <translation>Keine Aufrufe in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Outcomes — %1</source>
        <translation>Ergebnisse — %1</translation>
    </message>
</context>
<context>
    <name>RouteDeck::OverviewPage</name>
    <message>
        <source>What is wrong now</source>
        <translation>Aktuelle Probleme</translation>
    </message>
    <message>
        <source>Requests/s by model group</source>
        <translation>Anfragen/s nach Modellgruppe</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>No traffic in this time range</source>
        <translation>Kein Verkehr in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Model groups</source>
        <translation>Modellgruppen</translation>
    </message>
    <message>
        <source>%1
Double-click to show the group</source>
        <translation>%1
Doppelklicken, um die Gruppe anzuzeigen</translation>
    </message>
    <message>
        <source>What was wrong at %1</source>
        <translation>Was um %1 nicht in Ordnung war</translation>
    </message>
</context>
<context>
    <name>RouteDeck::PriceTable</name>
    <message>
        <source>cannot open price table: %1</source>
        <translation>Preistabelle kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>price table is larger than %1 MiB</source>
        <translation>Preistabelle ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>a price table must be a map with &apos;currency&apos; and &apos;prices&apos;, got %1</source>
        <translation>eine Preistabelle muss eine Map mit &apos;currency&apos; und &apos;prices&apos; sein, erhalten: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a price table setting; expected currency or prices</source>
        <translation>&apos;%1&apos; ist keine Einstellung der Preistabelle; erwartet werden currency oder prices</translation>
    </message>
    <message>
        <source>currency must be a short code such as USD, got %1</source>
        <translation>currency muss ein kurzer Code wie USD sein, erhalten: %1</translation>
    </message>
    <message>
        <source>prices must be a map of model: { input_per_1k, output_per_1k }, got %1</source>
        <translation>prices muss eine Map aus model: { input_per_1k, output_per_1k } sein, erhalten: %1</translation>
    </message>
    <message>
        <source>prices has an entry without a model name</source>
        <translation>prices hat einen Eintrag ohne Modellnamen</translation>
    </message>
    <message>
        <source>%1 must be a map with input_per_1k and output_per_1k, got %2</source>
        <translation>%1 muss eine Map mit input_per_1k und output_per_1k sein, erhalten: %2</translation>
    </message>
    <message>
        <source>%1 has no %2 (US dollars or the table&apos;s currency per 1,000 tokens)</source>
        <translation>%1 hat kein %2 (US-Dollar oder die Währung der Tabelle pro 1.000 Tokens)</translation>
    </message>
    <message>
        <source>%1.%2 must be a number &gt;= 0, got %3</source>
        <translation>%1.%2 muss eine Zahl &gt;= 0 sein, erhalten: %3</translation>
    </message>
    <message>
        <source>%1.%2 is not known; expected input_per_1k and output_per_1k</source>
        <translation>%1.%2 ist unbekannt; erwartet werden input_per_1k und output_per_1k</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RouteDeck::PriceTableDialog</name>
    <message>
        <source>Prices for Estimated Spend</source>
        <translation>Preise für geschätzte Ausgaben</translation>
    </message>
    <message>
        <source>Used only when the router exports no spend metric: spend is then estimated as input tokens × input price + output tokens × output price, and labelled &quot;estimated&quot;. A row matches a deployment id, a model as the router reports it, a provider/model, or a model group, in that order.</source>
        <translation>Wird nur verwendet, wenn der Router keine Ausgabenmetrik exportiert: Die Ausgaben werden dann als Eingabe-Tokens × Eingabepreis + Ausgabe-Tokens × Ausgabepreis geschätzt und als „geschätzt“ gekennzeichnet. Eine Zeile passt – in dieser Reihenfolge – auf eine Bereitstellungs-ID, ein Modell, wie der Router es meldet, ein provider/model oder eine Modellgruppe.</translation>
    </message>
    <message>
        <source>Model, deployment or group</source>
        <translation>Modell, Bereitstellung oder Gruppe</translation>
    </message>
    <message>
        <source>Input per 1,000 tokens</source>
        <translation>Eingabe pro 1.000 Tokens</translation>
    </message>
    <message>
        <source>Output per 1,000 tokens</source>
        <translation>Ausgabe pro 1.000 Tokens</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Applies to this session only.</source>
        <translation>Gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>The currency must be a short code such as USD.</source>
        <translation>Die Währung muss ein kurzer Code wie USD sein.</translation>
    </message>
    <message>
        <source>Row %1 has no model name.</source>
        <translation>Zeile %1 hat keinen Modellnamen.</translation>
    </message>
    <message>
        <source>Row %1: %2 is listed twice.</source>
        <translation>Zeile %1: %2 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Row %1 (%2): the %3 price must be a number &gt;= 0, got &apos;%4&apos;.</source>
        <translation>Zeile %1 (%2): Der Preis für %3 muss eine Zahl &gt;= 0 sein, erhalten: &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ProfileFileEditor</name>
    <message>
        <source>the profiles file cannot be edited in place and has errors (%1); fix them first, nothing was written</source>
        <translation>die Profildatei lässt sich nicht an Ort und Stelle bearbeiten und enthält Fehler (%1); beheben Sie sie zuerst, es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the profiles file cannot be edited in place (flow style, or an unusual layout), and writing it anew would lose its comments or keys RouteDeck does not know; edit it by hand, nothing was written</source>
        <translation>die Profildatei lässt sich nicht an Ort und Stelle bearbeiten (Flow-Stil oder ungewöhnlicher Aufbau), und sie neu zu schreiben würde ihre Kommentare oder Schlüssel verlieren, die RouteDeck nicht kennt; bearbeiten Sie sie von Hand, es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; cannot be edited in place (flow style, or a first key that is not one line), and writing it anew would lose its comments or keys RouteDeck does not know; edit it by hand, nothing was written</source>
        <translation>Profil &apos;%1&apos; lässt sich nicht an Ort und Stelle bearbeiten (Flow-Stil oder ein erster Schlüssel über mehrere Zeilen), und es neu zu schreiben würde seine Kommentare oder Schlüssel verlieren, die RouteDeck nicht kennt; bearbeiten Sie es von Hand, es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ProfileStore</name>
    <message>
        <source>cannot read profiles: %1</source>
        <translation>Profile können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: the CA file %2 holds no PEM certificate%3</source>
        <translation>Profil &apos;%1&apos;: die CA-Datei %2 enthält kein PEM-Zertifikat%3</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ProfilesDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the connection profile %1 from profiles.yaml? The rest of the file, comments included, stays as it is.</source>
        <translation>Das Verbindungsprofil %1 aus profiles.yaml löschen? Der Rest der Datei bleibt unverändert, einschließlich der Kommentare.</translation>
    </message>
    <message>
        <source>Saved in profiles.yaml, without secrets:</source>
        <translation>In profiles.yaml gespeichert, ohne Geheimnisse:</translation>
    </message>
</context>
<context>
    <name>RouteDeck::PromEndpointConfig</name>
    <message>
        <source>The Prometheus URL is empty; set it in the connection profile (for example http://127.0.0.1:9090).</source>
        <translation>Die Prometheus-URL ist leer; legen Sie sie im Verbindungsprofil fest (zum Beispiel http://127.0.0.1:9090).</translation>
    </message>
    <message>
        <source>The Prometheus URL &quot;%1&quot; is not a valid URL: %2.</source>
        <translation>Die Prometheus-URL &quot;%1&quot; ist keine gültige URL: %2.</translation>
    </message>
    <message>
        <source>The Prometheus URL &quot;%1&quot; must start with http:// or https://.</source>
        <translation>Die Prometheus-URL &quot;%1&quot; muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The Prometheus URL &quot;%1&quot; has no host name.</source>
        <translation>Die Prometheus-URL &quot;%1&quot; hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The Prometheus URL &quot;%1&quot; must not have a query (?...) or fragment (#...); give the server&apos;s address and put a path like /prometheus in the path prefix.</source>
        <translation>Die Prometheus-URL &quot;%1&quot; darf keine Abfrage (?...) und kein Fragment (#...) enthalten; geben Sie die Adresse des Servers an und tragen Sie einen Pfad wie /prometheus als Pfadpräfix ein.</translation>
    </message>
    <message>
        <source>The path prefix &quot;%1&quot; must be a plain path such as /prometheus.</source>
        <translation>Das Pfadpräfix &quot;%1&quot; muss ein einfacher Pfad wie /prometheus sein.</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name; set it in the connection profile.</source>
        <translation>Basic-Authentifizierung braucht einen Benutzernamen; legen Sie ihn im Verbindungsprofil fest.</translation>
    </message>
    <message>
        <source>The basic-authentication user name must not contain &apos;:&apos;.</source>
        <translation>Der Benutzername für die Basic-Authentifizierung darf kein &apos;:&apos; enthalten.</translation>
    </message>
    <message>
        <source>%1 authentication is selected but the secret is empty; check that the environment variable named in the connection profile is set.</source>
        <translation>%1-Authentifizierung ist ausgewählt, aber das Geheimnis ist leer; prüfen Sie, ob die im Verbindungsprofil genannte Umgebungsvariable gesetzt ist.</translation>
    </message>
    <message>
        <source>The authentication secret or user name contains a line break or NUL character; check the environment variable it comes from.</source>
        <translation>Das Authentifizierungsgeheimnis oder der Benutzername enthält einen Zeilenumbruch oder ein NUL-Zeichen; prüfen Sie die Umgebungsvariable, aus der der Wert stammt.</translation>
    </message>
    <message>
        <source>An extra header has an empty name; remove it from the connection profile.</source>
        <translation>Ein zusätzlicher Header hat einen leeren Namen; entfernen Sie ihn aus dem Verbindungsprofil.</translation>
    </message>
    <message>
        <source>The extra header name &quot;%1&quot; contains &apos;%2&apos;, which is not allowed in an HTTP header name.</source>
        <translation>Der Name &quot;%1&quot; des zusätzlichen Headers enthält &apos;%2&apos;, was in einem HTTP-Header-Namen nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>The value of extra header &quot;%1&quot; contains a line break; remove it.</source>
        <translation>Der Wert des zusätzlichen Headers &quot;%1&quot; enthält einen Zeilenumbruch; entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>The inactivity timeout must be positive (it is %1 ms).</source>
        <translation>Das Inaktivitäts-Zeitlimit muss positiv sein (es beträgt %1 ms).</translation>
    </message>
    <message>
        <source>The request deadline must be positive (it is %1 ms).</source>
        <translation>Das Zeitlimit der Anfrage muss positiv sein (es beträgt %1 ms).</translation>
    </message>
    <message>
        <source>The response size cap must be positive (it is %1 bytes).</source>
        <translation>Das Größenlimit für Antworten muss positiv sein (es beträgt %1 Bytes).</translation>
    </message>
</context>
<context>
    <name>RouteDeck::PrometheusClient</name>
    <message>
        <source>The query is empty; there is nothing to ask Prometheus.</source>
        <translation>Die Abfrage ist leer; es gibt nichts, was Prometheus gefragt werden könnte.</translation>
    </message>
    <message>
        <source>The range query &quot;%1&quot; has no valid start or end time.</source>
        <translation>Die Bereichsabfrage &quot;%1&quot; hat keine gültige Start- oder Endzeit.</translation>
    </message>
    <message>
        <source>The range query &quot;%1&quot; ends (%2) before it starts (%3).</source>
        <translation>Die Bereichsabfrage &quot;%1&quot; endet (%2), bevor sie beginnt (%3).</translation>
    </message>
    <message>
        <source>The range query &quot;%1&quot; has step %2; the step must be a positive number of seconds.</source>
        <translation>Die Bereichsabfrage &quot;%1&quot; hat die Schrittweite %2; die Schrittweite muss eine positive Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <source>The range query &quot;%1&quot; would return %2 points per series (%3 s at a %4 s step); Prometheus allows at most %5. Use a larger step.</source>
        <translation>Die Bereichsabfrage &quot;%1&quot; würde %2 Punkte pro Serie liefern (%3 s bei %4 s Schrittweite); Prometheus erlaubt höchstens %5. Verwenden Sie eine größere Schrittweite.</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Shorten the time range, raise the step or raise the deadline in the connection profile.</source>
        <translation>Verkürzen Sie den Zeitraum, vergrößern Sie die Schrittweite oder erhöhen Sie das Zeitlimit im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Narrow the query (fewer series, a shorter time range or a larger step) or raise the size cap in the connection profile.</source>
        <translation>Grenzen Sie die Abfrage ein (weniger Serien, ein kürzerer Zeitraum oder eine größere Schrittweite) oder erhöhen Sie das Größenlimit im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>the readiness check</source>
        <translation>die Bereitschaftsabfrage</translation>
    </message>
    <message>
        <source>The Prometheus-compatible server at %1 is ready; its version is unknown (%2)</source>
        <translation>Der Prometheus-kompatible Server unter %1 ist bereit; seine Version ist unbekannt (%2)</translation>
    </message>
    <message>
        <source>The Prometheus-compatible server at %1 is ready; it does not report a version.</source>
        <translation>Der Prometheus-kompatible Server unter %1 ist bereit; er meldet keine Version.</translation>
    </message>
    <message>
        <source>Prometheus %1 at %2 is ready.</source>
        <translation>Prometheus %1 unter %2 ist bereit.</translation>
    </message>
    <message>
        <source>the scrape target list</source>
        <translation>die Liste der Scrape-Targets</translation>
    </message>
    <message>
        <source>the label names</source>
        <translation>die Label-Namen</translation>
    </message>
    <message>
        <source>the alerting and recording rules</source>
        <translation>die Alarm- und Aufzeichnungsregeln</translation>
    </message>
</context>
<context>
    <name>RouteDeck::PrometheusDecoder</name>
    <message>
        <source>no HTTP status</source>
        <translation>kein HTTP-Status</translation>
    </message>
    <message>
        <source>Check the authentication kind and the secret (the environment variable it comes from) in the connection profile; Grafana Mimir also wants an X-Scope-OrgID header.</source>
        <translation>Prüfen Sie die Authentifizierungsart und das Geheimnis (die Umgebungsvariable, aus der es stammt) im Verbindungsprofil; Grafana Mimir erwartet außerdem einen X-Scope-OrgID-Header.</translation>
    </message>
    <message>
        <source>Check the URL and the path prefix (Grafana Mimir serves the API under /prometheus).</source>
        <translation>Prüfen Sie die URL und das Pfadpräfix (Grafana Mimir stellt die API unter /prometheus bereit).</translation>
    </message>
    <message>
        <source>Use a larger step or a shorter time range: the server limits the points per series (Prometheus allows 11,000).</source>
        <translation>Verwenden Sie eine größere Schrittweite oder einen kürzeren Zeitraum: Der Server begrenzt die Punkte pro Serie (Prometheus erlaubt 11.000).</translation>
    </message>
    <message>
        <source>Check the query and its parameters (the query catalog, or the connection profile&apos;s override of it).</source>
        <translation>Prüfen Sie die Abfrage und ihre Parameter (den Abfragekatalog oder dessen Überschreibung im Verbindungsprofil).</translation>
    </message>
    <message>
        <source>The server could not evaluate the query; it may touch too many series or samples. Shorten the time range, raise the step or narrow the label filters.</source>
        <translation>Der Server konnte die Abfrage nicht auswerten; möglicherweise betrifft sie zu viele Serien oder Samples. Verkürzen Sie den Zeitraum, vergrößern Sie die Schrittweite oder schränken Sie die Label-Filter ein.</translation>
    </message>
    <message>
        <source>The query ran longer than the server&apos;s query timeout. Shorten the time range, raise the step or simplify the query.</source>
        <translation>Die Abfrage lief länger als das Abfrage-Zeitlimit des Servers. Verkürzen Sie den Zeitraum, vergrößern Sie die Schrittweite oder vereinfachen Sie die Abfrage.</translation>
    </message>
    <message>
        <source>The server cancelled the query, usually because the request was abandoned; the next refresh asks again.</source>
        <translation>Der Server hat die Abfrage abgebrochen, meist weil die Anfrage aufgegeben wurde; die nächste Aktualisierung fragt erneut.</translation>
    </message>
    <message>
        <source>The server failed internally; see its log.</source>
        <translation>Im Server ist ein interner Fehler aufgetreten; sehen Sie in seinem Log nach.</translation>
    </message>
    <message>
        <source>The server is unavailable or overloaded; RouteDeck keeps retrying.</source>
        <translation>Der Server ist nicht verfügbar oder überlastet; RouteDeck versucht es weiter.</translation>
    </message>
    <message>
        <source>The server or a proxy is rate-limiting RouteDeck; use a longer refresh interval.</source>
        <translation>Der Server oder ein Proxy begrenzt die Anfragerate von RouteDeck; verwenden Sie ein längeres Aktualisierungsintervall.</translation>
    </message>
    <message>
        <source>A proxy in front of the server could not reach it; check that Prometheus is running behind the proxy.</source>
        <translation>Ein Proxy vor dem Server konnte diesen nicht erreichen; prüfen Sie, ob Prometheus hinter dem Proxy läuft.</translation>
    </message>
    <message>
        <source>It ends early: it was probably cut off by a proxy or a dropped connection. RouteDeck asks again on the next refresh.</source>
        <translation>Sie endet vorzeitig: Vermutlich wurde sie von einem Proxy oder durch eine abgebrochene Verbindung abgeschnitten. RouteDeck fragt bei der nächsten Aktualisierung erneut.</translation>
    </message>
    <message>
        <source>Near: &quot;%1&quot;. Check for a proxy that rewrites answers.</source>
        <translation>In der Nähe von: &quot;%1&quot;. Prüfen Sie, ob ein Proxy die Antworten umschreibt.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the response size cap of %2 (at least %3 arrived or were announced). Narrow the query (fewer series, a shorter time range or a larger step) or raise the size cap in the connection profile.</source>
        <translation>Die Antwort von %1 ist größer als das Größenlimit für Antworten von %2 (mindestens %3 sind eingetroffen oder wurden angekündigt). Grenzen Sie die Abfrage ein (weniger Serien, ein kürzerer Zeitraum oder eine größere Schrittweite) oder erhöhen Sie das Größenlimit im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 503 with an empty body: the server is not ready (starting up or overloaded). RouteDeck keeps retrying; if this lasts, check the server&apos;s log.</source>
        <translation>%1 antwortete mit HTTP 503 und leerem Inhalt: Der Server ist nicht bereit (startet gerade oder ist überlastet). RouteDeck versucht es weiter; falls dies anhält, prüfen Sie das Log des Servers.</translation>
    </message>
    <message>
        <source>The answer from %1 is empty (%2); a Prometheus API answers JSON. %3</source>
        <translation>Die Antwort von %1 ist leer (%2); eine Prometheus-API antwortet mit JSON. %3</translation>
    </message>
    <message>
        <source>%1 answered %2 with an empty body.</source>
        <translation>%1 antwortete mit %2 und leerem Inhalt.</translation>
    </message>
    <message>
        <source>an HTML page without a title</source>
        <translation>eine HTML-Seite ohne Titel</translation>
    </message>
    <message>
        <source>an HTML page titled &quot;%1&quot;</source>
        <translation>eine HTML-Seite mit dem Titel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The answer from %1 is %2 (%3), not Prometheus JSON. It is probably a proxy, login or error page: check the URL, the path prefix and the authentication settings.</source>
        <translation>Die Antwort von %1 ist %2 (%3), kein Prometheus-JSON. Vermutlich handelt es sich um eine Proxy-, Anmelde- oder Fehlerseite: Prüfen Sie die URL, das Pfadpräfix und die Authentifizierungseinstellungen.</translation>
    </message>
    <message>
        <source>%1 is not ready yet (HTTP 503: &quot;%2&quot;). The server is starting up or replaying its write-ahead log; RouteDeck keeps retrying.</source>
        <translation>%1 ist noch nicht bereit (HTTP 503: &quot;%2&quot;). Der Server startet gerade oder spielt sein Write-Ahead-Log ein; RouteDeck versucht es weiter.</translation>
    </message>
    <message>
        <source>%1 refused the request (%2: &quot;%3&quot;). %4</source>
        <translation>%1 hat die Anfrage abgelehnt (%2: &quot;%3&quot;). %4</translation>
    </message>
    <message>
        <source>The answer from %1 is plain text, not Prometheus JSON (%2: &quot;%3&quot;). %4</source>
        <translation>Die Antwort von %1 ist reiner Text, kein Prometheus-JSON (%2: &quot;%3&quot;). %4</translation>
    </message>
    <message>
        <source>%1 was not found (HTTP 404: &quot;%2&quot;). %3</source>
        <translation>%1 wurde nicht gefunden (HTTP 404: &quot;%2&quot;). %3</translation>
    </message>
    <message>
        <source>%1 answered %2: &quot;%3&quot;.</source>
        <translation>%1 antwortete mit %2: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The answer from %1 is JSON but not a Prometheus answer (%2): the top level is an array, expected an object with a &quot;status&quot; field. %3</source>
        <translation>Die Antwort von %1 ist JSON, aber keine Prometheus-Antwort (%2): Die oberste Ebene ist ein Array, erwartet wurde ein Objekt mit einem Feld &quot;status&quot;. %3</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the answer from %2 is %3, expected a list of texts; it was ignored.</source>
        <translation>Das Feld &quot;%1&quot; der Antwort von %2 ist %3, erwartet wurde eine Liste von Texten; es wurde ignoriert.</translation>
    </message>
    <message>
        <source>The answer from %1 is JSON without a &quot;status&quot; field (%2), so it is not a Prometheus API answer.</source>
        <translation>Die Antwort von %1 ist JSON ohne Feld &quot;status&quot; (%2) und daher keine Antwort einer Prometheus-API.</translation>
    </message>
    <message>
        <source>The answer from %1 is JSON without a &quot;status&quot; field (%2: &quot;%3&quot;), so it is not a Prometheus API answer.</source>
        <translation>Die Antwort von %1 ist JSON ohne Feld &quot;status&quot; (%2: &quot;%3&quot;) und daher keine Antwort einer Prometheus-API.</translation>
    </message>
    <message>
        <source>The answer from %1 has an unexpected shape at status: %2, expected &quot;success&quot; or &quot;error&quot;.</source>
        <translation>Die Antwort von %1 hat eine unerwartete Form bei status: %2, erwartet wurde &quot;success&quot; oder &quot;error&quot;.</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>einem Fehler</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>%1 answered %2 (%3) without an error message.</source>
        <translation>%1 antwortete mit %2 (%3) ohne Fehlermeldung.</translation>
    </message>
    <message>
        <source>%1 answered %2 (%3): %4</source>
        <translation>%1 antwortete mit %2 (%3): %4</translation>
    </message>
    <message>
        <source>The answer from %1 has status &quot;%2&quot;; expected &quot;success&quot; or &quot;error&quot;.</source>
        <translation>Die Antwort von %1 hat den Status &quot;%2&quot;; erwartet wurde &quot;success&quot; oder &quot;error&quot;.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>the result</source>
        <translation>das Ergebnis</translation>
    </message>
    <message>
        <source>&quot;vector&quot;, &quot;matrix&quot;, &quot;scalar&quot; or &quot;string&quot;</source>
        <translation>&quot;vector&quot;, &quot;matrix&quot;, &quot;scalar&quot; oder &quot;string&quot;</translation>
    </message>
    <message>
        <source>[time, &quot;value&quot;]</source>
        <translation>[Zeit, &quot;Wert&quot;]</translation>
    </message>
    <message>
        <source>The answer from %1 has an unexpected shape at %2: %3, expected %4. The server does not speak the Prometheus API as RouteDeck expects; check the URL and the path prefix.</source>
        <translation>Die Antwort von %1 hat eine unerwartete Form bei %2: %3, erwartet wurde %4. Der Server spricht die Prometheus-API nicht so, wie RouteDeck es erwartet; prüfen Sie die URL und das Pfadpräfix.</translation>
    </message>
    <message>
        <source>an array of 1 element</source>
        <translation>ein Array mit 1 Element</translation>
    </message>
    <message>
        <source>an array of %1 elements</source>
        <translation>ein Array mit %1 Elementen</translation>
    </message>
    <message>
        <source>a number as text such as &quot;0.25&quot;, &quot;NaN&quot; or &quot;+Inf&quot;</source>
        <translation>eine Zahl als Text wie &quot;0.25&quot;, &quot;NaN&quot; oder &quot;+Inf&quot;</translation>
    </message>
    <message>
        <source>[time, &quot;text&quot;]</source>
        <translation>[Zeit, &quot;Text&quot;]</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>an object of label names and values</source>
        <translation>ein Objekt aus Label-Namen und -Werten</translation>
    </message>
    <message>
        <source>an array of series</source>
        <translation>ein Array von Serien</translation>
    </message>
    <message>
        <source>an object with &quot;metric&quot; and &quot;%1&quot;</source>
        <translation>ein Objekt mit &quot;metric&quot; und &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an array of [time, &quot;value&quot;]</source>
        <translation>ein Array aus [Zeit, &quot;Wert&quot;]</translation>
    </message>
    <message>
        <source>Native histograms in the answer from %1 (%2 series) were left out: RouteDeck does not read them. Query classic histogram buckets (le) instead.</source>
        <translation>Native Histogramme in der Antwort von %1 (%2 Serien) wurden ausgelassen: RouteDeck liest sie nicht. Fragen Sie stattdessen klassische Histogramm-Buckets (le) ab.</translation>
    </message>
    <message>
        <source>The answer from %1 has %2 more series with the labels %3; RouteDeck kept the first. Check that the query&apos;s aggregation keeps the labels that tell series apart.</source>
        <translation>Die Antwort von %1 enthält %2 weitere Serien mit den Labels %3; RouteDeck hat die erste behalten. Prüfen Sie, ob die Aggregation der Abfrage die Labels behält, die die Serien unterscheiden.</translation>
    </message>
    <message>
        <source>The answer from %1 has duplicated series for 1 more label set.</source>
        <translation>Die Antwort von %1 enthält doppelte Serien für 1 weitere Label-Menge.</translation>
    </message>
    <message>
        <source>The answer from %1 has duplicated series for %2 more label sets.</source>
        <translation>Die Antwort von %1 enthält doppelte Serien für %2 weitere Label-Mengen.</translation>
    </message>
    <message>
        <source>The answer from %1 has an unexpected shape at data: %2, expected an object with &quot;version&quot;.</source>
        <translation>Die Antwort von %1 hat eine unerwartete Form bei data: %2, erwartet wurde ein Objekt mit &quot;version&quot;.</translation>
    </message>
    <message>
        <source>The answer from %1 is not valid JSON (%2): %3.</source>
        <translation>Die Antwort von %1 ist kein gültiges JSON (%2): %3.</translation>
    </message>
    <message>
        <source>The answer from %1 has no %2.</source>
        <translation>In der Antwort von %1 fehlt: %2.</translation>
    </message>
    <message>
        <source>data.activeTargets list</source>
        <translation>Liste data.activeTargets</translation>
    </message>
    <message>
        <source>data list of label names</source>
        <translation>data-Liste der Label-Namen</translation>
    </message>
    <message>
        <source>list of rule groups</source>
        <translation>Liste der Regelgruppen</translation>
    </message>
    <message>
        <source>rule group (an object)</source>
        <translation>Regelgruppe (ein Objekt)</translation>
    </message>
    <message>
        <source>list of rules</source>
        <translation>Liste der Regeln</translation>
    </message>
    <message>
        <source>rule (an object)</source>
        <translation>Regel (ein Objekt)</translation>
    </message>
    <message>
        <source>rule type &quot;alerting&quot; or &quot;recording&quot;</source>
        <translation>Regeltyp &quot;alerting&quot; oder &quot;recording&quot;</translation>
    </message>
    <message>
        <source>number of seconds</source>
        <translation>Anzahl Sekunden</translation>
    </message>
    <message>
        <source>list of alerts</source>
        <translation>Liste der Alarme</translation>
    </message>
    <message>
        <source>alert (an object)</source>
        <translation>Alarm (ein Objekt)</translation>
    </message>
    <message>
        <source>RFC 3339 time such as &quot;2024-11-27T04:01:15.606Z&quot;</source>
        <translation>RFC-3339-Zeit wie &quot;2024-11-27T04:01:15.606Z&quot;</translation>
    </message>
    <message>
        <source>value as a number in text such as &quot;1e+00&quot; or &quot;NaN&quot;</source>
        <translation>Wert als Zahl in Textform wie &quot;1e+00&quot; oder &quot;NaN&quot;</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>label set (an object of texts)</source>
        <translation>Label-Menge (ein Objekt aus Texten)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>%1… (%2 characters in all)</source>
        <translation>%1… (insgesamt %2 Zeichen)</translation>
    </message>
    <message>
        <source>The answer from %1 has %2 more warnings or infos; RouteDeck keeps the first %3.</source>
        <translation>Die Antwort von %1 hat %2 weitere Warnungen oder Hinweise; RouteDeck behält die ersten %3.</translation>
    </message>
    <message>
        <source>The answer from %1 has an unexpected shape at errorType: %2, expected a word such as &quot;bad_data&quot; or an HTTP status number.</source>
        <translation>Die Antwort von %1 hat bei errorType eine unerwartete Form: %2, erwartet wird ein Wort wie &quot;bad_data&quot; oder eine HTTP-Statusnummer.</translation>
    </message>
    <message>
        <source>The server&apos;s error message: %1</source>
        <translation>Die Fehlermeldung des Servers: %1</translation>
    </message>
    <message>
        <source>a time in seconds within the years 1 to 9999</source>
        <translation>eine Zeit in Sekunden innerhalb der Jahre 1 bis 9999</translation>
    </message>
</context>
<context>
    <name>RouteDeck::PushLock</name>
    <message>
        <source>Cannot create the folder of the push lock %1.</source>
        <translation>Der Ordner der Übertragungssperre %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another push to the same target is still in progress%1; try again when it has finished (lock file %2).</source>
        <translation>Eine andere Übertragung an dasselbe Ziel läuft noch%1; versuchen Sie es erneut, wenn sie beendet ist (Sperrdatei %2).</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Cannot open the push lock %1: %2.</source>
        <translation>Die Übertragungssperre %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2.</source>
        <translation>%1 kann nicht gesperrt werden: %2.</translation>
    </message>
    <message>
        <source>The folder of the push lock %1 belongs to another user; remove it.</source>
        <translation>Der Ordner der Übertragungssperre %1 gehört einem anderen Benutzer; entfernen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::PushRoute</name>
    <message>
        <source>The router keeps %1 in its config file (model_info.db_model is false), and LiteLLM refuses to update such models over its API (HTTP 400 &quot;Cannot edit config-based model&quot;). Give the profile the config_file the router reads, and an after_write command that makes the router load it; or store the models in the router&apos;s database (/model/new).</source>
        <translation>Der Router führt %1 in seiner Konfigurationsdatei (model_info.db_model ist false), und LiteLLM lehnt es ab, solche Modelle über seine API zu ändern (HTTP 400 &quot;Cannot edit config-based model&quot;). Geben Sie dem Profil die config_file, die der Router liest, und einen after_write-Befehl, der sie den Router laden lässt; oder legen Sie die Modelle in der Datenbank des Routers ab (/model/new).</translation>
    </message>
    <message>
        <source>The router keeps %1 in its config file, which LiteLLM does not let its API change; the weights go into %2 instead.</source>
        <translation>Der Router führt %1 in seiner Konfigurationsdatei, die LiteLLM nicht über seine API ändern lässt; die Gewichte werden stattdessen in %2 geschrieben.</translation>
    </message>
    <message>
        <source>%1 had no weight before; LiteLLM&apos;s admin API cannot remove a weight, only set one (0 included)</source>
        <translation>%1 hatte vorher kein Gewicht; die Admin-API von LiteLLM kann ein Gewicht nicht entfernen, nur setzen (auch 0)</translation>
    </message>
</context>
<context>
    <name>RouteDeck::PushService</name>
    <message>
        <source>(as before)</source>
        <translation>(wie bisher)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>config file %1</source>
        <translation>Konfigurationsdatei %1</translation>
    </message>
    <message>
        <source>router %1</source>
        <translation>Router %1</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; is read-only: it cannot push weight changes. Clear its read-only flag in the connection profiles to push.</source>
        <translation>Profil &apos;%1&apos; ist schreibgeschützt: Es kann keine Gewichtsänderungen übertragen. Heben Sie den Schreibschutz in den Verbindungsprofilen auf, um zu übertragen.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; pushes to a config file, but names none (config_file).</source>
        <translation>Profil &apos;%1&apos; überträgt in eine Konfigurationsdatei, nennt aber keine (config_file).</translation>
    </message>
    <message>
        <source>GET %1/v2/model/info — re-read the weights; stop if they differ from the base</source>
        <translation>GET %1/v2/model/info — die Gewichte erneut lesen; abbrechen, wenn sie von der Basis abweichen</translation>
    </message>
    <message>
        <source>GET %1/v2/model/info — re-read the weights to verify</source>
        <translation>GET %1/v2/model/info — die Gewichte zur Kontrolle erneut lesen</translation>
    </message>
    <message>
        <source>Replace %1 atomically (write a temporary file, then rename it over the original)</source>
        <translation>%1 atomar ersetzen (eine temporäre Datei schreiben und sie dann über das Original umbenennen)</translation>
    </message>
    <message>
        <source>A push is already in progress; wait for it to finish.</source>
        <translation>Eine Übertragung läuft bereits; warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>There is nothing to push: no weight of %1 changes.</source>
        <translation>Es gibt nichts zu übertragen: Kein Gewicht von %1 ändert sich.</translation>
    </message>
    <message>
        <source> Nothing was written.</source>
        <translation> Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 does not parse any more, so its weights cannot be checked; nothing was written.
%2</source>
        <translation>%1 lässt sich nicht mehr parsen, daher können die Gewichte nicht geprüft werden; es wurde nichts geschrieben.
%2</translation>
    </message>
    <message>
        <source>%1 changed since the edit started (%2). Nothing was written; compare base, theirs and yours, then edit again from the current weights.</source>
        <translation>%1 hat sich seit Beginn der Bearbeitung geändert (%2). Es wurde nichts geschrieben; vergleichen Sie Basis, deren und Ihre Werte und bearbeiten Sie dann erneut ausgehend von den aktuellen Gewichten.</translation>
    </message>
    <message>
        <source>The weights could not be written into %1; nothing was written.
%2</source>
        <translation>Die Gewichte konnten nicht in %1 geschrieben werden; es wurde nichts geschrieben.
%2</translation>
    </message>
    <message>
        <source>Read back, the file has %1</source>
        <translation>Beim Zurücklesen enthält die Datei %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n weight(s) of %1 to %2</source>
        <translation>
            <numerusform>%n Gewicht von %1 in %2 geschrieben</numerusform>
            <numerusform>%n Gewichte von %1 in %2 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>; read back and verified: %1.</source>
        <translation>; zurückgelesen und bestätigt: %1.</translation>
    </message>
    <message>
        <source>; reading it back did not confirm it: %1</source>
        <translation>; das Zurücklesen hat es nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>Could not re-read the current weights from %1 before applying: %2 Nothing was applied.</source>
        <translation>Die aktuellen Gewichte konnten vor dem Anwenden nicht erneut von %1 gelesen werden: %2 Es wurde nichts angewendet.</translation>
    </message>
    <message>
        <source>the group has no deployments any more</source>
        <translation>die Gruppe hat keine Bereitstellungen mehr</translation>
    </message>
    <message>
        <source>The weights of %1 on the router changed since the edit started (%2). Nothing was applied; compare base, theirs and yours, then edit again from the current weights.</source>
        <translation>Die Gewichte von %1 auf dem Router haben sich seit Beginn der Bearbeitung geändert (%2). Es wurde nichts angewendet; vergleichen Sie Basis, deren und Ihre Werte und bearbeiten Sie dann erneut ausgehend von den aktuellen Gewichten.</translation>
    </message>
    <message>
        <source>deployments were added or removed</source>
        <translation>Bereitstellungen wurden hinzugefügt oder entfernt</translation>
    </message>
    <message>
        <source>re-read weights differ from what the calls reported: expected %1</source>
        <translation>die erneut gelesenen Gewichte weichen von dem ab, was die Aufrufe gemeldet haben: erwartet %1</translation>
    </message>
    <message>
        <source>re-reading the weights failed: %1</source>
        <translation>das erneute Lesen der Gewichte ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n weight(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n Gewicht von %1 an %2 übertragen.</numerusform>
            <numerusform>%n Gewichte von %1 an %2 übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting %1 to %2 failed: %3</source>
        <translation>Das Setzen von %1 auf %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Nothing was applied.</source>
        <translation>Es wurde nichts angewendet.</translation>
    </message>
    <message numerus="yes">
        <source>The %n call(s) already applied were reverted; the router is back where it was.</source>
        <translation>
            <numerusform>%n bereits ausgeführter Aufruf wurde zurückgenommen; der Router ist wieder im vorherigen Zustand.</numerusform>
            <numerusform>Die %n bereits ausgeführten Aufrufe wurden zurückgenommen; der Router ist wieder im vorherigen Zustand.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reverting failed too for %1: the router is in a mixed state. Set those weights by hand or push again.</source>
        <translation>Auch das Zurücknehmen ist für %1 fehlgeschlagen: Der Router ist in einem gemischten Zustand. Setzen Sie diese Gewichte von Hand oder übertragen Sie erneut.</translation>
    </message>
    <message>
        <source>Re-read from the router: %1.</source>
        <translation>Erneut vom Router gelesen: %1.</translation>
    </message>
    <message>
        <source>Could not verify (%1); as far as the calls&apos; answers tell, the router has: %2.</source>
        <translation>Keine Bestätigung möglich (%1); soweit die Antworten der Aufrufe erkennen lassen, hat der Router: %2.</translation>
    </message>
    <message>
        <source> The weights are unchanged.</source>
        <translation> Die Gewichte sind unverändert.</translation>
    </message>
    <message>
        <source>Run the profile&apos;s after_write command (at most %1 s): %2</source>
        <translation>Den after_write-Befehl des Profils ausführen (höchstens %1 s): %2</translation>
    </message>
    <message>
        <source>GET %1/v2/model/info every %2 s until it reports the new weights (at most %3 s)</source>
        <translation>GET %1/v2/model/info alle %2 s, bis die neuen Gewichte gemeldet werden (höchstens %3 s)</translation>
    </message>
    <message>
        <source>Running after_write: %1</source>
        <translation>after_write läuft: %1</translation>
    </message>
    <message>
        <source>after_write %1</source>
        <translation>after_write %1</translation>
    </message>
    <message>
        <source>Waiting for the router to report the new weights…</source>
        <translation>Warten, bis der Router die neuen Gewichte meldet…</translation>
    </message>
    <message>
        <source>The router reports the new weights after %1 s.</source>
        <translation>Der Router meldet die neuen Gewichte nach %1 s.</translation>
    </message>
    <message>
        <source>after %1 s the router still reports %2 for %3: it has not loaded the file (check the after_write command, or whether the router reads this file)</source>
        <translation>nach %1 s meldet der Router für %3 noch %2: er hat die Datei nicht geladen (prüfen Sie den after_write-Befehl und ob der Router diese Datei liest)</translation>
    </message>
    <message>
        <source>after %1 s the router still does not answer: %2</source>
        <translation>nach %1 s antwortet der Router noch immer nicht: %2</translation>
    </message>
    <message>
        <source>after_write %1; the file has the new weights, the router may not have loaded them</source>
        <translation>after_write %1; die Datei enthält die neuen Gewichte, der Router hat sie möglicherweise nicht geladen</translation>
    </message>
    <message>
        <source>after_write %1.</source>
        <translation>after_write %1.</translation>
    </message>
    <message>
        <source>The router reports the new weights.</source>
        <translation>Der Router meldet die neuen Gewichte.</translation>
    </message>
    <message>
        <source>Nothing was pushed: every push is recorded in the audit log before its first write, and the record could not be written (%1).</source>
        <translation>Nichts wurde übertragen: jede Übertragung wird vor ihrem ersten Schreibvorgang im Audit-Log vermerkt, und der Vermerk konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>%1 (not recorded: %2)</source>
        <translation>%1 (nicht vermerkt: %2)</translation>
    </message>
    <message>
        <source>First, an earlier push was found cut off and recorded: %1</source>
        <translation>Zuerst wurde eine frühere, abgebrochene Übertragung gefunden und vermerkt: %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else during your push. Nothing was written; compare the weights, then edit again from the current ones.</source>
        <translation>%1 wurde während Ihrer Übertragung von jemand anderem geändert. Es wurde nichts geschrieben; vergleichen Sie die Gewichte und bearbeiten Sie dann erneut ausgehend von den aktuellen.</translation>
    </message>
    <message>
        <source>GET %1/v2/model/info — re-read: stop if anyone else changed the group</source>
        <translation>GET %1/v2/model/info — erneut lesen: abbrechen, wenn jemand anderes die Gruppe geändert hat</translation>
    </message>
    <message>
        <source>Waiting for another push to %1 to finish…</source>
        <translation>Warte, bis eine andere Übertragung an %1 beendet ist…</translation>
    </message>
    <message>
        <source>Waiting for another push to %1 to finish (%2)…</source>
        <translation>Warte, bis eine andere Übertragung an %1 beendet ist (%2)…</translation>
    </message>
    <message>
        <source>Nothing was pushed.</source>
        <translation>Es wurde nichts übertragen.</translation>
    </message>
    <message>
        <source>the weights could not be re-read before writing it: %1</source>
        <translation>die Gewichte konnten vor dem Schreiben nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>The re-read shows it was not made.</source>
        <translation>Das erneute Lesen zeigt, dass es nicht ausgeführt wurde.</translation>
    </message>
    <message>
        <source>%1: no answer came to setting %2, but the re-read shows it was made.</source>
        <translation>%1: auf das Setzen von %2 kam keine Antwort, aber das erneute Lesen zeigt, dass es ausgeführt wurde.</translation>
    </message>
    <message>
        <source>%1: no answer came to setting %2, and the re-read shows it was not made.</source>
        <translation>%1: auf das Setzen von %2 kam keine Antwort, und das erneute Lesen zeigt, dass es nicht ausgeführt wurde.</translation>
    </message>
    <message>
        <source>left at %1, as someone else set it</source>
        <translation>bleibt bei %1, wie jemand anderes es gesetzt hat</translation>
    </message>
    <message>
        <source>removed by someone else</source>
        <translation>von jemand anderem entfernt</translation>
    </message>
    <message>
        <source>No answer came to setting %1 to %2, and no re-read could tell whether it was made.</source>
        <translation>Auf das Setzen von %1 auf %2 kam keine Antwort, und kein erneutes Lesen konnte klären, ob es ausgeführt wurde.</translation>
    </message>
    <message>
        <source>The router may hold the change in part; re-read it and push again or set the weights by hand.</source>
        <translation>Der Router hat die Änderung möglicherweise teilweise übernommen; lesen Sie ihn erneut und übertragen Sie noch einmal oder setzen Sie die Gewichte von Hand.</translation>
    </message>
    <message>
        <source>%1 was added (weight %2)</source>
        <translation>%1 wurde hinzugefügt (Gewicht %2)</translation>
    </message>
    <message>
        <source>%1 %2 (before %3, yours %4)</source>
        <translation>%1 %2 (vorher %3, Ihres %4)</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>%1 wurde entfernt</translation>
    </message>
    <message>
        <source>Someone else changed %1 on %2 during your push: %3.</source>
        <translation>Jemand anderes hat %1 auf %2 während Ihrer Übertragung geändert: %3.</translation>
    </message>
    <message>
        <source>None of your weights was left applied.</source>
        <translation>Keines Ihrer Gewichte ist übernommen geblieben.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n write(s) were undone, so that their change stands alone.</source>
        <translation>
            <numerusform>Ihr %n Schreibvorgang wurde rückgängig gemacht, sodass nur deren Änderung bleibt.</numerusform>
            <numerusform>Ihre %n Schreibvorgänge wurden rückgängig gemacht, sodass nur deren Änderung bleibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone because someone else has set them since: %1.</source>
        <translation>Nicht rückgängig gemacht, weil jemand anderes sie inzwischen gesetzt hat: %1.</translation>
    </message>
    <message>
        <source>Undoing failed for %1: the router holds part of your change.</source>
        <translation>Das Rückgängigmachen ist für %1 fehlgeschlagen: Der Router enthält einen Teil Ihrer Änderung.</translation>
    </message>
    <message>
        <source>Compare the weights, then edit again from the current ones.</source>
        <translation>Vergleichen Sie die Gewichte und bearbeiten Sie dann erneut ausgehend von den aktuellen.</translation>
    </message>
    <message>
        <source>not undone: the weights could not be re-read to check nobody else had set it (%1)</source>
        <translation>nicht rückgängig gemacht: die Gewichte konnten nicht erneut gelesen werden, um zu prüfen, dass niemand anderes es gesetzt hat (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The %n call(s) already applied were reverted.</source>
        <translation>
            <numerusform>Der %n bereits ausgeführte Aufruf wurde rückgängig gemacht.</numerusform>
            <numerusform>Die %n bereits ausgeführten Aufrufe wurden rückgängig gemacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer came, but the re-read shows it was made (%1)</source>
        <translation>keine Antwort erhalten, aber das erneute Lesen zeigt, dass es ausgeführt wurde (%1)</translation>
    </message>
    <message>
        <source>HTTP %1 left it unclear, but the re-read shows it was made (%2)</source>
        <translation>HTTP %1 ließ es offen, aber das erneute Lesen zeigt, dass es ausgeführt wurde (%2)</translation>
    </message>
    <message>
        <source>%1: HTTP %3 to setting %2 left it unclear, but the re-read shows it was made.</source>
        <translation>%1: HTTP %3 auf das Setzen von %2 ließ es offen, aber das erneute Lesen zeigt, dass es ausgeführt wurde.</translation>
    </message>
    <message>
        <source>%1: HTTP %3 to setting %2 left it unclear, and the re-read shows it was not made.</source>
        <translation>%1: HTTP %3 auf das Setzen von %2 ließ es offen, und das erneute Lesen zeigt, dass es nicht ausgeführt wurde.</translation>
    </message>
    <message>
        <source>HTTP %3 to setting %1 to %2 left it unclear whether it was made, and no re-read could tell.</source>
        <translation>HTTP %3 auf das Setzen von %1 auf %2 ließ offen, ob es ausgeführt wurde, und kein erneutes Lesen konnte es klären.</translation>
    </message>
    <message>
        <source>%1 had no weight before; LiteLLM&apos;s admin API cannot remove a weight, so undoing set it to 0. That routes like no weight while another healthy deployment of the group has a weight, but not when it is the only one left (LiteLLM then has no weight to pick it by). Remove the weight in the router&apos;s database or config by hand if that matters.</source>
        <translation>%1 hatte vorher kein Gewicht; die Admin-API von LiteLLM kann ein Gewicht nicht entfernen, daher hat das Rückgängigmachen es auf 0 gesetzt. Das wird wie kein Gewicht geroutet, solange eine andere gesunde Bereitstellung der Gruppe ein Gewicht hat, aber nicht, wenn sie die einzige verbleibende ist (LiteLLM hat dann kein Gewicht, um sie zu wählen). Entfernen Sie das Gewicht von Hand in der Datenbank oder Konfiguration des Routers, wenn es darauf ankommt.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::Reader</name>
    <message>
        <source>no &quot;event&quot;</source>
        <translation>kein &quot;event&quot;</translation>
    </message>
    <message>
        <source>a &quot;firing&quot; event needs an id, a known rule and a firedAt time</source>
        <translation>ein &quot;firing&quot;-Ereignis braucht eine id, eine bekannte Regel und eine firedAt-Zeit</translation>
    </message>
    <message>
        <source>a &quot;resolved&quot; event needs the id of an alert that fired before it and a resolvedAt time</source>
        <translation>ein &quot;resolved&quot;-Ereignis braucht die id eines zuvor ausgelösten Alarms und eine resolvedAt-Zeit</translation>
    </message>
    <message>
        <source>an &quot;acknowledged&quot; event needs the id of an alert that fired before it</source>
        <translation>ein &quot;acknowledged&quot;-Ereignis braucht die id eines zuvor ausgelösten Alarms</translation>
    </message>
    <message>
        <source>a &quot;silenced&quot; event needs a known rule and an until time</source>
        <translation>ein &quot;silenced&quot;-Ereignis braucht eine bekannte Regel und eine until-Zeit</translation>
    </message>
    <message>
        <source>alerts.%1 is &apos;%2&apos;; it must be a number from %3 to %4, so %5 is used</source>
        <translation>alerts.%1 ist &apos;%2&apos;; erlaubt ist eine Zahl von %3 bis %4, daher wird %5 verwendet</translation>
    </message>
    <message>
        <source>alerts.%1.%2 is not a limit; use p95_latency, error_rate, rate_limit or drift_points</source>
        <translation>alerts.%1.%2 ist kein Grenzwert; verwenden Sie p95_latency, error_rate, rate_limit oder drift_points</translation>
    </message>
    <message>
        <source>alerts.%1: &apos;%2&apos; is not a rule; the rules are p95_latency, error_rate, rate_limit, all_cooling, drift and no_data</source>
        <translation>alerts.%1: &apos;%2&apos; ist keine Regel; die Regeln sind p95_latency, error_rate, rate_limit, all_cooling, drift und no_data</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2</source>
        <translation>Profil &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>RouteDeck::RebalancePage</name>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Whole-number weights</source>
        <translation>&amp;Ganzzahlige Gewichte</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>Zurück&amp;setzen</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Choosing another group drops the edit in progress.</source>
        <translation>Die Wahl einer anderen Gruppe verwirft die laufende Bearbeitung.</translation>
    </message>
    <message>
        <source>Keep weights whole numbers; a drag that needs finer steps scales every weight by 10.</source>
        <translation>Gewichte ganzzahlig halten; ein Ziehen, das feinere Schritte braucht, multipliziert alle Gewichte mit 10.</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> pp</translation>
    </message>
    <message>
        <source>A change that moves a deployment&apos;s share by more than this is risky and needs the group name typed to confirm.</source>
        <translation>Eine Änderung, die den Anteil einer Bereitstellung um mehr als diesen Wert verschiebt, ist riskant; zur Bestätigung muss der Gruppenname eingegeben werden.</translation>
    </message>
    <message>
        <source>Back to the weights the target has now</source>
        <translation>Zurück zu den aktuellen Gewichten des Ziels</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Configured share</source>
        <translation>Konfigurierter Anteil</translation>
    </message>
    <message>
        <source>Effective share</source>
        <translation>Wirksamer Anteil</translation>
    </message>
    <message>
        <source>Requests/s now → predicted</source>
        <translation>Anfragen/s jetzt → vorhergesagt</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>Configured share renormalised over the deployments not cooling right now</source>
        <translation>Konfigurierter Anteil, neu normiert auf die Bereitstellungen, die gerade nicht im Cooldown sind</translation>
    </message>
    <message>
        <source>Observed requests/s, and what the deployment would get at the group&apos;s current traffic</source>
        <translation>Beobachtete Anfragen/s und was die Bereitstellung beim aktuellen Verkehr der Gruppe erhalten würde</translation>
    </message>
    <message>
        <source>&amp;Model group:</source>
        <translation>&amp;Modellgruppe:</translation>
    </message>
    <message>
        <source>Risky abo&amp;ve:</source>
        <translation>Riskant a&amp;b:</translation>
    </message>
    <message>
        <source>The weights changed since you started editing: %1. Reset to edit from them; pushing this edit would be stopped as a conflict.</source>
        <translation>Die Gewichte haben sich geändert, seit Sie mit der Bearbeitung begonnen haben: %1. Setzen Sie zurück, um von ihnen aus zu bearbeiten; eine Übertragung dieser Bearbeitung würde als Konflikt gestoppt.</translation>
    </message>
    <message>
        <source>Deployments of %1 were added or removed since you started editing. Reset to edit the current ones.</source>
        <translation>Seit Beginn Ihrer Bearbeitung wurden Bereitstellungen von %1 hinzugefügt oder entfernt. Setzen Sie zurück, um die aktuellen zu bearbeiten.</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <source>standby (order %1)</source>
        <translation>Standby (Reihenfolge %1)</translation>
    </message>
    <message>
        <source>traffic unknown</source>
        <translation>Verkehr unbekannt</translation>
    </message>
    <message>
        <source>%1 rpm</source>
        <translation>%1 rpm</translation>
    </message>
    <message>
        <source>%1 tpm</source>
        <translation>%1 tpm</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Give %1 its weight back</source>
        <translation>%1 sein Gewicht zurückgeben</translation>
    </message>
    <message>
        <source>Weight 0: %1 gets no new traffic</source>
        <translation>Gewicht 0: %1 erhält keinen neuen Verkehr</translation>
    </message>
    <message>
        <source>This change is risky: the review asks for the group name to confirm it.</source>
        <translation>Diese Änderung ist riskant: die Prüfung verlangt zur Bestätigung den Gruppennamen.</translation>
    </message>
    <message>
        <source>No model groups to edit yet.</source>
        <translation>Noch keine Modellgruppen zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Editing %1 as the %2 has it. Drag a divider, type a weight, or drain a deployment; nothing changes until you review and push.</source>
        <translation>Sie bearbeiten %1 im aktuellen Stand von %2. Ziehen Sie einen Trenner, geben Sie ein Gewicht ein oder leeren Sie eine Bereitstellung; nichts ändert sich, bevor Sie prüfen und übertragen.</translation>
    </message>
    <message>
        <source>Fix the refused weights first</source>
        <translation>Korrigieren Sie zuerst die abgelehnten Gewichte</translation>
    </message>
    <message>
        <source>Review the change before pushing it</source>
        <translation>Prüfen Sie die Änderung, bevor Sie sie übertragen</translation>
    </message>
    <message>
        <source>Change a weight first</source>
        <translation>Ändern Sie zuerst ein Gewicht</translation>
    </message>
    <message>
        <source>The other pages replay %1; this page edits the live weights, judged on the latest live traffic.</source>
        <translation>Die anderen Seiten geben %1 wieder; diese Seite bearbeitet die aktuellen Gewichte, beurteilt nach dem neuesten Live-Verkehr.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ReplayMoment</name>
    <message>
        <source>&apos;%1&apos; reaches back more than 400 days</source>
        <translation>&apos;%1&apos; reicht mehr als 400 Tage zurück</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time: use ISO 8601 like 2026-12-04T03:06:27Z (local time without the Z), or a time before now like -15m, -2h</source>
        <translation>&apos;%1&apos; ist keine Zeitangabe: verwenden Sie ISO 8601 wie 2026-12-04T03:06:27Z (Ortszeit ohne das Z) oder eine Zeit vor jetzt wie -15m, -2h</translation>
    </message>
    <message>
        <source>%1 reaches back more than 400 days</source>
        <translation>%1 reicht mehr als 400 Tage zurück</translation>
    </message>
    <message>
        <source>%1 is in the future: there is nothing to replay there yet</source>
        <translation>%1 liegt in der Zukunft: dort gibt es noch nichts wiederzugeben</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ReviewDialog</name>
    <message>
        <source>Review Rollback — %1</source>
        <translation>Rollback prüfen — %1</translation>
    </message>
    <message>
        <source>Review Weight Change — %1</source>
        <translation>Gewichtsänderung prüfen — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on the %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Configured share</source>
        <translation>Konfigurierter Anteil</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <source>Effective share</source>
        <translation>Wirksamer Anteil</translation>
    </message>
    <message>
        <source>Predicted requests/s</source>
        <translation>Vorhergesagte Anfragen/s</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>What will be done, in this order:</source>
        <translation>Was ausgeführt wird, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>What will be done, and the file&apos;s diff:</source>
        <translation>Was ausgeführt wird, und der Diff der Datei:</translation>
    </message>
    <message>
        <source>Cannot push: %1
</source>
        <translation>Übertragung nicht möglich: %1
</translation>
    </message>
    <message>
        <source>This change is risky. Type the group name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Diese Änderung ist riskant. Geben Sie zur Bestätigung den Gruppennamen &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>&amp;Push Rollback</source>
        <translation>Rollback ü&amp;bertragen</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>Ü&amp;bertragen</translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation>Wird übertragen…</translation>
    </message>
    <message>
        <source>revert</source>
        <translation>zurücknehmen</translation>
    </message>
    <message>
        <source>set</source>
        <translation>setzen</translation>
    </message>
    <message>
        <source>✓ %1 %2 to %3</source>
        <translation>✓ %2 auf %3 %1</translation>
    </message>
    <message>
        <source>✗ %1 %2 to %3: %4</source>
        <translation>✗ %2 auf %3 %1: %4</translation>
    </message>
    <message>
        <source>Recorded in the audit log as %1.</source>
        <translation>Im Audit-Log als %1 festgehalten.</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Das Audit-Log konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Base (edit started from)</source>
        <translation>Basis (Beginn der Bearbeitung)</translation>
    </message>
    <message>
        <source>Theirs (target now)</source>
        <translation>Ziel (aktueller Stand)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>At the current traffic of %1, about %2 of it moves to other deployments.</source>
        <translation>Beim aktuellen Verkehr von %1 verlagert sich etwa %2 davon auf andere Bereitstellungen.</translation>
    </message>
    <message>
        <source>No traffic moves at the current rate (or the current traffic is unknown).</source>
        <translation>Beim aktuellen Durchsatz verlagert sich kein Verkehr (oder der aktuelle Verkehr ist unbekannt).</translation>
    </message>
    <message>
        <source>Reading %1 to show the exact changes…</source>
        <translation>Lese %1, um die genauen Änderungen zu zeigen…</translation>
    </message>
</context>
<context>
    <name>RouteDeck::RouterApiDecoder</name>
    <message>
        <source>%1 answered JSON without a &quot;data&quot; list of models</source>
        <translation>%1 hat JSON ohne &quot;data&quot;-Liste von Modellen geantwortet</translation>
    </message>
    <message>
        <source>%1: entry %2 of &quot;data&quot; is not an object</source>
        <translation>%1: Eintrag %2 von &quot;data&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: model %2 (&apos;%3&apos;) has no model_info.id</source>
        <translation>%1: Modell %2 (&apos;%3&apos;) hat keine model_info.id</translation>
    </message>
    <message>
        <source>%1 did not answer a JSON object</source>
        <translation>%1 hat nicht mit einem JSON-Objekt geantwortet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: model %2 (&apos;%3&apos;): %4; RouteDeck leaves it unset</source>
        <translation>%1: Modell %2 (&apos;%3&apos;): %4; RouteDeck lässt es ungesetzt</translation>
    </message>
</context>
<context>
    <name>RouteDeck::RouterClient</name>
    <message>
        <source>The router</source>
        <translation>Der Router</translation>
    </message>
    <message>
        <source>The answer is an HTML page: a proxy or login page may be in between.</source>
        <translation>Die Antwort ist eine HTML-Seite: möglicherweise liegt ein Proxy oder eine Anmeldeseite dazwischen.</translation>
    </message>
    <message>
        <source>The answer is an HTML page titled &quot;%1&quot;: a proxy or login page may be in between.</source>
        <translation>Die Antwort ist eine HTML-Seite mit dem Titel &quot;%1&quot;: möglicherweise liegt ein Proxy oder eine Anmeldeseite dazwischen.</translation>
    </message>
    <message>
        <source>The router said: %1</source>
        <translation>Der Router meldete: %1</translation>
    </message>
    <message>
        <source>The router at %1 refused %2 (HTTP %3): RouteDeck sent no master key. Set the environment variable that the connection profile names for the key.</source>
        <translation>Der Router unter %1 hat %2 abgelehnt (HTTP %3): RouteDeck hat keinen Master-Key gesendet. Setzen Sie die Umgebungsvariable, die das Verbindungsprofil für den Key nennt.</translation>
    </message>
    <message>
        <source>The router at %1 refused %2 (HTTP %3): the master key is missing or wrong (a proxy in between may drop it), or it may not use the admin API. Check the environment variable that the connection profile names for the key.</source>
        <translation>Der Router unter %1 hat %2 abgelehnt (HTTP %3): der Master-Key fehlt oder ist falsch (ein Proxy dazwischen könnte ihn verwerfen), oder er darf die Admin-API nicht verwenden. Prüfen Sie die Umgebungsvariable, die das Verbindungsprofil für den Key nennt.</translation>
    </message>
    <message>
        <source>The router at %1 is not ready (HTTP 503 from %2); it may be starting. RouteDeck asks again on the next refresh.</source>
        <translation>Der Router unter %1 ist nicht bereit (HTTP 503 von %2); möglicherweise startet er gerade. RouteDeck fragt bei der nächsten Aktualisierung erneut.</translation>
    </message>
    <message>
        <source>The router at %1 answered %2 with HTTP %3.</source>
        <translation>Der Router unter %1 hat %2 mit HTTP %3 beantwortet.</translation>
    </message>
    <message>
        <source>The router connection cannot be used: %1.</source>
        <translation>Die Router-Verbindung kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>%1 listed deployment &apos;%2&apos; again, after an earlier page did: the deployments changed while RouteDeck paged through them. RouteDeck asks again on the next refresh.</source>
        <translation>%1 hat die Bereitstellung &apos;%2&apos; erneut aufgeführt, nachdem eine frühere Seite sie schon enthielt: die Bereitstellungen haben sich geändert, während RouteDeck sie seitenweise abrief. RouteDeck fragt bei der nächsten Aktualisierung erneut.</translation>
    </message>
    <message>
        <source>the health check</source>
        <translation>die Zustandsprüfung</translation>
    </message>
    <message>
        <source>The answer from %1 has no &quot;status&quot;; is %2 a LiteLLM proxy?</source>
        <translation>Die Antwort von %1 enthält kein &quot;status&quot;; ist %2 ein LiteLLM-Proxy?</translation>
    </message>
    <message>
        <source>The router at %1 reports status &quot;unhealthy&quot; on %2; it is not ready to route requests.</source>
        <translation>Der Router unter %1 meldet auf %2 den Status &quot;unhealthy&quot;; er ist nicht bereit, Anfragen zu routen.</translation>
    </message>
    <message>
        <source>A weight update needs a deployment id (model_info.id); nothing was sent to the router.</source>
        <translation>Eine Gewichtsänderung braucht eine Bereitstellungs-ID (model_info.id); an den Router wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The weight %1 for deployment &apos;%2&apos; is not allowed: a weight must be a number of 0 or more. Nothing was sent to the router.</source>
        <translation>Das Gewicht %1 für die Bereitstellung &apos;%2&apos; ist nicht zulässig: ein Gewicht muss eine Zahl von 0 oder größer sein. An den Router wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The router at %1 has no deployment &apos;%2&apos; (HTTP 404 from %3); it may have been deleted or recreated with a new id. Refresh the deployments and try again.</source>
        <translation>Der Router unter %1 hat keine Bereitstellung &apos;%2&apos; (HTTP 404 von %3); sie wurde möglicherweise gelöscht oder mit einer neuen ID neu angelegt. Aktualisieren Sie die Bereitstellungen und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::RouterSetWeightCommand</name>
    <message>
        <source>Usage: routedeckctl set-weight --router URL GROUP ID=WEIGHT ... [--yes [--confirm GROUP]]
         [--profile NAME] [--router-key-env NAME] [--prometheus URL] [--max-shift PP]
         [--audit-log FILE] [--timeout S]
</source>
        <translation>Aufruf: routedeckctl set-weight --router URL GROUP ID=WEIGHT ... [--yes [--confirm GROUP]]
         [--profile NAME] [--router-key-env NAME] [--prometheus URL] [--max-shift PP]
         [--audit-log FILE] [--timeout S]
</translation>
    </message>
    <message>
        <source>Prometheus URL, to check guardrails at current traffic</source>
        <translation>Prometheus-URL, um Schutzregeln beim aktuellen Verkehr zu prüfen</translation>
    </message>
    <message>
        <source>push the change; without it, a dry run</source>
        <translation>die Änderung übertragen; ohne diese Option ein Probelauf</translation>
    </message>
    <message>
        <source>the group name, to confirm a risky change</source>
        <translation>der Gruppenname, um eine riskante Änderung zu bestätigen</translation>
    </message>
    <message>
        <source>percentage points of share movement that make a change risky</source>
        <translation>Prozentpunkte Anteilsverschiebung, ab denen eine Änderung riskant ist</translation>
    </message>
    <message>
        <source>audit log file</source>
        <translation>Audit-Log-Datei</translation>
    </message>
    <message>
        <source>seconds to wait for each answer (default 20)</source>
        <translation>Sekunden Wartezeit auf jede Antwort (Vorgabe 20)</translation>
    </message>
    <message>
        <source>(files only)</source>
        <translation>(nur Dateien)</translation>
    </message>
    <message>
        <source>--write is for config files; with --router, --yes pushes the change</source>
        <translation>--write ist für Konfigurationsdateien; mit --router überträgt --yes die Änderung</translation>
    </message>
    <message>
        <source>set-weight --router needs GROUP ID=WEIGHT [ID=WEIGHT ...]</source>
        <translation>set-weight --router braucht GROUP ID=WEIGHT [ID=WEIGHT ...]</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 0 to 3600</source>
        <translation>--timeout nimmt Sekunden von 0 bis 3600</translation>
    </message>
    <message>
        <source>--max-shift takes percentage points above 0 and up to 100</source>
        <translation>--max-shift nimmt Prozentpunkte über 0 und bis 100</translation>
    </message>
    <message>
        <source>(command line)</source>
        <translation>(Befehlszeile)</translation>
    </message>
    <message>
        <source>routedeckctl: the router at %1 did not answer within %2 s
</source>
        <translation>routedeckctl: der Router unter %1 hat nicht innerhalb von %2 s geantwortet
</translation>
    </message>
    <message>
        <source>routedeckctl: no model group &apos;%1&apos; on %2 (groups: %3)
</source>
        <translation>routedeckctl: keine Modellgruppe &apos;%1&apos; auf %2 (Gruppen: %3)
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ID=WEIGHT</source>
        <translation>&apos;%1&apos; ist nicht ID=WEIGHT</translation>
    </message>
    <message>
        <source>routedeckctl: &apos;%1&apos; is not a deployment of &apos;%2&apos; (deployments: %3)
</source>
        <translation>routedeckctl: &apos;%1&apos; ist keine Bereitstellung von &apos;%2&apos; (Bereitstellungen: %3)
</translation>
    </message>
    <message>
        <source>warning: no traffic from %1 (%2); rpm/tpm and health checks are skipped
</source>
        <translation>Warnung: keine Verkehrsdaten von %1 (%2); rpm/tpm- und Zustandsprüfungen entfallen
</translation>
    </message>
    <message>
        <source>Router %1, group %2 (weights read just now)

</source>
        <translation>Router %1, Gruppe %2 (Gewichte soeben gelesen)

</translation>
    </message>
    <message>
        <source>DEPLOYMENT</source>
        <translation>BEREITSTELLUNG</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>GEWICHT</translation>
    </message>
    <message>
        <source>SHARE %</source>
        <translation>ANTEIL %</translation>
    </message>
    <message>
        <source>EFF %</source>
        <translation>WIRKS. %</translation>
    </message>
    <message>
        <source>REQ/S NOW</source>
        <translation>ANFR./S JETZT</translation>
    </message>
    <message>
        <source>REQ/S AFTER</source>
        <translation>ANFR./S DANACH</translation>
    </message>
    <message>
        <source>Traffic unknown (no --prometheus): rpm/tpm limits and cooling deployments are not checked.
</source>
        <translation>Verkehr unbekannt (kein --prometheus): rpm/tpm-Grenzwerte und Bereitstellungen im Cooldown werden nicht geprüft.
</translation>
    </message>
    <message>
        <source>routedeckctl: refused: the change breaks a guardrail; nothing was changed
</source>
        <translation>routedeckctl: abgelehnt: die Änderung verletzt eine Schutzregel; es wurde nichts geändert
</translation>
    </message>
    <message>
        <source>No weight changes: the router is left as it is.
</source>
        <translation>Keine Gewichtsänderungen: der Router bleibt, wie er ist.
</translation>
    </message>
    <message>
        <source>What --yes does, in this order:
</source>
        <translation>Was --yes ausführt, in dieser Reihenfolge:
</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. Add --yes to push</source>
        <translation>Probelauf: es wurde nichts geändert. Zum Übertragen --yes angeben</translation>
    </message>
    <message>
        <source> (and --confirm %1: the change is risky)</source>
        <translation> (und --confirm %1: die Änderung ist riskant)</translation>
    </message>
    <message>
        <source>routedeckctl: this change is risky (see the warnings above); repeat with --confirm %1 to push it
</source>
        <translation>routedeckctl: diese Änderung ist riskant (siehe die Warnungen oben); wiederholen Sie sie mit --confirm %1, um sie zu übertragen
</translation>
    </message>
    <message>
        <source>  ok    </source>
        <translation>  ok    </translation>
    </message>
    <message>
        <source>  FAIL  </source>
        <translation> FEHLER </translation>
    </message>
    <message>
        <source>revert </source>
        <translation>Rücknahme </translation>
    </message>
    <message>
        <source>Pushing…
</source>
        <translation>Wird übertragen…
</translation>
    </message>
    <message>
        <source>routedeckctl: the push did not finish in time; check the router&apos;s weights
</source>
        <translation>routedeckctl: die Übertragung wurde nicht rechtzeitig fertig; prüfen Sie die Gewichte des Routers
</translation>
    </message>
    <message>
        <source>Audit log: %1 (entry %2)
</source>
        <translation>Audit-Log: %1 (Eintrag %2)
</translation>
    </message>
    <message>
        <source>BASE</source>
        <translation>BASIS</translation>
    </message>
    <message>
        <source>THEIRS</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>YOURS</source>
        <translation>IHRE</translation>
    </message>
    <message>
        <source>routedeckctl: refused: %1
</source>
        <translation>routedeckctl: abgelehnt: %1
</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ScrapeDiagnosis</name>
    <message>
        <source>Prometheus has no LiteLLM series because its scrape of %1 (job %2) fails: %3.</source>
        <translation>Prometheus hat keine LiteLLM-Serien, weil sein Scrape von %1 (Job %2) fehlschlägt: %3.</translation>
    </message>
    <message>
        <source>no error given</source>
        <translation>ohne Fehlerangabe</translation>
    </message>
    <message>
        <source>Prometheus has no LiteLLM series: none of its scrape targets is the router at %1 (it scrapes %2). Add a scrape job for %1/metrics.</source>
        <translation>Prometheus hat keine LiteLLM-Serien: keines seiner Scrape-Targets ist der Router unter %1 (es scrapt %2). Legen Sie einen Scrape-Job für %1/metrics an.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ServiceHealthPage</name>
    <message>
        <source>The query catalog defines no service-health panels.</source>
        <translation>Der Abfragekatalog definiert keine Panels für den Dienstzustand.</translation>
    </message>
    <message>
        <source>No series for this panel yet: the endpoint does not export it, or nothing has happened that it counts.
%1</source>
        <translation>Noch keine Serien für dieses Panel: der Endpunkt exportiert sie nicht, oder es ist noch nichts geschehen, was sie zählt.
%1</translation>
    </message>
</context>
<context>
    <name>RouteDeck::SplitBar</name>
    <message>
        <source>%1: %2 of traffic (%3)</source>
        <translation>%1: %2 des Verkehrs (%3)</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>kein Verkehr</translation>
    </message>
</context>
<context>
    <name>RouteDeck::SplitConvergence</name>
    <message>
        <source>no traffic was seen</source>
        <translation>es wurde kein Verkehr gesehen</translation>
    </message>
    <message>
        <source>%1: %2 % observed, %3 % expected</source>
        <translation>%1: %2 % beobachtet, %3 % erwartet</translation>
    </message>
    <message>
        <source>%1 follows the new weights: observed shares within %2 pp of them, %3 after the push.</source>
        <translation>%1 folgt den neuen Gewichten: beobachtete Anteile innerhalb von %2 pp, %3 nach dem Push.</translation>
    </message>
    <message>
        <source>%1: %2 after the push the router still does not report the new weights.</source>
        <translation>%1: %2 nach dem Push meldet der Router die neuen Gewichte noch immer nicht.</translation>
    </message>
    <message>
        <source>%1 has not followed the new weights %2 after the push (%3); look for cooldowns or rate limits on the Traffic and Cooldowns pages.</source>
        <translation>%1 folgt den neuen Gewichten %2 nach dem Push noch nicht (%3); prüfen Sie Cooldowns und Rate-Limits auf den Seiten Traffic und Cooldowns.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::StackedBarChart</name>
    <message>
        <source>%1, %2: %3 of %4</source>
        <translation>%1, %2: %3 von %4</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>RouteDeck::StatusBadge</name>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: verbinde…</translation>
    </message>
    <message>
        <source>%1: live</source>
        <translation>%1: live</translation>
    </message>
    <message>
        <source>%1: stale since %2</source>
        <translation>%1: veraltet seit %2</translation>
    </message>
    <message>
        <source>%1: unreachable: %2</source>
        <translation>%1: nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Last good data: %1</source>
        <translation>Letzte gültige Daten: %1</translation>
    </message>
    <message>
        <source>Failing since: %1</source>
        <translation>Fehlerhaft seit: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1: replay of %2</source>
        <translation>%1: Wiedergabe von %2</translation>
    </message>
</context>
<context>
    <name>RouteDeck::TimeSeriesChart</name>
    <message>
        <source>No data in this time range</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Export PNG, copy PromQL</source>
        <translation>PNG exportieren, PromQL kopieren</translation>
    </message>
    <message>
        <source>Chart actions</source>
        <translation>Diagrammaktionen</translation>
    </message>
    <message>
        <source>%1 (at least)</source>
        <translation>%1 (mindestens)</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>Grenzwert %1</translation>
    </message>
    <message>
        <source>%1 at %2: at least %3 (the largest finite histogram bucket; the real value is higher)</source>
        <translation>%1 um %2: mindestens %3 (der größte endliche Histogramm-Bucket; der tatsächliche Wert ist höher)</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
</context>
<context>
    <name>RouteDeck::TraceLink</name>
    <message>
        <source>No traces URL: set traces_url in the connection profile to a Jaeger, Tempo or Grafana Explore link with {model_id}, {group}, {start} and {end} in it.</source>
        <translation>Keine Traces-URL: Setzen Sie traces_url im Verbindungsprofil auf einen Link zu Jaeger, Tempo oder Grafana Explore, der {model_id}, {group}, {start} und {end} enthält.</translation>
    </message>
    <message>
        <source>traces_url in the connection profile uses %1, but there is no time range to fill in.</source>
        <translation>traces_url im Verbindungsprofil verwendet %1, aber es gibt keinen Zeitraum zum Einsetzen.</translation>
    </message>
    <message>
        <source>traces_url in the connection profile is not a valid URL (%1): %2</source>
        <translation>traces_url im Verbindungsprofil ist keine gültige URL (%1): %2</translation>
    </message>
    <message>
        <source>traces_url in the connection profile must start with http:// or https://: %1</source>
        <translation>traces_url im Verbindungsprofil muss mit http:// oder https:// beginnen: %1</translation>
    </message>
    <message>
        <source>traces_url in the connection profile names no host: %1</source>
        <translation>traces_url im Verbindungsprofil nennt keinen Host: %1</translation>
    </message>
    <message>
        <source>traces_url in the connection profile has %1, which RouteDeck does not fill in; it fills in %2.</source>
        <translation>traces_url im Verbindungsprofil enthält %1, was RouteDeck nicht einsetzt; es setzt %2 ein.</translation>
    </message>
</context>
<context>
    <name>RouteDeck::TrafficPage</name>
    <message>
        <source>% of requests</source>
        <translation>% der Anfragen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>No traffic in this time range</source>
        <translation>Kein Verkehr in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Observed share over time — %1</source>
        <translation>Beobachteter Anteil im Zeitverlauf — %1</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Konfiguriert</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
</context>
<context>
    <name>RouteDeck::TrafficTableModel</name>
    <message>
        <source>no traffic</source>
        <translation>kein Verkehr</translation>
    </message>
    <message>
        <source>Share by the configured weights</source>
        <translation>Anteil nach den konfigurierten Gewichten</translation>
    </message>
    <message>
        <source>Configured share renormalised over the deployments not cooling: what the router should do now</source>
        <translation>Konfigurierter Anteil, neu normiert auf die Bereitstellungen, die nicht im Cooldown sind: was der Router jetzt tun sollte</translation>
    </message>
    <message>
        <source>Share of the group&apos;s requests this deployment answered in the rate window</source>
        <translation>Anteil der Anfragen der Gruppe, die diese Bereitstellung im Rate-Fenster beantwortet hat</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Konfiguriert</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Judged share is %1 away from the effective share (threshold %2 pp): %3</source>
        <translation>Der bewertete Anteil weicht um %1 vom wirksamen Anteil ab (Grenzwert %2 pp): %3</translation>
    </message>
    <message>
        <source>Judged minus effective share, shown when it is more than chance: %1</source>
        <translation>Bewerteter minus wirksamer Anteil, angezeigt, wenn die Differenz nicht mehr durch Zufall erklärbar ist: %1</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ViewFormat</name>
    <message>
        <source>no traffic</source>
        <translation>kein Verkehr</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1%2 pp</source>
        <translation>%1%2 pp</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>RouteDeck::WebhookNotifier</name>
    <message>
        <source>The webhook URL is not an http or https URL; check the environment variable the connection profile names for it.</source>
        <translation>Die Webhook-URL ist keine http- oder https-URL; prüfen Sie die Umgebungsvariable, die das Verbindungsprofil dafür nennt.</translation>
    </message>
    <message>
        <source>The webhook</source>
        <translation>Der Webhook</translation>
    </message>
    <message numerus="yes">
        <source>The webhook at %1 still answered HTTP %2 after %n attempt(s); the message was not delivered.</source>
        <translation>
            <numerusform>Der Webhook unter %1 antwortete nach %n Versuch weiterhin mit HTTP %2; die Nachricht wurde nicht zugestellt.</numerusform>
            <numerusform>Der Webhook unter %1 antwortete nach %n Versuchen weiterhin mit HTTP %2; die Nachricht wurde nicht zugestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The webhook at %1 could not be reached (%n attempt(s)).</source>
        <translation>
            <numerusform>Der Webhook unter %1 war nicht erreichbar (%n Versuch).</numerusform>
            <numerusform>Der Webhook unter %1 war nicht erreichbar (%n Versuche).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The webhook at %1 did not answer in time (%n attempt(s)).</source>
        <translation>
            <numerusform>Der Webhook unter %1 hat nicht rechtzeitig geantwortet (%n Versuch).</numerusform>
            <numerusform>Der Webhook unter %1 hat nicht rechtzeitig geantwortet (%n Versuche).</numerusform>
        </translation>
    </message>
    <message>
        <source>The TLS connection to the webhook at %1 failed; check the system&apos;s CA certificates and the URL&apos;s scheme.</source>
        <translation>Die TLS-Verbindung zum Webhook unter %1 ist fehlgeschlagen; prüfen Sie die CA-Zertifikate des Systems und das Schema der URL.</translation>
    </message>
    <message>
        <source>The webhook at %1 answered with more than %2; is the URL an incoming webhook?</source>
        <translation>Der Webhook unter %1 hat mit mehr als %2 geantwortet; ist die URL ein eingehender Webhook?</translation>
    </message>
    <message>
        <source>The webhook at %1 redirected the message elsewhere; put the final address in the environment variable the connection profile names.</source>
        <translation>Der Webhook unter %1 hat die Nachricht umgeleitet; tragen Sie die endgültige Adresse in die Umgebungsvariable ein, die das Verbindungsprofil nennt.</translation>
    </message>
    <message>
        <source>The webhook at %1 did not take the message (%2).</source>
        <translation>Der Webhook unter %1 hat die Nachricht nicht angenommen (%2).</translation>
    </message>
    <message>
        <source>The webhook at %1 refused the message with HTTP %2.</source>
        <translation>Der Webhook unter %1 hat die Nachricht mit HTTP %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Is the URL a Slack-compatible incoming webhook?</source>
        <translation>Ist die URL ein Slack-kompatibler eingehender Webhook?</translation>
    </message>
    <message>
        <source>The webhook was removed or the URL is wrong; check the environment variable the connection profile names for it.</source>
        <translation>Der Webhook wurde entfernt oder die URL ist falsch; prüfen Sie die Umgebungsvariable, die das Verbindungsprofil dafür nennt.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Antwort des Webhooks: %1</translation>
    </message>
</context>
<context>
    <name>RouteDeck::WeightSplitEditor</name>
    <message>
        <source>Traffic split editor</source>
        <translation>Editor für die Verkehrsaufteilung</translation>
    </message>
    <message>
        <source>Drag a divider to move traffic between its neighbours; arrow keys move the selected divider by 1 pp (Shift: 5 pp), Ctrl+arrow selects another divider.</source>
        <translation>Ziehen Sie einen Trenner, um Verkehr zwischen seinen Nachbarn zu verschieben; die Pfeiltasten verschieben den ausgewählten Trenner um 1 pp (Umschalt: 5 pp), Strg+Pfeiltaste wählt einen anderen Trenner.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>%1: %2 now, %3 after</source>
        <translation>%1: %2 jetzt, %3 danach</translation>
    </message>
</context>
<context>
    <name>RouteDeck::WeightWriter</name>
    <message>
        <source>after the weight change: %1</source>
        <translation>nach der Gewichtsänderung: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RouteDeck::YamlSupport</name>
    <message>
        <source>file is %1 MiB, larger than the %2 MiB RouteDeck reads</source>
        <translation>Datei ist %1 MiB groß, größer als die %2 MiB, die RouteDeck liest</translation>
    </message>
    <message>
        <source>file is binary, not YAML text (NUL byte at offset %1)</source>
        <translation>Datei ist binär, kein YAML-Text (NUL-Byte an Offset %1)</translation>
    </message>
    <message>
        <source>file is not valid UTF-8 text (byte 0x%1 at offset %2); save it as UTF-8</source>
        <translation>Datei ist kein gültiger UTF-8-Text (Byte 0x%1 an Offset %2); speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is tagged %2 but is not one; LiteLLM cannot load this file</source>
        <translation>&apos;%1&apos; ist als %2 markiert, ist aber keiner; LiteLLM kann diese Datei nicht laden</translation>
    </message>
    <message>
        <source>the tag %1 is not one PyYAML&apos;s safe_load reads, so LiteLLM cannot load this file</source>
        <translation>das Tag %1 liest PyYAMLs safe_load nicht, daher kann LiteLLM diese Datei nicht laden</translation>
    </message>
    <message>
        <source>a %1 is used as a key; PyYAML cannot read that, so neither can LiteLLM</source>
        <translation>eine %1 wird als Schlüssel verwendet; PyYAML kann das nicht lesen, also auch LiteLLM nicht</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
</context>
<context>
    <name>RouteDeck::YamlTreeBuilder</name>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>expected a single document in the stream, but found another document (LiteLLM reads one)</source>
        <translation>ein einzelnes Dokument erwartet, aber ein weiteres gefunden (LiteLLM liest eines)</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels; this is not a router config</source>
        <translation>Verschachtelung tiefer als %1 Ebenen; dies ist keine Router-Konfiguration</translation>
    </message>
    <message>
        <source>found undefined alias *%1</source>
        <translation>undefinierter Alias *%1</translation>
    </message>
    <message>
        <source>found duplicate anchor &amp;%1 (first at line %2); PyYAML, which LiteLLM reads its config with, refuses that: rename one</source>
        <translation>Anker &amp;%1 ist doppelt definiert (zuerst in Zeile %2); PyYAML, mit dem LiteLLM seine Konfiguration liest, lehnt das ab: benennen Sie einen um</translation>
    </message>
    <message>
        <source>the aliases (*name) in this file stand for more than %1 values, far more than the file writes out (an alias bomb?); RouteDeck does not read it. Write the values out, or nest fewer aliases</source>
        <translation>die Aliase (*name) in dieser Datei stehen für mehr als %1 Werte, weit mehr als die Datei ausschreibt (eine Alias-Bombe?); RouteDeck liest sie nicht. Schreiben Sie die Werte aus oder verschachteln Sie weniger Aliase</translation>
    </message>
    <message>
        <source>%1 (%2 at line %3, column %4)</source>
        <translation>%1 (%2 in Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>a tab where PyYAML, which LiteLLM reads its config with, takes only spaces (found character &apos;\t&apos; that cannot start any token); replace it with spaces</source>
        <translation>ein Tabulator, wo PyYAML, mit dem LiteLLM seine Konfiguration liest, nur Leerzeichen annimmt (found character &apos;\t&apos; that cannot start any token); ersetzen Sie ihn durch Leerzeichen</translation>
    </message>
</context>
<context>
    <name>RouterEndpointConfig</name>
    <message>
        <source>no router URL is set (e.g. http://127.0.0.1:4000)</source>
        <translation>keine Router-URL gesetzt (z. B. http://127.0.0.1:4000)</translation>
    </message>
    <message>
        <source>router URL %1 must start with http:// or https://</source>
        <translation>Router-URL %1 muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>the router&apos;s master key contains a line break</source>
        <translation>der Master-Key des Routers enthält einen Zeilenumbruch</translation>
    </message>
</context>
<context>
    <name>ShareMath</name>
    <message>
        <source>uniform</source>
        <translation>gleichmäßig</translation>
    </message>
    <message>
        <source>every deployment of &apos;%1&apos; has %2 0, so LiteLLM&apos;s weighted pick fails every request of the group: it does not fall back to another field or to an even split</source>
        <translation>jede Bereitstellung von &apos;%1&apos; hat %2 0, daher scheitert LiteLLMs gewichtete Auswahl bei jeder Anfrage der Gruppe: sie weicht weder auf ein anderes Feld noch auf eine gleichmäßige Aufteilung aus</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>partial outage</source>
        <translation>Teilausfall</translation>
    </message>
    <message>
        <source>cooling</source>
        <translation>im Cooldown</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>kein Verkehr</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>stale since %1 (last good data %2): %3</source>
        <translation>veraltet seit %1 (letzte gültige Daten %2): %3</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>replay of %1</source>
        <translation>Wiedergabe von %1</translation>
    </message>
</context>
<context>
    <name>WeightChange</name>
    <message>
        <source>unset</source>
        <translation>nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>YamlValues</name>
    <message>
        <source>cannot open file: %1</source>
        <translation>Datei kann nicht geöffnet werden: %1</translation>
    </message>
</context>
</TS>
