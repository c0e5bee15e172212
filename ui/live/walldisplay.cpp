#include "walldisplay.h"

#include "livemonitor.h"
#include "livetotals.h"
#include "modelformat.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QStringBuilder>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace trro {
namespace {

constexpr int WorstShown = 5;

QString tone(LiveQuality::Verdict verdict) {
    switch (verdict) {
    case LiveQuality::Verdict::Bad:
        return QStringLiteral("#ff6b6b");
    case LiveQuality::Verdict::Degraded:
        return QStringLiteral("#ffc857");
    case LiveQuality::Verdict::Good:
        return QStringLiteral("#7bd88f");
    case LiveQuality::Verdict::Unknown:
        break;
    }
    return QStringLiteral("#c8ccd4");
}

int verdictRank(const LiveRow &r) {
    switch (r.quality.verdict) {
    case LiveQuality::Verdict::Bad:
        return 0;
    case LiveQuality::Verdict::Degraded:
        return 1;
    case LiveQuality::Verdict::Unknown:
        return r.stale ? 0 : 3;
    case LiveQuality::Verdict::Good:
        break;
    }
    return r.stale ? 0 : 2;
}

} // namespace

WallDisplay::WallDisplay(LiveMonitor *monitor, LiveTotals *totals, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_totals(totals)
    , m_clockTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("wallDisplay"));
    setWindowTitle(tr("TRRO wall display"));
    setAccessibleName(tr("Wall display"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x12, 0x14, 0x18));
    p.setColor(QPalette::WindowText, QColor(0xec, 0xee, 0xf2));
    setPalette(p);
    setCursor(Qt::BlankCursor);

    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("color:#eceef2;"));
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // the clock stays whole
    m_title->setTextFormat(Qt::PlainText);
    m_title->installEventFilter(this);
    m_clock = new QLabel(this);
    m_clock->setStyleSheet(QStringLiteral("color:#eceef2;"));
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(
        QStringLiteral("background:#8a1c1c;color:white;padding:12px;border-radius:6px;"));
    m_banner->hide();

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_clock);
    auto *grid = new QGridLayout;
    grid->setSpacing(24);
    QLabel *caption = nullptr;
    addTile(grid, QStringLiteral("running"), 0, 0, 1, 1, &caption);
    addTile(grid, QStringLiteral("ratio"), 0, 1, 1, 1, &caption);
    addTile(grid, QStringLiteral("today"), 0, 2, 1, 1, &caption);
    addTile(grid, QStringLiteral("worst"), 1, 0, 1, 2, &caption);
    addTile(grid, QStringLiteral("alerts"), 1, 2, 1, 1, &caption);
    grid->setRowStretch(0, 2);
    grid->setRowStretch(1, 3);
    for (const char *name : {"worst", "alerts"}) {
        m_values.value(QLatin1String(name))->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_values.value(QLatin1String(name))->setTextFormat(Qt::RichText);
        m_values.value(QLatin1String(name))->setWordWrap(true);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 28, 40, 28);
    layout->setSpacing(20);
    layout->addLayout(head);
    layout->addWidget(m_banner);
    layout->addLayout(grid, 1);

    connect(m_monitor, &LiveMonitor::updated, this, &WallDisplay::showFigures);
    connect(m_monitor, &LiveMonitor::qualityChanged, this, &WallDisplay::showFigures);
    connect(m_totals, &LiveTotals::updated, this, &WallDisplay::showFigures);
    connect(m_clockTimer, &QTimer::timeout, this, &WallDisplay::tick);
    m_clockTimer->start(1000);
    showFigures();
    scaleFonts();
}

QLabel *WallDisplay::addTile(QGridLayout *grid, const QString &name, int row, int column,
                             int rowSpan, int columnSpan, QLabel **caption) {
    auto *frame = new QFrame(this);
    frame->setObjectName(name + QStringLiteral("Tile"));
    frame->setStyleSheet(
        QStringLiteral("#%1Tile{background:#1d2027;border-radius:10px;}").arg(name));
    auto *box = new QVBoxLayout(frame);
    box->setContentsMargins(24, 16, 24, 16);
    *caption = new QLabel(frame);
    (*caption)->setStyleSheet(QStringLiteral("color:#9aa3b2;"));
    auto *value = new QLabel(frame);
    value->setStyleSheet(QStringLiteral("color:#eceef2;"));
    value->setTextFormat(Qt::PlainText);
    value->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    box->addWidget(*caption);
    box->addWidget(value, 1);
    grid->addWidget(frame, row, column, rowSpan, columnSpan);
    m_values.insert(name, value);
    m_captions.insert(name, *caption);
    return value;
}

