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
</TS>
