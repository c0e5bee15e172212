<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppTheme</name>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>ChartCsvExport</name>
    <message>
        <source>end before start</source>
        <translation>结束早于开始</translation>
    </message>
    <message>
        <source>duplicate start time</source>
        <translation>开始时间重复</translation>
    </message>
    <message>
        <source>unusual width</source>
        <translation>时长异常</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>顺序错乱</translation>
    </message>
    <message>
        <source>ratio out of range</source>
        <translation>占比超出范围</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>数据系列</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Start (unix seconds)</source>
        <translation>开始时间（Unix 时间戳，秒）</translation>
    </message>
    <message>
        <source>End (unix seconds)</source>
        <translation>结束时间（Unix 时间戳，秒）</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>Session minutes</source>
        <translation>会话时长（分钟）</translation>
    </message>
    <message>
        <source>Not-bad ratio (%)</source>
        <translation>优良会话占比（%）</translation>
    </message>
    <message>
        <source>Active vehicles</source>
        <translation>活跃车辆数</translation>
    </message>
    <message>
        <source>Active cockpits</source>
        <translation>活跃驾驶舱数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>车队</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义时间范围</translation>
    </message>
    <message>
        <source>vs previous 24 h</source>
        <translation>较前 24 小时</translation>
    </message>
    <message>
        <source>vs previous 7 days</source>
        <translation>较前 7 天</translation>
    </message>
    <message>
        <source>vs previous 30 days</source>
        <translation>较前 30 天</translation>
    </message>
    <message>
        <source>vs previous 90 days</source>
        <translation>较前 90 天</translation>
    </message>
    <message>
        <source>vs previous 12 months</source>
        <translation>较前 12 个月</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>较上一周期</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>UTC+8 (Beijing)</source>
        <translation>UTC+8（北京时间）</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>按小时</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Last 24 complete hours</source>
        <translation>最近 24 个完整小时</translation>
    </message>
    <message>
        <source>Last 7 complete days</source>
        <translation>最近 7 个完整日</translation>
    </message>
    <message>
        <source>Last 12 complete months</source>
        <translation>最近 12 个完整月</translation>
    </message>
</context>
<context>
    <name>UsageCsvExport</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Session minutes</source>
        <translation>会话分钟数</translation>
    </message>
    <message>
        <source>Billed (DeductDuration)</source>
        <translation>计费（DeductDuration）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 left out (impossible value)</source>
        <translation>%1 已剔除（不可能的数值）</translation>
    </message>
    <message>
        <source>DeductDuration left out (impossible value)</source>
        <translation>DeductDuration 已剔除（不可能的数值）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the built-in local TRRO service with demo data.</source>
        <translation>启动内置的本地 TRRO 服务，使用演示数据。</translation>
    </message>
    <message>
        <source>API endpoint (default: TRRO_ENDPOINT or %1).</source>
        <translation>API 接入地址（默认：TRRO_ENDPOINT 或 %1）。</translation>
    </message>
    <message>
        <source>Credentials profile.</source>
        <translation>凭据配置档案。</translation>
    </message>
    <message>
        <source>Project to open.</source>
        <translation>要打开的项目。</translation>
    </message>
    <message>
        <source>Statistic interval: hour, day or month.</source>
        <translation>统计周期：hour、day 或 month。</translation>
    </message>
    <message>
        <source>Start of the range.</source>
        <translation>时间范围的开始。</translation>
    </message>
    <message>
        <source>End of the range.</source>
        <translation>时间范围的结束。</translation>
    </message>
    <message>
        <source>Device to overlay on the fleet (repeatable).</source>
        <translation>叠加显示在车队图表上的设备（可重复指定）。</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>--demo runs its own local service and its own key; it cannot be combined with --endpoint or --profile.</source>
        <translation>--demo 使用自带的本地服务和密钥，不能与 --endpoint 或 --profile 同时使用。</translation>
    </message>
    <message>
        <source>--interval must be hour, day or month.</source>
        <translation>--interval 必须为 hour、day 或 month。</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from 必须早于 --to。</translation>
    </message>
    <message>
        <source>TRRO Dashboard</source>
        <translation>TRRO 仪表盘</translation>
    </message>
    <message>
        <source>the demo service could not listen on 127.0.0.1.</source>
        <translation>演示服务无法在 127.0.0.1 上监听。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Language: zh_CN or en (default: the system&apos;s language).</source>
        <translation>界面语言：zh_CN 或 en（默认：跟随系统语言）。</translation>
    </message>
    <message>
        <source>Fleet dashboard for Tencent Cloud Real-time Remote Operation (TRRO).
Credentials: --profile, else TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (+ TENCENTCLOUD_SESSION_TOKEN, TENCENTCLOUD_REGION), else the default profile.
Times: unix seconds, ISO-8601 with Z or an offset, YYYY-MM-DD or YYYY-MM-DDTHH:MM in the system&apos;s time zone, today, yesterday, or relative (now, -24h, -7d, -2w; -1d@d snaps to the start of the day).</source>
        <translation>腾讯云远程实时操控（TRRO）车队仪表盘。
凭据：使用 --profile 指定的配置档案；未指定时使用 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY（以及 TENCENTCLOUD_SESSION_TOKEN、TENCENTCLOUD_REGION）；都没有时使用默认配置档案。
时间：unix 秒、带 Z 或时区偏移的 ISO-8601、系统时区中的 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM、today、yesterday，或相对时间（now、-24h、-7d、-2w；-1d@d 对齐到当天开始）。</translation>
    </message>
    <message>
        <source>--lang must be zh_CN or en, not &quot;%1&quot;.</source>
        <translation>--lang 必须是 zh_CN 或 en，而不是“%1”。</translation>
    </message>
    <message>
        <source>A dashboard link (trro-dashboard://open?...) to open; a dashboard already running opens it instead.</source>
        <translation>要打开的仪表盘链接（trro-dashboard://open?...）；如果已有仪表盘在运行，则由它打开。</translation>
    </message>
    <message>
        <source>Shared history store to read statistics from (a PostgreSQL URL; default: the setting).</source>
        <translation>读取统计数据的共享历史库（PostgreSQL URL；默认：设置中的值）。</translation>
    </message>
    <message>
        <source>Full-screen wall display of the project&apos;s running sessions, today&apos;s figures and alerts (Esc: the window).</source>
        <translation>全屏墙面显示：项目正在运行的会话、今日数据和告警（Esc：回到主窗口）。</translation>
    </message>
    <message>
        <source>Page to open first: fleet, now (the running sessions) or usage (minutes by tier and licences).</source>
        <translation>首先打开的页面：fleet（车队）、now（正在进行的会话）或 usage（按分辨率档位的分钟数与许可证）。</translation>
    </message>
    <message>
        <source>--page must be fleet, now or usage, not &quot;%1&quot;.</source>
        <translation>--page 必须是 fleet、now 或 usage，而不是“%1”。</translation>
    </message>
    <message>
        <source>Ask why the fleet&apos;s quality changed over a span (both times as for --from and --to), against the same length just before, and show the answer in the Why panel.</source>
        <translation>询问车队在某一时段内质量为何变化（两个时间的写法同 --from 和 --to），与紧邻其前的等长时段比较，并在“原因”面板中显示结果。</translation>
    </message>
    <message>
        <source>--why takes FROM..TO.</source>
        <translation>--why 的格式为 FROM..TO。</translation>
    </message>
    <message>
        <source>--why: the span must be longer than 0 and at most 31 days.</source>
        <translation>--why：时段必须长于 0 且不超过 31 天。</translation>
    </message>
</context>
<context>
    <name>trro</name>
    <message>
        <source>Bucket %1 starting %2 ends before it starts (EndTime %3).</source>
        <translation>第 %1 个时间段（开始于 %2）的结束时间早于开始时间（EndTime 为 %3）。</translation>
    </message>
    <message>
        <source>Bucket %1 starting %2 is %3 s wide, not one %4.</source>
        <translation>第 %1 个时间段（开始于 %2）时长为 %3 秒，与统计周期（%4）不符。</translation>
    </message>
    <message>
        <source>Bucket %1 starting %2 is out of order.</source>
        <translation>第 %1 个时间段（开始于 %2）顺序错乱。</translation>
    </message>
    <message>
        <source>Bucket %1 starting %2 has a not-bad ratio of %3 %, outside 0–100.</source>
        <translation>第 %1 个时间段（开始于 %2）的优良会话占比为 %3%，超出 0–100 的范围。</translation>
    </message>
    <message>
        <source>%1 buckets share the start time %2; all are kept.</source>
        <translation>%1 个时间段的开始时间同为 %2，已全部保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) without data between the first and the last bucket (the service leaves empty intervals out).</source>
        <translation>
            <numerusform>第一个与最后一个时间段之间有 %n 个时间段没有数据（服务不返回无数据的时间段）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request timestamp was rejected: this computer&apos;s clock is probably wrong; correct the system time (enable NTP).</source>
        <translation>请求时间戳被拒绝：本机时钟可能不准确，请校正系统时间（启用 NTP）。</translation>
    </message>
    <message>
        <source>The SecretId is not known to the service: check the key in the profile or in TENCENTCLOUD_SECRET_ID, and that it has not been deleted or disabled.</source>
        <translation>服务无法识别该 SecretId：请检查配置档案或 TENCENTCLOUD_SECRET_ID 中的密钥，并确认它未被删除或禁用。</translation>
    </message>
    <message>
        <source>The signature does not match: the SecretKey is probably wrong.</source>
        <translation>签名不匹配：SecretKey 可能有误。</translation>
    </message>
    <message>
        <source>The session token is missing, wrong or expired: temporary keys need TENCENTCLOUD_SESSION_TOKEN.</source>
        <translation>会话令牌缺失、有误或已过期：使用临时密钥时需要设置 TENCENTCLOUD_SESSION_TOKEN。</translation>
    </message>
    <message>
        <source>The key is not allowed to call this action: grant it TRRO read access in CAM.</source>
        <translation>该密钥无权调用此接口：请在访问管理（CAM）中为其授予 TRRO 的读取权限。</translation>
    </message>
    <message>
        <source>The service&apos;s rate limit (20 requests per second per action) was still exceeded after retries: another client may be using the same account.</source>
        <translation>重试后仍超出服务的频率限制（每个接口每秒 20 次请求）：可能有其他客户端正在使用同一账号。</translation>
    </message>
    <message>
        <source>The service did not answer in time: check the network or raise --timeout.</source>
        <translation>服务未及时响应：请检查网络，或调大 --timeout。</translation>
    </message>
    <message>
        <source>Check the network connection, the endpoint and any proxy settings.</source>
        <translation>请检查网络连接、接入地址以及代理设置。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not %2.</source>
        <translation>字段“%1”不是%2。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not an object.</source>
        <translation>字段“%1”不是对象。</translation>
    </message>
    <message>
        <source>The service answered HTTP %1.</source>
        <translation>服务返回了 HTTP %1。</translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation>响应不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The response has no &quot;Response&quot; object.</source>
        <translation>响应中没有“Response”对象。</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is %2, outside %3–%4.</source>
        <translation>字段“%1”的值为 %2，超出 %3–%4 的范围。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is longer than %2 characters.</source>
        <translation>字段“%1”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The answer to %1 holds more values than the question allows (at most %2); it was not read.</source>
        <translation>%1 的应答所含的值多于该查询允许的数量（至多 %2 个）；未读取该应答。</translation>
    </message>
    <message>
        <source>The service rejected the request time, and its clock (%1) differs from this computer&apos;s (%2) by %3 s, more than the one day that is corrected automatically: either the service&apos;s clock or this computer&apos;s clock is wrong. Check the system time (NTP) and the endpoint.</source>
        <translation>服务拒绝了请求时间，且其时钟（%1）与本机时钟（%2）相差 %3 秒，超过了可自动校正的一天：服务的时钟或本机的时钟有误。请检查系统时间（NTP）和接入点。</translation>
    </message>
    <message>
        <source>Also: a time in the --tz zone (2024-05-01T08:00), today, yesterday, and snapping to the start of an hour, day or month (-6h@h, -1d@d, now@mon).</source>
        <translation>另外：--tz 时区中的时间（2024-05-01T08:00）、today、yesterday，以及对齐到小时、天或月的开始（-6h@h、-1d@d、now@mon）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, outside the years 2000 to 2099.</source>
        <translation>“%1”是 %2，超出 2000 至 2099 年的范围。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone: use an IANA name (Asia/Shanghai), UTC, local, or an offset (+08:00).</source>
        <translation>“%1”不是时区：请使用 IANA 名称（Asia/Shanghai）、UTC、local 或偏移（+08:00）。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not an integer.</source>
        <translation>字段“%1”不是整数。</translation>
    </message>
    <message>
        <source>%1 is %2, outside %3 to %4: left out.</source>
        <translation>%1 为 %2，不在 %3 至 %4 之间：已略去。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not a time in seconds.</source>
        <translation>字段“%1”不是以秒计的时间。</translation>
    </message>
    <message>
        <source>%1 is %2, not a plausible time: left out.</source>
        <translation>%1 为 %2，不是可信的时间：已略去。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not a string of at most %2 characters.</source>
        <translation>字段“%1”不是不超过 %2 个字符的字符串。</translation>
    </message>
    <message>
        <source>Field &quot;%1LicenseIds&quot; is not a list of at most %2 ids.</source>
        <translation>字段“%1LicenseIds”不是不超过 %2 个 ID 的列表。</translation>
    </message>
    <message>
        <source>Field &quot;%1LicenseIds&quot; holds something that is not an id.</source>
        <translation>字段“%1LicenseIds”含有不是 ID 的内容。</translation>
    </message>
    <message>
        <source>%1 is %2 minutes, which cannot be: left out of the sums.</source>
        <translation>%1 为 %2 分钟，这不可能：未计入合计。</translation>
    </message>
    <message>
        <source>TotalCount is %1, outside 0 to %2.</source>
        <translation>TotalCount 为 %1，不在 0 至 %2 之间。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not a list.</source>
        <translation>字段“%1”不是列表。</translation>
    </message>
    <message>
        <source>%1 has no usable SessionTime: the day is left out.</source>
        <translation>%1 没有可用的 SessionTime：该日已略去。</translation>
    </message>
    <message>
        <source>%1Status is %2, not a status of the API.</source>
        <translation>%1Status 为 %2，不是 API 的状态值。</translation>
    </message>
    <message>
        <source>%1 has no DeviceId: left out.</source>
        <translation>%1 没有 DeviceId：已略去。</translation>
    </message>
    <message>
        <source>AvailableCount is %1, outside 0 to %2.</source>
        <translation>AvailableCount 为 %1，不在 0 至 %2 之间。</translation>
    </message>
    <message>
        <source>The session list of a slice counts %1 sessions but sent none that started in it.</source>
        <translation>某个时间片的会话列表计有 %1 个会话，却未发送任何在其中开始的会话。</translation>
    </message>
</context>
<context>
    <name>trro::AlertCheck</name>
    <message numerus="yes">
        <source>%n session(s), fewer than %1</source>
        <translation>
            <numerusform>%n 个会话，少于 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not-bad ratio %1% (%n session(s))</source>
        <translation>
            <numerusform>优良会话占比 %1%（%n 个会话）</numerusform>
        </translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>无会话</translation>
    </message>
    <message>
        <source>the data could not be had</source>
        <translation>无法获取数据</translation>
    </message>
    <message numerus="yes">
        <source>not-bad ratio %1% %2 (%n session(s))</source>
        <translation>
            <numerusform>优良会话占比 %1% %2（%n 个会话）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1</source>
        <translation>
            <numerusform>%n 个会话，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of sessions, %1</source>
        <translation>
            <numerusform>会话时长 %n 分钟，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad session(s), %1</source>
        <translation>
            <numerusform>%n 个质量差的会话，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the licence of %1 expired %n day(s) ago</source>
        <translation>
            <numerusform>%1 的许可证已于 %n 天前过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the licence of %1 expires in %n day(s)</source>
        <translation>
            <numerusform>%1 的许可证将在 %n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>month-end forecast %1 minutes (%2 to %3; %4 so far)</source>
        <translation>月末预测 %1 分钟（%2 至 %3；目前已用 %4）</translation>
    </message>
</context>
<context>
    <name>trro::AlertEngine</name>
    <message>
        <source>No fleet intervals with sessions yet.</source>
        <translation>车队尚无包含会话的时间段。</translation>
    </message>
    <message>
        <source>Fleet not-bad ratio %1% in the latest interval.</source>
        <translation>最近一个时间段的车队优良会话占比为 %1%。</translation>
    </message>
    <message numerus="yes">
        <source>Fleet not-bad ratio below %1% for %n interval(s) in a row (latest %2%).</source>
        <translation>
            <numerusform>车队优良会话占比连续 %n 个时间段低于 %1%（最近为 %2%）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No device with %1 or more bad sessions in the last %2 h.</source>
        <translation>最近 %2 小时内没有设备出现 %1 个或更多质量差的会话。</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) with %1 or more bad sessions in the last %2 h (worst: %3, %4).</source>
        <translation>
            <numerusform>%n 台设备在最近 %2 小时内出现 %1 个或更多质量差的会话（最差：%3，%4 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every device that usually reports was heard from in the last %1 h.</source>
        <translation>所有通常有上报的设备在最近 %1 小时内均有上报。</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) that usually report silent for %1 h or more (longest: %2, %3 h).</source>
        <translation>
            <numerusform>%n 台通常有上报的设备已静默 %1 小时或更久（最久：%2，%3 小时）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few sessions to judge the bad share (%1 of %2 needed).</source>
        <translation>会话太少，无法判断质量差会话的占比（%1 个，至少需要 %2 个）。</translation>
    </message>
    <message>
        <source>Bad sessions %1% of %2.</source>
        <translation>质量差的会话占 %2 个会话的 %1%。</translation>
    </message>
    <message>
        <source>Bad sessions %1% of %2, above %3%.</source>
        <translation>质量差的会话占 %2 个会话的 %1%，高于 %3%。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Fleet not-bad ratio</source>
        <translation>车队优良会话占比</translation>
    </message>
    <message>
        <source>Devices with bad sessions</source>
        <translation>出现质量差会话的设备</translation>
    </message>
    <message>
        <source>Silent devices</source>
        <translation>静默设备</translation>
    </message>
    <message>
        <source>Bad-session share</source>
        <translation>质量差会话占比</translation>
    </message>
    <message>
        <source>Licence expiry</source>
        <translation>许可证到期</translation>
    </message>
    <message>
        <source>Month&apos;s minutes forecast</source>
        <translation>本月分钟数预测</translation>
    </message>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>%n 天内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No licence of the %n device(s) expires %1.</source>
        <translation>
            <numerusform>%n 台设备中没有许可证在%1到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) whose licence expires %1 or has expired (soonest: %2, %3).</source>
        <translation>
            <numerusform>%n 台设备的许可证将在%1到期或已过期（最早：%2，%3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Month-end forecast %1 minutes (%2 to %3; %4 so far), not above %5.</source>
        <translation>月末预测 %1 分钟（%2 至 %3；目前已用 %4），未超过 %5。</translation>
    </message>
    <message>
        <source>Month-end forecast %1 minutes (%2 to %3; %4 so far), above %5.</source>
        <translation>月末预测 %1 分钟（%2 至 %3；目前已用 %4），超过 %5。</translation>
    </message>
</context>
<context>
    <name>trro::AlertHistoryModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现的情况</translation>
    </message>
</context>
<context>
    <name>trro::AlertNotifier</name>
    <message>
        <source>TRRO fleet: critical alert</source>
        <translation>TRRO 车队：严重告警</translation>
    </message>
    <message>
        <source>TRRO fleet: warning</source>
        <translation>TRRO 车队：警告</translation>
    </message>
</context>
<context>
    <name>trro::AlertRuleEditor</name>
    <message>
        <source>Warning below (%)</source>
        <translation>低于此值时警告（%）</translation>
    </message>
    <message>
        <source>Critical below (%)</source>
        <translation>低于此值时严重（%）</translation>
    </message>
    <message>
        <source>Intervals in a row</source>
        <translation>连续区间数</translation>
    </message>
    <message>
        <source>Warning at bad sessions</source>
        <translation>差会话达到此数时警告</translation>
    </message>
    <message>
        <source>Critical at bad sessions</source>
        <translation>差会话达到此数时严重</translation>
    </message>
    <message>
        <source>Window (hours)</source>
        <translation>时间窗口（小时）</translation>
    </message>
    <message>
        <source>Warning after (hours)</source>
        <translation>超过此时长时警告（小时）</translation>
    </message>
    <message>
        <source>Critical after (hours)</source>
        <translation>超过此时长时严重（小时）</translation>
    </message>
    <message>
        <source>Sessions it usually has</source>
        <translation>通常至少的会话数</translation>
    </message>
    <message>
        <source>Warning above (%)</source>
        <translation>高于此值时警告（%）</translation>
    </message>
    <message>
        <source>Critical above (%)</source>
        <translation>高于此值时严重（%）</translation>
    </message>
    <message>
        <source>Sessions at least</source>
        <translation>至少会话数</translation>
    </message>
    <message>
        <source>Warning within (days)</source>
        <translation>在此天数内到期时警告（天）</translation>
    </message>
    <message>
        <source>Critical within (days)</source>
        <translation>在此天数内到期时严重（天）</translation>
    </message>
    <message>
        <source>Warning above (minutes)</source>
        <translation>高于此值时警告（分钟）</translation>
    </message>
    <message>
        <source>Critical above (minutes)</source>
        <translation>高于此值时严重（分钟）</translation>
    </message>
    <message>
        <source>The rule to edit</source>
        <translation>要编辑的规则</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Use these rules from the next evaluation on</source>
        <translation>从下一次评估起使用这些规则</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>Evaluate this rule</source>
        <translation>评估此规则</translation>
    </message>
</context>
<context>
    <name>trro::AlertRules</name>
    <message>
        <source>fleetRatio: the critical ratio (%1) must not be above the warning one (%2).</source>
        <translation>fleetRatio：严重阈值（%1）不能高于警告阈值（%2）。</translation>
    </message>
    <message>
        <source>deviceBadSessions: the critical count (%1) must not be below the warning one (%2).</source>
        <translation>deviceBadSessions：严重阈值（%1）不能低于警告阈值（%2）。</translation>
    </message>
    <message>
        <source>deviceSilent: the critical hours (%1) must not be below the warning ones (%2).</source>
        <translation>deviceSilent：严重阈值（%1 小时）不能低于警告阈值（%2 小时）。</translation>
    </message>
    <message>
        <source>badShare: the critical share (%1) must not be below the warning one (%2).</source>
        <translation>badShare：严重阈值（%1）不能低于警告阈值（%2）。</translation>
    </message>
    <message>
        <source>%1: unknown setting &quot;%2&quot;.</source>
        <translation>%1：未知的设置项“%2”。</translation>
    </message>
    <message>
        <source>%1.enabled must be true or false.</source>
        <translation>%1.enabled 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>%1.%2 must be a whole number from %3 to %4.</source>
        <translation>%1.%2 必须是 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>The rules file is larger than %1 KiB.</source>
        <translation>规则文件大于 %1 KiB。</translation>
    </message>
    <message>
        <source>The rules file is not a JSON object.</source>
        <translation>规则文件不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The rules file&apos;s version must be 1.</source>
        <translation>规则文件的版本必须为 1。</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 必须是对象。</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;.</source>
        <translation>未知的规则“%1”。</translation>
    </message>
    <message>
        <source>Cannot read the rules file %1: %2</source>
        <translation>无法读取规则文件 %1：%2</translation>
    </message>
    <message>
        <source>The rules file %1: %2</source>
        <translation>规则文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the rules file %1: %2</source>
        <translation>无法写入规则文件 %1：%2</translation>
    </message>
    <message>
        <source>licenceExpiry: the critical days (%1) must not be above the warning ones (%2).</source>
        <translation>licenceExpiry：严重级别的天数（%1）不得大于警告级别的天数（%2）。</translation>
    </message>
    <message>
        <source>forecastMinutes: the critical minutes (%1) must not be below the warning ones (%2).</source>
        <translation>forecastMinutes：严重级别的分钟数（%1）不得小于警告级别的分钟数（%2）。</translation>
    </message>
</context>
<context>
    <name>trro::AlertTableModel</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现的情况</translation>
    </message>
