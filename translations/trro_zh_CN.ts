<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppTheme</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCsvExport</name>
    <message>
        <source>end before start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusual width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (unix seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (unix seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not-bad ratio (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active cockpits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
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
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs previous 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs previous 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs previous 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs previous 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs previous 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC+8 (Beijing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fleet dashboard for Tencent Cloud Real-time Remote Operation (TRRO).
Credentials: --profile, else TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (+ TENCENTCLOUD_SESSION_TOKEN, TENCENTCLOUD_REGION), else the default profile.
Times: unix seconds, ISO-8601 with Z or an offset, YYYY-MM-DD, or relative (now, -24h, -7d, -2w).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in local TRRO service with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint (default: TRRO_ENDPOINT or %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic interval: hour, day or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device to overlay on the fleet (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo runs its own local service and its own key; it cannot be combined with --endpoint or --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval must be hour, day or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRRO Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo service could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro</name>
    <message>
        <source>Bucket %1 starting %2 ends before it starts (EndTime %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket %1 starting %2 is %3 s wide, not one %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket %1 starting %2 is out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket %1 starting %2 has a not-bad ratio of %3 %, outside 0–100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 buckets share the start time %2; all are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n interval(s) without data between the first and the last bucket (the service leaves empty intervals out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request timestamp was rejected: this computer&apos;s clock is probably wrong; correct the system time (enable NTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SecretId is not known to the service: check the key in the profile or in TENCENTCLOUD_SECRET_ID, and that it has not been deleted or disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the SecretKey is probably wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session token is missing, wrong or expired: temporary keys need TENCENTCLOUD_SESSION_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not allowed to call this action: grant it TRRO read access in CAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s rate limit (20 requests per second per action) was still exceeded after retries: another client may be using the same account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer in time: check the network or raise --timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection, the endpoint and any proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no &quot;Response&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::ApiClient</name>
    <message>
        <source>No valid endpoint is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, choose a profile, or use the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response exceeds the size limit of %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::ApiError</name>
    <message numerus="yes">
        <source>This computer&apos;s clock is off by %n second(s) compared with the service; correct the system time (enable NTP).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::BreadcrumbBar</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::BreakdownModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Among the worst devices of this interval (threshold %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Among the worst devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of sessions whose quality was not bad (weighted by sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not-bad ratio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::CachedStats</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The service could not be reached (%1); these figures come from the local cache and may be up to %2 old.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::ChartSpecBuilder</name>
    <message>
        <source>Sessions per interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session minutes per interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not-bad session ratio (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cockpits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles (field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cockpits (remote)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::ChartTooltip</name>
    <message>
        <source>ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusual length: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cockpits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::ConnectionTester</name>
    <message>
        <source>The connection test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::CredentialResolver</name>
    <message>
        <source>No credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or save a profile (trro-stats credentials set, or Manage credentials in the dashboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set: set both TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or neither to use a saved profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (saved profiles: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret key is saved in the keychain for profile &quot;%1&quot; (or the keychain is locked: unlock it first). Save the key again with &quot;trro-stats credentials set --profile %1&quot; or in Manage credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::CredentialStore</name>
    <message>
        <source>No keychain is available (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1). Unlock it (log in to the desktop session, or unlock the &quot;Login&quot; keyring in your password manager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install and start a Secret Service keychain: GNOME Keyring (package gnome-keyring), KWallet (kwalletmanager), or KeePassXC with its Secret Service integration enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret key is saved in the keychain for profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SecretKey is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::CredentialsController</name>
    <message>
        <source>Environment (TENCENTCLOUD_*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::CredentialsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make de&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;tccli…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The connection works: DescribeProjectList found %n project(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SecretKey of this profile is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile: enter the API key of a CAM user with read access to TRRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot;; its SecretKey is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming &quot;%1&quot; to &quot;%2&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;; the SecretKey is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the SecretKey to keep it for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved without its SecretKey: the key is kept in memory until the dashboard quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SecretId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SecretKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling DescribeProjectList on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its key in the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot; and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the SecretKey, then choose &quot;Use for this session only&quot;: it is kept in memory until the dashboard quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::DashboardPages</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the interval breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval breakdown, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::DashboardToolbar</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account whose fleet is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TRRO project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of one bar in the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the axes, tables and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the data periodically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or remove credential profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the data again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the time range: refreshes keep the same period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::DeviceListModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::DevicePanel</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cockpits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device list status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not up to date (last update failed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::DeviceView</name>
    <message>
        <source>Device view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All qualities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session quality filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sessions (ID, peer, resolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a device in the device list or the breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not up to date (last update failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::Endpoint</name>
    <message>
        <source>&quot;%1&quot; is not a valid endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is only allowed for loopback addresses; use https for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must use https (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must be a bare URL such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::ErrorBanner</name>
    <message>
        <source>Copy RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the RequestId to the clipboard, to quote it to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the last good data, from %1; it is marked as stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::ExportController</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dashboard as an image or the data as CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy dashboard to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown file type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::ExportSizeDialog</name>
    <message>
        <source>Keep the proportions of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel density: 2× gives a sharp image on high-resolution screens and in print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::FleetController</name>
    <message>
        <source>Loading the fleet statistics per interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the fleet totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the totals of the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the statistics of device %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::FleetView</name>
    <message>
        <source>Fleet charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in this period. Choose a longer range or another project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::ImageExporter</name>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image size %1 × %2 at scale %3 is not possible (at most %4 pixels per side).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image size is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page layout is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown image format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::IntervalBreakdownPanel</name>
    <message>
        <source>hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an interval on a chart to compare its devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight devices whose not-bad ratio is below</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Devices below this not-bad ratio, and the %n lowest, are highlighted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Highlight below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-device statistics of the interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices whose request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the devices whose request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (unix seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::KeychainBanner</name>
    <message>
        <source>Use for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the credentials in memory until the dashboard quits; nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the keychain again (after starting or unlocking it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss keychain message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials are never written to a plain file. You can keep them in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::KpiPanel</name>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not-bad ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active cockpits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of sessions whose quality was not bad (NotBadSessionRatio)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::KpiTile</name>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous period is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last update failed; this value is from the previous successful update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= 0 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= 0 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::LinkedChartsView</name>
    <message>
        <source>Linked charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::MainWindow</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale data: the last refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from the service&apos;s by %n s; requests now use the service&apos;s time. Enable time synchronisation (NTP).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time locked: refreshes keep this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time unlocked: the range follows the clock again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the project list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no TRRO project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 was not found; showing %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TRRO Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;TRRO Dashboard %1&lt;/b&gt;&lt;p&gt;Fleet statistics of Tencent Cloud Real-time Remote Operation: sessions, session minutes, quality and active devices per interval.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale — last good data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>TRRO Fleet Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::Parse</name>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::ProfileForm</name>
    <message>
        <source>e.g. production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as X-TC-Region; TRRO does not require it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (trro.tencentcloudapi.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International (trro.intl.tencentcloudapi.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://trro.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project opened first; &quot;Test connection&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved SecretKey is never shown. Type a new one to replace it; leave the field empty to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the SecretKey; it is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SecretKey is stored in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SecretId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SecretKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::ProfileStore</name>
    <message>
        <source>The profile name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name must not start with &quot;.&quot; or &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name may only contain letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; (not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SecretId is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::RequestScheduler</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::SessionListModel</name>
    <message>
        <source>The session ends before it starts (as reported by the service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::StatsCache</name>
    <message>
        <source>The statistics cache is off: cannot create the folder of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics cache %1 was set aside as %2 (%3); a new one is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics cache %1 cannot be used: it is off for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics cache could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics cache %1 is damaged and %2; it is off for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics cache %1 was damaged; it was set aside as %2 and a new one is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit its size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::StatsExport</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not bad %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::TccliImport</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a tccli file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tccli profile &quot;%1&quot; uses a role instead of a key pair; only profiles with secretId and secretKey can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tccli profile &quot;%1&quot; has no secretId or no secretKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::TccliImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from tccli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tccli profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles of the Tencent Cloud command line. The SecretKey is moved into the system keychain; the tccli files are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tccli &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tccli profile was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretId %1, region %2, endpoint %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::TimeSpec</name>
    <message>
        <source>&quot;%1&quot; is not a time: use unix seconds, ISO-8601 with Z or an offset (2024-05-01T08:00:00+08:00), a date (2024-05-01), or now, -24h, -7d.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::WelcomePage</name>
    <message>
        <source>Welcome to the TRRO fleet dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from tccli…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session statistics of your remote-operation fleet: sessions, minutes and quality per hour, day or month, from the whole fleet down to one vehicle and one session.

To connect to Tencent Cloud, add a profile with an API key (SecretId and SecretKey). The SecretKey is kept in the system keychain, never in a file.

No key at hand? The demo runs the dashboard on a built-in simulated fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from tccli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a profile of the Tencent Cloud command line (~/.tccli); its files are left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::WindowActions</name>
    <message>
        <source>&amp;Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;do zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices &amp;overlaid on the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices as &amp;small multiples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TRRO Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::cacheschema</name>
    <message>
        <source>it is not a statistics cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has schema version %1, this program uses %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::cli</name>
    <message>
        <source>Or use --demo to try the built-in demo service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a keychain, set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::cli::CliSession</name>
    <message>
        <source>The demo service could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the service&apos;s by %1 s; requests are stamped with the service&apos;s time. Correct the system clock (enable NTP).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::cli::Command</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id (with --demo: the demo project when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unix seconds, ISO 8601 with Z or an offset, YYYY-MM-DD, or relative: -24h, -7d, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the range (default -7d): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the range (default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, csv or json (default: from the --output suffix, else table on a terminal and csv otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output: cannot write &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::cli::Commands</name>
    <message>
        <source>Session statistics by hour, day or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session totals over a time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices of a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions of a project or a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles: set, delete, list or test (keys in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::cli::Console</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::cli::CredentialsCommand</name>
    <message>
        <source>set: read a third line from stdin, the session token of temporary keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: make this the default profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set | delete | list | test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set|delete|list|test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials expects one action: set, delete, list or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown credentials action &quot;%1&quot; (set, delete, list or test).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials does not work with --demo (the demo has its own key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials delete needs --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint takes china, international or the URL of the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a keychain, set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY in the environment instead; trro-stats never stores keys in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretId: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretKey (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials set reads three lines from stdin: the SecretId, the SecretKey and the session token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials set reads two lines from stdin: the SecretId, then the SecretKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; (SecretId %2, the default profile); the SecretKey is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; (SecretId %2); the SecretKey is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot; and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profiles. Add one with &quot;trro-stats credentials set --profile NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeProjectList failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The credentials work: DescribeProjectList answered with %n project(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::cli::DevicesCommand</name>
    <message>
        <source>field (vehicles) or remote (cockpits). Default: both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only devices whose id or name contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline, ready or connected. Default: any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be field or remote, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be offline, ready or connected, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::cli::GlobalOptions</name>
    <message>
        <source>API endpoint (default: $TRRO_ENDPOINT, else https://trro.tencentcloudapi.com). Plain http only for loopback addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region sent as X-TC-Region (overrides $TENCENTCLOUD_REGION).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved credentials profile to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer timeout of one request, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe every request and answer on stderr (signature redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against the built-in local service with demo credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout expects a number of seconds between 0 and %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo runs its own local service and cannot be combined with --endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::cli::SessionsCommand</name>
    <message>
        <source>Sessions of this device only. Default: every device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions takes at most one --device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--device needs a device id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::cli::StatsCommand</name>
    <message>
        <source>Bucket size: hour, day or month (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One series for this device; repeat for several. Default: the whole project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One series for every field and remote device of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval is required (hour, day or month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval must be hour, day or month, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--device needs a device id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--device and --all-devices cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the field devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the remote devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 has no devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 series failed; the rows of the others were written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trro::cli::TotalsCommand</name>
    <message>
        <source>Totals of this device only. Default: the whole project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totals takes at most one --device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--device needs a device id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(project)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
