<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Alert</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>p95 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error rate (other than 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limits (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every deployment cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic split drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message>
        <source>cannot read the alert history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alert history</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the charts over a time range that includes this moment (ISO 8601, as in an alert&apos;s link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is further back than the longest range shown.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401/403/404 auth or model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure rate (other status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostPage</name>
    <message numerus="yes">
        <source>Other (%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Could not render the chart (is it visible?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder exists and is writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy PromQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No query behind this chart yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryCatalog</name>
    <message>
        <source>cannot open query catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query catalog is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query catalog has no &apos;%1&apos; query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost_dimensions: &apos;%1&apos; is not a label name; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck</name>
    <message>
        <source>profile &apos;%1&apos;: environment variable %2 is not set; connecting without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object of deployment id to weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has weight %2 for &apos;%3&apos;; weights are numbers of 0 or more, or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stale since %2 (last good data %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unreachable: %2 (last good data %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unreachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 of &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an HTML page, not JSON: is this a LiteLLM proxy, or a login page in between?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deployment has the id &apos;%1&apos;</source>
        <translation>keine Bereitstellung hat die ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model_list is not a list written in this file (an alias or merge?); change the weights by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two weight changes overlap in the text; change the weights one at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited text would give deployment &apos;%1&apos; weight %2 instead of %3; the file was not changed, change the weight by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight change would change more than weights; the file was not changed, change it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with invalid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with invalid JSON at byte %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 %1%2 on %3 (limit %4), %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of calls (limit %2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of rotation after 429s: %2 of the configured traffic (limit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 deployments cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus has no request series for %1 in the last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved at %1, after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RouteDeck</source>
        <translation type="unfinished">RouteDeck</translation>
    </message>
    <message>
        <source>RouteDeck, profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing messages held back by the notification rate limit since the last one: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::AlertPolicyCodec</name>
    <message>
        <source>alerts.webhook_url_env &apos;%1&apos; is not an environment variable name; profiles name the variable that holds the webhook URL, never the URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::AlertTableModel</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server-side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all groups)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routedeckctl alerts: the router cannot answer: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routedeckctl alerts: Prometheus cannot answer: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the rules as a Prometheus rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds to wait for each source (default 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts needs --router URL and --prometheus URL (or --profile NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routedeckctl alerts: could not write %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 rule(s) for %3 model group(s). Check it with: promtool check rules %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus did not answer the rules&apos; range queries within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus refused the %1 query for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from Prometheus&apos; history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert firing or pending (%1 model group(s), evaluated at %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPLOYMENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all groups)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::AlertsPage</name>
    <message>
        <source>Firing and pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Silence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as Prometheus Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits per model group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 latency (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors other than 429 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits, 429 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift (pp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule fires when its value stays over the limit for its “for” time (from the connection profile&apos;s alerts section); a group without enough traffic gets no verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first data: no rule has been evaluated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No console alert is firing or pending (rules evaluated at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 firing, %2 pending (rules evaluated at %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::Assembly</name>
    <message>
        <source>(not in router)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment &apos;%1&apos; is in Prometheus but not in the router&apos;s model list (removed, or another router?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::AuditLogCodec</name>
    <message>
        <source>&apos;time&apos; is &apos;%1&apos;, not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;result&apos; is &apos;%1&apos;; expected applied, conflict, failed, reverted, partial or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;target&apos; must be an object with &apos;kind&apos; (router or file) and &apos;location&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;target.kind&apos; must be router or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;after_write&apos; must be an object (command, exit_code, output, ...)</source>
        <translation>&apos;after_write&apos; muss ein Objekt sein (command, exit_code, output, ...)</translation>
    </message>
</context>
<context>
    <name>RouteDeck::AuditLogWriter</name>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::ChangeCoordinator</name>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push target cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change was made on the %1 %2; connect with a profile that pushes there to roll it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change did not change anything (%1): there is nothing to roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group %1 is not on the %2 any more: there is nothing to roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolls back the change of %1 by %2 (%3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no weight changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights pushed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::ChangeModel</name>
    <message>
        <source>no weight changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Re-read after the push: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>No weight changes in the audit log %1 yet: pushes from the Rebalance page and from routedeckctl set-weight appear here.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>RouteDeck::ConfigReader</name>
    <message>
        <source>file is empty: a LiteLLM config needs a model_list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top level must be a map with model_list, router_settings, ... ; found a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model_list is missing: there are no deployments to route to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model_list must be a list of deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>litellm_settings.num_retries is &apos;%1&apos;; it must be a whole number from 0 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model_list entry %1 must be a map with model_name and litellm_params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model_list entry %1 has no model_name (the alias clients ask for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model_list entry %1 (&apos;%2&apos;) needs a litellm_params map with at least `model`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>litellm_params.model is missing in model_list entry %1 (&apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of deployment %2 must be a number, not a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of deployment %2 comes from environment variable %3; RouteDeck cannot know its value and treats it as unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of deployment %2 is &apos;%3&apos;, which is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of deployment %2 is %3; it must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of deployment %2 is %3; it must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of deployment %2 is %3; it must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of deployment %2 is quoted (&quot;%3&quot;); LiteLLM reads it as text, write it without quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router_settings must be a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routing_strategy &apos;%1&apos; is not one LiteLLM knows (%2); RouteDeck assumes simple-shuffle when computing shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router_settings.%1 is &apos;%2&apos;; it must be a whole number from 0 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router_settings.cooldown_time is &apos;%1&apos;; it must be seconds, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router_settings.fallbacks must be a list like [{gpt-4o-mini: [gpt-4o]}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each fallbacks entry must be a map {group: [fallback groups]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallbacks for &apos;%1&apos; must be a list of model groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router_settings.weights must be a map {group: {deployment id: weight}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router_settings.weights.%1 must be a map {deployment id: weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router_settings.weights names deployment &apos;%1&apos; in &apos;%2&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of deployment &apos;%1&apos; is &apos;%2&apos;; it must be a number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read from environment variable %2 by the router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment id &apos;%1&apos; is used twice (first at line %2); ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallbacks are configured for &apos;%1&apos;, which is not a model_name in model_list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallbacks: &apos;%1&apos; falls back to &apos;%2&apos;, which is not a model_name in model_list</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>RouteDeck::ConnectionProfiles</name>
    <message>
        <source>profile %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile name &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: prometheus_auth is &apos;%2&apos;; use none, basic or bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: scrape_interval must be 1 to 3600 seconds; using 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: &apos;%2&apos; is not an environment variable name; profiles name the variable that holds a secret, never the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: &apos;%2&apos; is not a URL like http://127.0.0.1:9090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2 must be 1 to 3600 seconds; using %3</source>
        <translation>Profil &apos;%1&apos;: %2 muss 1 bis 3600 Sekunden betragen; verwendet wird %3</translation>
    </message>
</context>
<context>
    <name>RouteDeck::ConsoleController</name>
    <message>
        <source>Local demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prices apply to this session; they could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limits apply to this session; they could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Prometheus Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yml *.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus rules written to %1; check them with promtool check rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus&apos; own alerts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus has no alerting rules on the router&apos;s metrics: for alerts while no console is open, load the console&apos;s rules into it (Export as Prometheus Rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Prometheus evaluates %n alerting rule(s) on the router&apos;s metrics (shown as server-side).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteDeck::CooldownStrip</name>
    <message>
        <source>Cooldowns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy 59 min 59 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cooling, %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partial outage, %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 healthy
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy (thin) · partial outage (half height)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::CooldownTableModel</name>
    <message>
        <source>Requests left in the provider&apos;s current rate-limit window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history of this state yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom (requests)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::CostCommand</name>
    <message>
        <source>Usage:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router admin URL (names providers of deployments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24h, 7d, 30d, Nd or FROM..TO (dates or date-times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour or day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price table for estimated spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra label matchers for every query, e.g. job=&quot;litellm&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days and months in UTC instead of local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds to wait for Prometheus (default 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost takes no arguments besides options, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv and --json exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost needs --prometheus URL (or --profile NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price table %1 cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--range %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--range %1: use FROM..TO with ISO dates or date-times, e.g. 2026-03-01..2026-03-08</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--range takes 24h, 7d, 30d, a number of days such as 14d, or FROM..TO; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bucket takes hour or day, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the router did not answer (%1); providers come from the metrics only
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus gave no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routedeckctl: cost: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost and tokens, %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this range.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens: %1 input, %2 output
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests: %1; cost per 1,000 requests%2: %3; average input tokens per call: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day over day: %1 (%2 against the day before)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day over day: no data (the data does not cover the last two complete days)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week over week: %1 (the last 7 complete days against the 7 before)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week over week: no data (the data does not cover the last 14 complete days)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEND (ESTIMATED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INPUT TOKENS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTPUT TOKENS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PER 1K REQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN TOK/CALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAY/DAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEEK/WEEK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top movers: no data (needs the last two complete days)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top movers: nothing spent more on %1 than the day before
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top movers, %1 against the day before:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  largest increase: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  largest relative increase: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cost --prometheus URL [--range 24h|7d|30d|Nd|FROM..TO] [--by model|deployment|provider|LABEL]
       [--bucket hour|day] [--router URL] [--profile NAME] [--prices FILE] [--csv|--json]
                                    spend, tokens and requests per model, agent or team, with
                                    changes, top movers and the month-end projection
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projection: there is no spend data in the last 24 hours of this range, or the range does not end now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 24 hours&apos; rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate of the last %n hour(s) (all the data there is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate of the last %n minute(s) (all the data there is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 (%2 a day), %3 ends at about %4: %5 so far and %6 days to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;So far&quot; counts from %1, where the data starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All amounts are estimated from tokens and the price table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 (+%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hourly buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::CostPage</name>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the range (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input tokens per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per 1,000 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the trend lines show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price table used to estimate spend when the router exports no spend metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this page (headline, charts, changes and table) as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table as CSV, numbers without units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model group</source>
        <translation>Modellgruppe</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly bars are offered for ranges up to 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load cost data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Prometheus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs two complete days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated spend, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated from tokens × prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the router reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day over day, estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day over day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week over week, estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week over week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 7 days vs the 7 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs two complete weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost per 1,000 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 output tokens per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated month-end spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month-end projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a day, estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for ranges ending now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated spend per %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load cost data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input tokens per call by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input tokens per %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens per %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost per 1,000 requests by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per 1,000 requests by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Waiting for cost data…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No data for %1.&lt;/b&gt; Prometheus has no token or spend series in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What changed:&lt;/b&gt; no data yet; comparing days needs the last two complete days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What changed&lt;/b&gt; (%1 against the day before): no %2 spent more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Biggest increases&lt;/b&gt; (%1 against the day before): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fastest growing:&lt;/b&gt; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this range.</source>
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
    <message>
        <source>Could not write %1: check that the folder exists and is writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::CostQueryPlan</name>
    <message>
        <source>A custom range needs a start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range is empty: it starts at %1, after its end %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly buckets are offered for ranges up to 7 days; this range is shown by day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranges are limited to %1 days; the range starts at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::CostReport</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model group</source>
        <translation>Modellgruppe</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no model group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no deployment id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::CostReport::Builder</name>
    <message>
        <source>%1 (model %2, group %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router exports no spend metric: spend is estimated from token counts and the price table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some deployments export no spend: their spend is estimated from token counts and the price table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price for %1: their spend is left out. Add them to the price table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data starts at %1; earlier buckets say &quot;no data&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::CostService</name>
    <message>
        <source>The query catalog &apos;%1&apos; has no cost queries (%2); add them to see cost and tokens.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests, %2 of them successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated from input and output tokens and the price table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As reported by the router&apos;s spend metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input tokens per successful call: a prompt that grew shows up here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per 1,000 LLM API calls, failed ones included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend yesterday against the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend in the last 7 complete days against the 7 before them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router exports no spend for some or all deployments: spend is estimated from tokens and the price table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the range&apos;s total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated spend (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share, estimated (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated per 1,000 requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 1,000 requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input tokens per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day over day, estimated (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day over day (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week over week, estimated (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week over week (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::CtlCommands</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK, %2 deployment(s) in %3 group(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiteLLM config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this model group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routedeckctl: no model group &apos;%1&apos; in %2 (groups: %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPLOYMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHARE %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the change (atomically); without it, a dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-weight needs FILE GROUP ID=WEIGHT [ID=WEIGHT ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ID=WEIGHT with a weight of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routedeckctl: &apos;%1&apos; is not a deployment of &apos;%2&apos; (deployments: %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weight changes: %1 is left as it is.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%n weight(s) changed).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds to wait for both sources (default 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status needs --router URL and --prometheus URL (or --profile NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes seconds</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONF %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFF %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBS %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQ/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIMEOUT/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>429/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API_ERR/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTHER/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [metrics only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [no metrics]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 req/s, %3 errors, %4 fallbacks/s, %5 of %6 cooling, max drift %7 pp
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routedeckctl: refused: %1
</source>
        <translation>routedeckctl: abgelehnt: %1
</translation>
    </message>
    <message>
        <source>Usage: routedeckctl COMMAND [ARGS]

Commands:
  validate FILE                     check a LiteLLM config; exit 1 when it has errors or warnings
  show FILE [--group G] [--json]    groups, deployments, weights and configured shares
  set-weight FILE GROUP ID=W ... [--write [--confirm GROUP]] [--max-shift PP]
                                    change weights; checks guardrails, prints the diff, writes
                                    only with --write (a risky change also needs --confirm)
  set-weight --router URL GROUP ID=W ... [--yes [--confirm GROUP]] [--prometheus URL]
                                    the same on a live router: re-reads, checks guardrails,
                                    prints the API calls; pushes only with --yes (audit logged)
  status --router URL --prometheus URL [--profile NAME] [--group G] [--json]
                                    live split, latency, outcomes and cooldowns; exit 2 when a
                                    source is unreachable
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group name, to confirm a risky change</source>
        <translation>der Gruppenname, um eine riskante Änderung zu bestätigen</translation>
    </message>
    <message>
        <source>percentage points of share movement that make a change risky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-shift takes percentage points above 0 and up to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Add --write to save %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::DataPlane</name>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus has no LiteLLM series for the router&apos;s deployments, and its target list could not be read to tell why: %1</source>
        <translation>Prometheus hat keine LiteLLM-Serien für die Deployments des Routers, und seine Target-Liste ließ sich nicht lesen, um den Grund zu nennen: %1</translation>
    </message>
    <message>
        <source>LiteLLM %1</source>
        <translation>LiteLLM %1</translation>
    </message>
</context>
<context>
    <name>RouteDeck::DemoEnvironment</name>
    <message>
        <source>routedeck-sim was not found beside the console or on PATH; build it with `cmake --build` (target routedeck-sim).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus is not installed. Install it with `apt-get install prometheus` (Debian/Ubuntu), or set ROUTEDECK_PROMETHEUS to its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no demo scenario &apos;%1&apos; (scenarios: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the router simulator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router simulator stopped (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router simulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free port on 127.0.0.1 for Prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the Prometheus config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting Prometheus on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus did not become ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promtool was not found (it comes with Prometheus): the Cost page shows live data only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cost history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Simulating the last %n day(s) for the Cost page…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No cost history: promtool failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost history imported; Prometheus loads it within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost history is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus stopped (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: Prometheus stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: Prometheus started again on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the Prometheus rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::DeploymentTableModel</name>
    <message>
        <source>No model_info.id in the file: RouteDeck derived this id from the deployment&apos;s content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured share of &apos;%1&apos; traffic (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment %1 is not in model_list as read; change it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment %1 is an alias (*%2) of another model_list entry; change its weight by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment %1 is not a map; change it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment %1 is anchored as &amp;%2 and repeated elsewhere through *%2; changing it would change the copies too, change it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>litellm_params of deployment %1 comes from a merge key (&lt;&lt;); changing it would change the other entries that merge it, change the weight by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment %1 has no litellm_params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>litellm_params of deployment %1 is an alias (*%2): other entries share it, so its weight must be changed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>litellm_params of deployment %1 is not a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>litellm_params of deployment %1 is anchored as &amp;%2 and reused elsewhere through *%2; changing it would change the other entries too, change the weight by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of deployment %1 is a %2, not a number; change it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of deployment %1 is anchored as &amp;%2 and reused elsewhere through *%2; change it by hand</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every deployment is cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of calls fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) cooling</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>p95 over %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) in partial outage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>traffic drifts %1 from its split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls fall back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic in the rate window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowest deployment&apos;s p95: %1 on %2 (threshold %3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; at least: the value sits in the largest finite bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cooling, %2 in partial outage, of %3 deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest gap between a deployment&apos;s observed and effective share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallbacks/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is wrong, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::Guardrails</name>
    <message>
        <source>%1: the weight is not a number; weights are numbers of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: weight %2 is negative; weights are numbers of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cooling down right now: the weight it gets takes effect when it returns, at once and in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unhealthy right now (partial outage): more traffic goes to a deployment that is failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s share moves %2 (from %3 to %4), more than %5 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it restores weights from the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rpm/tpm limits not checked, the current traffic is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would get %2 requests/min at the current traffic, over its rpm limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tpm limit of %2 not checked, tokens per request are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would get %2 tokens/min at the current traffic, over its tpm limit of %3</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change may or may not have been made; refresh to see the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the URL points at the right server, or raise the size cap in the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the response size cap of %2 (at least %3 arrived or were announced). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 did not answer %3 within %4; the server or the network is overloaded. RouteDeck keeps trying; raise the deadline in the connection profile if this persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 did not finish within the %2 deadline (%3 received so far). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server or the network is overloaded; raise the deadline in the connection profile if this persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 closed the connection in the middle of the answer from %3 (%4 of %5 received); it may be restarting, or a proxy dropped the transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RouteDeck asks again on the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 refused the connection — is it running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host of %1 was not found; check the URL in the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 closed the connection before answering; it may be restarting, or a proxy dropped the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 sent nothing for %3 (inactivity timeout) while answering %4; the server or the network is overloaded. Raise the timeout in the connection profile if this persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. Check the server&apos;s certificate (a private CA must be trusted by this system) and that the URL&apos;s scheme (http or https) matches the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; check the URL in the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to %2; RouteDeck does not follow redirects to a less safe scheme, nor to another server while sending credentials. Put the final address in the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy failed while connecting to %1: %2. Check the system proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 could not be reached: %3.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deployment available, all %n cooling: calls fail or fall back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no other deployment to take its traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cooling%2 (%3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in partial outage%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors on all %n deployments with traffic (not isolated to one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 %1 over the %2 threshold on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls answered by a fallback group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets %2 of traffic, %3 expected (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first data from the router and Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::JsonLines</name>
    <message>
        <source>the last entry is incomplete (no end of line), probably cut off by a crash while it was written; it was skipped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::JsonLinesFile</name>
    <message>
        <source>Could not create the folder of %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sync %1 %2 to disk: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::JsonReader</name>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::JsonSyntax</name>
    <message>
        <source>%1 at byte %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data ends inside a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown word (JSON knows true, false and null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member name in quotes was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected after a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more data after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document larger than the JSON reader&apos;s limit of 4 GiB</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>RouteDeck::LiveVerdict</name>
    <message>
        <source>p &lt; 0.0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough traffic for a verdict: %1 requests in %2, a verdict needs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 requests in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: no drift verdict, the split changed in that window (a cooldown or new weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: within chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request data yet for a verdict</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert firing: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (limit %2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak %1; it fired for %2.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Model group:</source>
        <translation>&amp;Modellgruppe:</translation>
    </message>
</context>
<context>
    <name>RouteDeck::OutcomeTableModel</name>
    <message>
        <source>no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls ended as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls that did not succeed, of all calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::OutcomesPage</name>
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
        <translation>Modellgruppen</translation>
    </message>
    <message>
        <source>%1
Double-click to show the group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::PriceTable</name>
    <message>
        <source>cannot open price table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price table is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price table must be a map with &apos;currency&apos; and &apos;prices&apos;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a price table setting; expected currency or prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency must be a short code such as USD, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices must be a map of model: { input_per_1k, output_per_1k }, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices has an entry without a model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a map with input_per_1k and output_per_1k, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 (US dollars or the table&apos;s currency per 1,000 tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be a number &gt;= 0, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is not known; expected input_per_1k and output_per_1k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::PriceTableDialog</name>
    <message>
        <source>Prices for Estimated Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used only when the router exports no spend metric: spend is then estimated as input tokens × input price + output tokens × output price, and labelled &quot;estimated&quot;. A row matches a deployment id, a model as the router reports it, a provider/model, or a model group, in that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model, deployment or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input per 1,000 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output per 1,000 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a short code such as USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has no model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): the %3 price must be a number &gt;= 0, got &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
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
    <name>RouteDeck::ProfileStore</name>
    <message>
        <source>cannot read profiles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::PromEndpointConfig</name>
    <message>
        <source>The Prometheus URL is empty; set it in the connection profile (for example http://127.0.0.1:9090).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus URL &quot;%1&quot; is not a valid URL: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus URL &quot;%1&quot; must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus URL &quot;%1&quot; has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus URL &quot;%1&quot; must not have a query (?...) or fragment (#...); give the server&apos;s address and put a path like /prometheus in the path prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path prefix &quot;%1&quot; must be a plain path such as /prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication needs a user name; set it in the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basic-authentication user name must not contain &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authentication is selected but the secret is empty; check that the environment variable named in the connection profile is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication secret or user name contains a line break or NUL character; check the environment variable it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra header has an empty name; remove it from the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra header name &quot;%1&quot; contains &apos;%2&apos;, which is not allowed in an HTTP header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of extra header &quot;%1&quot; contains a line break; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inactivity timeout must be positive (it is %1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request deadline must be positive (it is %1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response size cap must be positive (it is %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::PrometheusClient</name>
    <message>
        <source>The query is empty; there is nothing to ask Prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range query &quot;%1&quot; has no valid start or end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range query &quot;%1&quot; ends (%2) before it starts (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range query &quot;%1&quot; has step %2; the step must be a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range query &quot;%1&quot; would return %2 points per series (%3 s at a %4 s step); Prometheus allows at most %5. Use a larger step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Shorten the time range, raise the step or raise the deadline in the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the query (fewer series, a shorter time range or a larger step) or raise the size cap in the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the readiness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus-compatible server at %1 is ready; its version is unknown (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus-compatible server at %1 is ready; it does not report a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus %1 at %2 is ready.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::PrometheusDecoder</name>
    <message>
        <source>no HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the authentication kind and the secret (the environment variable it comes from) in the connection profile; Grafana Mimir also wants an X-Scope-OrgID header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the URL and the path prefix (Grafana Mimir serves the API under /prometheus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a larger step or a shorter time range: the server limits the points per series (Prometheus allows 11,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the query and its parameters (the query catalog, or the connection profile&apos;s override of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not evaluate the query; it may touch too many series or samples. Shorten the time range, raise the step or narrow the label filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query ran longer than the server&apos;s query timeout. Shorten the time range, raise the step or simplify the query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cancelled the query, usually because the request was abandoned; the next refresh asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed internally; see its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is unavailable or overloaded; RouteDeck keeps retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server or a proxy is rate-limiting RouteDeck; use a longer refresh interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy in front of the server could not reach it; check that Prometheus is running behind the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ends early: it was probably cut off by a proxy or a dropped connection. RouteDeck asks again on the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near: &quot;%1&quot;. Check for a proxy that rewrites answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the response size cap of %2 (at least %3 arrived or were announced). Narrow the query (fewer series, a shorter time range or a larger step) or raise the size cap in the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP 503 with an empty body: the server is not ready (starting up or overloaded). RouteDeck keeps retrying; if this lasts, check the server&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is empty (%2); a Prometheus API answers JSON. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with an empty body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page without a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page titled &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is %2 (%3), not Prometheus JSON. It is probably a proxy, login or error page: check the URL, the path prefix and the authentication settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not ready yet (HTTP 503: &quot;%2&quot;). The server is starting up or replaying its write-ahead log; RouteDeck keeps retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (%2: &quot;%3&quot;). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is plain text, not Prometheus JSON (%2: &quot;%3&quot;). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found (HTTP 404: &quot;%2&quot;). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2: &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is JSON but not a Prometheus answer (%2): the top level is an array, expected an object with a &quot;status&quot; field. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; field of the answer from %2 is %3, expected a list of texts; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is JSON without a &quot;status&quot; field (%2), so it is not a Prometheus API answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is JSON without a &quot;status&quot; field (%2: &quot;%3&quot;), so it is not a Prometheus API answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 has an unexpected shape at status: %2, expected &quot;success&quot; or &quot;error&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 (%3) without an error message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 has status &quot;%2&quot;; expected &quot;success&quot; or &quot;error&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;vector&quot;, &quot;matrix&quot;, &quot;scalar&quot; or &quot;string&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[time, &quot;value&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 has an unexpected shape at %2: %3, expected %4. The server does not speak the Prometheus API as RouteDeck expects; check the URL and the path prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of 1 element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number as text such as &quot;0.25&quot;, &quot;NaN&quot; or &quot;+Inf&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[time, &quot;text&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of label names and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with &quot;metric&quot; and &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of [time, &quot;value&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native histograms in the answer from %1 (%2 series) were left out: RouteDeck does not read them. Query classic histogram buckets (le) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 has %2 more series with the labels %3; RouteDeck kept the first. Check that the query&apos;s aggregation keeps the labels that tell series apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 has duplicated series for 1 more label set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 has duplicated series for %2 more label sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 has an unexpected shape at data: %2, expected an object with &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is not valid JSON (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.activeTargets list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data list of label names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of rule groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule group (an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule (an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule type &quot;alerting&quot; or &quot;recording&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert (an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3339 time such as &quot;2024-11-27T04:01:15.606Z&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value as a number in text such as &quot;1e+00&quot; or &quot;NaN&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label set (an object of texts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>RouteDeck::PushService</name>
    <message>
        <source>(as before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; is read-only: it cannot push weight changes. Clear its read-only flag in the connection profiles to push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; pushes to a config file, but names none (config_file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1/v2/model/info — re-read the weights; stop if they differ from the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1/v2/model/info — re-read the weights to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 atomically (write a temporary file, then rename it over the original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A push is already in progress; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to push: no weight of %1 changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not parse any more, so its weights cannot be checked; nothing was written.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the edit started (%2). Nothing was written; compare base, theirs and yours, then edit again from the current weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights could not be written into %1; nothing was written.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back, the file has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n weight(s) of %1 to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; read back and verified: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; reading it back did not confirm it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not re-read the current weights from %1 before applying: %2 Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group has no deployments any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights of %1 on the router changed since the edit started (%2). Nothing was applied; compare base, theirs and yours, then edit again from the current weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployments were added or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-read weights differ from what the calls reported: expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-reading the weights failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n weight(s) of %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Setting %1 to %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n call(s) already applied were reverted; the router is back where it was.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting failed too for %1: the router is in a mixed state. Set those weights by hand or push again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read from the router: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not verify (%1); as far as the calls&apos; answers tell, the router has: %2.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>RouteDeck::Reader</name>
    <message>
        <source>no &quot;event&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;firing&quot; event needs an id, a known rule and a firedAt time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;resolved&quot; event needs the id of an alert that fired before it and a resolvedAt time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &quot;acknowledged&quot; event needs the id of an alert that fired before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;silenced&quot; event needs a known rule and an until time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts.%1 is &apos;%2&apos;; it must be a number from %3 to %4, so %5 is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts.%1.%2 is not a limit; use p95_latency, error_rate, rate_limit or drift_points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts.%1: &apos;%2&apos; is not a rule; the rules are p95_latency, error_rate, rate_limit, all_cooling, drift and no_data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
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
        <translation>&amp;Modellgruppe:</translation>
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
    <message>
        <source>At the current traffic of %1, about %2 of it moves to other deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic moves at the current rate (or the current traffic is unknown).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::RouterApiDecoder</name>
    <message>
        <source>%1 answered JSON without a &quot;data&quot; list of models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2 of &quot;data&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model %2 (&apos;%3&apos;) has no model_info.id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::RouterClient</name>
    <message>
        <source>The router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is an HTML page: a proxy or login page may be in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is an HTML page titled &quot;%1&quot;: a proxy or login page may be in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router at %1 refused %2 (HTTP %3): RouteDeck sent no master key. Set the environment variable that the connection profile names for the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router at %1 refused %2 (HTTP %3): the master key is missing or wrong (a proxy in between may drop it), or it may not use the admin API. Check the environment variable that the connection profile names for the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router at %1 is not ready (HTTP 503 from %2); it may be starting. RouteDeck asks again on the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router at %1 answered %2 with HTTP %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router connection cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listed deployment &apos;%2&apos; again, after an earlier page did: the deployments changed while RouteDeck paged through them. RouteDeck asks again on the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 has no &quot;status&quot;; is %2 a LiteLLM proxy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router at %1 reports status &quot;unhealthy&quot; on %2; it is not ready to route requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight update needs a deployment id (model_info.id); nothing was sent to the router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight %1 for deployment &apos;%2&apos; is not allowed: a weight must be a number of 0 or more. Nothing was sent to the router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router at %1 has no deployment &apos;%2&apos; (HTTP 404 from %3); it may have been deleted or recreated with a new id. Refresh the deployments and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::RouterSetWeightCommand</name>
    <message>
        <source>Usage: routedeckctl set-weight --router URL GROUP ID=WEIGHT ... [--yes [--confirm GROUP]]
         [--profile NAME] [--router-key-env NAME] [--prometheus URL] [--max-shift PP]
         [--audit-log FILE] [--timeout S]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus URL, to check guardrails at current traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push the change; without it, a dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group name, to confirm a risky change</source>
        <translation>der Gruppenname, um eine riskante Änderung zu bestätigen</translation>
    </message>
    <message>
        <source>percentage points of share movement that make a change risky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds to wait for each answer (default 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(files only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--write is for config files; with --router, --yes pushes the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-weight --router needs GROUP ID=WEIGHT [ID=WEIGHT ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes seconds from 0 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-shift takes percentage points above 0 and up to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routedeckctl: the router at %1 did not answer within %2 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routedeckctl: no model group &apos;%1&apos; on %2 (groups: %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ID=WEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routedeckctl: &apos;%1&apos; is not a deployment of &apos;%2&apos; (deployments: %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: no traffic from %1 (%2); rpm/tpm and health checks are skipped
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router %1, group %2 (weights read just now)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPLOYMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHARE %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFF %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQ/S NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQ/S AFTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic unknown (no --prometheus): rpm/tpm limits and cooling deployments are not checked.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routedeckctl: refused: the change breaks a guardrail; nothing was changed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weight changes: the router is left as it is.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What --yes does, in this order:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. Add --yes to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and --confirm %1: the change is risky)</source>
        <translation> (und --confirm %1: die Änderung ist riskant)</translation>
    </message>
    <message>
        <source>routedeckctl: this change is risky (see the warnings above); repeat with --confirm %1 to push it
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ok    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  FAIL  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revert </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing…
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routedeckctl: the push did not finish in time; check the router&apos;s weights
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: %1 (entry %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THEIRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOURS</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No series for this panel yet: the endpoint does not export it, or nothing has happened that it counts.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::SplitBar</name>
    <message>
        <source>%1: %2 of traffic (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
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
    <name>RouteDeck::TimeSeriesChart</name>
    <message>
        <source>No data in this time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG, copy PromQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: at least %3 (the largest finite histogram bucket; the real value is higher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>RouteDeck::TrafficTableModel</name>
    <message>
        <source>no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share by the configured weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured share renormalised over the deployments not cooling: what the router should do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the group&apos;s requests this deployment answered in the rate window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
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
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged share is %1 away from the effective share (threshold %2 pp): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged minus effective share, shown when it is more than chance: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::ViewFormat</name>
    <message>
        <source>no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::WebhookNotifier</name>
    <message>
        <source>The webhook URL is not an http or https URL; check the environment variable the connection profile names for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The webhook at %1 still answered HTTP %2 after %n attempt(s); the message was not delivered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The webhook at %1 could not be reached (%n attempt(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The webhook at %1 did not answer in time (%n attempt(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The TLS connection to the webhook at %1 failed; check the system&apos;s CA certificates and the URL&apos;s scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook at %1 answered with more than %2; is the URL an incoming webhook?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook at %1 redirected the message elsewhere; put the final address in the environment variable the connection profile names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook at %1 did not take the message (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook at %1 refused the message with HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the URL a Slack-compatible incoming webhook?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook was removed or the URL is wrong; check the environment variable the connection profile names for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::WeightSplitEditor</name>
    <message>
        <source>Traffic split editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a divider to move traffic between its neighbours; arrow keys move the selected divider by 1 pp (Shift: 5 pp), Ctrl+arrow selects another divider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 now, %3 after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::WeightWriter</name>
    <message>
        <source>after the weight change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDeck::YamlSupport</name>
    <message>
        <source>file is %1 MiB, larger than the %2 MiB RouteDeck reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is binary, not YAML text (NUL byte at offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is not valid UTF-8 text (byte 0x%1 at offset %2); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels; this is not a router config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouterEndpointConfig</name>
    <message>
        <source>no router URL is set (e.g. http://127.0.0.1:4000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router URL %1 must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the router&apos;s master key contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareMath</name>
    <message>
        <source>uniform</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale since %1 (last good data %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightChange</name>
    <message>
        <source>unset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YAML</name>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML could not be read: %1</source>
        <translation type="unfinished"></translation>
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