</context>
<context>
    <name>trro::AlertsPanel</name>
    <message>
        <source>Alerts are evaluated on every refresh.</source>
        <translation>每次刷新时都会评估告警。</translation>
    </message>
    <message>
        <source>Import rules…</source>
        <translation>导入规则…</translation>
    </message>
    <message>
        <source>Export rules…</source>
        <translation>导出规则…</translation>
    </message>
    <message>
        <source>Use the rules of a JSON file (also read by trro-stats check)</source>
        <translation>使用 JSON 文件中的规则（trro-stats check 也读取该文件）</translation>
    </message>
    <message>
        <source>Save the rules as a JSON file for trro-stats check --rules</source>
        <translation>将规则保存为 JSON 文件，供 trro-stats check --rules 使用</translation>
    </message>
    <message>
        <source>Changes since the start</source>
        <translation>启动以来的变化</translation>
    </message>
    <message>
        <source>No alert rule could be evaluated yet.</source>
        <translation>尚未能评估任何告警规则。</translation>
    </message>
    <message numerus="yes">
        <source>All %n rule(s) OK.</source>
        <translation>
            <numerusform>全部 %n 条规则正常。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 critical, %3 warning.</source>
        <translation>%1：%2 项严重，%3 项警告。</translation>
    </message>
    <message>
        <source>Click a row to see its evidence</source>
        <translation>单击某一行以查看其依据</translation>
    </message>
</context>
<context>
    <name>trro::ApiClient</name>
    <message>
        <source>No valid endpoint is configured.</source>
        <translation>未配置有效的接入地址。</translation>
    </message>
    <message>
        <source>No API credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, choose a profile, or use the demo.</source>
        <translation>没有 API 凭据：请设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY、选择配置档案，或使用演示模式。</translation>
    </message>
    <message>
        <source>The response exceeds the size limit of %1 MiB.</source>
        <translation>响应超出大小上限（%1 MiB）。</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>%1 在 %2 秒内未响应。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The %1 holds characters that cannot be sent in a request header (control characters, line breaks or non-ASCII); nothing was sent.</source>
        <translation>%1 含有不能放进请求头的字符（控制字符、换行或非 ASCII 字符）；未发送任何请求。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>会话令牌</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>No complete answer from %1 within %2 s.</source>
        <translation>%1 未在 %2 秒内给出完整应答。</translation>
    </message>
    <message>
        <source>The response could not be read.</source>
        <translation>无法读取响应。</translation>
    </message>
</context>
<context>
    <name>trro::ApiError</name>
    <message numerus="yes">
        <source>This computer&apos;s clock is off by %n second(s) compared with the service; correct the system time (enable NTP).</source>
        <translation>
            <numerusform>本机时钟与服务时间相差 %n 秒，请校正系统时间（启用 NTP）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::BreadcrumbBar</name>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Current location: %1</source>
        <translation>当前位置：%1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>返回%1</translation>
    </message>
</context>
<context>
    <name>trro::BreakdownModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>无会话</translation>
    </message>
    <message>
        <source>Among the worst devices of this interval (threshold %1)</source>
        <translation>属于该时间段内表现最差的设备（阈值 %1）</translation>
    </message>
    <message>
        <source>Request failed: %1</source>
        <translation>请求失败：%1</translation>
    </message>
    <message>
        <source>Among the worst devices</source>
        <translation>属于表现最差的设备</translation>
    </message>
    <message>
        <source>Share of sessions whose quality was not bad (weighted by sessions)</source>
        <translation>质量优良的会话所占比例（按会话数加权）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Not-bad ratio</source>
        <translation>优良会话占比</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <comment>an estimated figure</comment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>≈ %1 (estimate)</source>
        <translation>≈ %1（估算）</translation>
    </message>
    <message>
        <source>Bad sessions</source>
        <translation>差会话数</translation>
    </message>
    <message>
        <source>Sessions whose quality was bad: the interval&apos;s impact, most first</source>
        <translation>质量差的会话：该时间段受到的影响，最多的排在最前</translation>
    </message>
    <message>
        <source>Minutes of the bad sessions, from the project&apos;s session list</source>
        <translation>质量差的会话的分钟数，来自项目的会话列表</translation>
    </message>
    <message>
        <source>Bad minutes</source>
        <translation>差会话时长（分钟）</translation>
    </message>
</context>
<context>
    <name>trro::CacheDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Clear cache…</source>
        <translation>清空缓存(&amp;C)…</translation>
    </message>
    <message>
        <source>Statistics cache</source>
        <translation>统计缓存</translation>
    </message>
    <message>
        <source>Statistics already fetched are kept on this computer and shared with trro-stats: intervals that ended more than three hours ago are not asked for again, and when the service cannot be reached the dashboard shows what the cache holds, marked with its age.</source>
        <translation>已获取的统计数据保存在本机，并与 trro-stats 共用：结束超过三小时的时间段不会再次请求；无法连接服务时，仪表盘显示缓存中的数据，并标明其时效。</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation>大小上限</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Size on disk:</source>
        <translation>磁盘占用：</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Fetched:</source>
        <translation>获取时间：</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>大小上限：</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Unusable: statistics are always fetched</source>
        <translation>无法使用：统计数据总是向服务请求</translation>
    </message>
    <message>
        <source>%1 of data in %2 series (limit %3)</source>
        <translation>%2 个数据系列共 %1 数据（上限 %3）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>The size limit could not be saved in %1.</source>
        <translation>无法在 %1 中保存大小上限。</translation>
    </message>
    <message>
        <source>Clear the statistics cache</source>
        <translation>清空统计缓存</translation>
    </message>
    <message>
        <source>Remove every cached statistic? The dashboard and trro-stats will ask the service again, and nothing will be shown while it cannot be reached.</source>
        <translation>删除所有缓存的统计数据？仪表盘和 trro-stats 将重新向服务请求；在无法连接服务期间将没有数据可显示。</translation>
    </message>
    <message>
        <source>The cache %1 could not be cleared.</source>
        <translation>无法清空缓存 %1。</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>正在读取缓存…</translation>
    </message>
    <message>
        <source>Shared history store:</source>
        <translation>共享历史库：</translation>
    </message>
</context>
<context>
    <name>trro::CachedStats</name>
    <message>
        <source>The service could not be reached (%1); these figures come from the local cache and may be up to %2 old.</source>
        <translation>无法连接到服务（%1）；这些数据来自本地缓存，最多可能滞后 %2。</translation>
    </message>
    <message>
        <source>The service could not be reached (%1); these figures come from the local cache and are final.</source>
        <translation>无法连接服务（%1）；这些数字来自本地缓存，且已是最终值。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the cache, so left out (not empty, unknown): %1; buckets reaching into these times are not shown.</source>
        <translation>以下时间不在缓存中，因此未输出（不是空，而是未知）：%1；涉及这些时间的时间段不予显示。</translation>
    </message>
</context>
<context>
    <name>trro::CauseFetcher</name>
    <message>
        <source>The connection to the service is gone.</source>
        <translation>与服务的连接已断开。</translation>
    </message>
</context>
<context>
    <name>trro::CauseModel</name>
    <message>
        <source>Fisher</source>
        <translation>Fisher</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>(other values)</source>
        <translation>（其他取值）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>≈%1</source>
        <translation>≈%1</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 of %2 sessions in the span were bad</source>
        <translation>时段内 %2 个会话中有 %1 个质量差</translation>
    </message>
    <message>
        <source>%1 of %2 sessions in the baseline were bad</source>
        <translation>基线中 %2 个会话中有 %1 个质量差</translation>
    </message>
    <message>
        <source>Without this value&apos;s sessions the span&apos;s not-bad ratio would be %1 instead of %2</source>
        <translation>去掉该取值的会话后，时段的优良会话占比将为 %1，而不是 %2</translation>
    </message>
    <message>
        <source>Not tested: the counts are estimated from a sample of session details</source>
        <translation>未检验：计数是根据会话详情的抽样估计的</translation>
    </message>
    <message>
        <source>Not tested: the value has no sessions in the baseline</source>
        <translation>未检验：该取值在基线中没有会话</translation>
    </message>
    <message numerus="yes">
        <source>%1; the adjusted p-value (Benjamini-Hochberg over %n tested value(s)) is compared with %2</source>
        <translation>
            <numerusform>%1；校正后的 p 值（对 %n 个已检验取值做 Benjamini-Hochberg 校正）与 %2 比较</numerusform>
        </translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test (an expected count is below 5)</source>
        <translation>Fisher 精确检验（有期望频数小于 5）</translation>
    </message>
    <message>
        <source>Two-proportion z-test</source>
        <translation>两比例 z 检验</translation>
    </message>
    <message>
        <source>%1: estimated from the sessions whose details were read</source>
        <translation>%1：根据已读取详情的会话估计</translation>
    </message>
    <message>
        <source>Of the span&apos;s bad sessions, the share this value holds</source>
        <translation>该取值在时段差会话中所占的比例</translation>
    </message>
    <message>
        <source>Points of not-bad ratio the value costs the span: the ratio without its sessions minus the span&apos;s ratio</source>
        <translation>该取值使时段的优良会话占比降低的百分点：去掉其会话后的比例减去时段的比例</translation>
    </message>
    <message>
        <source>The test&apos;s p-value, and in brackets the p-value adjusted over every value tested</source>
        <translation>检验的 p 值，括号内为对所有已检验取值校正后的 p 值</translation>
    </message>
    <message>
        <source>The adjusted p-value is below the level and the bad share grew</source>
        <translation>校正后的 p 值低于显著性水平，且差会话比例上升</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>Bad %</source>
        <translation>差 %</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Baseline bad %</source>
        <translation>基线差 %</translation>
    </message>
    <message>
        <source>Share of bad</source>
        <translation>差会话占比</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Ratio without</source>
        <translation>去掉后的比例</translation>
    </message>
    <message>
        <source>p (adjusted)</source>
        <translation>p（校正后）</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>显著</translation>
    </message>
</context>
<context>
    <name>trro::CauseText</name>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Cockpit</source>
        <translation>驾驶舱</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Name group</source>
        <translation>名称分组</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>SDK</source>
        <translation>SDK</translation>
    </message>
    <message>
        <source>Latency stage</source>
        <translation>时延阶段</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The other values of %1</source>
        <translation>%1 的其他取值</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <translation>车辆 %1</translation>
    </message>
    <message>
        <source>Cockpit %1</source>
        <translation>驾驶舱 %1</translation>
    </message>
    <message>
        <source>Resolution %1</source>
        <translation>分辨率 %1</translation>
    </message>
    <message>
        <source>Sessions starting at %1</source>
        <translation>%1 开始的会话</translation>
    </message>
    <message>
        <source>Name group &quot;%1&quot;</source>
        <translation>名称分组“%1”</translation>
    </message>
    <message>
        <source>Multi-network sessions</source>
        <translation>多网络会话</translation>
    </message>
    <message>
        <source>Single-network sessions</source>
        <translation>单网络会话</translation>
    </message>
    <message>
        <source>Network mode %1</source>
        <translation>网络模式 %1</translation>
    </message>
    <message>
        <source>SDK version %1</source>
        <translation>SDK 版本 %1</translation>
    </message>
    <message>
        <source>Sessions whose latency is dominated by the %1 stage</source>
        <translation>时延主要来自 %1 阶段的会话</translation>
    </message>
    <message>
        <source>%1: %2 of the span&apos;s bad sessions (no sessions in the baseline); without its sessions the not-bad ratio would be %3 instead of %4.</source>
        <translation>%1：占本时段差会话的 %2（基线中没有会话）；若去掉这些会话，优良会话占比将为 %3，而不是 %4。</translation>
    </message>
    <message>
        <source>%1: %2 of the span&apos;s bad sessions (%3 in the baseline); without its sessions the not-bad ratio would be %4 instead of %5.</source>
        <translation>%1：占本时段差会话的 %2（基线中为 %3）；若去掉这些会话，优良会话占比将为 %4，而不是 %5。</translation>
    </message>
    <message>
        <source>Not-bad ratio %1 over %2 sessions, against %3 over %4 in the baseline.</source>
        <translation>%2 个会话的优良会话占比为 %1，基线中 %4 个会话为 %3。</translation>
    </message>
</context>
<context>
    <name>trro::ChartSpecBuilder</name>
    <message>
        <source>Sessions per interval</source>
        <translation>各时间段会话数</translation>
    </message>
    <message>
        <source>Session minutes per interval</source>
        <translation>各时间段会话时长（分钟）</translation>
    </message>
    <message>
        <source>Not-bad session ratio (%)</source>
        <translation>优良会话占比（%）</translation>
    </message>
    <message>
        <source>Active devices</source>
        <translation>活跃设备数</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>cockpits</source>
        <translation>驾驶舱</translation>
    </message>
    <message>
        <source>Vehicles (field)</source>
        <translation>车辆（现场设备）</translation>
    </message>
    <message>
        <source>Cockpits (remote)</source>
        <translation>驾驶舱（远端设备）</translation>
    </message>
</context>
<context>
    <name>trro::ChartTooltip</name>
    <message>
        <source>ends before it starts</source>
        <translation>结束早于开始</translation>
    </message>
    <message>
        <source>duplicate start time</source>
        <translation>开始时间重复</translation>
    </message>
    <message>
        <source>unusual length: %1 s</source>
        <translation>时长异常：%1 秒</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>顺序错乱</translation>
    </message>
    <message>
        <source>ratio out of range</source>
        <translation>占比超出范围</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <source>Not bad</source>
        <translation>优良占比</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Cockpits</source>
        <translation>驾驶舱</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>partial: %1</source>
        <translation>不完整：%1</translation>
    </message>
</context>
<context>
    <name>trro::CheckRange</name>
    <message>
        <source>&quot;%1&quot; is not a range (%2); the forms are 10, 10:, ~:10, 10:20 and @10:20.</source>
        <translation>“%1”不是范围（%2）；可用的写法为 10、10:、~:10、10:20 和 @10:20。</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>no bounds</source>
        <translation>没有边界值</translation>
    </message>
    <message>
        <source>more than one &apos;:&apos;</source>
        <translation>含有多个“:”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>the start %1 is above the end %2</source>
        <translation>起点 %1 大于终点 %2</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>高于 %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>介于 %1 与 %2 之间</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>不低于 %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>不高于 %1</translation>
    </message>
    <message>
        <source>inside %1</source>
        <translation>在范围 %1 之内</translation>
    </message>
</context>
<context>
    <name>trro::ConnectionTester</name>
    <message>
        <source>The connection test failed.</source>
        <translation>连接测试失败。</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>错误信息：%1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
</context>
<context>
    <name>trro::CredentialResolver</name>
    <message>
        <source>No credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or save a profile (trro-stats credentials set, or Manage credentials in the dashboard).</source>
        <translation>没有凭据：请设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY，或保存一个配置档案（使用 trro-stats credentials set，或仪表盘中的“管理凭据”）。</translation>
    </message>
    <message>
        <source>%1 is not set: set both TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or neither to use a saved profile.</source>
        <translation>未设置 %1：请同时设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY；如需使用已保存的配置档案，则两者都不要设置。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (saved profiles: %2).</source>
        <translation>不存在名为“%1”的配置档案（已保存的配置档案：%2）。</translation>
    </message>
    <message>
        <source>No secret key is saved in the keychain for profile &quot;%1&quot; (or the keychain is locked: unlock it first). Save the key again with &quot;trro-stats credentials set --profile %1&quot; or in Manage credentials.</source>
        <translation>系统钥匙串中没有配置档案“%1”的 SecretKey（或系统钥匙串已锁定：请先解锁）。请使用“trro-stats credentials set --profile %1”或在“管理凭据”中重新保存密钥。</translation>
    </message>
</context>
<context>
    <name>trro::CredentialStore</name>
    <message>
        <source>No keychain is available (%1). %2</source>
        <translation>没有可用的系统钥匙串（%1）。%2</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1). Unlock it (log in to the desktop session, or unlock the &quot;Login&quot; keyring in your password manager) and try again.</source>
        <translation>系统钥匙串已锁定或拒绝访问（%1）。请先解锁（登录桌面，或在密码管理器中解锁“登录”密钥环），然后重试。</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>系统钥匙串出错：%1</translation>
    </message>
    <message>
        <source>Install and start a Secret Service keychain: GNOME Keyring (package gnome-keyring), KWallet (kwalletmanager), or KeePassXC with its Secret Service integration enabled.</source>
        <translation>请安装并启动支持 Secret Service 的钥匙串：GNOME Keyring（软件包 gnome-keyring）、KWallet（kwalletmanager），或已启用 Secret Service 集成的 KeePassXC。</translation>
    </message>
    <message>
        <source>No secret key is saved in the keychain for profile &quot;%1&quot;.</source>
        <translation>系统钥匙串中没有配置档案“%1”的 SecretKey。</translation>
    </message>
    <message>
        <source>The SecretKey is empty.</source>
        <translation>SecretKey 为空。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. Unlock it or check that its service is running, and try again.</source>
        <translation>钥匙串未在 %1 秒内应答。请解锁钥匙串或确认其服务正在运行，然后重试。</translation>
    </message>
</context>
<context>
    <name>trro::CredentialsController</name>
    <message>
        <source>Environment (TENCENTCLOUD_*)</source>
        <translation>环境变量（TENCENTCLOUD_*）</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>无法启动演示。</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示</translation>
    </message>
