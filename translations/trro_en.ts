<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>trro</name>
    <message numerus="yes">
        <source>%n interval(s) without data between the first and the last bucket (the service leaves empty intervals out).</source>
        <translation>
            <numerusform>%n interval without data between the first and the last bucket (the service leaves empty intervals out).</numerusform>
            <numerusform>%n intervals without data between the first and the last bucket (the service leaves empty intervals out).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::AlertCheck</name>
    <message numerus="yes">
        <source>%n session(s), fewer than %1</source>
        <translation>
            <numerusform>%n session, fewer than %1</numerusform>
            <numerusform>%n sessions, fewer than %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not-bad ratio %1% (%n session(s))</source>
        <translation>
            <numerusform>not-bad ratio %1% (%n session)</numerusform>
            <numerusform>not-bad ratio %1% (%n sessions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not-bad ratio %1% %2 (%n session(s))</source>
        <translation>
            <numerusform>not-bad ratio %1% %2 (%n session)</numerusform>
            <numerusform>not-bad ratio %1% %2 (%n sessions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1</source>
        <translation>
            <numerusform>%n session, %1</numerusform>
            <numerusform>%n sessions, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of sessions, %1</source>
        <translation>
            <numerusform>%n minute of sessions, %1</numerusform>
            <numerusform>%n minutes of sessions, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad session(s), %1</source>
        <translation>
            <numerusform>%n bad session, %1</numerusform>
            <numerusform>%n bad sessions, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the licence of %1 expired %n day(s) ago</source>
        <translation>
            <numerusform>the licence of %1 expired %n day ago</numerusform>
            <numerusform>the licence of %1 expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the licence of %1 expires in %n day(s)</source>
        <translation>
            <numerusform>the licence of %1 expires in %n day</numerusform>
            <numerusform>the licence of %1 expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::AlertEngine</name>
    <message numerus="yes">
        <source>Fleet not-bad ratio below %1% for %n interval(s) in a row (latest %2%).</source>
        <translation>
            <numerusform>Fleet not-bad ratio below %1% for %n interval in a row (latest %2%).</numerusform>
            <numerusform>Fleet not-bad ratio below %1% for %n intervals in a row (latest %2%).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) with %1 or more bad sessions in the last %2 h (worst: %3, %4).</source>
        <translation>
            <numerusform>%n device with %1 or more bad sessions in the last %2 h (worst: %3, %4).</numerusform>
            <numerusform>%n devices with %1 or more bad sessions in the last %2 h (worst: %3, %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) that usually report silent for %1 h or more (longest: %2, %3 h).</source>
        <translation>
            <numerusform>%n device that usually reports silent for %1 h or more (longest: %2, %3 h).</numerusform>
            <numerusform>%n devices that usually report silent for %1 h or more (longest: %2, %3 h).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>within %n day</numerusform>
            <numerusform>within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No licence of the %n device(s) expires %1.</source>
        <translation>
            <numerusform>No licence of the %n device expires %1.</numerusform>
            <numerusform>No licence of the %n devices expires %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) whose licence expires %1 or has expired (soonest: %2, %3).</source>
        <translation>
            <numerusform>%n device whose licence expires %1 or has expired (soonest: %2, %3).</numerusform>
            <numerusform>%n devices whose licence expires %1 or has expired (soonest: %2, %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::AlertsPanel</name>
    <message numerus="yes">
        <source>All %n rule(s) OK.</source>
        <translation>
            <numerusform>All %n rule OK.</numerusform>
            <numerusform>All %n rules OK.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::ApiError</name>
    <message numerus="yes">
        <source>This computer&apos;s clock is off by %n second(s) compared with the service; correct the system time (enable NTP).</source>
        <translation>
            <numerusform>This computer&apos;s clock is off by %n second compared with the service; correct the system time (enable NTP).</numerusform>
            <numerusform>This computer&apos;s clock is off by %n seconds compared with the service; correct the system time (enable NTP).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::CachedStats</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::CauseModel</name>
    <message numerus="yes">
        <source>%1; the adjusted p-value (Benjamini-Hochberg over %n tested value(s)) is compared with %2</source>
        <translation>
            <numerusform>%1; the adjusted p-value (Benjamini-Hochberg over %n tested value) is compared with %2</numerusform>
            <numerusform>%1; the adjusted p-value (Benjamini-Hochberg over %n tested values) is compared with %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::CredentialsDialog</name>
    <message numerus="yes">
        <source>The connection works: DescribeProjectList found %n project(s).</source>
        <translation>
            <numerusform>The connection works: DescribeProjectList found %n project.</numerusform>
            <numerusform>The connection works: DescribeProjectList found %n projects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::IntervalBreakdownPanel</name>
    <message numerus="yes">
        <source>Devices below this not-bad ratio, and the %n lowest, are highlighted</source>
        <translation>
            <numerusform>Devices below this not-bad ratio, and the %n lowest, are highlighted</numerusform>
            <numerusform>Devices below this not-bad ratio, and the %n lowest, are highlighted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::LicenceDevicesModel</name>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::LicencesPanel</name>
    <message numerus="yes">
        <source>%n licence(s) with a status the API does not define</source>
        <translation>
            <numerusform>%n licence with a status the API does not define</numerusform>
            <numerusform>%n licences with a status the API does not define</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::LiveController</name>
    <message numerus="yes">
        <source>● %n running</source>
        <translation>
            <numerusform>● %n running</numerusform>
            <numerusform>● %n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n without a report</source>
        <translation>
            <numerusform>, %n without a report</numerusform>
            <numerusform>, %n without a report</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::ModelFormat</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::NowPage</name>
    <message numerus="yes">
        <source>Of the %n sessions whose live quality is measured</source>
        <translation>
            <numerusform>Of the %n session whose live quality is measured</numerusform>
            <numerusform>Of the %n sessions whose live quality is measured</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::SavedViewsMenu</name>
    <message numerus="yes">
        <source>Exported %n view(s) to %1</source>
        <translation>
            <numerusform>Exported %n view to %1</numerusform>
            <numerusform>Exported %n views to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n view(s)</source>
        <translation>
            <numerusform>Imported %n view</numerusform>
            <numerusform>Imported %n views</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::SessionView</name>
    <message numerus="yes">
        <source>%n finding(s), the worst first. Activate one to see its moment.</source>
        <translation>
            <numerusform>%n finding, the worst first. Activate one to see its moment.</numerusform>
            <numerusform>%n findings, the worst first. Activate one to see its moment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n array(s) of the answer did not match the sample times (%1): only the samples that line up are shown.</source>
        <translation>
            <numerusform>%n array of the answer did not match the sample times (%1): only the samples that line up are shown.</numerusform>
            <numerusform>%n arrays of the answer did not match the sample times (%1): only the samples that line up are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::UsagePage</name>
    <message numerus="yes">
        <source>%n day(s); billed %1</source>
        <translation>
            <numerusform>%n day; billed %1</numerusform>
            <numerusform>%n days; billed %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n impossible value(s) from the service left out: %1</source>
        <translation>
            <numerusform>%n impossible value from the service left out: %1</numerusform>
            <numerusform>%n impossible values from the service left out: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::WallDisplay</name>
    <message numerus="yes">
        <source>Running now · %n without a report</source>
        <translation>
            <numerusform>Running now · %n without a report</numerusform>
            <numerusform>Running now · %n without a report</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::WhyPanel</name>
    <message numerus="yes">
        <source>%n request(s) for the estimate</source>
        <translation>
            <numerusform>%n request for the estimate</numerusform>
            <numerusform>%n requests for the estimate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for the whole session lists</source>
        <translation>
            <numerusform>%n for the whole session lists</numerusform>
            <numerusform>%n for the whole session lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for the statistics check and the names</source>
        <translation>
            <numerusform>%n for the statistics check and the names</numerusform>
            <numerusform>%n for the statistics check and the names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n for session details</source>
        <translation>
            <numerusform>up to %n for session details</numerusform>
            <numerusform>up to %n for session details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(network, SDK and latency stage read session details: up to %n request(s), about %1 s)</source>
        <translation>
            <numerusform>(network, SDK and latency stage read session details: up to %n request, about %1 s)</numerusform>
            <numerusform>(network, SDK and latency stage read session details: up to %n requests, about %1 s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::WhyTools</name>
    <message numerus="yes">
        <source>%1: %n session(s) in the span (double-click one to open it)</source>
        <translation>
            <numerusform>%1: %n session in the span (double-click one to open it)</numerusform>
            <numerusform>%1: %n sessions in the span (double-click one to open it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::WindowStatus</name>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from the service&apos;s by %n s; requests now use the service&apos;s time. Enable time synchronisation (NTP).</source>
        <translation>
            <numerusform>This computer&apos;s clock differs from the service&apos;s by %n s; requests now use the service&apos;s time. Enable time synchronisation (NTP).</numerusform>
            <numerusform>This computer&apos;s clock differs from the service&apos;s by %n s; requests now use the service&apos;s time. Enable time synchronisation (NTP).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) pending</source>
        <translation>
            <numerusform>%n request pending</numerusform>
            <numerusform>%n requests pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::cli::BreakdownCommand</name>
    <message numerus="yes">
        <source>Estimate from the project&apos;s session list (%n session(s)); exact figures follow, worst first.</source>
        <translation>
            <numerusform>Estimate from the project&apos;s session list (%n session); exact figures follow, worst first.</numerusform>
            <numerusform>Estimate from the project&apos;s session list (%n sessions); exact figures follow, worst first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exact figure(s) differed from their estimate and replaced it.</source>
        <translation>
            <numerusform>%n exact figure differed from its estimate and replaced it.</numerusform>
            <numerusform>%n exact figures differed from their estimate and replaced it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated from the project&apos;s session list (%n session(s)), not the service&apos;s statistics: run without --estimate for exact figures.</source>
        <translation>
            <numerusform>Estimated from the project&apos;s session list (%n session), not the service&apos;s statistics: run without --estimate for exact figures.</numerusform>
            <numerusform>Estimated from the project&apos;s session list (%n sessions), not the service&apos;s statistics: run without --estimate for exact figures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::cli::CredentialsCommand</name>
    <message numerus="yes">
        <source>The credentials work: DescribeProjectList answered with %n project(s).</source>
        <translation>
            <numerusform>The credentials work: DescribeProjectList answered with %n project.</numerusform>
            <numerusform>The credentials work: DescribeProjectList answered with %n projects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::cli::LicensesCommand</name>
    <message numerus="yes">
        <source>%n device(s), %1 of them expired.</source>
        <translation>
            <numerusform>%n device, %1 of them expired.</numerusform>
            <numerusform>%n devices, %1 of them expired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::cli::StatsCommand</name>
    <message numerus="yes">
        <source>The range starts or ends inside a bucket: %n bucket(s) hold only part of their interval and are marked Partial in table and json. Snap the range to bucket starts (--from -1d@d, --to today) or use --complete-only.</source>
        <translation>
            <numerusform>The range starts or ends inside a bucket: %n bucket holds only part of its interval and is marked Partial in table and json. Snap the range to bucket starts (--from -1d@d, --to today) or use --complete-only.</numerusform>
            <numerusform>The range starts or ends inside a bucket: %n buckets hold only part of their interval and are marked Partial in table and json. Snap the range to bucket starts (--from -1d@d, --to today) or use --complete-only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--complete-only left out %n bucket(s) cut by the range or not over yet.</source>
        <translation>
            <numerusform>--complete-only left out %n bucket cut by the range or not over yet.</numerusform>
            <numerusform>--complete-only left out %n buckets cut by the range or not over yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) without sessions were left out by the service (across %1 series); they count as zero.</source>
        <translation>
            <numerusform>%n interval without sessions was left out by the service (across %1 series); it counts as zero.</numerusform>
            <numerusform>%n intervals without sessions were left out by the service (across %1 series); they count as zero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::cli::TotalsCommand</name>
    <message numerus="yes">
        <source>Estimated from the project&apos;s session list (%n session(s)), not the service&apos;s statistics: run without --estimate for exact figures.</source>
        <translation>
            <numerusform>Estimated from the project&apos;s session list (%n session), not the service&apos;s statistics: run without --estimate for exact figures.</numerusform>
            <numerusform>Estimated from the project&apos;s session list (%n sessions), not the service&apos;s statistics: run without --estimate for exact figures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::cli::WhyCommand</name>
    <message numerus="yes">
        <source>Reading the details of %n session(s): %n DescribeDeviceSessionDetails request(s), about %1 s at the rate limit.</source>
        <translation>
            <numerusform>Reading the details of %n session: %n DescribeDeviceSessionDetails request, about %1 s at the rate limit.</numerusform>
            <numerusform>Reading the details of %n sessions: %n DescribeDeviceSessionDetails requests, about %1 s at the rate limit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session detail request(s) failed; those sessions were left out of network, sdk and stage.</source>
        <translation>
            <numerusform>%n session detail request failed; that session was left out of network, sdk and stage.</numerusform>
            <numerusform>%n session detail requests failed; those sessions were left out of network, sdk and stage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) were left out: unknown quality, ending before their start, repeated or outside the span.</source>
        <translation>
            <numerusform>%n session was left out: unknown quality, ending before its start, repeated or outside the span.</numerusform>
            <numerusform>%n sessions were left out: unknown quality, ending before their start, repeated or outside the span.</numerusform>
        </translation>
    </message>
</context>
</TS>