void WallDisplay::setProjectName(const QString &name) {
    m_project = name;
    showFigures();
}

void WallDisplay::setDeviceNames(const QHash<QString, QString> &namesById) {
    m_names = namesById;
    showFigures();
}

void WallDisplay::setTimeZone(const QTimeZone &zone) {
    m_zone = zone;
    m_totals->setTimeZone(zone);
    tick();
}

void WallDisplay::setAlerts(const QList<Alert> &alerts) {
    m_alerts = alerts;
    showFigures();
}

QString WallDisplay::deviceLabel(const QString &id) const {
    const QString name = m_names.value(id);
    return name.isEmpty() ? id : name;
}

QString WallDisplay::tileText(const QString &name) const {
    if (name == QLatin1String("banner"))
        return m_banner->text();
    const QLabel *value = m_values.value(name);
    const QLabel *caption = m_captions.value(name);
    if (!value || !caption)
        return {};
    QString text = value->text();
    if (value->textFormat() == Qt::RichText) {
        text.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
        text.replace(QStringLiteral("</tr>"), QStringLiteral("\n"));
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
        text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    }
    return caption->text() + QLatin1Char('\n') + text;
}

bool WallDisplay::isBannerShown() const {
    return !m_banner->isHidden();
}

void WallDisplay::showFigures() {
    const QLocale locale;
    const LiveRoster &roster = m_monitor->roster();
    elideTitle();

    m_captions.value(QStringLiteral("running"))->setText(tr("Running now"));
    const bool listed = m_monitor->lastSuccess() > 0;
    m_values.value(QStringLiteral("running"))
        ->setText(listed ? locale.toString(roster.running()) : QStringLiteral("—"));
    if (roster.stale() > 0)
        m_captions.value(QStringLiteral("running"))
            ->setText(tr("Running now · %n without a report", nullptr, roster.stale()));

    m_captions.value(QStringLiteral("ratio"))->setText(tr("Not bad, last 60 min"));
    m_captions.value(QStringLiteral("today"))->setText(tr("Sessions today"));
    if (m_totals->asOf() > 0) {
        const SessionTotals &hour = m_totals->lastHour();
        m_values.value(QStringLiteral("ratio"))
            ->setText(hour.sessionNum > 0 ? formatPercent(hour.notBadSessionRatio)
                                          : QStringLiteral("—"));
        const SessionTotals &today = m_totals->today();
        m_values.value(QStringLiteral("today"))->setText(locale.toString(today.sessionNum));
        m_captions.value(QStringLiteral("today"))
            ->setText(tr("Sessions today · %1 min").arg(locale.toString(today.totalDuration)));
    } else {
        m_values.value(QStringLiteral("ratio"))->setText(QStringLiteral("—"));
        m_values.value(QStringLiteral("today"))->setText(QStringLiteral("—"));
    }

    // The worst running sessions: bad, silent, degraded first; the longest running among equals.
    QList<const LiveRow *> rows;
    for (const LiveRow &r : roster.rows()) {
        if (!r.ended)
            rows.append(&r);
    }
    const qint64 now = m_monitor->now();
    std::stable_sort(rows.begin(), rows.end(), [now](const LiveRow *a, const LiveRow *b) {
        if (verdictRank(*a) != verdictRank(*b))
            return verdictRank(*a) < verdictRank(*b);
        return a->runningFor(now) > b->runningFor(now);
    });
    m_captions.value(QStringLiteral("worst"))->setText(tr("Worst running sessions"));
    // A table: the state and the running time stay whole at the right of each line.
    QStringList lines;
    for (qsizetype i = 0; i < rows.size() && i < WorstShown; ++i) {
        const LiveRow &r = *rows.at(i);
        const QString state = r.stale ? tr("no report for %1").arg(formatAge(r.updateAge(now)))
                                      : liveVerdictText(r.quality.verdict);
        const QString peers = tr("%1 ↔ %2").arg(deviceLabel(r.session.fieldDeviceId),
                                                deviceLabel(r.session.remoteDeviceId));
        lines << QStringLiteral("<tr><td width='1' style='color:%1'>●</td><td>%2</td>"
                                "<td nowrap>&nbsp;&nbsp;%3</td><td nowrap "
                                "align='right'>&nbsp;&nbsp;%4</td></tr>")
                     .arg(r.stale ? tone(LiveQuality::Verdict::Bad) : tone(r.quality.verdict),
                          peers.toHtmlEscaped(), state.toHtmlEscaped(),
                          formatDurationSeconds(r.runningFor(now)).toHtmlEscaped());
    }
    m_values.value(QStringLiteral("worst"))
        ->setText(lines.isEmpty() ? tr("No session is running.")
                                  : QStringLiteral("<table width='100%' cellspacing='0' "
                                                   "cellpadding='4'>") %
                                        lines.join(QString()) % QStringLiteral("</table>"));

    QList<Alert> active;
    for (const Alert &a : std::as_const(m_alerts)) {
        if (a.state != AlertState::Ok)
            active.append(a);
    }
    std::stable_sort(active.begin(), active.end(),
                     [](const Alert &a, const Alert &b) { return a.state > b.state; });
    m_captions.value(QStringLiteral("alerts"))
        ->setText(tr("Active alerts · %1").arg(locale.toString(qsizetype(active.size()))));
    QStringList alertLines;
    for (qsizetype i = 0; i < active.size() && i < 4; ++i) {
        const Alert &a = active.at(i);
        alertLines << QStringLiteral("<span style='color:%1'>●</span> %2")
                          .arg(a.state == AlertState::Critical ? QStringLiteral("#ff6b6b")
                                                               : QStringLiteral("#ffc857"),
                               QString(AlertEngine::ruleLabel(a.rule) + QStringLiteral(": ") +
                                       a.summary)
                                   .toHtmlEscaped());
    }
    m_values.value(QStringLiteral("alerts"))
        ->setText(alertLines.isEmpty() ? tr("None") : alertLines.join(QStringLiteral("<br>")));
    tick();
}