</context>
<context>
    <name>trro::CredentialsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Make de&amp;fault</source>
        <translation>设为默认(&amp;F)</translation>
    </message>
    <message>
        <source>Import from &amp;tccli…</source>
        <translation>从 tccli 导入(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Manage credentials</source>
        <translation>管理凭据</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置档案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>The connection works: DescribeProjectList found %n project(s).</source>
        <translation>
            <numerusform>连接正常：DescribeProjectList 找到 %n 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>The SecretKey of this profile is kept in memory for this session only.</source>
        <translation>此配置档案的 SecretKey 仅在本次运行期间保存在内存中。</translation>
    </message>
    <message>
        <source>New profile: enter the API key of a CAM user with read access to TRRO.</source>
        <translation>新建配置档案：请输入具有 TRRO 读取权限的 CAM 用户的 API 密钥。</translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot;; its SecretKey is in the keychain.</source>
        <translation>已导入配置档案“%1”，其 SecretKey 已存入系统钥匙串。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的配置档案已存在。</translation>
    </message>
    <message>
        <source>Renaming &quot;%1&quot; to &quot;%2&quot;…</source>
        <translation>正在将“%1”重命名为“%2”…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation>正在将密钥保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>已保存配置档案“%1”。</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;; the SecretKey is in the keychain.</source>
        <translation>已保存配置档案“%1”，SecretKey 已存入系统钥匙串。</translation>
    </message>
    <message>
        <source>Type the SecretKey to keep it for this session.</source>
        <translation>请输入 SecretKey，以便在本次运行期间使用。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved without its SecretKey: the key is kept in memory until the dashboard quits.</source>
        <translation>已保存配置档案“%1”，但未保存其 SecretKey：该密钥将保留在内存中，直到仪表盘退出。</translation>
    </message>
    <message>
        <source>Enter the SecretId.</source>
        <translation>请输入 SecretId。</translation>
    </message>
    <message>
        <source>Enter the SecretKey.</source>
        <translation>请输入 SecretKey。</translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>正在从系统钥匙串读取密钥…</translation>
    </message>
    <message>
        <source>Calling DescribeProjectList on %1…</source>
        <translation>正在调用 %1 的 DescribeProjectList…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置档案</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its key in the keychain?</source>
        <translation>要删除配置档案“%1”及其在系统钥匙串中的密钥吗？</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot; and its keychain entries.</source>
        <translation>已删除配置档案“%1”及其系统钥匙串条目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default profile.</source>
        <translation>“%1”现在是默认配置档案。</translation>
    </message>
    <message>
        <source>Type the SecretKey, then choose &quot;Use for this session only&quot;: it is kept in memory until the dashboard quits.</source>
        <translation>请输入 SecretKey，然后选择“仅本次运行使用”：密钥将保留在内存中，直到仪表盘退出。</translation>
    </message>
</context>
<context>
    <name>trro::DashboardPages</name>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Loading the interval breakdown</source>
        <translation>正在加载时间段明细</translation>
    </message>
    <message>
        <source>Loading the device %1</source>
        <translation>正在加载设备 %1</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>车队</translation>
    </message>
    <message>
        <source>Fleet statistics</source>
        <translation>车队统计</translation>
    </message>
    <message>
        <source>Interval breakdown, %1</source>
        <translation>时间段明细：%1</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <source>Loading the session %1</source>
        <translation>正在加载会话 %1</translation>
    </message>
    <message>
        <source>Stale data: the last refresh failed</source>
        <translation>数据已过期：上次刷新失败</translation>
    </message>
    <message>
        <source>Session %1 (live)</source>
        <translation>会话 %1（实时）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Running sessions</source>
        <translation>运行中的会话</translation>
    </message>
    <message>
        <source>Loading the usage and licences</source>
        <translation>加载用量与许可证</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
</context>
<context>
    <name>trro::DashboardToolbar</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置档案</translation>
    </message>
    <message>
        <source>The account whose fleet is shown</source>
        <translation>显示其车队数据的账号</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>The TRRO project</source>
        <translation>TRRO 项目</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>统计周期</translation>
    </message>
    <message>
        <source>Length of one bar in the charts</source>
        <translation>图表中每根柱子代表的时长</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>The period shown</source>
        <translation>显示的时间段</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Time zone of the axes, tables and exports</source>
        <translation>坐标轴、表格和导出内容所用的时区</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>自动刷新</translation>
    </message>
    <message>
        <source>Refresh the data periodically</source>
        <translation>定期刷新数据</translation>
    </message>
    <message>
        <source>Manage credentials…</source>
        <translation>管理凭据…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Lock time</source>
        <translation>锁定时间</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>关闭自动刷新</translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation>每 30 秒</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>每 5 分钟</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Add, edit or remove credential profiles</source>
        <translation>添加、编辑或删除凭据配置档案</translation>
    </message>
    <message>
        <source>Fetch the data again (%1)</source>
        <translation>重新获取数据（%1）</translation>
    </message>
    <message>
        <source>Freeze the time range: refreshes keep the same period</source>
        <translation>固定时间范围：刷新时保持相同的时间段</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>正在加载项目…</translation>
    </message>
</context>
<context>
    <name>trro::DeviceListModel</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>最近上报</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Cockpit</source>
        <translation>驾驶舱</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sessions whose quality was bad in the toolbar&apos;s range, from the project&apos;s session list</source>
        <translation>工具栏所选时间范围内质量差的会话数，来自项目的会话列表</translation>
    </message>
    <message>
        <source>Bad sessions</source>
        <translation>差会话数</translation>
    </message>
</context>
<context>
    <name>trro::DevicePanel</name>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Search name or ID</source>
        <translation>搜索名称或 ID</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>搜索设备</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Cockpits</source>
        <translation>驾驶舱</translation>
    </message>
    <message>
        <source>Device type filter</source>
        <translation>设备类型筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Device status filter</source>
        <translation>设备状态筛选</translation>
    </message>
    <message>
        <source>Device list</source>
        <translation>设备列表</translation>
    </message>
    <message>
        <source>Loading devices</source>
        <translation>正在加载设备</translation>
    </message>
    <message>
        <source>Device list status</source>
        <translation>设备列表状态</translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation>正在加载设备…</translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation>未选择项目</translation>
    </message>
    <message>
        <source>No devices</source>
        <translation>没有设备</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 台设备</translation>
    </message>
    <message>
        <source>%1 of %2 devices</source>
        <translation>显示 %1 台，共 %2 台设备</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>已选择 %1 台</translation>
    </message>
    <message>
        <source>not up to date (last update failed)</source>
        <translation>非最新数据（上次更新失败）</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>trro::DeviceView</name>
    <message>
        <source>Device view</source>
        <translation>设备视图</translation>
    </message>
    <message>
        <source>Loading the device</source>
        <translation>正在加载设备</translation>
    </message>
    <message>
        <source>Charts of the device</source>
        <translation>设备图表</translation>
    </message>
    <message>
        <source>All qualities</source>
        <translation>全部质量</translation>
    </message>
    <message>
        <source>Session quality filter</source>
        <translation>会话质量筛选</translation>
    </message>
    <message>
        <source>Filter sessions (ID, peer, resolution)</source>
        <translation>筛选会话（ID、对端、分辨率）</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>筛选会话</translation>
    </message>
    <message>
        <source>Sessions of the device</source>
        <translation>该设备的会话</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>No device open</source>
        <translation>未打开设备</translation>
    </message>
    <message>
        <source>Double-click a device in the device list or the breakdown.</source>
        <translation>在设备列表或明细中双击一台设备。</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>not up to date (last update failed)</source>
        <translation>非最新数据（上次更新失败）</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 个会话</translation>
    </message>
    <message>
        <source>%1 of %2 sessions</source>
        <translation>显示 %1 个，共 %2 个会话</translation>
    </message>
</context>
<context>
    <name>trro::Endpoint</name>
    <message>
        <source>&quot;%1&quot; is not a valid endpoint URL.</source>
        <translation>“%1”不是有效的接入地址 URL。</translation>
    </message>
    <message>
        <source>Plain http is only allowed for loopback addresses; use https for %1.</source>
        <translation>只有回环地址允许使用不加密的 http；%1 请使用 https。</translation>
    </message>
    <message>
        <source>The endpoint must use https (got &quot;%1&quot;).</source>
        <translation>接入地址必须使用 https（当前为“%1”）。</translation>
    </message>
    <message>
        <source>The endpoint must be a bare URL such as %1.</source>
        <translation>接入地址必须是不带路径和参数的 URL，例如 %1。</translation>
    </message>
</context>
<context>
    <name>trro::ErrorBanner</name>
    <message>
        <source>Copy RequestId</source>
        <translation>复制 RequestId</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Copy the RequestId to the clipboard, to quote it to support</source>
        <translation>将 RequestId 复制到剪贴板，以便提供给技术支持</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>关闭错误提示</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation>请求失败</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(%1 times)</source>
        <translation>（%1 次）</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>（HTTP %1）</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>Showing the last good data, from %1 (%2 old); it is marked as stale.</source>
        <translation>正在显示 %1 的最近一次有效数据（已过去 %2），已标记为过期。</translation>
    </message>
</context>
<context>
    <name>trro::ExportController</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the dashboard as an image or the data as CSV (Ctrl+E)</source>
        <translation>将仪表盘导出为图片，或将数据导出为 CSV（Ctrl+E）</translation>
    </message>
    <message>
        <source>Dashboard as &amp;PNG…</source>
        <translation>仪表盘导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Dashboard as &amp;SVG…</source>
        <translation>仪表盘导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Dashboard as P&amp;DF…</source>
        <translation>仪表盘导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>C&amp;opy dashboard to clipboard</source>
        <translation>复制仪表盘到剪贴板(&amp;O)</translation>
    </message>
    <message>
        <source>Data as &amp;CSV…</source>
        <translation>数据导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>导出为 PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>导出为 SVG</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Unknown file type: %1</source>
        <translation>未知的文件类型：%1</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>将数据导出为 CSV</translation>
    </message>
</context>
<context>
    <name>trro::ExportSizeDialog</name>
    <message>
        <source>Keep the proportions of the window</source>
        <translation>保持窗口的宽高比</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>导出为 PNG</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放倍数</translation>
    </message>
    <message>
        <source>Pixel density: 2× gives a sharp image on high-resolution screens and in print</source>
        <translation>像素密度：选择 2× 可在高分辨率屏幕上和打印时获得清晰的图像</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>缩放倍数(&amp;S)：</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>图像：</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
</context>
<context>
    <name>trro::FleetController</name>
    <message>
        <source>Loading the fleet statistics per interval</source>
        <translation>正在加载各时间段的车队统计</translation>
    </message>
    <message>
        <source>Loading the fleet totals</source>
        <translation>正在加载车队汇总数据</translation>
    </message>
    <message>
        <source>Loading the totals of the previous period</source>
        <translation>正在加载上一周期的汇总数据</translation>
    </message>
    <message>
        <source>Loading the statistics of device %1</source>
        <translation>正在加载设备 %1 的统计数据</translation>
    </message>
    <message>
        <source>The service cannot be reached: showing cached statistics</source>
        <translation>无法连接服务：正在显示缓存的统计数据</translation>
    </message>
</context>
<context>
    <name>trro::FleetView</name>
    <message>
        <source>Fleet charts</source>
        <translation>车队图表</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>车队</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <source>No sessions in this period. Choose a longer range or another project.</source>
        <translation>该时间段内没有会话。请选择更长的时间范围或其他项目。</translation>
    </message>
    <message>
        <source>Loading the fleet statistics…</source>
        <translation>正在加载车队统计…</translation>
    </message>
    <message>
        <source>No fleet statistics loaded yet.</source>
        <translation>尚未加载车队统计。</translation>
    </message>
</context>
<context>
    <name>trro::Format</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>trro::ImageExporter</name>
    <message>
        <source>Exported %1</source>
        <translation>导出时间：%1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>时间范围：%1</translation>
    </message>
    <message>
        <source>The image size %1 × %2 at scale %3 is not possible (at most %4 pixels per side).</source>
        <translation>无法生成 %1 × %2、缩放倍数为 %3 的图像（每边最多 %4 像素）。</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The image size is not possible.</source>
        <translation>无法生成该尺寸的图像。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The page layout is not possible.</source>
        <translation>无法生成该页面布局。</translation>
    </message>
    <message>
        <source>The clipboard is not available.</source>
        <translation>剪贴板不可用。</translation>
    </message>
    <message>
        <source>Unknown image format.</source>
        <translation>未知的图像格式。</translation>
    </message>
</context>
<context>
    <name>trro::IntervalBreakdownPanel</name>
    <message>
        <source>hourly</source>
        <translation>按小时</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Interval breakdown</source>
        <translation>时间段明细</translation>
    </message>
    <message>
        <source>Click an interval on a chart to compare its devices</source>
        <translation>点击图表中的某个时间段，比较该时间段内的各台设备</translation>
    </message>
    <message>
        <source>%v of %m devices</source>
        <translation>%v / %m 台设备</translation>
    </message>
    <message>
        <source>Breakdown progress</source>
        <translation>明细加载进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the breakdown</source>
        <translation>取消加载明细</translation>
    </message>
    <message>
        <source>Highlight devices whose not-bad ratio is below</source>
        <translation>突出显示优良会话占比低于此值的设备</translation>
    </message>
    <message numerus="yes">
        <source>Devices below this not-bad ratio, and the %n lowest, are highlighted</source>
        <translation>
            <numerusform>优良会话占比低于此值的设备，以及占比最低的 %n 台设备，将被突出显示</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Highlight below</source>
        <translation>突出显示低于(&amp;H)</translation>
    </message>
    <message>
        <source>Per-device statistics of the interval</source>
        <translation>该时间段内各设备的统计数据</translation>
    </message>
    <message>
        <source>Devices whose request failed</source>
        <translation>请求失败的设备</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>重试失败项(&amp;R)</translation>
    </message>
    <message>
        <source>Retry the devices whose request failed</source>
        <translation>重新请求失败的设备</translation>
    </message>
    <message>
        <source>Interval %1 (%2)</source>
        <translation>时间段 %1（%2）</translation>
    </message>
    <message>
        <source>%1 to %2 (unix seconds)</source>
        <translation>%1 至 %2（Unix 时间戳，秒）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 台设备</translation>
    </message>
    <message>
        <source>%1 highlighted</source>
        <translation>突出显示 %1 台</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>已取消 %1 台</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>以及另外 %1 台</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>失败（%1）：%2</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Show devices &amp;without sessions</source>
        <translation>显示无会话的设备(&amp;W)</translation>
    </message>
    <message>
        <source>Also list the devices that had no session in this interval</source>
        <translation>同时列出在该时间段内没有会话的设备</translation>
    </message>
    <message>
        <source>%1 without sessions hidden</source>
        <translation>已隐藏 %1 台无会话的设备</translation>
    </message>
</context>
<context>
    <name>trro::KeychainBanner</name>
    <message>
        <source>Use for this session only</source>
        <translation>仅本次运行使用</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>系统钥匙串问题</translation>
    </message>
    <message>
        <source>Keep the credentials in memory until the dashboard quits; nothing is written to disk.</source>
        <translation>将凭据保留在内存中，直到仪表盘退出；不会写入磁盘。</translation>
    </message>
    <message>
        <source>Try the keychain again (after starting or unlocking it)</source>
        <translation>重新尝试访问系统钥匙串（请先启动或解锁）</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss keychain message</source>
        <translation>关闭系统钥匙串提示</translation>
    </message>
    <message>
        <source>The system keychain is locked</source>
        <translation>系统钥匙串已锁定</translation>
    </message>
    <message>
        <source>No system keychain is available</source>
        <translation>没有可用的系统钥匙串</translation>
    </message>
    <message>
        <source>Credentials are never written to a plain file. You can keep them in memory for this session only.</source>
        <translation>凭据绝不会写入明文文件。您可以仅在本次运行期间将其保留在内存中。</translation>
    </message>
</context>
<context>
    <name>trro::KpiPanel</name>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>Session minutes</source>
        <translation>会话时长（分钟）</translation>
    </message>
    <message>
        <source>Not-bad ratio</source>
        <translation>优良会话占比</translation>
    </message>
    <message>
        <source>Active vehicles</source>
        <translation>活跃车辆</translation>
    </message>
    <message>
        <source>Active cockpits</source>
        <translation>活跃驾驶舱</translation>
    </message>
    <message>
        <source>Share of sessions whose quality was not bad (NotBadSessionRatio)</source>
        <translation>质量优良的会话所占比例（NotBadSessionRatio）</translation>
    </message>
</context>
<context>
    <name>trro::KpiTile</name>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>上一周期：%1</translation>
    </message>
    <message>
        <source>The previous period is not available.</source>
        <translation>上一周期的数据不可用。</translation>
    </message>
    <message>
        <source>The last update failed; this value is from the previous successful update.</source>
        <translation>最近一次更新失败；此数值来自上一次成功的更新。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>= 0 pts</source>
        <translation>= 0 个百分点</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>= 0 %</source>
        <translation>= 0%</translation>
    </message>
    <message>
        <source>▲ new</source>
        <translation>▲ 新增</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>加载中</translation>
    </message>
</context>
<context>
    <name>trro::LicenceDevicesModel</name>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Expires within a day</source>
        <translation>一天内到期</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>No licence</source>
        <translation>无许可证</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Whole days left at %1</source>
        <translation>截至 %1 的剩余整天数</translation>
    </message>
    <message>
        <source>Minutes left this month: %1</source>
        <translation>本月剩余分钟数：%1</translation>
    </message>
    <message>
        <source>Whole days until the licence expires; negative once it has expired</source>
        <translation>距许可证到期的整天数；过期后为负数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>trro::LicencesPanel</name>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>&amp;Under 30 days</source>
        <translation>不足 30 天(&amp;U)</translation>
    </message>
    <message>
        <source>Licence summary</source>
        <translation>许可证汇总</translation>
    </message>
    <message>
        <source>Only the devices whose licence expires within 30 days</source>
        <translation>只显示许可证在 30 天内到期的设备</translation>
    </message>
    <message>
        <source>Filter devices by name or ID</source>
        <translation>按名称或 ID 筛选设备</translation>
    </message>
    <message>
        <source>Filter the licence list</source>
        <translation>筛选许可证列表</translation>
    </message>
    <message>
        <source>Devices by days of licence left</source>
        <translation>按许可证剩余天数排列的设备</translation>
    </message>
    <message>
        <source>Valid: –   Bound: –   Unbound: –   Expired: –   Expiring this month: –</source>
        <translation>有效：–   已绑定：–   未绑定：–   已过期：–   本月到期：–</translation>
    </message>
    <message>
        <source>Valid: %1   Bound: %2   Unbound: %3   Expired: %4   Expiring this month: %5</source>
        <translation>有效：%1   已绑定：%2   未绑定：%3   已过期：%4   本月到期：%5</translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) with a status the API does not define</source>
        <translation>
            <numerusform>%n 个许可证的状态不在 API 定义之内</numerusform>
        </translation>
    </message>
    <message>
        <source>Licences of %1 not expired: %2</source>
        <translation>%1 未过期的许可证：%2</translation>
    </message>
    <message>
        <source>Licences of %1 not expired: –</source>
        <translation>%1 未过期的许可证：–</translation>
    </message>
</context>
<context>
    <name>trro::LinkController</name>
    <message>
        <source>Copy &amp;link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <source>Copy a link that opens exactly this view, with its times</source>
        <translation>复制一个链接，可按相同的时间重新打开当前视图</translation>
    </message>
    <message>
        <source>No project is open: there is nothing to link to</source>
        <translation>未打开任何项目：没有可链接的内容</translation>
    </message>
    <message>
        <source>Link copied: it opens this view with the same times</source>
        <translation>链接已复制：它会按相同的时间打开当前视图</translation>
    </message>
    <message>
        <source>This link cannot be opened: %1</source>
        <translation>无法打开此链接：%1</translation>
    </message>
    <message>
        <source>This link is for the profile &quot;%1&quot;, which is not set up on this computer. Add it under File › Manage credentials, or ask for a link without a profile.</source>
        <translation>此链接指定了配置档案“%1”，但本机没有设置该档案。请在“文件 › 管理凭据”中添加它，或索取不带配置档案的链接。</translation>
    </message>
    <message>
        <source>Opened a link</source>
        <translation>已打开链接</translation>
    </message>
    <message>
        <source>This link opens the project %1, which this account does not have (or may not see).</source>
        <translation>此链接打开的项目 %1 不属于当前账号（或当前账号无权查看）。</translation>
    </message>
    <message>
        <source>This link opens the project %1, which the account of the profile &quot;%2&quot; does not have (or may not see).</source>
        <translation>此链接打开的项目 %1 不属于配置档案“%2”的账号（或该账号无权查看）。</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
