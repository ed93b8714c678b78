<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>RouteDeck::ChangesPage</name>
    <message>
        <source>&amp;Roll Back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the audit log %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a change to roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a new change that puts back the weights before this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change did not change its target: nothing to roll back</source>
        <translation type="unfinished"></translation>
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
        <translation><numerusform>%n Deployment</numerusform><numerusform>%n Deployments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n model group(s)</source>
        <translation><numerusform>%n Modellgruppe</numerusform><numerusform>%n Modellgruppen</numerusform></translation>
    </message>
    <message>
        <source>strategy %1, %2 retries, cooldown %3 s</source>
        <translation>Strategie %1, %2 Wiederholungen, Abkühlung %3 s</translation>
    </message>
</context>
<context>
    <name>RouteDeck::CooldownsPage</name>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooldowns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model group:</source>
        <translation type="unfinished"></translation>
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
    <name>RouteDeck::LatencyPage</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 above this line counts as a problem for this model group (Overview, alerts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic in this time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p%1 latency — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation type="unfinished"></translation>
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
        <translation><numerusform>Letzte Stunde</numerusform><numerusform>Letzte %n Stunden</numerusform></translation>
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
        <source>&lt;h2&gt;Nothing open yet&lt;/h2&gt;&lt;p&gt;Watch a live router with the local demo (a simulated LiteLLM router and a real Prometheus on this machine), or open a LiteLLM &lt;tt&gt;config.yaml&lt;/tt&gt; to see its model groups, deployments and traffic split.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch nichts geöffnet&lt;/h2&gt;&lt;p&gt;Beobachten Sie einen laufenden Router mit der lokalen Demo (ein simulierter LiteLLM-Router und ein echtes Prometheus auf diesem Rechner), oder öffnen Sie eine LiteLLM-&lt;tt&gt;config.yaml&lt;/tt&gt;, um Modellgruppen, Deployments und Verkehrsaufteilung zu sehen.&lt;/p&gt;</translation>
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
        <translation>Ü&amp;bersicht</translation>
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
        <translation>&amp;Abkühlungen</translation>
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
        <translation>Än&amp;derungen</translation>
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
        <translation><numerusform>Aktualisiert %1 · %n Deployment</numerusform><numerusform>Aktualisiert %1 · %n Deployments</numerusform></translation>
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
        <translation><numerusform>%1 hat %n Fehler; nichts wurde daraus geladen</numerusform><numerusform>%1 hat %n Fehler; nichts wurde daraus geladen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deployment(s)</source>
        <translation><numerusform>%1: %n Deployment</numerusform><numerusform>%1: %n Deployments</numerusform></translation>
    </message>
</context>
<context>
    <name>RouteDeck::OperationsPage</name>
    <message>
        <source>Showing last good data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus stale since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router admin API stale since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router admin API unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this table, as sorted and filtered, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::OutcomesPage</name>
    <message>
        <source>&amp;Model group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls in this time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::OverviewPage</name>
    <message>
        <source>What is wrong now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s by model group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic in this time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Double-click to show the group</source>
        <translation type="unfinished"></translation>
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
    <name>RouteDeck::RebalancePage</name>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole-number weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing another group drops the edit in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep weights whole numbers; a drag that needs finer steps scales every weight by 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change that moves a deployment&apos;s share by more than this is risky and needs the group name typed to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the weights the target has now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s now → predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured share renormalised over the deployments not cooling right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed requests/s, and what the deployment would get at the group&apos;s current traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risky abo&amp;ve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights changed since you started editing: %1. Reset to edit from them; pushing this edit would be stopped as a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments of %1 were added or removed since you started editing. Reset to edit the current ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby (order %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 its weight back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight 0: %1 gets no new traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is risky: the review asks for the group name to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model groups to edit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing %1 as the %2 has it. Drag a divider, type a weight, or drain a deployment; nothing changes until you review and push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the refused weights first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the change before pushing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a weight first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::ReviewDialog</name>
    <message>
        <source>Review Rollback — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Weight Change — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the current traffic, about %1 requests move to other deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current traffic is unknown or does not move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done, in this order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done, and the file&apos;s diff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot push: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is risky. Type the group name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the audit log as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base (edit started from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (target now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::ServiceHealthPage</name>
    <message>
        <source>The query catalog defines no service-health panels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint does not export the series of this panel:
%1</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>RouteDeck::TrafficPage</name>
    <message>
        <source>% of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic in this time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed share over time — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