void WallDisplay::tick() {
    const qint64 now = m_monitor->now();
    m_clock->setText(formatUnixTime(now, m_zone));
    const QString error =
        !m_monitor->lastError().isEmpty() ? m_monitor->lastError() : m_totals->lastError();
    if (error.isEmpty()) {
        m_banner->hide();
        return;
    }
    const qint64 last = m_monitor->lastSuccess();
    m_banner->setText(
        last > 0 ? tr("The service cannot be reached: %1. The figures are from %2 (%3 old); "
                      "retrying every %4 s.")
                       .arg(error, formatUnixTime(last, m_zone),
                            formatAge(std::max<qint64>(0, now - last)))
                       .arg(m_monitor->refreshSec())
                 : tr("The service cannot be reached: %1. Retrying every %2 s.")
                       .arg(error)
                       .arg(m_monitor->refreshSec()));
    m_banner->show();
}

void WallDisplay::scaleFonts() {
    // Sized on the screen's height: on 1080 lines the figures are about 150 px (over 4 cm on a
    // 55" screen), the lists 34 px.
    const double unit = std::max(480, height()) / 1080.0;
    const auto sized = [unit](QWidget *w, double px, bool bold) {
        QFont f = w->font();
        f.setPixelSize(int(px * unit));
        f.setBold(bold);
        w->setFont(f);
    };
    sized(m_title, 44, true);
    sized(m_clock, 44, false);
    sized(m_banner, 32, true);
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const bool list = it.key() == QLatin1String("worst") || it.key() == QLatin1String("alerts");
        sized(it.value(), list ? 34 : 150, !list);
    }
    for (QLabel *caption : std::as_const(m_captions))
        sized(caption, 30, false);
}

void WallDisplay::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT leaveRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WallDisplay::elideTitle() {
    const QString full = m_project.isEmpty() ? tr("Fleet") : m_project;
    m_title->setText(m_title->fontMetrics().elidedText(full, Qt::ElideRight, m_title->width()));
    m_title->setToolTip(full);
}

bool WallDisplay::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_title &&
        (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        elideTitle();
    return QWidget::eventFilter(watched, event);
}

void WallDisplay::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    scaleFonts();
}

} // namespace trro