</context>
<context>
    <name>trro::LinkedCharts</name>
    <message>
        <source>Linked charts</source>
        <translation>联动图表</translation>
    </message>
    <message>
        <source>Stale data</source>
        <translation>数据已过期</translation>
    </message>
    <message>
        <source>&amp;Why did quality change here?</source>
        <translation>这里的质量为何变化(&amp;W)？</translation>
    </message>
    <message>
        <source>Compare the selected span with a baseline</source>
        <translation>将选中的时段与基线比较</translation>
    </message>
    <message>
        <source>Compare this interval with a baseline</source>
        <translation>将此区间与基线比较</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>清除选择(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo zoom</source>
        <translation>撤销缩放(&amp;U)</translation>
    </message>
</context>
<context>
    <name>trro::LinkedChartsView</name>
    <message>
        <source>No data in this range</source>
        <translation>该时间范围内没有数据</translation>
    </message>
</context>
<context>
    <name>trro::LiveController</name>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>&amp;Wall display</source>
        <translation>墙面显示(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Now: running sessions</source>
        <translation>当前：运行中的会话(&amp;N)</translation>
    </message>
    <message>
        <source>Running sessions</source>
        <translation>运行中的会话</translation>
    </message>
    <message>
        <source>● running: ?</source>
        <translation>● 运行中：?</translation>
    </message>
    <message numerus="yes">
        <source>● %n running</source>
        <translation>
            <numerusform>● %n 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n without a report</source>
        <translation>
            <numerusform>，%n 个无上报</numerusform>
        </translation>
    </message>
    <message>
        <source> (not current)</source>
        <translation>（非最新）</translation>
    </message>
    <message>
        <source>Running sessions &amp;page</source>
        <translation>运行中的会话页面(&amp;P)</translation>
    </message>
    <message>
        <source>The sessions running now, with their figures over the last hour</source>
        <translation>当前运行中的会话及其最近一小时的数据</translation>
    </message>
    <message>
        <source>Sessions running now, refreshed every %1 s; click for the Now page</source>
        <translation>当前运行中的会话，每 %1 秒刷新；点击打开“当前”页面</translation>
    </message>
</context>
<context>
    <name>trro::LivePanel</name>
    <message>
        <source>Running sessions</source>
        <translation>运行中的会话</translation>
    </message>
    <message>
        <source>Filter by vehicle, cockpit or session</source>
        <translation>按车辆、驾驶舱或会话筛选</translation>
    </message>
    <message>
        <source>Filter running sessions</source>
        <translation>筛选运行中的会话</translation>
    </message>
    <message>
        <source>Asking for the running sessions…</source>
        <translation>正在获取运行中的会话…</translation>
    </message>
    <message>
        <source>Running sessions are shown once a project is open.</source>
        <translation>打开项目后显示运行中的会话。</translation>
    </message>
    <message>
        <source>%1 running · %2 without a report</source>
        <translation>%1 个运行中 · %2 个无上报</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>The last refresh failed (%1); the list is %2 old and is retried every %3 s.</source>
        <translation>上次刷新失败（%1）；列表已有 %2，每 %3 秒重试。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>trro::LiveQuality</name>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>差</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>尚未测量</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 % loss</source>
        <translation>丢包 %1 %</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 帧/秒</translation>
    </message>
</context>
<context>
    <name>trro::LiveRoster</name>
    <message>
        <source>%1 running session(s) without an id were left out.</source>
        <translation>已忽略 %1 个没有 ID 的运行中会话。</translation>
    </message>
    <message>
        <source>%1 running session(s) reported before they started; they were left out.</source>
        <translation>%1 个运行中会话的上报时间早于开始时间，已忽略。</translation>
    </message>
    <message>
        <source>%1 running session(s) reported from the future (after the service&apos;s clock); they were left out.</source>
        <translation>%1 个运行中会话的上报时间在未来（晚于服务时钟），已忽略。</translation>
    </message>
</context>
<context>
    <name>trro::LiveSessionModel</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>no report</source>
        <translation>无上报</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The session left the service&apos;s list of running sessions; its last figures are shown until the next refresh.</source>
        <translation>该会话已不在服务的运行中会话列表里；下次刷新前显示其最后的数据。</translation>
    </message>
    <message>
        <source>No report for %1: the link may be down.</source>
        <translation>%1 没有上报：链路可能已断开。</translation>
    </message>
    <message>
        <source>Median of the last %1 s, measured %2 ago</source>
        <translation>最近 %1 秒的中位数，测于 %2 前</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Cockpit</source>
        <translation>驾驶舱</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Live quality</source>
        <translation>实时质量</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>已运行</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>最后上报</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
</context>
<context>
    <name>trro::MainWindow</name>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Loading the devices</source>
        <translation>正在加载设备</translation>
    </message>
    <message>
        <source>Loading the project list</source>
        <translation>正在加载项目列表</translation>
    </message>
    <message>
        <source>TRRO Fleet Dashboard</source>
        <translation>TRRO 车队仪表盘</translation>
    </message>
    <message>
        <source>The statistics cache is empty</source>
        <translation>统计缓存已清空</translation>
    </message>
    <message>
        <source>&amp;Usage and licences</source>
        <translation>用量与许可证(&amp;U)</translation>
    </message>
    <message>
        <source>Minutes per day by resolution tier, the month-end forecast and the licences</source>
        <translation>按分辨率档位的每日分钟数、月底预测与许可证</translation>
    </message>
</context>
<context>
    <name>trro::ModelFormat</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::NowPage</name>
    <message>
        <source>Running now</source>
        <translation>当前运行</translation>
    </message>
    <message>
        <source>Bad quality now</source>
        <translation>当前质量差</translation>
    </message>
    <message>
        <source>Degraded now</source>
        <translation>当前质量下降</translation>
    </message>
    <message>
        <source>Without a report</source>
        <translation>无上报</translation>
    </message>
    <message>
        <source>Now: running sessions</source>
        <translation>当前：运行中的会话</translation>
    </message>
    <message>
        <source>Running sessions</source>
        <translation>运行中的会话</translation>
    </message>
    <message>
        <source>vs 10 min ago</source>
        <translation>对比 10 分钟前</translation>
    </message>
    <message>
        <source>Running sessions of %1</source>
        <translation>%1 的运行中会话</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n sessions whose live quality is measured</source>
        <translation>
            <numerusform>在已测得实时质量的 %n 个会话中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::PagedUsage</name>
    <message>
        <source>The list from %1 was not complete within the deadline of %2 s (%3 pages).</source>
        <translation>%1 的列表未在 %2 秒的期限内取完（已取 %3 页）。</translation>
    </message>
    <message>
        <source>%1 sent %2 twice: the second is left out.</source>
        <translation>%1 发送了两次 %2：第二次已略去。</translation>
    </message>
    <message>
        <source>The service sent more items of %1 than its TotalCount of %2.</source>
        <translation>服务发送的 %1 条目多于其 TotalCount %2。</translation>
    </message>
    <message>
        <source>The list from %1 did not end after %2 pages (TotalCount %3).</source>
        <translation>%1 的列表在 %2 页后仍未结束（TotalCount %3）。</translation>
    </message>
</context>
<context>
    <name>trro::PgLocation</name>
    <message>
        <source>The store URL holds a password: put it in ~/.pgpass or the file named by $PGPASSFILE instead (see the PostgreSQL documentation on the password file).</source>
        <translation>存储 URL 中含有密码：请改为写入 ~/.pgpass 或 $PGPASSFILE 指定的文件（见 PostgreSQL 文档中关于密码文件的说明）。</translation>
    </message>
    <message>
        <source>The store URL names several hosts; give one.</source>
        <translation>存储 URL 指定了多个主机；请只给一个。</translation>
    </message>
    <message>
        <source>The store URL has an unclosed &quot;[&quot; in its host.</source>
        <translation>存储 URL 的主机部分有未闭合的“[”。</translation>
    </message>
    <message>
        <source>The store URL has text after its host.</source>
        <translation>存储 URL 的主机后面有多余的文字。</translation>
    </message>
    <message>
        <source>The store URL&apos;s port must be a number from 1 to 65535.</source>
        <translation>存储 URL 的端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds from 1 to 3600.</source>
        <translation>connect_timeout 必须是 1 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <source>The store URL has a parameter trro does not know: &quot;%1&quot; (known: host, port, user, dbname, sslmode, connect_timeout, application_name).</source>
        <translation>存储 URL 中有 trro 不认识的参数：“%1”（可用：host、port、user、dbname、sslmode、connect_timeout、application_name）。</translation>
    </message>
    <message>
        <source>The store URL holds a value with spaces, quotes, &apos;;&apos; or control characters, or longer than 255 characters.</source>
        <translation>存储 URL 中有含空格、引号、“;”或控制字符的值，或值长于 255 个字符。</translation>
    </message>
    <message>
        <source>The store URL&apos;s user name may hold letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos; only.</source>
        <translation>存储 URL 的用户名只能包含字母、数字、“_”、“-”和“.”。</translation>
    </message>
    <message>
        <source>The store URL is longer than %1 characters.</source>
        <translation>历史库 URL 超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The store URL must start with postgresql:// (for example postgresql://trro@db.example.com/trro or postgresql:///trro?host=/run/postgresql).</source>
        <translation>历史库 URL 必须以 postgresql:// 开头（例如 postgresql://trro@db.example.com/trro 或 postgresql:///trro?host=/run/postgresql）。</translation>
    </message>
</context>
<context>
    <name>trro::PgStore</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）</translation>
    </message>
    <message>
        <source>install the package libqt6sql6-psql</source>
        <translation>请安装软件包 libqt6sql6-psql</translation>
    </message>
    <message>
        <source>The store %1 could not be opened</source>
        <translation>无法打开历史库 %1</translation>
    </message>
    <message>
        <source>The store could not be locked</source>
        <translation>无法锁定历史库</translation>
    </message>
    <message>
        <source>The store could not be unlocked</source>
        <translation>无法解锁历史库</translation>
    </message>
    <message>
        <source>The store could not add the partition %1</source>
        <translation>历史库无法添加分区 %1</translation>
    </message>
    <message>
        <source>The store could not be read</source>
        <translation>无法读取历史库</translation>
    </message>
    <message>
        <source>The store could not record the cycle</source>
        <translation>历史库无法记录本轮采集</translation>
    </message>
    <message>
        <source>The retention must be from 0 to 1200 months</source>
        <translation>保留期限必须在 0 到 1200 个月之间</translation>
    </message>
    <message>
        <source>The store could not save the retention</source>
        <translation>历史库无法保存保留期限</translation>
    </message>
    <message>
        <source>The store could not list its partitions</source>
        <translation>历史库无法列出其分区</translation>
    </message>
    <message>
        <source>The store could not drop the partition %1</source>
        <translation>历史库无法删除分区 %1</translation>
    </message>
    <message>
        <source>The store could not start a transaction</source>
        <translation>历史库无法开始事务</translation>
    </message>
    <message>
        <source>The store could not save a device</source>
        <translation>历史库无法保存设备</translation>
    </message>
    <message>
        <source>The store could not save the device list</source>
        <translation>历史库无法保存设备列表</translation>
    </message>
    <message>
        <source>The store could not commit</source>
        <translation>历史库无法提交</translation>
    </message>
    <message>
        <source>The store could not save the statistics</source>
        <translation>历史库无法保存统计数据</translation>
    </message>
    <message>
        <source>The store could not save the sessions</source>
        <translation>历史库无法保存会话</translation>
    </message>
</context>
<context>
    <name>trro::PreviousPeriodOverlay</name>
    <message>
        <source>Compare with the &amp;previous period</source>
        <translation>与上一周期对比(&amp;P)</translation>
    </message>
    <message>
        <source>Compare with a &amp;week earlier</source>
        <translation>与一周前对比(&amp;W)</translation>
    </message>
    <message>
        <source>Draw the same series for the period just before as muted ghosts</source>
        <translation>以淡色虚影绘制紧邻的上一周期的同一数据系列</translation>
    </message>
    <message>
        <source>The ghosts show the same span a week earlier instead</source>
        <translation>虚影改为显示一周前的同一时间段</translation>
    </message>
    <message>
        <source>a week earlier</source>
        <translation>一周前</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>上一周期</translation>
    </message>
</context>
<context>
    <name>trro::ProfileForm</name>
    <message>
        <source>e.g. production</source>
        <translation>例如 production</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置档案名称</translation>
    </message>
    <message>
        <source>AKID…</source>
        <translation>AKID…</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>会话令牌</translation>
    </message>
    <message>
        <source>Only for temporary keys</source>
        <translation>仅用于临时密钥</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Sent as X-TC-Region; TRRO does not require it.</source>
        <translation>作为 X-TC-Region 发送；TRRO 不要求填写。</translation>
    </message>
    <message>
        <source>China (trro.tencentcloudapi.com)</source>
        <translation>中国站（trro.tencentcloudapi.com）</translation>
    </message>
    <message>
        <source>International (trro.intl.tencentcloudapi.com)</source>
        <translation>国际站（trro.intl.tencentcloudapi.com）</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入地址</translation>
    </message>
    <message>
        <source>https://trro.example.com</source>
        <translation>https://trro.example.com</translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation>自定义接入地址 URL</translation>
    </message>
    <message>
        <source>Default project</source>
        <translation>默认项目</translation>
    </message>
    <message>
        <source>The project opened first; &quot;Test connection&quot; lists them.</source>
        <translation>启动时首先打开的项目；点击“测试连接”可列出可选项目。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Secret&amp;Id:</source>
        <translation>Secret&amp;Id：</translation>
    </message>
    <message>
        <source>Secret&amp;Key:</source>
        <translation>Secret&amp;Key：</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>会话令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接入地址(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL：</translation>
    </message>
    <message>
        <source>Default &amp;project:</source>
        <translation>默认项目(&amp;P)：</translation>
    </message>
    <message>
        <source>Saved in the keychain</source>
        <translation>已保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Enter the SecretId.</source>
        <translation>请输入 SecretId。</translation>
    </message>
    <message>
        <source>Enter the SecretKey.</source>
        <translation>请输入 SecretKey。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Never shown again: type a new key to replace it.</source>
        <translation>已保存的密钥不会再显示：输入新密钥即可替换。</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file.</source>
        <translation>保存在系统钥匙串中，绝不会写入文件。</translation>
    </message>
</context>
<context>
    <name>trro::ProfileStore</name>
    <message>
        <source>The profile name is empty.</source>
        <translation>配置档案名称为空。</translation>
    </message>
    <message>
        <source>The profile name is longer than 64 characters.</source>
        <translation>配置档案名称超过 64 个字符。</translation>
    </message>
    <message>
        <source>The profile name must not start with &quot;.&quot; or &quot;-&quot;.</source>
        <translation>配置档案名称不能以“.”或“-”开头。</translation>
    </message>
    <message>
        <source>The profile name may only contain letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; (not &quot;%1&quot;).</source>
        <translation>配置档案名称只能包含字母、数字、“.”、“_”和“-”（不能包含“%1”）。</translation>
    </message>
    <message>
        <source>The SecretId is empty.</source>
        <translation>SecretId 为空。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的配置档案。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的配置档案已存在。</translation>
    </message>
</context>
<context>
    <name>trro::RequestScheduler</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>No answer to %1 within the deadline of %2 s (%3 attempts).</source>
        <translation>%1 未在 %2 秒的期限内得到应答（共尝试 %3 次）。</translation>
    </message>
</context>
<context>
    <name>trro::SavedViews</name>
    <message>
        <source>The views file is larger than %1 KiB.</source>
        <translation>视图文件大于 %1 KiB。</translation>
    </message>
    <message>
        <source>This is not a saved-views file (version 1).</source>
        <translation>这不是已保存视图文件（版本 1）。</translation>
    </message>
    <message>
        <source>The file holds more than %1 views.</source>
        <translation>文件中的视图超过 %1 个。</translation>
    </message>
    <message>
        <source>View %1 has no valid name.</source>
        <translation>第 %1 个视图没有有效的名称。</translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; is damaged or not of this version.</source>
        <translation>视图“%1”已损坏或不属于此版本。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>trro::SavedViewsMenu</name>
    <message>
        <source>&amp;Save current view…</source>
        <translation>保存当前视图(&amp;S)…</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>没有已保存的视图</translation>
    </message>
    <message>
        <source>&amp;Delete saved view</source>
        <translation>删除已保存的视图(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export views…</source>
        <translation>导出视图(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import views…</source>
        <translation>导入视图(&amp;I)…</translation>
    </message>
    <message>
        <source>A view needs a name of at most %1 characters.</source>
        <translation>视图需要一个不超过 %1 个字符的名称。</translation>
    </message>
    <message>
        <source>There are already %1 saved views: delete one first.</source>
        <translation>已保存的视图已达 %1 个：请先删除一个。</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;</source>
        <translation>已保存视图“%1”</translation>
    </message>
    <message>
        <source>Opened the view &quot;%1&quot;</source>
        <translation>已打开视图“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n view(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个视图导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There are already %1 saved views: delete some first.</source>
        <translation>已保存的视图已达 %1 个：请先删除一些。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n view(s)</source>
        <translation>
            <numerusform>已导入 %n 个视图</numerusform>
        </translation>
    </message>
    <message>
        <source>Save current view</source>
        <translation>保存当前视图</translation>
    </message>
    <message>
        <source>Name of the view (project, interval, range, devices and page):</source>
        <translation>视图名称（保存项目、统计周期、时间范围、设备和页面）：</translation>
    </message>
    <message>
        <source>Export views</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <source>Saved views (*.json)</source>
        <translation>已保存的视图 (*.json)</translation>
    </message>
    <message>
        <source>Import views</source>
        <translation>导入视图</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
</context>
<context>
    <name>trro::SessionChartBuilder</name>
    <message>
        <source>Capture</source>
        <translation>采集</translation>
    </message>
    <message>
        <source>Encode</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>渲染</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Cockpit</source>
        <translation>驾驶舱</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Bit rate (kbps)</source>
        <translation>码率 (kbps)</translation>
    </message>
    <message>
        <source>Estimated bit rate (kbps)</source>
        <translation>评估码率 (kbps)</translation>
    </message>
    <message>
        <source>Total estimated bit rate (kbps)</source>
        <translation>总评估码率 (kbps)</translation>
    </message>
    <message>
        <source>Frame rate (fps)</source>
        <translation>帧率 (fps)</translation>
    </message>
    <message>
        <source>Average frame interval (ms)</source>
        <translation>平均帧间隔 (ms)</translation>
    </message>
    <message>
        <source>Largest frame interval (ms)</source>
        <translation>最大帧间隔 (ms)</translation>
    </message>
    <message>
        <source>Packet loss (%)</source>
        <translation>丢包率 (%)</translation>
    </message>
    <message>
        <source>NACK requests</source>
        <translation>NACK 请求数</translation>
    </message>
    <message>
        <source>Network latency (ms)</source>
        <translation>网络时延 (ms)</translation>
    </message>
    <message>
        <source>Video latency (ms)</source>
        <translation>视频时延 (ms)</translation>
    </message>
    <message>
        <source>Control latency (ms)</source>
        <translation>控制时延 (ms)</translation>
    </message>
    <message>
        <source>Capture time (ms)</source>
        <translation>采集耗时 (ms)</translation>
    </message>
    <message>
        <source>Encode time (ms)</source>
        <translation>编码耗时 (ms)</translation>
    </message>
    <message>
        <source>Decode time (ms)</source>
        <translation>解码耗时 (ms)</translation>
    </message>
    <message>
        <source>Render time (ms)</source>
        <translation>渲染耗时 (ms)</translation>
    </message>
    <message>
        <source>Stutters over 100 ms</source>
        <translation>超过 100 ms 的卡顿次数</translation>
    </message>
    <message>
        <source>Stutters over 150 ms</source>
        <translation>超过 150 ms 的卡顿次数</translation>
    </message>
    <message>
        <source>Stutter time over 100 ms (ms)</source>
        <translation>超过 100 ms 的卡顿时长 (ms)</translation>
    </message>
    <message>
        <source>Stutter time over 150 ms (ms)</source>
        <translation>超过 150 ms 的卡顿时长 (ms)</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <source>Memory (%)</source>
        <translation>内存 (%)</translation>
    </message>
    <message>
        <source>Bit rate against the estimate (kbps)</source>
        <translation>码率与评估码率 (kbps)</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>Frame intervals (ms)</source>
        <translation>帧间隔 (ms)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>CPU and memory (%)</source>
        <translation>CPU 与内存 (%)</translation>
    </message>
    <message>
        <source>Latency by stage (ms)</source>
        <translation>各环节时延 (ms)</translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation>网络 %1</translation>
    </message>
    <message>
        <source>Network cards: throughput (kbps)</source>
        <translation>网卡吞吐量 (kbps)</translation>
    </message>
    <message>
        <source>%1 card %2</source>
        <translation>%1 网卡 %2</translation>
    </message>
    <message>
        <source>%1 card %2 (%3)</source>
        <translation>%1 网卡 %2 (%3)</translation>
    </message>
    <message>
        <source>%1: round trip (ms), loss over %2 marked</source>
        <translation>%1：往返时延 (ms)，丢包率超过 %2 处已标出</translation>
    </message>
    <message>
        <source>RTT (ms)</source>
        <translation>往返时延 (ms)</translation>
    </message>
    <message>
        <source>send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>接收</translation>
    </message>
</context>
<context>
    <name>trro::SessionChartsView</name>
    <message>
        <source>Session charts</source>
        <translation>会话图表</translation>
    </message>
    <message>
        <source>No samples in this session</source>
        <translation>此会话没有采样数据</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>网卡 %1</translation>
    </message>
    <message>
        <source>RTT (ms)</source>
        <translation>往返时延 (ms)</translation>
    </message>
    <message>
        <source>loss (%)</source>
        <translation>丢包率 (%)</translation>
    </message>
    <message>
        <source>send (kbps)</source>
        <translation>发送 (kbps)</translation>
    </message>
    <message>
        <source>receive (kbps)</source>
        <translation>接收 (kbps)</translation>
    </message>
</context>
<context>
    <name>trro::SessionCsvExport</name>
    <message>
        <source>Side</source>
        <translation>端</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Unix time</source>
        <translation>Unix 时间</translation>
    </message>
</context>
<context>
    <name>trro::SessionDiagnosis</name>
    <message>
        <source>the vehicle</source>
        <translation>车辆端</translation>
    </message>
    <message>
        <source>the cockpit</source>
        <translation>驾驶舱端</translation>
    </message>
    <message>
        <source>an unknown device</source>
        <translation>未知设备</translation>
    </message>
    <message>
        <source>network latency</source>
        <translation>网络时延</translation>
    </message>
    <message>
        <source>packet loss</source>
        <translation>丢包率</translation>
    </message>
    <message>
        <source>the frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>the longest frame gap</source>
        <translation>最大帧间隔</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>the round-trip time</source>
        <translation>往返时延</translation>
    </message>
    <message>
        <source>the card&apos;s packet loss</source>
        <translation>网卡丢包率</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>On %1, %2 was below %3 for %4 (%5 of the session); median %6, lowest %7.</source>
        <translation>%1的%2低于 %3 的时间共 %4（占会话的 %5）；中位数 %6，最低 %7。</translation>
    </message>
    <message>
        <source>On %1, %2 was above %3 for %4 (%5 of the session); p95 %6, highest %7.</source>
        <translation>%1的%2高于 %3 的时间共 %4（占会话的 %5）；p95 为 %6，最高 %7。</translation>
    </message>
    <message>
        <source>round-trip time above %1 for %2</source>
        <translation>往返时延高于 %1 共 %2</translation>
    </message>
    <message>
        <source>loss above %1 for %2</source>
        <translation>丢包率高于 %1 共 %2</translation>
    </message>
    <message>
        <source>Network card %1 on %2 degraded: %3.</source>
        <translation>%2的网卡 %1 质量下降：%3。</translation>
    </message>
    <message>
        <source>Network card %1 (%2) on %3 degraded: %4.</source>
        <translation>%3的网卡 %1（%2）质量下降：%4。</translation>
    </message>
    <message>
        <source>On %1, the video was %2×%3, below the configured %4×%5.</source>
        <translation>%1的视频为 %2×%3，低于配置的 %4×%5。</translation>
    </message>
    <message>
        <source>capture</source>
        <translation>采集</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>decoding</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>渲染</translation>
    </message>
    <message>
        <source>Most of the end-to-end latency comes from %1: %2 of it (mean %3 of %4 over capture, encoding, network, decoding and rendering).</source>
        <translation>端到端时延主要来自%1：占 %2（平均 %3，采集、编码、网络、解码与渲染合计 %4）。</translation>
    </message>
    <message>
        <source>the round-trip time of network card %1</source>
        <translation>网卡 %1 的往返时延</translation>
    </message>
    <message>
        <source>the packet loss of network card %1</source>
        <translation>网卡 %1 的丢包率</translation>
    </message>
    <message>
        <source>%1 on %2 down to %3</source>
        <translation>%2的%1低至 %3</translation>
    </message>
    <message>
        <source>%1 on %2 up to %3</source>
        <translation>%2的%1高达 %3</translation>
    </message>
    <message>
        <source>The worst stretch was from %1 to %2 into the session (%3): %4.</source>
        <translation>最差的一段在会话开始后 %1 至 %2（%3）：%4。</translation>
    </message>
    <message>
        <source>No metric crossed its threshold: the session was clean.</source>
        <translation>没有指标超过阈值：本次会话一切正常。</translation>
    </message>
    <message>
        <source>The service returned no samples for this session.</source>
        <translation>服务没有返回该会话的任何采样。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>On %1, frames stalled for more than 150 ms for %2 in all (%3 of the session).</source>
        <translation>%1的画面卡顿（帧间隔超过 150 ms）累计 %2（占会话的 %3）。</translation>
    </message>
</context>
<context>
    <name>trro::SessionExport</name>
    <message>
        <source>Side</source>
        <translation>端</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>采样数</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Past threshold</source>
        <translation>超过阈值的时长</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Cockpit</source>
        <translation>驾驶舱</translation>
    </message>
    <message>
        <source>  %1 %2: %3 to %4 (%5), %6 samples, SDK %7 %8</source>
        <translation>  %1 %2：%3 至 %4（%5），%6 个采样，SDK %7 %8</translation>
    </message>
    <message>
        <source>, %1×%2</source>
        <translation>，%1×%2</translation>
    </message>
    <message>
        <source> (configured %1×%2)</source>
        <translation>（配置为 %1×%2）</translation>
    </message>
    <message>
        <source>Findings, worst first:</source>
        <translation>诊断结果（最严重的在前）：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>  [%1] %2</source>
        <translation>  [%1] %2</translation>
    </message>
</context>
<context>
    <name>trro::SessionListModel</name>
    <message>
        <source>The session ends before it starts (as reported by the service)</source>
        <translation>会话的结束时间早于开始时间（服务返回的数据如此）</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Cockpit</source>
        <translation>驾驶舱</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>较差</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>trro::SessionView</name>
    <message>
        <source>Session view</source>
        <translation>会话视图</translation>
    </message>
    <message>
        <source>Loading the session</source>
        <translation>正在加载会话</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Findings of the diagnosis</source>
        <translation>诊断结果</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the moment on the charts</source>
        <translation>双击或按回车键在图表上显示该时刻</translation>
    </message>
    <message>
        <source>SDK %1</source>
        <translation>SDK %1</translation>
    </message>
    <message>
        <source>mode %1</source>
        <translation>模式 %1</translation>
    </message>
    <message>
        <source>resolution %1</source>
        <translation>分辨率 %1</translation>
    </message>
    <message>
        <source>resolution %1, below the configured %2</source>
        <translation>分辨率 %1，低于配置的 %2</translation>
    </message>
    <message>
        <source>resolution %1 as configured</source>
        <translation>分辨率 %1，与配置一致</translation>
    </message>
    <message>
        <source>multi-network</source>
        <translation>多网</translation>
    </message>
    <message>
        <source>single network</source>
        <translation>单网</translation>
    </message>
    <message>
        <source>No session open</source>
        <translation>未打开会话</translation>
    </message>
    <message>
        <source>Double-click a session in the device view.</source>
        <translation>在设备视图中双击一个会话。</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>开始于 %1</translation>
    </message>
    <message>
        <source>lasted %1</source>
        <translation>持续 %1</translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation>质量 %1</translation>
    </message>
    <message>
        <source>not up to date (last update failed)</source>
        <translation>非最新数据（上次更新失败）</translation>
    </message>
    <message>
        <source>Loading the session&apos;s samples…</source>
        <translation>正在加载会话的采样数据…</translation>
    </message>
    <message>
        <source>The service sent no samples for this session.</source>
        <translation>服务未返回此会话的采样数据。</translation>
    </message>
    <message>
        <source>Nothing stands out: every metric stayed within its threshold.</source>
        <translation>没有异常：所有指标都在阈值之内。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), the worst first. Activate one to see its moment.</source>
        <translation>
            <numerusform>%n 项发现，最严重的在前。激活一项可查看其时刻。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n array(s) of the answer did not match the sample times (%1): only the samples that line up are shown.</source>
        <translation>
            <numerusform>应答中有 %n 个数组与采样时间不一致（%1）：只显示能对齐的采样。</numerusform>
        </translation>
    </message>
    <message>
        <source>live: samples up to %1, asked for every few seconds</source>
        <translation>实时：样本截至 %1，每隔几秒获取</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>ended: its last sample is at %1; nothing more is asked for</source>
        <translation>已结束：最后样本在 %1；不再获取</translation>
    </message>
    <message>
        <source>ran for %1</source>
        <translation>已运行 %1</translation>
    </message>
</context>
<context>
    <name>trro::SharedStatsStore</name>
    <message>
        <source>its schema is at version %1, readers need version 3 or later: run this version&apos;s trro-collector once</source>
        <translation>其结构版本为 %1，读取需要版本 3 或更高：请先运行一次本版本的 trro-collector</translation>
    </message>
    <message>
        <source>The shared history store %1 is unreachable; statistics come from the service and the local cache (%2).</source>
        <translation>无法连接共享历史库 %1；统计数据改由服务和本地缓存提供（%2）。</translation>
    </message>
    <message>
        <source>The shared history store holds statistics of %1 that do not fit together; they are asked from the service.</source>
        <translation>共享历史库中 %1 的统计数据相互矛盾；改为向服务查询。</translation>
    </message>
</context>
<context>
    <name>trro::SharedStoreBox</name>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Shared history store</source>
        <translation>共享历史库</translation>
    </message>
    <message>
        <source>none (for example postgresql:///trro?host=/run/postgresql)</source>
        <translation>无（例如 postgresql:///trro?host=/run/postgresql）</translation>
    </message>
</context>
<context>
    <name>trro::StatsCache</name>
    <message>
        <source>The statistics cache is off: cannot create the folder of %1.</source>
        <translation>统计缓存已停用：无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>The statistics cache %1 was set aside as %2 (%3); a new one is created.</source>
        <translation>统计缓存 %1 已移至 %2（%3），将新建一个缓存。</translation>
    </message>
    <message>
        <source>The statistics cache %1 cannot be used: it is off for this run.</source>
        <translation>统计缓存 %1 无法使用：本次运行期间停用。</translation>
    </message>
    <message>
        <source>The statistics cache could not %1: %2</source>
        <translation>统计缓存无法%1：%2</translation>
    </message>
    <message>
        <source>The statistics cache %1 is damaged and %2; it is off for this run.</source>
        <translation>统计缓存 %1 已损坏，且%2；本次运行期间停用。</translation>
    </message>
    <message>
        <source>The statistics cache %1 was damaged; it was set aside as %2 and a new one is created.</source>
        <translation>统计缓存 %1 已损坏，已移至 %2，将新建一个缓存。</translation>
    </message>
    <message>
        <source>start a write</source>
        <translation>开始写入</translation>
    </message>
    <message>
        <source>save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>limit its size</source>
        <translation>限制其大小</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>store its size limit</source>
        <translation>保存其大小上限</translation>
    </message>
    <message>
        <source>The statistics cache %1 is off for this run: %2.</source>
        <translation>统计缓存 %1 在本次运行中停用：%2。</translation>
    </message>
    <message>
        <source>The statistics cache holds %1 implausible row(s) (column %2) for project %3; they are ignored and fetched again.</source>
        <translation>统计缓存中项目 %3 有 %1 行数据不合理（列 %2）；已忽略这些行并重新获取。</translation>
    </message>
</context>
<context>
    <name>trro::StatsExport</name>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Not bad %</source>
        <translation>优良会话占比（%）</translation>
    </message>
    <message>
        <source>Field devices</source>
        <translation>活跃现场设备数</translation>
    </message>
    <message>
        <source>Remote devices</source>
        <translation>活跃远端设备数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>最近上报时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Field device</source>
        <translation>现场设备</translation>
    </message>
    <message>
        <source>Remote device</source>
        <translation>远端设备</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>无上报</translation>
    </message>
</context>
<context>
    <name>trro::StoreFiguresReader</name>
    <message>
        <source>The store could not be read: %1</source>
        <translation>无法读取存储：%1</translation>
    </message>
</context>
<context>
    <name>trro::TccliImport</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a tccli file.</source>
        <translation>%1 太大，不可能是 tccli 配置文件。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2).</source>
        <translation>%1 不是 JSON 对象（%2）。</translation>
    </message>
    <message>
        <source>The tccli profile &quot;%1&quot; uses a role instead of a key pair; only profiles with secretId and secretKey can be imported.</source>
        <translation>tccli 配置档案“%1”使用的是角色而不是密钥对；只能导入包含 secretId 和 secretKey 的配置档案。</translation>
    </message>
    <message>
        <source>The tccli profile &quot;%1&quot; has no secretId or no secretKey.</source>
        <translation>tccli 配置档案“%1”缺少 secretId 或 secretKey。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的配置档案已存在。</translation>
    </message>
</context>
<context>
    <name>trro::TccliImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import from tccli</source>
        <translation>从 tccli 导入</translation>
    </message>
    <message>
        <source>tccli profile</source>
        <translation>tccli 配置档案</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置档案名称</translation>
    </message>
    <message>
        <source>Profiles of the Tencent Cloud command line. The SecretKey is moved into the system keychain; the tccli files are not changed.</source>
        <translation>腾讯云命令行工具（tccli）的配置档案。SecretKey 将存入系统钥匙串；tccli 的文件不会被修改。</translation>
    </message>
    <message>
        <source>tccli &amp;profile:</source>
        <translation>tccli 配置档案(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>No tccli profile was found in %1.</source>
        <translation>在 %1 中未找到 tccli 配置档案。</translation>
    </message>
    <message>
        <source>SecretId %1, region %2, endpoint %3</source>
        <translation>SecretId：%1，地域：%2，接入地址：%3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation>正在将密钥保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>Imported as &quot;%1&quot;.</source>
        <translation>已导入为“%1”。</translation>
    </message>
</context>
<context>
    <name>trro::TimeSpec</name>
    <message>
        <source>&quot;%1&quot; is not a time: use unix seconds, ISO-8601 with Z or an offset (2024-05-01T08:00:00+08:00), a date (2024-05-01), or now, -24h, -7d.</source>
        <translation>“%1”不是有效的时间：请使用 Unix 秒、带 Z 或时区偏移的 ISO-8601 时间（2024-05-01T08:00:00+08:00）、日期（2024-05-01），或 now、-24h、-7d。</translation>
    </message>
</context>
<context>
    <name>trro::TrroApi</name>
    <message>
        <source>The list from %1 was not complete within the deadline of %2 s (%3 pages).</source>
        <translation>%1 的列表未在 %2 秒的期限内取完（已取 %3 页）。</translation>
    </message>
    <message>
        <source>The service sent more items of %1 than its Total of %2.</source>
        <translation>服务为 %1 发来的条目多于其 Total 所称的 %2 条。</translation>
    </message>
    <message>
        <source>The list from %1 did not end after %2 pages (Total %3).</source>
        <translation>%1 的列表在 %2 页后仍未结束（Total 为 %3）。</translation>
    </message>
    <message>
        <source>The service sent %1 buckets for a range that has room for at most %2.</source>
        <translation>服务发来了 %1 个时段，而该时间范围至多容纳 %2 个。</translation>
    </message>
</context>
<context>
    <name>trro::UsageApi</name>
    <message>
        <source>GetDurationDetails sent the day %1, outside the range asked for: left out.</source>
        <translation>GetDurationDetails 发送了所请求范围之外的日期 %1：已略去。</translation>
    </message>
</context>
<context>
    <name>trro::UsageChartsView</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Band (± 1 SD)</source>
        <translation>区间（± 1 个标准差）</translation>
    </message>
    <message>
        <source>Minutes per day by resolution tier</source>
        <translation>按分辨率档位的每日分钟数</translation>
    </message>
    <message>
        <source>Minutes per day by tier</source>
        <translation>按档位的每日分钟数</translation>
    </message>
    <message>
        <source>No minutes in this range</source>
        <translation>此时间范围内没有分钟数</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>已剔除</translation>
    </message>
    <message>
        <source>Session minutes</source>
        <translation>会话分钟数</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Forecast a day</source>
        <translation>每日预测</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>本月至今</translation>
    </message>
    <message>
        <source>Forecast to the month&apos;s end</source>
        <translation>至月底的预测</translation>
    </message>
</context>
<context>
    <name>trro::UsageDaysModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The service sent an impossible value here: it was left out of every sum.</source>
        <translation>服务在此发送了不可能的数值：已从所有合计中剔除。</translation>
    </message>
    <message>
        <source>Minutes of sessions: every tier but Online and Multi-Online</source>
        <translation>会话分钟数：除“在线”和“多网在线”以外的所有档位</translation>
    </message>
    <message>
        <source>Billed minutes (DeductDuration), as the service counts them</source>
        <translation>计费分钟数（DeductDuration），按服务的统计</translation>
    </message>
    <message>
        <source>The service&apos;s day (China time, UTC+8)</source>
        <translation>服务的日期（中国时间，UTC+8）</translation>
    </message>
    <message>
        <source>Minutes at %1 (the API&apos;s %2)</source>
        <translation>%1 的分钟数（API 字段 %2）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Session minutes</source>
        <translation>会话分钟数</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>计费</translation>
    </message>
</context>
<context>
    <name>trro::UsageExport</name>
    <message>
        <source>Billed</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Session minutes</source>
        <translation>会话分钟</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Day start</source>
        <translation>日开始</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Month start</source>
        <translation>月初</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>月末</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>本月至今</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Baseline days</source>
        <translation>基准天数</translation>
    </message>
    <message>
        <source>Mean a day</source>
        <translation>日均</translation>
    </message>
    <message>
        <source>Spread a day</source>
        <translation>日标准差</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证数</translation>
    </message>
    <message>
        <source>Remain days</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Term (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Licence ids</source>
        <translation>许可证 ID</translation>
    </message>
    <message>
        <source>Month left (min)</source>
        <translation>本月剩余（分钟）</translation>
    </message>
    <message>
        <source>Month cap (min)</source>
        <translation>每月上限（分钟）</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数（当前）</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>trro::UsageFigure</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(not current)</source>
        <translation>（非最新）</translation>
    </message>
</context>
<context>
    <name>trro::UsagePage</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>&amp;Whole project</source>
        <translation>整个项目(&amp;W)</translation>
    </message>
    <message>
        <source>Session minutes in the range</source>
        <translation>范围内的会话分钟数</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>本月至今</translation>
    </message>
    <message>
        <source>Forecast to the month&apos;s end</source>
        <translation>至月底的预测</translation>
    </message>
    <message>
        <source>Licences expiring this month</source>
        <translation>本月到期的许可证</translation>
    </message>
    <message>
        <source>Usage and licences</source>
        <translation>用量与许可证</translation>
    </message>
    <message>
        <source>Days are the service&apos;s days, in China time (UTC+8)</source>
        <translation>日期为服务的日期，采用中国时间（UTC+8）</translation>
    </message>
    <message>
        <source>Show the usage of the whole project</source>
        <translation>显示整个项目的用量</translation>
    </message>
    <message>
        <source>The minutes of the month so far, plus the mean of the last 7 whole days for every day left; the band is the mean plus or minus one standard deviation</source>
        <translation>本月至今的分钟数，加上剩余每天按最近 7 个完整日的平均值计算；区间为平均值加减一个标准差</translation>
    </message>
    <message>
        <source>Usage status</source>
        <translation>用量状态</translation>
    </message>
    <message>
        <source>Minutes per day by resolution tier</source>
        <translation>按分辨率档位的每日分钟数</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Usage of %1</source>
        <translation>%1 的用量</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s); billed %1</source>
        <translation>
            <numerusform>%n 天；计费 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>the month of the figure, a QDate format</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Band %1 – %2</source>
        <translation>区间 %1 – %2</translation>
    </message>
    <message>
        <source>%1 valid, %2 expired</source>
        <translation>%1 个有效，%2 个已过期</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The last refresh failed; the figures shown are older. %1</source>
        <translation>上次刷新失败；显示的数据较旧。%1</translation>
    </message>
    <message numerus="yes">
        <source>%n impossible value(s) from the service left out: %1</source>
        <translation>
            <numerusform>已剔除服务发送的 %n 个不可能的数值：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trro::UsageTier</name>
    <message>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>标清</translation>
    </message>
    <message>
        <source>HD</source>
        <translation>高清</translation>
    </message>
    <message>
        <source>FHD</source>
        <translation>全高清</translation>
    </message>
    <message>
        <source>2K</source>
        <translation>2K</translation>
    </message>
    <message>
        <source>4K</source>
        <translation>4K</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Multi-SD</source>
        <translation>多网标清</translation>
    </message>
    <message>
        <source>Multi-HD</source>
        <translation>多网高清</translation>
    </message>
    <message>
        <source>Multi-FHD</source>
        <translation>多网全高清</translation>
    </message>
    <message>
        <source>Multi-2K</source>
        <translation>多网 2K</translation>
    </message>
    <message>
        <source>Multi-4K</source>
        <translation>多网 4K</translation>
    </message>
    <message>
        <source>Multi-Online</source>
        <translation>多网在线</translation>
    </message>
</context>
<context>
    <name>trro::ViewLinks</name>
    <message>
        <source>The link has too many parameters.</source>
        <translation>链接的参数过多。</translation>
    </message>
    <message>
        <source>The link has an unknown parameter &quot;%1&quot;.</source>
        <translation>链接含有未知参数“%1”。</translation>
    </message>
    <message>
        <source>The link gives &quot;%1&quot; twice.</source>
        <translation>链接中“%1”出现了两次。</translation>
    </message>
    <message>
        <source>The link&apos;s %1 and %2 must be times from 2000 to 2100, %1 before %2.</source>
        <translation>链接的 %1 和 %2 必须是 2000 年至 2100 年之间的时间，且 %1 早于 %2。</translation>
    </message>
    <message>
        <source>The link&apos;s device is not a device id.</source>
        <translation>链接中的设备不是有效的设备 ID。</translation>
    </message>
    <message>
        <source>The link&apos;s session needs a device and a session id.</source>
        <translation>链接中的会话需要设备和会话 ID。</translation>
    </message>
    <message>
        <source>The link is longer than %1 characters.</source>
        <translation>链接超过 %1 个字符。</translation>
    </message>
    <message>
        <source>This is not a dashboard link (trro-dashboard://open?...).</source>
        <translation>这不是仪表盘链接（trro-dashboard://open?...）。</translation>
    </message>
    <message>
        <source>The link has no valid project.</source>
        <translation>链接中没有有效的项目。</translation>
    </message>
    <message>
        <source>The link&apos;s interval must be hour, day or month.</source>
        <translation>链接的统计周期必须为 hour、day 或 month。</translation>
    </message>
    <message>
        <source>The link&apos;s profile is not a profile name.</source>
        <translation>链接中的配置档案不是有效的档案名称。</translation>
    </message>
</context>
<context>
    <name>trro::ViewState</name>
    <message>
        <source>Time locked: refreshes keep this period</source>
        <translation>时间已锁定：刷新时保持此时间段</translation>
    </message>
    <message>
        <source>Time unlocked: the range follows the clock again</source>
        <translation>时间已解锁：时间范围重新跟随当前时间</translation>
    </message>
    <message>
        <source>Loading the projects…</source>
        <translation>正在加载项目…</translation>
    </message>
    <message>
        <source>This account has no TRRO project yet.</source>
        <translation>此账号还没有 TRRO 项目。</translation>
    </message>
    <message>
        <source>Project %1 was not found; showing %2.</source>
        <translation>未找到项目 %1，现显示 %2。</translation>
    </message>
</context>
<context>
    <name>trro::ViewTools</name>
    <message>
        <source>V&amp;iews</source>
        <translation>视图与链接(&amp;I)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Export alert rules</source>
        <translation>导出告警规则</translation>
    </message>
    <message>
        <source>Import alert rules</source>
        <translation>导入告警规则</translation>
    </message>
    <message>
        <source>Alert rules (*.json)</source>
        <translation>告警规则 (*.json)</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>告警规则</translation>
    </message>
    <message>
        <source>Alert rules read from %1</source>
        <translation>已从 %1 读取告警规则</translation>
    </message>
    <message>
        <source>Alert rules changed</source>
        <translation>告警规则已更改</translation>
    </message>
</context>
<context>
    <name>trro::WallDisplay</name>
    <message>
        <source>TRRO wall display</source>
        <translation>TRRO 墙面显示</translation>
    </message>
    <message>
        <source>Wall display</source>
        <translation>墙面显示</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>车队</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>正在运行</translation>
    </message>
    <message numerus="yes">
        <source>Running now · %n without a report</source>
        <translation>
            <numerusform>正在运行 · %n 个无上报</numerusform>
        </translation>
    </message>
    <message>
        <source>Not bad, last 60 min</source>
        <translation>最近 60 分钟优良会话占比</translation>
    </message>
    <message>
        <source>Sessions today</source>
        <translation>今日会话</translation>
    </message>
    <message>
        <source>Sessions today · %1 min</source>
        <translation>今日会话 · %1 分钟</translation>
    </message>
    <message>
        <source>Worst running sessions</source>
        <translation>最差的运行中会话</translation>
    </message>
    <message>
        <source>no report for %1</source>
        <translation>%1 无上报</translation>
    </message>
    <message>
        <source>No session is running.</source>
        <translation>没有正在运行的会话。</translation>
    </message>
    <message>
        <source>Active alerts · %1</source>
        <translation>活动告警 · %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The service cannot be reached: %1. The figures are from %2 (%3 old); retrying every %4 s.</source>
        <translation>无法连接服务：%1。数据来自 %2（已有 %3），每 %4 秒重试。</translation>
    </message>
    <message>
        <source>The service cannot be reached: %1. Retrying every %2 s.</source>
        <translation>无法连接服务：%1。每 %2 秒重试。</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
</context>
<context>
    <name>trro::WelcomePage</name>
    <message>
        <source>Welcome to the TRRO fleet dashboard</source>
        <translation>欢迎使用 TRRO 车队仪表盘</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>添加配置档案(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import from tccli…</source>
        <translation>从 tccli 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Session statistics of your remote-operation fleet: sessions, minutes and quality per hour, day or month, from the whole fleet down to one vehicle and one session.

To connect to Tencent Cloud, add a profile with an API key (SecretId and SecretKey). The SecretKey is kept in the system keychain, never in a file.

No key at hand? The demo runs the dashboard on a built-in simulated fleet.</source>
        <translation>远程操控车队的会话统计：按小时、天或月查看会话数、时长和质量，可从整个车队逐级深入到单台车辆和单个会话。

要连接腾讯云，请添加包含 API 密钥（SecretId 和 SecretKey）的配置档案。SecretKey 保存在系统钥匙串中，绝不会写入文件。

手头没有密钥？演示模式会在内置的模拟车队上运行仪表盘。</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>添加配置档案</translation>
    </message>
    <message>
        <source>Import from tccli</source>
        <translation>从 tccli 导入</translation>
    </message>
    <message>
        <source>Import a profile of the Tencent Cloud command line (~/.tccli); its files are left untouched.</source>
        <translation>导入腾讯云命令行工具的配置档案（~/.tccli），不会改动其文件。</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示</translation>
    </message>
</context>
<context>
    <name>trro::WhyAnswerView</name>
    <message>
        <source>Values of every dimension, against the baseline</source>
        <translation>各维度的取值与基线的比较</translation>
    </message>
    <message>
        <source>Sessions of the chosen value</source>
        <translation>所选取值的会话</translation>
    </message>
    <message>
        <source>No value&apos;s bad share differs from the baseline&apos;s at the adjusted level of %1.</source>
        <translation>在校正后的 %1 水平下，没有任何取值的差会话比例与基线不同。</translation>
    </message>
    <message>
        <source>Select a span on a chart (Ctrl+drag, or the right button on an interval) and choose &quot;Why did quality change here?&quot;.</source>
        <translation>在图表上选择一个时段（按住 Ctrl 拖动，或在区间上单击右键），然后选择“这里的质量为何变化？”。</translation>
    </message>
    <message>
        <source>Click a row to list its sessions in the span.</source>
        <translation>单击一行以列出其在时段内的会话。</translation>
    </message>
</context>
<context>
    <name>trro::WhyController</name>
    <message>
        <source>The span and the baseline must each be longer than 0 and at most 31 days.</source>
        <translation>时段和基线都必须长于 0 且不超过 31 天。</translation>
    </message>
</context>
<context>
    <name>trro::WhyPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Why did quality change?</source>
        <translation>质量为何变化？</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>The same length just before</source>
        <translation>紧邻其前的等长时段</translation>
    </message>
    <message>
        <source>The same span a week earlier</source>
        <translation>一周前的同一时段</translation>
    </message>
    <message>
        <source>A span I choose</source>
        <translation>自选时段</translation>
    </message>
    <message>
        <source>Start of the baseline</source>
        <translation>基线开始</translation>
    </message>
    <message>
        <source>End of the baseline</source>
        <translation>基线结束</translation>
    </message>
    <message>
        <source>Reads the details of the span&apos;s bad sessions and a sample of good ones: one request each</source>
        <translation>读取时段内差会话及部分抽样好会话的详情：每个会话一次请求</translation>
    </message>
    <message>
        <source>Session details: %v of %m</source>
        <translation>会话详情：%v / %m</translation>
    </message>
    <message>
        <source>Cancel the question</source>
        <translation>取消此次询问</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>基线(&amp;B)：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) for the estimate</source>
        <translation>
            <numerusform>估计需 %n 次请求</numerusform>
        </translation>
    </message>
    <message>
        <source>none for the whole session lists (in memory)</source>
        <translation>完整会话列表无需请求（已在内存中）</translation>
    </message>
    <message numerus="yes">
        <source>%n for the whole session lists</source>
        <translation>
            <numerusform>完整会话列表需 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>a request per 100 sessions for the whole lists</source>
        <translation>完整列表每 100 个会话一次请求</translation>
    </message>
    <message numerus="yes">
        <source>%n for the statistics check and the names</source>
        <translation>
            <numerusform>统计核对和名称需 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n for session details</source>
        <translation>
            <numerusform>会话详情最多 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1; about %2 s at the rate limit.</source>
        <translation>开销：%1；按速率限制约 %2 秒。</translation>
    </message>
    <message numerus="yes">
        <source>(network, SDK and latency stage read session details: up to %n request(s), about %1 s)</source>
        <translation>
            <numerusform>（网络、SDK 和延迟环节需读取会话详情：最多 %n 次请求，约 %1 秒）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Estimating from a sample of the session lists…</source>
        <translation>正在根据会话列表的抽样进行估计…</translation>
    </message>
    <message>
        <source>Estimate from %1 of %2 sessions; reading the whole lists for the full answer…</source>
        <translation>基于 %2 个会话中的 %1 个得出估计；正在读取完整列表以得出完整结果…</translation>
    </message>
    <message>
        <source>Reading the session lists…</source>
        <translation>正在读取会话列表…</translation>
    </message>
    <message>
        <source>Full answer over %1 sessions in the span and %2 in the baseline.</source>
        <translation>完整结果：时段内 %1 个会话，基线中 %2 个会话。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>The answer below is the last good one, for %1.</source>
        <translation>下方结果是上一次成功的结果，对应 %1。</translation>
    </message>
</context>
<context>
    <name>trro::WhyTools</name>
    <message>
        <source>Why?</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Why did quality change?</source>
        <translation>质量为何变化(&amp;W)？</translation>
    </message>
    <message>
        <source>Compare the selected span (or the range in view) with a baseline along every dimension</source>
        <translation>沿各维度将选中的时段（或当前可见范围）与基线比较</translation>
    </message>
    <message>
        <source>Asking why quality changed</source>
        <translation>查询质量变化原因</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>车队</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>Device %1 (%2)</source>
        <translation>设备 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) in the span (double-click one to open it)</source>
        <translation>
            <numerusform>%1：时段内 %n 个会话（双击打开）</numerusform>
        </translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation>去掉%1</translation>
    </message>
</context>
<context>
    <name>trro::WindowActions</name>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo zoom</source>
        <translation>撤销缩放(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do zoom</source>
        <translation>重做缩放(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find device…</source>
        <translation>查找设备(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Devices &amp;overlaid on the fleet</source>
        <translation>设备叠加在车队图表上(&amp;O)</translation>
    </message>
    <message>
        <source>Devices as &amp;small multiples</source>
        <translation>设备以多个小图分别显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TRRO Dashboard</source>
        <translation>关于 TRRO 仪表盘(&amp;A)</translation>
    </message>
    <message>
        <source>Statistics &amp;cache…</source>
        <translation>统计缓存(&amp;C)…</translation>
    </message>
    <message>
        <source>About TRRO Dashboard</source>
        <translation>关于 TRRO 仪表盘</translation>
    </message>
    <message>
        <source>&lt;b&gt;TRRO Dashboard %1&lt;/b&gt;&lt;p&gt;Fleet statistics of Tencent Cloud Real-time Remote Operation: sessions, session minutes, quality and active devices per interval.&lt;/p&gt;</source>
        <translation>&lt;b&gt;TRRO 仪表盘 %1&lt;/b&gt;&lt;p&gt;腾讯云远程实时操控（TRRO）的车队统计：按时间段展示会话数、会话时长、会话质量和活跃设备数。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>trro::WindowStatus</name>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from the service&apos;s by %n s; requests now use the service&apos;s time. Enable time synchronisation (NTP).</source>
        <translation>
            <numerusform>本机时钟与服务时间相差 %n 秒；请求现已改用服务端时间。请启用时间同步（NTP）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Statistics cache</source>
        <translation>统计缓存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Stale — last good data from %1</source>
        <translation>已过期 — 最近一次有效数据来自 %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) pending</source>
        <translation>
            <numerusform>%n 个请求等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared store unreachable: statistics from the service</source>
        <translation>无法连接共享历史库：统计数据来自服务</translation>
    </message>
    <message>
        <source>Shared store: no complete collection yet</source>
        <translation>共享历史库：尚无完整的采集</translation>
    </message>
    <message>
        <source>Shared store: collected %1</source>
        <translation>共享历史库：采集于 %1</translation>
    </message>
</context>
<context>
    <name>trro::cacheschema</name>
    <message>
        <source>it is not a statistics cache</source>
        <translation>该文件不是统计缓存</translation>
    </message>
    <message>
        <source>it has schema version %1, this program uses %2</source>
        <translation>其结构版本为 %1，而本程序使用版本 %2</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>无法重命名 %1</translation>
    </message>
    <message>
        <source>it has schema version %1 of a newer program, this one uses %2</source>
        <translation>它的结构版本 %1 来自更新的程序，本程序使用 %2</translation>
    </message>
</context>
<context>
    <name>trro::cli</name>
    <message>
        <source>Or use --demo to try the built-in demo service.</source>
        <translation>也可以使用 --demo 试用内置的演示服务。</translation>
    </message>
    <message>
        <source>Without a keychain, set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY instead.</source>
        <translation>如果没有系统钥匙串，请改为设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY。</translation>
    </message>
    <message>
        <source>A file in $CREDENTIALS_DIRECTORY could not be read, is larger than 4 KiB or holds control characters.</source>
        <translation>$CREDENTIALS_DIRECTORY 中的某个文件无法读取、大于 4 KiB 或含有控制字符。</translation>
    </message>
    <message>
        <source>$CREDENTIALS_DIRECTORY needs both tencentcloud-secret-id and tencentcloud-secret-key.</source>
        <translation>$CREDENTIALS_DIRECTORY 中需要同时有 tencentcloud-secret-id 和 tencentcloud-secret-key。</translation>
    </message>
</context>
<context>
    <name>trro::cli::BreakdownCommand</name>
    <message>
        <source>Interval size: hour, day or month (required).</source>
        <translation>时间段大小：hour、day 或 month（必填）。</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVAL</translation>
    </message>
    <message>
        <source>A time inside the interval (required), in the syntax of --from of the other commands: unix seconds, ISO 8601, YYYY-MM-DD[THH:MM] in the --tz zone, -2h, -1d@d, ...</source>
        <translation>时间段内的某个时间点（必填），写法与其他命令的 --from 相同：Unix 时间戳（秒）、ISO 8601、--tz 时区中的 YYYY-MM-DD[THH:MM]、-2h、-1d@d 等。</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Only the estimate from one project-wide session list (a few requests instead of one per device).</source>
        <translation>只输出根据整个项目的会话列表得出的估算值（只需几个请求，而不是每台设备一个请求）。</translation>
    </message>
    <message>
        <source>--at is required: a time inside the interval (e.g. --at -1d@d).</source>
        <translation>必须指定 --at：时间段内的某个时间点（例如 --at -1d@d）。</translation>
    </message>
    <message>
        <source>--at: %1</source>
        <translation>--at：%1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>No sessions in the %1 interval at %2 on any device of the project.</source>
        <translation>项目中没有任何设备在 %2 所在的 %1 时间段内有会话。</translation>
    </message>
    <message>
        <source>Interval: %1 to %2 (the service&apos;s bucket holding %3).</source>
        <translation>时间段：%1 至 %2（服务中包含 %3 的统计区间）。</translation>
    </message>
    <message>
        <source>listing the devices</source>
        <translation>列出设备时</translation>
    </message>
    <message>
        <source>The project %1 has no devices.</source>
        <translation>项目 %1 没有设备。</translation>
    </message>
    <message numerus="yes">
        <source>Estimate from the project&apos;s session list (%n session(s)); exact figures follow, worst first.</source>
        <translation>
            <numerusform>根据项目的会话列表（%n 个会话）得出估算值；精确数字随后按从差到好的顺序获取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement check: DescribeSessionStatistics and DescribeSessionStatisticsByInterval agree over the fleet; the device requests are spread over both actions.</source>
        <translation>一致性检查：DescribeSessionStatistics 与 DescribeSessionStatisticsByInterval 对整个车队的结果一致；各设备的请求分摊到这两个接口。</translation>
    </message>
    <message>
        <source>Agreement check: the two statistics actions disagree over the fleet (or one failed); falling back to DescribeSessionStatisticsByInterval alone.</source>
        <translation>一致性检查：两个统计接口对整个车队的结果不一致（或其中一个失败）；改为只使用 DescribeSessionStatisticsByInterval。</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>台设备</translation>
    </message>
    <message numerus="yes">
        <source>%n exact figure(s) differed from their estimate and replaced it.</source>
        <translation>
            <numerusform>有 %n 个精确数字与估算值不同，已替换估算值。</numerusform>
        </translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>%1 of %2 devices failed; the rows of the others were written.</source>
        <translation>%2 台设备中有 %1 台失败；其余设备的行已写入。</translation>
    </message>
    <message>
        <source>listing the sessions</source>
        <translation>列出会话</translation>
    </message>
    <message numerus="yes">
        <source>Estimated from the project&apos;s session list (%n session(s)), not the service&apos;s statistics: run without --estimate for exact figures.</source>
        <translation>
            <numerusform>根据项目的会话列表（%n 个会话）估算，并非服务的统计数据：如需精确数字，请不带 --estimate 运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The interval is not over yet: its figures will still grow.</source>
        <translation>该时间段尚未结束：其数字仍会增长。</translation>
    </message>
    <message>
        <source>Bad sessions</source>
        <translation>差会话数</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>Examples:
  trro-stats breakdown -p ID --interval hour --at -2h
  trro-stats breakdown -p ID --interval day --at yesterday -f json
  trro-stats --tz Asia/Shanghai breakdown -p ID --interval day --at 2026-11-30 \
      -o day.csv
  trro-stats breakdown -p ID --interval hour --at -1h --estimate -f table

The interval is the service&apos;s bucket that holds --at. Exact figures: an estimate
from one session list first, then one request per device, worst first, spread
over DescribeSessionStatistics and DescribeSessionStatisticsByInterval when they
agree over the fleet (--verbose says whether they did and how many estimates the
exact figures corrected).

Output columns: those of stats (csv: exactly its header and rows, one row per
device with a bucket in the interval, ordered by DeviceId); json and table also
BadSessionNum (sessions whose quality was bad) and Partial (not over yet).
</source>
        <translation>示例：
  trro-stats breakdown -p ID --interval hour --at -2h
  trro-stats breakdown -p ID --interval day --at yesterday -f json
  trro-stats --tz Asia/Shanghai breakdown -p ID --interval day --at 2026-11-30 \
      -o day.csv
  trro-stats breakdown -p ID --interval hour --at -1h --estimate -f table

时间段是服务中包含 --at 的统计区间。精确数字：先根据一个会话列表得出估算值，
然后每台设备一个请求，最差的优先；当 DescribeSessionStatistics 与
DescribeSessionStatisticsByInterval 对整个车队的结果一致时，请求分摊到这两个接口
（--verbose 会说明是否一致，以及精确数字修正了多少个估算值）。

输出列：与 stats 相同（csv：表头和行与其完全一致，区间内有统计数据的每台设备一行，
按 DeviceId 排序）；json 和表格另有 BadSessionNum（质量差的会话数）和 Partial
（尚未结束）。
</translation>
    </message>
</context>
<context>
    <name>trro::cli::CacheCommand</name>
    <message>
        <source>info | clear | limit SIZE</source>
        <translation>info | clear | limit 大小</translation>
    </message>
    <message>
        <source>info|clear|limit SIZE</source>
        <translation>info|clear|limit 大小</translation>
    </message>
    <message>
        <source>cache limit expects a size of at least 1M, such as 256M or 2G (0: the default), not &quot;%1&quot;.</source>
        <translation>cache limit 需要至少 1M 的大小，例如 256M 或 2G（0 表示默认值），而不是“%1”。</translation>
    </message>
    <message>
        <source>cache expects one action: info, clear or limit SIZE.</source>
        <translation>cache 需要一个操作：info、clear 或 limit 大小。</translation>
    </message>
    <message>
        <source>cache manages the cache that --no-cache leaves alone: drop one of them.</source>
        <translation>cache 管理的正是 --no-cache 不使用的缓存：请去掉其中一个。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>unusable (see the warning above)</source>
        <translation>无法使用（见上方警告）</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>磁盘占用</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>%1 of %2 allowed</source>
        <translation>%1，上限 %2</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>数据系列</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>数据块</translation>
    </message>
    <message>
        <source>Oldest fetch</source>
        <translation>最早获取</translation>
    </message>
    <message>
        <source>Newest fetch</source>
        <translation>最近获取</translation>
    </message>
    <message>
        <source>The statistics cache %1 could not be cleared.</source>
        <translation>无法清空统计缓存 %1。</translation>
    </message>
    <message>
        <source>The statistics cache %1 is empty.</source>
        <translation>统计缓存 %1 已清空。</translation>
    </message>
    <message>
        <source>The size limit of the statistics cache %1 could not be changed.</source>
        <translation>无法更改统计缓存 %1 的大小上限。</translation>
    </message>
    <message>
        <source>The statistics cache may now hold %1 (it holds %2).</source>
        <translation>统计缓存现在最多可占用 %1（当前占用 %2）。</translation>
    </message>
</context>
<context>
    <name>trro::cli::CheckCommand</name>
    <message>
        <source>--%1 expects a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 需要 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>Check this device only. Default: the whole project.</source>
        <translation>只检查该设备。默认：整个项目。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Start of the range (default -24h); the same forms as the other commands&apos; --from.</source>
        <translation>时间范围的开始（默认 -24h）；写法与其他命令的 --from 相同。</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>End of the range (default now).</source>
        <translation>时间范围的结束（默认 now）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>WARNING when the range has fewer than N sessions (default 1).</source>
        <translation>该时间范围内的会话少于 N 个时为 WARNING（默认 1）。</translation>
    </message>
    <message>
        <source>Also evaluate the alert rules of this JSON file (the dashboard&apos;s format); its fleetRatio thresholds are the ratio thresholds unless given above.</source>
        <translation>同时评估此 JSON 文件中的告警规则（与仪表盘相同的格式）；未通过上面的选项指定时，以其中 fleetRatio 的阈值作为占比阈值。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>check takes at most one --device, with a device id.</source>
        <translation>check 最多接受一个带设备 ID 的 --device。</translation>
    </message>
    <message>
        <source>The critical ratio (%1) must not be above the warning ratio (%2).</source>
        <translation>严重占比阈值（%1）不能高于警告占比阈值（%2）。</translation>
    </message>
    <message>
        <source>the interval statistics</source>
        <translation>分时段统计</translation>
    </message>
    <message>
        <source>the session list</source>
        <translation>会话列表</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>WARNING when the metric alerts against this range (Monitoring Plugins ranges: 10 is outside 0..10, 10: below 10, ~:10 above 10, 10:20 outside 10..20, @10:20 inside 10..20). Default for the ratio: 90:.</source>
        <translation>指标按此范围告警时为 WARNING（Monitoring Plugins 范围写法：10 表示超出 0..10，10: 表示低于 10，~:10 表示高于 10，10:20 表示超出 10..20，@10:20 表示处于 10..20 之内）。占比的默认值：90:。</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>RANGE</translation>
    </message>
    <message>
        <source>CRITICAL when the metric alerts against this range. Default for the ratio: 80:.</source>
        <translation>指标按此范围告警时为 CRITICAL。占比的默认值：80:。</translation>
    </message>
    <message>
        <source>WARNING when the not-bad ratio of the range is below N percent: the same as --metric ratio -w N: (default 90).</source>
        <translation>该时间范围的优良会话占比低于 N% 时为 WARNING：等同于 --metric ratio -w N:（默认 90）。</translation>
    </message>
    <message>
        <source>CRITICAL when the not-bad ratio of the range is below N percent: the same as --metric ratio -c N: (default 80).</source>
        <translation>该时间范围的优良会话占比低于 N% 时为 CRITICAL：等同于 --metric ratio -c N:（默认 80）。</translation>
    </message>
    <message>
        <source>UNKNOWN when the check has not ended after SEC seconds, credentials and every request included (default %1; before the command name too).</source>
        <translation>检查在 SEC 秒内未结束时为 UNKNOWN，凭据查找和所有请求均计算在内（默认 %1；也可写在命令名之前）。</translation>
    </message>
    <message>
        <source>SEC</source>
        <translation>SEC</translation>
    </message>
    <message>
        <source>--warning-ratio and --critical-ratio are -w N: and -c N: of the ratio: give either them or -w and -c.</source>
        <translation>--warning-ratio 和 --critical-ratio 即占比的 -w N: 和 -c N:：请只使用它们或只使用 -w 和 -c。</translation>
    </message>
    <message>
        <source>give one range.</source>
        <translation>只能指定一个范围。</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>%1 秒后超时</translation>
    </message>
    <message>
        <source>What -w and -c apply to: ratio (the not-bad ratio in percent, 0 to 100; the default), sessions, minutes (of the sessions) or bad-sessions (of the session list); or, as a check of its own as of --to, licence-days (the fewest whole days left of a device&apos;s licence, negative once expired; -w 30: -c 7: unless given) or forecast-minutes (the month-end forecast of the session minutes).</source>
        <translation>-w 和 -c 所针对的指标：ratio（优良会话占比，单位为百分比，0 到 100；默认）、sessions（会话数）、minutes（会话分钟数）或 bad-sessions（会话列表中质量差的会话数）；或者作为截至 --to 的独立检查：licence-days（设备许可证剩余的最少整天数，过期后为负；未指定时为 -w 30: -c 7:）或 forecast-minutes（会话分钟数的月末预测）。</translation>
    </message>
    <message>
        <source>--metric must be ratio, sessions, minutes, bad-sessions, licence-days or forecast-minutes, not &quot;%1&quot;.</source>
        <translation>--metric 必须是 ratio、sessions、minutes、bad-sessions、licence-days 或 forecast-minutes，而不是“%1”。</translation>
    </message>
    <message>
        <source>the licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>the minutes by day</source>
        <translation>按天的分钟数</translation>
    </message>
    <message>
        <source>no device of the project %1 has a licence</source>
        <translation>项目 %1 中没有设备拥有许可证</translation>
    </message>
    <message>
        <source>the device %1 has no licence</source>
        <translation>设备 %1 没有许可证</translation>
    </message>
    <message>
        <source>Examples:
  trro-stats check -p ID
  trro-stats check -p ID --device car-7 --from -6h -w 95: -c 85:
  trro-stats check -p ID --metric sessions -w 10:500 -c 1: -t 20
  trro-stats check -p ID --metric bad-sessions -w 5 -c 20
  trro-stats check -p ID --rules /etc/trro/alert-rules.json
  trro-stats check -p ID --metric licence-days -w 30: -c 7:
  trro-stats check -p ID --metric forecast-minutes -w ~:40000 -c ~:50000

Ranges (-w, -c): 10 alerts outside 0..10, 10: below 10, ~:10 above 10, 10:20
  outside 10..20, @10:20 inside 10..20 (ends included). The ratio&apos;s are in percent.
Output: one line, &quot;TRRO OK|WARNING|CRITICAL|UNKNOWN - &lt;what is wrong, worst
  first&gt; | ratio=&lt;N&gt;%;&lt;warn&gt;;&lt;crit&gt;;0;100 sessions=&lt;N&gt; minutes=&lt;N&gt;&quot; (a metric
  with ranges adds ;&lt;warn&gt;;&lt;crit&gt;;0; --metric bad-sessions adds bad-sessions=&lt;N&gt;).
  licence-days and forecast-minutes are checks of their own, as of --to: &quot;TRRO OK -
  the licence of &lt;device&gt; expires in &lt;N&gt; days | licence-days=&lt;N&gt;;30:;7:&quot; and
  &quot;... | forecast-minutes=&lt;N&gt;;&lt;warn&gt;;&lt;crit&gt;;0 month-minutes=&lt;N&gt;&quot; (minutes so far).
Exit status of check (Monitoring Plugins): 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN
  (credentials, network, service error, timeout or a bad command line).
</source>
        <translation>示例：
  trro-stats check -p ID
  trro-stats check -p ID --device car-7 --from -6h -w 95: -c 85:
  trro-stats check -p ID --metric sessions -w 10:500 -c 1: -t 20
  trro-stats check -p ID --metric bad-sessions -w 5 -c 20
  trro-stats check -p ID --rules /etc/trro/alert-rules.json
  trro-stats check -p ID --metric licence-days -w 30: -c 7:
  trro-stats check -p ID --metric forecast-minutes -w ~:40000 -c ~:50000

范围（-w、-c）：10 表示超出 0..10 时告警，10: 低于 10，~:10 高于 10，10:20
  超出 10..20，@10:20 处于 10..20 之内（含两端）。占比的范围以百分比为单位。
输出：一行，“TRRO OK|WARNING|CRITICAL|UNKNOWN - &lt;问题，最严重的在前&gt;
  | ratio=&lt;N&gt;%;&lt;警告&gt;;&lt;严重&gt;;0;100 sessions=&lt;N&gt; minutes=&lt;N&gt;”（设有范围的指标
  附加 ;&lt;警告&gt;;&lt;严重&gt;;0；--metric bad-sessions 附加 bad-sessions=&lt;N&gt;）。
  licence-days 和 forecast-minutes 是截至 --to 的独立检查：“TRRO OK -
  &lt;设备&gt; 的许可证将在 &lt;N&gt; 天后到期 | licence-days=&lt;N&gt;;30:;7:”以及
  “... | forecast-minutes=&lt;N&gt;;&lt;警告&gt;;&lt;严重&gt;;0 month-minutes=&lt;N&gt;”（目前已用的分钟数）。
check 的退出状态（Monitoring Plugins 约定）：0 OK、1 WARNING、2 CRITICAL、3 UNKNOWN
  （凭据、网络、服务错误、超时或命令行错误）。
</translation>
    </message>
</context>
<context>
    <name>trro::cli::CliSession</name>
    <message>
        <source>The demo service could not listen on 127.0.0.1.</source>
        <translation>演示服务无法在 127.0.0.1 上监听。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the service&apos;s by %1 s; requests are stamped with the service&apos;s time. Correct the system clock (enable NTP).</source>
        <translation>本机时钟与服务时间相差 %1 秒；请求将使用服务端时间作为时间戳。请校正系统时钟（启用 NTP）。</translation>
    </message>
</context>
<context>
    <name>trro::cli::Command</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>无法识别的参数“%1”。</translation>
    </message>
    <message>
        <source>Project id (with --demo: the demo project when not given).</source>
        <translation>项目 ID（使用 --demo 时，未指定则使用演示项目）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Start of the range (default -7d): %1.</source>
        <translation>时间范围的开始（默认 -7d）：%1。</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>End of the range (default now).</source>
        <translation>时间范围的结束（默认 now）。</translation>
    </message>
    <message>
        <source>table, csv or json (default: from the --output suffix, else table on a terminal and csv otherwise).</source>
        <translation>table、csv 或 json（默认：根据 --output 的文件后缀确定；无后缀时，输出到终端用 table，否则用 csv）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of stdout.</source>
        <translation>写入 FILE（原子写入），而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--project is required.</source>
        <translation>必须指定 --project。</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from：%1</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to：%1</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from（%1）晚于 --to（%2）。</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format 必须为 table、csv 或 json，而不是“%1”。</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>unix seconds, ISO 8601 with Z or an offset, YYYY-MM-DD or YYYY-MM-DDTHH:MM (in the --tz zone), today, yesterday, or relative: -24h, -7d, now; @h, @d or @mon snaps to the start of the hour, day or month (-1d@d)</source>
        <translation>unix 秒、带 Z 或时区偏移的 ISO 8601、YYYY-MM-DD 或 YYYY-MM-DDTHH:MM（按 --tz 时区）、today、yesterday，或相对时间：-24h、-7d、now；@h、@d 或 @mon 对齐到小时、天或月的开始（-1d@d）</translation>
    </message>
    <message>
        <source>Leave out the header line (csv and table).</source>
        <translation>不输出表头行（csv 和 table）。</translation>
    </message>
    <message>
        <source>Add the rows at the end of --output (csv); the header only when the file is new.</source>
        <translation>将各行追加到 --output 文件末尾（csv）；仅在文件是新文件时写表头。</translation>
    </message>
    <message>
        <source>Write --output even when it is a symbolic link (its target is written).</source>
        <translation>即使 --output 是符号链接也写入（写入其目标）。</translation>
    </message>
    <message>
        <source>--output takes a file name; &quot;%1&quot; is a format. Did you mean &quot;--format %1&quot;? (To write a file of that name, use --output ./%1.)</source>
        <translation>--output 需要文件名；“%1”是格式名。您是想用“--format %1”吗？（要写入同名文件，请使用 --output ./%1。）</translation>
    </message>
    <message>
        <source>--append needs --output FILE.</source>
        <translation>--append 需要 --output FILE。</translation>
    </message>
    <message>
        <source>--append writes csv only (one document of json or table cannot grow).</source>
        <translation>--append 只能写 csv（json 或 table 文档无法追加）。</translation>
    </message>
    <message>
        <source>--no-header applies to csv and table, not json.</source>
        <translation>--no-header 适用于 csv 和 table，不适用于 json。</translation>
    </message>
    <message>
        <source>--output: &quot;%1&quot; is a symbolic link to &quot;%2&quot;; it is not followed unless --force is given.</source>
        <translation>--output：“%1”是指向“%2”的符号链接；除非指定 --force，否则不会跟随它。</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>它是一个目录</translation>
    </message>
    <message>
        <source>the directory &quot;%1&quot; does not exist</source>
        <translation>目录“%1”不存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a directory</source>
        <translation>“%1”不是目录</translation>
    </message>
    <message>
        <source>the file is not writable (permission denied)</source>
        <translation>文件不可写（权限被拒绝）</translation>
    </message>
    <message>
        <source>the directory &quot;%1&quot; is not writable (permission denied)</source>
        <translation>目录“%1”不可写（权限被拒绝）</translation>
    </message>
    <message>
        <source>--output: cannot write &quot;%1&quot;: %2.</source>
        <translation>--output：无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>Could not append to &quot;%1&quot;: %2</source>
        <translation>无法追加到“%1”：%2</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>您是想用“%1”吗？</translation>
    </message>
    <message>
        <source>The project %1 has no device &quot;%2&quot;.</source>
        <translation>项目 %1 没有设备“%2”。</translation>
    </message>
    <message>
        <source>--interval is required (hour, day or month).</source>
        <translation>必须指定 --interval（hour、day 或 month）。</translation>
    </message>
    <message>
        <source>--interval must be hour, day or month, not &quot;%1&quot;.</source>
        <translation>--interval 必须为 hour、day 或 month，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>trro::cli::Commands</name>
    <message>
        <source>Session statistics by hour, day or month.</source>
        <translation>按小时、天或月统计会话。</translation>
    </message>
    <message>
        <source>Session totals over a time range.</source>
        <translation>某一时间范围内的会话汇总。</translation>
    </message>
    <message>
        <source>The devices of a project.</source>
        <translation>项目中的设备。</translation>
    </message>
    <message>
        <source>The projects of the account.</source>
        <translation>账号下的项目。</translation>
    </message>
    <message>
        <source>The sessions of a project or a device.</source>
        <translation>项目或设备的会话。</translation>
    </message>
    <message>
        <source>Saved profiles: set, delete, list or test (keys in the keychain).</source>
        <translation>管理已保存的配置档案：set、delete、list 或 test（密钥保存在系统钥匙串中）。</translation>
    </message>
    <message>
        <source>The local statistics cache: info, clear or limit its size.</source>
        <translation>本地统计缓存：查看信息、清空或限制其大小。</translation>
    </message>
    <message>
        <source>Why a session was bad: its diagnosis, or its samples (csv, json).</source>
        <translation>会话为何质量差：给出诊断，或输出其采样（csv、json）。</translation>
    </message>
    <message>
        <source>Per-device figures of one hour, day or month, worst first.</source>
        <translation>某一小时、天或月内各设备的数据，最差的排在最前。</translation>
    </message>
    <message>
        <source>A monitoring check (Nagios, Icinga, Zabbix): one status line, exit 0, 1, 2 or 3.</source>
        <translation>监控检查（Nagios、Icinga、Zabbix）：输出一行状态，退出码为 0、1、2 或 3。</translation>
    </message>
    <message>
        <source>The sessions running now; --watch redraws them like top.</source>
        <translation>当前运行中的会话；--watch 像 top 一样原地刷新。</translation>
    </message>
    <message>
        <source>What the bad sessions of a span have in common, against a baseline.</source>
        <translation>一个时段内的差会话有何共同点（与基线对比）。</translation>
    </message>
    <message>
        <source>Minutes by resolution tier per day, the month to date and its forecast.</source>
        <translation>按分辨率档位的每日分钟数、本月至今及其预测。</translation>
    </message>
    <message>
        <source>The devices&apos; licences, the soonest to expire first.</source>
        <translation>设备的许可证，最早到期的排在最前。</translation>
    </message>
</context>
<context>
    <name>trro::cli::Console</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%3：%1/%2</translation>
    </message>
</context>
<context>
    <name>trro::cli::CredentialsCommand</name>
    <message>
        <source>set: read a third line from stdin, the session token of temporary keys.</source>
        <translation>set：从标准输入读取第三行，作为临时密钥的会话令牌。</translation>
    </message>
    <message>
        <source>credentials does not work with --demo (the demo has its own key).</source>
        <translation>credentials 不能与 --demo 一起使用（演示模式有自己的密钥）。</translation>
    </message>
    <message>
        <source>credentials delete needs --profile NAME.</source>
        <translation>credentials delete 需要 --profile NAME。</translation>
    </message>
    <message>
        <source>--endpoint takes china, international or the URL of the endpoint.</source>
        <translation>--endpoint 的取值为 china、international 或接入地址的 URL。</translation>
    </message>
    <message>
        <source>Without a keychain, set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY in the environment instead; trro-stats never stores keys in a plain file.</source>
        <translation>如果没有系统钥匙串，请改为在环境变量中设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY；trro-stats 绝不会将密钥保存在明文文件中。</translation>
    </message>
    <message>
        <source>SecretId: </source>
        <translation>SecretId： </translation>
    </message>
    <message>
        <source>SecretKey (not shown): </source>
        <translation>SecretKey（不显示）： </translation>
    </message>
    <message>
        <source>Session token (not shown): </source>
        <translation>会话令牌（不显示）： </translation>
    </message>
    <message>
        <source>credentials set reads three lines from stdin: the SecretId, the SecretKey and the session token.</source>
        <translation>credentials set 从标准输入读取三行：SecretId、SecretKey 和会话令牌。</translation>
    </message>
    <message>
        <source>credentials set reads two lines from stdin: the SecretId, then the SecretKey.</source>
        <translation>credentials set 从标准输入读取两行：先是 SecretId，然后是 SecretKey。</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; (SecretId %2, the default profile); the SecretKey is in the keychain.</source>
        <translation>已保存配置档案“%1”（SecretId %2，默认配置档案）；SecretKey 已存入系统钥匙串。</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; (SecretId %2); the SecretKey is in the keychain.</source>
        <translation>已保存配置档案“%1”（SecretId %2）；SecretKey 已存入系统钥匙串。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的配置档案。</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot; and its keychain entries.</source>
        <translation>已删除配置档案“%1”及其系统钥匙串条目。</translation>
    </message>
    <message>
        <source>No saved profiles. Add one with &quot;trro-stats credentials set --profile NAME&quot;.</source>
        <translation>没有已保存的配置档案。可使用“trro-stats credentials set --profile NAME”添加。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置档案</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入地址</translation>
    </message>
    <message>
        <source>Default project</source>
        <translation>默认项目</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>DescribeProjectList failed</source>
        <translation>DescribeProjectList 调用失败</translation>
    </message>
    <message numerus="yes">
        <source>The credentials work: DescribeProjectList answered with %n project(s).</source>
        <translation>
            <numerusform>凭据有效：DescribeProjectList 返回了 %n 个项目。</numerusform>
        </translation>
    </message>
    <message>
        <source>set: the profile&apos;s default project.</source>
        <translation>set：配置档案的默认项目。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>set, import-tccli: make this the default profile.</source>
        <translation>set、import-tccli：将其设为默认配置档案。</translation>
    </message>
    <message>
        <source>import-tccli: replace a saved profile of the same name.</source>
        <translation>import-tccli：替换已保存的同名配置档案。</translation>
    </message>
    <message>
        <source>set | delete | list | test | import-tccli</source>
        <translation>set | delete | list | test | import-tccli</translation>
    </message>
    <message>
        <source>set|delete|list|test|import-tccli</source>
        <translation>set|delete|list|test|import-tccli</translation>
    </message>
    <message>
        <source>credentials expects one action: set, delete, list, test or import-tccli.</source>
        <translation>credentials 需要一个操作：set、delete、list、test 或 import-tccli。</translation>
    </message>
    <message>
        <source>Unknown credentials action &quot;%1&quot; (set, delete, list, test or import-tccli).</source>
        <translation>未知的 credentials 操作“%1”（set、delete、list、test 或 import-tccli）。</translation>
    </message>
    <message>
        <source>tccli profiles in %1: %2</source>
        <translation>%1 中的 tccli 配置档案：%2</translation>
    </message>
    <message>
        <source>Add --overwrite to replace it.</source>
        <translation>加上 --overwrite 可替换它。</translation>
    </message>
    <message>
        <source>Imported the tccli profile &quot;%1&quot; (SecretId %2, region %3); the SecretKey is in the keychain.</source>
        <translation>已导入 tccli 配置档案“%1”（SecretId %2，地域 %3）；SecretKey 已存入钥匙串。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>trro::cli::DevicesCommand</name>
    <message>
        <source>field (vehicles) or remote (cockpits). Default: both.</source>
        <translation>field（车辆）或 remote（驾驶舱）。默认：两者都包括。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Only devices whose id or name contains TEXT.</source>
        <translation>仅列出 ID 或名称包含 TEXT 的设备。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>--type must be field or remote, not &quot;%1&quot;.</source>
        <translation>--type 必须为 field 或 remote，而不是“%1”。</translation>
    </message>
    <message>
        <source>offline, ready, connected, or online (ready or connected). Default: any.</source>
        <translation>offline、ready、connected 或 online（ready 或 connected）。默认：任意。</translation>
    </message>
    <message>
        <source>--status must be offline, ready, connected or online, not &quot;%1&quot;.</source>
        <translation>--status 必须是 offline、ready、connected 或 online，而不是“%1”。</translation>
    </message>
    <message>
        <source>No devices match.</source>
        <translation>没有匹配的设备。</translation>
    </message>
    <message>
        <source>Examples:
  trro-stats devices -p ID --type field
  trro-stats devices -p ID --status connected -f json

Output columns: DeviceId, DeviceName, DeviceType, DeviceStatus, ProjectId,
  ModifyTime, LastReportTime.
</source>
        <translation>示例：
  trro-stats devices -p ID --type field
  trro-stats devices -p ID --status connected -f json

输出列：DeviceId、DeviceName、DeviceType、DeviceStatus、ProjectId、
  ModifyTime、LastReportTime。
</translation>
    </message>
</context>
<context>
    <name>trro::cli::GlobalOptions</name>
    <message>
        <source>API endpoint (default: $TRRO_ENDPOINT, else https://trro.tencentcloudapi.com). Plain http only for loopback addresses.</source>
        <translation>API 接入地址（默认：$TRRO_ENDPOINT，未设置时为 https://trro.tencentcloudapi.com）。不加密的 http 仅允许用于回环地址。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Region sent as X-TC-Region (overrides $TENCENTCLOUD_REGION).</source>
        <translation>作为 X-TC-Region 发送的地域（覆盖 $TENCENTCLOUD_REGION）。</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>Saved credentials profile to use.</source>
        <translation>要使用的已保存凭据配置档案。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SEC</source>
        <translation>SEC</translation>
    </message>
    <message>
        <source>Describe every request and answer on stderr (signature redacted).</source>
        <translation>在标准错误输出中打印每个请求和响应（签名已隐去）。</translation>
    </message>
    <message>
        <source>Run against the built-in local service with demo credentials.</source>
        <translation>使用演示凭据，连接内置的本地服务运行。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助信息。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>--demo runs its own local service and cannot be combined with --endpoint.</source>
        <translation>--demo 使用自带的本地服务，不能与 --endpoint 同时使用。</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: the system&apos;s language).</source>
        <translation>消息语言：zh_CN 或 en（默认：跟随系统语言）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Ask the service for every statistic; neither read nor write the local statistics cache.</source>
        <translation>所有统计数据都向服务请求；不读取也不写入本地统计缓存。</translation>
    </message>
    <message>
        <source>Time one attempt of a request may take, to the last byte of the answer, in seconds (default 30).</source>
        <translation>单次请求尝试（直到应答的最后一个字节）允许的时间，单位为秒（默认 30）。</translation>
    </message>
    <message>
        <source>Time one request may take with all its retries and pages, in seconds (default 120).</source>
        <translation>一个请求连同所有重试和分页允许的时间，单位为秒（默认 120）。</translation>
    </message>
    <message>
        <source>--region expects a region name such as ap-guangzhou (letters, digits and &apos;-&apos;), not &quot;%1&quot;.</source>
        <translation>--region 需要类似 ap-guangzhou 的地域名（字母、数字和“-”），而不是“%1”。</translation>
    </message>
    <message>
        <source>Print errors only: no warnings, notes or progress (for cron).</source>
        <translation>只输出错误：不输出警告、提示或进度（适用于 cron）。</translation>
    </message>
    <message>
        <source>Time zone for reading dates and times without an offset and for showing times in the table: an IANA name (Asia/Shanghai), UTC, local or an offset (+08:00). Default: $TRRO_TZ, else the system&apos;s zone. The service&apos;s day and month buckets follow China time (UTC+8) whatever the zone.</source>
        <translation>读取不带偏移的日期和时间以及在表格中显示时间所用的时区：IANA 名称（Asia/Shanghai）、UTC、local 或偏移（+08:00）。默认：$TRRO_TZ，否则为系统时区。无论选择哪个时区，服务的按天和按月时间段均按中国时间（UTC+8）划分。</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>--lang must be zh_CN or en (the languages trro-stats can show), not &quot;%1&quot;.</source>
        <translation>--lang 必须是 zh_CN 或 en（trro-stats 能显示的语言），而不是“%1”。</translation>
    </message>
    <message>
        <source>--verbose and --quiet cannot be combined.</source>
        <translation>--verbose 和 --quiet 不能同时使用。</translation>
    </message>
    <message>
        <source>Read statistics from the shared history store that trro-collector fills (a PostgreSQL URL such as postgresql:///trro?host=/run/postgresql) and ask the service only for what it does not hold.</source>
        <translation>从 trro-collector 填充的共享历史库读取统计数据（PostgreSQL URL，例如 postgresql:///trro?host=/run/postgresql），只向服务查询库中没有的部分。</translation>
    </message>
    <message>
        <source>--store is read through the statistics cache: it cannot be combined with --no-cache or --demo.</source>
        <translation>--store 通过统计缓存读取：不能与 --no-cache 或 --demo 同时使用。</translation>
    </message>
    <message>
        <source>--%1 expects a number of seconds between 0 and %2, not &quot;%3&quot;.</source>
        <translation>--%1 需要 0 到 %2 之间的秒数，而不是“%3”。</translation>
    </message>
</context>
<context>
    <name>trro::cli::LicensesCommand</name>
    <message>
        <source>Project id. Default: every project of the account.</source>
        <translation>项目 ID。默认：账号下的所有项目。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only the devices whose licence expires within this many days (30, 30d or 4w), the expired ones included.</source>
        <translation>仅显示许可证在这么多天内到期的设备（30、30d 或 4w），包括已过期的。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>--expiring-within expects days from 0 to %1 (30, 30d or 4w), not &quot;%2&quot;.</source>
        <translation>--expiring-within 需要 0 到 %1 之间的天数（30、30d 或 4w），而不是“%2”。</translation>
    </message>
    <message>
        <source>the licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>No device&apos;s licence expires within %1 days.</source>
        <translation>没有设备的许可证在 %1 天内到期。</translation>
    </message>
    <message>
        <source>No device with a licence.</source>
        <translation>没有拥有许可证的设备。</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s), %1 of them expired.</source>
        <translation>
            <numerusform>%n 台设备，其中 %1 台已过期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Examples:
  trro-stats licenses
  trro-stats licenses -p ID --expiring-within 30d -f csv

Columns (csv, json), as GetDevices names them: DeviceId, DeviceName, LicenseCount,
  RemainDay (the whole days left as the service counts them, 0 once expired),
  ExpireTime (unix seconds), Duration (the term bought, seconds), LicenseIds
  (space-separated), MonthlyRemainTime and LimitedTime (minutes of this month
  left, and the month&apos;s cap); then DaysLeft (whole days left now, from ExpireTime;
  negative once expired) and Expired. Sorted by DaysLeft, fewest first. A value
  the service sent that cannot be true (RemainDay below zero, an ExpireTime before
  2000) is left out (empty, JSON null) with a warning.
</source>
        <translation>示例：
  trro-stats licenses
  trro-stats licenses -p ID --expiring-within 30d -f csv

列（csv、json），按 GetDevices 命名：DeviceId、DeviceName、LicenseCount、
  RemainDay（服务计算的剩余整天数，过期后为 0）、
  ExpireTime（unix 秒）、Duration（购买的时长，秒）、LicenseIds
  （以空格分隔）、MonthlyRemainTime 和 LimitedTime（本月剩余分钟数
  和每月上限）；然后是 DaysLeft（按 ExpireTime 计算的当前剩余整天数；
  过期后为负）和 Expired。按 DaysLeft 从少到多排序。服务发送的
  不可能成立的值（RemainDay 小于 0、早于 2000 年的 ExpireTime）被排除
  （留空，JSON 为 null）并给出警告。
</translation>
    </message>
</context>
<context>
    <name>trro::cli::LiveCommand</name>
    <message>
        <source>Sessions of this vehicle or cockpit only. Default: every device.</source>
        <translation>仅此车辆或驾驶舱的会话。默认：所有设备。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>On a terminal: redraw every SEC seconds (%1 to %2) until q or Ctrl-C.</source>
        <translation>在终端上：每 SEC 秒（%1 到 %2）重绘，直到按 q 或 Ctrl-C。</translation>
    </message>
    <message>
        <source>SEC</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>live takes at most one --device.</source>
        <translation>live 最多接受一个 --device。</translation>
    </message>
    <message>
        <source>--device needs a device id.</source>
        <translation>--device 需要设备 ID。</translation>
    </message>
    <message>
        <source>--watch takes whole seconds from %1 to %2.</source>
        <translation>--watch 接受 %1 到 %2 的整数秒。</translation>
    </message>
    <message>
        <source>--watch draws on the terminal; it cannot be combined with --output.</source>
        <translation>--watch 在终端上绘制，不能与 --output 同用。</translation>
    </message>
    <message>
        <source>--watch needs a terminal; one snapshot is printed.</source>
        <translation>--watch 需要终端；只输出一次快照。</translation>
    </message>
    <message>
        <source>No session is running.</source>
        <translation>没有正在运行的会话。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 running, %2 without a report for %3 s · last answer %4 · q to quit</source>
        <translation>%1 个运行中，%2 个超过 %3 秒无上报 · 最后应答 %4 · 按 q 退出</translation>
    </message>
    <message>
        <source>The service did not answer (%1); the last list is shown, retrying every %2 s.</source>
        <translation>服务没有应答（%1）；显示上次的列表，每 %2 秒重试。</translation>
    </message>
    <message>
        <source>Examples:
  trro-stats live -p ID
  trro-stats live -p ID --device VEHICLE -f json
  trro-stats live -p ID --watch 5

Output columns: SessionId, FieldDeviceId, RemoteDeviceId, Resolution, StartTime,
  LatestUpdateTime, Stale (no report for two refreshes: 20 s, or 2 x --watch).
</source>
        <translation>示例：
  trro-stats live -p ID
  trro-stats live -p ID --device VEHICLE -f json
  trro-stats live -p ID --watch 5

输出列：SessionId、FieldDeviceId、RemoteDeviceId、Resolution、StartTime、
  LatestUpdateTime、Stale（两次刷新无上报：20 秒，或 2 × --watch）。
</translation>
    </message>
</context>
<context>
    <name>trro::cli::Main</name>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &quot;trro-stats --help&quot; for usage.</source>
        <translation>运行 &quot;trro-stats --help&quot; 查看用法。</translation>
    </message>
    <message>
        <source>Session statistics of a TRRO (Tencent Cloud Real-time Remote Operation) fleet.</source>
        <translation>TRRO（腾讯云远程实时操控）车队的会话统计。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <source>COMMAND [options]</source>
        <translation>COMMAND [选项]</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Run &quot;trro-stats COMMAND --help&quot; for the options of a command.
Credentials: TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY (+ TENCENTCLOUD_SESSION_TOKEN, TENCENTCLOUD_REGION), --profile NAME or the saved default profile (see &quot;trro-stats credentials&quot;), or --demo.
</source>
        <translation>运行 &quot;trro-stats COMMAND --help&quot; 查看命令的选项。
凭据：TENCENTCLOUD_SECRET_ID、TENCENTCLOUD_SECRET_KEY（以及 TENCENTCLOUD_SESSION_TOKEN、TENCENTCLOUD_REGION），--profile NAME 或保存的默认配置档案（见 &quot;trro-stats credentials&quot;），或 --demo。
</translation>
    </message>
    <message>
        <source>Exit status:
  0  success
  1  partial: some series failed, or came from the local cache because the service
     could not be reached; the rows that could be had were written
  2  usage error
  3  missing or rejected credentials (AuthFailure.*)
  4  other error answered by the service
  5  network error or timeout
  6  malformed answer from the service
</source>
        <translation>退出状态：
  0  成功
  1  部分成功：部分序列失败，或因无法连接服务而取自本地缓存；能取得的行已写出
  2  用法错误
  3  凭据缺失或被拒绝（AuthFailure.*）
  4  服务返回的其他错误
  5  网络错误或超时
  6  服务返回的应答格式错误
</translation>
    </message>
    <message>
        <source>Run &quot;trro-stats %1 --help&quot; for the options of %1.</source>
        <translation>运行“trro-stats %1 --help”查看 %1 的选项。</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>您是想用“%1”吗？</translation>
    </message>
    <message>
        <source>Options of %1:</source>
        <translation>%1 的选项：</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>全局选项（可放在命令之前或之后）：</translation>
    </message>
    <message>
        <source>check (a monitoring plugin) exits 0 OK, 1 WARNING, 2 CRITICAL or 3 UNKNOWN.
</source>
        <translation>check（监控插件）的退出码为 0 OK、1 WARNING、2 CRITICAL 或 3 UNKNOWN。
</translation>
    </message>
</context>
<context>
    <name>trro::cli::ProjectsCommand</name>
    <message>
        <source>Examples:
  trro-stats projects
  trro-stats projects -f json

Output columns: ProjectId, ProjectName, ProjectDescription, PolicyMode,
  ModifyTime.
</source>
        <translation>示例：
  trro-stats projects
  trro-stats projects -f json

输出列：ProjectId、ProjectName、ProjectDescription、PolicyMode、
  ModifyTime。
</translation>
    </message>
</context>
<context>
    <name>trro::cli::SessionDetailsCommand</name>
    <message>
        <source>The session id (from the sessions command).</source>
        <translation>会话 ID（见 sessions 命令）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Samples from this time on (default: the session&apos;s start); the time syntax of the other commands.</source>
        <translation>从此时间起的采样（默认：会话开始）；时间写法与其他命令相同。</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Samples up to this time (default: the session&apos;s end).</source>
        <translation>截至此时间的采样（默认：会话结束）。</translation>
    </message>
    <message>
        <source>Network latency above this many ms is a finding (default %1).</source>
        <translation>网络时延超过此毫秒数即列为问题（默认 %1）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Packet loss above this percentage is a finding (default %1).</source>
        <translation>丢包率超过此百分比即列为问题（默认 %1）。</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>A frame rate below this is a finding (default %1).</source>
        <translation>帧率低于此值即列为问题（默认 %1）。</translation>
    </message>
    <message>
        <source>FPS</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>A longest frame gap above this many ms is a finding (default %1).</source>
        <translation>最大帧间隔超过此毫秒数即列为问题（默认 %1）。</translation>
    </message>
    <message>
        <source>CPU usage above this percentage is a finding (default %1).</source>
        <translation>CPU 使用率超过此百分比即列为问题（默认 %1）。</translation>
    </message>
    <message>
        <source>--session is required.</source>
        <translation>必须指定 --session。</translation>
    </message>
    <message>
        <source>session-details takes one --session.</source>
        <translation>session-details 只接受一个 --session。</translation>
    </message>
    <message>
        <source>--session needs a session id: up to %1 characters, no spaces or control characters.</source>
        <translation>--session 需要一个会话 ID：最多 %1 个字符，不含空格或控制字符。</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from：%1</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to：%1</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from（%1）晚于 --to（%2）。</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 必须是 %2 到 %3 之间的数字，而不是“%4”。</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <source>The service has no details for the session %1 (in this range).</source>
        <translation>服务没有会话 %1（在此范围内）的详细数据。</translation>
    </message>
    <message>
        <source>%1 %2: %3 has %4 samples for %5 times; only the aligned ones are kept.</source>
        <translation>%1 %2：%3 有 %4 个采样，而时间点有 %5 个；只保留对齐的部分。</translation>
    </message>
    <message>
        <source>%1 %2: %3 is not a list of numbers and was left out.</source>
        <translation>%1 %2：%3 不是数字列表，已略去。</translation>
    </message>
    <message>
        <source>Examples:
  trro-stats session-details --session ID
  trro-stats session-details -s ID --max-latency 200 --min-fps 25
  trro-stats session-details -s ID -f csv -o samples.csv

table: why the session was bad: the findings, worst first, each with its moment,
  and p50/p95/max of every metric with the time spent past its threshold.
csv: one row per side and sample, the vehicle first, then by Time (the side&apos;s
  StartTime + TimeOffset, unix seconds); an empty cell where the service sent no
  samples of that metric. Columns: DeviceType, DeviceId, Time, Rate,
  BitRateEstimate, TotalBitrateEstimate, Fps, FrameDelta, MaxFrameDelta, Lost, NACK,
  NetworkLatency, VideoLatency, ControlLatency, CaptureCost, EncodeCost, DecodeCost,
  RenderCost, K100, K150, Lag100Duration, Lag150Duration, CpuUsed, MemUsed.
json: one object per side with the keys and values the service returned,
  MultiNet included.
</source>
        <translation>示例：
  trro-stats session-details --session ID
  trro-stats session-details -s ID --max-latency 200 --min-fps 25
  trro-stats session-details -s ID -f csv -o samples.csv

table：会话为何质量差：诊断结果（最严重的在前，各带发生时刻），
  以及每个指标的 p50/p95/最大值和超过阈值的时长。
csv：每端每个采样一行，车辆端在前，再按 Time 排序（该端的
  StartTime + TimeOffset，unix 秒）；服务未发送某指标的采样时该格为空。
  列：DeviceType, DeviceId, Time, Rate,
  BitRateEstimate, TotalBitrateEstimate, Fps, FrameDelta, MaxFrameDelta, Lost, NACK,
  NetworkLatency, VideoLatency, ControlLatency, CaptureCost, EncodeCost, DecodeCost,
  RenderCost, K100, K150, Lag100Duration, Lag150Duration, CpuUsed, MemUsed。
json：每端一个对象，包含服务返回的键和值，
  包括 MultiNet。
</translation>
    </message>
</context>
<context>
    <name>trro::cli::SessionsCommand</name>
    <message>
        <source>Sessions of this device only. Default: every device.</source>
        <translation>仅列出此设备的会话。默认：所有设备。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>sessions takes at most one --device.</source>
        <translation>sessions 最多只能指定一个 --device。</translation>
    </message>
    <message>
        <source>--device needs a device id.</source>
        <translation>--device 需要设备 ID。</translation>
    </message>
    <message>
        <source>Examples:
  trro-stats sessions -p ID --from yesterday --to today
  trro-stats sessions -p ID --device VEHICLE --from -6h -f csv -o sessions.csv

Output columns: SessionId, FieldDeviceId, RemoteDeviceId, StartTime, EndTime,
  Resolution, Quality.
</source>
        <translation>示例：
  trro-stats sessions -p ID --from yesterday --to today
  trro-stats sessions -p ID --device VEHICLE --from -6h -f csv -o sessions.csv

输出列：SessionId、FieldDeviceId、RemoteDeviceId、StartTime、EndTime、
  Resolution、Quality。
</translation>
    </message>
    <message>
        <source>No sessions in this range.</source>
        <translation>此范围内没有会话。</translation>
    </message>
</context>
<context>
    <name>trro::cli::StatsCommand</name>
    <message>
        <source>Bucket size: hour, day or month (required).</source>
        <translation>统计周期：hour、day 或 month（必填）。</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVAL</translation>
    </message>
    <message>
        <source>One series for this device; repeat for several. Default: the whole project.</source>
        <translation>为此设备输出一个数据系列；可重复指定多台设备。默认：整个项目。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>One series for every field and remote device of the project.</source>
        <translation>为项目中的每台现场设备和远端设备各输出一个数据系列。</translation>
    </message>
    <message>
        <source>--device needs a device id.</source>
        <translation>--device 需要设备 ID。</translation>
    </message>
    <message>
        <source>--device and --all-devices cannot be combined.</source>
        <translation>--device 和 --all-devices 不能同时使用。</translation>
    </message>
    <message>
        <source>listing the field devices</source>
        <translation>获取现场设备列表</translation>
    </message>
    <message>
        <source>listing the remote devices</source>
        <translation>获取远端设备列表</translation>
    </message>
    <message>
        <source>The project %1 has no devices.</source>
        <translation>项目 %1 中没有设备。</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>(project)</source>
        <translation>（项目）</translation>
    </message>
    <message>
        <source>%1 of %2 series failed; the rows of the others were written.</source>
        <translation>%2 个数据系列中有 %1 个失败；其余数据系列的行已写入。</translation>
    </message>
    <message>
        <source>%1 of %2 series came from the local cache because the service could not be reached.</source>
        <translation>由于无法连接服务，%2 个数据系列中有 %1 个来自本地缓存。</translation>
    </message>
    <message>
        <source>Leave out buckets the range cuts or that are not over yet (table and json mark them Partial otherwise).</source>
        <translation>不输出被范围截断或尚未结束的时间段（否则 table 和 json 将其标记为 Partial）。</translation>
    </message>
    <message numerus="yes">
        <source>The range starts or ends inside a bucket: %n bucket(s) hold only part of their interval and are marked Partial in table and json. Snap the range to bucket starts (--from -1d@d, --to today) or use --complete-only.</source>
        <translation>
            <numerusform>时间范围在时间段中间开始或结束：%n 个时间段只包含其时段的一部分，在 table 和 json 中标记为 Partial。请将范围对齐到时间段开始（--from -1d@d、--to today）或使用 --complete-only。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--complete-only left out %n bucket(s) cut by the range or not over yet.</source>
        <translation>
            <numerusform>--complete-only 省略了 %n 个被范围截断或尚未结束的时间段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>不完整</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) without sessions were left out by the service (across %1 series); they count as zero.</source>
        <translation>
            <numerusform>服务省略了 %n 个没有会话的时段（共 %1 个数据系列）；它们计为零。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 series</source>
        <translation>%1 个数据系列</translation>
    </message>
    <message>
        <source>No data: the service has no sessions for this range (%1 series asked for).</source>
        <translation>没有数据：服务在此范围内没有会话（查询了 %1 个数据系列）。</translation>
    </message>
    <message>
        <source>Examples:
  trro-stats stats -p ID --interval day --from yesterday --to today
  trro-stats stats -p ID --interval hour --from -24h@h --to now@h --complete-only
  trro-stats --tz Asia/Shanghai stats -p ID --interval day --from 2026-11-01 -f json
  trro-stats -q stats -p ID --interval hour --from -4h@h --to -3h@h --all-devices \
      -o fleet.csv --append

Output columns (csv and json keys; the table shows them translated):
  DeviceId, StartTime, EndTime (unix seconds; the table shows --tz time),
  SessionNum, TotalDuration (minutes), NotBadSessionRatio (percent),
  ActiveFieldDeviceNum, ActiveRemoteDeviceNum;
  json and table also Partial: the bucket is cut by the range or not over yet.
</source>
        <translation>示例：
  trro-stats stats -p ID --interval day --from yesterday --to today
  trro-stats stats -p ID --interval hour --from -24h@h --to now@h --complete-only
  trro-stats --tz Asia/Shanghai stats -p ID --interval day --from 2026-11-01 -f json
  trro-stats -q stats -p ID --interval hour --from -4h@h --to -3h@h --all-devices \
      -o fleet.csv --append

输出列（csv 和 json 的键；表格中显示译名）：
  DeviceId、StartTime、EndTime（unix 秒；表格按 --tz 时区显示），
  SessionNum、TotalDuration（分钟）、NotBadSessionRatio（百分比）、
  ActiveFieldDeviceNum、ActiveRemoteDeviceNum；
  json 和 table 另有 Partial：该时间段被范围截断或尚未结束。
</translation>
    </message>
</context>
<context>
    <name>trro::cli::TotalsCommand</name>
    <message>
        <source>Totals of this device only. Default: the whole project.</source>
        <translation>仅汇总此设备。默认：整个项目。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--device needs a device id.</source>
        <translation>--device 需要设备 ID。</translation>
    </message>
    <message>
        <source>(project)</source>
        <translation>（项目）</translation>
    </message>
    <message>
        <source>One row per device of the project (one request each), ranked by --sort.</source>
        <translation>项目中每台设备一行（每台一个请求），按 --sort 排序。</translation>
    </message>
    <message>
        <source>With --all-devices: field (vehicles) or remote (cockpits). Default: both.</source>
        <translation>配合 --all-devices：field（车辆）或 remote（驾驶舱）。默认：两者。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>With --all-devices: ratio (lowest not-bad ratio first, the default), bad (most bad sessions first), sessions or minutes (most first).</source>
        <translation>配合 --all-devices：ratio（优良会话占比最低者在前，默认）、bad（差会话最多者在前）、sessions 或 minutes（最多者在前）。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <source>With --all-devices: only the first N devices.</source>
        <translation>配合 --all-devices：只输出前 N 台设备。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>totals takes at most one --device (or --all-devices).</source>
        <translation>totals 最多接受一个 --device（或 --all-devices）。</translation>
    </message>
    <message>
        <source>--device and --all-devices cannot be combined.</source>
        <translation>--device 和 --all-devices 不能同时使用。</translation>
    </message>
    <message>
        <source>--%1 needs --all-devices.</source>
        <translation>--%1 需要 --all-devices。</translation>
    </message>
    <message>
        <source>--type must be field or remote, not &quot;%1&quot;.</source>
        <translation>--type 必须是 field 或 remote，而不是“%1”。</translation>
    </message>
    <message>
        <source>--sort must be ratio, bad, sessions or minutes, not &quot;%1&quot;.</source>
        <translation>--sort 必须是 ratio、bad、sessions 或 minutes，而不是“%1”。</translation>
    </message>
    <message>
        <source>--top expects a number of devices from 1, not &quot;%1&quot;.</source>
        <translation>--top 需要一个从 1 开始的设备数量，而不是“%1”。</translation>
    </message>
    <message>
        <source>No sessions in this range.</source>
        <translation>此范围内没有会话。</translation>
    </message>
    <message>
        <source>listing the devices</source>
        <translation>列出设备时</translation>
    </message>
    <message>
        <source>The project %1 has no devices.</source>
        <translation>项目 %1 没有设备。</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>台设备</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>Bad sessions</source>
        <translation>差会话</translation>
    </message>
    <message>
        <source>No sessions in this range on any device.</source>
        <translation>此范围内所有设备都没有会话。</translation>
    </message>
    <message>
        <source>With --all-devices: estimate every device&apos;s totals from one project-wide session list (a few requests instead of one per device).</source>
        <translation>与 --all-devices 一起使用：根据整个项目的一份会话列表估算每台设备的合计（只需几次请求，而不是每台设备一次）。</translation>
    </message>
    <message>
        <source>listing the sessions</source>
        <translation>列出会话</translation>
    </message>
    <message numerus="yes">
        <source>Estimated from the project&apos;s session list (%n session(s)), not the service&apos;s statistics: run without --estimate for exact figures.</source>
        <translation>
            <numerusform>根据项目的会话列表（%n 个会话）估算，并非服务的统计数据：如需精确数字，请不带 --estimate 运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Examples:
  trro-stats totals -p ID --from -7d@d --to today
  trro-stats totals -p ID --all-devices --type field --sort ratio --top 5
  trro-stats totals -p ID --all-devices --estimate --sort bad --top 10

Output columns: DeviceId, StartTime, EndTime, SessionNum, TotalDuration (minutes),
  NotBadSessionRatio (percent), ActiveFieldDeviceNum, ActiveRemoteDeviceNum;
  with --all-devices also BadSessionNum (sessions whose quality was bad, from
  the ratio) and one row per device, ranked by --sort.
</source>
        <translation>示例：
  trro-stats totals -p ID --from -7d@d --to today
  trro-stats totals -p ID --all-devices --type field --sort ratio --top 5
  trro-stats totals -p ID --all-devices --estimate --sort bad --top 10

输出列：DeviceId、StartTime、EndTime、SessionNum、TotalDuration（分钟）、
  NotBadSessionRatio（百分比）、ActiveFieldDeviceNum、ActiveRemoteDeviceNum；
  使用 --all-devices 时另有 BadSessionNum（由比例推算的质量差的会话数），
  且每台设备一行，按 --sort 排序。
</translation>
    </message>
</context>
<context>
    <name>trro::cli::UsageCommand</name>
    <message>
        <source>Minutes of this device only. Default: the whole project.</source>
        <translation>仅此设备的分钟数。默认：整个项目。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>day (one row per day of the service, China time; the default) or total (one row for the range).</source>
        <translation>day（按服务的天每天一行，中国时间；默认）或 total（整个时间范围一行）。</translation>
    </message>
    <message>
        <source>day|total</source>
        <translation>day|total</translation>
    </message>
    <message>
        <source>usage takes at most one --device, with a device id.</source>
        <translation>usage 最多接受一个 --device，且须带设备 ID。</translation>
    </message>
    <message>
        <source>--by must be day or total, not &quot;%1&quot;.</source>
        <translation>--by 必须是 day 或 total，而不是“%1”。</translation>
    </message>
    <message>
        <source>--from is required: the start of the range (e.g. --from now@mon).</source>
        <translation>必须指定 --from：时间范围的起点（例如 --from now@mon）。</translation>
    </message>
    <message>
        <source>The range must be at most %1 days.</source>
        <translation>时间范围最多为 %1 天。</translation>
    </message>
    <message>
        <source>the minutes by day</source>
        <translation>按天的分钟数</translation>
    </message>
    <message>
        <source>the minutes of the range</source>
        <translation>时间范围内的分钟数</translation>
    </message>
    <message>
        <source>the minutes of the month</source>
        <translation>本月的分钟数</translation>
    </message>
    <message>
        <source>No minutes in this range.</source>
        <translation>此时间范围内没有分钟数。</translation>
    </message>
    <message>
        <source>Total: %1 session minutes (billed: %2).</source>
        <translation>合计：%1 会话分钟（计费：%2）。</translation>
    </message>
    <message>
        <source>Month to date (since %1, China time): %2 minutes.</source>
        <translation>本月至今（自 %1 起，中国时间）：%2 分钟。</translation>
    </message>
    <message>
        <source>Forecast to the month&apos;s end (%1): %2 minutes, %3 to %4 (the last %5 days: %6 ± %7 minutes a day).</source>
        <translation>至月末（%1）的预测：%2 分钟，%3 至 %4（最近 %5 天：每天 %6 ± %7 分钟）。</translation>
    </message>
    <message>
        <source>Examples:
  trro-stats usage -p ID --from now@mon
  trro-stats usage -p ID --device car-7 --from 2026-11-01 --to 2026-12-01 -f csv
  trro-stats usage -p ID --from -30d@d --by total -f json

Columns (csv, json): DeviceId, SessionTime (the start of the service&apos;s day, China
  time, unix seconds) and Date (that day), or with --by total StartTime and EndTime;
  then the minutes of each tier as GetDurationDetails names them: Voice, SD, HD, FHD,
  TwoK, FourK, Online, MultiSD, MultiHD, MultiFHD, MultiTwoK, MultiFourK, MultiOnline;
  DeductDuration (the billed minutes) and SessionMinutes (every tier but Online and
  MultiOnline: the statistics&apos; TotalDuration). Days without minutes are zeros; a value
  the service sent that cannot be true is left out (empty, JSON null) with a warning.
JSON: {&quot;Days&quot;: [...], &quot;Total&quot;: {...}, &quot;Forecast&quot;: {AsOf, MonthStart, MonthEnd,
  MonthToDate, Forecast, ForecastLow, ForecastHigh, BaselineDays, BaselineMean,
  BaselineSpread}}. The forecast is of the month that holds --to, as of --to: the
  minutes so far plus the mean of the last 7 whole days for the rest, the band one
  standard deviation either side. The table shows it under the rows.
</source>
        <translation>示例：
  trro-stats usage -p ID --from now@mon
  trro-stats usage -p ID --device car-7 --from 2026-11-01 --to 2026-12-01 -f csv
  trro-stats usage -p ID --from -30d@d --by total -f json

列（csv、json）：DeviceId、SessionTime（服务的一天的开始，中国时间，
  unix 秒）和 Date（该日），或使用 --by total 时为 StartTime 和 EndTime；
  然后是按 GetDurationDetails 命名的各档位分钟数：Voice、SD、HD、FHD、
  TwoK、FourK、Online、MultiSD、MultiHD、MultiFHD、MultiTwoK、MultiFourK、MultiOnline；
  DeductDuration（计费分钟数）和 SessionMinutes（除 Online 和 MultiOnline 之外
  所有档位之和：即统计中的 TotalDuration）。没有分钟数的天记为 0；服务发送的
  不可能成立的值被排除（留空，JSON 为 null）并给出警告。
JSON：{&quot;Days&quot;: [...], &quot;Total&quot;: {...}, &quot;Forecast&quot;: {AsOf, MonthStart, MonthEnd,
  MonthToDate, Forecast, ForecastLow, ForecastHigh, BaselineDays, BaselineMean,
  BaselineSpread}}。预测针对包含 --to 的月份，截至 --to：目前已用的分钟数
  加上最近 7 个完整天的平均值乘以剩余天数，区间为上下各一个标准差。
  表格在各行下方显示预测。
</translation>
    </message>
</context>
<context>
    <name>trro::cli::WhyCommand</name>
    <message>
        <source>Start of the span (required), in the syntax of the other commands: unix seconds, ISO 8601, YYYY-MM-DD[THH:MM] in the --tz zone, -26h, -1d@d, ...</source>
        <translation>时段的开始（必填），语法与其他命令相同：Unix 秒、ISO 8601、--tz 时区中的 YYYY-MM-DD[THH:MM]、-26h、-1d@d……</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>End of the span (default now).</source>
        <translation>时段的结束（默认为现在）。</translation>
    </message>
    <message>
        <source>Start of the baseline (default: the span&apos;s length before the span).</source>
        <translation>基线的开始（默认：时段之前同样长的一段）。</translation>
    </message>
    <message>
        <source>End of the baseline (default: the span&apos;s start).</source>
        <translation>基线的结束（默认：时段的开始）。</translation>
    </message>
    <message>
        <source>Dimensions, comma-separated, from %1 (default %2). network, sdk and stage read session details: one request per sampled session.</source>
        <translation>维度，以逗号分隔，可选 %1（默认 %2）。network、sdk 和 stage 需要读取会话详情：每个抽样会话一个请求。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Rows to write, highest score first (default 10, 0: all).</source>
        <translation>输出的行数，得分最高的在前（默认 10，0：全部）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Significance level of the adjusted p-value (default %1).</source>
        <translation>校正后 p 值的显著性水平（默认 %1）。</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>At most this many session details for network, sdk and stage (default 300).</source>
        <translation>network、sdk 和 stage 最多读取这么多会话详情（默认 300）。</translation>
    </message>
    <message>
        <source>--from is required: the start of the span to explain (e.g. --from -1d@d).</source>
        <translation>必须指定 --from：要解释的时段的开始（例如 --from -1d@d）。</translation>
    </message>
    <message>
        <source>The span must be longer than 0 and at most 31 days.</source>
        <translation>时段必须长于 0，且最长 31 天。</translation>
    </message>
    <message>
        <source>--baseline-from and --baseline-to go together.</source>
        <translation>--baseline-from 和 --baseline-to 必须同时使用。</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1：%2</translation>
    </message>
    <message>
        <source>The baseline must be longer than 0 and at most 31 days.</source>
        <translation>基线必须长于 0，且最长 31 天。</translation>
    </message>
    <message>
        <source>--by: unknown dimension &quot;%1&quot;; the dimensions are %2.</source>
        <translation>--by：未知维度“%1”；可用维度为 %2。</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>您是想用“%1”吗？</translation>
    </message>
    <message>
        <source>--by needs at least one dimension.</source>
        <translation>--by 至少需要一个维度。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>--alpha must be a number between 0 and 1, not &quot;%1&quot;.</source>
        <translation>--alpha 必须是 0 到 1 之间的数，而不是“%1”。</translation>
    </message>
    <message>
        <source>The session lists hold %1 and %2 sessions where the statistics count %3 and %4 (span, baseline; -1: not answered): the figures are estimates.</source>
        <translation>会话列表中有 %1 和 %2 个会话，而统计数据为 %3 和 %4（时段、基线；-1：未应答）：这些数字是估计值。</translation>
    </message>
    <message numerus="yes">
        <source>Reading the details of %n session(s): %n DescribeDeviceSessionDetails request(s), about %1 s at the rate limit.</source>
        <translation>
            <numerusform>正在读取 %n 个会话的详情：%n 个 DescribeDeviceSessionDetails 请求，按速率限制约需 %1 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>session details</source>
        <translation>会话详情</translation>
    </message>
    <message>
        <source>listing the sessions</source>
        <translation>列出会话</translation>
    </message>
    <message numerus="yes">
        <source>%n session detail request(s) failed; those sessions were left out of network, sdk and stage.</source>
        <translation>
            <numerusform>%n 个会话详情请求失败；这些会话未计入 network、sdk 和 stage。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) were left out: unknown quality, ending before their start, repeated or outside the span.</source>
        <translation>
            <numerusform>%n 个会话被排除：质量未知、结束早于开始、重复或不在时段内。</numerusform>
        </translation>
    </message>
    <message>
        <source>A span held more sessions than the finder reads; the rest were left out.</source>
        <translation>某个时段的会话数超过了可读取的上限；其余会话被排除。</translation>
    </message>
    <message>
        <source>The span has no sessions in the project %1.</source>
        <translation>项目 %1 在该时段没有会话。</translation>
    </message>
    <message>
        <source>The baseline has no sessions: nothing was tested.</source>
        <translation>基线没有会话：未做任何检验。</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Baseline bad</source>
        <translation>基线差</translation>
    </message>
    <message>
        <source>Bad %</source>
        <translation>差 %</translation>
    </message>
    <message>
        <source>Baseline bad %</source>
        <translation>基线差 %</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <source>Ratio without</source>
        <translation>去掉后的比例</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Share of bad</source>
        <translation>差会话占比</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Adjusted p</source>
        <translation>校正 p</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>No value&apos;s bad share differs from the baseline&apos;s at the adjusted level of %1.</source>
        <translation>在校正后的 %1 水平下，没有任何取值的差会话比例与基线不同。</translation>
    </message>
    <message>
        <source>Examples:
  trro-stats why -p ID --from -26h --to -22h
  trro-stats why -p ID --from 2026-11-24T13:00 --to 2026-11-24T17:00 \
      --baseline-from 2026-11-17T13:00 --baseline-to 2026-11-17T17:00 -f json
  trro-stats why -p ID --from -6h --by remote,network,stage --max-details 200

For each value of each dimension: its sessions and bad sessions in the span and in the
baseline, how many points of the span&apos;s not-bad ratio it costs (ContributionPoints =
RatioWithout - the span&apos;s ratio), and whether its bad share differs from the
baseline&apos;s: Fisher&apos;s exact test when an expected count is below 5, else a
two-proportion z-test, with a Benjamini-Hochberg adjustment over every value tested.
Significant: the adjusted p-value is below --alpha and the bad share grew. Rows are
ranked by Score: the positive contribution times the rise of the bad share from the
baseline, so that a group that merely contains the cause ranks below it. Hours are
those of the --tz zone. An association, not a proof of cause: see docs/CAUSES.md.

Columns (csv, json): Dimension, Value, Sessions, BadSessions, BaselineSessions,
BaselineBadSessions, BadShare, BaselineBadShare, ContributionPoints, RatioWithout,
PValue, ShareOfBad, Test (z, fisher or empty), AdjustedPValue, Significant, Score;
shares and ratios in percent.
</source>
        <translation>示例：
  trro-stats why -p ID --from -26h --to -22h
  trro-stats why -p ID --from 2026-11-24T13:00 --to 2026-11-24T17:00 \
      --baseline-from 2026-11-17T13:00 --baseline-to 2026-11-17T17:00 -f json
  trro-stats why -p ID --from -6h --by remote,network,stage --max-details 200

对每个维度的每个取值：它在时段和基线中的会话数与差会话数，它使时段的优良会话占比降低了
多少个百分点（ContributionPoints = RatioWithout - 时段的比例），以及它的差会话比例
是否与基线不同：任一期望计数小于 5 时用 Fisher 精确检验，否则用两比例 z 检验，
并对所有检验的取值做 Benjamini-Hochberg 校正。Significant：校正后的 p 值低于 --alpha
且差会话比例上升。各行按 Score 排序：正的贡献乘以差会话比例相对基线的上升，因此仅仅
包含原因的更大分组排在原因之后。小时按 --tz 时区计算。这是关联，而不是因果的证明：
见 docs/CAUSES.md。

列（csv、json）：Dimension、Value、Sessions、BadSessions、BaselineSessions、
BaselineBadSessions、BadShare、BaselineBadShare、ContributionPoints、RatioWithout、
PValue、ShareOfBad、Test（z、fisher 或空）、AdjustedPValue、Significant、Score；
比例均为百分数。
</translation>
    </message>
    <message>
        <source>A quick answer: each session list read as a sample (the first page of %1 slices of its span, %2 requests in all, about %3 s at the rate limit), without the statistics that tell whether the lists were complete; the counts are scaled estimates.</source>
        <translation>快速回答：每个会话列表按样本读取（其时段 %1 个时间片各取第一页，共 %2 个请求，按速率限制约 %3 秒），不请求用于判断列表是否完整的统计；计数为按比例放大的估计值。</translation>
    </message>
    <message>
        <source>Estimated from a sample of %1 of %2 sessions in the span and %3 of %4 in the baseline; without --estimate every session is read.</source>
        <translation>估计基于样本：时段内 %2 个会话中的 %1 个，基线中 %4 个中的 %3 个；不加 --estimate 时读取每个会话。</translation>
    </message>
</context>
<context>
    <name>trro::collector::CollectorCycle</name>
    <message>
        <source>the device list of %1</source>
        <translation>%1 的设备列表</translation>
    </message>
    <message>
        <source>%1 statistics of %2</source>
        <translation>%2 的 %1 统计数据</translation>
    </message>
    <message>
        <source>the sessions of %1</source>
        <translation>%1 的会话</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>trro::collector::CollectorOptions</name>
    <message>
        <source>--project expects a project id (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;), not &quot;%1&quot;.</source>
        <translation>--project 需要项目 ID（字母、数字、“_”、“-”、“.”），而不是“%1”。</translation>
    </message>
    <message>
        <source>Name at least one project with --project ID.</source>
        <translation>请用 --project ID 至少指定一个项目。</translation>
    </message>
    <message>
        <source>At most %1 projects per collector.</source>
        <translation>每个采集器最多 %1 个项目。</translation>
    </message>
    <message>
        <source>--interval expects hour, day and/or month separated by commas, not &quot;%1&quot;.</source>
        <translation>--interval 需要以逗号分隔的 hour、day 和/或 month，而不是“%1”。</translation>
    </message>
    <message>
        <source>--interval needs at least one of hour, day, month.</source>
        <translation>--interval 至少需要 hour、day、month 中的一个。</translation>
    </message>
    <message>
        <source>The shared history store, a PostgreSQL URL: postgresql://user@host:port/db or postgresql:///db?host=/run/postgresql. The password comes from ~/.pgpass or $PGPASSFILE, never from the URL.</source>
        <translation>共享历史存储，PostgreSQL URL：postgresql://user@host:port/db 或 postgresql:///db?host=/run/postgresql。密码来自 ~/.pgpass 或 $PGPASSFILE，绝不来自 URL。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A project to collect (repeat for more).</source>
        <translation>要采集的项目（可重复指定多个）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The intervals to collect, separated by commas: hour, day, month (default: hour,day).</source>
        <translation>要采集的统计周期，以逗号分隔：hour、day、month（默认：hour,day）。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Collect from this time on: 2026-01-01, 2026-01-01T08:00, -30d, -90d@d ... (default: -30d@d).</source>
        <translation>从该时间起采集：2026-01-01、2026-01-01T08:00、-30d、-90d@d ……（默认：-30d@d）。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Fill everything up to now, then exit.</source>
        <translation>采集到当前为止的全部数据，然后退出。</translation>
    </message>
    <message>
        <source>Keep going: a cycle every DURATION (30s, 5m, 1h; at least 10 s).</source>
        <translation>持续运行：每隔 DURATION 采集一轮（30s、5m、1h；至少 10 秒）。</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Keep this many months of statistics and sessions in the store, for every program using it (0: keep everything).</source>
        <translation>在存储中保留这么多个月的统计数据和会话，对所有使用该存储的程序生效（0：全部保留）。</translation>
    </message>
    <message>
        <source>MONTHS</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Name the store with --store URL.</source>
        <translation>请用 --store URL 指定存储。</translation>
    </message>
    <message>
        <source>--since must be in the past.</source>
        <translation>--since 必须是过去的时间。</translation>
    </message>
    <message>
        <source>Give either --once or --every DURATION.</source>
        <translation>请指定 --once 或 --every DURATION 之一。</translation>
    </message>
    <message>
        <source>--every expects a duration from 10 s to 7 days such as 30s, 5m or 1h, not &quot;%1&quot;.</source>
        <translation>--every 需要 10 秒到 7 天之间的时长，例如 30s、5m 或 1h，而不是“%1”。</translation>
    </message>
    <message>
        <source>--retention expects a number of months from 0 to 1200.</source>
        <translation>--retention 需要 0 到 1200 之间的月数。</translation>
    </message>
    <message>
        <source>--metrics-per-device needs --metrics-listen.</source>
        <translation>--metrics-per-device 需要 --metrics-listen。</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics at http://ADDR:PORT/metrics; a port alone listens on the loopback (127.0.0.1), [::1]:PORT on IPv6, 0.0.0.0:PORT on every interface.</source>
        <translation>在 http://ADDR:PORT/metrics 提供 Prometheus 指标；只给端口时监听回环地址（127.0.0.1），[::1]:PORT 为 IPv6，0.0.0.0:PORT 为所有网络接口。</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <source>The metrics include a series per device and interval (high cardinality: three series per device and interval).</source>
        <translation>指标包含每台设备每个时间粒度的序列（高基数：每台设备每个粒度三个序列）。</translation>
    </message>
</context>
<context>
    <name>trro::collector::CollectorRun</name>
    <message>
        <source>waiting: another trro-collector is filling the store for %1; this one takes over when it stops.</source>
        <translation>等待中：另一个 trro-collector 正在为 %1 填充该存储；它停止后由本进程接替。</translation>
    </message>
    <message>
        <source>collecting for %1 from %2 into the store.</source>
        <translation>正在从 %2 为 %1 采集数据写入存储。</translation>
    </message>
    <message>
        <source>collecting</source>
        <translation>采集中</translation>
    </message>
    <message>
        <source>cycle %1 complete in %2 s</source>
        <translation>第 %1 轮采集完成，用时 %2 秒</translation>
    </message>
    <message>
        <source>cycle %1 incomplete in %2 s</source>
        <translation>第 %1 轮采集未完成，用时 %2 秒</translation>
    </message>
    <message>
        <source>first failure: %1</source>
        <translation>首个失败：%1</translation>
    </message>
    <message>
        <source>next cycle in %1 s</source>
        <translation>%1 秒后开始下一轮</translation>
    </message>
    <message>
        <source>projects: %1, devices: %2, series: %3, buckets stored: %4, sessions stored: %5, API calls: %6</source>
        <translation>项目：%1，设备：%2，序列：%3，已存时间段：%4，已存会话：%5，API 调用：%6</translation>
    </message>
</context>
<context>
    <name>trro::collector::ListenAddress</name>
    <message>
        <source>--metrics-listen expects PORT, ADDRESS:PORT or [IPv6]:PORT, not &quot;%1&quot;: %2</source>
        <translation>--metrics-listen 需要 PORT、ADDRESS:PORT 或 [IPv6]:PORT，而不是“%1”：%2</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <source>an IPv6 address in brackets needs a port after &quot;]:&quot;</source>
        <translation>方括号中的 IPv6 地址需要在“]:”后给出端口</translation>
    </message>
    <message>
        <source>name the address (0.0.0.0 or [::] for every interface)</source>
        <translation>请写明地址（所有网络接口用 0.0.0.0 或 [::]）</translation>
    </message>
    <message>
        <source>put an IPv6 address in brackets</source>
        <translation>请将 IPv6 地址放在方括号中</translation>
    </message>
    <message>
        <source>the port is a number from 0 to 65535</source>
        <translation>端口是 0 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>不是 IP 地址</translation>
    </message>
</context>
<context>
    <name>trro::collector::Main</name>
    <message>
        <source>Run &quot;trro-collector --help&quot; for usage.</source>
        <translation>运行“trro-collector --help”查看用法。</translation>
    </message>
    <message>
        <source>Keeps a shared PostgreSQL history of a TRRO fleet filled: device lists, statistics and sessions, under the account&apos;s rate limit.</source>
        <translation>持续填充 TRRO 车队的共享 PostgreSQL 历史：设备列表、统计数据和会话，遵守账号的频率限制。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>API keys: TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, --profile NAME (the keychain), the files tencentcloud-secret-id and tencentcloud-secret-key in $CREDENTIALS_DIRECTORY (systemd&apos;s LoadCredential=), or the saved default profile; never the store or a configuration file.
Store password: ~/.pgpass or $PGPASSFILE, as for psql.

Exit status:
  0  --once: everything up to now is in the store
  1  some series failed (they are tried again next time)
  2  usage error
  3  missing or rejected credentials
  4  other error answered by the service
  5  network error or timeout
  6  malformed answer from the service
  7  the store could not be opened or refused a write
  8  --metrics-listen could not listen (the port is in use ...)
</source>
        <translation>API 密钥：TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY、--profile NAME（系统钥匙串）、$CREDENTIALS_DIRECTORY 中的 tencentcloud-secret-id 和 tencentcloud-secret-key 文件（systemd 的 LoadCredential=），或已保存的默认配置档案；绝不来自存储或配置文件。
存储密码：~/.pgpass 或 $PGPASSFILE，与 psql 相同。

退出状态：
  0  --once：到当前为止的全部数据都已在存储中
  1  部分序列失败（下次会重试）
  2  用法错误
  3  凭据缺失或被拒绝
  4  服务返回了其他错误
  5  网络错误或超时
  6  服务的应答格式有误
  7  无法打开存储，或存储拒绝了写入
  8  --metrics-listen 无法监听（端口被占用……）
</translation>
    </message>
    <message>
        <source>metrics at %1</source>
        <translation>指标地址：%1</translation>
    </message>
</context>
<context>
    <name>trro::collector::MetricsServer</name>
    <message>
        <source>the port is in use by another program</source>
        <translation>该端口已被其他程序占用</translation>
    </message>
    <message>
        <source>the address is not one of this machine&apos;s</source>
        <translation>该地址不属于本机</translation>
    </message>
    <message>
        <source>--metrics-listen %1: cannot listen there: %2</source>
        <translation>--metrics-listen %1：无法在此监听：%2</translation>
    </message>
</context>
<context>
    <name>trro::pgschema</name>
    <message>
        <source>The store refused a statement: %1</source>
        <translation>历史库拒绝了一条语句：%1</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>无法读取历史库：%1</translation>
    </message>
    <message>
        <source>The store could not start a transaction: %1</source>
        <translation>历史库无法开始事务：%1</translation>
    </message>
    <message>
        <source>The store could not be locked: %1</source>
        <translation>无法锁定历史库：%1</translation>
    </message>
    <message>
        <source>The store has schema version %1; this program knows versions up to %2. Update it.</source>
        <translation>历史库的结构版本为 %1；本程序最高只支持版本 %2。请升级本程序。</translation>
    </message>
    <message>
        <source>The store could not commit the migration: %1</source>
        <translation>历史库无法提交结构迁移：%1</translation>
    </message>
</context>
</TS>
